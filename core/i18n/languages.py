"""Two languages by address: pages under /en/ are English, every other page is Vietnamese.

No LocaleMiddleware: the browser's Accept-Language and cookies never switch the Vietnamese
site to English (news stays Vietnamese). A view that has a counterpart page in the other
language says so with alternates(); the header's language switch and the hreflang links
in the head come from it.
"""

from django.conf import settings
from django.utils import translation

ENGLISH_PREFIX = "/en/"


def language_for_path(path):
    """Return the language of the page at path."""
    return "en" if path == "/en" or path.startswith(ENGLISH_PREFIX) else settings.LANGUAGE_CODE


class LanguageByPathMiddleware:
    """Activate English for /en/ pages and Vietnamese for the rest, for this request only."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = language_for_path(request.path_info)
        translation.activate(language)
        request.LANGUAGE_CODE = language
        try:
            response = self.get_response(request)
        finally:
            translation.activate(settings.LANGUAGE_CODE)
        response.headers.setdefault("Content-Language", language)
        return response


def alternates(request, *, vi=None, en=None):
    """Return the context naming a page's versions in each language (None where there is none)."""
    return {"alternates": {
        "vi": vi, "en": en,
        # hreflang links are absolute, and only written when both versions exist.
        "both": [(code, request.build_absolute_uri(path)) for code, path in (("vi", vi), ("en", en))]
        if vi and en else [],
    }}


def context(request):
    """Add the current language and, on the two home pages, their alternates (views give their own)."""
    language = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
    extra = alternates(request, vi="/", en=ENGLISH_PREFIX) if request.path_info in ("/", ENGLISH_PREFIX) else {}
    return {"current_language": language, **extra}
