"""Control and bidi characters: feeds, the iCal, the sitemap and the .xlsx stay whole; forms refuse them.

One control character typed by a citizen or pasted from Word used to answer 500 to every
reader of a feed; a unit named "\x01=1+1" came out of the tasks .xlsx as a live formula;
a name holding U+202E read backwards. core.exportsafe.export_text cleans every output
(through core.syndication.feeds.CleanFeed and core.syndication.calendars.CleanEvent), core.admin.plaintext and
core.validators.PlainTextFormMixin refuse the characters on input.
"""

import datetime
import io
import xml.etree.ElementTree as ET

import feedparser
import icalendar
import pytest
from django import forms
from django.contrib.admin.sites import site
from django.contrib.syndication.views import Feed
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from core.exportsafe import export_text
from core.richtext import RichTextField
from core.syndication.feeds import CleanFeed, CleanRssFeed
from core.testing.sitemap_reader import sitemap_text
from core.validators import reject_bidi_controls, reject_control_characters, reject_line_breaks_and_controls
from documents.tests.factories import make_document
from feedback.models import Field, Submission
from feedback.tests.factories import form_data, make_answer
from news.tests.factories import make_article
from notices.models import Notice
from notices.tests.factories import make_notice
from organisation.tests.factories import make_unit
from schedule.tests.factories import make_entry
from youth.tests.factories import days, make_task, make_work_user

pytestmark = pytest.mark.django_db

RLO = "\u202e"


def parsed_feed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return feed


def words(text):
    return " ".join(text.split())


def test_export_text_drops_bidi_controls_and_keeps_the_letters():
    assert export_text(f"Nguy{RLO}ễn\u2066 Văn\u2069 A\u200f\u061c") == "Nguyễn Văn A"
    assert export_text("Dòng 1\x0bDòng\x01 2\x0c") == "Dòng 1\nDòng 2\n"  # Word's line and page breaks


def test_a_question_with_a_vertical_tab_keeps_the_answers_feed_up(client, site_settings):
    make_answer(title="Hỏi về\x0b thủ tục\x01", content="Nội dung\x0b câu hỏi")
    feed = parsed_feed(client, "/hoi-dap/rss/")
    assert words(feed.entries[0].title) == "Hỏi về thủ tục"
    assert words(feed.entries[0].summary) == "Nội dung câu hỏi"


def test_notice_feeds_survive_a_control_character(client):
    make_notice(title="Đấu giá\x0b nhà", body="<p>Nhà\x01 cấp 4</p>")
    assert words(parsed_feed(client, reverse("notices:feed")).entries[0].title) == "Đấu giá nhà"
    kind_feed = parsed_feed(client, reverse("notices:kind_feed", args=[Notice.Kind.AUCTION_SELECTION]))
    assert words(kind_feed.entries[0].summary) == "Nhà cấp 4"


def test_the_documents_feed_survives_a_word_pasted_vertical_tab(client, site_settings):
    make_document(number="1/TB-CTHADS", summary="Lịch tiếp\x0b công dân")
    assert words(parsed_feed(client, "/van-ban/rss/").entries[0].summary) == "Lịch tiếp công dân"


def test_the_news_feed_survives_a_control_character(client, site_settings):
    make_article(title=f"Tin\x0b mới{RLO}", summary="Tóm\x01 tắt")
    entry = parsed_feed(client, reverse("news:feed")).entries[0]
    assert (words(entry.title), entry.summary) == ("Tin mới", "Tóm tắt")


def test_every_feed_of_the_portal_writes_through_the_cleaner():
    import config.urls  # noqa: F401  (imports every app's feeds)

    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    feeds = [cls for cls in subclasses(Feed) if cls.__module__.split(".")[0] != "django"]
    assert len(feeds) >= 5
    for cls in feeds:
        assert issubclass(cls, CleanFeed) and issubclass(cls.feed_type, CleanRssFeed), cls


def test_the_sitemap_stays_valid_xml_with_control_characters_in_titles(client, site_settings):
    make_answer(title="Hỏi\x0b đáp")
    make_notice(title="Thông\x0b báo")
    make_document(number="2/TB\x0b", summary="x")
    for part in sitemap_text(client).split("<?xml")[1:]:
        ET.fromstring(("<?xml" + part).encode())


