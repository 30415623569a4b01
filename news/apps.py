from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News")
    # Models no public page shows as such (core/caching/invalidation.py): the stored article pages and related lists
    # are written while pages are read (news/related.py starts a generation itself when the lists change),
    # the review log and the history are for staff.
    private_models = frozenset({"RenderedArticle", "RelatedArticles", "ArticleTransition", "HistoricalArticle"})

    def ready(self):
        from core.caching.pagecache import register_next_publication
        from news.models import Article

        # Cached pages expire when a scheduled article goes public.
        register_next_publication(lambda now: Article.objects.next_publication_time(now))
