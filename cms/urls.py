from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from cms import uploads, views
from news.views import HomeView

urlpatterns = [
    path("", HomeView.as_view(), name="home"),
    path("", include("news.urls")),
    path("bien-tap/tai-anh/", uploads.editor_upload, name="editor_upload"),
    path("healthz", views.healthz, name="healthz"),
    path("admin/", admin.site.urls),
]

if settings.DEBUG or not settings.PRODUCTION:
    # Production serves media from the web server (docs/deploy.md).
    urlpatterns += [path("media/<path:path>", views.media, name="media")]
