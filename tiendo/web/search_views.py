"""Search from the header: live results while typing (htmx) and a full results page."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from tiendo.accounts.access import access_unit, home_unit
from tiendo.accounts.search import search_visible

LIVE_LIMIT = 5
PAGE_LIMIT = 50


@login_required
def search(request: HttpRequest) -> HttpResponse:
    """``?q=`` what to find; ``don-vi`` the unit whose pages the indicators open on (the
    page the search was typed on), else the account's own unit."""
    query = request.GET.get("q", "")
    live = bool(request.htmx)
    results = search_visible(user=request.user, query=query, limit=LIVE_LIMIT if live else PAGE_LIMIT)
    anchor = home_unit(request.user)
    if request.GET.get("don-vi"):
        try:
            anchor = access_unit(request.user, request.GET["don-vi"])
        except Http404:
            anchor = home_unit(request.user)
    context = {"results": results, "query": results.query, "anchor": anchor, "live": live}
    if live:
        return render(request, "web/_search_results.html", context)
    return render(request, "web/search.html", context)
