"""The compiled SHACL engine against pySHACL on the SHACL Core features our own shapes do not
use (tests/test_shapes.py covers those): the same results, and a clear refusal of what the
compiled engine does not implement."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph

from conflictkg.shacl import Result, ShapesProgram, UnsupportedShapeError, run_sparql, to_ox
from conflictkg.triples import TripleIndex
from conflictkg.validate import pyshacl_results, run_shacl

PREFIXES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
"""

SHAPES = (
    PREFIXES
    + """
ex:PersonShape a sh:NodeShape ;
    sh:targetClass ex:Person ;
    sh:property [ sh:path ex:name ; sh:minLength 2 ; sh:maxLength 8 ; sh:datatype xsd:string ] ,
        [ sh:path ex:age ; sh:minExclusive 0 ; sh:maxExclusive 150 ] ,
        [ sh:path ex:born ; sh:lessThan ex:died ] ,
        [ sh:path ex:nick ; sh:equals ex:alias ] ,
        [ sh:path ex:friend ; sh:disjoint ex:enemy ] ,
        [ sh:path [ sh:inversePath ex:child ] ; sh:maxCount 2 ] ,
        [ sh:path [ sh:oneOrMorePath ex:parent ] ; sh:not [ sh:class ex:Robot ] ] ,
        [ sh:path [ sh:zeroOrOnePath ex:pet ] ; sh:nodeKind sh:IRI ] ,
        [ sh:path ex:role ; sh:xone ( [ sh:hasValue ex:admin ] [ sh:hasValue ex:user ] ) ] ,
        [ sh:path ex:code ; sh:pattern "^[a-z]+$" ; sh:flags "i" ] ,
        [ sh:path ex:tag ; sh:languageIn ( "en" "ar" ) ; sh:uniqueLang true ] ;
    sh:and ( [ sh:property [ sh:path ex:name ; sh:minCount 1 ] ] ) .

ex:RobotShape a sh:NodeShape ;
    sh:targetSubjectsOf ex:serial ;
    sh:targetNode ex:r2 ;
    sh:property [ sh:path ex:serial ; sh:in ( 1 2 3 ) ; sh:severity sh:Warning ] .

ex:Robot a rdfs:Class , sh:NodeShape ;
    sh:property [ sh:path ex:model ; sh:minCount 1 ; sh:message "A robot has a model."@en ] .
"""
)

DATA = (
    PREFIXES
    + """
ex:ann a ex:Person ; ex:name "A" , "Annabelle-Lee" ; ex:age 0 , 30 ; ex:born 1990 ; ex:died 1980 ;
    ex:nick "x" ; ex:alias "y" ; ex:friend ex:bob ; ex:enemy ex:bob ; ex:parent ex:p1 ;
    ex:pet "rex" ; ex:role ex:admin , ex:user ; ex:code "abc" , "ab1" ;
    ex:tag "a"@en , "b"@en , "c"@fr .
ex:p1 ex:parent ex:p2 . ex:p2 a ex:Robot .
ex:k1 ex:child ex:ann . ex:k2 ex:child ex:ann . ex:k3 ex:child ex:ann .
ex:bob a ex:Person ; ex:name "Bob" ; ex:age 200 ; ex:role ex:guest ; ex:pet ex:cat .
ex:r1 ex:serial 7 .
ex:r2 ex:serial 2 .
"""
)


def compiled(shapes: Graph, data: Graph) -> list[Result]:
    program = ShapesProgram(shapes)
    index = TripleIndex((to_ox(s), to_ox(p), to_ox(o)) for s, p, o in data)  # type: ignore[misc]
    results, sparql = program.validate(index)
    store = ox.Store()
    store.extend(ox.Quad(s, p, o) for s, p, o in index)
    return results + run_sparql(store, sparql)


def test_core_features_agree_with_pyshacl() -> None:
    shapes = Graph().parse(data=SHAPES, format="turtle")
    data = Graph().parse(data=DATA, format="turtle")
    ours = compiled(shapes, data)
    _conforms, report = run_shacl(data, shapes, None)
    theirs = pyshacl_results(report, ShapesProgram(shapes))
    components = {r.component.rsplit("#", 1)[1] for r in ours}
    # the data breaks each feature at least once: the comparison compares something
    assert components >= {
        "MinLengthConstraintComponent",
        "MaxLengthConstraintComponent",
        "MinExclusiveConstraintComponent",
        "MaxExclusiveConstraintComponent",
        "LessThanConstraintComponent",
        "EqualsConstraintComponent",
        "DisjointConstraintComponent",
        "MaxCountConstraintComponent",
        "NotConstraintComponent",
        "NodeKindConstraintComponent",
        "XoneConstraintComponent",
        "PatternConstraintComponent",
        "LanguageInConstraintComponent",
        "UniqueLangConstraintComponent",
        "InConstraintComponent",
        "MinCountConstraintComponent",
    }
    assert sorted({r.key for r in ours}) == sorted({r.key for r in theirs})
    warning = [r for r in ours if r.component.rsplit("#", 1)[1] == "InConstraintComponent"]
    assert {r.severity.rsplit("#", 1)[1] for r in warning} == {"Warning"}
    assert [r.message for r in ours if r.focus == "http://example.org/p2"] == [
        "A robot has a model."
    ]


@pytest.mark.parametrize(
    "extra",
    [
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:closed true .",
        "ex:S a sh:NodeShape ; sh:target [ a sh:SPARQLTarget ; sh:select 'SELECT ?this {}' ] .",
        "ex:Comp a sh:ConstraintComponent ; sh:parameter [ sh:path ex:p ] .",
    ],
)
def test_what_the_engine_does_not_implement_is_refused(extra: str) -> None:
    shapes = Graph().parse(data=PREFIXES + extra, format="turtle")
    with pytest.raises(UnsupportedShapeError, match="pyshacl"):
        ShapesProgram(shapes)
