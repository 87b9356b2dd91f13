from django.contrib import admin
from django.urls import include, path

from tiendo.accounts.forms import ThrottledAdminAuthenticationForm
from tiendo.api.main import api

admin.site.site_header = "tiendo – theo dõi chỉ tiêu, nhiệm vụ"
admin.site.site_title = "tiendo"
admin.site.index_title = "Quản trị dữ liệu"
admin.site.login_form = ThrottledAdminAuthenticationForm

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("api/", api.urls),
    path("", include("tiendo.web.urls")),
    path("", include("tiendo.web.indicator_urls")),
    path("", include("tiendo.web.work_urls")),
    path("", include("tiendo.web.report_urls")),
    path("nhap-van-ban/", include("tiendo.web.ingest_urls")),
    path("", include("tiendo.web.workflow_urls")),
]
