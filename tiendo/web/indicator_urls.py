"""The indicator page's URLs, included by the lead under the ``web`` namespace."""

from django.urls import path

from tiendo.web import indicator_views

urlpatterns = [
    path(
        "don-vi/<int:unit_id>/chi-tieu/<int:indicator_id>/", indicator_views.indicator_detail,
        name="indicator-detail",
    ),
]
