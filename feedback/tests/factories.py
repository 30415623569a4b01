"""Small builders for feedback rows: only what a test names differs from the default."""

import io
import itertools

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from feedback import services
from feedback.models import Field

_numbers = itertools.count(1)

ASKER = {"name": "Trần Thị Bích", "email": "bich.tran@example.vn", "phone": "0912 345 678",
         "address": "Số 5 Ngõ Mẫu, phường Thí Dụ"}


def make_field(**fields):
    fields.setdefault("name", f"Lĩnh vực {next(_numbers)}")
    return Field.objects.create(**fields)


def form_data(**fields):
    """Return a valid POST of the public form (as a citizen fills it in)."""
    data = {"kind": "question", **ASKER, "title": "Thủ tục nhận tiền thi hành án",
            "content": "Tôi muốn hỏi thủ tục nhận tiền thi hành án như thế nào?", "consent": "on", "website": ""}
    if "field" not in fields:
        data["field"] = (Field.objects.first() or make_field()).pk
    data.update(fields)
    return {key: value for key, value in data.items() if value is not None}


def make_submission(*, attachment=None, **fields):
    """Save a submission through the service, as the public form does."""
    field = fields.pop("field", None) or Field.objects.first() or make_field()
    data = {"kind": "question", **ASKER, "title": f"Câu hỏi số {next(_numbers)}",
            "content": "Nội dung câu hỏi về thi hành án dân sự.", "show_name": False, "field": field, **fields}
    return services.submit(data=data, attachment=attachment)


def make_answer(*, actor=None, answer="<p>Câu trả lời của Cục.</p>", publish=True, **fields):
    """Return a submission answered (and published unless publish=False)."""
    submission = make_submission(**fields)
    services.write_reply(submission=submission, answer=answer, actor=actor)
    services.approve(submission=submission, actor=actor, publish=publish)
    return submission


def png_upload(name="anh.png"):
    buffer = io.BytesIO()
    Image.new("RGB", (30, 20), "red").save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")
