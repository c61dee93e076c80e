// The actor network: support, loyalty, leadership, membership, alliance (cytoscape.js).
"use strict";
(async () => {
  const box = document.getElementById("network"), day = document.getElementById("day");
  const all = document.getElementById("all"), details = document.getElementById("details");
  const cy = cytoscape({container: box, style: [
    {selector: "node", style: {label: "data(label)", "background-color": "data(colour)", "font-size": 11, "text-valign": "bottom"}},
    {selector: "edge", style: {label: "data(label)", "curve-style": "bezier", "target-arrow-shape": "triangle", "font-size": 9, width: 2, "line-color": "#999", "target-arrow-color": "#999"}},
  ]});
  async function show() {
    const data = await ckg.json("/api/network" + (all.checked ? "" : "?day=" + encodeURIComponent(day.value)));
    cy.elements().remove();
    cy.add(data.nodes.map(n => ({data: {id: n.id, label: n.en, colour: ckg.colour(n.id)}})));
    cy.add(data.edges.map(e => ({data: {id: e.id, source: e.source, target: e.target,
      label: e.kind.replace("Relation", "") + (e.detail ? " (" + e.detail + ")" : "") + (e.begin ? " from " + e.begin : "")}})));
    cy.layout({name: "cose", animate: false, randomize: false}).run();
    box.setAttribute("data-edges", String(data.edges.length));
    details.textContent = data.total > data.edges.length
      ? `${data.edges.length} of ${data.total} relations drawn: choose a day to see fewer.` : "";
  }
  cy.on("tap", "node, edge", e => { location.href = "/entity?iri=" + encodeURIComponent(e.target.id()); });
  day.addEventListener("change", () => { all.checked = false; show(); });
  all.addEventListener("change", show);
  await show();
})().catch(e => { document.getElementById("details").textContent = "The network could not load: " + e.message; });
