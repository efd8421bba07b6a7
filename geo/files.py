"""Writing output files so that no reader ever sees half of one.

Maps, images, exports and stores are written to a temporary file beside the target and renamed
over it (``os.replace`` is atomic on one file system): a browser refreshing a map, a report
embedding it or QGIS reading an export sees the old file or the new one, never a mix.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from geo.errors import FrontmapError

# mkstemp makes files only their owner can read; outputs are for web servers and colleagues too.
OUTPUT_MODE = 0o644


@contextmanager
def replacing(out: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``out`` (with ``out``'s suffix, so writers know the format);
    on success rename it over ``out``, on failure remove it.

    The temporary path does not exist yet when yielded: some writers (GDAL's GPKG driver) refuse
    to write into an existing empty file.
    """
    out = Path(out)
    if not out.parent.is_dir():
        raise FrontmapError(f"{out}: folder {out.parent} does not exist (create it first)")
    try:
        handle, name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.stem}.", suffix=out.suffix)
    except OSError as error:
        raise FrontmapError(f"{out}: cannot write there ({error.strerror}; pick another folder)") from None
    os.close(handle)
    temporary = Path(name)
    temporary.unlink()
    try:
        yield temporary
        os.chmod(temporary, OUTPUT_MODE)
        os.replace(temporary, out)
    except OSError as error:
        raise FrontmapError(f"{out}: could not be written ({error.strerror or error})") from None
    finally:
        temporary.unlink(missing_ok=True)


def write_text(out: str | os.PathLike[str], text: str) -> Path:
    """Write ``text`` (UTF-8) to ``out`` atomically; return ``out`` as a Path."""
    with replacing(out) as temporary:
        temporary.write_text(text, encoding="utf-8")
    return Path(out)
