// The SPARQL editor: examples to start from; answers as tables whose IRIs open entity pages.
"use strict";
(() => {
  const form = document.getElementById("sparql"), query = document.getElementById("query");
  const out = document.getElementById("out"), examples = document.getElementById("examples");
  examples.addEventListener("change", () => { query.value = examples.value; });
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    out.textContent = "…";
    const r = await fetch("/query", {method: "POST", headers: {Accept: "application/sparql-results+json"},
                                     body: new URLSearchParams({query: query.value})});
    if (!r.ok) { out.replaceChildren(ckg.el("p", {class: "error", text: await r.text()})); return; }
    const data = await r.json();
    if (!data.head.vars) { out.textContent = String(data.boolean); return; }
    const table = ckg.el("table", {});
    table.append(ckg.el("tr", {}, ...data.head.vars.map(v => ckg.el("th", {text: v}))));
    for (const b of data.results.bindings) {
      table.append(ckg.el("tr", {}, ...data.head.vars.map(v => {
        const t = b[v];
        if (!t) return ckg.el("td", {});
        if (t.type === "uri") return ckg.el("td", {}, ckg.entityLink(t.value, t.value));
        return ckg.el("td", {dir: "auto", lang: t["xml:lang"] || "", text: t.value});
      })));
    }
    out.replaceChildren(ckg.el("p", {text: data.results.bindings.length + " row(s)"}), table);
  });
})();
