// The timeline: accounts of a place or an actor on a time axis (vis-timeline), with their
// precision: a span is a band, a bound a faded end; items are DOM text, never markup.
"use strict";
(async () => {
  const box = document.getElementById("timeline");
  const items = await ckg.json("/api/timeline?about=" + encodeURIComponent(box.dataset.about));
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
