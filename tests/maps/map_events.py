"""Events for the map tests: the Kharkiv and Kherson counteroffensives of 2022, and hostile text.

Written for these tests from public reporting of the events (dates and places), not copied from articles.
"""

from __future__ import annotations

import hashlib

import geopandas as gpd
from shapely.geometry import Point

# (lon, lat) of the places the articles name.
POINTS = {
    "Kharkiv": (36.2304, 49.9935),
    "Balakliia": (36.8586, 49.4627),
    "Izium": (37.2564, 49.2086),
    "Kupiansk": (37.6156, 49.7106),
    "Kherson": (32.6169, 46.6354),
    "Oskil": (37.62, 49.42),
    "Antonivskyi bridge": (32.7117, 46.6713),
    "Lyman": (37.8064, 48.9889),
}
KINDS = {"Oskil": "river", "Antonivskyi bridge": "bridge", "Kharkiv": "city", "Kherson": "city"}

KYIV_INDEPENDENT = (
    "Ukraine retakes Izium as Russian lines collapse in Kharkiv Oblast",
    "Kyiv Independent",
    "https://kyivindependent.com/izium-retaken",
    "2022-09-11",
)
GUARDIAN = (
    "Russian troops leave Kherson, blowing up Antonivskyi bridge",
    "The Guardian",
    "https://www.theguardian.com/world/2022/nov/11/kherson",
    "2022-11-11",
)
REUTERS = (
    "Ukrainian forces enter Kupiansk",
    "Reuters",
    "https://www.reuters.com/world/europe/kupiansk",
    "2022-09-10",
)

# event_type, actor, place, geo_precision, date, date_precision, sentence, article
REAL = [
    (
        "advance",
        "UA",
        "Balakliia",
        1,
        "2022-09-08",
        "day",
        "Ukrainian troops entered Balakliia on Thursday after encircling the town.",
        KYIV_INDEPENDENT,
    ),
    (
        "advance",
        "UA",
        "Kupiansk",
        1,
        "2022-09-10",
        "day",
        "Ukrainian forces raised the flag over the town hall in Kupiansk on Saturday.",
        REUTERS,
    ),
    (
        "retreat",
        "RU",
        "Izium",
        1,
        "2022-09-10",
        "day",
        "Russian forces withdrew from Izium on Saturday, leaving equipment behind.",
        KYIV_INDEPENDENT,
    ),
    (
        "advance",
        "UA",
        "Izium",
        1,
        "2022-09-10",
        "day",
        "Ukrainian troops entered Izium the same day.",
        KYIV_INDEPENDENT,
    ),
    (
        "strike",
        "RU",
        "Kharkiv",
        1,
        "2022-09-11",
        "day",
        "Russian missiles struck a power plant in Kharkiv on Sunday evening.",
        KYIV_INDEPENDENT,
    ),
    (
        "advance",
        "UA",
        "Oskil",
        3,
        "2022-09-20",
        "week",
        "Ukrainian units crossed the Oskil river last week.",
        KYIV_INDEPENDENT,
    ),
    (
        "advance",
        "UA",
        "Lyman",
        1,
        "2022-10-01",
        "day",
        "Ukrainian forces recaptured Lyman on 1 October.",
        REUTERS,
    ),
    (
        "strike",
        "UA",
        "Antonivskyi bridge",
        1,
        "2022-07-27",
        "day",
        "Ukrainian HIMARS struck the Antonivskyi bridge on 27 July.",
        GUARDIAN,
    ),
    (
        "retreat",
        "RU",
        "Kherson",
        1,
        "2022-11-09",
        "day",
        "Russia ordered its troops to withdraw from Kherson on Wednesday.",
        GUARDIAN,
    ),
    (
        "bridge_strike",
        "RU",
        "Antonivskyi bridge",
        1,
        "2022-11-11",
        "day",
        "Retreating Russian troops blew up the Antonivskyi bridge.",
        GUARDIAN,
    ),
    (
        "advance",
        "UA",
        "Kherson",
        1,
        "2022-11-11",
        "day",
        "Ukrainian soldiers entered Kherson on Friday to cheering crowds.",
        GUARDIAN,
    ),
    ("strike", "unknown", "Kupiansk", 2, None, None, "Shelling was reported near Kupiansk.", REUTERS),
    (
        "retreat",
        "RU",
        "Kharkiv",
        2,
        "2022-09",
        "month",
        "Russian units pulled back from the outskirts of Kharkiv in September.",
        KYIV_INDEPENDENT,
    ),
]

# Text that would run script, break the page or the template if shown unescaped.
PAYLOADS = [
    "<script>document.title='pwned-1'</script>",
    "<img src=x onerror=\"document.body.dataset.pwned='2'\">",
    "</script><script>document.body.dataset.pwned='3'</script>",
    "`${document.body.dataset.pwned='4'}` and a backtick `",
    "back\\1slash \\2 and \\u0041 and {{ 7*7 }} {% raw %}",
    "<svg onload=\"document.body.dataset.pwned='6'\"></svg>\u2028line\u2029para <!-- comment",
]
HOSTILE_ARTICLE = (
    "<b onmouseover=alert(1)>Hostile</b> `${title}` \\1 </script>",
    '"><script>alert(7)</script>',
    "javascript:document.body.dataset.pwned='8'",
    "2022-09-12",
)


def event_rows(specs) -> list[dict]:
    rows = []
    for event_type, actor, place, precision, date, date_precision, sentence, article in specs:
        title, source, url, published = article
        lon, lat = POINTS.get(place, (37.0, 49.5))
        article_id = hashlib.sha1(title.encode()).hexdigest()[:16]
        event_id = hashlib.sha1(f"{article_id}{sentence}{event_type}{place}".encode()).hexdigest()[:16]
        rows.append(
            {
                "event_id": event_id,
                "event_type": event_type,
                "actor": actor,
                "place": place,
                "place_id": place.lower().replace(" ", "-"),
                "place_kind": KINDS.get(place, "town"),
                "geo_precision": precision,
                "date": date if date is None or len(date) == 10 else date + "-01",
                "date_precision": date_precision,
                "sentence": sentence,
                "article_id": article_id,
                "title": title,
                "source": source,
                "url": url,
                "published": published,
                "source_count": 1,
                "geometry": Point(lon, lat),
            }
        )
    return rows


def to_frame(rows) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")
