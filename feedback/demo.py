"""Demo fields and a few clearly fictitious published questions and answers (marked as examples)."""

import datetime

from django.db import transaction
from django.utils import timezone

from feedback import services
from feedback.models import Field, Submission

EXAMPLE = "(Ví dụ minh họa – không phải câu hỏi thật)"

FIELDS = [
    ("Thủ tục yêu cầu thi hành án", "thu-tuc-yeu-cau-thi-hanh-an"),
    ("Nhận tiền, tài sản thi hành án", "nhan-tien-tai-san"),
    ("Án phí, phí thi hành án", "an-phi-phi-thi-hanh-an"),
    ("Khiếu nại, tố cáo", "khieu-nai-to-cao"),
    ("Lĩnh vực khác", "linh-vuc-khac"),
]

EXAMPLES = [
    ("thu-tuc-yeu-cau-thi-hanh-an", "Nộp đơn yêu cầu thi hành án ở đâu?",
     "Tôi được Tòa án tuyên cho nhận một khoản tiền. Tôi nộp đơn yêu cầu thi hành án ở đâu và cần giấy tờ gì?",
     "<p>Ông/bà nộp đơn tại cơ quan thi hành án dân sự có thẩm quyền theo bản án (thường là Chi cục nơi Tòa án "
     "cấp huyện đã xét xử sơ thẩm). Kèm theo đơn là bản án, quyết định và giấy tờ liên quan.</p>"),
    ("nhan-tien-tai-san", "Thủ tục nhận tiền thi hành án",
     "Cơ quan thi hành án báo đã thu được tiền. Tôi cần mang theo những gì để nhận?",
     "<p>Ông/bà mang giấy tờ tùy thân và giấy báo của cơ quan thi hành án đến nhận tại trụ sở; "
     "người nhận thay cần có giấy ủy quyền hợp lệ.</p>"),
    ("an-phi-phi-thi-hanh-an", "Phí thi hành án tính thế nào?",
     "Khi nhận tiền thi hành án tôi có phải nộp phí không?",
     "<p>Người được thi hành án phải nộp phí thi hành án khi nhận tiền, tài sản, theo mức do pháp luật quy định; "
     "một số trường hợp được miễn, giảm.</p>"),
]


@transaction.atomic
def seed_feedback_demo(*, stdout):
    """Create the fields and the example answers once."""
    for position, (name, slug) in enumerate(FIELDS):
        _field, created = Field.objects.get_or_create(slug=slug, defaults={"name": name, "position": position})
        if created:
            stdout.write(f"feedback field: {name}")
    if Submission.objects.filter(title__endswith=EXAMPLE).exists():
        return
    for n, (slug, title, question, answer) in enumerate(EXAMPLES):
        submission = services.submit(data={
            "kind": "question", "name": "Người hỏi ví dụ", "email": "", "phone": "0000 000 000",
            "field": Field.objects.get(slug=slug), "title": f"{title} {EXAMPLE}", "content": question,
            "show_name": False,
        })
        services.write_reply(submission=submission, answer=answer, actor=None)
        services.approve(submission=submission, actor=None, publish=True)
        Submission.objects.filter(pk=submission.pk).update(
            published_at=timezone.now() - datetime.timedelta(days=len(EXAMPLES) - n))
    stdout.write(f"feedback: {len(EXAMPLES)} example questions and answers")
