from django.urls import path, register_converter

from core.caching.pagecache import cache_public_page as cached
from core.caching.pagecache import page_number
from news import attachment_views, feeds, views


class FourDigitYear:
    # 1900–2999 only (news.forms.FIRST_YEAR/LAST_YEAR): other years are 404, not an overflow.
    regex = "(?:19|2[0-9])[0-9]{2}"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return f"{int(value):04d}"


class TwoDigits:
    regex = "[0-9]{2}"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return f"{int(value):02d}"


register_converter(FourDigitYear, "yyyy")
register_converter(TwoDigits, "dd")

# The only query parameter the cached list pages read; any other is left out of the page key.
PAGED = {"page": page_number}

app_name = "news"
urlpatterns = [
    path("tin-tuc/", cached(views.LatestView.as_view(), params=PAGED), name="latest"),
    path("tin-tuc/ngay/", views.day_picker, name="day_picker"),
    path("tin-tuc/<yyyy:year>/", cached(views.YearView.as_view()), name="year"),
    path("tin-tuc/<yyyy:year>/<dd:month>/", cached(views.MonthView.as_view(), params=PAGED), name="month"),
    path("tin-tuc/<yyyy:year>/<dd:month>/<dd:day>/", cached(views.DayView.as_view()), name="day"),
    path("tin-tuc/<yyyy:year>/<dd:month>/<dd:day>/<slug:slug>/", cached(views.ArticleView.as_view()),
         name="article"),
    path("tin-tuc/<yyyy:year>/<dd:month>/<dd:day>/<slug:slug>/in/", cached(views.ArticlePrintView.as_view()),
         name="article_print"),
    path("chuyen-muc/<slug:slug>/", cached(views.CategoryView.as_view(), params=PAGED), name="category"),
    path("tep-dinh-kem/<int:pk>/", attachment_views.download, name="attachment"),
    path("chuyen-muc/<slug:slug>/rss/", cached(feeds.CategoryFeed()), name="category_feed"),
    path("rss/", cached(feeds.LatestNewsFeed()), name="feed"),
    # Results change only with content: a query's page is kept per generation like any page.
]
