"""Seeded fuzzing of every public URL pattern: malformed paths and parameters never cause a 5xx.

The patterns come from the URL resolver, so pages that other apps add later are fuzzed
without touching this file. Values are built to match each converter (so the request
reaches the view) or deliberately not (so routing and 404 pages are exercised), from a
pool of hostile strings and of real values taken from the database.
"""

import datetime
import random
import re
from html.parser import HTMLParser
from urllib.parse import quote

import pytest
from django.apps import apps
from django.db import models
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RoutePattern
from django.utils import timezone

from news.models import Article
from news.tests.factories import image_upload, make_article, make_category

SEED = 20260406
REQUESTS = 4000
SKIPPED_PREFIXES = ("admin/",)

HOSTILE = [
    "", " ", "0", "-1", "00", "99", "13", "32", "0000", "9999", "99999999999999999999999999", "1e309",
    "-99999999999999999999", "NaN", "inf", "2023-02-30", "31/02/2023", "30/02/2023", "29/02/2023",
    "00/00/0000", "1/1/1", "2023", "12/13/2023", "99/99/99999", "31-12-9999", "01/01/0001", "9999-12-31",
    "Đảng ủy", "Thanh Hóa", "ＡＢＣ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\u202eevil", "\ufeff", "\u0000", "a\u0000b", "\x00",
    "' OR 1=1 --", "\" OR \"\"=\"", "1; DROP TABLE news_article; --", "%' AND SLEEP(5) --", "') UNION SELECT 1--",
    "{{ 7*7 }}", "{% debug %}", "{{ request.META }}", "${7*7}", "<script>alert(1)</script>", "\"><img src=x>",
    "../../../../etc/passwd", "..%2f..%2fetc%2fpasswd", "%", "%%", "%zz", "%C0%AF", "%ff%fe", "%00", "%E2%80%AE",
    "%25", "+", "&", "=", "#", "?", "//", "\\", "\r\nSet-Cookie: x=1", "a" * 5000, "9" * 400, "-" * 300,
    "Đ" * 2000, "page", "true", "null", "[]", "{}", "[object Object]",
]
QUERY_NAMES = ["page", "q", "ngay", "date", "year", "month", "day", "sort", "order", "format", "next", "category",
               "o", "p", "tu_khoa", "chuyen_muc", "tu_ngay", "den_ngay", "limit", "offset", "id", "slug"]
# Inserted verbatim in query strings: Django must decode them, not crash on them.
RAW_ENCODINGS = ["%", "%zz", "%00", "%ff%fe", "%C0%AF", "%E2%80%AE", "%0d%0aX:1", "%25%32%35", "%u0041"]


class FormFields(HTMLParser):
    """Collect the names of the form fields a page offers, to fuzz real parameters."""

    def __init__(self):
        super().__init__()
        self.names = set()

    def handle_starttag(self, tag, attrs):
        name = dict(attrs).get("name")
        if tag in {"input", "select", "textarea"} and name:
            self.names.add(name)


