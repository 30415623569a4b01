"""The article page beyond the public case: staff preview of non-public articles, 410 for taken-down ones."""

from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control

from news.models import Article


class ArticleGone(Exception):
    """The article was taken down: its address answers 410 Gone."""

    def __init__(self, article):
        super().__init__(article.pk)
        self.article = article


def may_preview(user):
    """Return True if user may see articles that are not public."""
    return user.is_active and user.is_staff and user.has_perm("news.view_article")


class PreviewMixin:
    """Serve staff a preview of a non-public article at its real address; 410 for a taken-down one."""

    preview = False

    def _at_this_address(self):
        """Return the non-public article whose address is this request's, or None."""
        article = (Article.objects.select_related("category").defer("search_exact", "search_folded")
                   .filter(slug=self.kwargs["slug"]).first())
        if article is None or article.is_public:
            return None
        return article if article.get_absolute_url() == self.request.path else None

    def get_object(self, queryset=None):
        try:
            return super().get_object(queryset)
        except Http404:
            return self.non_public_object()

    def non_public_object(self):
        """Return the article at this address for a staff preview; raise ArticleGone or Http404 otherwise."""
        article = self._at_this_address()
        if article is None:
            raise Http404
        if may_preview(self.request.user):
            self.preview = True
            # Not yet dated: shown with the date it would have if published now.
            article.published_at = article.published_at or timezone.now()
            return article
        if article.status == Article.Status.TAKEN_DOWN:
            raise ArticleGone(article)
        raise Http404

    def get(self, request, *args, **kwargs):
        try:
            response = super().get(request, *args, **kwargs)
        except ArticleGone as gone:
            response = render(request, "news/gone.html", {"article": gone.article}, status=410)
            patch_cache_control(response, public=True, max_age=300)
            return response
        if self.preview:
            add_never_cache_headers(response)
            patch_cache_control(response, private=True, no_store=True)
        return response

    def get_context_data(self, **kwargs):
        return super().get_context_data(preview=self.preview, **kwargs)
