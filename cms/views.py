import logging

from django.conf import settings
from django.db import connection
from django.http import Http404, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.static import serve


@never_cache
def healthz(request):
    """Answer 200 when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:
        logging.getLogger(__name__).exception("Health check: the database did not answer")
        return JsonResponse({"status": "error", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok"})


def media(request, path):
    """Serve an uploaded file in development (nginx does it in production)."""
    # MEDIA_ROOT is read per request so that tests and settings overrides apply.
    try:
        return serve(request, path, document_root=settings.MEDIA_ROOT)
    except OSError as error:  # e.g. a name longer than the file system allows
        raise Http404(path) from error
