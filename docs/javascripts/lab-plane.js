// The second panel: Part 4's error plane seen from above, warm colours as in its figure (low
// error dark red, high error pale yellow), with the two-weight net's descent path from a start
// the reader places by click, tap, arrow keys or the two number fields.
import { planeError, twoWeight } from "./network.js";
import { number } from "./lab-settings.js";
import { canvas, svgElement } from "./lab-plots.js";

const LOW = -10, HIGH = 10, CELLS = 101;
export const PLANE_STEPS = 10000;  // as long as Part 4 trains it
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

let heatMap = null;  // drawn once: the error at every point of a 101 × 101 grid, as a PNG

function heatMapURL() {
  if (heatMap) return heatMap;
  const board = document.createElement("canvas");
  board.width = board.height = CELLS;
  const context = board.getContext("2d");
  const image = context.createImageData(CELLS, CELLS);
  for (let row = 0; row < CELLS; row++) {
    for (let column = 0; column < CELLS; column++) {
      const w0 = LOW + (HIGH - LOW) * column / (CELLS - 1);
      const w1 = HIGH - (HIGH - LOW) * row / (CELLS - 1);  // the second weight grows upwards
      const at = 4 * (row * CELLS + column);
      image.data.set([...colour(planeError(w0, w1)), 255], at);
    }
  }
  context.putImageData(image, 0, 0);
  return (heatMap = board.toDataURL());
}

function pair(w0, w1) {
  return `first weight ${number(w0)}, second weight ${number(w1)}`;
}

// Draws the plane and the path for these settings; says the result in words (returned).
export function drawPlane(svg, settings, width) {
  const side = Math.min(width, 520);
  const margin = { left: 46, right: 12, top: 12, bottom: 104 };
  const plot = side - margin.left - margin.right;
  const height = margin.top + plot + margin.bottom;
  const x = (w0) => margin.left + plot * (w0 - LOW) / (HIGH - LOW);
  const y = (w1) => margin.top + plot * (HIGH - w1) / (HIGH - LOW);
  const { w0, w1 } = settings;
  const alpha = settings["plane-alpha"];
  const path = twoWeight({ w0, w1, alpha, iterations: PLANE_STEPS, every: 20 })  // [[w0, w1], …]
    .filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b));
  const [end0, end1] = path[path.length - 1];
  const words = `Starting at ${pair(w0, w1)} (error ${number(planeError(w0, w1))}), alpha `
    + `${number(alpha)}: after ${number(PLANE_STEPS, 6)} steps the weights are at ${pair(end0, end1)}`
    + ` (error ${number(planeError(end0, end1))}).`;
  canvas(svg, side, height, "The error plane seen from above. " + words);
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
  const drawn = svgElement("g", { "clip-path": "url(#lab-plane-clip)" }, svg);
  const points = path.map(([a, b]) => `${x(a).toFixed(1)},${y(b).toFixed(1)}`).join(" ");
  svgElement("polyline", { points, class: "lab-plane__halo lab-draw", pathLength: 1 }, drawn);
  svgElement("polyline", { points, class: "lab-plane__path lab-draw", pathLength: 1 }, drawn);
  const inside = (a, b) => a >= LOW && a <= HIGH && b >= LOW && b <= HIGH;
  const label = (a, b, text) => svgElement("text", { x: x(a) + (a > 4 ? -10 : 10), y: y(b) + (b < -7 ? -10 : 18),
    "text-anchor": a > 4 ? "end" : "start", class: "lab-plane__label" }, drawn, text);
  if (inside(end0, end1)) {
    svgElement("rect", { x: x(end0) - 5, y: y(end1) - 5, width: 10, height: 10, class: "lab-plane__end" }, drawn);
    label(end0, end1, "end");
  }
  svgElement("circle", { cx: x(w0), cy: y(w1), r: 6, class: "lab-plane__start" }, drawn);
  label(w0, w1, "start");
  svg.dataset.pathPoints = String(path.length);
  return { words, toWeights: (px, py) => [LOW + (px - margin.left) / plot * (HIGH - LOW),
    HIGH - (py - margin.top) / plot * (HIGH - LOW)] };
}
