/* frontmap, the estimated front (drawn only when the data has a "front"): control areas and the line.
 *
 * Every snapshot is precomputed (maps/front.py); the time slider only picks the latest snapshot on or
 * before its end date and swaps that snapshot's pre-built Leaflet layers in, so moving it stays
 * instant. Areas are shaded by who holds them, more opaque the surer the estimate; the line is solid
 * where observed and dashed where inferred. Event ids, places, sentences and sources are untrusted:
 * they are only set with textContent.
 */

var FRONT_REPORTS_SHOWN = 25;  // reports listed in an area's popup, newest first
var FRONT_SNIPPET = 160;       // characters of a report's sentence shown

// Coordinates arrive as integer deltas of 1/scale degrees (lon, lat); Leaflet wants [lat, lon].
function decodePath(flat, scale) {
  var out = [], x = 0, y = 0;
  for (var k = 0; k < flat.length; k += 2) {
    x += flat[k];
    y += flat[k + 1];
    out.push([y / scale, x / scale]);
  }
  return out;
}

// Even-odd rule over every ring of the shape's polygons: holes count as outside.
function shapeContains(polygons, lat, lon) {
  var inside = false;
  polygons.forEach(function (rings) {
    rings.forEach(function (ring) {
      for (var a = 0, b = ring.length - 1; a < ring.length; b = a++) {
        var ya = ring[a][0], xa = ring[a][1], yb = ring[b][0], xb = ring[b][1];
        if ((ya > lat) !== (yb > lat) && lon < (xb - xa) * (lat - ya) / (yb - ya) + xa) {
          inside = !inside;
        }
      }
    });
  });
  return inside;
}

function FrontLayer(map, front, events) {
  this._map = map;
  this._front = front;
  this._events = events;
  this._latlngs = [];
  this._boxes = [];
  this._built = [];
  this._eventIndex = null;
  this.shown = -1;
  map.createPane("frontmapFront").style.zIndex = 350;  // over tiles and outlines, under events
  this._renderer = L.svg({pane: "frontmapFront", padding: 0.5});
  this.group = L.layerGroup();
  this.legend = this._legend();
}

FrontLayer.prototype._shape = function (k) {
  if (!this._latlngs[k]) {
    var scale = this._front.scale, shape = this._front.shapes[k];
    this._latlngs[k] = Array.isArray(shape[0][0]) ?
      shape.map(function (rings) {
        return rings.map(function (ring) { return decodePath(ring, scale); });
      }) :
      shape.map(function (path) { return decodePath(path, scale); });
  }
  return this._latlngs[k];
};

// A shape's bounding box, so a point far from an area is told apart without walking its rings.
FrontLayer.prototype._bounds = function (k) {
  if (!this._boxes[k]) {
    var box = L.latLngBounds([]);
    this._shape(k).forEach(function (polygon) {
      box.extend(polygon[0]);
    });
    this._boxes[k] = box;
  }
  return this._boxes[k];
};

FrontLayer.prototype._opacity = function (confidence) {
  var style = this._front.style;
  return style.minOpacity + (style.maxOpacity - style.minOpacity) * confidence;
};

// The layers of snapshot s, built the first time it is shown and kept.
FrontLayer.prototype._build = function (s) {
  if (this._built[s]) {
    return this._built[s];
  }
  var f = this._front, self = this, parts = [];
  f.snapshots.areas[s].forEach(function (a) {
    var side = f.sides[f.areas.side[a]];
    parts.push(L.polygon(self._shape(f.areas.shape[a]), {
      renderer: self._renderer, interactive: false, stroke: false,
      fillColor: side.colour, fillOpacity: self._opacity(f.areas.confidence[a]),
      className: "frontmap-front-area frontmap-front-" + side.key
    }));
  });
  f.snapshots.lines[s].forEach(function (l) {
    var inferred = f.certainties[f.lines.certainty[l]] !== "observed";
    parts.push(L.polyline(self._shape(f.lines.shape[l]), {
      renderer: self._renderer, interactive: false, color: f.style.line, weight: 2.6, opacity: 0.9,
      dashArray: inferred ? f.style.dash : null,
      className: "frontmap-front-line frontmap-front-" + (inferred ? "inferred" : "observed")
    }));
  });
  this._built[s] = L.layerGroup(parts);
  return this._built[s];
};

// The snapshot in force on a day: the latest one dated on or before it (-1: none yet).
FrontLayer.prototype.snapshotOn = function (day) {
  var days = this._front.snapshots.day, found = -1;
  for (var s = 0; s < days.length && days[s] <= day; s++) {
    found = s;
  }
  return found;
};

