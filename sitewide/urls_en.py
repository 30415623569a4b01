"""Addresses of the English pages, mounted at /en/."""

from django.urls import path

from core.caching.pagecache import cache_public_page as cached
from sitewide import views_en

app_name = "english"
urlpatterns = [
    path("", cached(views_en.home), name="home"),
    path("contact/", cached(views_en.contact), name="contact"),
    path("<slug:slug>/", cached(views_en.page), name="page"),
    path("<slug:parent>/<slug:slug>/", cached(views_en.subpage), name="subpage"),
]
