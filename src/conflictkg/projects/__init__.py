"""An analyst's own project, beside the installed toolkit.

It owns what a project is made of when conflict-kg is installed as a tool (`pipx install`):
the resources the package ships (the ontology, shapes, quality-control queries, the library
of competency questions with their expected answers, the shared gazetteer and the seed
report as an example), the project's settings file (conflictkg.toml) with the ontology
version it was made with, and `conflictkg init`, which lays out a new project.
"""
