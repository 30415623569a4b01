"""Hand out a file kept in private storage, once its view has decided the reader may have it."""

from urllib.parse import quote

from django.http import FileResponse, Http404
from django.utils.cache import patch_cache_control

from core.text import slugify_vi


def may_preview(user, *permissions):
    """Return True when user is staff holding one of permissions (who may see files of items not yet public)."""
    return bool(user.is_active and user.is_staff and any(user.has_perm(permission) for permission in permissions))


def content_disposition(filename, *, inline=False):
    """Return a Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266).

    Django's FileResponse writes only one of the two, and a name with a line break would break the header.
    """
    # Path separators and control characters have no place in a saved file's name.
    filename = "".join("-" if c in '/\\"' or ord(c) < 32 or ord(c) == 127 else c for c in filename).strip() or "tep"
    stem, dot, extension = filename.rpartition(".")
    if not dot:
        stem, extension = filename, ""
    ascii_name = (slugify_vi(stem, max_length=120) or "tep-dinh-kem") + (f".{extension}" if extension else "")
    ascii_name = "".join(c for c in ascii_name if c.isalnum() or c in "-._")
    kind = "inline" if inline else "attachment"
    return f"{kind}; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename, safe='')}"


def file_response(*, field_file, filename, content_type=None, inline=False, public=True):
    """Return a FileResponse for field_file named filename (RFC 6266), or raise Http404 when it is gone.

    Every view that hands out a stored file answers through here; content_type None guesses from the name.
    """
    try:
        handle = field_file.open("rb")
    except (FileNotFoundError, ValueError):
        raise Http404 from None
    response = FileResponse(handle, content_type=content_type)
    response["Content-Disposition"] = content_disposition(filename, inline=inline)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    if not public:
        # A preview for staff: no shared cache may keep it for the next reader.
        patch_cache_control(response, private=True, no_store=True)
    return response
