"""Pictures: checked by content, re-encoded, and served as renditions.

An upload is decoded by Pillow and written out again, so whatever rode along
with the pixels (an HTML or script tail in a polyglot, EXIF data) is dropped and
the file's extension follows the detected format, never the name sent.
"""

import hashlib
import io
import os
import secrets
import warnings

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import models
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

from core.text import slugify_vi

# Detected format -> (format to write, extension).
_OUTPUT = {
    "JPEG": ("JPEG", "jpg"),
    "MPO": ("JPEG", "jpg"),
    "PNG": ("PNG", "png"),
    "GIF": ("PNG", "png"),
    "WEBP": ("WEBP", "webp"),
    "BMP": ("PNG", "png"),
    "TIFF": ("JPEG", "jpg"),
}


# Markup that has no business inside a picture: its presence marks a polyglot
# meant to be served as HTML or script by a careless server or browser.
_MARKUP_SIGNS = (
    b"<script", b"<html", b"<svg", b"<!doctype", b"<iframe", b"<body", b"<?php",
    b"<?xml", b"javascript:", b"<object", b"<embed",
)
_REFUSED_NAME_ENDINGS = (".html", ".htm", ".xhtml", ".svg", ".svgz", ".js", ".mjs", ".php", ".xml")


def contains_markup(data):
    """Return True if raw bytes carry HTML, SVG or script markup anywhere."""
    lowered = data.lower()
    return any(sign in lowered for sign in _MARKUP_SIGNS)


def _too_large():
    limit = settings.IMAGE_UPLOAD_MAX_BYTES // (1024 * 1024)
    return ValidationError(_("The picture is too large (limit %(limit)s MB).") % {"limit": limit}, code="too_large")


def _too_many_pixels(width, height):
    limit = round(settings.IMAGE_MAX_PIXELS / 1_000_000)
    return ValidationError(
        _("The picture is %(width)s × %(height)s pixels; at most %(limit)s megapixels are accepted "
          "(e.g. 6000 × 4000). Make it smaller and upload it again.")
        % {"width": width, "height": height, "limit": limit},
        code="bomb",
    )


