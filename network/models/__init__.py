from .forum import Area, Attachment, Post, PostRevision, PostThanks, Topic
from .members import AreaFollow, Member, Notification, Report, TopicFollow, TopicRead

__all__ = [
    "Area",
    "AreaFollow",
    "Attachment",
    "Member",
    "Notification",
    "Post",
    "PostRevision",
    "PostThanks",
    "Report",
    "Topic",
    "TopicFollow",
    "TopicRead",
]
