/* frontmap, part 3 of 4: popups, base layers, title, legend and the time range.
 *
 * Every text shown comes from untrusted articles: it is only ever set with textContent (or escaped
 * with escapeHtml where Leaflet insists on HTML), and links are kept only for http(s) URLs.
 */

function popupContent(d, i) {
  var type = d.types[d.type[i]], actor = d.actors[d.actor[i]], place = d.places[d.place[i]];
  var body = el("div", "frontmap-popup");
  var head = el("div", "frontmap-popup-head");
  head.appendChild(svgIcon(type.shape, actor.colour, "#ffffff", d.day[i] === null));
  head.appendChild(el("strong", null, type.label));
  head.appendChild(el("span", null, " · " + actor.label));
  body.appendChild(head);
  body.appendChild(el("blockquote", "frontmap-sentence", d.sentences[d.sentence[i]]));
  var facts = el("dl", "frontmap-facts");
  function fact(name, value, className) {
    facts.appendChild(el("dt", null, name));
    facts.appendChild(el("dd", className || null, value));
  }
  var precision = d.precisions[d.precision[i]];
  if (d.day[i] === null) {
    fact("Date", "unknown", "frontmap-undated");
  } else {
    fact("Date", isoDay(d.day[i]) + (precision && precision !== "day" ? " (to the " + precision + ")" : ""));
  }
  fact("Place", place.name + (place.kind ? " (" + place.kind + ")" : ""));
  var geo = d.geoPrecision[i];
  fact("Location", (PRECISION_TEXT[geo] || "precision unknown") + " (geo_precision " + geo + ")");
  body.appendChild(facts);
  var sources = d.src[i];
  var heading = d.sourceCount[i] > 1 ? "Reported by " + d.sourceCount[i] + " articles" : "Source";
  body.appendChild(el("div", "frontmap-sources-head", heading));
  var list = el("ul", "frontmap-sources");
  sources.forEach(function (s) {
    list.appendChild(sourceItem(d.sources[s]));
  });
  body.appendChild(list);
  return body;
}

function sourceItem(source) {
  var item = el("li");
  var title = source.title || source.url || "untitled article";
  var href = safeUrl(source.url);
  if (href) {
    var link = el("a", null, title);
    link.href = href;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    item.appendChild(link);
  } else {
    item.appendChild(el("span", null, title));
  }
  var meta = [source.source, source.published].filter(Boolean).join(", ");
  if (meta) {
    item.appendChild(el("span", "frontmap-meta", " — " + meta));
  }
  return item;
}

function addBase(map, data, layers) {
  var base = data.base;
  map.createPane("frontmapBase").style.zIndex = 150;
  var baseRenderer = L.canvas({pane: "frontmapBase"});
  var land = L.geoJSON(base.countries, {
    pane: "frontmapBase", renderer: baseRenderer, interactive: false,
    style: {color: "#a9a294", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1}
  });
  var oblastsBase = L.geoJSON(base.oblasts, {
    pane: "frontmapBase", renderer: baseRenderer, interactive: false,
    style: {color: "#c9c2b4", weight: 0.8, fill: false}
  });
  L.layerGroup([land, oblastsBase]).addTo(map);
  layers.oblasts = L.geoJSON(base.oblasts, {
    interactive: false, style: {color: "#7c6f9c", weight: 1.2, opacity: 0.8, fill: false, dashArray: "4 3"}
  });
  layers.features = L.geoJSON(base.features, {
    style: {color: "#3b7fc4", weight: 2, opacity: 0.8},
    pointToLayer: function (feature, latlng) {
      return L.circleMarker(latlng, {radius: 4, color: "#1b4f80", weight: 2, fillColor: "#ffffff", fillOpacity: 1});
    },
    onEachFeature: function (feature, layer) {
      var p = feature.properties || {};
      layer.bindTooltip(el("span", null, p.name + (p.kind ? " (" + p.kind + ")" : "")), {sticky: true});
    }
  });
}

function addPlaces(map, places) {
  var group = L.layerGroup();
  places.forEach(function (p, rank) {
    var marker = L.circleMarker([p.lat, p.lon], {
      radius: 3, color: "#333", weight: 1, fillColor: "#ffffff", fillOpacity: 1
    });
    var label = el("span", null, p.name);
    marker.bindTooltip(label, {
      permanent: rank < 30, direction: "right", offset: [4, 0], className: "frontmap-place-label"
    });
    group.addLayer(marker);
  });
  return group;
}

