"""Export-safe text and the form check against control characters (core/exportsafe.py, core/validators.py)."""

import io

import pytest
from django import forms
from openpyxl import Workbook, load_workbook

from core.exportsafe import append_row, export_text
from core.validators import PlainTextFormMixin, reject_control_characters


def test_export_text_drops_c0_controls_but_keeps_tab_and_newlines():
    assert export_text("Giải\x07 bóng\x00 đá\x1b") == "Giải bóng đá"
    assert export_text("Dòng 1\r\nDòng 2\tcột") == "Dòng 1\nDòng 2\tcột"
    assert export_text(None) == ""
    assert export_text(7) == "7"


@pytest.mark.parametrize("text", ["=HYPERLINK(\"http://x\",\"Bấm\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\r=1"])
def test_cells_that_start_like_a_formula_are_written_as_text(text):
    workbook = Workbook()
    append_row(workbook.active, [1, text, None])
    buffer = io.BytesIO()
    workbook.save(buffer)
    cell = load_workbook(io.BytesIO(buffer.getvalue())).active.cell(row=1, column=2)
    assert cell.data_type == "s"
    assert cell.value == export_text(text)
    assert cell.quotePrefix


def test_ordinary_cells_keep_their_types():
    workbook = Workbook()
    append_row(workbook.active, [3, "Nhóm 4", 2.5])
    sheet = workbook.active
    assert [c.value for c in sheet[1]] == [3, "Nhóm 4", 2.5]
    assert not sheet.cell(row=1, column=2).quotePrefix


class NoteForm(PlainTextFormMixin, forms.Form):
    title = forms.CharField()
    note = forms.CharField(widget=forms.Textarea, required=False)


def test_forms_refuse_control_characters_in_vietnamese():
    form = NoteForm({"title": "Việc\x07 mới", "note": "Dòng 1\r\nDòng 2\tcột"})
    assert not form.is_valid()
    assert form.errors["title"] == ["Nội dung có ký tự điều khiển không hợp lệ (mã 7). Xin xóa ký tự đó rồi gửi lại."]
    assert "note" not in form.errors


def test_the_validator_alone():
    reject_control_characters("Bình thường\n\t")
    with pytest.raises(forms.ValidationError):
        reject_control_characters("a\x1fb")


def test_one_line_fields_refuse_line_breaks_text_areas_keep_them():
    form = NoteForm({"title": "Tiêu đề\r\nBcc: x@example.com", "note": "Dòng 1\r\nDòng 2"})
    assert not form.is_valid()
    assert list(form.errors) == ["title"]
    assert "mã 13" in form.errors["title"][0]
