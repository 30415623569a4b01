"""Cached pages go stale whenever a row any public page shows changes: one mechanism for every model.

Every model of the project's own apps is public unless its app names it in its AppConfig's
private_models (rows no public page ever shows, or written so often, e.g. on every visit, that
they must not empty the page cache). For every public model one set of receivers is connected:
post_save, post_delete and m2m_changed start a new content generation (core.caching.pagecache). Bulk writes
send no signal: a public model's managers must return an InvalidatingQuerySet, which starts one
too. sitewide/tests/test_invalidation_coverage.py walks every model and fails on one left out.
"""

from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db.models.signals import m2m_changed, post_delete, post_save

from core.caching.pagecache import InvalidatingQuerySet, pages_changed

M2M_CHANGES = frozenset({"post_add", "post_remove", "post_clear"})


def project_app_configs():
    """Return the app configs of the project's own apps (not Django's, not installed packages')."""
    base = Path(settings.BASE_DIR).resolve()
    return [
        config for config in apps.get_app_configs()
        if Path(config.path).resolve().is_relative_to(base) and "site-packages" not in Path(config.path).parts
    ]


def is_private(model):
    """Return True if the model's app declares that no public page shows its rows."""
    return model._meta.object_name in getattr(model._meta.app_config, "private_models", ())


def public_models():
    """Return the project's models whose rows public pages may show."""
    return [model for config in project_app_configs() for model in config.get_models() if not is_private(model)]


def _row_changed(sender, **kwargs):
    pages_changed()


def _links_changed(sender, action, **kwargs):
    if action in M2M_CHANGES:
        pages_changed()


def _through_models(model):
    return [field.remote_field.through for field in model._meta.local_many_to_many]


def connect():
    """Connect the receivers for every public model (called once, from core's AppConfig.ready)."""
    for model in public_models():
        uid = f"core.caching.invalidation:{model._meta.label}"
        post_save.connect(_row_changed, sender=model, dispatch_uid=uid)
        post_delete.connect(_row_changed, sender=model, dispatch_uid=uid)
        for through in _through_models(model):
            m2m_changed.connect(_links_changed, sender=through, dispatch_uid=f"{uid}:{through._meta.label}")


def _listens(signal, receiver, sender):
    sync_receivers, _async_receivers = signal._live_receivers(sender)
    return receiver in sync_receivers


def uncovered_paths(model):
    """Return the ways a change to model's rows could leave cached pages stale (empty: it is covered)."""
    missing = []
    if not _listens(post_save, _row_changed, model):
        missing.append("save (post_save)")
    if not _listens(post_delete, _row_changed, model):
        missing.append("delete (post_delete)")
    missing += [f"links through {through._meta.label} (m2m_changed)" for through in _through_models(model)
                if not _listens(m2m_changed, _links_changed, through)]
    missing += [f"bulk writes through {manager.name} (not an InvalidatingQuerySet)"
                for manager in model._meta.managers if not issubclass(manager._queryset_class, InvalidatingQuerySet)]
    return missing
