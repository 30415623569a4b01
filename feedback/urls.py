from django.urls import path

from cms.pagecache import cache_public_page as cached
from feedback import feeds, views

app_name = "feedback"
urlpatterns = [
    path("", cached(views.AnswerListView.as_view()), name="answers"),
    path("<int:pk>/", cached(views.AnswerView.as_view()), name="answer"),
    path("gui-cau-hoi/", views.submit, name="submit"),
    path("da-gui/", views.sent, name="sent"),
    path("tra-cuu/", views.track, name="track"),
    path("rss/", cached(feeds.AnswerFeed()), name="feed"),
    path("tep/<int:pk>/", views.attachment, name="attachment"),
]
