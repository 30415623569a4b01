"""People of the directory, the positions they hold through time, and Youth Union roles.

A person holds positions in separate capacities: a State position (Cục trưởng until 30/6/2025,
Trưởng Thi hành án dân sự tỉnh from 1/7/2025) and Party, Youth Union or trade union positions.
A State paper or the State schedule names the State title only; a Party paper the Party title.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.caching.pagecache import InvalidatingQuerySet
from core.files.images import SafeImageField
from organisation.models.units import Unit


class PersonQuerySet(InvalidatingQuerySet, models.QuerySet):
    def agency_leaders(self):
        """Return the agency's leaders in the order the introduction lists them."""
        return (self.filter(leader_order__isnull=False).select_related("unit").prefetch_related("appointments")
                .order_by("leader_order", "full_name"))


class Person(models.Model):
    full_name = models.CharField(_("full name"), max_length=120)
    position = models.CharField(pgettext_lazy("job title", "position"), max_length=200, blank=True,
                                help_text=_('Shown when no dated positions are recorded below, '
                                            'e.g. "Chánh Văn phòng".'))
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

    def title_on(self, day=None, capacity=None):
        """Return the person's titles on day, in one capacity or all ("Bí thư Đảng ủy, Trưởng …").

        A person without dated positions has the free-text position, whatever the capacity.
        """
        day = day or timezone.localdate()
        held = list(self.appointments.all())
        if not held:
            return self.position
        titles = [item.title for item in held if item.covers(day) and (capacity is None or item.capacity == capacity)]
        return ", ".join(titles)

    def label_on(self, day=None, capacity=None):
        """Return the name followed by the title on day, as minutes and schedules write it."""
        title = self.title_on(day, capacity)
        return f"{self.full_name} – {title}" if title else self.full_name

    @property
    def label(self):
        """Return the name followed by today's titles."""
        return self.label_on()


class Capacity(models.TextChoices):
    """The system a position belongs to; each issues papers in its own format."""

    STATE = "state", pgettext_lazy("capacity of a position", "State")
    PARTY = "party", pgettext_lazy("capacity of a position", "Party")
    YOUTH = "youth", pgettext_lazy("capacity of a position", "Youth Union")
    TRADE_UNION = "trade_union", pgettext_lazy("capacity of a position", "Trade union")


class AppointmentQuerySet(InvalidatingQuerySet, models.QuerySet):
    def on(self, day=None):
        """Return the positions held on day (today by default)."""
        day = day or timezone.localdate()
        return self.filter(Q(starts_on__isnull=True) | Q(starts_on__lte=day),
                           Q(ends_on__isnull=True) | Q(ends_on__gte=day))


class Appointment(models.Model):
    """A position a person holds in one capacity for a time."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="appointments",
                               verbose_name=_("person"))
    capacity = models.CharField(_("capacity"), max_length=20, choices=Capacity.choices, default=Capacity.STATE)
    title = models.CharField(pgettext_lazy("position held", "title"), max_length=200,
                             help_text=_('e.g. "Trưởng Thi hành án dân sự tỉnh".'))
    title_en = models.CharField(pgettext_lazy("position held", "title in English"), max_length=200, blank=True)
    unit = models.ForeignKey(Unit, on_delete=models.SET_NULL, null=True, blank=True, related_name="appointments",
                             verbose_name=_("unit"))
    starts_on = models.DateField(pgettext_lazy("position held", "from"), null=True, blank=True,
                                 help_text=_("Empty: not recorded."))
    ends_on = models.DateField(pgettext_lazy("position held", "until"), null=True, blank=True,
                               help_text=_("The last day in the position. Empty: still held."))
    decision = models.CharField(_("decision"), max_length=300, blank=True)
    order = models.PositiveSmallIntegerField(pgettext_lazy("order in a list", "position"), default=0,
                                             help_text=_("Titles are joined in this order (Party before State)."))

    objects = AppointmentQuerySet.as_manager()

    class Meta:
        ordering = ["person", "order", models.F("starts_on").asc(nulls_first=True)]
        verbose_name = _("position held")
        verbose_name_plural = _("positions held")
        constraints = [models.CheckConstraint(
            condition=Q(ends_on__isnull=True) | Q(starts_on__isnull=True) | Q(ends_on__gte=models.F("starts_on")),
            name="appointment_ends_after_it_starts")]

    def __str__(self):
        return f"{self.person}: {self.title}"

    def covers(self, day):
        """Return True if the position was held on day."""
        return (self.starts_on is None or self.starts_on <= day) and (self.ends_on is None or day <= self.ends_on)

    def clean(self):
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("A position cannot end before it starts.")})


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
