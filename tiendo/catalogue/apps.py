from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogueConfig(AppConfig):
    name = "tiendo.catalogue"
    verbose_name = _("Danh mục: chỉ tiêu, văn bản, nhiệm kỳ")
