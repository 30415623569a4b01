"""The rich-text seam: one model field, its editor widget and the server-side sanitiser.

Everything else in the project names only RichTextField and sanitize(), so the
editor (CKEditor 4 today) can be swapped without touching the apps.
"""

import functools
import html
import re

import nh3
from ckeditor.widgets import CKEditorWidget
from django import forms
from django.db import models

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "em", "figcaption",
    "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "li", "ol", "p", "pre",
    "s", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
    "u", "ul",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "*": {"style"},
}
# The editor's captioned photo (image2) is <figure class="image"><img><figcaption>; the class lets it re-open as one.
ALLOWED_CLASSES = {"figure": {"image"}}
ALLOWED_STYLE_PROPERTIES = {"text-align", "width", "height", "float", "margin", "margin-left", "margin-right"}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}
# The hint text image2 writes into a new caption (<figcaption>{captionPlaceholder}</figcaption>):
# ours, set in static/js/editor-dialogs.js, and CKEditor's own Vietnamese and English ones, which
# are used when that script has not run. Published untouched, it would read as the photo's caption.
CAPTION_PLACEHOLDERS = frozenset({"Nhập chú thích ảnh", "Nhãn", "Caption"})
# A figcaption with no figcaption inside it (nh3 leaves it at most a style attribute).
_FIGCAPTION = re.compile(r"<figcaption(?:\s[^>]*)?>((?:(?!</?figcaption\b).)*?)</figcaption>", re.S | re.I)
_TAG = re.compile(r"<[^>]*>")


def sanitize(markup):
    """Return markup with everything outside the allow-list removed.

    A photo's caption left empty or still holding the editor's hint text is dropped,
    keeping the <figure><img> (see drop_placeholder_captions).
    """
    return _sanitized(markup) if markup else ""


@functools.lru_cache(maxsize=4096)
def _sanitized(markup):
    # Remembered: a save cleans the body for the search columns and again in the field's pre_save,
    # and a bulk load of thousands of articles would pay twice.
    return drop_placeholder_captions(_clean(markup))


def caption_text(inner_html):
    """Return the words a reader would see in a caption's inner HTML, spaces collapsed."""
    text = html.unescape(_TAG.sub(" ", inner_html)).replace("\xa0", " ")
    return " ".join(text.split())


def drop_placeholder_captions(markup):
    """Remove every figcaption that is empty or holds only an image2 placeholder (CAPTION_PLACEHOLDERS)."""
    def replace(match):
        text = caption_text(match.group(1))
        return "" if not text or text in CAPTION_PLACEHOLDERS else match.group(0)

    return _FIGCAPTION.sub(replace, markup)


def _clean(markup):
    return nh3.clean(
        markup,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        allowed_classes=ALLOWED_CLASSES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
        filter_style_properties=ALLOWED_STYLE_PROPERTIES,
        strip_comments=True,
    )


class RichTextFormField(forms.CharField):
    """A form field that edits HTML in the editor and sanitises what it receives."""

    def __init__(self, *args, config_name="default", **kwargs):
        # TextField and the admin both ask for a plain textarea; HTML needs the editor.
        if not isinstance(kwargs.get("widget"), EditorWidget):
            kwargs["widget"] = EditorWidget(config_name=config_name)
        super().__init__(*args, **kwargs)

    def clean(self, value):
        return sanitize(super().clean(value))


class EditorWidget(CKEditorWidget):
    """CKEditor with the project's CSRF glue for uploads."""

    class Media:
        js = ("js/editor-csrf.js", "js/editor-dialogs.js")


class RichTextField(models.TextField):
    """A TextField of sanitised HTML: cleaned on every save, whatever the path."""

    def pre_save(self, model_instance, add):
        value = sanitize(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": RichTextFormField, **kwargs})
