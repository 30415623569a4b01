from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.static import serve

from cms import uploads, views
from cms.pagecache import cache_public_page
from news.views import HomeView

urlpatterns = [
    path("", cache_public_page(HomeView.as_view()), name="home"),
    path("", include("news.urls")),
    path("bien-tap/tai-anh/", uploads.editor_upload, name="editor_upload"),
    path("healthz", views.healthz, name="healthz"),
    path("admin/", admin.site.urls),
]

if settings.BENCH:
    # The floor `make bench` compares pages with: same middleware, no work.
    urlpatterns += [path("bench/floor", views.bench_floor, name="bench_floor")]

if settings.DEBUG or not settings.PRODUCTION:
    # Production serves media from the web server (docs/deploy.md).
    urlpatterns += [path("media/<path:path>", serve, {"document_root": settings.MEDIA_ROOT})]
