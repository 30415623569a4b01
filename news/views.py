"""Public news pages: thin subclasses of Django's date-based generic views."""

import calendar
import datetime

from django.db.models import Count
from django.db.models.functions import TruncDay, TruncMonth
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.generic import ListView
from django.views.generic.dates import (
    ArchiveIndexView,
    DateDetailView,
    DayArchiveView,
    MonthArchiveView,
    YearArchiveView,
)

from core.caching.pagecache import generation_cached
from core.caching.pagination import GenerationPaginator
from core.dates.localtime import local_day_start
from news import article_page
from news.forms import FIRST_YEAR, LAST_YEAR, DayPickerForm
from news.models import Article, categories
from news.preview import PreviewMixin
from news.viewcounts import mark_for_counting

PAGE_SIZE = 20


def day_url(day):
    """Return the URL of the day archive page for a date."""
    return reverse("news:day", kwargs={"year": day.year, "month": f"{day.month:02d}", "day": f"{day.day:02d}"})



class PublishedMixin:
    """Serve only what the public may read, computed per request."""

    date_field = "published_at"
    allow_future = True  # future days exist; published() hides what is not out yet
    allow_empty = True

    def get_queryset(self):
        return Article.objects.published().for_listing()


def within_years(day):
    """Return day if archive addresses reach its year (news.urls), else None (no link)."""
    return day if day is not None and FIRST_YEAR <= day.year <= LAST_YEAR else None


class BoundedPagerMixin:
    """Offer no previous/next link past the years the archive addresses accept."""

    def get_next_day(self, date):
        return within_years(super().get_next_day(date))

    def get_previous_day(self, date):
        return within_years(super().get_previous_day(date))

    def get_next_month(self, date):
        return within_years(super().get_next_month(date))

    def get_previous_month(self, date):
        return within_years(super().get_previous_month(date))


def home_articles():
    """Return the home page's featured articles and the latest others (the newest leads when none is featured)."""
    published = Article.objects.published().for_listing()
    featured = list(published.filter(featured=True)[:3])
    latest = list(published.exclude(pk__in=[a.pk for a in featured])[:10])
    if not featured and latest:
        featured, latest = latest[:1], latest[1:]
    return featured, latest


class LatestView(PublishedMixin, ArchiveIndexView):
    paginate_by = PAGE_SIZE
    template_name = "news/latest.html"

    def get_dated_items(self):
        # The list alone: the year list ArchiveIndexView adds is not shown here.
        return None, self.get_dated_queryset(), {}

    def get_paginator(self, *args, **kwargs):
        return GenerationPaginator(*args, cache_key="latest", **kwargs)


class YearView(PublishedMixin, YearArchiveView):
    template_name = "news/year.html"
    make_object_list = False

    def get_context_data(self, **kwargs):
        year = kwargs["year"].year
        counts = {
            row["month"].month: row["n"]
            for row in Article.objects.published()
            .filter(published_at__year=year)
            .annotate(month=TruncMonth("published_at"))
            .values("month").annotate(n=Count("id")).order_by()
        }
        months = [(datetime.date(year, m, 1), counts.get(m, 0)) for m in range(1, 13)]
        return super().get_context_data(months=months, total=sum(counts.values()), **kwargs)


class MonthView(BoundedPagerMixin, PublishedMixin, MonthArchiveView):
    template_name = "news/month.html"
    month_format = "%m"
    paginate_by = PAGE_SIZE

    def get_context_data(self, **kwargs):
        first = kwargs["month"]
        # TruncDay works in the current time zone, so each key is a local day.
        counts = generation_cached(f"month-days:{first:%Y-%m}", lambda: {
            row["day"].day: row["n"]
            for row in self.object_list.annotate(day=TruncDay("published_at")).values("day")
            .annotate(n=Count("id")).order_by()
        })
        weeks = [
            [(day, counts.get(day.day, 0)) if day.month == first.month else (None, 0) for day in week]
            for week in calendar.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month)
        ]
        return super().get_context_data(weeks=weeks, total=sum(counts.values()), **kwargs)

    def get_date_list(self, queryset, date_type=None, ordering="ASC"):
        # The days with news, kept per content generation like the calendar's counts.
        return generation_cached(f"month-dates:{self.get_year()}-{self.get_month()}",
                                 lambda: list(super(MonthView, self).get_date_list(queryset, date_type, ordering)))

    def get_paginator(self, *args, **kwargs):
        return GenerationPaginator(*args, cache_key=f"month:{self.get_year()}-{self.get_month()}", **kwargs)


