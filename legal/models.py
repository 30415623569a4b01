"""The law as data: each legal basis the portal cites, with the dates it is in force.

The portal never hard-codes a law: a page asks which bases of a topic are in force on its
day (LegalBasis.objects.for_topic(topic, on=day)), and a deadline comes from the rule in
force on the day it starts (legal.deadlines).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from core.caching.pagecache import InvalidatingQuerySet


class Topic(models.TextChoices):
    DEBTOR_REGISTER = "debtor_register", _("Register of debtors without conditions to satisfy the judgment")
    PERSONAL_DATA = "personal_data", _("Protection of personal data")
    ENFORCEMENT = "enforcement", _("Civil judgment enforcement")
    PORTAL = "portal", _("Information on the portal")
    OPEN_DATA = "open_data", _("Data sharing and open data")


class LegalBasisQuerySet(InvalidatingQuerySet, models.QuerySet):
    def in_force(self, *, on):
        """Return the bases in force on a day (a basis with no start date is taken as in force)."""
        started = models.Q(in_force_from__isnull=True) | models.Q(in_force_from__lte=on)
        return self.filter(started).filter(models.Q(in_force_to__isnull=True) | models.Q(in_force_to__gte=on))

    def for_topic(self, topic, *, on):
        """Return the bases of a topic in force on a day, the main one first."""
        return self.filter(topic=topic).in_force(on=on)

    def repealed(self, *, on):
        """Return the bases no longer in force on a day, the latest repealed first."""
        return self.filter(in_force_to__lt=on).order_by("-in_force_to", "order")

    def upcoming(self, *, on):
        """Return the bases adopted but not yet in force on a day."""
        return self.filter(in_force_from__gt=on).order_by("in_force_from", "order")

    def with_deadline(self):
        """Return the bases that set a deadline (e.g. days to update the register)."""
        return self.filter(deadline_days__isnull=False)


class LegalBasisManager(models.Manager.from_queryset(LegalBasisQuerySet)):
    def get_by_natural_key(self, topic, number, articles):
        return self.get(topic=topic, number=number, articles=articles)


class LegalBasis(models.Model):
    """A law, decree or circular (or some of its articles) the portal relies on for one topic."""

    class Kind(models.TextChoices):
        LAW = "law", _("Law")
        RESOLUTION = "resolution", _("Resolution")
        DECREE = "decree", _("Decree")
        DECISION = "decision", _("Decision")
        CIRCULAR = "circular", _("Circular")

    topic = models.CharField(_("topic"), max_length=40, choices=Topic.choices)
    kind = models.CharField(pgettext_lazy("legal basis", "kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(pgettext_lazy("legal basis", "title"), max_length=300,
                             help_text=_('As cited before the number: "Luật Thi hành án dân sự", "Nghị định".'))
    number = models.CharField(_("number"), max_length=80, help_text=_('e.g. "106/2025/QH15".'))
    articles = models.CharField(
        _("articles cited"), max_length=200, blank=True,
        help_text=_('e.g. "Điều 44a". Leave empty when the article has not been confirmed from the text.'))
    subject = models.CharField(_("subject"), max_length=500, blank=True,
                               help_text=_("What the document regulates (trích yếu), when the title does not say it."))
    issuing_body = models.CharField(_("issuing body"), max_length=200, blank=True)
    in_force_from = models.DateField(_("in force from"), null=True, blank=True,
                                     help_text=_("Empty when the date has not been confirmed."))
    in_force_to = models.DateField(_("in force until"), null=True, blank=True,
                                   help_text=_("The last day in force. Empty while it is in force."))
    deadline_days = models.PositiveSmallIntegerField(
        _("deadline (days)"), null=True, blank=True,
        help_text=_("Days this basis gives to act: to update the register, to answer a data subject."))
    deadline_in_working_days = models.BooleanField(_("counted in working days"), default=True)
    source_url = models.URLField(_("source link"), max_length=500, blank=True)
    note = models.TextField(_("note"), blank=True)
    order = models.PositiveSmallIntegerField(_("order within the topic"), default=0,
                                             help_text=_("The main basis of a topic comes first (smallest)."))

    objects = LegalBasisManager()

    class Meta:
        ordering = ["topic", "order", "in_force_from", "pk"]
        # The natural key: migrations seed the bases, so a restore matches them by it instead
        # of finding them in its way, and a basis is not entered twice for a topic.
        constraints = [models.UniqueConstraint(fields=["topic", "number", "articles"], name="legal_basis_once_a_topic")]
        verbose_name = pgettext_lazy("register of legal bases", "legal basis")
        verbose_name_plural = _("legal bases")

    def __str__(self):
        return self.citation

    def natural_key(self):
        return (self.topic, self.number, self.articles)

    @property
    def citation(self):
        """Return how a page cites this basis: the articles if confirmed, the title and the number."""
        if self.articles:
            return gettext("%(articles)s of the %(title)s No. %(number)s") % {
                "articles": self.articles, "title": self.title, "number": self.number}
        return gettext("%(title)s No. %(number)s") % {"title": self.title, "number": self.number}

    def clean(self):
        errors = {}
        if self.in_force_from and self.in_force_to and self.in_force_to < self.in_force_from:
            errors["in_force_to"] = _("A basis cannot leave force before it comes into force.")
        if self.deadline_days == 0:
            errors["deadline_days"] = _("A deadline is at least one day; leave it empty if there is none.")
        if errors:
            raise ValidationError(errors)
