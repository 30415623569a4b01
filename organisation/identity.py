"""The agency as the directory names it on a day: the source cms.identity asks for every page."""

from cms.identity import AgencyName
from core.caching.pagecache import generation_cached
from organisation.models import Unit


def agency_unit():
    """Return the portal's agency: the first top unit of kind agency, or None."""
    return (Unit.objects.filter(kind=Unit.Kind.AGENCY, parent__isnull=True).with_names()
            .order_by("position", "pk").first())


def agency_name(day):
    """Return the agency's AgencyName on day, or None when the directory has no agency."""
    def compute():
        unit = agency_unit()
        if unit is None:
            return ""  # cached as "no answer"; None would not be cached
        dated = unit.name_on(day)
        superior = dated.superior_lines
        return AgencyName(name=dated.name, short_name=dated.short_name, name_en=dated.name_en,
                          superior=superior[0] if superior else "")

    return generation_cached(f"agency-name:{day.isoformat()}", compute) or None