def test_the_schedule_ical_survives_control_and_bidi_characters(client):
    start = timezone.make_aware(datetime.datetime.combine(timezone.localdate(), datetime.time(9, 0)))
    make_entry(starts_at=start, content=f"Giao ban\x01 tuần{RLO}\x0bdòng hai", place="Phòng\x01 họp",
               participants="Lãnh\x1f đạo")
    response = client.get("/lich-cong-tac/lich.ics")
    assert response.status_code == 200
    assert b"\x0b" not in response.content and b"\x01" not in response.content
    assert RLO.encode() not in response.content
    event = icalendar.Calendar.from_ical(response.content).walk("VEVENT")[0]
    assert str(event["summary"]) == "Giao ban tuần" and str(event["location"]) == "Phòng họp"
    assert "Giao ban tuần\ndòng hai" in str(event["description"])


@pytest.mark.parametrize("name", ["\x01=1+1", " =HYPERLINK(\"http://evil.example\",\"Bấm\")", "\u202e@SUM(A1)",
                                  "\t+1", " \x0b-2+3"])
def test_a_unit_name_like_a_formula_is_a_text_cell_in_the_tasks_xlsx(client, name):
    leader = make_work_user(leader=True)
    make_task(title="Việc", lead_unit=make_unit(name=name), deadline=days(3))
    client.force_login(leader)
    sheet = load_workbook(io.BytesIO(client.get(reverse("youth:tasks_xlsx")).content)).active
    cell = sheet.cell(row=5, column=6)  # the lead, under the title rows and the header
    assert cell.value == export_text(name)
    assert cell.data_type == "s" and cell.quotePrefix


def test_an_admin_title_with_a_vertical_tab_is_refused_not_saved(admin_client):
    response = admin_client.post("/admin/feedback/field/add/", {"name": "Đất\x0b đai", "position": "1"})
    assert response.status_code == 200
    assert "Nội dung có ký tự điều khiển không hợp lệ (mã 11)" in response.content.decode()
    assert "Đất\x0b đai" in response.content.decode()  # what was typed is still there
    assert not Field.objects.exists()


def test_an_admin_name_with_a_right_to_left_override_is_refused(admin_client):
    response = admin_client.post("/admin/feedback/field/add/", {"name": f"Đất đai{RLO}cba", "position": "1"})
    assert response.status_code == 200
    assert "đổi chiều viết của chữ (U+202E)" in response.content.decode()
    assert not Field.objects.exists()
    response = admin_client.post("/admin/feedback/field/add/", {"name": "Đất đai", "position": "1"})
    assert response.status_code == 302 and Field.objects.get().name == "Đất đai"


def _text_fields(form_class):
    for name, field in form_class.base_fields.items():
        if not isinstance(field, forms.CharField) or isinstance(field, forms.JSONField):
            continue
        yield name, field


def test_every_admin_form_checks_its_plain_text_fields(admin_user):
    request = RequestFactory().get("/admin/")
    request.user = admin_user
    checked = 0
    for model, model_admin in site._registry.items():
        form_classes = [model_admin.get_form(request)]
        form_classes += [inline.get_formset(request).form for inline in model_admin.get_inline_instances(request)]
        for form_class in form_classes:
            model_fields = {f.name: f for f in form_class._meta.model._meta.get_fields()}
            for name, field in _text_fields(form_class):
                if isinstance(model_fields.get(name), RichTextField) or name not in model_fields:
                    continue
                one_line = reject_line_breaks_and_controls in field.validators
                assert one_line or reject_control_characters in field.validators, (model, name)
                assert not one_line or reject_bidi_controls in field.validators, (model, name)
                checked += 1
    assert checked > 50


def test_a_public_question_with_a_vertical_tab_is_refused_keeping_what_was_typed(client, site_settings):
    response = client.post("/hoi-dap/gui-cau-hoi/", form_data(title="Thủ tục\x0b nhận tiền",
                                                               content="Tôi hỏi\x0b về thủ tục"))
    assert response.status_code == 400
    page = response.content.decode()
    assert "mã 11" in page and "Tôi hỏi" in page and "Thủ tục" in page
    assert not Submission.objects.exists()
    assert client.get("/hoi-dap/rss/").status_code == 200


def test_a_public_name_with_a_right_to_left_override_is_refused(client, site_settings):
    response = client.post("/hoi-dap/gui-cau-hoi/", form_data(name=f"Trần Thị {RLO}hcíB"))
    assert response.status_code == 400
    assert "U+202E" in response.content.decode()
    assert not Submission.objects.exists()


def test_line_breaks_stay_allowed_in_a_public_question(client, site_settings):
    response = client.post("/hoi-dap/gui-cau-hoi/", form_data(content="Dòng 1\r\nDòng 2\tcột"))
    assert response.status_code == 302
    assert Submission.objects.get().content.startswith("Dòng 1")
