"""The page around an article, rendered once per content generation with holes where readings differ.

Readers reach articles by tens of thousands of distinct addresses (search engines crawling the
archive, links shared years later), so the page cache seldom holds the one asked for. The
article's own part is stored with it (news/article_page); what is left is the page around
it (menu, day picker, most-read, footer), the same on every article, and walking it through the
template engine costs more than finding and filling the article. So for readers who are not
logged in, article.html is rendered once per generation and language for a stand-in article
whose varying values are holes, and each reading fills the holes.

Holes stand for everything base.html and article.html show that depends on the article or the
request: the title, the metadata, the article's part, the reader's path (in the login link)
and the visit statistics. A value added to those templates that differs per reading needs a
hole here: test_article_page_shell compares a filled shell with the page rendered normally.
"""

from types import SimpleNamespace

from django.http import HttpResponse
from django.template.defaultfilters import urlencode
from django.template.loader import get_template
from django.utils import formats
from django.utils.html import escape

from cms.visits import visit_stats
from core.caching.fragments import fragment_timeout, generation_fragment

TITLE = "\ue000title\ue000"
META = "\ue000meta\ue000"
BLOCK = "\ue000block\ue000"
PATH = "/\ue000path\ue000"
VISITS = {name: f"\ue000{name}\ue000" for name in ("online", "today", "total")}


def may_use_shell(request, preview):
    """Return True if this reading can be served from the shell (an anonymous reader of a public article)."""
    return fragment_timeout() > 0 and not preview and not request.user.is_authenticated


def _render_shell(view, context):
    stand_in = SimpleNamespace(title=TITLE, pk=None)
    shell_context = {**context, "article": stand_in, "object": stand_in, "page": {"head": META, "block": BLOCK},
                     "visit_stats": VISITS}
    request = view.request
    real_path = request.path
    request.path = PATH
    try:
        return get_template(view.template_name).render(shell_context, request)
    finally:
        request.path = real_path


def shell_response(view, context):
    """Return the article page for this reading: the generation's shell with its holes filled."""
    shell = generation_fragment("article-shell", lambda: _render_shell(view, context))
    article, page, request = context["article"], context["page"], view.request
    stats = visit_stats()
    filled = (shell.replace(TITLE, escape(article.title)).replace(META, page["head"]).replace(BLOCK, page["block"])
              .replace(urlencode(PATH), urlencode(request.path)))
    for name, hole in VISITS.items():
        filled = filled.replace(hole, str(formats.localize(stats[name])))
    return HttpResponse(filled)
