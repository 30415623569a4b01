"""Units of the directory and their names through time.

A unit keeps its identity across a change of name (the Cục became "Thi hành án dân sự tỉnh" on
1/7/2025 and is the same body); a merger, split or replacement links two units by an event, as
GOV.UK's register of organisations does (docs/organisation.md). The name, superior lines and
document symbol on the Unit row are today's, kept in step with the dated names by
organisation.services; papers and records of the past read `name_on(their date)`.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.caching.pagecache import PublicQuerySet


class UnitQuerySet(PublicQuerySet):
    def open_on(self, day=None):
        """Return the units that exist on day (today by default): not yet closed."""
        day = day or timezone.localdate()
        return self.filter(Q(closed_on__isnull=True) | Q(closed_on__gt=day))

    def named(self, text):
        """Return the units that bear or bore the name or short name text (case-insensitive)."""
        return self.filter(
            Q(name__iexact=text) | Q(short_name__iexact=text)
            | Q(names__name__iexact=text) | Q(names__short_name__iexact=text)).distinct()

    def with_names(self):
        """Load every unit's dated names in one more query, for name_on()."""
        return self.prefetch_related("names")

class Unit(models.Model):
    class Kind(models.TextChoices):
        AGENCY = "agency", _("Agency")
        PARTY = "party", _("Party committee")
        LEADERSHIP = "leadership", _("Leadership")
        OFFICE = "office", _("Office")
        DEPARTMENT = "department", _("Department")
        SUB_DEPARTMENT = "sub_department", _("District sub-department")
        YOUTH_UNION = "youth_union", _("Youth Union branch")
        TRADE_UNION = "trade_union", _("Trade union")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=200, unique=True)
    short_name = models.CharField(_("short name"), max_length=60, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.DEPARTMENT)
    parent = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="children",
        verbose_name=_("parent unit"),
    )
    position = models.PositiveSmallIntegerField(pgettext_lazy("order in a list", "position"), default=0)
    # Document identity: the lines above the issuing body in a paper's header, and the
    # symbol after the number ("Số: 12/BB-CTHADS", "Số 05-TB/ĐU", "Số 09-BB/ĐTN").
    superior_name = models.TextField(
        _("superior body"), blank=True,
        help_text=_('One line per level, e.g. "BỘ TƯ PHÁP" then "CỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ".'))
    symbol = models.CharField(_("document symbol"), max_length=30, blank=True,
                              help_text=_('Used in document numbers, e.g. "CTHADS", "ĐU", "ĐTN".'))
    # Contact details, shown in the introduction's organisation chart.
    address = models.CharField(_("address"), max_length=300, blank=True)
    phone = models.CharField(_("phone"), max_length=80, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    head = models.ForeignKey("Person", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
                             verbose_name=_("head"))
    description = models.TextField(_("functions and duties"), blank=True)
    is_public = models.BooleanField(_("shown in the organisation chart"), default=True)

    closed_on = models.DateField(
        pgettext_lazy("unit", "closed on"), null=True, blank=True,
        help_text=_("The first day the unit no longer exists (merged, split, replaced or dissolved). "
                    "Its records keep its name; the organisation chart no longer shows it."))

    objects = UnitQuerySet.as_manager()

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("unit")
        verbose_name_plural = _("units")

    def __str__(self):
        return self.name

    def clean(self):
        node, seen = self.parent, set()
        while node is not None:
            if node.pk == self.pk and self.pk is not None:
                raise ValidationError({"parent": _("A unit cannot be placed under itself.")})
            if node.pk in seen:
                break
            seen.add(node.pk)
            node = node.parent

    @property
    def document_style(self):
        """Return the family of paper this unit issues: "state", "party" or "youth"."""
        if self.kind == self.Kind.PARTY:
            return "party"
        if self.kind == self.Kind.YOUTH_UNION:
            return "youth"
        return "state"

    def name_on(self, day=None):
        """Return the UnitName in force on day (today by default); the row's own fields if none is dated."""
        dated = name_in_force(self.names.all(), day or timezone.localdate())
        if dated is not None:
            return dated
        return UnitName(unit=self, name=self.name, short_name=self.short_name, superior_name=self.superior_name,
                        symbol=self.symbol)

    def is_open_on(self, day=None):
        """Return True if the unit exists on day."""
        day = day or timezone.localdate()
        return self.closed_on is None or self.closed_on > day

    def ancestors(self):
        """Return the units above this one, nearest first."""
        chain, node = [], self.parent
        while node is not None and node not in chain:
            chain.append(node)
            node = node.parent
        return chain




class UnitName(models.Model):
    """A name a unit bore for a time, with the header its papers carried then."""

    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="names", verbose_name=_("unit"))
    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=60, blank=True)
    name_en = models.CharField(_("name in English"), max_length=200, blank=True)
    superior_name = models.TextField(_("superior body"), blank=True,
                                     help_text=_("One line per level, as the papers of the time print it."))
    symbol = models.CharField(_("document symbol"), max_length=30, blank=True)
    valid_from = models.DateField(_("in use from"), null=True, blank=True,
                                  help_text=_("Empty: since the unit was founded."))
    valid_to = models.DateField(_("in use until"), null=True, blank=True,
                                help_text=_("The last day the name was used. Empty: still in use."))
    decision = models.CharField(_("decision"), max_length=300, blank=True,
                                help_text=_('The decision that gave the name, '
                                            'e.g. "Quyết định 1898/QĐ-BTP ngày 25/6/2025".'))

    objects = PublicQuerySet.as_manager()

    class Meta:
        ordering = ["unit", models.F("valid_from").asc(nulls_first=True)]
        verbose_name = _("dated name")
        verbose_name_plural = _("dated names")
        constraints = [models.CheckConstraint(
            condition=Q(valid_to__isnull=True) | Q(valid_from__isnull=True) | Q(valid_to__gte=models.F("valid_from")),
            name="unit_name_ends_after_it_starts")]

    def __str__(self):
        return self.name

    def covers(self, day):
        """Return True if the name was in use on day."""
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)

    @property
    def superior_lines(self):
        """Return the superior body's lines, top first."""
        return [line.strip() for line in self.superior_name.splitlines() if line.strip()]

    def clean(self):
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise ValidationError({"valid_to": _("A name cannot stop being used before it starts.")})
        if self.unit_id is None:
            return
        for other in UnitName.objects.filter(unit_id=self.unit_id).exclude(pk=self.pk):
            if _overlap(self.valid_from, self.valid_to, other.valid_from, other.valid_to):
                raise ValidationError(_("“%(other)s” is already in use for part of this time. "
                                        "Set the day it stopped being used first.") % {"other": other.name})


