"""Type names for the person a request or a rule is about, for annotations.

``AnyUser`` is what ``request.user`` may be: a signed-in ``User`` or Django's ``AnonymousUser``.
The access modules take ``AnyUser`` and answer no for the anonymous; services that act for a
person who must be signed in take ``User``.
"""

from typing import TypeAlias

from django.contrib.auth.models import AnonymousUser

from korus_site.accounts.models import User

AnyUser: TypeAlias = User | AnonymousUser

__all__ = ["AnyUser", "User"]
