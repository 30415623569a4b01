from cms.models import SiteSettings


def site(request):
    """Add the agency's identity (header and footer) to every page."""
    return {"site_settings": SiteSettings.load()}
