"""What happens in course work that other parts react to, as Django signals.

Sending a signal instead of calling keeps the services free of cycles: learning does not
need to know that completion listens, nor completion that a certificate follows. The
receivers are wired in ``courses.signals``.
"""

from django.dispatch import Signal

#: A participant passed a module's quiz. Sent with ``user_id`` and ``module_id``.
quiz_passed = Signal()

#: An enrollment meets its series' completion rule and has no certificate yet. Sent with ``enrollment``.
enrollment_completed = Signal()
