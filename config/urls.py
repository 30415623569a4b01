"""The root addresses: every app's URLs, the site-wide pages, the sitemaps, the admin."""

from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps.views import index as sitemap_index
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from core.caching.pagecache import cache_public_page, page_number
from core.failures import readonly
from core.files import uploads
from news.sitemaps import article_section
from sitewide import search_views, views
from sitewide.sitemaps import SITEMAPS

# The only query parameters the search page reads; any other is left out of the page key.
SEARCHED = {"q": str, "chuyen_muc": str, "tu_ngay": str, "den_ngay": str, "page": page_number}

# Error pages that still render with a foreign Host header or a read-only database (core/failures/errors.py).
handler400 = "core.failures.errors.bad_request"
handler500 = "core.failures.errors.server_error"

urlpatterns = [
    path("", cache_public_page(views.HomeView.as_view()), name="home"),
    path("", include("news.urls")),
    path("tim-kiem/", cache_public_page(search_views.search_page, params=SEARCHED), name="search"),
    path("so-do-trang/", cache_public_page(views.SiteMapView.as_view()), name="site_map"),
    path("bien-tap/tai-anh/", uploads.editor_upload, name="editor_upload"),
    path("cong-viec/", include("youth.urls")),
    path("", include("notices.urls")),
    path("van-ban/", include("documents.urls")),
    path("lich-cong-tac/", include("schedule.urls")),
    path("thu-tuc-hanh-chinh/", include("procedures.urls")),
    path("healthz", views.healthz, name="healthz"),
    # An index of sections (articles in pages of SITEMAP_SECTION_SIZE), cached like pages.
    path("sitemap.xml", cache_public_page(sitemap_index),
         {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"}, name="sitemap"),
    # The articles' sections, written directly (news.sitemaps.article_section); the others by Django.
    path("sitemap-articles.xml", cache_public_page(article_section, params={"p": page_number})),
    path("sitemap-<section>.xml", cache_public_page(sitemap, params={"p": page_number}), {"sitemaps": SITEMAPS},
         name="sitemap_section"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    # Before the admin's own: the same login, shown again with a 503 when the database only reads.
    path("admin/login/", readonly.staff_login),
    path("admin/", admin.site.urls),
    path("lien-he/", views.contact, name="contact"),
    path("hoi-dap/", include("feedback.urls")),
    path("", include("legal.urls")),
    path("en/", include("sitewide.urls_en")),
]

if settings.BENCH:
    # The floor `make bench` compares pages with: same middleware, no work.
    urlpatterns += [path("bench/floor", views.bench_floor, name="bench_floor")]

if settings.DEBUG or not settings.PRODUCTION:
    # Production serves media from the web server (docs/deploy.md).
    urlpatterns += [path("media/<path:path>", views.media, name="media")]

# Editable pages take the first path segments no app uses (see cms.models.RESERVED_SLUGS): keep them last.
urlpatterns += [
    path("<slug:slug>/", views.page, name="page"),
    path("<slug:parent>/<slug:slug>/", views.subpage, name="subpage"),
]
