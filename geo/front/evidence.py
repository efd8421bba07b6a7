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
    counted = table["source_count"] if "source_count" in table.columns else pd.Series(1, index=table.index)
    sources = pd.to_numeric(counted, errors="coerce").fillna(1).clip(lower=1)
    return pd.DataFrame(
        {
            # The point to ~100 m (a thousandth of a degree), numbered in the order first seen.
            "key": pd.factorize(np.rint(lon * 1000).astype(np.int64) * 1_000_000 + np.rint(lat * 1000))[0],
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


def resolve(changes: pd.DataFrame, contacts: pd.DataFrame, as_of: date, baseline_holder) -> pd.DataFrame:
    """Who holds each reported place on ``as_of``: one row per place with evidence then.

    ``changes`` and ``contacts`` are ``split_reports``'s tables (in date order, so a day's reports
    are a slice). ``baseline_holder(lon, lat)`` (arrays) gives the baseline's side at points.
    Columns: ``EVIDENCE_COLUMNS``; ``last_day`` is the date of the latest report behind the holding
    (datetime64; for a holder implied by a later capture, that capture's date).
    """
    when = pd.Timestamp(as_of)
    now = when.to_datetime64()
    change = _arrays(changes)
    until = np.searchsorted(change["day"], now, side="right")
    soon = np.searchsorted(
        change["day"], (when + pd.Timedelta(days=PRIOR_DAYS)).to_datetime64(), side="right"
    )
    # Only a place's latest capture or withdrawal by the day can decide it (``_latest_changes``).
    direct = _take(change, np.flatnonzero(_is_latest(change["superseded"][:until], now)))
    direct["effective"] = direct["day"]
    direct["prior"] = np.zeros(len(direct["key"]), bool)
    prior = _take(change, np.arange(until, soon))
    prior["effective"] = prior["day"] - np.timedelta64(PRIOR_DAYS, "D")
    prior["holder"] = np.where(prior["holder"] == "UA", "RU", "UA").astype(object)
    prior["prior"] = np.ones(len(prior["key"]), bool)
    fighting = _arrays(contacts)
    fighting = _take(fighting, np.arange(np.searchsorted(fighting["day"], now, side="right")))
    changed = np.isin(fighting["key"], change["key"][:soon])
    # Where reports changed hands, fighting reported later is later evidence like any other ...
    rival = _take(fighting, np.flatnonzero(changed & _is_latest(fighting["superseded"], now)))
    rival["effective"] = rival["day"]
    rival["prior"] = np.zeros(len(rival["key"]), bool)
    candidates = {c: np.concatenate([direct[c], prior[c], rival[c]]) for c in _CANDIDATE_COLUMNS}
    state = _latest_changes(candidates, baseline_holder)
    # ... where none did, it cannot undo the baseline, which counts as one source against it.
    fighting = _take(fighting, np.flatnonzero(~changed))
    first = np.sort(np.unique(fighting["key"], return_index=True)[1])
    if len(first):
        lon, lat = fighting["lon"][first], fighting["lat"][first]
        count = len(first)
        base = {
            "key": fighting["key"][first],
            "lon": lon,
            "lat": lat,
            "holder": np.asarray(baseline_holder(lon, lat), object),
            "sources": np.zeros(count, np.int64),
            "reports": np.zeros(count, np.int64),
            "last_day": np.full(count, np.datetime64("NaT"), "datetime64[ns]"),
            "prior": np.zeros(count, bool),
            "near": np.ones(count, bool),
            "agreement": np.ones(count),
            "event_ids": np.full(count, "", object),
            "effective": np.full(count, np.datetime64("NaT"), "datetime64[ns]"),
        }
        state = {c: np.concatenate([state[c], base[c]]) for c in state}
    if not len(state["key"]):
        return pd.DataFrame(columns=EVIDENCE_COLUMNS)
    state = _with_contacts(state, fighting)
    age = (now - state["last_day"]) // np.timedelta64(1, "D")
    age = np.maximum(np.where(np.isnat(state["last_day"]), np.nan, age), 0)
    sources = state["sources"]
    reported = np.where(
        sources > 0, 1 - (1 - SINGLE_SOURCE) * 0.5 ** (np.maximum(sources, 1) - 1), BASELINE_CONFIDENCE
    )
    confidence = (
        reported
        * state["agreement"]
        * np.maximum(AGE_FLOOR, 0.5 ** (age / HALF_LIFE_DAYS))
        * np.where(state["prior"], PRIOR_FACTOR, 1.0)
        * np.where(state["near"], NEAR_PLACE_FACTOR, 1.0)
    )
    state["confidence"] = np.round(confidence, 3)
    return pd.DataFrame({c: state[c] for c in EVIDENCE_COLUMNS})


# The columns of a report table resolve reads, and the numpy type of each.
_ARRAY_TYPES = {
    "key": np.int64,
    "lon": float,
    "lat": float,
    "holder": object,
    "sources": np.int64,
    "reports": np.int64,
    "near": bool,
    "event_ids": object,
    "day": "datetime64[ns]",
    "superseded": "datetime64[ns]",
}
_CANDIDATE_COLUMNS = [*_ARRAY_TYPES, "effective", "prior"]


def _arrays(reports: pd.DataFrame) -> dict[str, np.ndarray]:
    """The columns resolve reads, as numpy arrays (``superseded`` computed if missing)."""
    arrays = {c: reports[c].to_numpy(t) for c, t in _ARRAY_TYPES.items() if c != "superseded"}
    later = reports["superseded"] if "superseded" in reports.columns else superseded(reports)
    arrays["superseded"] = np.asarray(later, dtype="datetime64[ns]")
    return arrays


def _take(arrays: dict[str, np.ndarray], rows: np.ndarray) -> dict[str, np.ndarray]:
    return {c: v[rows] for c, v in arrays.items()}


def _is_latest(later: np.ndarray, now: np.datetime64) -> np.ndarray:
    """Which reports (up to ``now``) are still their place's latest then."""
    return np.isnat(later) | (later > now)


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


def _latest_changes(candidates: dict[str, np.ndarray], baseline_holder) -> dict[str, np.ndarray]:
    """Per place, the holder its latest capture or withdrawal gives (the better-sourced side on a
    disputed day, the baseline's on a tie), with ``agreement`` the share of sources for it.

    Rows are in place order (``key``); each side of a place sums the sources and reports of its
    latest day, in the order the reports came.
    """
    key = candidates["key"]
    effective = candidates["effective"].view(np.int64)
    if not len(key):
        empty = {
            c: candidates[c] for c in ("key", "holder", "lon", "lat", "sources", "reports", "prior", "near")
        }
        return {
            **empty,
            "last_day": candidates["day"],
            "effective": candidates["effective"],
            "event_ids": candidates["event_ids"],
            "agreement": np.zeros(0),
        }
    order, starts = _groups(key)
    newest = np.maximum.reduceat(effective[order], starts)
    latest = np.flatnonzero(effective == newest[np.searchsorted(key[order][starts], key)])
    latest_of = _take(candidates, latest)
    key, holder = latest_of["key"], latest_of["holder"]
    # One group per place and side, numbered in the order they first appear.
    codes = pd.factorize(key * 2 + (holder == "RU"))[0]
    order, starts = _groups(codes)
    first = order[starts]
    sources = np.add.reduceat(latest_of["sources"][order], starts)
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
    day = latest_of["day"].view(np.int64)[order]
    result = {
        "key": side_key[best],
        "holder": holder[first][best],
        "lon": latest_of["lon"][first][best],
        "lat": latest_of["lat"][first][best],
        "sources": sources[best],
        "reports": np.add.reduceat(latest_of["reports"][order], starts)[best],
        "last_day": np.minimum.reduceat(day, starts)[best].view("datetime64[ns]"),
        "effective": latest_of["effective"][first][best],
        "prior": np.logical_and.reduceat(latest_of["prior"][order], starts)[best],
        "near": np.logical_and.reduceat(latest_of["near"][order], starts)[best],
        "event_ids": np.array(_joined(latest_of["event_ids"], order, starts), object)[best],
        "agreement": sources[best] / totals,
    }
    tie = sources[best] == runner_up[leads]
    if tie.any():
        result["holder"] = result["holder"].copy()
        result["holder"][tie] = baseline_holder(result["lon"][tie], result["lat"][tie])
    return result


def _with_contacts(state: dict[str, np.ndarray], contacts: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The holders with the fighting reported since their last change (for the baseline: ever): a
    contact changes nothing, so one that names the holder adds its sources and freshness, one that
    names the other side lowers the agreement (the baseline, where it stands alone, counting as one
    source)."""
    keys = state["key"]  # one row per place
    by_key = np.argsort(keys, kind="stable")
    at = np.minimum(np.searchsorted(keys[by_key], contacts["key"]), max(len(keys) - 1, 0))
    found = keys[by_key][at] == contacts["key"]
    row = by_key[at]
    day = contacts["day"].view(np.int64)
    # NaT (the baseline) is the least int64: every contact is since then.
    since = found & (day >= state["effective"].view(np.int64)[row])
    agrees = contacts["holder"] == state["holder"][row]
    n = len(keys)

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
            totals[0, at_rows] = np.add.reduceat(contacts["sources"][chosen][order], starts)
            totals[1, at_rows] = np.add.reduceat(contacts["reports"][chosen][order], starts)
            latest[at_rows] = np.maximum.reduceat(day[chosen][order], starts)
            everywhere[at_rows] = np.logical_and.reduceat(contacts["near"][chosen][order], starts)
            joined[at_rows] = _joined(contacts["event_ids"][chosen], order, starts)
        return totals[0], totals[1], latest.view("datetime64[ns]"), everywhere, joined

    more, more_reports, fresh, all_near, more_ids = per_row(since & agrees)
    opposed, disputed_reports, disputed_on, _, disputed_ids = per_row(since & ~agrees)
    held = state["sources"] + more
    weight = np.where(held > 0, held, 1)
    last = state["last_day"]
    last = np.where(np.isnat(last) | (~np.isnat(fresh) & (fresh > last)), fresh, last)
    alone = np.isnat(last)
    return {
        **state,
        "agreement": state["agreement"] * weight / (weight + opposed),
        "sources": held,
        "near": state["near"] & all_near,
        # The baseline, disputed: say since when.
        "last_day": np.where(alone, disputed_on, last),
        "event_ids": np.array(
            [
                ";".join(i for i in (own, extra or "", disputed if alone_row and disputed else "") if i)
                for own, extra, disputed, alone_row in zip(
                    state["event_ids"], more_ids, disputed_ids, alone, strict=True
                )
            ],
            object,
        ),
        "reports": state["reports"] + more_reports + np.where(alone, disputed_reports, 0),
    }


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
