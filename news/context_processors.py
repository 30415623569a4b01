from cms.pagecache import generation_cached
from news.forms import DayPickerForm
from news.models import Category


def navigation(request):
    """Add the category menu and the day picker that every page shows."""
    return {
        # Read once per content generation, not once per page.
        "nav_categories": generation_cached("nav-categories", lambda: list(Category.objects.all())),
        "picker_form": DayPickerForm(),
    }
