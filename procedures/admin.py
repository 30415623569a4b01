from django import forms
from django.contrib import admin
from django.core.files.uploadedfile import UploadedFile

from core.files.checks import DOCX, PDF, XLSX, check_upload
from procedures.models import Procedure, ProcedureForm


class ProcedureFormForm(forms.ModelForm):
    class Meta:
        model = ProcedureForm
        fields = ["title", "file", "position"]

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if isinstance(upload, UploadedFile):  # a new file; a kept one was checked when sent
            checked = check_upload(upload, kinds=(PDF, DOCX, XLSX))
            self.instance.kind, self.instance.size = checked.kind, checked.size
            self.instance.original_name = checked.original_name
            return checked
        return upload


class ProcedureFormInline(admin.TabularInline):
    model = ProcedureForm
    form = ProcedureFormForm
    extra = 1


@admin.register(Procedure)
class ProcedureAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "sector", "position", "is_published"]
    list_editable = ["position", "is_published"]
    list_filter = ["is_published", "sector"]
    search_fields = ["name", "code"]
    autocomplete_fields = ["sector"]
    inlines = [ProcedureFormInline]
