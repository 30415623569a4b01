"""Demo English versions of the key pages: neutral placeholders that say so, plus the short page
"About civil judgment enforcement in Viet Nam" (general, public facts only)."""

from django.db import transaction

from cms.demo import fill_blank_settings
from cms.models import Page, SiteSettings
from organisation.models import Person

PLACEHOLDER = "<p><em>Sample content (placeholder): the department should replace it with its official text.</em></p>"

ENGLISH = {
    # Vietnamese slug: (English title, English body)
    "gioi-thieu": ("Introduction", "<p>General information about Civil Judgment Enforcement of Thanh Hoa "
                   "Province (until 30 June 2025 the Department of Civil Judgment Enforcement).</p>"),
    "chuc-nang-nhiem-vu": ("Functions and duties", "<p>The department enforces the civil parts of court judgments "
                           "and decisions in Thanh Hoa province and directs the regional enforcement "
                           "offices.</p>"),
    "co-cau-to-chuc": ("Organisation", "<p>The department's leadership, its office, its specialised divisions and "
                       "the regional civil judgment enforcement offices.</p>"),
    "lanh-dao": ("Leaders", "<p>The department's leaders and the fields each is in charge of.</p>"),
    "lien-he": ("Contact", "<p>Organisations and citizens can reach the department at the address, phone number "
                "and e-mail below.</p>"),
}

ABOUT = {
    "slug": "thi-hanh-an-dan-su-o-viet-nam",
    "title": "Về thi hành án dân sự ở Việt Nam",
    "body": "<p>Giới thiệu ngắn về hệ thống thi hành án dân sự ở Việt Nam.</p>",
    "title_en": "About civil judgment enforcement in Viet Nam",
    "slug_en": "about-civil-judgment-enforcement",
    "body_en": (
        "<p>In Viet Nam, the civil parts of court judgments and decisions (payment of money, return of property, "
        "fines, court fees and similar obligations) are enforced by state civil judgment enforcement agencies, "
        "under the Law on Civil Judgment Enforcement. The system is managed by the Ministry of Justice.</p>"
        "<p>Each province has a provincial civil judgment enforcement agency, with sub-agencies in its districts. "
        "Enforcement officers (chấp hành viên) organise enforcement; a party entitled to a judgment may file a "
        "request for enforcement with the competent agency within the time limit set by law.</p>"
        "<p>Questions can be sent to the department through its question form (in Vietnamese).</p>"
    ),
    # In the English menu (every English page is), not in the Vietnamese one.
    "in_menu": False,
    "position": 50,
}

LEADERS_EN = {"Cục trưởng": "Director", "Phó Cục trưởng": "Deputy Director",
              "Trưởng Thi hành án dân sự tỉnh": "Head", "Phó Trưởng Thi hành án dân sự tỉnh": "Deputy Head"}
IDENTITY_EN = {
    "agency_name_en": "Civil Judgment Enforcement of Thanh Hoa Province",
    "parent_agency_en": "Ministry of Justice",
    "address_en": "Head office address (sample content, to be updated), Thanh Hoa City, Thanh Hoa Province",
}


@transaction.atomic
def seed_english(*, stdout):
    """Fill in the English versions that are still empty and add the "About" page; touch nothing edited."""
    for slug, (title_en, body_en) in ENGLISH.items():
        page = Page.objects.filter(slug=slug).first()
        if page is not None and not page.title_en:
            page.title_en, page.body_en = title_en, body_en + PLACEHOLDER
            page.save()
            stdout.write(f"page in English: {title_en}")
    if not Page.objects.filter(slug=ABOUT["slug"]).exists():
        Page.objects.create(**ABOUT)
        stdout.write(f"page: {ABOUT['title_en']}")
    for leader in Person.objects.agency_leaders().filter(position_en=""):
        if leader.position in LEADERS_EN:
            leader.position_en = LEADERS_EN[leader.position]
            leader.save(update_fields=["position_en"])
    site = SiteSettings.objects.filter(pk=1).first()
    if site is not None and not site.agency_name_en:
        fill_blank_settings(site, IDENTITY_EN)
        stdout.write("site settings: English identity (placeholders)")
