"""The one organisation directory: units (a tree) and their names through time, people and their positions.

Every app reads units and people from here: the youth work area (meetings, tasks), the
introduction pages, documents (issuing body, signer), the leaders' schedule and the
enforcement notices (offices). A unit also carries its document identity, the header its
papers are issued under (State, Party or Youth Union format: docs/documents.md).
"""

from organisation.models.people import Appointment, Capacity, Membership, Person
from organisation.models.units import Unit, UnitEvent, UnitName

__all__ = ["Appointment", "Capacity", "Membership", "Person", "Unit", "UnitEvent", "UnitName"]
