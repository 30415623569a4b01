from django.urls import path

from schedule import views

app_name = "schedule"

urlpatterns = [
    path("", views.WeekView.as_view(), name="week"),
    path("in/", views.PrintWeekView.as_view(), name="print"),
    path("lich.ics", views.ical_feed, name="ical"),
]
