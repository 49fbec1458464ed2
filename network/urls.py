from django.urls import path

from network.views import forum, members, moderation

app_name = "network"

urlpatterns = [
    path("", forum.index, name="index"),
    path("sok/", forum.search, name="search"),
    path("nytt/", forum.unread, name="unread"),
    path("varsler/", members.notification_list, name="notifications"),
    path("varsler/lest/", members.mark_all_read, name="mark_all_read"),
    path("innstillinger/", members.member_settings, name="settings"),
    path("avmeld/<str:token>/", members.unsubscribe, name="unsubscribe"),
    path("moderering/", moderation.queue, name="moderation"),
    path("moderering/rapport/<int:pk>/", moderation.handle_report, name="handle_report"),
    path("moderering/innlegg/<int:pk>/<str:action>/", moderation.moderate_post, name="moderate_post"),
    path("moderering/tema/<int:pk>/<str:action>/", moderation.moderate_topic, name="moderate_topic"),
    path("moderering/medlem/<int:user_pk>/", moderation.suspend, name="suspend"),
    path("tema/<int:pk>/", forum.topic, name="topic_short"),
    path("tema/<int:pk>-<slug:slug>/", forum.topic, name="topic"),
    path("tema/<int:pk>/svar/", forum.reply, name="reply"),
    path("tema/<int:pk>/folg/", forum.follow_topic, name="follow_topic"),
    path("innlegg/<int:pk>/rediger/", forum.edit_post, name="edit_post"),
    path("innlegg/<int:pk>/slett/", forum.delete_post, name="delete_post"),
    path("innlegg/<int:pk>/historikk/", forum.history, name="history"),
    path("innlegg/<int:pk>/rapporter/", forum.report_post, name="report_post"),
    path("innlegg/<int:pk>/takk/", forum.thank_post, name="thank_post"),
    path("bilde/<int:pk>/", forum.attachment, name="attachment"),
    path("<slug:slug>/", forum.area, name="area"),
    path("<slug:slug>/nytt-tema/", forum.new_topic, name="new_topic"),
    path("<slug:slug>/folg/", forum.follow_area, name="follow_area"),
]
