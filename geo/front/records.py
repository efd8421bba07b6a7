"""The columns every control area and stretch of front line carries, and how a row of them is made."""

from __future__ import annotations

from collections.abc import Iterable

from geo.front.rules import MAX_AREA_IDS

AREA_COLUMNS = ["controller", "confidence", "last_evidence_date", "event_ids", "n_reports", "certainty"]


def record(
    controller, confidence, last_day, event_ids: str, n_reports: int, certainty: str, geometry
) -> dict:
    """One area or stretch of line: ``controller`` "UA"/"RU" (None for a line), ``confidence`` 0-1,
    ``last_day`` the latest report behind it (or None), ``event_ids`` ";"-joined, ``certainty``
    "observed", "inferred" or "baseline"."""
    return {
        "controller": controller,
        "confidence": confidence,
        "last_evidence_date": last_day,
        "event_ids": event_ids,
        "n_reports": n_reports,
        "certainty": certainty,
        "geometry": geometry,
    }


def joined_ids(ids: Iterable[str]) -> str:
    """ ";"-joined id lists merged into one, each id once, at most MAX_AREA_IDS of them."""
    return ";".join(list(dict.fromkeys(i for joined in ids for i in joined.split(";") if i))[:MAX_AREA_IDS])
