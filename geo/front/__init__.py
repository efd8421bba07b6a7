"""Who holds what: control areas and the estimated front line, from the dated events of the store.

A baseline (2022-02-23) moved by reported advances, retreats and fighting, spread to the settlements
around each report and dissolved per side; every area and stretch of line says how sure it is and
which reports it rests on. An estimate, never a fact: see README "Estimated front line".
"""

from geo.front.estimate import Front, check_as_of, estimate_front, front_snapshots
from geo.front.table import front_table, write_front

__all__ = ["Front", "check_as_of", "estimate_front", "front_snapshots", "front_table", "write_front"]
