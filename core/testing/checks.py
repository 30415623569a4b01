"""The site-wide page checks the browser tests share: axe-core, the Nu HTML Checker, phone layout."""

import json
import shutil
import subprocess
from pathlib import Path

from django.conf import settings

from core.testing import skip_loudly

NODE_MODULES = Path(settings.BASE_DIR) / "node_modules"
AXE = NODE_MODULES / "axe-core" / "axe.min.js"
VNU = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
PHONE = {"width": 375, "height": 812}
TAP_TARGETS = (
    ".main-nav a, .main-nav button, .topbar a, button, input, select, .pager a, .pagination a, .calendar a,"
    " .work-nav a"
)


def axe_violations(page):
    """Return the serious and critical axe-core violations on the page."""
    if not AXE.exists():
        skip_loudly("accessibility: node_modules/axe-core is missing (make browser-deps)")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def html_errors(files):
    """Return the Nu HTML Checker's errors on the given HTML files."""
    if not VNU.exists() or not shutil.which("java"):
        skip_loudly("HTML validation: node_modules/vnu-jar or java is missing (make browser-deps)")
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True, text=True, timeout=300,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    return [f"{Path(m.get('url', '')).name}:{m.get('lastLine')}: {m['message']}" for m in messages]


def phone_problems(page):
    """Return what is wrong with the open page on a phone: sideways scroll, small tap targets, wide images."""
    problems = []
    width = page.evaluate("() => document.documentElement.scrollWidth")
    if width > PHONE["width"]:
        problems.append(f"scrolls sideways: {width} px wide")
    problems += page.evaluate(
        "(selector) => [...document.querySelectorAll(selector)]"
        ".filter(e => e.offsetParent !== null && e.type !== 'hidden')"
        ".map(e => [e.outerHTML.slice(0, 80), e.getBoundingClientRect().height])"
        ".filter(([, h]) => h < 44).map(([html, h]) => `tap target ${h} px high: ${html}`)",
        TAP_TARGETS,
    )
    problems += page.evaluate(
        "() => [...document.images].filter(i => i.getBoundingClientRect().right > innerWidth)"
        ".map(i => `image wider than the screen: ${i.src}`)"
    )
    return problems


def new_phone_page(chromium, live_server):
    """Return a tab in a new phone-sized context (375×812, touch)."""
    context = chromium.new_context(base_url=live_server.url, viewport=PHONE, is_mobile=True, has_touch=True,
                                   locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh", bypass_csp=True)
    context.set_default_timeout(15_000)
    return context.new_page()


def log_in_context(context, live_server, user):
    """Give a browser context the session of `user`, without typing a password."""
    from django.test import Client

    client = Client()
    client.force_login(user)
    host = live_server.url.split("//")[1].split(":")[0]
    context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value, "domain": host,
                          "path": "/"}])
    return client
