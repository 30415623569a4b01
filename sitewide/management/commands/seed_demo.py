"""Load the demo content: agency identity, THADS categories, the seed articles, an admin."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from cms.demo import seed_pages
from cms.models import SiteSettings
from documents.demo import seed_documents_demo
from feedback.demo import seed_feedback_demo
from news.demo import seed_role_accounts
from news.models import Category
from notices.demo import seed_notices
from procedures.demo import seed_procedures_demo
from schedule.demo import seed_schedule_demo
from sitewide.demo_en import seed_english
from sitewide.roles import seed_section_roles
from youth.demo import seed_youth_demo

AGENCY = {
    # Today's name; the directory (organisation.demo) keeps the former one with its dates.
    "agency_name": "Thi hành án dân sự tỉnh Thanh Hóa",
    "parent_agency": "Bộ Tư pháp",
    "short_name": "THADS tỉnh Thanh Hóa",
    "address": "Địa chỉ trụ sở (nội dung mẫu, cần cập nhật), TP. Thanh Hóa, tỉnh Thanh Hóa",
    "phone": "0237 000 0000 (số mẫu)",
    "email": "thads.thanhhoa@example.vn",  # example.vn: a reserved demo domain, flagged as a placeholder
    "responsible_person": "Họ và tên, chức vụ (nội dung mẫu, cần cập nhật)",
}

# The news lists of THADS provincial sites, in menu order.
CATEGORIES = [
    ("Hoạt động của Cục", "hoat-dong-cua-cuc"),
    ("Hoạt động của các Chi cục", "hoat-dong-cua-cac-chi-cuc"),
    ("Hoạt động đoàn thể", "hoat-dong-doan-the"),
    ("Thông tin khác", "thong-tin-khac"),
    ("Tin thông báo", "thong-bao"),  # "Thông báo" alone names the notices section
]


class Command(BaseCommand):
    help = "Create the demo content. Safe to run again: it adds only what is missing."

    def handle(self, *args, **options):
        with transaction.atomic():
            if not SiteSettings.objects.exists():
                SiteSettings(**AGENCY).save()
                self.stdout.write("site settings: created")
            for position, (name, slug) in enumerate(CATEGORIES):
                _category, created = Category.objects.get_or_create(
                    slug=slug, defaults={"name": name, "position": position}
                )
                if created:
                    self.stdout.write(f"category: {name}")
        call_command("import_articles", settings.BASE_DIR / "seeds", category="hoat-dong-doan-the",
                     stdout=self.stdout)
        seed_youth_demo(stdout=self.stdout)
        seed_notices(stdout=self.stdout)
        seed_documents_demo(stdout=self.stdout)
        seed_schedule_demo(stdout=self.stdout)
        seed_procedures_demo(stdout=self.stdout)
        seed_pages(stdout=self.stdout)
        seed_english(stdout=self.stdout)
        seed_feedback_demo(stdout=self.stdout)
        self.ensure_admin()
        seed_role_accounts(stdout=self.stdout)
        seed_section_roles(stdout=self.stdout)

    def ensure_admin(self):
        """Create an 'admin' superuser with a random password when there is no superuser."""
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser("admin", "admin@example.vn", password)
        self.stdout.write(self.style.WARNING(
            f"Superuser created: admin / {password}  (shown once: note it now)"
        ))
