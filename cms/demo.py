"""Demo content for the introduction and contact pages: neutral placeholders that say so."""

from django.db import transaction

from cms.models import Page, SiteSettings

PLACEHOLDER = "<p><em>Nội dung mẫu (placeholder): cơ quan cần thay bằng nội dung chính thức.</em></p>"

PAGES = [
    # slug, title, parent slug, kind, body
    ("gioi-thieu", "Giới thiệu", None, Page.Kind.TEXT,
     "<p>Trang giới thiệu chung về Thi hành án dân sự tỉnh Thanh Hóa.</p>"),
    ("chuc-nang-nhiem-vu", "Chức năng, nhiệm vụ", "gioi-thieu", Page.Kind.TEXT,
     "<p>Chức năng, nhiệm vụ, quyền hạn của Thi hành án dân sự tỉnh theo quy định hiện hành.</p>"),
    ("co-cau-to-chuc", "Cơ cấu tổ chức", "gioi-thieu", Page.Kind.ORGANISATION,
     "<p>Lãnh đạo, Văn phòng, các phòng chuyên môn và các Phòng Thi hành án dân sự khu vực.</p>"),
    ("lanh-dao", "Lãnh đạo", "gioi-thieu", Page.Kind.LEADERS,
     "<p>Danh sách lãnh đạo Thi hành án dân sự tỉnh và lĩnh vực phụ trách.</p>"),
    ("lien-he", "Liên hệ", None, Page.Kind.TEXT,
     "<p>Tổ chức, công dân có thể liên hệ với Thi hành án dân sự tỉnh qua địa chỉ, điện thoại và thư điện tử "
     "dưới đây.</p>"),
]

CONTACT = {
    "contact_official": "Chánh Văn phòng (nội dung mẫu, cần cập nhật)",
    "map_url": "https://www.openstreetmap.org/search?query=Thanh%20H%C3%B3a",
}


@transaction.atomic
def seed_pages(*, stdout):
    """Create the introduction, its sub-pages and the contact page; add only what is missing.

    The leaders and the organisation chart come from the directory (organisation/demo.py).
    """
    for position, (slug, title, parent_slug, kind, body) in enumerate(PAGES):
        parent = Page.objects.get(slug=parent_slug) if parent_slug else None
        _page, created = Page.objects.get_or_create(slug=slug, defaults={
            "title": title, "parent": parent, "kind": kind, "position": position,
            "in_menu": slug != "lien-he", "body": body + PLACEHOLDER,
        })
        if created:
            stdout.write(f"page: {title}")
    site = SiteSettings.objects.filter(pk=1).first()
    if site is not None and not site.contact_official:
        fill_blank_settings(site, CONTACT)
        stdout.write("site settings: contact details (placeholders)")


def fill_blank_settings(site, values):
    """Give the site settings' empty fields the demo values (what an administrator typed stays)."""
    for field, value in values.items():
        setattr(site, field, getattr(site, field) or value)
    site.save()
