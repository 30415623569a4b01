"""Settings for the THADS Thanh Hóa portal.

Everything that differs between a laptop and production comes from environment
variables; the defaults are safe for development only.
"""

import datetime
import os
from email.headerregistry import Address
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

# --- Paths -----------------------------------------------------------------
BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))


# --- Environment -----------------------------------------------------------
def env_bool(name, default=False):
    """Return the boolean value of an environment variable."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    """Return a comma-separated environment variable as a list."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DJANGO_ENV = os.environ.get("DJANGO_ENV", "development")
PRODUCTION = DJANGO_ENV == "production"
DEBUG = env_bool("DEBUG", default=not PRODUCTION)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if PRODUCTION:
        raise ImproperlyConfigured("SECRET_KEY must be set in production.")
    # A development-only key; production refuses to start without a real one.
    SECRET_KEY = "dev-only-insecure-key-change-me-0123456789abcdefghijklmnopqrstuvwxyz"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "" if PRODUCTION else "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

# --- Applications ----------------------------------------------------------
INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "ckeditor",
    "django_filters",
    "simple_history",
    "axes",
    # The shared library (imports no app), the site app, the sections, and what spans them.
    "core",
    "cms",
    "news",
    "organisation",
    "legal",
    "youth",
    "feedback",
    "notices",
    "documents",
    "schedule",
    "procedures",
    "sitewide",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Outside the page cache, so that pages served from it are counted too.
    "cms.visits.VisitCounterMiddleware",
    # Before the page cache: /en/ pages are rendered (and cached) in English.
    "core.i18n.languages.LanguageByPathMiddleware",
    "news.viewcounts.ViewCountMiddleware",
    # Before sessions and CSRF: a cached page for an anonymous reader skips them (core/caching/pagecache.py).
    "core.caching.pagecache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.security.web.ContentSecurityPolicyMiddleware",
    "core.security.web.reject_nul_bytes",
    # A read-only database error no view handled: the plain 503 page, not a 500.
    "core.failures.readonly.ReadOnlyDatabaseMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "cms.context_processors.site",
                "core.i18n.languages.context",
                "news.context_processors.navigation",
            ],
        },
    },
]

# --- Database --------------------------------------------------------------
# DATABASE_URL selects the engine: SQLite under var/ by default, PostgreSQL in
# production (postgres://user:pass@host:5432/name).
if "DATABASE_URL" not in os.environ:
    VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
# Article pages stored with their articles, found and linked by two statements written out,
# and the page around them kept with holes (news/article_page). STORED_ARTICLE_PAGES=0 turns
# all of it off: the plain ORM and templates, the same pages, slower at a large archive.
STORED_ARTICLE_PAGES = env_bool("STORED_ARTICLE_PAGES", True)
# Those two statements are prepared once per PostgreSQL connection (core.db.prepared_cursor);
# DATABASE_PREPARED_STATEMENTS=0 turns that off, behind a pooler in
# transaction mode that cannot keep prepared statements (PgBouncer before 1.21). psycopg
# prepares nothing else: Django's cursors bind parameters on the client, which never prepares.
DATABASE_PREPARED_STATEMENTS = env_bool("DATABASE_PREPARED_STATEMENTS", True)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and DATABASE_PREPARED_STATEMENTS:
    DATABASES["default"].setdefault("OPTIONS", {})["prepare_threshold"] = 0
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Authentication --------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "admin:login"
AUTHENTICATION_BACKENDS = [
    # First: refuses locked-out logins before any password is checked.
    "core.security.web.LockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Login lockout (django-axes): 5 failures for one user name from one address lock
# that pair for 30 minutes. Attempts are rows in the database, so they are shared by
# every app server and rolled back between tests.
AXES_FAILURE_LIMIT = 5
AXES_VERBOSE = False
AXES_COOLOFF_TIME = datetime.timedelta(minutes=30)
AXES_LOCKOUT_PARAMETERS = "core.security.web.lockout_parameters"  # the user name alone when no address
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "core.security.web.lockout_response"
AXES_CLIENT_IP_CALLABLE = "core.security.web.client_ip"
# Its admin pages have no Vietnamese catalogue; unlock with `manage.py axes_reset_username`.
AXES_ENABLE_ADMIN = False
# Behind nginx REMOTE_ADDR is the proxy; name the header nginx sets to the real
# client address (e.g. HTTP_X_REAL_IP). Never set it when clients reach Django directly.
CLIENT_IP_HEADER = os.environ.get("CLIENT_IP_HEADER", "")

# --- Internationalisation and time ------------------------------------------
LANGUAGE_CODE = "vi"
# English serves only the pages under /en/ (core/i18n/languages.py); everything else is Vietnamese.
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Ho_Chi_Minh"
# Django's own 'vi' formats leave input formats unset (dates parse US-style);
# ours make dd/mm/yyyy the only day-first reading.
FORMAT_MODULE_PATH = ["core.i18n.formats"]

# --- Static and media files --------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
# Files that only a view may hand out (article attachments); never served by the web server.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", VAR_DIR / "private"))
# MEDIA_STORAGE=s3 keeps uploads in an S3-compatible bucket (needs the optional
# django-storages[s3] package) so that several app servers share them.
MEDIA_STORAGE = os.environ.get("MEDIA_STORAGE", "filesystem")
if MEDIA_STORAGE == "s3":
    MEDIA_STORAGE_BACKEND = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ.get("S3_BUCKET_NAME", ""),
            "endpoint_url": os.environ.get("S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("S3_REGION_NAME") or None,
            "custom_domain": os.environ.get("S3_CUSTOM_DOMAIN") or None,
            "location": os.environ.get("S3_LOCATION", "media"),
            "default_acl": None,
            "file_overwrite": False,
            "querystring_auth": env_bool("S3_QUERYSTRING_AUTH", False),
        },
    }
