"""The one organisation directory: units (a tree), people, and the roles they hold.

Every app reads units and people from here: the youth work area (meetings, tasks), the
introduction pages, documents (issuing body, signer), the leaders' schedule and the
enforcement notices (offices). A unit also carries its document identity, the header its
papers are issued under (State, Party or Youth Union format: docs/documents.md).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.caching.pagecache import InvalidatingQuerySet, PublicQuerySet
from core.files.images import SafeImageField


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

    objects = PublicQuerySet.as_manager()

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

    def ancestors(self):
        """Return the units above this one, nearest first."""
        chain, node = [], self.parent
        while node is not None and node not in chain:
            chain.append(node)
            node = node.parent
        return chain


class PersonQuerySet(InvalidatingQuerySet, models.QuerySet):
    def agency_leaders(self):
        """Return the agency's leaders in the order the introduction lists them."""
        return self.filter(leader_order__isnull=False).select_related("unit").order_by("leader_order", "full_name")


class Person(models.Model):
    full_name = models.CharField(_("full name"), max_length=120)
    position = models.CharField(pgettext_lazy("job title", "position"), max_length=200, blank=True,
                                help_text=_('e.g. "Bí thư Đảng ủy, Cục trưởng".'))
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, null=True, blank=True,
                             related_name="people", verbose_name=_("unit"))
    email = models.EmailField(_("e-mail"), blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="person", verbose_name=_("login account"),
    )
    phone = models.CharField(_("phone"), max_length=80, blank=True)
    photo = SafeImageField(_("photo"), upload_to="people/", blank=True)
    biography = models.TextField(_("short biography"), blank=True)
    duties = models.TextField(_("areas in charge"), blank=True)
    # The English pages (/en/) show these; empty, the Vietnamese text is shown.
    position_en = models.CharField(_("position in English"), max_length=200, blank=True)
    duties_en = models.TextField(_("areas in charge in English"), blank=True)
    # The agency's leaders are listed on the introduction in this order; None: not listed.
    leader_order = models.PositiveSmallIntegerField(
        _("order among the agency's leaders"), null=True, blank=True,
        help_text=_("Fill in for the Director and Deputy Directors to list them on the introduction pages."))

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["full_name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self):
        return self.full_name

    @property
    def label(self):
        """Return the name followed by the position, as minutes write it."""
        return f"{self.full_name} – {self.position}" if self.position else self.full_name


class MembershipQuerySet(InvalidatingQuerySet, models.QuerySet):
    def current(self, today=None):
        """Return the roles whose term includes today."""
        today = today or timezone.localdate()
        return self.filter(Q(term_end__isnull=True) | Q(term_end__gte=today), term_start__lte=today)


class Membership(models.Model):
    """A Youth Union role held by a person for a term."""

    class Role(models.TextChoices):
        SECRETARY = "secretary", _("Branch secretary")
        DEPUTY = "deputy", _("Deputy secretary")
        COMMITTEE = "committee", _("Executive committee member")
        MEMBER = "member", _("Member")

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="memberships",
                               verbose_name=_("person"))
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="memberships",
                             verbose_name=_("branch"))
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.MEMBER)
    term = models.CharField(_("term"), max_length=60, blank=True, help_text=_('e.g. "2022–2024".'))
    term_start = models.DateField(_("term start"))
    term_end = models.DateField(_("term end"), null=True, blank=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["unit", "role", "person__full_name"]
        verbose_name = _("Youth Union role")
        verbose_name_plural = _("Youth Union roles")

    def __str__(self):
        return f"{self.get_role_display()}: {self.person}"

    def clean(self):
        if self.term_end and self.term_start and self.term_end < self.term_start:
            raise ValidationError({"term_end": _("The term cannot end before it starts.")})
