/* frontmap, part 2 of 4: EventLayer, which draws every event on one canvas.
 *
 * All events are drawn by one layer, not as one Leaflet object each, so 100,000 events load and
 * pan quickly. Events at one place are set side by side; where many crowd into one cell at low
 * zoom they are drawn as one cluster that zooms in when clicked.
 */

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
