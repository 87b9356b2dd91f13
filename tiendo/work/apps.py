from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkConfig(AppConfig):
    name = "tiendo.work"
    verbose_name = _("Nhiệm vụ, hội nghị, kiến nghị, hạn chế")
