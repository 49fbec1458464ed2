"""Helpers for tests of Wagtail admin views."""


def refused(response) -> bool:
    """Wagtail answers a refused admin request with 403 or by sending the person back to the dashboard."""
    return response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")
