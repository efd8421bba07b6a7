"""Reports to evidence of control: who holds each reported place on a given day, and how surely.

The rules (issue 12):

- an ``advance`` by a side means that side holds the place from the event's date; a ``retreat``
  means the other side holds it from then. Either also means the other side held it just before
  (for ``PRIOR_DAYS``, at lower confidence), so "Ukrainian forces liberated Izium" on 10 September
  makes Izium Russian-held at the start of that month even with no report of its capture;
- a ``contact`` (fighting that changed nothing) says the side named as holding the place holds it;
  with no side named it says only where the line runs;
- later evidence wins; on the same day, the side with more sources wins and the confidence drops
  by the share that disagreed (a tie keeps the baseline's holder, at half confidence);
- region-level reports (geo_precision 3), undated ones, those before the baseline day and those
  with no side (an ``unknown`` actor) move nothing.

Reports are grouped by their point (to ~100 m), so "near Izium" at Izium's point is Izium.
"""

from __future__ import annotations

from datetime import date

import geopandas as gpd
import numpy as np
import pandas as pd

from geo.front.rules import (
    AGE_FLOOR,
    BASELINE_DAY,
    HALF_LIFE_DAYS,
    NEAR_PLACE_FACTOR,
    PRIOR_DAYS,
    PRIOR_FACTOR,
    SINGLE_SOURCE,
)

CONTROL_TYPES = ("advance", "retreat", "contact")
_OTHER = {"UA": "RU", "RU": "UA"}
# The columns of a report table (see control_reports).
REPORT_COLUMNS = [
    "key",
    "lon",
    "lat",
    "holder",
    "day",
    "event_type",
    "sources",
    "reports",
    "event_ids",
    "near",
]


def control_reports(events: gpd.GeoDataFrame) -> pd.DataFrame:
    """The reports among ``events`` that can say who holds a place, one row each.

    ``events`` is the event table (``geo.events_frame``) or the store's merged table (whose
    ``event_ids`` and ``report_count`` are used when present). Columns: ``key`` (the point to
    ~100 m), ``lon``/``lat``, ``holder`` (``UA``, ``RU`` or None when only the place of fighting is
    known), ``day`` (datetime64), ``event_type``, ``sources``, ``reports``, ``event_ids`` (";"-joined)
    and ``near`` (geo_precision 2).
    """
    if events is None or events.empty:
        return _no_reports()
    table = events[events["event_type"].isin(CONTROL_TYPES)]
    table = table[table.geometry.notna() & ~table.geometry.is_empty]
    days = pd.to_datetime(table["date"], errors="coerce", format="ISO8601")
    precision = pd.to_numeric(table["geo_precision"], errors="coerce")
    keep = days.notna() & (days >= pd.Timestamp(BASELINE_DAY)) & precision.isin([1, 2])
    table, days, precision = table[keep], days[keep], precision[keep]
    if table.empty:
        return _no_reports()
    actor = table["actor"].where(table["actor"].isin(list(_OTHER)))
    holder = np.where(table["event_type"] == "retreat", actor.map(_OTHER), actor)
    lon, lat = table.geometry.x.to_numpy(), table.geometry.y.to_numpy()
    if "event_ids" in table.columns:
        ids = [";".join(v) if isinstance(v, (list, tuple)) else str(v) for v in table["event_ids"]]
    else:
        ids = table["event_id"].astype(str).tolist()
    reports = (
        table["report_count"].to_numpy(int) if "report_count" in table.columns else np.ones(len(table), int)
    )
    sources = pd.to_numeric(table.get("source_count", 1), errors="coerce").fillna(1).clip(lower=1)
    return pd.DataFrame(
        {
            "key": [f"{x:.3f},{y:.3f}" for x, y in zip(lon, lat, strict=True)],
            "lon": lon,
            "lat": lat,
            "holder": pd.Series(holder, dtype=object).where(pd.notna(holder), None).to_numpy(),
            "day": days.to_numpy(),
            "event_type": table["event_type"].to_numpy(),
            "sources": np.asarray(sources, dtype=int),
            "reports": reports,
            "event_ids": ids,
            "near": (precision == 2).to_numpy(),
        }
    )


def _no_reports() -> pd.DataFrame:
    """An empty report table with the column types a full one has."""
    types = {
        "lon": float,
        "lat": float,
        "day": "datetime64[ns]",
        "sources": int,
        "reports": int,
        "near": bool,
    }
    return pd.DataFrame({c: pd.Series(dtype=types.get(c, object)) for c in REPORT_COLUMNS})


