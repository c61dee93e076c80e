"""The analysts' own formats, out of the graph and into it: GeoJSON for QGIS and Leaflet
(and, to come, ACLED and UCDP GED layouts and CAMEO codes). Each format is a module of
plain functions over the built store or graphs; the CLI's `export --format` calls them."""
