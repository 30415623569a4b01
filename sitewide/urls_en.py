"""Addresses of the English pages, mounted at /en/: the views of the Vietnamese pages, in English."""

from django.urls import path

from core.caching.pagecache import cache_public_page as cached
from sitewide import views

app_name = "english"
IN_ENGLISH = {"language": views.ENGLISH}
urlpatterns = [
    path("", cached(views.english_home), name="home"),
    path("contact/", cached(views.contact), IN_ENGLISH, name="contact"),
    path("<slug:slug>/", cached(views.page), IN_ENGLISH, name="page"),
    path("<slug:parent>/<slug:slug>/", cached(views.subpage), IN_ENGLISH, name="subpage"),
]