FrontLayer.prototype.show = function (day) {
  var s = this.snapshotOn(day);
  if (s !== this.shown) {
    this.group.clearLayers();
    if (s >= 0) {
      this.group.addLayer(this._build(s));
    }
    this.shown = s;
  }
  var f = this._front;
  if (s < 0) {
    this._legendNote.textContent = "No estimate before " + isoDay(f.snapshots.day[0]);
  } else {
    this._legendNote.textContent = "As of " + isoDay(f.snapshots.day[s]) + ": " + f.snapshots.note[s] +
      "; not a record of fact";
  }
};

// What the page shows now, for tests and embedding pages.
FrontLayer.prototype.state = function () {
  var f = this._front, s = this.shown;
  return {
    asOf: s < 0 ? null : isoDay(f.snapshots.day[s]),
    reports: s < 0 ? 0 : f.snapshots.reports[s],
    areas: s < 0 ? 0 : f.snapshots.areas[s].length,
    lines: s < 0 ? 0 : f.snapshots.lines[s].length,
    onMap: this._map.hasLayer(this.group)
  };
};

// The area of the shown snapshot under a point, or -1.
FrontLayer.prototype.areaAt = function (latlng) {
  if (this.shown < 0 || !this._map.hasLayer(this.group)) {
    return -1;
  }
  var f = this._front, areas = f.snapshots.areas[this.shown];
  for (var k = 0; k < areas.length; k++) {
    var shape = f.areas.shape[areas[k]];
    if (this._bounds(shape).contains(latlng) && shapeContains(this._shape(shape), latlng.lat, latlng.lng)) {
      return areas[k];
    }
  }
  return -1;
};

// One line for the hover tip over an area that rests on reports, or null (none there, the
// baseline, or the layer is off): a tip over every baseline area would follow the mouse everywhere.
FrontLayer.prototype.describeAt = function (latlng) {
  var a = this.areaAt(latlng), f = this._front;
  if (a < 0 || !f.areas.reports[a].length) {
    return null;
  }
  return "Held by " + f.sides[f.areas.side[a]].label + " (estimated), confidence " +
    Math.round(100 * f.areas.confidence[a]) + "%: click for the reports";
};

FrontLayer.prototype.at = function (lon, lat) {
  var a = this.areaAt(L.latLng(lat, lon));
  var f = this._front;
  return a < 0 ? null : {controller: f.sides[f.areas.side[a]].key, confidence: f.areas.confidence[a],
                         reports: f.areas.reports[a].length};
};

FrontLayer.prototype._eventOf = function (id) {
  if (!this._eventIndex) {
    var index = new Map(), ids = this._events.id;
    for (var i = 0; i < ids.length; i++) {
      index.set(ids[i], i);
    }
    this._eventIndex = index;
  }
  return this._eventIndex.has(id) ? this._eventIndex.get(id) : -1;
};

FrontLayer.prototype.popupContent = function (a) {
  var f = this._front, d = this._events, self = this;
  var side = f.sides[f.areas.side[a]], certainty = f.certainties[f.areas.certainty[a]];
  var body = el("div", "frontmap-popup frontmap-front-popup");
  var head = el("div", "frontmap-popup-head");
  var swatch = el("span", "frontmap-front-swatch");
  swatch.style.background = side.colour;
  swatch.style.opacity = String(0.3 + 0.7 * f.areas.confidence[a]);
  head.appendChild(swatch);
  head.appendChild(el("strong", null, "Held by " + side.label + " (estimated)"));
  body.appendChild(head);
  var facts = el("dl", "frontmap-facts");
  function fact(name, value) {
    facts.appendChild(el("dt", null, name));
    facts.appendChild(el("dd", null, value));
  }
  fact("As of", isoDay(f.snapshots.day[this.shown]));
  fact("Confidence", Math.round(100 * f.areas.confidence[a]) + "% (" +
    (certainty === "baseline" ? "baseline: who held it before the reports" : certainty) + ")");
  fact("Last evidence", f.areas.last[a] === null ? "none" : isoDay(f.areas.last[a]));
  body.appendChild(facts);
  // n_reports may count every article behind an event, so it can exceed the events listed.
  var ids = f.areas.reports[a];
  var n = Math.max(ids.length, f.areas.nReports[a]);
  var heading = n ? "Estimated from " + n + (n === 1 ? " report" : " reports") : "No report: the baseline";
  if (ids.length && ids.length !== n) {
    heading += " of " + ids.length + (ids.length === 1 ? " event" : " events");
  }
  body.appendChild(el("div", "frontmap-sources-head", heading));
  var reports = ids.map(function (k) {
    return {id: f.ids[k], event: self._eventOf(f.ids[k])};
  });
  reports.sort(function (x, y) {
    var dx = x.event < 0 ? -1 : d.day[x.event], dy = y.event < 0 ? -1 : d.day[y.event];
    return (dy === null ? -1 : dy) - (dx === null ? -1 : dx);
  });
  var list = el("ul", "frontmap-sources frontmap-front-reports");
  reports.slice(0, FRONT_REPORTS_SHOWN).forEach(function (r) {
    list.appendChild(self._reportItem(r));
  });
  body.appendChild(list);
  if (reports.length > FRONT_REPORTS_SHOWN) {
    body.appendChild(el("div", "frontmap-meta", "and " + (reports.length - FRONT_REPORTS_SHOWN) + " more"));
  }
  return body;
};

