"""Public pages of the law the portal follows: the legal bases in force, and how personal data is protected.

Not kept by the page cache: what is in force changes at midnight of a date with no write to the
database that would make a cached page stale.
"""

from django.shortcuts import render
from django.utils import timezone

from legal.deadlines import rule_for
from legal.models import LegalBasis, Topic


def legal_bases(request):
    """List by topic what applies today, what comes into force later and what was repealed, with dates."""
    today = timezone.localdate()
    bases = LegalBasis.objects.all()
    topics = []
    for topic in Topic:
        of_topic = bases.filter(topic=topic)
        group = {"topic": topic, "in_force": list(of_topic.in_force(on=today)),
                 "upcoming": list(of_topic.upcoming(on=today)), "repealed": list(of_topic.repealed(on=today))}
        if group["in_force"] or group["upcoming"] or group["repealed"]:
            topics.append(group)
    return render(request, "legal/legal_bases.html", {"topics": topics, "today": today})


def privacy(request):
    """Say what personal data the portal keeps, why, the data subject's rights and the law in force today."""
    today = timezone.localdate()
    return render(request, "legal/privacy.html", {
        "today": today,
        "bases": LegalBasis.objects.for_topic(Topic.PERSONAL_DATA, on=today),
        "rule": rule_for(Topic.PERSONAL_DATA, on=today),
    })
