from django import template
from django.utils.html import format_html

from core.files.images import rendition as make_rendition
from core.files.images import renditions

register = template.Library()

@register.simple_tag
def rendition(image_file, width):
    """Return the URL of image_file resized to width pixels (never the original)."""
    return make_rendition(image_file, int(width))

def _srcset(found):
    return ", ".join(f"{url} {width}w" for url, width, _height in found)

@register.simple_tag
def picture(image_file, widths, sizes="100vw", alt="", loading="lazy"):
    """Return a <picture> of renditions: WebP with a JPEG fallback, each at the given widths ("360 720").

    Browsers pick the width the layout needs (sizes); the original is never sent.
    Returns "" when the picture cannot be read, so the caller can leave it out.
    """
    wanted = [int(width) for width in str(widths).split()]
    jpegs = renditions(image_file, wanted, "jpeg")
    if not jpegs:
        return ""
    webps = renditions(image_file, wanted, "webp")
    src, width, height = jpegs[0]
    source = format_html('<source type="image/webp" srcset="{}" sizes="{}">', _srcset(webps), sizes) if webps else ""
    return format_html(
        '<picture>{}<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}" loading="{}" '
        'decoding="async"></picture>',
        source, src, _srcset(jpegs), sizes, width, height, alt, loading,
    )