elif MEDIA_STORAGE == "filesystem":
    MEDIA_STORAGE_BACKEND = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
else:
    raise ImproperlyConfigured("MEDIA_STORAGE must be 'filesystem' or 's3'.")
STORAGES = {
    "default": MEDIA_STORAGE_BACKEND,
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
# Article attachments (PDF, DOCX, XLSX, pictures) larger than this are refused.
ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024
# Uploads larger than this are refused before they reach Pillow.
IMAGE_UPLOAD_MAX_BYTES = 10 * 1024 * 1024
# Larger pictures than this (in pixels) are refused before decoding: a 50-megapixel PNG of
# 200 KB takes 380 MB and seconds to decode. 25 megapixels holds any camera photo (6000 × 4000).
IMAGE_MAX_PIXELS = 25_000_000
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# --- Rich text editor --------------------------------------------------------
# The editor lives behind core/richtext.py; these are its settings.
CKEDITOR_BASEPATH = "/static/ckeditor/ckeditor/"
CKEDITOR_CONFIGS = {
    "default": {
        "language": "vi",
        "height": 420,
        "width": "100%",
        "toolbar": "Custom",
        "toolbar_Custom": [
            ["Format", "Bold", "Italic", "Underline", "RemoveFormat"],
            ["NumberedList", "BulletedList", "Blockquote"],
            ["JustifyLeft", "JustifyCenter", "JustifyRight", "JustifyBlock"],
            ["Link", "Unlink", "Image", "Table", "HorizontalRule"],
            ["Undo", "Redo", "Source", "Maximize"],
        ],
        "format_tags": "p;h2;h3;h4",
        # image2: a photo with a caption shown under it (<figure><img><figcaption>), no spacing/border fields.
        "extraPlugins": "uploadimage,image2",
        "removePlugins": "flash,iframe,forms,image",
        "image2_captionedClass": "image",
        "filebrowserUploadUrl": "/bien-tap/tai-anh/",
        "filebrowserUploadMethod": "xhr",
        "uploadUrl": "/bien-tap/tai-anh/",
        "image_prefillDimensions": False,
    }
}
# Who may upload pictures from inside the editor.
EDITOR_UPLOAD_PERMISSION = "news.add_article"
SILENCED_SYSTEM_CHECKS = [
    # CKEditor 4 is end-of-life; the risk and its mitigations are in docs/security.md.
    "ckeditor.W001",
]

# --- Security ----------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Legacy browsers: deny framing. Modern ones obey CSP frame-ancestors instead (below).
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# Content-Security-Policy (core.security.web): strict on public pages; the admin gets
# inline script and style because CKEditor 4 uses inline handlers and styles.
CSP_PUBLIC = {
    "default-src": "'self'",
    "img-src": "'self' data:",
    "object-src": "'none'",
    "base-uri": "'self'",
    "frame-ancestors": "'self'",
    "form-action": "'self'",
}
# Media from another origin (an S3 bucket's domain or a CDN) must be allowed to load.
MEDIA_ORIGIN = os.environ.get("MEDIA_ORIGIN", "")
if not MEDIA_ORIGIN and MEDIA_STORAGE == "s3" and os.environ.get("S3_CUSTOM_DOMAIN"):
    MEDIA_ORIGIN = f"https://{os.environ['S3_CUSTOM_DOMAIN']}"
if MEDIA_ORIGIN:
    CSP_PUBLIC["img-src"] += f" {MEDIA_ORIGIN}"
CSP_ADMIN = {
    **CSP_PUBLIC,
    "script-src": "'self' 'unsafe-inline'",
    "style-src": "'self' 'unsafe-inline'",
    "img-src": CSP_PUBLIC["img-src"] + " blob:",
}
CSP_ADMIN_PREFIXES = ["/admin/"]
CSP_REPORT_ONLY = env_bool("CSP_REPORT_ONLY", False)
if PRODUCTION:
    # nginx terminates TLS and says so in X-Forwarded-Proto (docs/deploy.md).
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    # Load balancers probe /healthz over plain HTTP on the private network.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
    SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(8 * 60 * 60)))

