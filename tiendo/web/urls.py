from django.contrib.auth import views as auth_views
from django.urls import path

from tiendo.accounts.forms import ThrottledAuthenticationForm
from tiendo.web import views

app_name = "web"

urlpatterns = [
    path("", views.home, name="home"),
    path(
        "dang-nhap/",
        auth_views.LoginView.as_view(
            template_name="web/login.html", redirect_authenticated_user=True,
            authentication_form=ThrottledAuthenticationForm,
        ),
        name="login",
    ),
    path("dang-xuat/", auth_views.LogoutView.as_view(), name="logout"),
    path("don-vi/<int:unit_id>/", views.unit_dashboard, name="unit_dashboard"),
    path(
        "don-vi/<int:unit_id>/du-bao/<int:indicator_id>/", views.projection_fragment,
        name="projection",
    ),
]