FrontLayer.prototype._reportItem = function (r) {
  var d = this._events, item = el("li");
  if (r.event < 0) {
    item.appendChild(el("span", "frontmap-meta", "Report " + r.id + " (not on this map)"));
    return item;
  }
  var i = r.event, source = d.sources[d.src[i][0]] || {};
  item.appendChild(el("strong", null, d.places[d.place[i]].name));
  var meta = [d.day[i] === null ? "date unknown" : isoDay(d.day[i]), source.source].filter(Boolean);
  item.appendChild(el("span", "frontmap-meta", " · " + meta.join(" · ")));
  var sentence = d.sentences[d.sentence[i]];
  if (sentence.length > FRONT_SNIPPET) {
    sentence = sentence.slice(0, FRONT_SNIPPET - 1) + "…";
  }
  item.appendChild(el("div", "frontmap-front-snippet", sentence));
  return item;
};

FrontLayer.prototype._legend = function () {
  var f = this._front, box = el("div", "frontmap-front-legend");
  box.appendChild(el("div", "frontmap-legend-head", f.label));
  var self = this;
  f.sides.forEach(function (side) {
    var row = el("div", "frontmap-legend-row");
    [0.25, 0.6, 1].forEach(function (confidence) {
      var swatch = el("span", "frontmap-front-swatch");
      swatch.style.background = side.colour;
      swatch.style.opacity = String(Math.min(1, self._opacity(confidence) * 2));
      row.appendChild(swatch);
    });
    row.appendChild(el("span", null, "Held by " + side.label));
    box.appendChild(row);
  });
  box.appendChild(el("div", "frontmap-legend-note", "Shading: paler is less sure (confidence from how many " +
    "reports, how recent, how near)"));
  [["observed", "Line: recent reports on both sides"], ["inferred", "Dashed: inferred"]].forEach(function (item) {
    var row = el("div", "frontmap-legend-row");
    var svg = document.createElementNS(SVG_NS, "svg");
    svg.setAttribute("width", "28");
    svg.setAttribute("height", "10");
    svg.setAttribute("class", "frontmap-icon");
    var line = document.createElementNS(SVG_NS, "line");
    line.setAttribute("x1", "1");
    line.setAttribute("y1", "5");
    line.setAttribute("x2", "27");
    line.setAttribute("y2", "5");
    line.setAttribute("stroke", f.style.line);
    line.setAttribute("stroke-width", "2.6");
    if (item[0] !== "observed") {
      line.setAttribute("stroke-dasharray", f.style.dash);
    }
    svg.appendChild(line);
    row.appendChild(svg);
    row.appendChild(el("span", null, item[1]));
    box.appendChild(row);
  });
  this._legendNote = el("div", "frontmap-legend-note frontmap-front-note");
  box.appendChild(this._legendNote);
  this._map.on("overlayadd overlayremove", function (event) {
    if (event.layer === self.group) {
      box.style.display = event.type === "overlayadd" ? "" : "none";
    }
  });
  return box;
};

// Opens the popup of the area under latlng; false when there is none (layer off, no snapshot yet).
FrontLayer.prototype.openPopupAt = function (latlng) {
  var a = this.areaAt(latlng);
  if (a < 0) {
    return false;
  }
  // Pan clear of the title box in the top-left corner when the popup opens near it.
  L.popup({maxWidth: 360, className: "frontmap-popup-frame", autoPanPaddingTopLeft: [10, 110]})
    .setLatLng(latlng)
    .setContent(this.popupContent(a))
    .openOn(this._map);
  return true;
};
