"""The embedded store: a pyoxigraph Store on disk, one named graph per source."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph

from .errors import StoreError


def load_nquads(store_dir: Path, nquads: Path) -> pyoxigraph.Store:
    """A new on-disk store holding the quads of an N-Quads file (bulk loader)."""
    store = pyoxigraph.Store(str(store_dir))
    store.bulk_load(path=str(nquads), format=pyoxigraph.RdfFormat.N_QUADS)
    store.optimize()
    store.flush()
    return store


def open_store(store_dir: Path) -> pyoxigraph.Store:
    """The built store, opened read-only so that queries never change it."""
    if not (store_dir / "CURRENT").exists():
        raise StoreError(
            "no built store here",
            store_dir,
            hint="Run `conflictkg build` first (or `make run`).",
        )
    try:
        return pyoxigraph.Store.read_only(str(store_dir))
    except OSError as exc:
        raise StoreError(f"cannot open the store: {exc}", store_dir) from None


def graph_counts(store: pyoxigraph.Store) -> dict[str, int]:
    """Triples per named graph."""
    counts: dict[str, int] = {}
    query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    for row in store.query(query):  # type: ignore[union-attr]
        counts[row["g"].value] = int(row["n"].value)
    return counts
