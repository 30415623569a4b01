from django import template

from cms.images import rendition as make_rendition

register = template.Library()


@register.simple_tag
def rendition(image_file, width):
    """Return the URL of image_file resized to width pixels (never the original)."""
    return make_rendition(image_file, int(width))
