"""Which events to read from a store: the filters every backend applies in its own SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to read: all of them by default.

    ``since``/``until`` are inclusive bounds on the event's date; an event with an unknown date is
    left out whenever either is given (it cannot be said to lie in the range). ``types`` and
    ``actors`` keep events whose value is among them (empty: any). ``bbox`` is
    (min_lon, min_lat, max_lon, max_lat) in EPSG:4326.
    """

    since: date | None = None
    until: date | None = None
    types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    bbox: tuple[float, float, float, float] | None = None

    def where(self, placeholder: str = "?") -> tuple[str, list]:
        """The SQL condition on the ``events`` table's date, type and actor, and its parameters.

        ``placeholder`` is the driver's parameter mark (``?`` for sqlite3, ``%s`` for psycopg). The
        bbox is left to the backend: a spatial index answers it, and each store has its own.
        """
        clauses, params = ["1 = 1"], []
        if self.since:
            clauses.append(f"date >= {placeholder}")
            params.append(self.since)
        if self.until:
            clauses.append(f"date <= {placeholder}")
            params.append(self.until)
        for column, values in (("event_type", self.types), ("actor", self.actors)):
            if values:
                clauses.append(f"{column} IN ({', '.join([placeholder] * len(values))})")
                params.extend(values)
        return " AND ".join(clauses), params


# The filter that keeps every event (a shared default: the record is frozen).
ALL_EVENTS = EventFilter()
