import os

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from core.caching.pagecache import InvalidatingQuerySet, PublicQuerySet, generation_cached
from core.files.checks import clean_attachment
from core.files.images import SafeImageField
from core.richtext import RichTextField, sanitize
from core.search import Searchable
from core.text import plain_text, truncate_words, unique_slug
from news.storage import PrivateFileField, private_storage


class Category(models.Model):
    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=140, unique=True, blank=True,
                            help_text=_("Left empty, it is made from the name."))
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveSmallIntegerField(_("position in menus"), default=0)

    objects = PublicQuerySet.as_manager()

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("category")
        verbose_name_plural = _("categories")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Category, self.name, instance=self, max_length=140)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("news:category", kwargs={"slug": self.slug})


def categories():
    """Return every category in menu order, read once per content generation (every page's menu shows them)."""
    return generation_cached("nav-categories", lambda: list(Category.objects.all()))


class ArticleQuerySet(InvalidatingQuerySet, models.QuerySet):
    # A new reader's view must not empty the page cache; counts may lag on cached pages.
    page_cache_exempt_fields = frozenset({"view_count"})
    # What no page shows, or fills per reading: changing it leaves updated_at as it was.
    unseen_fields = frozenset({"view_count", "updated_at", "search_exact", "search_folded", "revision"})

    def update(self, **kwargs):
        """Update the rows; a change a page shows moves updated_at, as save() does (stored pages rely on it)."""
        if not set(kwargs) <= self.unseen_fields:
            kwargs.setdefault("updated_at", timezone.now())
        return super().update(**kwargs)

    def published(self, now=None):
        """Return the articles the public may read now: published and not scheduled later."""
        return self.filter(
            status=Article.Status.PUBLISHED, published_at__lte=now or timezone.now()
        )

    def next_publication_time(self, now=None):
        """Return when the next scheduled article goes public, or None."""
        return self.filter(
            status=Article.Status.PUBLISHED, published_at__gt=now or timezone.now()
        ).aggregate(due=models.Min("published_at"))["due"]

    def for_listing(self):
        """Return the rows with what list pages show, in one query."""
        return self.select_related("category").defer("body", "search_exact", "search_folded")

    def most_read(self, limit=5):
        """Return the published articles read most often."""
        return self.published().for_listing().filter(view_count__gt=0).order_by("-view_count", "-published_at")[:limit]


class Article(Searchable, models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PENDING = "pending", _("Awaiting review")
        EDITED = "edited", _("Edited, awaiting approval")
        RETURNED = "returned", _("Returned")
        PUBLISHED = "published", _("Published")
        TAKEN_DOWN = "taken_down", _("Taken down")

    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(
        _("slug"), max_length=200, unique=True, blank=True,
        help_text=_("The last part of the article's address. Left empty, it is made from the title."),
    )
    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, related_name="articles", verbose_name=_("category")
    )
    summary = models.TextField(
        _("summary"), blank=True,
        help_text=_("One or two sentences shown in lists. Left empty, it is made from the body."),
    )
    body = RichTextField(_("body"))
    cover = SafeImageField(_("cover photo"), upload_to="covers/%Y/%m/", blank=True)
    cover_caption = models.CharField(_("cover caption"), max_length=300, blank=True)
    byline = models.CharField(
        _("byline"), max_length=200, blank=True,
        help_text=_('Credit line shown at the end, e.g. "Tin bài: Tuấn Linh, Phó Bí thư Chi đoàn".'),
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices,
                              default=Status.DRAFT)
    published_at = models.DateTimeField(
        _("publication time"), null=True, blank=True,
        help_text=_("A future time schedules the article. Left empty, it is set on publication."),
    )
    featured = models.BooleanField(_("featured"), default=False)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="articles", verbose_name=_("author"),
    )
    view_count = models.PositiveIntegerField(_("views"), default=0, editable=False)
    # The search shadow columns search_exact / search_folded come from Searchable (core/search/columns.py).
    search_source_fields = ("title", "summary", "body")
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # Bumped by every save through news.workflow: the token that refuses lost updates.
    revision = models.PositiveIntegerField(_("revision"), default=0, editable=False)

    objects = ArticleQuerySet.as_manager()
    # Counters and derived search text change without an editor: they are not versions.
    history = HistoricalRecords(excluded_fields=["updated_at", "view_count", "search_exact", "search_folded"])

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        indexes = [
            models.Index(fields=["status", "published_at"], name="article_status_pub_idx"),
            models.Index(fields=["category", "status", "published_at"], name="article_cat_pub_idx"),
            models.Index(fields=["-view_count"], name="article_views_idx"),
        ]
        permissions = [
            ("submit_article", _("Can submit an article for review")),
            ("return_article", _("Can return an article to its writer")),
            ("publish_article", _("Can publish or schedule an article")),
            ("take_down_article", _("Can take down a published article")),
            ("edit_unpublished_article", _("Can edit any article not yet published")),
            ("edit_published_article", _("Can edit a published or taken-down article")),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Article, self.title, instance=self)
        self.fill_own_fields()
        # Searchable.save() fills the search columns.
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        # Day boundaries are local: 06:30 on 3 April in Hà Nội is 2 April in UTC.
        local = timezone.localtime(self.published_at or self.created_at or timezone.now())
        return reverse("news:article", kwargs={
            "year": local.year, "month": f"{local.month:02d}", "day": f"{local.day:02d}",
            "slug": self.slug,
        })

    def fill_derived_fields(self):
        """Fill the fields save() computes from others; bulk loaders call it (bulk_create skips save())."""
        self.fill_own_fields()
        self.fill_search_columns()

    def fill_own_fields(self):
        """Fill the summary and the publication time when they are left empty."""
        if not self.summary.strip():
            # Lists show the summary and never load the body.
            self.summary = truncate_words(plain_text(self.body), 45)
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()

    def search_texts(self):
        """Return the title, and the summary and plain text of the body, for the search columns."""
        return self.title, f"{self.summary or ''}\n{plain_text(sanitize(self.body))}"

    @property
    def is_scheduled(self):
        """Return True if the article is approved for a publication time still to come."""
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at > timezone.now()
        )

    @property
    def state_label(self):
        """Return the state as editors name it, "Hẹn giờ" (scheduled) included."""
        return _("Scheduled") if self.is_scheduled else self.get_status_display()

    @property
    def is_public(self):
        """Return True if the public may read the article now."""
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

    @property
    def has_own_summary(self):
        """Return True if the summary says more than the opening words of the body."""
        # Compare word by word: the body's paragraphs are separated by line breaks, the summary's by spaces.
        summary = " ".join(self.summary.rstrip("…").split())
        return bool(summary) and not " ".join(plain_text(self.body).split()).startswith(summary)


