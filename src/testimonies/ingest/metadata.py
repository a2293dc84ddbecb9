"""Document metadata from a sidecar NAME.meta.yaml and command-line options.

What is missing stays empty: nothing is guessed from the text or the file name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

import yaml

from testimonies.errors import InputError
from testimonies.model.edtf import EdtfError, check_edtf

SIDECAR_SUFFIX = ".meta.yaml"


@dataclass(frozen=True)
class DocumentMeta:
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: str | None = None  # EDTF
    url: str | None = None
    language: str | None = None
    stance: str | None = None

    def merged_with(self, overrides: DocumentMeta) -> DocumentMeta:
        """These values, with every value set in ``overrides`` taking precedence."""
        changes = {f.name: getattr(overrides, f.name) for f in fields(self)}
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    def as_dict(self) -> dict[str, str | None]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


KEYS = {f.name for f in fields(DocumentMeta)}


class _SidecarLoader(yaml.SafeLoader):
    """YAML's own loader, except that a date-like value it cannot read as a date (2019-13-45)
    stays text, so the EDTF check names the key and the value instead of PyYAML failing."""

    def construct_yaml_timestamp(self, node: yaml.Node) -> Any:
        try:
            return super().construct_yaml_timestamp(node)  # type: ignore[arg-type]
        except ValueError:
            return self.construct_scalar(node)  # type: ignore[arg-type]


_SidecarLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", _SidecarLoader.construct_yaml_timestamp
)


def is_sidecar(path: Path) -> bool:
    return path.name.endswith(SIDECAR_SUFFIX)


def sidecar_for(path: Path) -> Path | None:
    """`report.meta.yaml` or `report.pdf.meta.yaml` beside `report.pdf`, if either exists."""
    for candidate in (
        path.with_name(path.stem + SIDECAR_SUFFIX),
        path.with_name(path.name + SIDECAR_SUFFIX),
    ):
        if candidate.is_file():
            return candidate
    return None


def _as_text(source: str, key: str, value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (str, int, float)):
        text = str(value).strip()
        return text or None
    raise InputError(
        source, f"metadata key {key!r} must be a single value, not {type(value).__name__}"
    )


def validate(source: str, meta: DocumentMeta) -> DocumentMeta:
    """The values trimmed as a sidecar's are (' 2019 ' is 2019, '' is no value), the date
    checked as EDTF."""
    meta = DocumentMeta(**{k: v.strip() or None if v else None for k, v in meta.as_dict().items()})
    if meta.published is not None:
        try:
            check_edtf(meta.published)
        except EdtfError as exc:
            raise InputError(source, f"published: {exc}") from exc
    return meta


def parse_sidecar(path: Path) -> DocumentMeta:
    source = str(path)
    try:
        loaded = yaml.load(path.read_text(encoding="utf-8"), Loader=_SidecarLoader)  # a SafeLoader
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        reason = str(exc).splitlines()[0]
        raise InputError(source, f"not a valid YAML metadata file ({reason})") from exc
    if loaded is None:
        return DocumentMeta()
    if not isinstance(loaded, dict):
        raise InputError(source, "metadata must be a mapping of keys to values")
    unknown = sorted(set(map(str, loaded)) - KEYS)
    if unknown:
        raise InputError(source, f"unknown metadata keys {unknown}; known: {sorted(KEYS)}")
    values = {str(k): _as_text(source, str(k), v) for k, v in loaded.items()}
    return validate(source, DocumentMeta(**values))


def metadata_for(path: Path, overrides: DocumentMeta) -> DocumentMeta:
    sidecar = sidecar_for(path)
    base = parse_sidecar(sidecar) if sidecar else DocumentMeta()
    return validate(str(path), base.merged_with(overrides))
