"""Who is visiting: obvious robots by User-Agent (nothing about people is kept)."""

import functools
import re

_BOT_RE = re.compile(
    r"bot\b|bot/|crawl|spider|slurp|archiver|curl/|wget/|python-requests|python-urllib|httpx|aiohttp|"
    r"go-http-client|java/|libwww|headlesschrome|phantomjs|lighthouse|pingdom|uptime|monitor|"
    r"facebookexternalhit|feedfetcher|feedparser|preview|scrapy",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=1024)
def is_bot(user_agent):
    """Return True for an empty User-Agent or one that names a robot or a script."""
    # Remembered: most requests come from a few browsers, and the pattern costs more than the lookup.
    return not (user_agent or "").strip() or bool(_BOT_RE.search(user_agent))