def name_in_force(names, day):
    """Return the one of names (UnitName rows) in use on day, or None."""
    return next((dated for dated in names if dated.covers(day)), None)


def _overlap(start, end, other_start, other_end):
    lowest, highest = datetime.date.min, datetime.date.max
    return (start or lowest) <= (other_end or highest) and (other_start or lowest) <= (end or highest)


class UnitEvent(models.Model):
    """A change between units: one was renamed, merged into, split into or replaced by another."""

    class Kind(models.TextChoices):
        RENAMED = "renamed", pgettext_lazy("change between units", "Renamed as")
        MERGED = "merged", pgettext_lazy("change between units", "Merged into")
        SPLIT = "split", pgettext_lazy("change between units", "Split into")
        REPLACED = "replaced", pgettext_lazy("change between units", "Replaced by")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    source = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="successions",
                               verbose_name=_("unit before"))
    target = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="predecessions",
                               verbose_name=_("unit after"))
    date = models.DateField(_("effective from"))
    decision = models.CharField(_("decision"), max_length=300, blank=True)
    note = models.TextField(_("note"), blank=True)

    objects = PublicQuerySet.as_manager()

    class Meta:
        ordering = ["date", "pk"]
        verbose_name = _("change between units")
        verbose_name_plural = _("changes between units")

    def __str__(self):
        return f"{self.source} → {self.target} ({self.date:%d/%m/%Y})"

    def clean(self):
        if self.source_id and self.source_id == self.target_id:
            raise ValidationError({"target": _("A unit cannot succeed itself; record a new dated name instead.")})
