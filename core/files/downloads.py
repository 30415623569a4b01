"""Hand out a file kept in private storage, once its view has decided the reader may have it."""

from django.http import FileResponse, Http404
from django.utils.cache import patch_cache_control

from core.files.attachments import content_disposition


def may_preview(user, *permissions):
    """Return True when user is staff holding one of permissions (who may see files of items not yet public)."""
    return bool(user.is_active and user.is_staff and any(user.has_perm(permission) for permission in permissions))


def file_response(*, field_file, filename, content_type, inline=False, public=True):
    """Return a FileResponse for field_file named filename (RFC 6266), or raise Http404 when it is gone."""
    try:
        handle = field_file.open("rb")
    except (FileNotFoundError, ValueError):
        raise Http404 from None
    response = FileResponse(handle, content_type=content_type)
    disposition = content_disposition(filename)
    if inline:
        disposition = disposition.replace("attachment;", "inline;", 1)
    response["Content-Disposition"] = disposition
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    if not public:
        # A preview for staff: no shared cache may keep it for the next reader.
        patch_cache_control(response, private=True, no_store=True)
    return response
