from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.images import SafeImageField
from cms.pagecache import InvalidatesPages, InvalidatingQuerySet
from cms.richtext import RichTextField
from cms.text import plain_text, truncate_words, unique_slug


class Category(InvalidatesPages, models.Model):
    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=140, unique=True, blank=True,
                            help_text=_("Left empty, it is made from the name."))
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveSmallIntegerField(_("position in menus"), default=0)

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


class ArticleQuerySet(InvalidatingQuerySet, models.QuerySet):
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
        return self.select_related("category").defer("body")


class Article(InvalidatesPages, models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PENDING = "pending", _("Awaiting review")
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
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        indexes = [
            models.Index(fields=["status", "published_at"], name="article_status_pub_idx"),
            models.Index(fields=["category", "status", "published_at"], name="article_cat_pub_idx"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Article, self.title, instance=self)
        self.fill_derived_fields()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        # Day boundaries are local: 06:30 on 3 April in Hà Nội is 2 April in UTC.
        local = timezone.localtime(self.published_at or self.created_at or timezone.now())
        return reverse("news:article", kwargs={
            "year": local.year, "month": f"{local.month:02d}", "day": f"{local.day:02d}",
            "slug": self.slug,
        })

    def fill_derived_fields(self):
        """Fill the fields save() computes from others; bulk loaders call it too (bulk_create skips save())."""
        if not self.summary.strip():
            # Lists show the summary and never load the body.
            self.summary = truncate_words(plain_text(self.body), 45)
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()

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
        return not plain_text(self.body).startswith(self.summary.rstrip("…"))
