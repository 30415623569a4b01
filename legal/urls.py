from django.urls import path

from legal import views

app_name = "legal"
urlpatterns = [
    path("co-so-phap-ly/", views.legal_bases, name="bases"),
    path("bao-ve-du-lieu-ca-nhan/", views.privacy, name="privacy"),
]
