from django.db import models
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index


class BlogIndexPage(Page):
    """The site's root page: every article is its child."""

    intro = RichTextField(blank=True)

    subpage_types = ["blog.BlogPage"]

    def get_context(self, request, *args, **kwargs):
        """Add the 20 newest articles."""
        context = super().get_context(request, *args, **kwargs)
        context["posts"] = BlogPage.objects.child_of(self).live().order_by("-date", "-id")[:20]
        return context


class BlogPage(Page):
    """One article, as the Wagtail tutorial's blog page: date, intro and body."""

    date = models.DateField("post date")
    intro = models.TextField(blank=True)
    body = RichTextField(blank=True)

    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types = []
