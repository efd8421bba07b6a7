/* frontmap, part 4 of 4: render(), which builds one map from its data element, and fitView().
 *
 * render() is what the page calls (as window.frontmapRender) for each map on it.
 */

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

function render(root, options) {
  // options (for a map made elsewhere, such as folium's): {map: an L.Map to draw on, data: the JSON
  // element, fit: whether to fit the view to the events}. Without them render makes its own map.
  options = options || {};
  var dataNode = options.data || document.getElementById(root.id + "-data");
  var data = JSON.parse(dataNode.textContent);
  var d = data.events;
  // Sources travel as arrays (smaller); name their fields once here.
  d.sources = d.sources.map(function (values) {
    var source = {};
    d.sourceFields.forEach(function (field, k) {
      source[field] = values[k];
    });
    return source;
  });
  var map = options.map, mapNode;
  if (map) {
    mapNode = map.getContainer();
  } else {
    mapNode = el("div", "frontmap-map");
    root.appendChild(mapNode);
    map = L.map(mapNode, {preferCanvas: true, minZoom: 3, maxZoom: 16});
    map.attributionControl.setPrefix(false);
  }
  if (map.attributionControl) {
    map.attributionControl.addAttribution(escapeHtml(data.attribution));
  }
  var layers = {};
  addBase(map, data, layers);
  var baseLayers = {};
  if (data.tiles) {
    var tiles = L.tileLayer(data.tiles.url, {attribution: escapeHtml(data.tiles.attribution), maxZoom: 19});
    tiles.addTo(map);
    baseLayers["OpenStreetMap"] = tiles;
    baseLayers["Offline outlines only"] = L.layerGroup();
  }
  // The estimated front, when the map has one; its snapshot dates widen the slider's range.
  var front = data.front ? new FrontLayer(map, data.front, d) : null;
  var days = dayRange(front ? d.day.concat(data.front.snapshots.day) : d.day);
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
  if (front) {
    overlays[escapeHtml(data.front.label)] = front.group.addTo(map);
  }
  L.control.layers(baseLayers, overlays, {collapsed: false, position: "topright"}).addTo(map);
  map.on("overlayadd overlayremove", function (event) {
    if (event.layer.frontmapType !== undefined) {
      state.typeOn[event.layer.frontmapType] = event.type === "overlayadd";
      events.redraw();
    }
  });
  addTitle(root, data);
  addLegend(map, data, front && front.legend);
  var undatedCount = d.day.filter(function (day) { return day === null; }).length;
  var time = addTimeControl(map, root, state, days, function () {
    events.redraw();
    if (front) {
      front.show(state.to);
    }
  });
  if (front) {
    front.show(state.to);
  }
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
    var area = !found && front ? front.describeAt(event.latlng) : null;
    mapNode.style.cursor = found ? "pointer" : "";
    if (found && found.event !== undefined) {
      var j = found.event, place = d.places[d.place[j]];
      tip.textContent = d.types[d.type[j]].label + " · " + place.name + " · " +
        (d.day[j] === null ? "date unknown" : isoDay(d.day[j]));
      tip.style.left = (found.x + 12) + "px";
      tip.style.top = (found.y - 10) + "px";
      tip.style.display = "block";
    } else if (area) {
      tip.textContent = area;
      tip.style.left = (event.containerPoint.x + 12) + "px";
      tip.style.top = (event.containerPoint.y - 10) + "px";
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
      if (front) {
        front.openPopupAt(event.latlng);
      }
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
  if (options.fit !== false) {
    fitView(map, data);
  }
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
    front: front && {
      state: function () { return front.state(); },
      at: function (lon, lat) { return front.at(lon, lat); }
    },
    days: days
  };
  root.dataset.ready = "1";
  return root.frontmap;
}