# --- Cache -------------------------------------------------------------------
# CACHE_URL picks the backend: locmem:// (default; one process only), db://cache_table
# (run `manage.py createcachetable`), redis://host:6379/1 (needs the redis package),
# dummy:// (nothing is kept). Several server processes need a shared backend so that
# an edit made through one process reaches the pages cached by the others.
def cache_from_url(url):
    """Return a CACHES entry for a cache URL."""
    scheme, _, rest = url.partition("://")
    backends = {
        "locmem": ("django.core.cache.backends.locmem.LocMemCache", rest or "portal"),
        "db": ("django.core.cache.backends.db.DatabaseCache", rest or "cache_table"),
        "redis": ("core.caching.rediscache.RedisCache", url),
        "dummy": ("django.core.cache.backends.dummy.DummyCache", ""),
    }
    if scheme not in backends:
        raise ImproperlyConfigured(f"Unknown CACHE_URL scheme: {scheme!r}")
    backend, location = backends[scheme]
    return {"BACKEND": backend, "LOCATION": location, "OPTIONS": {}} | (
        {"OPTIONS": {"MAX_ENTRIES": 5000}} if scheme == "locmem" else {}
    )


CACHES = {"default": cache_from_url(os.environ.get("CACHE_URL", "locmem://portal"))}
# Whole pages for anonymous readers (core/caching/pagecache.py); 0 turns the page cache off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# Rendered pieces shared by many pages (cards, menus), kept per content generation (core/caching/fragments.py);
# they serve the pages the page cache does not hold (staff, first views). 0 turns them off.
FRAGMENT_CACHE_SECONDS = int(os.environ.get("FRAGMENT_CACHE_SECONDS", "600"))
# Visit and view counters gather in the cache and reach the database at most this often (core/caching/counters.py).
COUNTER_FLUSH_SECONDS = int(os.environ.get("COUNTER_FLUSH_SECONDS", "5"))
# URLs per file of every sitemap section (core/syndication/sitemaps.py): the protocol allows 50,000;
# 10,000 keep each file quick to build.
SITEMAP_SECTION_SIZE = 10_000
# BENCH=1 mounts the floor view that `make bench` compares pages with.
BENCH = env_bool("BENCH")
if BENCH:
    # The benchmark measures per-process caches on purpose; no public form is rate-limited there.
    SILENCED_SYSTEM_CHECKS.append("cms.E103")

# --- E-mail ------------------------------------------------------------------
# EMAIL_FILE_PATH alone writes every message to files in that folder (a test server's outbox).
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH", "")
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND") or (
    "django.core.mail.backends.filebased.EmailBackend" if EMAIL_FILE_PATH
    else "django.core.mail.backends.console.EmailBackend"
)
# The sender mail clients show: "Cổng TTĐT Thi hành án dân sự tỉnh Thanh Hóa <address>" (core/mail.py).
EMAIL_FROM_NAME = os.environ.get("EMAIL_FROM_NAME", "Cổng TTĐT Thi hành án dân sự tỉnh Thanh Hóa")
EMAIL_FROM_ADDRESS = os.environ.get("EMAIL_FROM_ADDRESS", "cong-thong-tin@thads-thanhhoa.local")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL") or str(
    Address(display_name=EMAIL_FROM_NAME, addr_spec=EMAIL_FROM_ADDRESS)
)
# Date headers in the site's zone (Django sets the process zone to TIME_ZONE).
EMAIL_USE_LOCALTIME = True
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
# SMTP, used when EMAIL_BACKEND is django.core.mail.backends.smtp.EmailBackend.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = 30

# --- Questions and feedback (feedback app) -------------------------------------
FEEDBACK_ANSWER_WORKING_DAYS = int(os.environ.get("FEEDBACK_ANSWER_WORKING_DAYS", "15"))
FEEDBACK_SUBMISSIONS_PER_HOUR = int(os.environ.get("FEEDBACK_SUBMISSIONS_PER_HOUR", "5"))
FEEDBACK_LOOKUPS_PER_HOUR = int(os.environ.get("FEEDBACK_LOOKUPS_PER_HOUR", "30"))
FEEDBACK_ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024
# How long submissions and their personal data are kept (stated on the form).
FEEDBACK_RETENTION_YEARS = 5

# --- Logging -----------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Secret addresses (the iCal feed) are masked in every record (core/security/logscrub.py).
    "filters": {"scrub_secrets": {"()": "core.security.logscrub.ScrubSecretsFilter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["scrub_secrets"]}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
