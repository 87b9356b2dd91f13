"""URL patterns of the report downloads and the spreadsheet uploads, all under a unit.

Names are global and prefixed ``reports-`` so that they can be included next to ``tiendo.web.urls``.
"""

from django.urls import path

from tiendo.web import report_views

urlpatterns = [
    path(
        "don-vi/<int:unit_id>/bao-cao.<str:fmt>", report_views.report_download,
        name="reports-report-download",
    ),
    path("don-vi/<int:unit_id>/bieu-mau.xlsx", report_views.template_download, name="reports-template-download"),
    path("don-vi/<int:unit_id>/bieu-mau/", report_views.template_for_period, name="reports-template-for-period"),
    path("don-vi/<int:unit_id>/nhap-bieu/", report_views.sheet_upload, name="reports-sheet-upload"),
    path("don-vi/<int:unit_id>/nhap-bang/", report_views.table_upload, name="reports-table-upload"),
    path(
        "don-vi/<int:unit_id>/nhap-bang/<str:token>/", report_views.table_mapping,
        name="reports-table-mapping",
    ),
]
