"""A synthetic but realistic corpus of THADS news, for load tests and query plans.

Everything comes from one random.Random, so a seed gives the same articles.
Rows are built in memory and written with bulk_create, which skips save():
slugs are made unique here, and every other derived field is filled by
Article.fill_derived_fields(), the single place save() also uses. A field that
save() derives in future (a search column, say) belongs in that method, and the
corpus gets it for free.
"""

import datetime
import io
import random
import re
import zoneinfo

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image, ImageDraw

from core.text import slugify_vi
from news.models import Article, Category
from sitewide.corpus import words as words

COVER_COUNT = 8
COVER_SHARE = 0.3
LOCAL = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
# Status mix of a decade of work: almost everything out, a little taken down or in progress.
STATUSES = [(Article.Status.PUBLISHED, 960), (Article.Status.TAKEN_DOWN, 20), (Article.Status.DRAFT, 10),
            (Article.Status.PENDING, 10)]


def ensure_categories():
    """Return the corpus categories by name, creating those that are missing."""
    existing = {c.name: c for c in Category.objects.filter(name__in=[name for name, _ in words.CATEGORIES])}
    for position, (name, _share) in enumerate(words.CATEGORIES):
        if name not in existing:
            existing[name] = Category.objects.create(name=name, position=position)
    return existing


def ensure_covers(count=COVER_COUNT):
    """Return the storage names of a few real JPEG photos, drawn once and reused by every article."""
    names = []
    for n in range(count):
        name = f"covers/corpus/anh-minh-hoa-{n + 1:02d}.jpg"
        if not default_storage.exists(name):
            default_storage.save(name, ContentFile(_draw_cover(n)))
        names.append(name)
    return names


def _draw_cover(n, size=(1600, 1000)):
    rng = random.Random(n)
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    top, bottom = [rng.randrange(40, 220) for _ in range(3)], [rng.randrange(20, 160) for _ in range(3)]
    for y in range(size[1]):
        t = y / size[1]
        draw.line([(0, y), (size[0], y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)))
    for _ in range(12):
        x, y, r = rng.randrange(size[0]), rng.randrange(size[1]), rng.randrange(40, 260)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=tuple(rng.randrange(256) for _ in range(3)))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()


def publication_times(rng, count, *, years, until):
    """Return count local datetimes over the years before until, in working hours, mostly weekdays, sorted."""
    days = int(years * 365.25)
    times = []
    while len(times) < count:
        day = until - datetime.timedelta(days=rng.randrange(days))
        if day.weekday() >= 5 and rng.random() < 0.85:
            continue
        minute = rng.randrange(7 * 60, 17 * 60 + 30)
        times.append(datetime.datetime(day.year, day.month, day.day, minute // 60, minute % 60, tzinfo=LOCAL))
    times.sort()
    return times


REPEATED_WORD = re.compile(r"\b(\w+)(?:\s+\1\b)+", re.IGNORECASE)


def no_repeated_words(text):
    """Return text with a word said twice in a row said once: "công tác năm năm 2026" -> "công tác năm 2026".

    The phrase pieces are combined at random, and a period such as "năm" may meet the "năm {year}" after it.
    """
    return REPEATED_WORD.sub(r"\1", text)


def _fill(rng, template, when, district):
    return no_repeated_words(template.format(
        year=when.year, month=when.month, day=when.day, district=district,
        district_title=district[0].upper() + district[1:],
        period=rng.choice(words.PERIODS), case_type=rng.choice(words.CASE_TYPES),
    ))


def person(rng):
    return f"{rng.choice(words.SURNAMES)} {rng.choice(words.MIDDLE_NAMES)} {rng.choice(words.GIVEN_NAMES)}"


def byline(rng):
    """Return a credit line in one of the forms THADS sites use."""
    name = person(rng)
    short = " ".join(name.split()[-2:])
    return rng.choice([
        f"Tin bài: {short}, {rng.choice(words.POSITIONS)}",
        f"{name} - Văn phòng",
        "Theo Văn phòng",
        f"(Ảnh + tin bài) {name}",
        f"Tác giả: {name}",
        f"Nguồn: {rng.choice(words.SOURCES)}",
    ])


def body(rng, when, district, category_name):
    """Return the HTML body: an opening, figures, discussion and the chair's conclusion."""
    fill = {"district": district, "year": when.year, "month": when.month, "day": when.day}
    period = rng.choice(words.PERIODS)
    event, event_short = rng.choice(words.EVENTS)
    event = event.format(period=period)
    unit = rng.choice(words.UNITS.get(category_name, words.ALL_UNITS)).format(**fill)
    opening = rng.choice(words.OPENINGS).format(
        place=rng.choice(words.PLACES).format(**fill), unit=unit, event=event,
        attendees=rng.choice(words.ATTENDEES).format(**fill), **fill)
    figures = rng.choice(words.FIGURES).format(
        period=period, cases=rng.randrange(300, 9000), money=rng.randrange(20, 1500),
        done=rng.randrange(100, 6000), pct=rng.randrange(70, 99), over=rng.randrange(1, 9))
    paragraphs = [opening, figures]
    sentences = rng.sample(words.BODY_SENTENCES, rng.randrange(3, 8))
    while sentences:
        take = rng.randrange(2, 4)
        paragraphs.append(" ".join(sentences[:take]))
        sentences = sentences[take:]
    paragraphs.append(rng.choice(words.CLOSINGS).format(
        event_short=event_short, event_short_title=event_short.capitalize(),
        leader=rng.choice(words.LEADERS).format(**fill), demand=rng.choice(words.DEMANDS), **fill))
    return "".join(f"<p>{no_repeated_words(p)}</p>" for p in paragraphs)


def weighted(rng, pairs):
    return rng.choices([value for value, _ in pairs], weights=[weight for _, weight in pairs])[0]


class SlugBook:
    """Unique slugs for a batch load, checked in memory against what the table already holds."""

    def __init__(self):
        self.taken = set(Article.objects.values_list("slug", flat=True))
        self.next_suffix = {}

    def make(self, title):
        base = slugify_vi(title, max_length=194) or "bai-viet"
        # Titles from one pattern repeat: go on from the last suffix given, not from -2 every time.
        candidate, n = base, self.next_suffix.get(base, 2)
        while candidate in self.taken:
            candidate = f"{base}-{n}"
            n += 1
        self.next_suffix[base] = n
        self.taken.add(candidate)
        return candidate


def build_article(rng, *, when, categories, covers, slugs):
    """Return an unsaved Article for a publication time, with every derived field filled."""
    category_name = weighted(rng, words.CATEGORIES)
    district = rng.choice(words.DISTRICTS)
    title = _fill(rng, rng.choice(words.TITLES[category_name]), when, district)
    article = Article(
        title=title, slug=slugs.make(title), category=categories[category_name],
        body=body(rng, when, district, category_name),
        byline=byline(rng), status=weighted(rng, STATUSES), published_at=when, featured=rng.random() < 0.01,
    )
    if rng.random() < 0.5:
        # Half the editors write their own summary; the rest get the opening words of the body.
        article.summary = f"{title}. " + rng.choice(words.BODY_SENTENCES)
    if article.status in (Article.Status.DRAFT, Article.Status.PENDING):
        article.published_at = None
    if rng.random() < COVER_SHARE:
        article.cover = rng.choice(covers)
        article.cover_caption = rng.choice(words.CAPTIONS)
    article.fill_derived_fields()
    return article
