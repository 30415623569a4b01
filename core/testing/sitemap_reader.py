"""Read the whole XML sitemap as a search engine does: the index, then every section it lists."""

import re
from urllib.parse import urlsplit


def sitemap_text(client):
    """Return the index and every section's URL set as one text."""
    text = client.get("/sitemap.xml").content.decode()
    for url in re.findall(r"<sitemap>\s*<loc>([^<]+)</loc>", text):
        parts = urlsplit(url)
        text += client.get(parts.path + (f"?{parts.query}" if parts.query else "")).content.decode()
    return text
