from django.urls import path, register_converter

from news import attachment_views, feeds, search_views, views


class FourDigitYear:
    regex = "[0-9]{4}"

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

app_name = "news"
urlpatterns = [
    path("tin-tuc/", views.LatestView.as_view(), name="latest"),
    path("tin-tuc/ngay/", views.day_picker, name="day_picker"),
    path("tin-tuc/<yyyy:year>/", views.YearView.as_view(), name="year"),
    path("tin-tuc/<yyyy:year>/<dd:month>/", views.MonthView.as_view(), name="month"),
    path("tin-tuc/<yyyy:year>/<dd:month>/<dd:day>/", views.DayView.as_view(), name="day"),
    path("tin-tuc/<yyyy:year>/<dd:month>/<dd:day>/<slug:slug>/", views.ArticleView.as_view(),
         name="article"),
    path("tin-tuc/<yyyy:year>/<dd:month>/<dd:day>/<slug:slug>/in/", views.ArticlePrintView.as_view(),
         name="article_print"),
    path("chuyen-muc/<slug:slug>/", views.CategoryView.as_view(), name="category"),
    path("tep-dinh-kem/<int:pk>/", attachment_views.download, name="attachment"),
    path("chuyen-muc/<slug:slug>/rss/", feeds.CategoryFeed(), name="category_feed"),
    path("rss/", feeds.LatestNewsFeed(), name="feed"),
    path("tim-kiem/", search_views.search_page, name="search"),
    path("so-do-trang/", views.SiteMapView.as_view(), name="site_map"),
]
