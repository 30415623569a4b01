import datetime
import re

from django import forms
from django.utils.translation import gettext_lazy as _

# Dates the site can list and link: archive addresses have four-digit years in this range
# (news.urls), and a day range near datetime's limits would overflow.
FIRST_YEAR, LAST_YEAR = 1900, 2999


def check_year(value):
    """Raise ValidationError unless the date's year is in FIRST_YEAR–LAST_YEAR."""
    if value is not None and not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise forms.ValidationError(_("Choose a date between 1900 and 2999."), code="year")
    return value


# What phone keyboards let people type between day, month and year: / . - , or a space.
SEPARATORS = re.compile(r"\s*[/.\-,\s]\s*")
NOT_A_DATE = _("“%(value)s” is not a date. Enter it as dd/mm/yyyy, e.g. 03/04/2023.")


def parse_day(text):
    """Return the day typed as day-month-year (any separator, or 8 digits) or year-month-day; None if no date."""
    text = (text or "").strip()
    parts = [text[:2], text[2:4], text[4:]] if re.fullmatch(r"\d{8}", text) else SEPARATORS.split(text)
    if len(parts) != 3 or not all(part.isdigit() and part.isascii() for part in parts):
        return None
    if len(parts[0]) == 4:  # 2023-04-03, as a date input sends it
        year, month, day = parts
    else:
        day, month, year = parts
    if len(year) != 4 or len(day) > 2 or len(month) > 2:
        return None
    try:
        return datetime.date(int(year), int(month), int(day))
    except ValueError:
        return None


class DayField(forms.Field):
    """A day typed the way phones allow: 03/04/2023, 3.4.2023, 3-4-2023, 03042023 or 2023-04-03."""

    widget = forms.TextInput

    def to_python(self, value):
        text = str(value or "").strip()
        if not text:
            return None
        day = parse_day(text) if len(text) <= 20 else None
        if day is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid", params={"value": text[:20]})
        return day

    def prepare_value(self, value):
        return value.strftime("%d/%m/%Y") if isinstance(value, datetime.date) else value


class DayPickerForm(forms.Form):
    """The "Các tin đã đưa ngày" picker: the day typed, or chosen on the browser's own calendar."""

    ngay = DayField(
        label=_("News published on"), required=False,
        error_messages={"required": _("Enter a date as dd/mm/yyyy."), "invalid": NOT_A_DATE},
        widget=forms.TextInput(attrs={
            # numeric: phones show their digit pad; 03042023 is accepted for pads without "/".
            "placeholder": _("dd/mm/yyyy"), "inputmode": "numeric", "autocomplete": "off", "size": 10,
            "maxlength": 20, "aria-describedby": "day-picker-hint",
        }),
    )
    # The browser's native date picker (type=date) sends an ISO date; it wins when chosen.
    lich = DayField(label=_("or choose on the calendar"), required=False,
                    error_messages={"invalid": NOT_A_DATE})

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        day = cleaned.get("lich") or cleaned.get("ngay")
        if day is None:
            self.add_error("ngay", forms.ValidationError(self.fields["ngay"].error_messages["required"],
                                                         code="required"))
            return cleaned
        try:
            check_year(day)
        except forms.ValidationError as error:
            self.add_error("ngay", error)
            return cleaned
        cleaned["ngay"] = day
        return cleaned
