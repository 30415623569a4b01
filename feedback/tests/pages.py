"""The new pages of issue 15 (questions and feedback, English pages), on top of seed_demo's content."""

FEEDBACK_PAGES = {
    "answers": "/hoi-dap/",
    "answers-search": "/hoi-dap/?q=nhan+tien&linh_vuc=nhan-tien-tai-san",
    "answers-bad-filter": "/hoi-dap/?linh_vuc=khong-co",
    "submit": "/hoi-dap/gui-cau-hoi/",
    "track": "/hoi-dap/tra-cuu/",
    "track-unknown": "/hoi-dap/tra-cuu/?ma=HD-2026-ZZZZZZ",
    "track-malformed": "/hoi-dap/tra-cuu/?ma=abc",
}

ENGLISH_PAGES = {
    "en-home": "/en/",
    "en-intro": "/en/introduction/",
    "en-functions": "/en/introduction/functions-and-duties/",
    "en-organisation": "/en/introduction/organisation/",
    "en-leaders": "/en/introduction/leaders/",
    "en-contact": "/en/contact/",
    "en-about": "/en/about-civil-judgment-enforcement/",
}

NEW_PAGES = {**FEEDBACK_PAGES, **ENGLISH_PAGES}


def first_answer_url():
    """Return the address of a published example answer (seed_demo makes three)."""
    from feedback.models import Submission

    return Submission.objects.published().first().get_absolute_url()
