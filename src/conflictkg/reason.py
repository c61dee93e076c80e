"""Reasoning: HermiT (through owlready2) for consistency and classification, and an
OWL 2 RL closure (owlrl) for the inferred graph that exports and SEM clients read.

owlready2 reads RDF/XML or N-Triples, not Turtle, so the graphs are handed over as
N-Triples. HermiT rejects datatypes outside the OWL 2 datatype map (xsd:date, xsd:gYear,
geo:wktLiteral); we pass ignore_unsupported_datatypes so that it reasons over everything
else instead of failing.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

from .errors import ConflictKGError
from .namespaces import GRAPH_ONTOLOGY, PREFIXES
from .serialize import union


@dataclass
class HermitResult:
    consistent: bool
    unsatisfiable: list[str] = field(default_factory=list)
    inferred_types: dict[str, set[str]] = field(default_factory=dict)
    property_values: set[tuple[str, str, str]] = field(default_factory=set)
    message: str = ""


def run_hermit(
    graph: Graph, *, infer_property_values: bool = True, properties: tuple[str, ...] = ()
) -> HermitResult:
    """Consistency, unsatisfiable classes and inferred class memberships under HermiT, and
    the values (asserted and inferred) of the object `properties` named."""
    import owlready2

    java = owlready2.JAVA_EXE
    if shutil.which(java) is None:
        raise ConflictKGError(
            f"HermiT needs Java, and no «{java}» program was found",
            hint="Install a Java runtime (e.g. apt-get install default-jre-headless), or put "
            "java on the PATH.",
        )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "conflict-kg.nt"
        # Every module is already in the graph: owlready2 must not try to fetch imports.
        flat = Graph()
        for triple in graph:
            if triple[1] != OWL.imports:
                flat.add(triple)
        flat.serialize(path, format="nt", encoding="utf-8")
        world = owlready2.World()
        try:
            onto = world.get_ontology(path.as_uri()).load(format="ntriples")
        except Exception as exc:  # owlready2 raises plain exceptions on unreadable input
            raise ConflictKGError(f"owlready2 could not load the graph: {exc}") from None
        # world.individuals() lists only owl:NamedIndividuals; data nodes are found by IRI.
        meta = (str(OWL), "http://www.w3.org/2000/01/rdf-schema#")
        individuals = [
            entity
            for iri in sorted(
                {
                    str(s)
                    for s, o in flat.subject_objects(RDF.type)
                    if isinstance(s, URIRef) and not str(o).startswith(meta)
                }
            )
            if (entity := world[iri]) is not None and hasattr(entity, "is_a")
        ]
        before = {
            (ind.iri, cls.iri) for ind in individuals for cls in ind.is_a if hasattr(cls, "iri")
        }
        try:
            with onto:
                owlready2.sync_reasoner_hermit(
                    world,
                    infer_property_values=infer_property_values,
                    debug=0,
                    ignore_unsupported_datatypes=True,
                )
        except owlready2.OwlReadyInconsistentOntologyError as exc:
            return HermitResult(consistent=False, message=str(exc))
        except (owlready2.OwlReadyJavaError, OSError) as exc:
            raise ConflictKGError(
                f"HermiT failed: {str(exc).splitlines()[-1] if str(exc) else exc}",
                hint="HermiT needs Java (java -version).",
            ) from None
        unsatisfiable = sorted(c.iri for c in world.inconsistent_classes() if hasattr(c, "iri"))
        inferred: dict[str, set[str]] = {}
        for ind in individuals:
            for cls in ind.is_a:
                if hasattr(cls, "iri") and (ind.iri, cls.iri) not in before:
                    inferred.setdefault(ind.iri, set()).add(cls.iri)
        values: set[tuple[str, str, str]] = set()
        for iri in properties:
            prop = world[iri]
            if prop is not None:
                for subject, value in prop.get_relations():
                    if hasattr(subject, "iri") and hasattr(value, "iri"):
                        values.add((subject.iri, iri, value.iri))
        return HermitResult(True, unsatisfiable, inferred, values)


def owlrl_closure(graphs: dict[URIRef, Graph]) -> Graph:
    """The triples the OWL 2 RL rules add to the union of `graphs` (the inferred graph).

    Only entailments about our own and the aligned vocabularies' terms are kept: the
    axiomatic triples owlrl adds about RDF/OWL itself and reflexive owl:sameAs are dropped."""
    import owlrl

    merged = union(graphs)
    closed = Graph()
    closed += merged
    owlrl.DeductiveClosure(
        owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False
    ).expand(closed)
    inferred = Graph()
    for s, p, o in closed:
        if (s, p, o) in merged or (p == OWL.sameAs and s == o):
            continue
        if isinstance(s, Literal) or not isinstance(p, URIRef):
            continue  # generalised RDF (a literal as subject): the rules' working state, not RDF
        if isinstance(s, URIRef) and str(s).startswith(
            ("http://www.w3.org/", "http://www.w3.org/2002/07/owl")
        ):
            continue
        if p == RDF.type and o in (OWL.Thing, OWL.NamedIndividual, OWL.Class):
            continue
        inferred.add((s, p, o))
    return inferred


def ontology_only(graphs: dict[URIRef, Graph]) -> Graph:
    return graphs[GRAPH_ONTOLOGY]


def class_axioms(ontology: Graph, cls: URIRef) -> list[str]:
    """The asserted axioms on a class, to show beside an unsatisfiable class (owlready2 gives
    no explanation): its superclasses, equivalent classes and disjointness."""
    from rdflib.collection import Collection

    lines = []
    for parent in ontology.objects(cls, RDFS.subClassOf):
        lines.append(f"SubClassOf({_name(cls)} {_name(parent)})")
    for other in ontology.objects(cls, OWL.equivalentClass):
        lines.append(f"EquivalentClasses({_name(cls)} {_name(other)})")
    for other in set(ontology.objects(cls, OWL.disjointWith)) | set(
        ontology.subjects(OWL.disjointWith, cls)
    ):
        lines.append(f"DisjointClasses({_name(cls)} {_name(other)})")
    for axiom in ontology.subjects(RDF.type, OWL.AllDisjointClasses):
        head = ontology.value(axiom, OWL.members)
        if head is None:
            continue
        members = list(Collection(ontology, head))
        if cls in members:
            lines.append("DisjointClasses(" + " ".join(_name(m) for m in members) + ")")
    return sorted(lines)


def _name(node: object) -> str:
    """A prefixed name with the project's prefixes, whatever the graph binds."""
    if isinstance(node, URIRef):
        for prefix, namespace in PREFIXES.items():
            if str(node).startswith(namespace) and len(str(node)) > len(namespace):
                return f"{prefix}:{str(node)[len(namespace) :]}"
        return f"<{node}>"
    return "[anonymous class]"
