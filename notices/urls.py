from django.urls import path

from core.caching.pagecache import cache_public_page as cached
from core.caching.pagecache import page_number
from notices import feeds, views

app_name = "notices"
# The query parameters the cached list reads; any other is left out of the page key.
LISTED = {"q": str, "loai": str, "don_vi": str, "trang_thai": str, "page": page_number}
urlpatterns = [
    path("thong-tin-thi-hanh-an/chua-co-dieu-kien/", views.register, name="register"),
    path("thong-bao/", cached(views.NoticeListView.as_view(), params=LISTED), name="list"),
    path("thong-bao/rss/", cached(feeds.NoticeFeed()), name="feed"),
    path("thong-bao/loai/<slug:kind>/rss/", cached(feeds.NoticeFeed()), name="kind_feed"),
    path("thong-bao/tep/<int:pk>/", views.attachment, name="attachment"),
    path("thong-bao/<slug:slug>/", cached(views.NoticeDetailView.as_view()), name="notice"),
]
