"""The search page: /tim-kiem/?q=…"""

from django.shortcuts import render

from core.search import ranked_page
from core.search.suggest import suggestion
from news.filters import SearchFilter
from news.models import Article
from news.search import MAX_QUERY_LENGTH, QueryError, check_query, decorate
from sitewide.search_sections import searched_querysets, section_results

PAGE_SIZE = 20
# Matches counted exactly up to this; beyond, the page says "more than" (and pages stop there).
COUNT_CAP = 1000
FILTERS = ("chuyen_muc", "tu_ngay", "den_ngay")


def search_page(request):
    """Show ranked results with excerpts, or a friendly page for a query that cannot be searched."""
    query = request.GET.get("q", "")
    context = {"query": query.strip()[:MAX_QUERY_LENGTH], "max_length": MAX_QUERY_LENGTH}
    try:
        # Checked once here: the news page, its excerpts and the documents take the checked words.
        checked = check_query(query)
    except QueryError as error:
        context.update(problem=error.code, filterset=SearchFilter(request.GET, queryset=Article.objects.none()))
        return render(request, "sitewide/search.html", context, status=400 if error.code == "too_long" else 200)
    filterset = SearchFilter(request.GET, queryset=Article.objects.published().select_related("category"))
    context["filterset"] = filterset
    if not filterset.is_valid():
        return render(request, "sitewide/search.html", context, status=400)
    data = filterset.form.cleaned_data
    filters = (getattr(data.get("chuyen_muc"), "pk", None), data.get("tu_ngay"), data.get("den_ngay"))
    page = ranked_page(filterset.qs, checked, number=request.GET.get("page"), per_page=PAGE_SIZE,
                       count_cap=COUNT_CAP, cache_name=f"news:{filters!r}")
    context.update(page_obj=page, results=decorate(list(page), checked), searched=True,
                   filtered=any(request.GET.get(name) for name in FILTERS))
    # Every other section answers too, grouped under its name, whatever the news found.
    sections = section_results(checked, query.strip())
    context["sections"] = sections
    if not page.count and not any(section["total"] for section in sections):
        # Nothing anywhere: offer the query with its misspelt words corrected (core/search/suggest.py).
        context["suggestion"] = suggestion([Article.objects.published(), *searched_querysets()], checked,
                                           cache_name="site")
    return render(request, "sitewide/search.html", context)