class DayView(BoundedPagerMixin, PublishedMixin, DayArchiveView):
    template_name = "news/day.html"
    month_format = "%m"

    def get_dated_items(self):
        date_list, articles, extra = super().get_dated_items()
        # The day's articles, kept per content generation like a listing's pages.
        return date_list, generation_cached(f"day:{extra['day']:%Y-%m-%d}", lambda: list(articles)), extra

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        day = context["day"]
        if not context["object_list"]:
            published = Article.objects.published()
            start = local_day_start(day)
            before = published.filter(published_at__lt=start).order_by("-published_at").first()
            after = published.filter(published_at__gte=start + datetime.timedelta(days=1)).order_by(
                "published_at").first()
            context["earlier_day"] = timezone.localdate(before.published_at) if before else None
            context["later_day"] = timezone.localdate(after.published_at) if after else None
        context["picker_form"] = DayPickerForm(initial={"ngay": day})
        return context


class ArticleView(PreviewMixin, DateDetailView):
    model = Article  # named, so that DateDetailView need not build the queryset to learn the field's type
    date_field = "published_at"
    month_format = "%m"
    allow_future = True
    template_name = "news/article.html"

    def get_queryset(self):
        # The search shadow columns hold the body twice over and the page never shows them.
        return Article.objects.published().select_related("category", "related").defer(
            "search_exact", "search_folded")

    def get_object(self, queryset=None):
        # The public article, ready for its page (news/article_page); only an address that
        # finds none goes on to the staff preview and the 410 page.
        try:
            day = datetime.datetime(int(self.kwargs["year"]), int(self.kwargs["month"]), int(self.kwargs["day"]),
                                    tzinfo=timezone.get_current_timezone())
        except ValueError:
            raise Http404 from None
        article = article_page.public_article(self.kwargs["slug"], day)
        return article if article is not None else self.non_public_object()

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        # Staff previews and the 410 page of a taken-down article are not readings.
        if response.status_code == 200 and not self.preview:
            mark_for_counting(response, self.object)
        return response

    def get_context_data(self, **kwargs):
        # A preview is rendered for its reader and never stored.
        page = article_page.page_of(self.object, self.request, store=not self.preview)
        return super().get_context_data(page=page, **kwargs)

    def render_to_response(self, context, **response_kwargs):
        # The page around the article, kept per generation, for readers not logged in (news/article_page/shell.py).
        response = article_page.shell_response(self, context, preview=self.preview)
        return response or super().render_to_response(context, **response_kwargs)


class ArticlePrintView(DateDetailView):
    """A clean page to print or save: the article alone under the agency header."""

    date_field = "published_at"
    month_format = "%m"
    allow_future = True
    template_name = "news/article_print.html"

    def get_queryset(self):
        return ArticleView.get_queryset(self)


class CategoryView(ListView):
    paginate_by = PAGE_SIZE
    template_name = "news/category.html"

    def get_queryset(self):
        self.category = next((c for c in categories() if c.slug == self.kwargs["slug"]), None)
        if self.category is None:
            raise Http404
        return Article.objects.published().for_listing().filter(category=self.category)

    def get_paginator(self, *args, **kwargs):
        return GenerationPaginator(*args, cache_key=f"category:{self.category.pk}", **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(category=self.category, **kwargs)


def day_picker(request):
    """Send the picker's date to that day's page, or explain what is wrong (400)."""
    form = DayPickerForm(request.GET)
    if form.is_valid():
        return redirect(day_url(form.cleaned_data["ngay"]))
    return render(request, "news/day_picker.html", {"picker_form": form}, status=400)
