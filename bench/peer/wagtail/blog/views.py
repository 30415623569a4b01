from django.core.paginator import Paginator
from django.shortcuts import render

from blog.models import BlogPage


def search(request):
    """Search the articles through Wagtail's database backend, 20 a page."""
    query = request.GET.get("q", "").strip()
    results = BlogPage.objects.live().search(query) if query else BlogPage.objects.none()
    page = Paginator(results, 20).get_page(request.GET.get("page"))
    return render(request, "blog/search.html", {"query": query, "page": page})
