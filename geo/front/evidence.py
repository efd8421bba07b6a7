"""Reports to evidence of control: who holds each reported place on a given day, and how surely.

The rules (issue 12):

- an ``advance`` by a side means that side holds the place from the event's date; a ``retreat``
  means the other side holds it from then. Either also means the other side held it just before
  (for ``PRIOR_DAYS``, at lower confidence), so "Ukrainian forces liberated Izium" on 10 September
  makes Izium Russian-held at the start of that month even with no report of its capture;
- a ``contact`` (fighting that changed nothing) naming who holds the place is evidence like the
  others where a capture or withdrawal was reported there; where none was, it cannot undo the
  baseline: naming the baseline's side it confirms it, naming the other side it disputes it and
  lowers the confidence (so "attacks near Donetsk repelled", misread as the city, does not hand
  Donetsk over). With no side named it says only where the line runs;
- later evidence wins; on the same day, the side with more sources wins and the confidence drops
  by the share that disagreed (a tie keeps the baseline's holder, at half confidence);
- region-level reports (geo_precision 3), undated ones, those before the baseline day and those
  with no side (an ``unknown`` actor) move nothing.

Reports are grouped by place: here by their point (to ~100 m), and by ``geo.front.estimate`` by
the nearest settlement, so "near Izium" at Izium's point is Izium.
"""

from __future__ import annotations

from datetime import date

import geopandas as gpd
import numpy as np
import pandas as pd

from geo.errors import FrontmapError
from geo.front.rules import (
    AGE_FLOOR,
    BASELINE_CONFIDENCE,
    BASELINE_DAY,
    HALF_LIFE_DAYS,
    MAX_PLACE_IDS,
    NEAR_PLACE_FACTOR,
    PRIOR_DAYS,
    PRIOR_FACTOR,
    SINGLE_SOURCE,
)

CONTROL_TYPES = ("advance", "retreat", "contact")
# What the estimate reads of an event table; the rest (source_count, event_ids...) is optional.
REQUIRED_COLUMNS = ("event_id", "event_type", "actor", "date", "geo_precision")
_OTHER = {"UA": "RU", "RU": "UA"}
# The columns of a report table (see control_reports).
REPORT_COLUMNS = [
    "key",
    "change",
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
    missing = [c for c in REQUIRED_COLUMNS if c not in events.columns]
    if missing or not isinstance(events, gpd.GeoDataFrame):
        lacking = f"lack column(s) {', '.join(missing)}" if missing else "are not a GeoDataFrame"
        raise FrontmapError(f"the events {lacking}: pass the event table (geo.events_frame or api.events)")
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
            "key": pd.factorize(
                pd.Series(np.round(lon, 3)).astype(str) + "," + pd.Series(np.round(lat, 3)).astype(str)
            )[0],
            "lon": lon,
            "lat": lat,
            "holder": pd.Series(holder, dtype=object).where(pd.notna(holder), None).to_numpy(),
            "day": days.to_numpy(),
            "event_type": table["event_type"].to_numpy(),
            "change": table["event_type"].isin(("advance", "retreat")).to_numpy(),
            "sources": np.asarray(sources, dtype=int),
            "reports": reports,
            "event_ids": ids,
            "near": (precision == 2).to_numpy(),
        }
    ).sort_values("day", kind="stable", ignore_index=True)


def _no_reports() -> pd.DataFrame:
    """An empty report table with the column types a full one has."""
    types = {
        "key": int,
        "change": bool,
        "lon": float,
        "lat": float,
        "day": "datetime64[ns]",
        "sources": int,
        "reports": int,
        "near": bool,
    }
    return pd.DataFrame({c: pd.Series(dtype=types.get(c, object)) for c in REPORT_COLUMNS})


