from django.urls import path, re_path

from courses import views

urlpatterns = [
    path("mine-kurs/", views.my_courses, name="my_courses"),
    path("min-skole/", views.my_school, name="my_school"),
    path("min-skole/pamelding/<int:pk>/avmeld/", views.cancel_enrollment, name="cancel_enrollment"),
    path("min-skole/pamelding/<int:pk>/bytt/", views.swap_enrollment, name="swap_enrollment"),
    path("min-skole/pamelding/<int:pk>/rett/", views.correct_enrollment, name="correct_enrollment"),
    path("oppmote/<int:pk>/", views.roll_call, name="roll_call"),
    path("oppmote/<int:pk>/qr/", views.check_in_code, name="check_in_code"),
    path("oppmote/<int:pk>/signaturliste/", views.sign_in_sheet, name="sign_in_sheet"),
    path("innsjekk/", views.check_in_start, name="check_in_start"),
    path("innsjekk/<str:token>/", views.check_in, name="check_in"),
    path("kursbevis/", views.verify_start, name="certificate_verify_start"),
    path(".well-known/jwks.json", views.jwks, name="jwks"),
    path("kursbevis/nokkel.json", views.signing_key, name="badge_signing_key"),
    path("kursbevis/utsteder/<slug:region>.json", views.badge_issuer, name="badge_issuer"),
    path("kursbevis/utsteder/<slug:region>/profil.json", views.badge_profile, name="badge_profile"),
    path("kursbevis/merke/<slug:programme>/<slug:region>.json", views.badge_class, name="badge_class"),
    path("kursbevis/merke/<slug:programme>/<slug:region>.png", views.badge_image, name="badge_image"),
    path("kursbevis/<str:code>/", views.verify, name="certificate_verify"),
    path("kursbevis/<str:code>/kursbevis.pdf", views.download, name="certificate_download"),
    path("kursbevis/<str:code>/badge.json", views.badge_assertion, name="badge_assertion"),
    path("kursbevis/<str:code>/merke.png", views.baked_badge, name="baked_badge"),
    path("kursbevis/<str:code>/credential.jwt", views.badge_credential, name="badge_credential"),
    path("kalender/<str:token>.ics", views.personal_calendar, name="personal_calendar"),
    re_path(r"^(?P<series_path>(?:[\w\-]+/)+)kalender\.ics$", views.series_calendar, name="series_calendar"),
]
