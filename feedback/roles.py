"""The role that answers citizens' questions and feedback (Hỏi đáp)."""

from core.roles import Role

ANSWERER = Role(
    name="Trả lời hỏi đáp",
    # Submissions come from the public form only: the role reads, handles and answers them.
    permissions=["feedback.view_submission", "feedback.change_submission", "feedback.view_step",
                 "feedback.add_step", "feedback.view_field"],
    username="hoidap", purpose="Trả lời hỏi đáp, /admin/feedback/", family_name="Cán bộ hỏi đáp",
)
