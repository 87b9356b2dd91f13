"""URL patterns of the work pages, all under a unit: ``/don-vi/<id>/nhiem-vu/`` and so on.

Names are global and prefixed ``work-`` so that they can be included next to ``tiendo.web.urls``.
"""

from django.urls import path

from tiendo.web import work_views

urlpatterns = [
    path("don-vi/<int:unit_id>/nhiem-vu/", work_views.task_board, name="work-task-board"),
    path(
        "don-vi/<int:unit_id>/nhiem-vu/<int:task_id>/", work_views.task_detail,
        name="work-task-detail",
    ),
    path("don-vi/<int:unit_id>/hoi-nghi/", work_views.meeting_list, name="work-meeting-list"),
    path(
        "don-vi/<int:unit_id>/hoi-nghi/<int:meeting_id>/", work_views.meeting_detail,
        name="work-meeting-detail",
    ),
    path(
        "don-vi/<int:unit_id>/kien-nghi/", work_views.recommendations,
        name="work-recommendation-list",
    ),
    path("don-vi/<int:unit_id>/han-che/", work_views.shortcomings, name="work-shortcoming-list"),
    path("don-vi/<int:unit_id>/van-ban/", work_views.documents, name="work-document-list"),
    path(
        "don-vi/<int:unit_id>/van-ban/<int:document_id>/", work_views.document_detail,
        name="work-document-detail",
    ),
]
