// The map: country outlines from the project's own copy of Natural Earth (world-atlas),
// places coloured by who the reports say held them on the day chosen.
"use strict";
(async () => {
  const dayInput = document.getElementById("day"), slider = document.getElementById("day-slider");
  const label = document.getElementById("day-label"), details = document.getElementById("details");
  const legend = document.getElementById("legend");
  const map = L.map("map", {zoomSnap: 0.5, attributionControl: false}).setView([35.0, 40.5], 6);
  const world = await ckg.json("/vendor/countries.json");
  L.geoJSON(topojson.feature(world, world.objects.countries), {
    style: {color: "#8a8a8a", weight: 1, fillColor: "#f3efe6", fillOpacity: 1}, interactive: false,
  }).addTo(map);
  const days = await ckg.json("/api/days");
  slider.max = String(days.length - 1);
  let layer = null, captures = null, fitted = false;
  function style(f) {
    const p = f.properties;
    if (p.disputed) return {color: "#000", weight: 3, dashArray: "4 3", fillColor: "#ffffff", fillOpacity: .9};
    if (p.controller) return {color: "#333", weight: 1, fillColor: ckg.colour(p.controller), fillOpacity: .85};
    return {color: "#777", weight: 1, fillColor: "#cccccc", fillOpacity: .6};
  }
  function showPlace(p) {
    details.replaceChildren(
      ckg.el("h2", {}, ckg.entityLink(p.iri, p.en), " ", ckg.el("span", {lang: "ar", dir: "rtl", text: p.ar})),
      ckg.el("p", {}, ckg.el("a", {href: "/timeline?about=" + encodeURIComponent(p.iri), text: "Timeline of this place"})));
    if (!p.holders.length) { details.append(ckg.el("p", {text: "No report says who held it on " + dayInput.value + "."})); return; }
    const table = ckg.el("table", {class: "holders"});
    table.append(ckg.el("tr", {}, ...["Held by", "How surely", "Extent", "Report", "Report date", "Voice", "Fact"].map(t => ckg.el("th", {text: t}))));
    for (const h of p.holders) {
      table.append(ckg.el("tr", {},
        ckg.el("td", {}, ckg.entityLink(h.controller, h.controllerEn)), ckg.el("td", {text: h.status}),
        ckg.el("td", {text: [h.extent, h.share].filter(Boolean).join(" ")}),
        ckg.el("td", {}, ckg.entityLink(h.report, h.report.split("/").pop())), ckg.el("td", {text: h.reportDate}),
        ckg.el("td", {text: h.voice}), ckg.el("td", {}, ckg.entityLink(h.node, "where it is written"))));
    }
    details.append(table);
    if (p.holdersTotal > p.holders.length)
      details.append(ckg.el("p", {text: "The surest and latest " + p.holders.length + " of " + p.holdersTotal + " accounts; the place's timeline has them all."}));
  }
  async function show(day) {
    dayInput.value = day; label.textContent = day;
    const data = await ckg.json("/api/map?day=" + encodeURIComponent(day));
    if (layer) layer.remove();
    if (captures) captures.remove();
    // a city's name goes to its left when another named city lies just to its right
    const named = data.features.filter(f => f.properties.kind === "City" && f.properties.holders.length > 0 && f.geometry.type === "Point");
    const left = new Set(named.filter(f => named.some(g => g !== f
      && g.geometry.coordinates[0] > f.geometry.coordinates[0]
      && g.geometry.coordinates[0] - f.geometry.coordinates[0] < 2.5
      && Math.abs(g.geometry.coordinates[1] - f.geometry.coordinates[1]) < 0.6)).map(f => f.properties.iri));
    layer = L.geoJSON(data, {
      style,
      pointToLayer: (f, ll) => L.circleMarker(ll, Object.assign({radius: 9}, style(f))),
      onEachFeature: (f, l) => {
        const who = f.properties.controllerEn ? " — " + f.properties.controllerEn : f.properties.disputed ? " — disputed" : "";
        const city = f.properties.kind === "City" && f.properties.holders.length > 0;
        const side = left.has(f.properties.iri) ? "left" : "right";
        l.bindTooltip(f.properties.en + who, city ? {permanent: true, direction: side, className: "place-name"} : {});
        l.on("click", () => showPlace(f.properties));
      },
    }).addTo(map);
    layer.eachLayer(l => { const e = l.getElement && l.getElement(); if (e) { e.setAttribute("data-place", l.feature.properties.iri); e.setAttribute("data-controller", l.feature.properties.controller || (l.feature.properties.disputed ? "disputed" : "")); } });
    const seen = new Map();
    for (const f of data.features) if (f.properties.controller) seen.set(f.properties.controller, f.properties.controllerEn);
    legend.replaceChildren(...[...seen].map(([iri, name]) => ckg.el("span", {}, ckg.el("i", {style: "background:" + ckg.colour(iri)}), name)),
      ckg.el("span", {}, ckg.el("i", {style: "background:#fff;border-style:dashed"}), "disputed"),
      ckg.el("span", {}, data.captures.length < data.capturesTotal
        ? "captures: the latest " + data.captures.length + " of " + data.capturesTotal + " up to this day"
        : "captures up to this day: " + data.capturesTotal));
    const byPlace = new Map(data.features.map(f => [f.properties.iri, f]));
    captures = L.layerGroup(data.captures.filter(c => byPlace.has(c.place) && byPlace.get(c.place).geometry.type === "Point").map(c => {
      const [lon, lat] = byPlace.get(c.place).geometry.coordinates;
      return L.circleMarker([lat, lon], {radius: 3, color: "#000", fillColor: "#fff", fillOpacity: 1})
        .bindTooltip(c.when + ": " + c.label).on("click", () => { location.href = "/entity?iri=" + encodeURIComponent(c.node); });
    })).addTo(map);
    if (!fitted) {  // the places some report says someone held, not Moscow's dateline
      const told = data.features.filter(f => f.properties.holders.length);
      if (told.length) map.fitBounds(L.geoJSON({type: "FeatureCollection", features: told}).getBounds(), {padding: [30, 30]});
      fitted = true;
    }
    document.body.setAttribute("data-shown-day", day);
  }
  slider.addEventListener("input", () => show(days[Number(slider.value)]));
  dayInput.addEventListener("change", () => show(dayInput.value));
  const start = dayInput.value || days[days.length - 1];
  slider.value = String(Math.max(0, days.findIndex(d => d >= start)));
  await show(start);
})().catch(e => { document.getElementById("details").textContent = "The map could not load: " + e.message; });
