"""The admin home's "waiting for you" line."""

from django import template
from django.urls import reverse

from news.admin_workflow import waiting_for
from news.models import Article

register = template.Library()


@register.inclusion_tag("admin/news/waiting_summary.html")
def waiting_summary(user):
    """Show how many articles wait for the user's action, linked to that list."""
    if not user.has_perm("news.view_article"):
        return {"count": None}
    return {"count": Article.objects.filter(waiting_for(user)).count(),
            "url": reverse("admin:news_article_changelist") + "?cho_toi=1"}
