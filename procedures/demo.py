"""Demo procedures: the civil judgment enforcement procedures a provincial department handles.

Names and legal bases are those of the sector; codes, steps, papers, time limits and fees
are placeholders ("nội dung mẫu") to be replaced by the text published on the National
Public Service Portal. Safe to run again.
"""

from documents.models import Sector
from procedures.models import Procedure

PLACEHOLDER = "(nội dung mẫu, cần đối chiếu với Cổng Dịch vụ công quốc gia)"
# The law in force today (from 1/7/2026); its implementing decree is to be added when issued.
LEGAL_BASIS = "Luật Thi hành án dân sự số 106/2025/QH15"
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
            "implementing_body": "Thi hành án dân sự tỉnh Thanh Hóa", "position": position,
            "steps": f"Bước 1: Người yêu cầu nộp hồ sơ trực tiếp, qua bưu chính hoặc trực tuyến {PLACEHOLDER}\n"
                     f"Bước 2: Cơ quan thi hành án tiếp nhận, kiểm tra hồ sơ {PLACEHOLDER}\n"
                     f"Bước 3: Trả kết quả cho người yêu cầu {PLACEHOLDER}",
            "methods": f"Nộp trực tiếp tại trụ sở cơ quan thi hành án\nQua dịch vụ bưu chính\n"
                       f"Trực tuyến trên Cổng Dịch vụ công quốc gia {PLACEHOLDER}",
            "applicants": f"Cá nhân, cơ quan, tổ chức {PLACEHOLDER}",
            "required_documents": "\n".join(f"{line} {PLACEHOLDER}" for line in papers.splitlines()),
            "requirements": f"Không {PLACEHOLDER}",
            "result": f"Văn bản trả lời hoặc quyết định của cơ quan thi hành án {PLACEHOLDER}",
            "time_limit": time_limit, "fees": "Không (nội dung mẫu)", "legal_basis": LEGAL_BASIS,
            # Left empty: the procedure's own page on the national portal is to be found and pasted.
        })
        created += made
    if stdout and created:
        stdout.write(f"procedures: {created} created")
