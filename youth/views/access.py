"""Access rules shared by the work-area views."""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied

from youth.models import is_leader


class StaffAreaMixin(LoginRequiredMixin):
    """Anonymous visitors are sent to the login page and see nothing."""


class LeaderRequiredMixin(StaffAreaMixin):
    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not is_leader(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def require_leader(user):
    if not is_leader(user):
        raise PermissionDenied
