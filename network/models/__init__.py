from .forum import Area, Attachment, Post, PostRevision, Topic
from .members import AreaFollow, Member, Notification, Report, TopicFollow, TopicRead

__all__ = [
    "Area",
    "AreaFollow",
    "Attachment",
    "Member",
    "Notification",
    "Post",
    "PostRevision",
    "Report",
    "Topic",
    "TopicFollow",
    "TopicRead",
]
