/* frontmap: draws the events of a frontmap page on a Leaflet map.
 *
 * All events are drawn on one canvas by one layer (EventLayer), not as one Leaflet object each, so
 * 100,000 events load and pan quickly. Events at one place are set side by side; where many crowd
 * into one cell at low zoom they are drawn as one cluster that zooms in when clicked.
 *
 * Every text shown comes from untrusted articles: it is only ever set with textContent (or escaped
 * with escapeHtml where Leaflet insists on HTML), and links are kept only for http(s) URLs.
 */
(function () {
  "use strict";
  // A function, not an object: an element whose id is "frontmap" also shows up as window.frontmap.
  if (typeof window.frontmapRender === "function") {
    return;
  }

  // Polygons of unit radius, y down; "circle" and "star" are drawn specially.
  var SHAPES = {
    "triangle-up": [[0, -1.15], [1, 0.7], [-1, 0.7]],
    "triangle-down": [[0, 1.15], [1, -0.7], [-1, -0.7]],
    "diamond": [[0, -1.2], [1, 0], [0, 1.2], [-1, 0]],
    "star": starPoints(5, 1.3, 0.55),
    "circle": null
  };
  var RADIUS = 7;          // marker radius in CSS pixels
  var SPACING = 17;        // distance between markers set side by side
  var CELL = 64;           // cluster grid cell in pixels
  var CLUSTER_MIN = 40;    // a cell with more events than this is drawn as a cluster...
  var CLUSTER_MAX_ZOOM = 12; // ...below this zoom; from it on every event is drawn
  var PAD = 0.25;          // share of the view drawn beyond each edge, so panning shows no gap
  var DAY_MS = 86400000;
  var SVG_NS = "http://www.w3.org/2000/svg";
  var PRECISION_TEXT = {
    1: "the place itself",
    2: "near the place",
    3: "only the region or river is known"
  };

  function starPoints(spikes, outer, inner) {
    var points = [];
    for (var k = 0; k < spikes * 2; k++) {
      var r = k % 2 === 0 ? outer : inner;
      var angle = Math.PI * k / spikes - Math.PI / 2;
      points.push([r * Math.cos(angle), r * Math.sin(angle)]);
    }
    return points;
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"}[c];
    });
  }

  function safeUrl(url) {
    if (typeof url !== "string" || !/^https?:\/\//i.test(url)) {
      return null;
    }
    try {
      var parsed = new URL(url);
      return (parsed.protocol === "http:" || parsed.protocol === "https:") ? parsed.href : null;
    } catch (error) {
      return null;
    }
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  function isoDay(day) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
  }

  function tracePath(ctx, shape, x, y, r) {
    var points = SHAPES[shape];
    ctx.beginPath();
    if (!points) {
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      return;
    }
    ctx.moveTo(x + points[0][0] * r, y + points[0][1] * r);
    for (var k = 1; k < points.length; k++) {
      ctx.lineTo(x + points[k][0] * r, y + points[k][1] * r);
    }
    ctx.closePath();
  }

  // An inline SVG icon of a shape, for the legend and the layer control (no image URLs).
  function svgIcon(shape, fill, stroke, hollow) {
    var size = 16, r = 6, c = size / 2;
    var svg = document.createElementNS(SVG_NS, "svg");
    svg.setAttribute("width", size);
    svg.setAttribute("height", size);
    svg.setAttribute("viewBox", "0 0 " + size + " " + size);
    svg.setAttribute("class", "frontmap-icon");
    var points = SHAPES[shape];
    var node;
    if (points) {
      node = document.createElementNS(SVG_NS, "polygon");
      node.setAttribute("points", points.map(function (p) {
        return (c + p[0] * r).toFixed(2) + "," + (c + p[1] * r).toFixed(2);
      }).join(" "));
    } else {
      node = document.createElementNS(SVG_NS, "circle");
      node.setAttribute("cx", c);
      node.setAttribute("cy", c);
      node.setAttribute("r", r);
    }
    node.setAttribute("fill", hollow ? "#ffffff" : fill);
    node.setAttribute("stroke", stroke);
    node.setAttribute("stroke-width", hollow ? 2 : 1);
    svg.appendChild(node);
    return svg;
  }

  // Web Mercator at zoom 0 (a 256 px world), so a view only scales and shifts these.
  function project(data) {
    var n = data.n, wx = new Float64Array(n), wy = new Float64Array(n);
    for (var i = 0; i < n; i++) {
      var lat = Math.max(-85.05, Math.min(85.05, data.lat[i])) * Math.PI / 180;
      wx[i] = (data.lon[i] + 180) / 360 * 256;
      wy[i] = (1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2 * 256;
    }
    return {x: wx, y: wy};
  }

  var EventLayer = L.Layer.extend({
    initialize: function (data, state) {
      this._data = data;
      this._state = state;
      this._world = project(data);
      this._slot = new Int32Array(data.n);
      this._stackSize = new Int32Array(maxOf(data.stack) + 1);
      this.drawn = {x: new Float32Array(data.n), y: new Float32Array(data.n), i: new Int32Array(data.n), count: 0};
      this.clusters = [];
      this.visibleCount = 0;
    },

    onAdd: function (map) {
      this._canvas = L.DomUtil.create("canvas", "frontmap-events leaflet-zoom-hide");
      map.getPane(this.options.pane || "overlayPane").appendChild(this._canvas);
      this._container = this._canvas;
      map.on("moveend zoomend resize viewreset", this.redraw, this);
      this.redraw();
    },

    onRemove: function (map) {
      map.off("moveend zoomend resize viewreset", this.redraw, this);
      L.DomUtil.remove(this._canvas);
    },

    // Which events pass the layer toggles and the time range; sets each one's place in its stack.
    _filter: function () {
      var d = this._data, s = this._state, visible = [];
      var sizes = this._stackSize;
      sizes.fill(0);
      for (var i = 0; i < d.n; i++) {
        if (!s.typeOn[d.type[i]]) {
          continue;
        }
        var day = d.day[i];
        if (day !== null && (day < s.from || day > s.to)) {
          continue;
        }
        this._slot[i] = sizes[d.stack[i]]++;
        visible.push(i);
      }
      return visible;
    },

    redraw: function () {
      var map = this._map;
      if (!map) {
        return;
      }
      var size = map.getSize();
      var pad = size.multiplyBy(PAD).round();
      var width = size.x + 2 * pad.x, height = size.y + 2 * pad.y;
      var ratio = window.devicePixelRatio || 1;
      var canvas = this._canvas;
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.width = width + "px";
      canvas.style.height = height + "px";
      L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([-pad.x, -pad.y]));
      var ctx = canvas.getContext("2d");
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, width, height);

      var visible = this._filter();
      this.visibleCount = visible.length;
      var zoom = map.getZoom();
      var scale = Math.pow(2, zoom);
      var origin = map.getPixelBounds().min.subtract(pad);
      var cells = new Map();
      var wx = this._world.x, wy = this._world.y;
      for (var k = 0; k < visible.length; k++) {
        var i = visible[k];
        var x = wx[i] * scale - origin.x, y = wy[i] * scale - origin.y;
        if (x < -CELL || y < -CELL || x > width + CELL || y > height + CELL) {
          continue;
        }
        var key = Math.floor(x / CELL) * 1e6 + Math.floor(y / CELL);
        var cell = cells.get(key);
        if (!cell) {
          cell = {members: []};
          cells.set(key, cell);
        }
        cell.members.push(i);
      }
      var drawn = this.drawn, count = 0, clusters = [];
      var clustering = zoom < Math.min(CLUSTER_MAX_ZOOM, map.getMaxZoom());
      var self = this;
      var crowded = [];
      cells.forEach(function (cell) {
        if (clustering && cell.members.length > CLUSTER_MIN) {
          crowded.push(cell.members);
          return;
        }
        for (var m = 0; m < cell.members.length; m++) {
          var j = cell.members[m];
          var at = self._stackOffset(j);
          var px = wx[j] * scale - origin.x + at[0], py = wy[j] * scale - origin.y + at[1];
          self._drawMarker(ctx, j, px, py);
          drawn.x[count] = px - pad.x;
          drawn.y[count] = py - pad.y;
          drawn.i[count] = j;
          count += 1;
        }
      });
      drawn.count = count;
      crowded.forEach(function (members) {
        clusters.push(self._drawCluster(ctx, members, scale, origin));
      });
      clusters.forEach(function (c) {
        c.x -= pad.x;
        c.y -= pad.y;
      });
      this.clusters = clusters;
      this._state.onDraw(this);
    },

    // Events at one place sit in a square block, in date order, centred on the place.
    _stackOffset: function (i) {
      var n = this._stackSize[this._data.stack[i]];
      if (n <= 1) {
        return [0, 0];
      }
      var cols = Math.ceil(Math.sqrt(n)), rows = Math.ceil(n / cols), slot = this._slot[i];
      return [(slot % cols - (cols - 1) / 2) * SPACING, (Math.floor(slot / cols) - (rows - 1) / 2) * SPACING];
    },

    _drawMarker: function (ctx, i, x, y) {
      var d = this._data, actor = d.actors[d.actor[i]], type = d.types[d.type[i]];
      tracePath(ctx, type.shape, x, y, RADIUS);
      if (d.day[i] === null) {
        ctx.fillStyle = "#ffffff";
        ctx.fill();
        ctx.lineWidth = 2.5;
        ctx.strokeStyle = actor.colour;
        ctx.stroke();
      } else {
        ctx.fillStyle = actor.colour;
        ctx.fill();
        ctx.lineWidth = 1;
        ctx.strokeStyle = "#ffffff";
        ctx.stroke();
      }
    },

    // A cluster: a disc sized by count, its rim split by actor share, the count in the middle.
    _drawCluster: function (ctx, members, scale, origin) {
      var d = this._data, wx = this._world.x, wy = this._world.y, sx = 0, sy = 0;
      var byActor = new Array(d.actors.length).fill(0);
      var south = 90, north = -90, west = 180, east = -180;
      members.forEach(function (i) {
        sx += wx[i];
        sy += wy[i];
        byActor[d.actor[i]] += 1;
        south = Math.min(south, d.lat[i]);
        north = Math.max(north, d.lat[i]);
        west = Math.min(west, d.lon[i]);
        east = Math.max(east, d.lon[i]);
      });
      var n = members.length;
      var x = sx / n * scale - origin.x, y = sy / n * scale - origin.y;
      var r = Math.min(30, 12 + 4 * Math.log10(n));
      var start = -Math.PI / 2;
      byActor.forEach(function (share, a) {
        if (!share) {
          return;
        }
        var end = start + 2 * Math.PI * share / n;
        ctx.beginPath();
        ctx.moveTo(x, y);
        ctx.arc(x, y, r, start, end);
        ctx.closePath();
        ctx.fillStyle = d.actors[a].colour;
        ctx.fill();
        start = end;
      });
      ctx.beginPath();
      ctx.arc(x, y, r * 0.68, 0, 2 * Math.PI);
      ctx.fillStyle = "rgba(255,255,255,0.95)";
      ctx.fill();
      ctx.fillStyle = "#222";
      ctx.font = "bold 11px sans-serif";
      ctx.textAlign = "center";
      ctx.textBaseline = "middle";
      ctx.fillText(n >= 10000 ? Math.round(n / 1000) + "k" : String(n), x, y);
      return {x: x, y: y, r: r, count: n, bounds: [[south, west], [north, east]]};
    },

    // The event or cluster under a container point, or null.
    hit: function (point) {
      var best = null, bestDistance = RADIUS + 4, drawn = this.drawn;
      for (var k = drawn.count - 1; k >= 0; k--) {
        var distance = Math.max(Math.abs(drawn.x[k] - point.x), Math.abs(drawn.y[k] - point.y));
        if (distance < bestDistance) {
          best = {event: drawn.i[k], x: drawn.x[k], y: drawn.y[k]};
          bestDistance = distance;
        }
      }
      if (best) {
        return best;
      }
      for (var c = 0; c < this.clusters.length; c++) {
        var cluster = this.clusters[c];
        if (Math.hypot(cluster.x - point.x, cluster.y - point.y) <= cluster.r) {
          return {cluster: cluster};
        }
      }
      return null;
    }
  });

  function maxOf(values) {
    var max = 0;
    for (var k = 0; k < values.length; k++) {
      if (values[k] > max) {
        max = values[k];
      }
    }
    return max;
  }

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

  function addLegend(map, data) {
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

  function fitView(map, data) {
    var d = data.events, points = [];
    for (var i = 0; i < d.n; i++) {
      points.push([d.lat[i], d.lon[i]]);
    }
    // Fit the events; places named in passing (Moscow, Washington) would shrink the front.
    if (!points.length) {
      data.places.forEach(function (p) {
        points.push([p.lat, p.lon]);
      });
    }
    if (points.length) {
      map.fitBounds(L.latLngBounds(points).pad(0.15), {maxZoom: 11});
    } else {
      map.setView([48.5, 31.5], 6);
    }
  }

  function render(root) {
    var data = JSON.parse(document.getElementById(root.id + "-data").textContent);
    var d = data.events;
    // Sources travel as arrays (smaller); name their fields once here.
    d.sources = d.sources.map(function (values) {
      var source = {};
      d.sourceFields.forEach(function (field, k) {
        source[field] = values[k];
      });
      return source;
    });
    var mapNode = el("div", "frontmap-map");
    root.appendChild(mapNode);
    var map = L.map(mapNode, {preferCanvas: true, minZoom: 3, maxZoom: 16});
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution(escapeHtml(data.attribution));
    var layers = {};
    addBase(map, data, layers);
    var baseLayers = {};
    if (data.tiles) {
      var tiles = L.tileLayer(data.tiles.url, {attribution: escapeHtml(data.tiles.attribution), maxZoom: 19});
      tiles.addTo(map);
      baseLayers["OpenStreetMap"] = tiles;
      baseLayers["Offline outlines only"] = L.layerGroup();
    }
    var days = dayRange(d.day);
    var state = {
      typeOn: d.types.map(function () { return true; }),
      from: days.min === null ? 0 : days.min,
      to: days.max === null ? 0 : days.max,
      onDraw: function () {}
    };
    map.createPane("frontmapEvents").style.zIndex = 450;
    var events = new EventLayer(d, state);
    events.options.pane = "frontmapEvents";
    var overlays = {}, typeLayers = [];
    var counts = d.types.map(function () { return 0; });
    for (var i = 0; i < d.n; i++) {
      counts[d.type[i]] += 1;
    }
    d.types.forEach(function (t, k) {
      var holder = L.layerGroup();
      holder.frontmapType = k;
      typeLayers.push(holder);
      var icon = svgIcon(t.shape, "#555555", "#ffffff", false).outerHTML;
      overlays[icon + " " + escapeHtml(t.label) + " (" + counts[k] + ")"] = holder;
      holder.addTo(map);
    });
    var places = addPlaces(map, data.places);
    if (data.places.length) {
      overlays["Places named in the articles"] = places.addTo(map);
    }
    if (data.base.features.features.length) {
      overlays["Rivers, bridges, dams"] = layers.features.addTo(map);
    }
    if (data.base.oblasts.features.length) {
      overlays["Oblast outlines"] = layers.oblasts.addTo(map);
    }
    L.control.layers(baseLayers, overlays, {collapsed: false, position: "topright"}).addTo(map);
    map.on("overlayadd overlayremove", function (event) {
      if (event.layer.frontmapType !== undefined) {
        state.typeOn[event.layer.frontmapType] = event.type === "overlayadd";
        events.redraw();
      }
    });
    addTitle(root, data);
    addLegend(map, data);
    var undatedCount = d.day.filter(function (day) { return day === null; }).length;
    var time = addTimeControl(map, root, state, days, function () { events.redraw(); });
    state.onDraw = function (layer) {
      time.status.textContent = layer.visibleCount + " of " + d.n + " events shown" +
        (undatedCount ? ", " + undatedCount + " undated (always shown)" : "");
      root.dataset.drawn = String(layer.drawn.count);
      root.dataset.visible = String(layer.visibleCount);
    };

    var tip = el("div", "frontmap-tip");
    root.appendChild(tip);
    map.on("mousemove", function (event) {
      var found = events.hit(event.containerPoint);
      mapNode.style.cursor = found ? "pointer" : "";
      if (found && found.event !== undefined) {
        var j = found.event, place = d.places[d.place[j]];
        tip.textContent = d.types[d.type[j]].label + " · " + place.name + " · " +
          (d.day[j] === null ? "date unknown" : isoDay(d.day[j]));
        tip.style.left = (found.x + 12) + "px";
        tip.style.top = (found.y - 10) + "px";
        tip.style.display = "block";
      } else {
        tip.style.display = "none";
      }
    });
    map.on("mouseout movestart", function () {
      tip.style.display = "none";
    });
    map.on("click", function (event) {
      var found = events.hit(event.containerPoint);
      if (!found) {
        return;
      }
      if (found.cluster) {
        map.fitBounds(found.cluster.bounds, {padding: [40, 40], maxZoom: map.getZoom() + 3});
        return;
      }
      L.popup({maxWidth: 340, className: "frontmap-popup-frame"})
        .setLatLng(map.containerPointToLatLng([found.x, found.y]))
        .setContent(popupContent(d, found.event))
        .openOn(map);
    });
    fitView(map, data);
    events.addTo(map);

    // What tests and embedding pages can ask of a drawn map.
    root.frontmap = {
      map: map,
      drawn: function () {
        var out = [];
        for (var k = 0; k < events.drawn.count; k++) {
          var j = events.drawn.i[k];
          out.push({id: d.id[j], x: events.drawn.x[k], y: events.drawn.y[k],
                    type: d.types[d.type[j]].key, actor: d.actors[d.actor[j]].key});
        }
        return out;
      },
      clusters: function () { return events.clusters.slice(); },
      setRange: function (from, to) { time.set(from, to); },
      days: days
    };
    root.dataset.ready = "1";
    return root.frontmap;
  }

  window.frontmapRender = render;
})();
