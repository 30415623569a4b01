from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from cms import uploads, views
from cms.pagecache import cache_public_page
from cms.sitemaps import EntrySitemap, PageSitemap
from documents.sitemaps import DocumentSitemap
from news.sitemaps import ArticleSitemap, CategorySitemap
from news.views import HomeView
from procedures.sitemaps import ProcedureSitemap

SITEMAPS = {
    "entries": EntrySitemap(["home", "news:latest", "news:site_map", "contact", "documents:list", "schedule:week",
                             "procedures:list"]),
    "pages": PageSitemap,
    "categories": CategorySitemap,
    "articles": ArticleSitemap,
    "documents": DocumentSitemap,
    "procedures": ProcedureSitemap,
}

urlpatterns = [
    path("", cache_public_page(HomeView.as_view()), name="home"),
    path("", include("news.urls")),
    path("bien-tap/tai-anh/", uploads.editor_upload, name="editor_upload"),
    path("cong-viec/", include("youth.urls")),
    path("van-ban/", include("documents.urls")),
    path("lich-cong-tac/", include("schedule.urls")),
    path("thu-tuc-hanh-chinh/", include("procedures.urls")),
    path("healthz", views.healthz, name="healthz"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("admin/", admin.site.urls),
    path("lien-he/", views.contact, name="contact"),
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