function addTitle(root, data) {
  var box = el("div", "frontmap-title");
  box.appendChild(el("h1", null, data.title));
  var articles = data.events.sources.length;
  var summary = data.events.n + (data.events.n === 1 ? " event" : " events") + " from " + articles +
    (articles === 1 ? " article" : " articles");
  var details = el("details");
  details.appendChild(el("summary", null, summary));
  var list = el("ul", "frontmap-sources");
  data.events.sources.forEach(function (s) {
    list.appendChild(sourceItem(s));
  });
  details.appendChild(list);
  box.appendChild(details);
  L.DomEvent.disableClickPropagation(box);
  L.DomEvent.disableScrollPropagation(box);
  root.appendChild(box);
}

// extra: a node appended to the legend (the estimated front's key), or null.
function addLegend(map, data, extra) {
  var control = L.control({position: "bottomright"});
  control.onAdd = function () {
    var box = el("div", "frontmap-legend leaflet-bar");
    box.appendChild(el("div", "frontmap-legend-head", "Who acted"));
    data.events.actors.forEach(function (a) {
      var row = el("div", "frontmap-legend-row");
      row.appendChild(svgIcon("circle", a.colour, "#ffffff", false));
      row.appendChild(el("span", null, a.label));
      box.appendChild(row);
    });
    box.appendChild(el("div", "frontmap-legend-head", "What happened"));
    data.events.types.forEach(function (t) {
      var row = el("div", "frontmap-legend-row");
      row.appendChild(svgIcon(t.shape, "#555555", "#ffffff", false));
      row.appendChild(el("span", null, t.label));
      box.appendChild(row);
    });
    var undated = el("div", "frontmap-legend-row");
    undated.appendChild(svgIcon("circle", "#555555", "#555555", true));
    undated.appendChild(el("span", null, "Hollow: date unknown (always shown)"));
    box.appendChild(undated);
    box.appendChild(el("div", "frontmap-legend-note", "Numbered disc: many events, click to zoom in"));
    if (extra) {
      box.appendChild(extra);
    }
    return box;
  };
  control.addTo(map);
}

function addTimeControl(map, root, state, days, redraw) {
  var control = L.control({position: "bottomleft"});
  var inputs = {};
  var status = el("div", "frontmap-time-status");
  control.onAdd = function () {
    var box = el("div", "frontmap-time leaflet-bar");
    L.DomEvent.disableClickPropagation(box);
    L.DomEvent.disableScrollPropagation(box);
    if (days.min === null) {
      box.appendChild(el("div", null, "No event has a known date."));
      box.appendChild(status);
      return box;
    }
    ["from", "to"].forEach(function (end) {
      var row = el("div", "frontmap-time-row");
      var input = el("input");
      input.type = "range";
      input.min = days.min;
      input.max = days.max;
      input.step = 1;
      input.value = end === "from" ? days.min : days.max;
      input.id = root.id + "-" + end;
      input.className = "frontmap-" + end;
      var label = el("label", null, end === "from" ? "From" : "To");
      label.htmlFor = input.id;
      var output = el("output", null, isoDay(Number(input.value)));
      input.addEventListener("input", function () {
        var value = Number(input.value);
        if (end === "from" && value > state.to) {
          inputs.to.value = value;
        }
        if (end === "to" && value < state.from) {
          inputs.from.value = value;
        }
        sync();
      });
      inputs[end] = input;
      inputs[end + "Output"] = output;
      row.appendChild(label);
      row.appendChild(input);
      row.appendChild(output);
      box.appendChild(row);
    });
    var play = el("button", "frontmap-play", "▶ Play");
    play.type = "button";
    var timer = null;
    play.addEventListener("click", function () {
      if (timer) {
        clearInterval(timer);
        timer = null;
        play.textContent = "▶ Play";
        return;
      }
      var step = Math.max(1, Math.round((days.max - state.from) / 60));
      inputs.to.value = state.from;
      sync();
      play.textContent = "❚❚ Pause";
      timer = setInterval(function () {
        var next = Math.min(days.max, Number(inputs.to.value) + step);
        inputs.to.value = next;
        sync();
        if (next >= days.max) {
          clearInterval(timer);
          timer = null;
          play.textContent = "▶ Play";
        }
      }, 200);
    });
    box.appendChild(play);
    box.appendChild(status);
    return box;
  };
  function sync() {
    state.from = Number(inputs.from.value);
    state.to = Number(inputs.to.value);
    inputs.fromOutput.textContent = isoDay(state.from);
    inputs.toOutput.textContent = isoDay(state.to);
    redraw();
  }
  control.addTo(map);
  return {
    status: status,
    set: function (from, to) {
      if (!inputs.from) {
        return;
      }
      inputs.from.value = from;
      inputs.to.value = to;
      sync();
    }
  };
}

function dayRange(days) {
  var min = null, max = null;
  for (var k = 0; k < days.length; k++) {
    var day = days[k];
    if (day !== null) {
      min = min === null ? day : Math.min(min, day);
      max = max === null ? day : Math.max(max, day);
    }
  }
  return {min: min, max: max};
}
