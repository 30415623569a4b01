"""{% article_cards articles show_category=True level=3 %}: the cards of a list, each rendered once per generation.

A card shows only its article and the article's category, and every change to either
starts a new content generation, so a card kept per generation is always current. The same
card then serves the home page, the latest list, its day, its month and its category.
"""

from django import template
from django.template.loader import get_template
from django.utils.safestring import mark_safe

from core.caching.fragments import generation_fragments

register = template.Library()


@register.simple_tag
def article_cards(articles, *, show_category=False, level=2):
    """Return the cards of articles (each needs its category loaded when show_category)."""
    card = get_template("includes/article_card.html")

    def render(article):
        return card.render({"article": article, "show_category": show_category, "level": level})

    variant = f"card-h{level}{'-category' if show_category else ''}"
    return mark_safe("".join(generation_fragments(variant, list(articles), render, key=lambda article: article.pk)))
