"""iCalendar events whose texts pass through the export cleaner (RFC 5545 forbids control characters)."""

from icalendar import Event

from core.exportsafe import export_text


class CleanEvent(Event):
    """An icalendar Event whose text properties hold no control or bidirectional character."""

    def add(self, name, value, *args, **kwargs):
        if isinstance(value, str):
            value = export_text(value)
        return super().add(name, value, *args, **kwargs)
