from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("", views.profile, name="profile"),
    path("mine-data/", views.my_data, name="my_data"),
    path("mine-data.json", views.my_data_json, name="my_data_json"),
    path("mine-data.pdf", views.my_data_pdf, name="my_data_pdf"),
    path("slett/", views.delete_account, name="delete"),
    path("slettet/", views.account_deleted, name="deleted"),
    path("logg-inn/", views.LoginView.as_view(), name="login"),
    path("logg-ut/", views.LogoutView.as_view(), name="logout"),
    path("glemt-passord/", views.PasswordResetView.as_view(), name="password_reset"),
    path("glemt-passord/sendt/", views.PasswordResetSentView.as_view(), name="password_reset_sent"),
    path("passord/<uidb64>/<token>/", views.PasswordSetView.as_view(), name="password_set"),
]
