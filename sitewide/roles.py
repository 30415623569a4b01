"""Every section's role, seeded together; the "Quản trị" account gets each one's rights."""

from core.roles import seed_role
from documents.roles import CLERK
from feedback.roles import ANSWERER
from news.roles import ADMINISTRATOR
from notices.roles import OFFICER
from organisation.roles import DIRECTORY_KEEPER
from procedures.roles import PROCEDURES_EDITOR
from schedule.roles import SCHEDULER

SECTION_ROLES = [ANSWERER, CLERK, OFFICER, SCHEDULER, PROCEDURES_EDITOR, DIRECTORY_KEEPER]


def seed_section_roles(*, stdout):
    """Create each section's group and demo account when missing; print new passwords once."""
    return [seed_role(role, stdout=stdout, administrator=ADMINISTRATOR) for role in SECTION_ROLES]
