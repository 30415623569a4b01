"""The legal bases the portal cites, as researched in December 2026 (sources and what is unconfirmed: docs/legal.md).

An article is named only where its text was found; a date is left empty where it was not confirmed.
"""

import datetime

from django.db import migrations

D = datetime.date
QH, CP, BTP, BTTTT = "Quốc hội", "Chính phủ", "Bộ Tư pháp", "Bộ Thông tin và Truyền thông"

BASES = [
    # The register of debtors without conditions to satisfy the judgment.
    dict(topic="debtor_register", kind="law", order=1, title="Luật Thi hành án dân sự", number="26/2008/QH12",
         articles="Điều 44a", issuing_body=QH, in_force_from=D(2015, 7, 1), in_force_to=D(2026, 6, 30),
         note="Điều 44a được bổ sung bởi Luật số 64/2014/QH13 sửa đổi, bổ sung một số điều của Luật Thi hành án "
              "dân sự."),
    dict(topic="debtor_register", kind="circular", order=2, title="Thông tư", number="04/2023/TT-BTP",
         issuing_body=BTP, in_force_to=D(2026, 6, 30), deadline_days=3, deadline_in_working_days=True,
         note="Thông tin thay đổi được cập nhật trong thời hạn 03 ngày làm việc."),
    dict(topic="debtor_register", kind="law", order=1, title="Luật Thi hành án dân sự", number="106/2025/QH15",
         issuing_body=QH, in_force_from=D(2026, 7, 1)),
    # Civil judgment enforcement in general.
    dict(topic="enforcement", kind="law", order=1, title="Luật Thi hành án dân sự", number="26/2008/QH12",
         issuing_body=QH, in_force_from=D(2009, 7, 1), in_force_to=D(2026, 6, 30),
         note="Sửa đổi, bổ sung bởi Luật số 64/2014/QH13."),
    dict(topic="enforcement", kind="law", order=1, title="Luật Thi hành án dân sự", number="106/2025/QH15",
         issuing_body=QH, in_force_from=D(2026, 7, 1)),
    # Personal data.
    dict(topic="personal_data", kind="decree", order=1, title="Nghị định", number="13/2023/NĐ-CP",
         subject="về bảo vệ dữ liệu cá nhân", issuing_body=CP, in_force_from=D(2023, 7, 1),
         in_force_to=D(2025, 12, 31), deadline_days=3, deadline_in_working_days=False,
         note="Yêu cầu của chủ thể dữ liệu được thực hiện trong 72 giờ."),
    dict(topic="personal_data", kind="law", order=1, title="Luật Bảo vệ dữ liệu cá nhân", number="91/2025/QH15",
         articles="Điều 4", issuing_body=QH, in_force_from=D(2026, 1, 1),
         source_url="https://thuviennhadat.vn/vbpl/luat-bao-ve-du-lieu-ca-nhan-2025-so-91-2025-qh15-625628.html",
         note="Điều 4: quyền và nghĩa vụ của chủ thể dữ liệu cá nhân."),
    dict(topic="personal_data", kind="decree", order=2, title="Nghị định", number="356/2025/NĐ-CP",
         subject="quy định chi tiết một số điều và biện pháp thi hành Luật Bảo vệ dữ liệu cá nhân", issuing_body=CP,
         in_force_from=D(2026, 1, 1), deadline_days=2, deadline_in_working_days=True,
         source_url="https://wincolaw.com.vn/vi/nghi-dinh-356-2025-nd-cp-ngay-31-12-2025-huong-dan-luat-bao-ve-du-lieu-"
                    "ca-nhan.html",
         note="Thay thế Nghị định số 13/2023/NĐ-CP; yêu cầu của chủ thể dữ liệu được phản hồi trong 02 ngày làm việc."),
    # The portal.
    dict(topic="portal", kind="decree", order=1, title="Nghị định", number="42/2022/NĐ-CP",
         subject="quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi "
                 "trường mạng", issuing_body=CP, in_force_from=D(2022, 8, 15),
         source_url="https://vietjack.me/phap-luat/nghi-dinh-42-2022-nd-cp-1772.html"),
    dict(topic="portal", kind="circular", order=2, title="Thông tư", number="22/2023/TT-BTTTT", issuing_body=BTTTT),
    # Data sharing and open data.
    dict(topic="open_data", kind="decree", order=1, title="Nghị định", number="47/2024/NĐ-CP",
         subject="quy định về danh mục cơ sở dữ liệu quốc gia; việc xây dựng, cập nhật, duy trì, khai thác và sử dụng "
                 "cơ sở dữ liệu quốc gia", issuing_body=CP, in_force_to=D(2025, 8, 18),
         note="Bãi bỏ bởi Điều 40 Nghị định số 194/2025/NĐ-CP."),
    dict(topic="open_data", kind="decree", order=1, title="Nghị định", number="194/2025/NĐ-CP",
         articles="Điều 16",
         subject="quy định chi tiết một số điều của Luật Giao dịch điện tử về cơ sở dữ liệu quốc gia, kết nối và chia "
                 "sẻ dữ liệu, dữ liệu mở phục vụ giao dịch điện tử của cơ quan nhà nước", issuing_body=CP,
         in_force_from=D(2025, 8, 19),
         source_url="https://hethongphapluat.com/nghi-dinh-194-2025-nd-cp-huong-dan-luat-giao-dich-dien-tu-ve-co-so-du-"
                    "lieu-quoc-gia-ket-noi-va-chia-se-du-lieu-du-lieu-mo-phuc-vu-giao-dich-dien-tu-cua-co-quan-nha-"
                    "nuoc/chuong-3",
         note="Điều 16: dữ liệu sử dụng chung, dữ liệu mở trong cơ quan nhà nước mặc định được chia sẻ."),
]


def seed(apps, schema_editor):
    LegalBasis = apps.get_model("legal", "LegalBasis")
    for fields in BASES:
        fields = dict(fields)
        LegalBasis.objects.update_or_create(topic=fields.pop("topic"), number=fields.pop("number"), defaults=fields)


class Migration(migrations.Migration):
    dependencies = [("legal", "0001_legal_bases")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
