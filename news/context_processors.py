from news.forms import DayPickerForm
from news.models import Category


def navigation(request):
    """Add the category menu and the day picker that every page shows."""
    return {
        "nav_categories": Category.objects.all(),
        "picker_form": DayPickerForm(),
    }
