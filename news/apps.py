from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News")

    def ready(self):
        from cms.pagecache import register_next_publication
        from news.models import Article

        # Cached pages expire when a scheduled article goes public.
        register_next_publication(lambda now: Article.objects.next_publication_time(now))
