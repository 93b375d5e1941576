// The second panel: Part 4's error plane seen from above, warm colours as in its figure (low
// error dark red, high error pale yellow), lines of equal error over it, and the two-weight
// net's descent path by an update rule from a start the reader places by click, tap, dragging
// the start, arrow keys or the two number fields.
import { planeError, twoWeight } from "./network.js";
import { number } from "./lab-settings.js";
import { canvas, svgElement } from "./lab-plots.js";

const LOW = -10, HIGH = 10, CELLS = 101;
export const PLANE_STEPS = 10000;  // as long as Part 4 trains it
const EVERY = 20;  // the path is recorded, and dotted, every 20 steps
// matplotlib's YlOrRd, reversed like the figure's "YlOrRd_r": error 0 first, error 4 last.
const STOPS = ["#800026", "#bd0026", "#e31a1c", "#fc4e2a", "#fd8d3c", "#feb24c", "#fed976", "#ffeda0", "#ffffcc"];

function rgb(hex) {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

function colour(error) {
  const at = Math.min(Math.max(error / 4, 0), 1) * (STOPS.length - 1);
  const i = Math.min(Math.floor(at), STOPS.length - 2), t = at - i;
  const [a, b] = [rgb(STOPS[i]), rgb(STOPS[i + 1])];
  return a.map((value, k) => Math.round(value + (b[k] - value) * t));
}

let heatMap = null, grid = null;  // drawn once: the error at every point of a 101 × 101 grid

function heatMapURL() {
  if (heatMap) return heatMap;
  const board = document.createElement("canvas");
  board.width = board.height = CELLS;
  const context = board.getContext("2d");
  const image = context.createImageData(CELLS, CELLS);
  grid = new Float64Array(CELLS * CELLS);
  for (let row = 0; row < CELLS; row++) {
    for (let column = 0; column < CELLS; column++) {
      const w0 = LOW + (HIGH - LOW) * column / (CELLS - 1);
      const w1 = HIGH - (HIGH - LOW) * row / (CELLS - 1);  // the second weight grows upwards
      const at = row * CELLS + column;
      grid[at] = planeError(w0, w1);
      image.data.set([...colour(grid[at]), 255], 4 * at);
    }
  }
  context.putImageData(image, 0, 0);
  return (heatMap = board.toDataURL());
}

// Lines of equal error, by marching squares over the grid: in each cell, the points where the
// error crosses the level on its edges (linearly between corners), joined in pairs. In grid
// units (5 a weight): [column, row] pairs, two per segment.
export const LEVELS = [0.5, 1, 2, 3];
const MARKS = [[8, 0], [8, 1], [2, 4], [-1.5, 7.5]];  // (w0, w1) near which each level is labelled
const contours = new Map();
function contour(level) {
  if (contours.has(level)) return contours.get(level);
  const points = [];
  for (let row = 0; row < CELLS - 1; row++) {
    for (let column = 0; column < CELLS - 1; column++) {
      const corners = [[column, row], [column + 1, row], [column + 1, row + 1], [column, row + 1]];
      const found = [];
      corners.forEach(([c, r], i) => {
        const [c2, r2] = corners[(i + 1) % 4], a = grid[r * CELLS + c], b = grid[r2 * CELLS + c2];
        if ((a < level) !== (b < level)) {
          const t = (level - a) / (b - a);
          found.push([c + (c2 - c) * t, r + (r2 - r) * t]);
        }
      });
      points.push(...found);  // 0, 2 or 4 crossings: one segment for each pair
    }
  }
  contours.set(level, points);
  return points;
}

function pair(w0, w1) {
  return `first weight ${number(w0)}, second weight ${number(w1)}`;
}

// Draws the plane and the path for these settings; says the result in words (returned). A
// drawn path draws itself (unless `animate` is false, as while the start is dragged), and its
// dots and end appear once it has.
export function drawPlane(svg, settings, width, animate = true) {
  const side = Math.min(width, 520);
  const margin = { left: 46, right: 12, top: 12, bottom: 122 };
  const plot = side - margin.left - margin.right;
  const height = margin.top + plot + margin.bottom;
  const x = (w0) => margin.left + plot * (w0 - LOW) / (HIGH - LOW);
  const y = (w1) => margin.top + plot * (HIGH - w1) / (HIGH - LOW);
  const { w0, w1 } = settings;
  const alpha = settings["plane-alpha"], rule = settings["plane-rule"];
  const path = twoWeight({ w0, w1, alpha, rule, iterations: PLANE_STEPS, every: EVERY })  // [[w0, w1], …]
    .filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b));
  const [end0, end1] = path[path.length - 1];
  const words = `Starting at ${pair(w0, w1)} (error ${number(planeError(w0, w1))}), ${rule} with alpha `
    + `${number(alpha)}: after ${number(PLANE_STEPS, 6)} steps the weights are at ${pair(end0, end1)}`
    + ` (error ${number(planeError(end0, end1))}).`;
  canvas(svg, side, height, `The error plane seen from above, white lines where the error is ${LEVELS.join(", ")}`
    + `, a dot every ${EVERY} steps along the path. ` + words);
  const defs = svgElement("defs", {}, svg);
  const clip = svgElement("clipPath", { id: "lab-plane-clip" }, defs);
  svgElement("rect", { x: margin.left, y: margin.top, width: plot, height: plot }, clip);
  const gradient = svgElement("linearGradient", { id: "lab-plane-scale" }, defs);
  STOPS.forEach((stop, i) => svgElement("stop", { offset: i / (STOPS.length - 1), "stop-color": stop }, gradient));
  svgElement("image", { href: heatMapURL(), x: margin.left, y: margin.top, width: plot, height: plot,
    preserveAspectRatio: "none", class: "lab-plane__map" }, svg);
  const axes = svgElement("g", { class: "lab-plot__axes" }, svg);
  [-10, -5, 0, 5, 10].forEach((tick) => {
    svgElement("text", { x: x(tick), y: margin.top + plot + 16, "text-anchor": "middle" }, axes, number(tick));
    svgElement("text", { x: margin.left - 6, y: y(tick) + 4, "text-anchor": "end" }, axes, number(tick));
  });
  svgElement("text", { x: margin.left + plot / 2, y: margin.top + plot + 34, "text-anchor": "middle" }, axes, "first weight");
  svgElement("text", { x: 12, y: margin.top + plot / 2, "text-anchor": "middle",
    transform: `rotate(-90 12 ${margin.top + plot / 2})` }, axes, "second weight");
  // The colour scale, its numbers written on it: colour is never the only telling.
  const scaleTop = margin.top + plot + 62;
  svgElement("rect", { x: margin.left, y: scaleTop, width: plot, height: 12, fill: "url(#lab-plane-scale)" }, svg);
  [0, 1, 2, 3, 4].forEach((tick) => svgElement("text", { x: margin.left + plot * tick / 4, y: scaleTop + 26,
    "text-anchor": tick === 0 ? "start" : tick === 4 ? "end" : "middle" }, axes, String(tick)));
  svgElement("text", { x: margin.left, y: scaleTop - 4 }, axes, "sum of squared errors (colour)");
  svgElement("text", { x: margin.left, y: scaleTop + 46 }, axes, `lines: equal error · dots: every ${EVERY} steps`);
  const drawn = svgElement("g", { "clip-path": "url(#lab-plane-clip)" }, svg);
  // The lines of equal error (white on a dark halo), each labelled at its point nearest MARKS.
  const gx = (c) => margin.left + plot * c / (CELLS - 1), gy = (r) => margin.top + plot * r / (CELLS - 1);
  LEVELS.forEach((level, k) => {
    const points = contour(level), [mc, mr] = [(MARKS[k][0] - LOW) * 5, (HIGH - MARKS[k][1]) * 5];
    let d = "", best = null;
    for (let i = 0; i < points.length; i += 2) {
      const [[c, r], [c2, r2]] = [points[i], points[i + 1]];
      d += `M${gx(c).toFixed(1)} ${gy(r).toFixed(1)}L${gx(c2).toFixed(1)} ${gy(r2).toFixed(1)}`;
      const off = (c - mc) ** 2 + (r - mr) ** 2;
      if (!best || off < best[0]) best = [off, c, r];
    }
    svgElement("path", { d, class: "lab-plane__contour-halo" }, drawn);
    svgElement("path", { d, class: "lab-plane__contour", "data-level": level }, drawn);
    if (best) svgElement("text", { x: gx(best[1]), y: gy(best[2]) + 4, "text-anchor": "middle",
      class: "lab-plane__level" }, drawn, String(level));
  });
  const points = path.map(([a, b]) => `${x(a).toFixed(1)},${y(b).toFixed(1)}`).join(" ");
  const draw = animate ? " lab-draw" : "", after = animate ? " lab-after" : "";
  svgElement("polyline", { points, class: "lab-plane__halo" + draw, pathLength: 1 }, drawn);
  svgElement("path", { d: path.map(([a, b]) => `M${x(a).toFixed(1)} ${y(b).toFixed(1)}h0`).join(""),
    class: "lab-plane__dots" + after }, drawn);
  svgElement("polyline", { points, class: "lab-plane__path" + draw, pathLength: 1 }, drawn);
  const inside = (a, b) => a >= LOW && a <= HIGH && b >= LOW && b <= HIGH;
  const label = (a, b, text, more = "") => svgElement("text", { x: x(a) + (a > 4 ? -10 : 10), y: y(b) + (b < -7 ? -10 : 18),
    "text-anchor": a > 4 ? "end" : "start", class: "lab-plane__label" + more }, drawn, text);
  if (inside(end0, end1)) {
    svgElement("rect", { x: x(end0) - 5, y: y(end1) - 5, width: 10, height: 10, class: "lab-plane__end" + after }, drawn);
    label(end0, end1, "end", after);
  }
  svgElement("circle", { cx: x(w0), cy: y(w1), r: 6, class: "lab-plane__start" }, drawn);
  label(w0, w1, "start");
  // The start's handle, finger-sized, over the drawing: a box of its own, so that only it keeps
  // a finger from scrolling the page (touch-action), and it outlives the redrawn drawing.
  const surface = svg.parentNode;
  const handle = surface.querySelector(".lab-plane__handle")
    || surface.appendChild(Object.assign(document.createElement("div"), { className: "lab-plane__handle" }));
  handle.style.left = `${100 * x(w0) / side}%`;
  handle.style.top = `${100 * y(w1) / height}%`;
  svg.dataset.pathPoints = String(path.length);
  return { words, toWeights: (px, py) => [LOW + (px - margin.left) / plot * (HIGH - LOW),
    HIGH - (py - margin.top) / plot * (HIGH - LOW)] };
}
