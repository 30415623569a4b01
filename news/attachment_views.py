"""Attachment downloads: only for public articles (or staff), always as a download, never sniffed."""

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404

from core.files.attachments import content_disposition
from news.models import Attachment
from news.preview import may_preview


def download(request, pk):
    """Send an attachment of a public article as a file download with its Vietnamese name."""
    attachment = get_object_or_404(Attachment.objects.select_related("article"), pk=pk)
    if not (attachment.article.is_public or may_preview(request.user)):
        raise Http404
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(handle, content_type=attachment.content_type or "application/octet-stream")
    response["Content-Disposition"] = content_disposition(attachment.download_name)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    if not attachment.article.is_public:
        response["Cache-Control"] = "private, no-store"
    return response
