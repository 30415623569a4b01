from django.urls import path

from procedures import views

app_name = "procedures"

urlpatterns = [
    path("", views.ProcedureListView.as_view(), name="list"),
    path("<slug:slug>/", views.ProcedureDetailView.as_view(), name="detail"),
    path("<slug:slug>/mau/<int:pk>/", views.form_file, name="form"),
]
