from news.forms import DayPickerForm
from news.models import categories


def navigation(request):
    """Add the category menu and the day picker that every page shows."""
    return {
        "nav_categories": categories(),
        "picker_form": DayPickerForm(),
    }
