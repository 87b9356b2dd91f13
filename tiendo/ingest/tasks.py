"""Background reading of uploads on the database task queue (django-tasks-db): run the
worker with ``tiendo manage db_worker``; tests use the immediate backend."""

from __future__ import annotations

from django_tasks import task

from tiendo.ingest.models import Upload
from tiendo.ingest.services import upload_process


@task()
def process_upload(upload_id: int) -> None:
    upload = Upload.objects.filter(pk=upload_id).first()
    if upload is not None:
        upload_process(upload)
