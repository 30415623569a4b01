from django.urls import include, path
from wagtail import urls as wagtail_urls

from blog import views

urlpatterns = [
    path("search/", views.search, name="search"),
    # Everything else goes through Wagtail's page router, as in a project from `wagtail start`.
    path("", include(wagtail_urls)),
]
