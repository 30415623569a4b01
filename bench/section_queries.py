"""Print the SQL queries /van-ban/ and /lich-cong-tac/ run, for the data already in the database.

Run it twice around generate_corpus to show the count does not grow with the register:
    export DATABASE_URL=sqlite:///$PWD/var/q.sqlite3   # or a PostgreSQL database
    .venv/bin/python manage.py migrate -v0
    .venv/bin/python manage.py generate_corpus --articles 0 --documents 100
    .venv/bin/python manage.py shell -c "exec(open('bench/section_queries.py').read())"
    .venv/bin/python manage.py generate_corpus --articles 0 --documents 9900 --seed 2
    .venv/bin/python manage.py shell -c "exec(open('bench/section_queries.py').read())"
"""

from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from documents.models import Document

settings.PAGE_CACHE_SECONDS = 0
settings.ALLOWED_HOSTS = ["*"]
client = Client()
print(f"documents in the register: {Document.objects.count()}")
for url in ["/van-ban/", "/van-ban/?page=3", "/van-ban/?q=thi+hanh+an", "/van-ban/?loai=quyet-dinh&nam=2020",
            "/lich-cong-tac/", "/lich-cong-tac/in/"]:
    client.get(url)  # warm the site-wide caches (settings, menu)
    with CaptureQueriesContext(connection) as queries:
        status = client.get(url).status_code
    print(f"{url}: HTTP {status}, {len(queries)} queries")
