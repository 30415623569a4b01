"""The shadow columns search reads (search_exact, search_folded) and the Searchable model that fills them."""

from django.db import models

from core.search.abbreviations import expansions
from core.search.query import folded_words, words

TITLE_SEPARATOR = "|"
TERMS_SEPARATOR = "#"


def _column(title_words, other_words):
    return f" {' '.join(title_words)} {TITLE_SEPARATOR} {' '.join(other_words)} "


def _pairs(words, mark=""):
    return [f"{mark}{a}_{b}" for a, b in zip(words, words[1:], strict=False)]


def index_terms(title_words, other_words):
    """Return the ranking's index terms: adjacent folded pairs ("hoang_van"), the title's words and pairs marked "^".

    A phrase or the words of a title are then found by an index (PostgreSQL's search_terms
    column), never by reading each matching row. Words hold no "_", "^", "|" or "#".
    """
    terms = [*_pairs(title_words), *_pairs(other_words), *(f"^{w}" for w in title_words), *_pairs(title_words, "^")]
    return list(dict.fromkeys(terms))


def shadow_columns(title, text=""):
    """Return (search_exact, search_folded) for a title-like text and the other (plain) text.

    Both hold the words separated by single spaces, the title's first, then " | " and the
    rest, padded with spaces so that a word is always found as " word ". The folded column
    ends with TERMS_SEPARATOR and index_terms(), which no word pattern can match.
    """
    # The abbreviations' full words go with the other text: found, never ranked as the title.
    text = f"{text}\n{expansions(f'{title} {text}')}"
    title_folded, text_folded = folded_words(title), folded_words(text)
    terms = " ".join(index_terms(title_folded, text_folded))
    return (
        _column(words(title), words(text)),
        f"{_column(title_folded, text_folded)}{TERMS_SEPARATOR} {terms} ",
    )


class Searchable(models.Model):
    """Abstract model: the shadow columns search() reads, filled on save from search_texts()."""

    search_title_field = "title"
    search_text_fields = ()
    # Saving with update_fields naming one of these refills the columns (empty: always).
    search_source_fields = ()

    search_exact = models.TextField(editable=False, default="")
    search_folded = models.TextField(editable=False, default="")

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is None:
            self.fill_search_columns()
        elif not self.search_source_fields or set(self.search_source_fields) & set(update_fields):
            self.fill_search_columns()
            kwargs["update_fields"] = {*update_fields, "search_exact", "search_folded"}
        super().save(*args, **kwargs)

    def search_texts(self):
        """Return (title-like text, other text) to search; override for HTML or computed text."""
        title = getattr(self, self.search_title_field, "") or ""
        rest = "\n".join(str(getattr(self, name, "") or "") for name in self.search_text_fields)
        return str(title), rest

    def fill_search_columns(self):
        """Compute search_exact and search_folded from search_texts()."""
        self.search_exact, self.search_folded = shadow_columns(*self.search_texts())


def refill_abbreviations(app_label, model_name):
    """Return a migration function refilling the columns of the rows that hold an abbreviation.

    Historical models have no search_texts(): the stored exact words (title | rest) are the text.
    """
    from core.search.abbreviations import EXPANSIONS

    def refill(apps, schema_editor):
        model = apps.get_model(app_label, model_name)
        wanted = models.Q()
        for short in folded_words(" ".join(EXPANSIONS)):
            wanted |= models.Q(search_folded__contains=f" {short} ")
        for row in model._base_manager.filter(wanted).only("pk", "search_exact").iterator():
            title, _separator, rest = row.search_exact.partition(TITLE_SEPARATOR)
            exact, folded = shadow_columns(title, rest)
            model._base_manager.filter(pk=row.pk).update(search_exact=exact, search_folded=folded)

    return refill
