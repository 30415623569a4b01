"""The site-wide pages: the home page, the editable pages and contact in Vietnamese and in English
(the same views under /en/, urls_en.py), the site map, robots.txt and the health check."""

import logging
from typing import NamedTuple

from django.conf import settings
from django.db import connection
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView
from django.views.static import serve

from cms.models import Page, SiteSettings
from core.caching.pagecache import generation_cached
from core.failures import readonly
from core.i18n.languages import alternates
from news.models import Category
from news.views import home_articles
from organisation.history import agency_history
from organisation.models import Person
from organisation.tree import unit_tree

# The two languages of the pages; English ones are under /en/ (urls_en.py).
VIETNAMESE, ENGLISH = "vi", "en"


class HomeView(TemplateView):
    template_name = "sitewide/home.html"

    def get_context_data(self, **kwargs):
        featured, latest = generation_cached("home-articles", home_articles)
        return super().get_context_data(featured=featured, latest=latest, **kwargs)


class SiteMapView(TemplateView):
    """The HTML site map (/so-do-trang/): every section of the portal on one page."""

    template_name = "sitewide/site_map.html"

    def get_context_data(self, **kwargs):
        pages = Page.objects.filter(parent__isnull=True).prefetch_related("children")
        return super().get_context_data(pages=pages, categories=Category.objects.all(), **kwargs)


@never_cache
def healthz(request):
    """Answer 200 when the database answers and takes writes, 503 when it does not answer or only reads."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        read_only = readonly.database_is_read_only()
    except Exception:
        logging.getLogger(__name__).exception("Health check: the database did not answer")
        return JsonResponse({"status": "error", "database": "unreachable"}, status=503)
    if read_only:
        # Pages still show, but no question, login or edit can be saved here.
        logging.getLogger(__name__).error("Health check: the database is read-only")
        return JsonResponse({"status": "error", "database": "read-only"}, status=503)
    return JsonResponse({"status": "ok"})


def english_menu():
    """Return the top pages that have an English version (the few English pages all fit in the menu)."""
    return generation_cached("nav-pages-en", lambda: list(
        Page.objects.filter(parent__isnull=True).exclude(title_en="").exclude(slug_en="")
        .exclude(slug="lien-he")))


class PageInLanguage(NamedTuple):
    """A page as one language shows it."""

    title: str
    body: str
    url: str


def _version(page, language):
    if language == ENGLISH:
        return PageInLanguage(page.title_en, page.body_en, page.get_english_url())
    return PageInLanguage(page.title, page.body, page.get_absolute_url())


def _has_english_page(page):
    """Whether page has an English page of its own (the contact text is shown at /en/contact/)."""
    if page.parent_id:
        return page.has_english and page.parent.has_english
    return page.has_english and page.slug != "lien-he"


def _render(request, template, context, *, language, vi, en):
    """Render a page in language, naming its Vietnamese and English addresses."""
    site = SiteSettings.load()
    if language == ENGLISH:
        context = {"en_nav_pages": english_menu(), "agency_name": site.agency_name_en or site.agency_name,
                   "address": site.address_en or site.address, **context}
    else:
        context = {"agency_name": site.agency_name, "address": site.address, **context}
    return render(request, template, {**context, **alternates(request, vi=vi, en=en)})


def english_home(request):
    """List the English pages (/en/)."""
    return _render(request, "sitewide/en/home.html", {"pages": english_menu()}, language=ENGLISH,
                   vi=reverse("home"), en=request.path)


def page(request, slug, language=VIETNAMESE):
    """Show a top page (e.g. /gioi-thieu/, /en/introduction/) with the list of its sub-pages."""
    field = "slug_en" if language == ENGLISH else "slug"
    current = get_object_or_404(Page, parent__isnull=True, **{field: slug})
    return _render_page(request, current, top=current, language=language)


def subpage(request, parent, slug, language=VIETNAMESE):
    """Show a sub-page (e.g. /gioi-thieu/lanh-dao/, /en/introduction/leaders/)."""
    field = "slug_en" if language == ENGLISH else "slug"
    current = get_object_or_404(Page.objects.select_related("parent"), **{field: slug, f"parent__{field}": parent})
    return _render_page(request, current, top=current.parent, language=language)


def _render_page(request, current, *, top, language):
    english = language == ENGLISH
    if english and not _has_english_page(current):
        raise Http404
    # Leaders and units come from the one organisation directory (organisation app); the chart is Vietnamese only.
    leaders = today_leaders(english=english) if current.kind == Page.Kind.LEADERS else []
    organisation_page = current.kind == Page.Kind.ORGANISATION and not english
    units = unit_tree() if organisation_page else []
    history = agency_history() if organisation_page else None
    sections = [_version(section, language) for section in top.children.all() if not english or section.has_english]
    return _render(request, "sitewide/page.html", {
        "page": _version(current, language), "top": _version(top, language), "sections": sections,
        "leaders": leaders, "units": units, "history": history,
    }, language=language, vi=current.get_absolute_url() if english else request.path,
        en=request.path if english else current.get_english_url())


def today_leaders(*, english=False):
    """Return the agency's leaders, each with .today_title and .terms (every position with its dates)."""
    today = timezone.localdate()
    leaders = list(Person.objects.agency_leaders())
    for leader in leaders:
        held = list(leader.appointments.all())
        if english:
            titles = [item.title_en or item.title for item in held if item.covers(today)]
            leader.today_title = ", ".join(titles) if held else (leader.position_en or leader.position)
        else:
            leader.today_title = leader.title_on(today)
        leader.terms = held
    return leaders


def contact(request, language=VIETNAMESE):
    """Show the agency's contact details and the editable text of the "lien-he" page."""
    text = Page.objects.filter(slug="lien-he", parent__isnull=True).first()
    if language == ENGLISH:
        shown = _version(text, language) if text and text.title_en else None
        vi, en = reverse("contact"), request.path
    else:
        shown = _version(text, language) if text else None
        vi, en = request.path, reverse("english:contact")
    return _render(request, "sitewide/contact.html", {"page": shown}, language=language, vi=vi, en=en)


# What robots must not crawl: staff and work areas, search results, print views.
ROBOTS_DISALLOW = [
    "/admin/",
    "/bien-tap/",
    # The leaders' work area: tasks, meetings, exports and the personal iCal addresses.
    "/cong-viec/",
    "/tim-kiem/",
    # A submission's status (noindex too) and the page showing a fresh tracking code.
    "/hoi-dap/tra-cuu/",
    "/hoi-dap/da-gui/",
    # Print views /tin-tuc/yyyy/mm/dd/<slug>/in/ (RFC 9309 wildcard; an article slugged "in" stays allowed).
    "/tin-tuc/*/*/*/*/in/",
]


def robots_txt(request):
    """Tell robots what to skip and where the sitemap index is."""
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in ROBOTS_DISALLOW),
             "", f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def media(request, path):
    """Serve an uploaded file in development (nginx does it in production)."""
    # MEDIA_ROOT is read per request so that tests and settings overrides apply.
    try:
        return serve(request, path, document_root=settings.MEDIA_ROOT)
    except OSError as error:  # e.g. a name longer than the file system allows
        raise Http404(path) from error


def bench_floor(request):
    """Answer a constant short page: the cheapest response the middleware allows."""
    return HttpResponse("floor\n", content_type="text/plain; charset=utf-8")
