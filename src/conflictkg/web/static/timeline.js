// The timeline: accounts of a place or an actor on a time axis (vis-timeline), with their
// precision: a span is a band, a bound a faded end; items are DOM text, never markup.
"use strict";
(async () => {
  const box = document.getElementById("timeline");
  const page = Number(new URLSearchParams(location.search).get("page") || "0");
  const answer = await ckg.json("/api/timeline?about=" + encodeURIComponent(box.dataset.about) + "&page=" + page);
  const items = answer.items;
  if (answer.total > answer.pageSize) {  // a long timeline: a page at a time, from the earliest
    const note = ckg.el("p", {class: "hint", text: `Items ${page * answer.pageSize + 1}–${page * answer.pageSize + items.length} of ${answer.total}, from the earliest. `});
    const link = (p, text) => ckg.el("a", {href: "/timeline?about=" + encodeURIComponent(box.dataset.about) + "&page=" + p, text});
    if (page > 0) note.append(link(page - 1, "Earlier"), " ");
    if ((page + 1) * answer.pageSize < answer.total) note.append(link(page + 1, "Later"));
    box.before(note);
  }
  const groups = [...new Set(items.map(i => i.kind))].map(k => ({id: k, content: k}));
  const data = items.filter(i => i.start).map(i => {
    const content = document.createElement("span");
    content.textContent = (i.controller ? i.controller + ": " : "") + i.label;
    content.title = i.label + " — " + i.report.split("/").pop() + " (" + i.reportDate + "), " + i.voice;
    const cls = [i.fuzzyStart ? "fuzzy-start" : "", i.fuzzyEnd ? "fuzzy-end" : "", i.derived ? "derived" : ""].join(" ");
    return {id: i.id, group: i.kind, content, start: i.start, end: i.end || undefined,
            type: i.end ? "range" : "point", className: cls};
  });
  const timeline = new vis.Timeline(box, new vis.DataSet(data), new vis.DataSet(groups),
                                    {stack: true, zoomKey: "ctrlKey", orientation: "top"});
  timeline.on("select", e => { if (e.items.length) location.href = "/entity?iri=" + encodeURIComponent(e.items[0]); });
  box.setAttribute("data-items", String(data.length));
})().catch(e => { document.getElementById("timeline").textContent = "The timeline could not load: " + e.message; });
