"""Picture upload from inside the editor.

Replaces ckeditor_uploader's view, which is CSRF-exempt, trusts file names and
accepts HTML and SVG. Refusals are sent as CKEditor 4 expects them (a 200 JSON
reply with an error message) so that the editor shows the message to the user.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.failures.diskfull import StorageFull, save_file, storage_full_message
from core.files.images import clean_image, unguessable_name


def _refusal(message, status=200):
    return JsonResponse({"uploaded": 0, "error": {"message": str(message)}}, status=status)


@require_POST
def editor_upload(request):
    """Store a picture sent by the editor and return its URL."""
    if not request.user.is_authenticated or not request.user.has_perm(settings.EDITOR_UPLOAD_PERMISSION):
        return _refusal(_("You do not have permission to upload pictures."), status=403)
    upload = request.FILES.get("upload")
    if upload is None:
        return _refusal(_("No file was sent."))
    try:
        picture = clean_image(upload)
    except ValidationError as error:
        return _refusal(error.messages[0])
    folder = datetime.date.today().strftime("uploads/%Y/%m")
    try:
        name = save_file(default_storage, unguessable_name(f"{folder}/{picture.name}"), picture)
    except StorageFull:
        return _refusal(storage_full_message())
    return JsonResponse({"uploaded": 1, "fileName": name.rsplit("/", 1)[-1], "url": default_storage.url(name)})
