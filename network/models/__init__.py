from .forum import Attachment, Category, Post, PostRevision, Topic
from .members import CategoryFollow, Member, Notification, Report, TopicFollow, TopicRead

__all__ = [
    "Attachment",
    "Category",
    "CategoryFollow",
    "Member",
    "Notification",
    "Post",
    "PostRevision",
    "Report",
    "Topic",
    "TopicFollow",
    "TopicRead",
]
