"""Writing the gazetteer's gzipped TSV tables, shared by the scripts that build them."""

from __future__ import annotations

import csv
import gzip
import io
import os
import tempfile
from pathlib import Path


def write_tsv_gz(path: Path, columns: list[str], rows: list[list]) -> None:
    """Write a gzipped TSV atomically (temp file + rename), with a fixed mtime so bytes repeat."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar=None)
    writer.writerow(columns)
    writer.writerows(rows)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=9) as out:
        out.write(buffer.getvalue().encode("utf-8"))
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)
