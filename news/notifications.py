"""E-mails sent by the workflow: approvers on submission, the writer on return or publication."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from core import mail


def _admin_url(article):
    return settings.SITE_URL + reverse("admin:news_article_change", args=[article.pk])


def approvers():
    """Return the active users who may publish articles and have an e-mail address."""
    permission = Permission.objects.get(content_type__app_label="news", codename="publish_article")
    return (
        get_user_model().objects.filter(is_active=True)
        .filter(Q(groups__permissions=permission) | Q(user_permissions=permission))
        .exclude(email="").distinct().order_by("pk")
    )


def _actor_name(step):
    return (step.actor.get_full_name() or step.actor.get_username()) if step.actor else _("someone")


def article_submitted(*, article, step):
    """Tell the approvers that an article awaits their review."""
    recipients = list(approvers().values_list("email", flat=True))
    if not recipients:
        return 0
    subject = _("Awaiting review: %(title)s") % {"title": article.title}
    body = _("%(who)s submitted the article “%(title)s” for review.\n\nReview it here: %(url)s") % {
        "who": _actor_name(step), "title": article.title, "url": _admin_url(article),
    }
    return mail.send(to=recipients, subject=subject, text=body)


def _to_writer(article, subject, body):
    writer = article.author
    if writer is None or not writer.email or not writer.is_active:
        return 0
    return mail.send(to=[writer.email], subject=subject, text=body)


def article_returned(*, article, step):
    """Tell the writer that the article came back, and why."""
    subject = _("Returned for revision: %(title)s") % {"title": article.title}
    body = _("%(who)s returned your article “%(title)s”.\n\nReason: %(reason)s\n\nRevise it here: %(url)s") % {
        "who": _actor_name(step), "title": article.title, "reason": step.reason, "url": _admin_url(article),
    }
    return _to_writer(article, subject, body)


def article_published(*, article, step):
    """Tell the writer that the article is published, or when it will be."""
    when = timezone.localtime(article.published_at).strftime("%H:%M %d/%m/%Y")
    if article.published_at > timezone.now():
        subject = _("Scheduled for publication: %(title)s") % {"title": article.title}
        body = _("Your article “%(title)s” was approved and will be published at %(when)s.\n\n%(url)s")
    else:
        subject = _("Published: %(title)s") % {"title": article.title}
        body = _("Your article “%(title)s” was published at %(when)s.\n\n%(url)s")
    body %= {"title": article.title, "when": when, "url": settings.SITE_URL + article.get_absolute_url()}
    return _to_writer(article, subject, body)
