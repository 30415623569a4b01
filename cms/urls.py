from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps.views import index as sitemap_index
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from cms import readonly, uploads, views
from cms.pagecache import cache_public_page, page_number
from cms.sitemaps import EnglishPageSitemap, EntrySitemap, PageSitemap
from documents.sitemaps import DocumentSitemap
from feedback.sitemaps import AnswerSitemap
from news.sitemaps import ArticleSitemap, CategorySitemap, article_section
from news.views import HomeView
from notices.sitemaps import NoticeSitemap
from procedures.sitemaps import ProcedureSitemap

SITEMAPS = {
    "entries": EntrySitemap(["home", "news:latest", "news:site_map", "contact", "feedback:answers", "feedback:submit",
                             "documents:list", "schedule:week", "procedures:list"]),
    "pages": PageSitemap,
    "categories": CategorySitemap,
    "articles": ArticleSitemap,
    "pages-en": EnglishPageSitemap,
    "answers": AnswerSitemap,
    "notices": NoticeSitemap,
    "documents": DocumentSitemap,
    "procedures": ProcedureSitemap,
}

# Error pages that still render with a foreign Host header or a read-only database (cms/errors.py).
handler400 = "cms.errors.bad_request"
handler500 = "cms.errors.server_error"

urlpatterns = [
    path("", cache_public_page(HomeView.as_view()), name="home"),
    path("", include("news.urls")),
    path("bien-tap/tai-anh/", uploads.editor_upload, name="editor_upload"),
    path("cong-viec/", include("youth.urls")),
    path("", include("notices.urls")),
    path("van-ban/", include("documents.urls")),
    path("lich-cong-tac/", include("schedule.urls")),
    path("thu-tuc-hanh-chinh/", include("procedures.urls")),
    path("healthz", views.healthz, name="healthz"),
    # An index of sections (articles in pages of SITEMAP_SECTION_SIZE), cached like pages.
    path("sitemap.xml", cache_public_page(sitemap_index),
         {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"}, name="sitemap"),
    # The articles' sections, written directly (news.sitemaps.article_section); the others by Django.
    path("sitemap-articles.xml", cache_public_page(article_section, params={"p": page_number})),
    path("sitemap-<section>.xml", cache_public_page(sitemap, params={"p": page_number}), {"sitemaps": SITEMAPS},
         name="sitemap_section"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    # Before the admin's own: the same login, shown again with a 503 when the database only reads.
    path("admin/login/", readonly.staff_login),
    path("admin/", admin.site.urls),
    path("lien-he/", views.contact, name="contact"),
    path("hoi-dap/", include("feedback.urls")),
    path("en/", include("cms.urls_en")),
]

if settings.BENCH:
    # The floor `make bench` compares pages with: same middleware, no work.
    urlpatterns += [path("bench/floor", views.bench_floor, name="bench_floor")]

if settings.DEBUG or not settings.PRODUCTION:
    # Production serves media from the web server (docs/deploy.md).
    urlpatterns += [path("media/<path:path>", views.media, name="media")]

# Editable pages take the first path segments no app uses (see cms.models.RESERVED_SLUGS): keep them last.
urlpatterns += [
    path("<slug:slug>/", views.page, name="page"),
    path("<slug:parent>/<slug:slug>/", views.subpage, name="subpage"),
]
