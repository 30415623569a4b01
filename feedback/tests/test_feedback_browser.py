"""In a real browser on a phone: submit → track → staff reply → published answer; axe on the new pages."""

import re

import pytest

from core.testing.checks import PHONE, axe_violations, log_in_context, phone_problems
from feedback.models import Submission
from feedback.tests.pages import NEW_PAGES, first_answer_url
from organisation.tests.factories import make_unit

pytestmark = [pytest.mark.browser]


def new_phone_page(chromium, live_server):
    """Return a phone-sized tab (375×812, touch) into which axe-core may be injected."""
    context = chromium.new_context(base_url=live_server.url, viewport=PHONE, is_mobile=True, has_touch=True,
                                   locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh", bypass_csp=True)
    context.set_default_timeout(15_000)
    return context.new_page()


@pytest.fixture
def handler(transactional_db, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("tiepdan", password="mat-khau-dai-123", is_staff=True)
    user.user_permissions.set(Permission.objects.filter(content_type__app_label="feedback"))
    return user


def test_a_citizen_asks_follows_and_reads_the_published_answer_on_a_phone(chromium, live_server, demo_content,
                                                                          handler):
    unit = make_unit(name="Tổ tiếp công dân (thử nghiệm)")
    phone = new_phone_page(chromium, live_server)
    phone.goto("/hoi-dap/gui-cau-hoi/")
    assert phone_problems(phone) == []

    # First try: no e-mail or phone, consent forgotten; the text typed survives the refusal.
    phone.check("input[name=kind][value=question]")
    phone.fill("#id_name", "Nguyễn Văn Thử")
    phone.select_option("#id_field", label="Nhận tiền, tài sản thi hành án")
    phone.fill("#id_title", "Hỏi về thời hạn nhận tiền")
    phone.fill("#id_content", "Tôi được báo nhận tiền thi hành án. Sau bao lâu thì tôi phải đến nhận?")
    phone.click("button[type=submit] >> text=Gửi")
    assert "Câu hỏi chưa được gửi" in phone.inner_text(".fb-errors")
    assert phone.input_value("#id_content").startswith("Tôi được báo nhận tiền")
    assert phone_problems(phone) == []
    assert axe_violations(phone) == []

    phone.fill("#id_email", "thu.nguyen@example.vn")
    phone.check("#id_consent")
    phone.click("button[type=submit] >> text=Gửi")
    phone.wait_for_url("**/hoi-dap/da-gui/")
    code = phone.inner_text("#tracking-code").strip()
    assert re.fullmatch(r"HD-\d{4}-[2-9A-HJKMNP-Z]{6}", code)

    phone.click("text=Tra cứu kết quả >> nth=0")
    phone.wait_for_url("**/hoi-dap/tra-cuu/?ma=*")
    assert "Đã tiếp nhận" in phone.inner_text("main")
    assert "thu.nguyen@example.vn" not in phone.content()

    # Staff assign, reply and approve in the admin (desktop).
    desk = chromium.new_context(base_url=live_server.url, locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh")
    log_in_context(desk, live_server, handler)
    admin = desk.new_page()
    submission = Submission.objects.get(code=code)
    admin.goto(f"/admin/feedback/submission/{submission.pk}/change/")
    admin.select_option("#id_unit", label=unit.name)
    admin.wait_for_function("() => window.CKEDITOR?.instances.id_answer?.status === 'ready'")
    admin.evaluate("() => CKEDITOR.instances.id_answer.setData("
                   "'<p>Ông/bà đến nhận trong thời hạn được ghi trong giấy báo.</p>')")
    admin.click("input[name=_approve]")
    admin.wait_for_url(re.compile(r"/admin/feedback/submission/(\?.*)?$"))
    desk.close()
    submission.refresh_from_db()
    assert submission.status == Submission.Status.ANSWERED and submission.unit == unit
    assert list(submission.steps.values_list("action", flat=True)) == [
        "received", "assigned", "replied", "approved", "published"]

    # Back on the phone: the status, then the public answer without the asker's name.
    phone.goto(f"/hoi-dap/tra-cuu/?ma={code}")
    assert "Đã trả lời" in phone.inner_text("main")
    phone.click("text=Câu trả lời đã đăng")
    assert "Ông/bà đến nhận trong thời hạn được ghi trong giấy báo." in phone.inner_text("main")
    assert "Nguyễn Văn Thử" not in phone.content()
    phone.goto("/hoi-dap/?q=thoi+han+nhan+tien")
    assert "Hỏi về thời hạn nhận tiền" in phone.inner_text("main")
    assert phone_problems(phone) == []
    phone.context.close()


@pytest.mark.parametrize("name", list(NEW_PAGES))
def test_no_serious_axe_violation_on_the_new_pages(page, demo_content, name):
    page.goto(NEW_PAGES[name])
    assert axe_violations(page) == []


def test_no_serious_axe_violation_on_an_answer(page, demo_content):
    page.goto(first_answer_url())
    assert axe_violations(page) == []


@pytest.mark.parametrize("name", ["submit", "track", "answers", "en-home", "en-leaders", "en-contact"])
def test_the_new_pages_fit_a_phone(chromium, live_server, demo_content, name):
    phone = new_phone_page(chromium, live_server)
    phone.goto(NEW_PAGES[name])
    assert phone_problems(phone) == []
    phone.context.close()


def test_the_language_switch_goes_back_and_forth_on_a_phone(chromium, live_server, demo_content):
    phone = new_phone_page(chromium, live_server)
    phone.goto("/gioi-thieu/lanh-dao/")
    phone.click("a.lang-switch")
    phone.wait_for_url("**/en/introduction/leaders/")
    assert phone.get_attribute("html", "lang") == "en"
    phone.click("a.lang-switch")
    phone.wait_for_url("**/gioi-thieu/lanh-dao/")
    assert phone.get_attribute("html", "lang") == "vi"
    phone.context.close()
