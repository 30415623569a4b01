"""Enforcement notices: filters, folded search, deadline badges, prices, feeds, sitemap, private drafts."""

import datetime

import feedparser
import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from core.testing.sitemap_reader import sitemap_text
from notices.models import Notice, NoticeAttachment
from notices.tests.factories import make_notice, make_office

pytestmark = pytest.mark.django_db
PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def titles(response):
    return [notice.title for notice in response.context["object_list"]]


def test_list_filters_by_kind_office_and_deadline(client):
    today = timezone.localdate()
    office = make_office()
    make_notice(title="Chọn tổ chức đấu giá nhà", office=office, deadline=today + datetime.timedelta(days=3))
    make_notice(title="Nhận tiền bà Lan", kind=Notice.Kind.RECEIVE, deadline=today - datetime.timedelta(days=1))
    make_notice(title="Bản nháp", is_published=False)
    url = reverse("notices:list")
    assert sorted(titles(client.get(url))) == ["Chọn tổ chức đấu giá nhà", "Nhận tiền bà Lan"]
    assert titles(client.get(url, {"loai": Notice.Kind.RECEIVE})) == ["Nhận tiền bà Lan"]
    assert titles(client.get(url, {"don_vi": office.pk})) == ["Chọn tổ chức đấu giá nhà"]
    assert titles(client.get(url, {"trang_thai": "con-han"})) == ["Chọn tổ chức đấu giá nhà"]
    assert titles(client.get(url, {"trang_thai": "het-han"})) == ["Nhận tiền bà Lan"]


def test_search_without_diacritics(client):
    make_notice(title="Thông báo đấu giá quyền sử dụng đất", asset="Thửa đất số 12, xã Đông Hòa")
    make_notice(title="Thông báo nhận tiền")
    url = reverse("notices:list")
    assert titles(client.get(url, {"q": "dong hoa"})) == ["Thông báo đấu giá quyền sử dụng đất"]
    assert titles(client.get(url, {"q": "dau gia quyen su dung dat"})) == ["Thông báo đấu giá quyền sử dụng đất"]


def test_bad_filter_answers_400_with_the_form(client):
    response = client.get(reverse("notices:list"), {"loai": "khong-co", "don_vi": "abc"})
    assert response.status_code == 400
    assert "field-error" in response.content.decode()


def test_detail_shows_price_deadline_badge_and_metadata(client):
    notice = make_notice(title="Đấu giá xe ô tô", starting_price=1_250_000_000,
                         deadline=timezone.localdate() + datetime.timedelta(days=4), deadline_note="Hạn nộp hồ sơ")
    page = client.get(notice.get_absolute_url()).content.decode()
    assert "1.250.000.000 đồng" in page
    assert "Hạn nộp hồ sơ" in page and "còn 4 ngày" in page
    assert '<meta name="DC.title" content="Đấu giá xe ô tô">' in page


@pytest.mark.parametrize(("days", "label"), [(0, "hôm nay là hạn cuối"), (-2, "đã hết hạn"), (1, "còn 1 ngày")])
def test_deadline_badges(client, days, label):
    notice = make_notice(deadline=timezone.localdate() + datetime.timedelta(days=days))
    assert label in client.get(notice.get_absolute_url()).content.decode()


def test_unpublished_notice_and_its_file_are_not_public(client, admin_client):
    notice = make_notice(is_published=False)
    item = NoticeAttachment.objects.create(notice=notice, file=SimpleUploadedFile("tb.pdf", PDF_BYTES))
    assert client.get(notice.get_absolute_url()).status_code == 404
    assert client.get(item.get_absolute_url()).status_code == 404
    assert admin_client.get(item.get_absolute_url()).status_code == 200
    notice.is_published = True
    notice.save()
    response = client.get(item.get_absolute_url())
    assert response.status_code == 200 and b"".join(response.streaming_content) == PDF_BYTES
    assert response["Content-Type"] == "application/pdf"
    assert "/media/" not in item.file.path


def test_attachment_must_be_a_pdf_by_content():
    notice = make_notice()
    disguised = SimpleUploadedFile("thong-bao.pdf", b"<html><script>alert(1)</script></html>")
    with pytest.raises(ValidationError):
        NoticeAttachment(notice=notice, file=disguised).full_clean()
    with pytest.raises(ValidationError):
        NoticeAttachment.objects.create(notice=notice, file=SimpleUploadedFile("a.pdf", b"PK\x03\x04zip"))
    assert not NoticeAttachment.objects.exists()


def test_feeds_per_kind_parse_and_hold_plain_text(client):
    make_notice(title="Đấu giá nhà", body="<p>Nhà <b>cấp 4</b></p><img src=x onerror=alert(1)>")
    make_notice(title="Nhận tiền", kind=Notice.Kind.RECEIVE)
    everything = feedparser.parse(client.get(reverse("notices:feed")).content)
    assert everything.bozo == 0 and {e.title for e in everything.entries} == {"Đấu giá nhà", "Nhận tiền"}
    receive = feedparser.parse(client.get(reverse("notices:kind_feed", args=[Notice.Kind.RECEIVE])).content)
    assert [e.title for e in receive.entries] == ["Nhận tiền"]
    auction = feedparser.parse(client.get(reverse("notices:kind_feed", args=[Notice.Kind.AUCTION_SELECTION])).content)
    assert auction.entries[0].summary == "Nhà cấp 4"
    assert client.get("/thong-bao/loai/khong-co/rss/").status_code == 404


def test_published_notices_are_in_the_sitemap(client):
    public = make_notice(title="Công khai")
    draft = make_notice(title="Nháp", is_published=False)
    sitemap = sitemap_text(client)
    assert public.get_absolute_url() in sitemap
    assert draft.get_absolute_url() not in sitemap


def test_home_lists_the_latest_notices(client):
    make_notice(title="Thông báo mới trên trang chủ")
    assert "Thông báo mới trên trang chủ" in client.get("/").content.decode()


def test_price_format_groups_thousands():
    from notices.templatetags.notices import vnd

    assert vnd(480000000) == "480.000.000 đồng"
    assert vnd(None) == ""


def test_admin_change_page_of_a_notice_with_a_file_links_to_the_checked_download(admin_client):
    notice = make_notice(is_published=False)
    item = NoticeAttachment.objects.create(notice=notice, file=SimpleUploadedFile("tb.pdf", PDF_BYTES))
    page = admin_client.get(reverse("admin:notices_notice_change", args=[notice.pk]))
    assert page.status_code == 200
    assert f'href="{item.get_absolute_url()}"' in page.content.decode()
