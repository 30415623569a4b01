"""Attachment downloads: only for public articles (or staff), always as a download, never sniffed."""

from django.http import Http404
from django.shortcuts import get_object_or_404

from core.files.downloads import file_response
from news.models import Attachment
from news.preview import may_preview


def download(request, pk):
    """Send an attachment of a public article as a file download with its Vietnamese name."""
    attachment = get_object_or_404(Attachment.objects.select_related("article"), pk=pk)
    if not (attachment.article.is_public or may_preview(request.user)):
        raise Http404
    return file_response(field_file=attachment.file, filename=attachment.download_name,
                         content_type=attachment.content_type or "application/octet-stream",
                         public=attachment.article.is_public)
