"""Per-user calendar feed tokens and the record of reminders sent."""

import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


def new_token():
    return secrets.token_urlsafe(32)


class CalendarToken(models.Model):
    """The secret in a user's iCal feed address; replacing it revokes the old address."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                related_name="calendar_token", verbose_name=_("user"))
    token = models.CharField(_("token"), max_length=64, unique=True, default=new_token)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("calendar feed")
        verbose_name_plural = _("calendar feeds")

    def __str__(self):
        return str(self.user)

    def get_absolute_url(self):
        return reverse("youth:calendar_feed", kwargs={"token": self.token})


class ReminderLog(models.Model):
    """One reminder about one task sent to one person on one day; makes the command idempotent."""

    class Kind(models.TextChoices):
        LEAD = "lead", _("Reminder to the lead")
        DIGEST = "digest", _("Digest to the assigner")

    person = models.ForeignKey("organisation.Person", on_delete=models.CASCADE, related_name="+",
                               verbose_name=_("recipient"))
    task = models.ForeignKey("youth.Task", on_delete=models.CASCADE, related_name="reminders",
                             verbose_name=_("task"))
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    sent_on = models.DateField(_("sent on"))
    timeliness = models.CharField(_("timeliness"), max_length=20)

    class Meta:
        ordering = ["-sent_on", "pk"]
        verbose_name = _("reminder sent")
        verbose_name_plural = _("reminders sent")
        constraints = [
            models.UniqueConstraint(fields=["person", "task", "kind", "sent_on"], name="reminder_once_a_day"),
        ]

    def __str__(self):
        return f"{self.person} – {self.task} ({self.sent_on:%d/%m/%Y})"
