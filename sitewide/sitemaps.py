"""The sitemap index's sections: one per app that has public pages."""

from cms.sitemaps import EnglishPageSitemap, EntrySitemap, PageSitemap
from documents.sitemaps import DocumentSitemap
from feedback.sitemaps import AnswerSitemap
from news.sitemaps import ArticleSitemap, CategorySitemap
from notices.sitemaps import NoticeSitemap
from procedures.sitemaps import ProcedureSitemap

SITEMAPS = {
    "entries": EntrySitemap(["home", "news:latest", "site_map", "contact", "feedback:answers", "feedback:submit",
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
