/* frontmap, part 1 of 4: constants, safe text and links, and the symbols drawn for events.
 *
 * The three parts are one script: maps/assets.py joins them inside one function scope, in order
 * (symbols, layer, controls, render), so these declarations are private to the map.
 */

// Polygons of unit radius, y down; "circle" and "star" are drawn specially.
var SHAPES = {
  "triangle-up": [[0, -1.15], [1, 0.7], [-1, 0.7]],
  "triangle-down": [[0, 1.15], [1, -0.7], [-1, -0.7]],
  "diamond": [[0, -1.2], [1, 0], [0, 1.2], [-1, 0]],
  "star": starPoints(5, 1.3, 0.55),
  "cross": [[-0.35, -1.1], [0.35, -1.1], [0.35, -0.35], [1.1, -0.35], [1.1, 0.35], [0.35, 0.35],
            [0.35, 1.1], [-0.35, 1.1], [-0.35, 0.35], [-1.1, 0.35], [-1.1, -0.35], [-0.35, -0.35]],
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
