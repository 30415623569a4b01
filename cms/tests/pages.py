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
    "organisation-chart": "/gioi-thieu/co-cau-to-chuc/",
    "documents": "/van-ban/?q=thi+hanh+an&nam=2023",
    "document": "/van-ban/123-qd-cthads/",
    "schedule": "/lich-cong-tac/",
    "schedule-print": "/lich-cong-tac/in/",
    "procedures": "/thu-tuc-hanh-chinh/?linh_vuc=thi-hanh-an-dan-su",
    "procedure": "/thu-tuc-hanh-chinh/thu-tuc-yeu-cau-thi-hanh-an/",
}
