// The lab's pictures, drawn as SVG in CSS pixels (text stays readable on a phone) and coloured
// by the theme's CSS variables (docs/stylesheets/lab.css), so light and dark need no code.
import { number, output } from "./lab-settings.js";

const SVG = "http://www.w3.org/2000/svg";
const TARGETS = [0, 1, 1, 0];
const INPUTS = ["0, 0", "0, 1", "1, 0", "1, 1"];

export function svgElement(name, attributes = {}, parent = null, text = null) {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  if (text !== null) element.textContent = text;
  if (parent) parent.appendChild(element);
  return element;
}

// An empty drawing the width of its box, described in words for screen readers.
export function canvas(svg, width, height, label) {
  svg.replaceChildren();
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("width", width);
  svg.setAttribute("height", height);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", label);
  return svg;
}

// Powers of ten between low and high (both powers of ten themselves).
function decades(low, high) {
  const ticks = [];
  for (let power = Math.round(Math.log10(low)); power <= Math.round(Math.log10(high)); power++) {
    ticks.push(10 ** power);
  }
  return ticks;
}

const SUPERSCRIPT = { "-": "\u207b", 0: "\u2070", 1: "\u00b9", 2: "\u00b2", 3: "\u00b3", 4: "\u2074",
  5: "\u2075", 6: "\u2076", 7: "\u2077", 8: "\u2078", 9: "\u2079" };

function decadeLabel(value) {
  const power = Math.round(Math.log10(value));
  if (power >= -3 && power <= 5) return number(value);
  return "10" + [...String(power)].map((c) => SUPERSCRIPT[c]).join("");
}

// Mean error against step, both axes logarithmic. The axes span the whole run (and any pinned
// runs, drawn under it as numbered ghosts), so a replay drawn up to step `upTo` keeps them
// still; the point reached is marked, and its error is written in the top corner, where it
// hides no part of any curve.
export function errorPlot(svg, curve, width, { upTo = Infinity, error = null, ghosts = [], animate = false } = {}) {
  const height = Math.round(Math.min(290, Math.max(220, width * 0.42)));
  const margin = { left: 58, right: 30, top: 28, bottom: 44 };
  const floor = (error) => Math.max(error, 1e-16);
  const all = [curve, ...ghosts.map((ghost) => ghost.curve)].flat().map(([, error]) => floor(error));
  const steps = Math.max(...[curve, ...ghosts.map((ghost) => ghost.curve)].map((line) => line[line.length - 1][0]));
  const low = 10 ** Math.floor(Math.log10(Math.min(...all)));
  const high = 10 ** Math.ceil(Math.log10(Math.max(...all)) + 1e-9);
  const right = 10 ** Math.max(1, Math.ceil(Math.log10(steps)));
  const x = (step) => margin.left + (width - margin.left - margin.right) * Math.log10(step) / Math.log10(right);
  const y = (error) => margin.top + (height - margin.top - margin.bottom)
    * (Math.log10(high) - Math.log10(floor(error))) / (Math.log10(high) - Math.log10(low));
  const shown = curve.filter(([step]) => step <= upTo);
  const atStep = shown.length ? shown[shown.length - 1][0] : 0;
  const atError = error ?? (shown.length ? shown[shown.length - 1][1] : curve[0][1]);
  const end = curve[curve.length - 1];
  canvas(svg, width, height, `Mean error against step, both on logarithmic scales: ${number(curve[0][1])} `
    + `after 1 step, ${number(end[1])} after ${number(end[0], 6)} steps`
    + (atStep < end[0] ? `; replayed to step ${number(atStep, 6)}, mean error ${number(atError)}` : "")
    + (ghosts.length ? `; ${ghosts.length} pinned ${ghosts.length === 1 ? "run" : "runs"} under it, listed below.` : "."));
  svg.dataset.step = String(atStep);  // the point shown, exactly (String keeps every bit)
  svg.dataset.error = String(atError);
  const axes = svgElement("g", { class: "lab-plot__axes" }, svg);
  const yTicks = decades(low, high);
  const yEvery = Math.ceil(yTicks.length / 7);  // at most about seven labels
  yTicks.forEach((tick, i) => {
    svgElement("line", { x1: margin.left, x2: width - margin.right, y1: y(tick), y2: y(tick), class: "lab-plot__grid" }, axes);
    if (i % yEvery === 0) svgElement("text", { x: margin.left - 6, y: y(tick) + 4, "text-anchor": "end" }, axes, decadeLabel(tick));
  });
  const xTicks = decades(1, right);
  const xEvery = width < 420 && xTicks.length > 4 ? 2 : 1;
  xTicks.forEach((tick, i) => {
    svgElement("line", { x1: x(tick), x2: x(tick), y1: margin.top, y2: height - margin.bottom, class: "lab-plot__grid" }, axes);
    if (i % xEvery === 0) svgElement("text", { x: x(tick), y: height - margin.bottom + 16, "text-anchor": "middle" }, axes, decadeLabel(tick));
  });
  svgElement("text", { x: (margin.left + width - margin.right) / 2, y: height - 6, "text-anchor": "middle" }, axes, "step (log scale)");
  svgElement("text", { x: 4, y: 16 }, axes, "mean error (log scale)");
  const line = (points) => points.map(([step, error]) => `${x(step).toFixed(1)},${y(error).toFixed(1)}`).join(" ");
  // Each ghost ends in its number; numbers that would touch are pushed apart.
  const ends = ghosts.map((ghost) => {
    const last = ghost.curve[ghost.curve.length - 1];
    svgElement("polyline", { points: line(ghost.curve), class: `lab-plot__ghost lab-pin--${ghost.number}` }, svg);
    return { number: ghost.number, x: x(last[0]), y: y(last[1]) };
  }).sort((a, b) => a.y - b.y);
  ends.forEach((end, i) => { if (i > 0) end.y = Math.max(end.y, ends[i - 1].y + 13); });
  ends.forEach((end) => svgElement("text", { x: end.x + 5, y: end.y + 4, class: `lab-plot__pin lab-pin--${end.number}` }, svg, String(end.number)));
  if (shown.length) {
    svgElement("polyline", { points: line(shown), class: "lab-plot__curve" + (animate ? " lab-draw" : ""), pathLength: 1 }, svg);
  }
  if (shown.length) svgElement("circle", { cx: x(atStep), cy: y(atError), r: 4, class: "lab-plot__end" }, svg);
  svgElement("text", { x: width - margin.right, y: 16, "text-anchor": "end", class: "lab-plot__label" },
    svg, `step ${number(atStep, 6)}: ${number(atError, 2)}`);
}

