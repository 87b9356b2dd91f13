from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResultsConfig(AppConfig):
    name = "tiendo.results"
    verbose_name = _("Kỳ báo cáo, chỉ tiêu kế hoạch và kết quả")