def public_routes(resolver=None, prefix=()):
    """Yield each public pattern as a tuple of its pattern objects, outermost first."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        chain = (*prefix, entry.pattern)
        literal = "".join(str(pattern) for pattern in chain)
        if literal.startswith(SKIPPED_PREFIXES):
            continue
        if isinstance(entry, URLResolver):
            yield from public_routes(entry, chain)
        elif isinstance(entry, URLPattern):
            yield chain


def real_values():
    """Return strings taken from stored rows: slugs, ids, and local date parts."""
    values = set()
    for model in apps.get_models():
        if model._meta.app_label in {"admin", "auth", "contenttypes", "sessions", "axes"}:
            continue
        for obj in model._base_manager.all()[:20]:
            values.add(str(obj.pk))
            for field in model._meta.concrete_fields:
                value = getattr(obj, field.attname)
                if isinstance(field, models.SlugField | models.CharField) and value:
                    values.add(str(value)[:200])
                elif isinstance(value, datetime.datetime):
                    local = timezone.localtime(value)
                    values.update({f"{local:%Y}", f"{local:%m}", f"{local:%d}", f"{local:%d/%m/%Y}"})
    return sorted(values)


class Fuzzer:
    def __init__(self, rng, pool):
        self.rng, self.pool = rng, pool

    def junk(self):
        rng = self.rng
        kind = rng.random()
        if kind < 0.45:
            return rng.choice(self.pool)
        if kind < 0.65:
            return "".join(rng.choice("0123456789") for _ in range(rng.choice([1, 2, 2, 4, 4, 8, 25])))
        if kind < 0.85:
            alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-_"
            return "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 120)))
        return "".join(chr(rng.randint(1, 0x2FFF)) for _ in range(rng.randint(1, 40)))

    def value_for(self, converter):
        """Return a value that matches the converter most of the time, and one that does not otherwise."""
        want_match = self.rng.random() < 0.85
        for _attempt in range(40):
            candidate = self.junk()
            if bool(re.fullmatch(converter.regex, candidate)) == want_match:
                return candidate
        return self.junk()

    def path_for(self, chain):
        parts = []
        for pattern in chain:
            if isinstance(pattern, RoutePattern):
                route = str(pattern)
                parts.append(re.sub(
                    r"<(?:(?P<conv>[^>:]+):)?(?P<name>\w+)>",
                    lambda match, pattern=pattern: quote(self.value_for(pattern.converters[match["name"]]), safe="/"),
                    route,
                ))
            else:  # a regular expression pattern: keep its literal start, then junk
                parts.append(re.match(r"\^?([\w/-]*)", str(pattern.regex.pattern))[1] + quote(self.junk()))
        path = "/" + "".join(parts)
        mangle = self.rng.random()
        if mangle < 0.05:
            path += self.rng.choice(["//", "/..", "/%2e%2e/", "/" + quote(self.junk())])
        elif mangle < 0.08:
            path = path.rstrip("/")
        return path

    def query(self, names):
        rng = self.rng
        pairs = []
        for _ in range(rng.choice([0, 1, 1, 2, 3])):
            name = rng.choice(names) if rng.random() < 0.85 else quote(self.junk())
            value = rng.choice(RAW_ENCODINGS) if rng.random() < 0.15 else quote(self.junk(), safe="")
            pairs.append(f"{name}={value}")
        return "&".join(pairs)


@pytest.fixture
def corpus(db, site_settings):
    category = make_category(name="Hoạt động đoàn thể")
    make_category(name="Thông tin khác")
    for day in (datetime.date(2023, 3, 31), datetime.date(2024, 2, 29), datetime.date(2025, 12, 31)):
        make_article(title=f"Tin ngày {day:%d/%m/%Y}", category=category, cover=image_upload(),
                     published_at=timezone.make_aware(datetime.datetime.combine(day, datetime.time(6, 30))))
    make_article(title="Bản nháp", status=Article.Status.DRAFT)


@pytest.mark.django_db
def test_no_public_url_answers_5xx_to_malformed_paths_and_parameters(client, corpus):
    rng = random.Random(SEED)
    routes = list(public_routes())
    assert len(routes) >= 8  # home, news archive pages, category, healthz, media...

    real_urls = [obj.get_absolute_url() for model in apps.get_models() if hasattr(model, "get_absolute_url")
                 for obj in model._base_manager.all()[:10]]
    names = set(QUERY_NAMES)
    for url in ["/", *real_urls]:
        finder = FormFields()
        finder.feed(client.get(url).content.decode(errors="replace"))
        names |= finder.names
    fuzzer = Fuzzer(rng, HOSTILE + real_values())

    failures, statuses = [], {}
    sample_urls = [*real_urls, "/"]
    for number in range(REQUESTS):
        # One request in five starts from a real page, to fuzz its parameters.
        path = rng.choice(sample_urls) if number % 5 == 0 else fuzzer.path_for(rng.choice(routes))
        query = fuzzer.query(sorted(names))
        url = f"{path}?{query}" if query else path
        try:
            status = client.get(url).status_code
        except Exception as error:  # the test client re-raises what the view raised
            failures.append((url[:300], repr(error)[:300]))
            continue
        statuses[status] = statuses.get(status, 0) + 1
        if status >= 500:
            failures.append((url[:300], status))

    assert failures == [], f"{len(failures)} requests failed, e.g. {failures[:5]}"
    # The fuzzing reached real pages, refusals and not-found pages alike.
    assert statuses.get(200, 0) > REQUESTS // 10
    assert statuses.get(404, 0) > REQUESTS // 10
    assert statuses.get(400, 0) > 0


# --- Regressions the fuzzing found ---------------------------------------------------
def test_a_media_name_longer_than_the_file_system_allows_is_not_found(client, db):
    # Was a 500: os.stat raised ENAMETOOLONG inside django.views.static.serve.
    assert client.get("/media/" + "Đ" * 2000).status_code == 404


@pytest.mark.parametrize("url", ["/tin-tuc/%00/", "/chuyen-muc/a%00b/", "/tin-tuc/ngay/?ngay=%00", "/?q=x%00y"])
def test_a_nul_byte_in_the_url_is_a_bad_request(client, db, url):
    # Was a 500 on PostgreSQL (the youth branch's calendar feed): text cannot hold NUL.
    response = client.get(url)
    assert response.status_code == 400
    assert "Yêu cầu không hợp lệ" in response.content.decode()
    assert response["Content-Security-Policy"].startswith("default-src 'self'")
