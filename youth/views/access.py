"""Access rules shared by the work-area views."""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from youth.models import is_leader


class StaffAreaMixin(LoginRequiredMixin):
    """Anonymous visitors are sent to the login page and see nothing."""


# Said on every refusal of a leader's page: the account lacks the role, nothing is broken.
NOT_A_LEADER = _("This account has not been given the leader role (Lãnh đạo). "
                 "Ask the portal's administrator to add it to the leaders' group.")


class LeaderRequiredMixin(StaffAreaMixin):
    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not is_leader(request.user):
            raise PermissionDenied(NOT_A_LEADER)
        return super().dispatch(request, *args, **kwargs)


def require_leader(user):
    if not is_leader(user):
        raise PermissionDenied(NOT_A_LEADER)
