"""The ingest pages, under ``/nhap-van-ban/``, in the ``ingest`` namespace."""

from django.urls import path

from tiendo.web import ingest_views

app_name = "ingest"

urlpatterns = [
    path("", ingest_views.upload, name="upload"),
    path("tien-do/", ingest_views.progress, name="progress"),
    path("nguon/", ingest_views.source, name="source"),
    path("<int:review_id>/", ingest_views.review, name="review"),
    path("<int:review_id>/van-ban/", ingest_views.text, name="text"),
    path("<int:review_id>/muc/<str:key>/", ingest_views.item_action, name="item"),
    path("<int:review_id>/muc/<str:key>/chi-tieu-moi/", ingest_views.indicator_new,
         name="indicator_new"),
    path("<int:review_id>/chap-nhan-do-tin-cay-cao/", ingest_views.accept_high, name="accept_high"),
    path("<int:review_id>/ghi/", ingest_views.accept, name="accept"),
]
