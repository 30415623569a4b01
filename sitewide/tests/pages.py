"""The public pages every site-wide check (accessibility, HTML, phones) visits."""

SEED_ARTICLE = "/tin-tuc/2023/04/03/dong-chi-bi-thu-dang-uy-cuc-truong-lam-viec-voi-bch-chi-doan-thanh-nien-cuc/"

# name -> path, on top of seed_demo's content.
PUBLIC_PAGES = {
    "home": "/",
    "latest": "/tin-tuc/",
    "year": "/tin-tuc/2023/",
    "month": "/tin-tuc/2023/04/",
    "day": "/tin-tuc/2023/04/03/",
    "empty-day": "/tin-tuc/2023/04/04/",
    "article": SEED_ARTICLE,
    "category": "/chuyen-muc/hoat-dong-doan-the/",
    "not-found": "/khong-co-trang-nay/",
    "search": "/tim-kiem/?q=dang+uy",
    "contact": "/lien-he/",
    "print": SEED_ARTICLE + "in/",
    "site-map": "/so-do-trang/",
    "intro": "/gioi-thieu/",
    "leaders": "/gioi-thieu/lanh-dao/",
    "notices": "/thong-bao/",
    "notice": "/thong-bao/thong-bao-lua-chon-to-chuc-dau-gia-tai-san-vi-du/",
    "register": "/thong-tin-thi-hanh-an/chua-co-dieu-kien/?q=nguyen+van+a",
    "organisation-chart": "/gioi-thieu/co-cau-to-chuc/",
    "documents": "/van-ban/?q=thi+hanh+an&nam=2023",
    "document": "/van-ban/123-qd-cthads/",
    "schedule": "/lich-cong-tac/",
    "schedule-print": "/lich-cong-tac/in/",
    "procedures": "/thu-tuc-hanh-chinh/?linh_vuc=thi-hanh-an-dan-su",
    "procedure": "/thu-tuc-hanh-chinh/thu-tuc-yeu-cau-thi-hanh-an/",
    "legal-bases": "/co-so-phap-ly/",
    "privacy": "/bao-ve-du-lieu-ca-nhan/",
}


def admin_pages():
    """Return {name: (user, path)}: the admin pages a writer, an approver and a leader use.

    Built on top of seed_demo's content: a writer's draft edited twice (so it has versions
    to compare) and submitted for review, a meeting and a task of the seed.
    """
    from django.urls import reverse

    from core.testing.factories import make_user as make_staff
    from news import roles, workflow
    from news.tests.factories import make_article
    from youth.models import Meeting, Task
    from youth.tests.factories import make_work_user

    writer = make_staff(roles.WRITER, username="phongvien-kiemtra", first_name="Tuấn", last_name="Linh")
    approver = make_staff(roles.APPROVER, username="lanhdao-kiemtra")
    leader = make_work_user(leader=True, username="lanhdao-cong-viec")
    leader.is_staff = True
    leader.save()

    draft = make_article(status="draft", author=writer, title="Bản tin nháp để kiểm tra",
                         byline="Tin bài: Tuấn Linh, Phó Bí thư Chi đoàn")
    for body in ("<p>Đoạn một.</p>", "<p>Đoạn một.</p><p>Đoạn hai.</p>"):
        draft.body = body
        workflow.save_article(article=draft, by=writer, base_revision=draft.revision)
    pending = make_article(status="draft", author=writer, title="Bản tin chờ duyệt")
    workflow.submit_article(article=pending, by=writer)
    first, last = draft.history.order_by("history_id")[0], draft.history.order_by("history_id").last()
    meeting, task = Meeting.objects.order_by("pk").first(), Task.objects.order_by("pk").first()

    def change(model, pk):
        return reverse(f"admin:{model}_change", args=[pk])

    return {
        "writer-article-list": (writer, reverse("admin:news_article_changelist")),
        "writer-article-add": (writer, reverse("admin:news_article_add")),
        "writer-article-change": (writer, change("news_article", draft.pk)),
        "writer-article-versions": (writer, reverse("admin:news_article_versions", args=[draft.pk])),
        "writer-article-compare": (writer, reverse("admin:news_article_compare", args=[draft.pk])
                                   + f"?a={first.history_id}&b={last.history_id}"),
        "writer-article-history": (writer, reverse("admin:news_article_history", args=[draft.pk])),
        "approver-article-list": (approver, reverse("admin:news_article_changelist") + "?status__exact=pending"),
        "approver-article-change": (approver, change("news_article", pending.pk)),
        "leader-meeting-add": (leader, reverse("admin:youth_meeting_add")),
        "leader-meeting-change": (leader, change("youth_meeting", meeting.pk)),
        "leader-task-add": (leader, reverse("admin:youth_task_add")),
        "leader-task-change": (leader, change("youth_task", task.pk)),
    }
