"""The English pages under /en/: a home, the pages that have an English version, and contact."""

from django.http import Http404
from django.shortcuts import get_object_or_404, render

from cms.models import Page
from core.caching.pagecache import generation_cached
from core.i18n.languages import alternates
from organisation.models import Person


def english_menu():
    """Return the top pages that have an English version (the few English pages all fit in the menu)."""
    return generation_cached("nav-pages-en", lambda: list(
        Page.objects.filter(parent__isnull=True).exclude(title_en="").exclude(slug_en="")
        .exclude(slug="lien-he")))


def _render(request, template, context, *, vi=None, en=None):
    return render(request, template, {"en_nav_pages": english_menu(), **context,
                                      **alternates(request, vi=vi, en=en)})


def home(request):
    """List the English pages."""
    return _render(request, "sitewide/en/home.html", {"pages": english_menu()}, vi="/", en=request.path)


def page(request, slug):
    """Show the English version of a top page with its English sub-pages."""
    current = get_object_or_404(Page, slug_en=slug, parent__isnull=True)
    if not current.title_en or current.slug == "lien-he":
        raise Http404
    return _render_page(request, current, top=current)


def subpage(request, parent, slug):
    """Show the English version of a sub-page."""
    current = get_object_or_404(Page.objects.select_related("parent"), slug_en=slug, parent__slug_en=parent)
    if not current.has_english or not current.parent.has_english:
        raise Http404
    return _render_page(request, current, top=current.parent)


def _render_page(request, current, *, top):
    leaders = Person.objects.agency_leaders() if current.kind == Page.Kind.LEADERS else []
    sections = [section for section in top.children.all() if section.has_english]
    return _render(request, "sitewide/en/page.html", {
        "page": current, "top": top, "sections": sections, "leaders": leaders,
    }, vi=current.get_absolute_url(), en=request.path)


def contact(request):
    """Show the agency's contact details in English."""
    text = Page.objects.filter(slug="lien-he", parent__isnull=True).first()
    return _render(request, "sitewide/en/contact.html", {"page": text if text and text.title_en else None},
                   vi="/lien-he/", en=request.path)