def clean_image(upload):
    """Return a re-encoded ContentFile for an uploaded picture, or raise ValidationError."""
    if upload.size is not None and upload.size > settings.IMAGE_UPLOAD_MAX_BYTES:
        raise _too_large()
    if (upload.name or "").lower().endswith(_REFUSED_NAME_ENDINGS):
        raise ValidationError(_("Web pages, SVG and script files cannot be uploaded as pictures."), code="name")
    upload.seek(0)
    data = upload.read(settings.IMAGE_UPLOAD_MAX_BYTES + 1)
    if len(data) > settings.IMAGE_UPLOAD_MAX_BYTES:
        raise _too_large()
    if contains_markup(data):
        raise ValidationError(
            _("The file contains web page or script code hidden in a picture and was refused."), code="polyglot"
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            detected = image.format
            if detected not in _OUTPUT:
                raise ValidationError(
                    _("Only JPEG, PNG, GIF or WebP pictures can be uploaded."), code="format"
                )
            if image.width * image.height > settings.IMAGE_MAX_PIXELS:
                raise _too_many_pixels(image.width, image.height)
            image.load()
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(_("The picture has too many pixels."), code="bomb") from None
    except Exception:
        raise ValidationError(
            _("The file is not a picture, or the picture is damaged."), code="invalid"
        ) from None

    out_format, extension = _OUTPUT[detected]
    image = ImageOps.exif_transpose(image)
    if out_format == "JPEG" and image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    elif out_format == "PNG" and image.mode not in ("RGB", "RGBA", "L", "LA", "P"):
        image = image.convert("RGBA")
    buffer = io.BytesIO()
    save_args = {"quality": 88, "optimize": True} if out_format == "JPEG" else {}
    image.save(buffer, format=out_format, **save_args)
    stem = slugify_vi(os.path.splitext(os.path.basename(upload.name or ""))[0], max_length=80)
    return ContentFile(buffer.getvalue(), name=f"{stem or 'anh'}.{extension}")


class SafeImageFormField(forms.ImageField):
    """An image form field that accepts only what clean_image() accepts."""

    def to_python(self, data):
        data = super().to_python(data)
        if data is None:
            return None
        return clean_image(data)


def unguessable_name(name):
    """Return the file name with a random part before the extension.

    Pictures live under /media/, which the web server hands to anyone: a photo
    uploaded for an article not yet published must not be found by trying
    likely names (the slug of the title, the date folder).
    """
    folder, _sep, base = name.rpartition("/")
    stem, dot, extension = base.rpartition(".")
    if not dot:
        stem, extension = base, ""
    base = f"{stem or 'anh'}-{secrets.token_hex(8)}" + (f".{extension}" if extension else "")
    return f"{folder}/{base}" if folder else base


class SafeImageField(models.ImageField):
    """An ImageField whose uploads are checked by content, re-encoded and stored under an unguessable name."""

    def generate_filename(self, instance, filename):
        return super().generate_filename(instance, unguessable_name(filename))

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": SafeImageFormField, **kwargs})


# Rendition formats: (Pillow format, extension, encoder options).
RENDITION_FORMATS = {
    "jpeg": ("JPEG", "jpg", {"quality": 82, "optimize": True, "progressive": True}),
    "webp": ("WEBP", "webp", {"quality": 80, "method": 4}),
}
_MISSING = "missing"


def _rendition_name(name, width, fmt):
    digest = hashlib.sha1(name.encode()).hexdigest()[:12]
    stem = os.path.splitext(os.path.basename(name))[0][:60]
    return f"renditions/{width}/{digest}-{stem}.{RENDITION_FORMATS[fmt][1]}"


def _memo_key(name, width, fmt):
    return "rendition:" + hashlib.sha1(f"{name}|{width}|{fmt}".encode()).hexdigest()


def _make_renditions(name, wanted):
    """Write every (width, fmt) of wanted that storage lacks, opening the original once; return their sizes."""
    made = {}
    source = None
    try:
        for width, fmt in wanted:
            target = _rendition_name(name, width, fmt)
            if default_storage.exists(target):
                with default_storage.open(target, "rb") as handle:
                    made[width, fmt] = Image.open(handle).size
                continue
            if source is None:
                with default_storage.open(name, "rb") as handle:
                    source = ImageOps.exif_transpose(Image.open(handle))
                    source.load()
                if source.mode not in ("RGB", "L"):
                    source = source.convert("RGB")
            image = source.copy()
            image.thumbnail((width, width * 4))
            out_format, _extension, options = RENDITION_FORMATS[fmt]
            buffer = io.BytesIO()
            image.save(buffer, format=out_format, **options)
            default_storage.save(target, ContentFile(buffer.getvalue()))
            made[width, fmt] = image.size
    except (OSError, ValueError, Image.DecompressionBombError):
        return {}
    return made


def renditions(image_file, widths, fmt="jpeg"):
    """Return [(url, width, height)] of copies of image_file at most each width wide, made once.

    The answer is remembered in the cache, so a list page costs no file access once its
    pictures exist. Widths larger than the original give the original's size once only.
    An unreadable original gives [].
    """
    if not image_file:
        return []
    name = image_file.name
    keys = {width: _memo_key(name, width, fmt) for width in widths}
    known = cache.get_many(list(keys.values()))
    missing = [width for width in widths if keys[width] not in known]
    if missing:
        sizes = _make_renditions(name, [(width, fmt) for width in missing])
        fresh = {keys[w]: (default_storage.url(_rendition_name(name, w, fmt)), *sizes[w, fmt])
                 for w in missing if (w, fmt) in sizes}
        cache.set_many(fresh, None)
        # An unreadable original is tried again later, not on every page view.
        failed = {keys[w]: _MISSING for w in missing if (w, fmt) not in sizes}
        cache.set_many(failed, 300)
        known.update(fresh, **failed)
    result, seen = [], set()
    for width in sorted(widths):
        entry = known[keys[width]]
        if entry == _MISSING or entry[1] in seen:
            continue
        seen.add(entry[1])
        result.append(tuple(entry))
    return result


def rendition(image_file, width, fmt="jpeg"):
    """Return the URL of a copy of image_file at most width pixels wide, made once."""
    found = renditions(image_file, [width], fmt)
    return found[0][0] if found else ""


RENDITION_MIME_TYPES = {"jpeg": "image/jpeg", "webp": "image/webp"}


def rendition_file(image_file, width, fmt="jpeg"):
    """Return (url, width, height, bytes) of a rendition of image_file, or None if it cannot be read.

    Feed enclosures must say how many bytes a reader will fetch; the count is remembered
    in the cache like the rendition itself.
    """
    found = renditions(image_file, [width], fmt)
    if not found:
        return None
    url, actual_width, height = found[0]
    key = _memo_key(image_file.name, width, fmt) + ":bytes"
    length = cache.get(key)
    if length is None:
        try:
            length = default_storage.size(_rendition_name(image_file.name, width, fmt))
        except OSError:
            return None
        cache.set(key, length, None)
    return url, actual_width, height, length
