"""The search page: /tim-kiem/?q=…"""

from django.core.paginator import Paginator
from django.shortcuts import render

from documents.search import document_results
from news.filters import SearchFilter
from news.models import Article
from news.search import MAX_QUERY_LENGTH, QueryError, decorate, search

PAGE_SIZE = 20


def search_page(request):
    """Show ranked results with excerpts, or a friendly page for a query that cannot be searched."""
    query = request.GET.get("q", "")
    context = {"query": query.strip()[:MAX_QUERY_LENGTH], "max_length": MAX_QUERY_LENGTH}
    try:
        results = search(query)
    except QueryError as error:
        context.update(problem=error.code, filterset=SearchFilter(request.GET, queryset=Article.objects.none()))
        return render(request, "news/search.html", context, status=400 if error.code == "too_long" else 200)
    filterset = SearchFilter(request.GET, queryset=results)
    context["filterset"] = filterset
    if not filterset.is_valid():
        return render(request, "news/search.html", context, status=400)
    page = Paginator(filterset.qs, PAGE_SIZE).get_page(request.GET.get("page"))
    context.update(page_obj=page, results=decorate(list(page.object_list), query))
    # Documents are a section of their own, beside the news results (documents/search.py).
    context["documents"] = document_results(query)
    return render(request, "news/search.html", context)
