from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IngestConfig(AppConfig):
    name = "tiendo.ingest"
    verbose_name = _("Nhập báo cáo")
    default_auto_field = "django.db.models.BigAutoField"
