"""Entries of the leaders' weekly work schedule (lịch công tác) typed in the admin.

Meetings of the work area marked "show on the public schedule" join them on the page
(schedule/week.py); only the fields listed in week.MEETING_PUBLIC_FIELDS are read.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from core.caching.pagecache import InvalidatingQuerySet
from organisation.models import Capacity

# Fields a reader sees: changing one of them after publication marks the entry as revised.
PUBLIC_FIELDS = ("starts_at", "ends_at", "content", "chair_id", "chair_name", "participants", "place",
                 "preparing_unit_id", "preparing_unit_name")


class EntryQuerySet(InvalidatingQuerySet, models.QuerySet):
    def published(self):
        """Return the entries the public may read."""
        return self.filter(is_published=True)

    def between(self, start, end):
        """Return the entries starting in [start, end)."""
        return self.filter(starts_at__gte=start, starts_at__lt=end)


class Entry(models.Model):
    starts_at = models.DateTimeField(_("start"))
    ends_at = models.DateTimeField(_("end"), null=True, blank=True)
    content = models.TextField(_("content"))
    chair = models.ForeignKey("organisation.Person", on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="chaired_schedule_entries", verbose_name=_("chair"))
    chair_name = models.CharField(_("chair (as written)"), max_length=200, blank=True,
                                  help_text=_("Use when the chair is not in the directory."))
    participants = models.TextField(_("participants"), blank=True)
    place = models.CharField(_("place"), max_length=200, blank=True)
    preparing_unit = models.ForeignKey("organisation.Unit", on_delete=models.SET_NULL, null=True, blank=True,
                                       related_name="prepared_schedule_entries", verbose_name=_("preparing unit"))
    preparing_unit_name = models.CharField(_("preparing unit (as written)"), max_length=200, blank=True)
    is_published = models.BooleanField(pgettext_lazy("announcement", "published"), default=False)
    published_at = models.DateTimeField(pgettext_lazy("announcement", "published at"), null=True, blank=True,
                                        editable=False)
    revised_at = models.DateTimeField(_("revised after publication at"), null=True, blank=True, editable=False)

    objects = EntryQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("schedule entry")
        verbose_name_plural = _("schedule entries")
        indexes = [models.Index(fields=["is_published", "starts_at"], name="schedule_entry_public_start")]
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__isnull=True) | Q(ends_at__gte=F("starts_at")),
                                   name="schedule_entry_ends_after_start",
                                   violation_error_message=_("The entry cannot end before it starts.")),
        ]

    def __str__(self):
        return f"{timezone.localtime(self.starts_at):%d/%m/%Y %H:%M} – {self.content[:60]}"

    def save(self, *args, **kwargs):
        now = timezone.now()
        if self.is_published and self.published_at is None:
            self.published_at = now
        elif self.pk and self.published_at is not None and self._public_fields_changed():
            self.revised_at = now
        super().save(*args, **kwargs)

    def clean(self):
        if self.ends_at and self.starts_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": gettext("The entry cannot end before it starts.")})

    def _public_fields_changed(self):
        stored = Entry.objects.filter(pk=self.pk).values(*PUBLIC_FIELDS).first()
        return stored is not None and any(stored[name] != getattr(self, name) for name in PUBLIC_FIELDS)

    @property
    def day(self):
        """Return the local day the entry starts."""
        return timezone.localtime(self.starts_at).date()

    @property
    def chair_label(self):
        """Return the chair with the State title held on the entry's day: the schedule is the State's."""
        return self.chair.label_on(self.day, Capacity.STATE) if self.chair_id else self.chair_name

    @property
    def preparing_unit_label(self):
        """Return the preparing unit by the name it bore on the entry's day."""
        return self.preparing_unit.name_on(self.day).name if self.preparing_unit_id else self.preparing_unit_name
