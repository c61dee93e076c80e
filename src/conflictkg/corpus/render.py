"""Rows of `timeline` and `disagreements` as a table, CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

FORMATS = ("table", "csv", "json")


def render(rows: list[dict[str, Any]], columns: list[str], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return out.getvalue().rstrip("\n")
    shown = [c for c in columns if any(str(r.get(c, "")) for r in rows)] or columns
    widths = {c: max([len(c), *(len(str(r.get(c, ""))) for r in rows)]) for c in shown}
    lines = ["  ".join(c.ljust(widths[c]) for c in shown).rstrip()]
    lines.append("  ".join("-" * widths[c] for c in shown))
    lines += ["  ".join(str(r.get(c, "")).ljust(widths[c]) for c in shown).rstrip() for r in rows]
    return "\n".join(lines)
