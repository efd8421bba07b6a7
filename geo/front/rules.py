"""The numbers the front estimate rests on, in one place, with where each comes from.

They are judgements, not measurements: change them here and the tests say what moved.
"""

from __future__ import annotations

from datetime import date

# The full-scale invasion began on 24 February 2022; the baseline is who held what the day before.
# Estimates are made from this day on, and events dated before it are left to the baseline.
BASELINE_DAY = date(2022, 2, 24)

# The settlements an evidence point speaks for: those within this distance of it (and nearer to it
# than to any other evidence). Front-line villages lie 3-8 km apart; 12 km reaches the neighbours
# of a reported village but not the next district.
SPREAD_KM = 12.0
# Within this distance of the evidence a settlement's holder is close to what was reported;
# beyond it (up to SPREAD_KM) the area is a guess and its confidence is lowered by FRINGE_FACTOR.
NEAR_KM = 5.0
FRINGE_FACTOR = 0.6
# A settlement's Voronoi cell is cut to this radius around it, so a lone village in the steppe does
# not stand for 30 km of fields.
CELL_KM = 6.0

# A capture or a withdrawal also says who held the place just before: the other side did, for at
# most this many days (a month of fighting before the news), at PRIOR_FACTOR of the confidence.
PRIOR_DAYS = 30
PRIOR_FACTOR = 0.7

# Confidence from the number of sources: 1 -> 0.6, 2 -> 0.8, 3 -> 0.9, ... (each new outlet halves
# the remaining doubt; one outlet is better than a coin toss, not proof).
SINGLE_SOURCE = 0.6
# Confidence from age: halves every HALF_LIFE_DAYS without new evidence, down to AGE_FLOOR (areas
# far behind a line rarely change, so old evidence keeps some weight).
HALF_LIFE_DAYS = 120
AGE_FLOOR = 0.3
# A report placed near a place (geo_precision 2) rather than at it.
NEAR_PLACE_FACTOR = 0.8
# The baseline (2022-02-23) where nothing has been reported since: right on that day, a guess later.
BASELINE_CONFIDENCE = 0.5

# The line is drawn solid ("observed") where both sides have evidence at most RECENT_DAYS old within
# OBSERVED_KM of it, dashed ("inferred") elsewhere.
RECENT_DAYS = 30
OBSERVED_KM = 10.0
# Confidence of an inferred stretch of line, relative to the evidence near it (or alone, if none).
INFERRED_FACTOR = 0.5
INFERRED_CONFIDENCE = 0.2

# Geometry is simplified to this (metres; ~0.005 degrees) so a year of weekly snapshots stays small.
SIMPLIFY_M = 500.0
# With no dates asked for, a snapshot is made for each day control changes; past this many, one per
# week (the week's last change), so a long war stays a map of a few megabytes.
MAX_DAILY_SNAPSHOTS = 60

# Event ids listed per reported place (its latest) and per area or stretch of line: enough to check
# an estimate in a popup; ``n_reports`` still counts them all.
MAX_PLACE_IDS = 20
MAX_AREA_IDS = 50

# Distances are measured in the ETRS89 Lambda Azimuthal Equal-Area projection (metres), valid over
# Europe to the Urals: Ukraine and the Russian regions along it.
METRIC_CRS = "EPSG:3035"
SIDES = ("UA", "RU")
