"""Addresses of the English pages, mounted at /en/."""

from django.urls import path

from cms import views_en
from cms.pagecache import cache_public_page as cached

app_name = "english"
urlpatterns = [
    path("", cached(views_en.home), name="home"),
    path("contact/", cached(views_en.contact), name="contact"),
    path("<slug:slug>/", cached(views_en.page), name="page"),
    path("<slug:parent>/<slug:slug>/", cached(views_en.subpage), name="subpage"),
]