def resolve(reports: pd.DataFrame, as_of: date, baseline_holder) -> pd.DataFrame:
    """Who holds each reported place on ``as_of``: one row per place with evidence then.

    ``baseline_holder(lon, lat)`` (arrays) gives the baseline's side at points, for ties. Columns:
    ``key lon lat holder confidence last_day event_ids reports sources prior``; ``last_day`` is the
    date of the latest report behind the holding (datetime64).
    """
    when = pd.Timestamp(as_of)
    known = reports[reports["holder"].notna()]
    direct = known[known["day"] <= when].assign(effective=lambda t: t["day"], prior=False)
    moves = known[known["event_type"].isin(("advance", "retreat")) & (known["day"] > when)]
    prior = moves[moves["day"] - pd.Timedelta(days=PRIOR_DAYS) <= when].assign(
        effective=lambda t: t["day"] - pd.Timedelta(days=PRIOR_DAYS),
        holder=lambda t: t["holder"].map(_OTHER),
        prior=True,
    )
    candidates = pd.concat([direct, prior], ignore_index=True)
    if candidates.empty:
        return pd.DataFrame(
            columns=[
                "key",
                "lon",
                "lat",
                "holder",
                "confidence",
                "last_day",
                "event_ids",
                "reports",
                "sources",
            ]
        )
    latest = candidates[candidates["effective"] == candidates.groupby("key")["effective"].transform("max")]
    sides = (
        latest.groupby(["key", "holder"], sort=False)
        .agg(
            lon=("lon", "first"),
            lat=("lat", "first"),
            sources=("sources", "sum"),
            reports=("reports", "sum"),
            last_day=("day", "min"),
            prior=("prior", "all"),
            near=("near", "all"),
        )
        .reset_index()
        .assign(event_ids=joined_per_group(latest, ["key", "holder"], "event_ids", sort=False))
    )
    total = sides.groupby("key")["sources"].transform("sum")
    sides["agreement"] = sides["sources"] / total
    sides = sides.sort_values(["key", "sources"], ascending=[True, False], kind="stable")
    best = sides.drop_duplicates("key", keep="first").set_index("key")
    tied = sides[sides["agreement"] == 0.5]["key"].unique()
    tied = tied[sides.groupby("key").size().loc[tied].to_numpy() > 1] if len(tied) else tied
    if len(tied):
        rows = best.loc[tied]
        best.loc[tied, "holder"] = baseline_holder(rows["lon"].to_numpy(), rows["lat"].to_numpy())
    best = best.reset_index()
    age = (when - best["last_day"]).dt.days.clip(lower=0).to_numpy()
    confidence = (
        (1 - (1 - SINGLE_SOURCE) * 0.5 ** (best["sources"].to_numpy() - 1))
        * best["agreement"].to_numpy()
        * np.maximum(AGE_FLOOR, 0.5 ** (age / HALF_LIFE_DAYS))
        * np.where(best["prior"], PRIOR_FACTOR, 1.0)
        * np.where(best["near"], NEAR_PLACE_FACTOR, 1.0)
    )
    best["confidence"] = np.round(confidence, 3)
    return best[["key", "lon", "lat", "holder", "confidence", "last_day", "event_ids", "reports", "sources"]]


def joined_per_group(frame: pd.DataFrame, by: list[str], column: str, *, sort: bool) -> list[str]:
    """``column``'s strings ";"-joined per group of ``frame.groupby(by, sort=sort)``, in the groupby's
    order: the same as ``.agg(";".join)``, without a Python call per group through pandas."""
    codes = frame.groupby(by, sort=sort).ngroup().to_numpy()
    order = np.argsort(codes, kind="stable")
    bounds = np.flatnonzero(np.diff(codes[order])) + 1
    return [";".join(chunk) for chunk in np.split(frame[column].to_numpy()[order], bounds)]


def change_days(reports: pd.DataFrame, baseline_holder) -> list[date]:
    """The days on which some place's holder changes, by the rules above, in order.

    A place's first evidence counts as a change when it differs from the baseline there; a
    capture's implied earlier holder counts from ``PRIOR_DAYS`` before it.
    """
    known = reports[reports["holder"].notna()]
    moves = known[known["event_type"].isin(("advance", "retreat"))]
    prior = moves.assign(day=moves["day"] - pd.Timedelta(days=PRIOR_DAYS), holder=moves["holder"].map(_OTHER))
    timeline = pd.concat([known, prior], ignore_index=True)
    timeline = timeline[timeline["day"] >= pd.Timestamp(BASELINE_DAY)]
    if timeline.empty:
        return []
    # One holder per place and day: the better-sourced one.
    daily = (
        timeline.groupby(["key", "day", "holder"], sort=False)
        .agg(sources=("sources", "sum"), lon=("lon", "first"), lat=("lat", "first"))
        .reset_index()
        .sort_values(["key", "day", "sources"], ascending=[True, True, False], kind="stable")
        .drop_duplicates(["key", "day"], keep="first")
    )
    before = daily.groupby("key")["holder"].shift(1)
    first = before.isna()
    before[first] = baseline_holder(daily.loc[first, "lon"].to_numpy(), daily.loc[first, "lat"].to_numpy())
    changed = daily[daily["holder"] != before]
    return sorted({d.date() for d in changed["day"]})
