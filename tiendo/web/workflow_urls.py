"""URL patterns of the approval workflow and the audit pages, under a unit.

Names are global and prefixed ``workflow-`` and ``audit-`` so that they can be included
next to ``tiendo.web.urls``.
"""

from django.urls import path

from tiendo.web import workflow_views

urlpatterns = [
    path(
        "don-vi/<int:unit_id>/bao-cao/<str:code>/<slug:action>/", workflow_views.report_action,
        name="workflow-report-action",
    ),
    path("don-vi/<int:unit_id>/nhat-ky/", workflow_views.audit_unit, name="audit-unit"),
    path(
        "don-vi/<int:unit_id>/nhat-ky/<int:type_id>/<str:object_id>/", workflow_views.audit_object,
        name="audit-object",
    ),
]
