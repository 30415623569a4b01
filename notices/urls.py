from django.urls import path

from cms.pagecache import cache_public_page as cached
from notices import feeds, views

app_name = "notices"
urlpatterns = [
    path("thong-tin-thi-hanh-an/chua-co-dieu-kien/", views.register, name="register"),
    path("thong-bao/", cached(views.NoticeListView.as_view()), name="list"),
    path("thong-bao/rss/", cached(feeds.NoticeFeed()), name="feed"),
    path("thong-bao/loai/<slug:kind>/rss/", cached(feeds.NoticeFeed()), name="kind_feed"),
    path("thong-bao/tep/<int:pk>/", views.attachment, name="attachment"),
    path("thong-bao/<slug:slug>/", cached(views.NoticeDetailView.as_view()), name="notice"),
]
