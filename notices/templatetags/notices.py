from django import template
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.caching.pagecache import generation_cached
from notices.models import Notice

register = template.Library()


@register.filter
def name_on(unit, day):
    """Return the name unit bore on day: {{ notice.office|name_on:notice.notice_date }}."""
    return unit.name_on(day).name if unit else ""


@register.filter
def short_name_on(unit, day):
    """Return the short name (else the name) unit bore on day."""
    if not unit:
        return ""
    dated = unit.name_on(day)
    return dated.short_name or dated.name


@register.filter
def vnd(amount):
    """Return an amount in đồng with Vietnamese thousands separators ("1.250.000.000 đồng")."""
    if amount in (None, ""):
        return ""
    return _("%(amount)s VND") % {"amount": f"{int(amount):,}".replace(",", ".")}


@register.inclusion_tag("notices/includes/deadline.html")
def deadline_badge(notice, today):
    """Show how long is left until a notice's deadline, or that it has passed."""
    days = notice.days_left(today)
    if days is None:
        return {"label": "", "state": ""}
    if days < 0:
        return {"label": _("expired"), "state": "expired"}
    if days == 0:
        return {"label": _("last day today"), "state": "today"}
    return {"label": ngettext("%(days)d day left", "%(days)d days left", days) % {"days": days}, "state": "open"}


@register.inclusion_tag("notices/includes/latest.html")
def latest_notices(limit=5):
    """List the latest public notices (home page)."""
    # Read once per content change, like the menus: the home page's query budget stays the same.
    notices = generation_cached(f"latest-notices:{limit}", lambda: list(
        Notice.objects.published().select_related("office").defer("body", "search_exact", "search_folded")[:limit]))
    return {"notices": notices}
