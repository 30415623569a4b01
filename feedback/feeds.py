"""RSS 2.0 feed of the latest published answers: question and answer, never the asker's contact details."""

from django.urls import reverse
from django.utils.translation import gettext as _

from cms.models import SiteSettings
from core.syndication.feeds import CleanFeed
from core.text import truncate_words
from feedback.models import Submission

FEED_SIZE = 20


class AnswerFeed(CleanFeed):
    def title(self):
        return _("Questions and answers – %(agency)s") % {"agency": SiteSettings.load().agency_name}

    def link(self):
        return reverse("feedback:answers")

    def description(self):
        return _("The latest answers to citizens' questions and feedback.")

    def items(self):
        return Submission.objects.published().select_related("field").order_by("-published_at", "-pk")[:FEED_SIZE]

    def item_title(self, item):
        return item.public_title

    def item_description(self, item):
        return truncate_words(item.public_content, 60)

    def item_pubdate(self, item):
        return item.published_at

    def item_categories(self, item):
        return [item.field.name]
