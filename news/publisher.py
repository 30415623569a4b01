"""Who published an article: the agency under the name it bore on the article's publication day.

A 2023 article was published by "Cục Thi hành án dân sự tỉnh Thanh Hóa", a 2026 one by "Thi hành
án dân sự tỉnh Thanh Hóa" (cms.identity asks the directory; news may not import it). The day is
the publication day in the site's zone (Asia/Ho_Chi_Minh), whatever zone the request is in.
"""

from django.utils import timezone

from cms.identity import agency_name_on


def publication_day(article):
    """Return the local day article was (or, not yet published, would be) published."""
    moment = article.published_at or timezone.now()
    return timezone.localtime(moment, timezone.get_default_timezone()).date()


def publisher_of(article):
    """Return the AgencyName of the agency on article's publication day."""
    return agency_name_on(publication_day(article))