// The four outputs, each on its own 0 … 1 track beside its target: a ring for the target,
// a dot for the output, and the words in a line above the track.
export function outputsPlot(svg, outputs, width) {
  const row = 52;
  const height = row * 4 + 8;
  const left = 16, right = width - 16;
  const x = (value) => left + (right - left) * value;
  canvas(svg, width, height, "The four outputs against their targets: " + outputs.map((value, i) =>
    `inputs ${INPUTS[i]}, target ${TARGETS[i]}, output ${output(value)}`).join("; ") + ".");
  outputs.forEach((value, i) => {
    const top = i * row + 18;
    const track = top + 18;
    svgElement("text", { x: left, y: top, class: "lab-plot__row" }, svg,
      `inputs ${INPUTS[i]} \u2192 target ${TARGETS[i]}, output ${output(value)}`);
    svgElement("line", { x1: x(0), x2: x(1), y1: track, y2: track, class: "lab-plot__track" }, svg);
    [0, 1].forEach((end) => svgElement("line", { x1: x(end), x2: x(end), y1: track - 5, y2: track + 5, class: "lab-plot__track" }, svg));
    svgElement("line", { x1: x(TARGETS[i]), x2: x(value), y1: track, y2: track, class: "lab-plot__miss" }, svg);
    svgElement("circle", { cx: x(TARGETS[i]), cy: track, r: 8, class: "lab-plot__target" }, svg);
    svgElement("circle", { cx: x(value), cy: track, r: 4.5, class: "lab-plot__output" }, svg);
  });
}

// The closer look: each final weight with its count of direction changes, one row per
// hidden unit (the columns are where its weights come from and go to).
export function weightsTable(table, result) {
  const head = ["hidden unit", "input 1", "input 2", "bias", "output"];
  const caption = document.createElement("caption");
  const after = result.step === undefined ? "final weights"
    : `weights after ${number(result.step, 6)} ${result.step === 1 ? "step" : "steps"}`;
  caption.textContent = `Each hidden unit's ${after} from the two inputs and the bias input and to the `
    + "output; under each, how many times its slope has changed sign so far (direction changes).";
  const thead = document.createElement("thead");
  const header = thead.insertRow();
  head.forEach((text) => {
    const cell = document.createElement("th");
    cell.scope = "col";
    cell.textContent = text;
    header.appendChild(cell);
  });
  const tbody = document.createElement("tbody");
  result.synapse_1.forEach((_, unit) => {
    const tr = tbody.insertRow();
    const th = document.createElement("th");
    th.scope = "row";
    th.textContent = String(unit + 1);
    tr.appendChild(th);
    const weights = [0, 1, 2].map((k) => [result.synapse_0[k][unit], result.changes_0[k][unit]]);
    weights.push([result.synapse_1[unit][0], result.changes_1[unit][0]]);
    weights.forEach(([weight, changes]) => {
      const cell = tr.insertCell();
      const turns = document.createElement("span");
      turns.className = "lab__changes";
      turns.textContent = `${number(changes, 12)} ${changes === 1 ? "change" : "changes"}`;
      cell.append(number(weight), document.createElement("br"), turns);
    });
  });
  table.replaceChildren(caption, thead, tbody);
}
