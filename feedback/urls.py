from django.urls import path

from core.caching.pagecache import cache_public_page as cached
from core.caching.pagecache import page_number
from feedback import feeds, views

app_name = "feedback"
# The query parameters the cached list reads; any other is left out of the page key.
LISTED = {"q": str, "linh_vuc": str, "page": page_number}
urlpatterns = [
    path("", cached(views.AnswerListView.as_view(), params=LISTED), name="answers"),
    path("<int:pk>/", cached(views.AnswerView.as_view()), name="answer"),
    path("gui-cau-hoi/", views.submit, name="submit"),
    path("da-gui/", views.sent, name="sent"),
    path("tra-cuu/", views.track, name="track"),
    path("rss/", cached(feeds.AnswerFeed()), name="feed"),
    path("tep/<int:pk>/", views.attachment, name="attachment"),
]