EVIDENCE_COLUMNS = [
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


def split_reports(reports: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The reports that name a holder, split into captures and withdrawals, and fighting (contacts);
    each in date order, as ``resolve`` takes them."""
    known = reports[reports["holder"].notna()]
    changes, contacts = known[known["change"]], known[~known["change"]]
    return (
        changes.assign(superseded=superseded(changes)),
        contacts.assign(superseded=superseded(contacts)),
    )


def superseded(reports: pd.DataFrame) -> np.ndarray:
    """For each report, the day of the next later report of the same kind at its place (NaT if none).

    On any day, only a place's latest reports can be the ones that decide who holds it; with this
    ``resolve`` reads those alone instead of a year of reports for every snapshot.
    """
    if reports.empty:
        return np.array([], dtype="datetime64[ns]")
    keys = reports["key"].to_numpy(np.int64)
    days = reports["day"].to_numpy("datetime64[ns]")
    ordinal = days.astype("datetime64[D]").astype(np.int64)
    # One sortable number per (place, day); the next later day at the place is the first number
    # above a report's own, if it still belongs to the place.
    combined = (keys - keys.min()) * (int(ordinal.max() - ordinal.min()) + 2) + (ordinal - ordinal.min())
    order = np.argsort(combined, kind="stable")
    ranked = combined[order]
    after = np.searchsorted(ranked, ranked, side="right")
    inside = after < len(ranked)
    same = np.zeros(len(ranked), bool)
    same[inside] = keys[order][after[inside]] == keys[order][inside]
    following = np.full(len(ranked), np.datetime64("NaT"), dtype="datetime64[ns]")
    following[same] = days[order][after[same]]
    result = np.empty_like(following)
    result[order] = following
    return result


def _latest(reports: pd.DataFrame, when: pd.Timestamp) -> pd.DataFrame:
    """The reports (up to ``when``, in date order) that are their place's latest by ``when``."""
    later = reports["superseded"] if "superseded" in reports.columns else superseded(reports)
    later = np.asarray(later, dtype="datetime64[ns]")
    return reports[np.isnat(later) | (later > when.to_datetime64())]


def resolve(changes: pd.DataFrame, contacts: pd.DataFrame, as_of: date, baseline_holder) -> pd.DataFrame:
    """Who holds each reported place on ``as_of``: one row per place with evidence then.

    ``changes`` and ``contacts`` are ``split_reports``'s tables (in date order, so a day's reports
    are a slice). ``baseline_holder(lon, lat)`` (arrays) gives the baseline's side at points.
    Columns: ``EVIDENCE_COLUMNS``; ``last_day`` is the date of the latest report behind the holding
    (datetime64; for a holder implied by a later capture, that capture's date).
    """
    when = pd.Timestamp(as_of)
    days = changes["day"].to_numpy()
    until = np.searchsorted(days, when.to_datetime64(), side="right")
    soon = np.searchsorted(days, (when + pd.Timedelta(days=PRIOR_DAYS)).to_datetime64(), side="right")
    # Only a place's latest capture or withdrawal by the day can decide it (``_latest_changes``).
    direct = _latest(changes.iloc[:until], when).assign(effective=lambda t: t["day"], prior=False)
    ahead = changes.iloc[until:soon]
    prior = ahead.assign(
        effective=lambda t: t["day"] - pd.Timedelta(days=PRIOR_DAYS),
        holder=lambda t: t["holder"].map(_OTHER),
        prior=True,
    )
    contacts = contacts.iloc[
        : np.searchsorted(contacts["day"].to_numpy(), when.to_datetime64(), side="right")
    ]
    changed = contacts["key"].isin(direct["key"]) | contacts["key"].isin(prior["key"])
    # Where reports changed hands, fighting reported later is later evidence like any other ...
    rival = _latest(contacts[changed], when).assign(effective=lambda t: t["day"], prior=False)
    state = _latest_changes(pd.concat([direct, prior, rival], ignore_index=True), baseline_holder)
    # ... where none did, it cannot undo the baseline, which counts as one source against it.
    contacts = contacts[~changed]
    untouched = contacts.drop_duplicates("key")
    if len(untouched):
        base = pd.DataFrame(
            {
                "key": untouched["key"].to_numpy(),
                "lon": untouched["lon"].to_numpy(),
                "lat": untouched["lat"].to_numpy(),
                "holder": baseline_holder(untouched["lon"].to_numpy(), untouched["lat"].to_numpy()),
                "sources": 0,
                "reports": 0,
                "last_day": pd.NaT,
                "prior": False,
                "near": True,
                "agreement": 1.0,
                "event_ids": "",
                "effective": pd.NaT,
            }
        )
        state = pd.concat([state, base], ignore_index=True)
    if state.empty:
        return pd.DataFrame(columns=EVIDENCE_COLUMNS)
    kinds = {
        "lon": float,
        "lat": float,
        "sources": int,
        "reports": int,
        "agreement": float,
        "prior": bool,
        "near": bool,
    }
    state = _with_contacts(state.astype(kinds), contacts)
    age = (when - state["last_day"]).dt.days.clip(lower=0).to_numpy()
    sources = state["sources"].to_numpy()
    reported = np.where(
        sources > 0, 1 - (1 - SINGLE_SOURCE) * 0.5 ** (np.maximum(sources, 1) - 1), BASELINE_CONFIDENCE
    )
    confidence = (
        reported
        * state["agreement"].to_numpy()
        * np.maximum(AGE_FLOOR, 0.5 ** (age / HALF_LIFE_DAYS))
        * np.where(state["prior"], PRIOR_FACTOR, 1.0)
        * np.where(state["near"], NEAR_PLACE_FACTOR, 1.0)
    )
    state["confidence"] = np.round(confidence, 3)
    return state[EVIDENCE_COLUMNS]


def _groups(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The rows of each group of ``codes`` (ints), for numpy's ``reduceat``: an order that puts a
    group's rows together (stable, so each group keeps the table's order) and where each group starts.

    A place is a handful of rows and a snapshot a few thousand places: pandas' groupby costs more
    in calling than in counting here, and the estimate groups twice per snapshot.
    """
    order = np.argsort(codes, kind="stable")
    starts = np.flatnonzero(np.r_[True, codes[order][1:] != codes[order][:-1]]) if len(codes) else codes
    return order, starts


def _joined(ids: np.ndarray, order: np.ndarray, starts: np.ndarray, limit: int = MAX_PLACE_IDS) -> list[str]:
    """``ids`` ";"-joined per group (``_groups``), keeping the last ``limit`` of each (the latest)."""
    return [";".join(chunk[-limit:]) for chunk in np.split(ids[order], starts[1:])] if len(starts) else []


def _day_ints(frame: pd.DataFrame, column: str) -> np.ndarray:
    """A date column as int64 nanoseconds (NaT is the least int64, so a max skips it)."""
    return pd.to_datetime(frame[column]).to_numpy("datetime64[ns]").view(np.int64)


def _latest_changes(candidates: pd.DataFrame, baseline_holder) -> pd.DataFrame:
    """Per place, the holder its latest capture or withdrawal gives (the better-sourced side on a
    disputed day, the baseline's on a tie), with ``agreement`` the share of sources for it.

    Rows are in place order (``key``); each side of a place sums the sources and reports of its
    latest day, in the order the reports came.
    """
    columns = ["key", "lon", "lat", "holder", "sources", "reports", "last_day", "prior", "near", "agreement"]
    if candidates.empty:
        return pd.DataFrame(columns=[*columns, "event_ids", "effective"])
    key = candidates["key"].to_numpy(np.int64)
    effective = _day_ints(candidates, "effective")
    order, starts = _groups(key)
    newest = np.maximum.reduceat(effective[order], starts)
    latest = effective == newest[np.searchsorted(key[order][starts], key)]
    key, effective = key[latest], effective[latest]
    holder = candidates["holder"].to_numpy(object)[latest]
    # One group per place and side, numbered in the order they first appear.
    codes = pd.factorize(key * 2 + (holder == "RU"))[0]
    order, starts = _groups(codes)
    first = order[starts]

    def summed(column: str) -> np.ndarray:
        return np.add.reduceat(candidates[column].to_numpy(np.int64)[latest][order], starts)

    def every(column: str) -> np.ndarray:
        return np.logical_and.reduceat(candidates[column].to_numpy(bool)[latest][order], starts)

    sources = summed("sources")
    side_key = key[first]
    # The better-sourced side of each place (the first to appear on a tie) comes first.
    by_sources = np.argsort(-sources, kind="stable")
    ranked = by_sources[np.argsort(side_key[by_sources], kind="stable")]
    leads = np.r_[True, side_key[ranked][1:] != side_key[ranked][:-1]]
    best = ranked[leads]
    runner_up = np.full(len(ranked), -1, np.int64)
    seconds = np.flatnonzero(~leads[1:] & leads[:-1])  # a place's second side follows its first
    runner_up[seconds] = sources[ranked][seconds + 1]
    totals = np.add.reduceat(sources[ranked], np.flatnonzero(leads))
    day = _day_ints(candidates, "day")[latest][order]
    result = pd.DataFrame(
        {
            "key": side_key[best],
            "holder": holder[first][best],
            "lon": candidates["lon"].to_numpy(float)[latest][first][best],
            "lat": candidates["lat"].to_numpy(float)[latest][first][best],
            "sources": sources[best],
            "reports": summed("reports")[best],
            "last_day": np.minimum.reduceat(day, starts)[best].view("datetime64[ns]"),
            "effective": effective[first][best].view("datetime64[ns]"),
            "prior": every("prior")[best],
            "near": every("near")[best],
            "event_ids": np.array(
                _joined(candidates["event_ids"].to_numpy(object)[latest], order, starts), object
            )[best],
            "agreement": sources[best] / totals,
        }
    )
    tie = sources[best] == runner_up[leads]
    if tie.any():
        result.loc[tie, "holder"] = baseline_holder(
            result.loc[tie, "lon"].to_numpy(), result.loc[tie, "lat"].to_numpy()
        )
    return result


def _with_contacts(state: pd.DataFrame, contacts: pd.DataFrame) -> pd.DataFrame:
    """The holders with the fighting reported since their last change (for the baseline: ever): a
    contact changes nothing, so one that names the holder adds its sources and freshness, one that
    names the other side lowers the agreement (the baseline, where it stands alone, counting as one
    source)."""
    keys = state["key"].to_numpy(np.int64)  # one row per place
    by_key = np.argsort(keys, kind="stable")
    at = np.searchsorted(keys[by_key], contacts["key"].to_numpy(np.int64))
    at = np.minimum(at, max(len(keys) - 1, 0))
    found = (keys[by_key][at] == contacts["key"].to_numpy(np.int64)) if len(keys) else at.astype(bool)
    row = by_key[at]
    effective = _day_ints(state, "effective")
    day = _day_ints(contacts, "day")
    # NaT (the baseline) is the least int64: every contact is since then.
    since = found & (day >= effective[row])
    agrees = contacts["holder"].to_numpy(object) == state["holder"].to_numpy(object)[row]
    sources = contacts["sources"].to_numpy(np.int64)
    reports = contacts["reports"].to_numpy(np.int64)
    near = contacts["near"].to_numpy(bool)
    ids = contacts["event_ids"].to_numpy(object)
    n = len(state)

    def per_row(chosen: np.ndarray):
        """Sums of sources and reports, the latest day, whether all were near, and the ids of the
        contacts ``chosen`` per state row (rows with none: 0, 0, NaT, True, None)."""
        rows = row[chosen]
        order, starts = _groups(rows)
        at_rows = rows[order][starts]
        totals = np.zeros((2, n), np.int64)
        latest = np.full(n, np.iinfo(np.int64).min)
        everywhere = np.ones(n, bool)
        joined = np.full(n, None, object)
        if len(starts):
            totals[0, at_rows] = np.add.reduceat(sources[chosen][order], starts)
            totals[1, at_rows] = np.add.reduceat(reports[chosen][order], starts)
            latest[at_rows] = np.maximum.reduceat(day[chosen][order], starts)
            everywhere[at_rows] = np.logical_and.reduceat(near[chosen][order], starts)
            joined[at_rows] = _joined(ids[chosen], order, starts)
        return totals[0], totals[1], latest.view("datetime64[ns]"), everywhere, joined

    more, more_reports, fresh, all_near, more_ids = per_row(since & agrees)
    opposed, disputed_reports, disputed_on, _, disputed_ids = per_row(since & ~agrees)
    held = state["sources"].to_numpy(np.int64) + more
    weight = np.where(held > 0, held, 1)
    state = state.copy()
    state["agreement"] = state["agreement"].to_numpy(float) * weight / (weight + opposed)
    state["sources"] = held
    state["near"] = state["near"].to_numpy(bool) & all_near
    last = pd.to_datetime(state["last_day"]).to_numpy("datetime64[ns]")
    last = np.where(np.isnat(last) | (~np.isnat(fresh) & (fresh > last)), fresh, last)
    alone = np.isnat(last)
    # The baseline, disputed: say since when.
    state["last_day"] = np.where(alone, disputed_on, last)
    state["event_ids"] = [
        ";".join(i for i in (own, extra or "", disputed if alone_row and disputed else "") if i)
        for own, extra, disputed, alone_row in zip(
            state["event_ids"], more_ids, disputed_ids, alone, strict=True
        )
    ]
    state["reports"] = (
        state["reports"].to_numpy(np.int64) + more_reports + np.where(alone, disputed_reports, 0)
    )
    return state


def joined_per_group(
    frame: pd.DataFrame, by: list[str], column: str, *, sort: bool, limit: int = MAX_PLACE_IDS
) -> list[str]:
    """``column``'s strings ";"-joined per group of ``frame.groupby(by, sort=sort)``, in the groupby's
    order (the same as ``.agg(";".join)``, without a Python call per group through pandas), keeping
    the last ``limit`` of each group (reports are in date order: the latest)."""
    codes = frame.groupby(by, sort=sort).ngroup().to_numpy()
    order = np.argsort(codes, kind="stable")
    bounds = np.flatnonzero(np.diff(codes[order])) + 1
    return [";".join(chunk[-limit:]) for chunk in np.split(frame[column].to_numpy()[order], bounds)]


def change_days(reports: pd.DataFrame, baseline_holder) -> list[date]:
    """The days on which some place's holder changes, by the rules above, in order.

    A place's first evidence counts as a change when it differs from the baseline there; a
    capture's implied earlier holder counts from ``PRIOR_DAYS`` before it.
    """
    known = reports[reports["holder"].notna()]
    moves = known[known["change"]]
    prior = moves.assign(day=moves["day"] - pd.Timedelta(days=PRIOR_DAYS), holder=moves["holder"].map(_OTHER))
    timeline = pd.concat([moves, prior], ignore_index=True)
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
