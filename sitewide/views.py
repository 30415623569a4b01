import logging

from django.conf import settings
from django.db import connection
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView
from django.views.static import serve

from cms.models import Page
from core.caching.pagecache import generation_cached
from core.failures import readonly
from core.i18n.languages import alternates
from news.models import Category
from news.views import home_articles
from organisation.models import Person
from organisation.tree import unit_tree


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


def page(request, slug):
    """Show a top page (e.g. /gioi-thieu/) with the list of its sub-pages."""
    current = get_object_or_404(Page, slug=slug, parent__isnull=True)
    return _render_page(request, current, top=current)


def subpage(request, parent, slug):
    """Show a sub-page (e.g. /gioi-thieu/lanh-dao/)."""
    current = get_object_or_404(Page.objects.select_related("parent"), slug=slug, parent__slug=parent)
    return _render_page(request, current, top=current.parent)


def _render_page(request, current, *, top):
    # Leaders and units come from the one organisation directory (organisation app).
    leaders = Person.objects.agency_leaders() if current.kind == Page.Kind.LEADERS else []
    units = unit_tree() if current.kind == Page.Kind.ORGANISATION else []
    return render(request, "sitewide/page.html", {
        "page": current, "top": top, "sections": top.children.all(), "leaders": leaders, "units": units,
        **alternates(request, vi=request.path, en=current.get_english_url()),
    })


def contact(request):
    """Show the agency's contact details and the editable text of the "lien-he" page."""
    text = Page.objects.filter(slug="lien-he", parent__isnull=True).first()
    return render(request, "sitewide/contact.html", {"page": text, **alternates(request, vi=request.path,
                                                                           en=reverse("english:contact"))})


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
