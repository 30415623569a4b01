from django.urls import path

from youth.views import calendar, dashboard, exports, meetings, tasks

app_name = "youth"
urlpatterns = [
    path("", dashboard.DashboardView.as_view(), name="dashboard"),
    path("viec-cua-toi/", tasks.MyTasksView.as_view(), name="my_tasks"),
    path("nhiem-vu/giao/", tasks.task_create, name="task_create"),
    path("nhiem-vu/danh-sach.xlsx", exports.tasks_xlsx, name="tasks_xlsx"),
    path("nhiem-vu/<int:pk>/", tasks.task_detail, name="task"),
    path("nhiem-vu/<int:pk>/bao-cao/", tasks.report_progress, name="task_report"),
    path("nhiem-vu/<int:pk>/xac-nhan/", tasks.confirm_completion, name="task_confirm"),
    path("nhiem-vu/<int:pk>/sua/", tasks.task_edit, name="task_edit"),
    path("nhiem-vu/<int:pk>/gia-han/", tasks.extend_task, name="task_extend"),
    path("nhiem-vu/<int:pk>/huy/", tasks.cancel_task, name="task_cancel"),
    path("cuoc-hop/", meetings.MeetingListView.as_view(), name="meetings"),
    path("cuoc-hop/<int:pk>/", meetings.meeting_detail, name="meeting"),
    path("cuoc-hop/<int:pk>/chot-bien-ban/", meetings.finalise, name="meeting_finalise"),
    path("cuoc-hop/<int:pk>/mo-lai/", meetings.reopen, name="meeting_reopen"),
    path("cuoc-hop/<int:pk>/bien-ban.docx", exports.meeting_paper, {"paper": "bien-ban", "extension": "docx"},
         name="minutes_docx"),
    path("cuoc-hop/<int:pk>/<slug:paper>.<str:extension>", exports.meeting_paper, name="meeting_paper"),
    path("cuoc-hop/<int:pk>/viet-tin/", meetings.draft_article, name="meeting_draft_article"),
    path("bao-cao-dang-uy/", exports.party_report, name="party_report"),
    path("lich/", calendar.calendar_settings, name="calendar"),
    path("lich/<str:token>.ics", calendar.calendar_feed, name="calendar_feed"),
]
