"""Read pages as a browser would: parse them, find a field's error, send a form as it stands."""

from bs4 import BeautifulSoup


def dmy(date):
    return date.strftime("%d/%m/%Y")


def page_of(response):
    return BeautifulSoup(response.content, "html.parser")


def error_next_to(page, name):
    """Return the error text shown in the field block of the input named `name` ("" when none)."""
    field = page.find(attrs={"name": name})
    assert field is not None, name
    errors = field.find_parent("div").select(".errorlist")
    return " ".join(error.get_text(" ", strip=True) for error in errors)


def form_data(form):
    """Return what a browser would send for this form as it stands (disabled fields left out)."""
    data = {}
    for field in form.select("input, select, textarea"):
        name = field.get("name")
        if not name or field.has_attr("disabled"):
            continue
        if field.name == "select":
            chosen = [option.get("value", "") for option in field.select("option[selected]")]
            data[name] = chosen if field.has_attr("multiple") else (chosen[0] if chosen else "")
        elif field.name == "textarea":
            data[name] = field.get_text()
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field.get("value", "on"))
        elif field.get("type") not in ("submit", "button"):
            data[name] = field.get("value", "")
    return data
