// Shared by the workspace's scripts: safe DOM building (text, never markup) and colours.
"use strict";
const ckg = {
  el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "text") node.textContent = v; else node.setAttribute(k, v);
    }
    for (const c of children) node.append(c);
    return node;
  },
  entityLink(iri, text) {
    const a = ckg.el("a", {href: "/entity?iri=" + encodeURIComponent(iri), dir: "auto"});
    a.textContent = text || iri.split("/").pop();
    return a;
  },
  palette: ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d",
            "#1f78b4", "#b2182b", "#4d4d4d"],
  fixed: {"https://w3id.org/conflict-kg/id/actor/isis": "#222222",
          "https://w3id.org/conflict-kg/id/actor/syrian-army": "#c0392b",
          "https://w3id.org/conflict-kg/id/actor/sdf": "#e6ab02",
          "https://w3id.org/conflict-kg/id/actor/iraqi-forces": "#1f78b4"},
  colour(iri) {
    if (ckg.fixed[iri]) return ckg.fixed[iri];
    let n = 0;
    for (const ch of iri) n = (n * 31 + ch.charCodeAt(0)) >>> 0;
    return ckg.palette[n % ckg.palette.length];
  },
  async json(url) {
    const r = await fetch(url, {headers: {Accept: "application/json"}});
    if (!r.ok) throw new Error(await r.text());
    return r.json();
  },
};
