"""GeoPackage point blobs: frontmap's own, read as one array, and other writers', read one by one."""

import struct

import shapely

from geo.store.schema import SRS_ID, blob_points, point_blob


def _with_envelope(lon: float, lat: float) -> bytes:
    """A blob as some other writers make it: flags say an xy envelope (32 bytes) comes first."""
    header = b"GP\x00" + bytes([0b0000_0011]) + struct.pack("<i", SRS_ID)
    return header + struct.pack("<dddd", lon, lon, lat, lat) + struct.pack("<BIdd", 1, 1, lon, lat)


def test_frontmap_blobs_give_their_points():
    points = blob_points([point_blob(37.6156, 49.7106), point_blob(32.6169, 46.6354)])
    assert [(p.x, p.y) for p in points] == [(37.6156, 49.7106), (32.6169, 46.6354)]


def test_blobs_with_an_envelope_or_missing_are_read_too():
    points = blob_points([point_blob(37.6156, 49.7106), _with_envelope(38.0003, 48.5953), None])
    assert (points[0].x, points[1].x, points[1].y) == (37.6156, 38.0003, 48.5953)
    assert points[2] is None


def test_blobs_that_all_carry_an_envelope_are_read_one_by_one():
    # 8 + 32 + 21 bytes: not the plain length, so never taken for frontmap's own
    points = blob_points([_with_envelope(36.2304, 49.9935)] * 3)
    assert shapely.get_x(points).tolist() == [36.2304] * 3
