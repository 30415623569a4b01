"""Run by bench.py through `manage.py shell`: print fixed, busy pages of the seeded corpus as JSON.

The corpus is generated with a fixed --seed and --until, so the same pages come out on
every run whatever the hour: the busiest day, the busiest month, the largest category and
the newest article with a cover on the busiest day.
"""

import json

from django.db.models import Count
from django.db.models.functions import TruncDay, TruncMonth

from news.models import Article, Category

published = Article.objects.published()
busiest_day = (published.annotate(day=TruncDay("published_at")).values("day").annotate(n=Count("id"))
               .order_by("-n", "-day").first()["day"])
busiest_month = (published.annotate(month=TruncMonth("published_at")).values("month").annotate(n=Count("id"))
                 .order_by("-n", "-month").first()["month"])
category = Category.objects.annotate(n=Count("articles")).order_by("-n", "pk").first()
on_day = published.filter(published_at__date=busiest_day.date())
article = on_day.exclude(cover="").order_by("-published_at", "pk").first() or on_day.order_by("pk").first()
urls = {
    "home": "/",
    "latest": "/tin-tuc/",
    "day archive": f"/tin-tuc/{busiest_day:%Y/%m/%d}/",
    "month archive": f"/tin-tuc/{busiest_month:%Y/%m}/",
    "category": category.get_absolute_url(),
    "article": article.get_absolute_url(),
}
print("URLS=" + json.dumps(urls))
