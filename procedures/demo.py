"""Demo procedures: the civil judgment enforcement procedures a provincial department handles.

Names and legal bases are those of the sector; codes, steps, papers, time limits and fees
are placeholders ("nội dung mẫu") to be replaced by the text published on the National
Public Service Portal. Safe to run again.
"""

from documents.models import Sector
from procedures.models import Procedure

PORTAL = "https://dichvucong.gov.vn/"
PLACEHOLDER = "(nội dung mẫu, cần đối chiếu với Cổng Dịch vụ công quốc gia)"
LEGAL_BASIS = ("Luật Thi hành án dân sự số 26/2008/QH12, được sửa đổi, bổ sung bởi Luật số 64/2014/QH13\n"
               "Nghị định số 62/2015/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định số 33/2020/NĐ-CP")
PROCEDURES = [  # (name, papers, time limit)
    ("Thủ tục yêu cầu thi hành án",
     "Đơn yêu cầu thi hành án\nBản án, quyết định của Tòa án (bản sao)\nTài liệu khác có liên quan (nếu có)",
     "05 ngày làm việc kể từ ngày nhận đơn (thời hạn mẫu)"),
    ("Thủ tục xác nhận kết quả thi hành án",
     "Đơn đề nghị xác nhận kết quả thi hành án\nGiấy tờ tùy thân của người đề nghị (bản sao)",
     "05 ngày làm việc kể từ ngày nhận đơn (thời hạn mẫu)"),
    ("Thủ tục giải quyết khiếu nại về thi hành án dân sự lần đầu",
     "Đơn khiếu nại\nTài liệu, chứng cứ kèm theo (nếu có)", "15 ngày kể từ ngày thụ lý (thời hạn mẫu)"),
    ("Thủ tục giải quyết tố cáo về thi hành án dân sự",
     "Đơn tố cáo hoặc biên bản ghi lời tố cáo\nTài liệu, chứng cứ kèm theo (nếu có)",
     "30 ngày kể từ ngày thụ lý (thời hạn mẫu)"),
    ("Thủ tục xét miễn, giảm nghĩa vụ thi hành án đối với khoản thu, nộp ngân sách nhà nước",
     "Đơn đề nghị xét miễn, giảm\nGiấy tờ chứng minh điều kiện được xét miễn, giảm",
     "Theo quy định (thời hạn mẫu)"),
]


def seed_procedures_demo(*, stdout=None):
    """Create the demo procedures once."""
    sector, _created = Sector.objects.get_or_create(name="Thi hành án dân sự")
    created = 0
    for position, (name, papers, time_limit) in enumerate(PROCEDURES, start=1):
        _procedure, made = Procedure.objects.get_or_create(name=name, defaults={
            "code": f"(mã mẫu) THADS-{position:02d}", "sector": sector, "level": "Cấp tỉnh",
            "implementing_body": "Cục Thi hành án dân sự tỉnh Thanh Hóa", "position": position,
            "steps": f"Bước 1: Người yêu cầu nộp hồ sơ trực tiếp, qua bưu chính hoặc trực tuyến {PLACEHOLDER}\n"
                     f"Bước 2: Cơ quan thi hành án tiếp nhận, kiểm tra hồ sơ {PLACEHOLDER}\n"
                     f"Bước 3: Trả kết quả cho người yêu cầu {PLACEHOLDER}",
            "required_documents": "\n".join(f"{line} {PLACEHOLDER}" for line in papers.splitlines()),
            "time_limit": time_limit, "fees": "Không (nội dung mẫu)", "legal_basis": LEGAL_BASIS,
            "online_url": PORTAL,
        })
        created += made
    if stdout and created:
        stdout.write(f"procedures: {created} created")
