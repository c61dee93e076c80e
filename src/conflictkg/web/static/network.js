// The actor network: support, loyalty, leadership, membership, alliance (cytoscape.js).
"use strict";
(async () => {
  const box = document.getElementById("network"), day = document.getElementById("day");
  const all = document.getElementById("all"), details = document.getElementById("details");
  // (labels on a pale ground, wrapped, edge labels along their edge, so that crossing ones stay
  // readable; an edge's label in full on hover)
  const ground = {"text-background-color": "#fff", "text-background-opacity": 0.85, "text-background-padding": 2};
  const cy = cytoscape({container: box, style: [
    {selector: "node", style: {label: "data(label)", "background-color": "data(colour)", "font-size": 11,
      "text-valign": "bottom", "text-margin-y": 3, "text-wrap": "wrap", "text-max-width": 110, ...ground}},
    {selector: "edge", style: {label: "data(short)", "curve-style": "bezier", "target-arrow-shape": "triangle",
      "font-size": 8, "text-rotation": "autorotate", color: "#555", width: 2, "line-color": "#999",
      "target-arrow-color": "#999", ...ground}},
    {selector: "edge.hover", style: {label: "data(label)", "font-size": 10, color: "#000", "z-index": 10}},
  ]});
  cy.on("mouseover", "edge", e => e.target.addClass("hover"));
  cy.on("mouseout", "edge", e => e.target.removeClass("hover"));
  async function show() {
    const data = await ckg.json("/api/network" + (all.checked ? "" : "?day=" + encodeURIComponent(day.value)));
    cy.elements().remove();
    cy.add(data.nodes.map(n => ({data: {id: n.id, label: n.en, colour: ckg.colour(n.id)}})));
    cy.add(data.edges.map(e => ({data: {id: e.id, source: e.source, target: e.target,
      short: e.kind.replace("Relation", ""),
      label: e.kind.replace("Relation", "") + (e.detail ? " (" + e.detail + ")" : "") + (e.begin ? " from " + e.begin : "")}})));
    // (room between actors for their names: strong repulsion, long edges, apart components)
    cy.layout({name: "cose", animate: false, randomize: false, nodeRepulsion: () => 200000,
               idealEdgeLength: () => 80, edgeElasticity: () => 80, nodeOverlap: 30,
               componentSpacing: 40, padding: 20}).run();
    box.setAttribute("data-edges", String(data.edges.length));
    details.textContent = data.total > data.edges.length
      ? `${data.edges.length} of ${data.total} relations drawn: choose a day to see fewer.` : "";
  }
  cy.on("tap", "node, edge", e => { location.href = "/entity?iri=" + encodeURIComponent(e.target.id()); });
  day.addEventListener("change", () => { all.checked = false; show(); });
  all.addEventListener("change", show);
  await show();
})().catch(e => { document.getElementById("details").textContent = "The network could not load: " + e.message; });