class RelatedArticles(models.Model):
    """The related articles of one article, best first, computed when it is published or retitled (news/related.py).

    A row of its own: rewriting it never rewrites the article's row and its search columns.
    """

    article = models.OneToOneField(Article, on_delete=models.CASCADE, primary_key=True, related_name="related",
                                   verbose_name=_("article"))
    ids = models.JSONField(_("related articles"), default=list)

    class Meta:
        verbose_name = _("related articles")
        verbose_name_plural = _("related articles")

    def __str__(self):
        return f"{self.article_id}: {self.ids}"


class RenderedArticle(models.Model):
    """An article's page as rendered the last time what it shows changed (news/article_page).

    A row of its own, like RelatedArticles: storing a page never rewrites the article's row.
    """

    article = models.OneToOneField(Article, on_delete=models.CASCADE, primary_key=True, related_name="rendered",
                                   verbose_name=_("article"))
    # A digest of everything the markup shows (see news.article_page.stored.page_stamp): another stamp, another page.
    stamp = models.CharField(_("stamp"), max_length=64)
    head = models.TextField(_("metadata"))
    block = models.TextField(_("article block"))

    class Meta:
        verbose_name = _("rendered article")
        verbose_name_plural = _("rendered articles")

    def __str__(self):
        return f"{self.article_id}: {self.stamp}"


class ArticleTransition(models.Model):
    """One step of an article through the workflow: who moved it, when, from where to where, why."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="transitions",
                                verbose_name=_("article"))
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                              related_name="+", verbose_name=_("by"))
    at = models.DateTimeField(_("time"), default=timezone.now)
    from_status = models.CharField(pgettext_lazy("workflow step", "from"), max_length=20,
                                   choices=Article.Status.choices)
    to_status = models.CharField(pgettext_lazy("workflow step", "to"), max_length=20, choices=Article.Status.choices)
    reason = models.TextField(_("reason"), blank=True)
    scheduled_for = models.DateTimeField(_("publication time"), null=True, blank=True)

    class Meta:
        ordering = ["at", "id"]
        verbose_name = _("workflow step")
        verbose_name_plural = _("workflow steps")

    def __str__(self):
        return f"{self.article_id}: {self.from_status} → {self.to_status}"


class Attachment(models.Model):
    """A file published with an article (PDF, DOCX, XLSX or picture), checked by content."""

    class Kind(models.TextChoices):
        PDF = "pdf", "PDF"
        DOCX = "docx", "Word (DOCX)"
        XLSX = "xlsx", "Excel (XLSX)"
        IMAGE = "image", _("Picture")

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="attachments",
                                verbose_name=_("article"))
    title = models.CharField(_("title"), max_length=200, blank=True,
                             help_text=_("Shown in the list and used as the download name. "
                                         "Left empty, the file name is used."))
    file = PrivateFileField(_("file"), upload_to="attachments/%Y/%m/", storage=private_storage,
                            max_length=255)
    size = models.PositiveBigIntegerField(_("size (bytes)"), default=0, editable=False)
    kind = models.CharField(_("file type"), max_length=10, choices=Kind.choices, editable=False)
    content_type = models.CharField(_("content type"), max_length=120, editable=False)
    position = models.PositiveSmallIntegerField(pgettext_lazy("order", "position"), default=0)
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    objects = PublicQuerySet.as_manager()

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return self.title or self.file.name.rsplit("/", 1)[-1]

    def save(self, *args, **kwargs):
        if self.file and not self.file._committed:
            # Checked here too, so that no code path stores an unchecked file.
            checked = clean_attachment(self.file.file)
            original = os.path.splitext(os.path.basename(checked.original_name or ""))[0]
            self.file = checked
            self.kind, self.content_type, self.size = checked.kind, checked.content_type, checked.size
            if not self.title.strip():
                self.title = original[:200]
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("news:attachment", kwargs={"pk": self.pk})

    @property
    def download_name(self):
        """Return the file name offered to the browser: the title with the detected extension."""
        extension = self.file.name.rsplit(".", 1)[-1]
        return f"{self.title or 'tep-dinh-kem'}.{extension}"
