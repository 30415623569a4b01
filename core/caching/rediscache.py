"""Django's Redis cache backend, keeping one client per connection pool.

django.core.cache.backends.redis builds a new redis.Redis for every cache call, and
redis-py's constructor fills a table of some 170 reply handlers each time: on a page
served from the cache that cost more than the network round trip. A redis.Redis on a
connection pool is safe to share between threads, so one per pool is kept.
"""

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient


class ReusedClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(pool)
        if client is None:
            client = self._clients[pool] = self._client(connection_pool=pool)
        return client


class RedisCache(DjangoRedisCache):
    """RedisCache whose calls reuse their redis.Redis client (same keys, values and options)."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient
