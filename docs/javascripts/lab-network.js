// "See the network": the 3 -> hidden -> 1 net of one frame of training, drawn as SVG. Weights are
// lines (width grows with size, solid for positive, dashed for negative); each hidden unit is a
// strip of four cells, its outputs on the four examples (ink = value, 0 to 1); the output strip
// sits over its targets. Colours come from the theme's variables (lab.css), so light and dark
// need no code. A redraw is one string and one parse: cheap enough for every frame of a replay.
import { hiddenLayer, outputs } from "./network.js";
import { number, output } from "./lab-settings.js";

const INPUTS = ["input 1", "input 2", "bias"];
const EXAMPLES = ["0,0", "0,1", "1,0", "1,1"];  // inputs 1 and 2; the bias input is always 1
const TARGETS = [0, 1, 1, 0];
const NEAR = 0.99;  // near twins, as the dropout page measures them (src/descent/runs/dropout.py)
const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

const f = (value) => Math.round(value * 10) / 10;  // coordinates to a tenth of a pixel

// Pairs of hidden units whose incoming weights (columns of synapse_0) point the same or opposite
// ways, |cosine| > NEAR: one unit's input is then a multiple of the other's. Each group of such
// units gets one letter.
function twinLetters(synapse_0, h) {
  const norm = Array.from({ length: h }, (_, c) => Math.hypot(synapse_0[0][c], synapse_0[1][c], synapse_0[2][c]));
  const group = Array.from({ length: h }, (_, c) => c);
  const root = (c) => (group[c] === c ? c : (group[c] = root(group[c])));
  const twin = new Array(h).fill(false);
  for (let a = 0; a < h; a++) {
    for (let b = a + 1; b < h; b++) {
      const dot = synapse_0[0][a] * synapse_0[0][b] + synapse_0[1][a] * synapse_0[1][b]
        + synapse_0[2][a] * synapse_0[2][b];
      if (Math.abs(dot) > NEAR * norm[a] * norm[b]) {
        group[root(b)] = root(a);
        twin[a] = twin[b] = true;
      }
    }
  }
  const letters = new Map();
  return group.map((_, c) => {
    if (!twin[c]) return "";
    const r = root(c);
    if (!letters.has(r)) letters.set(r, LETTERS[letters.size % LETTERS.length]);
    return letters.get(r);
  });
}

// A weight's line: its width grows with log2(1 + |w|), the same scale for every frame and
// setting, thinner where many lines share the space; lines of one sign and width share a path.
function line(paths, weight, thin, x1, y1, x2, y2) {
  const width = f(Math.min(7, 0.6 + 1.4 * Math.log2(1 + Math.abs(weight))) * thin);
  const key = (weight < 0 ? "-" : "+") + width;
  paths.set(key, (paths.get(key) || "") + `M${x1} ${f(y1)}L${x2} ${f(y2)}`);
}

function linePaths(paths) {
  return [...paths].map(([key, d]) => {
    const width = Number(key.slice(1)), negative = key[0] === "-";
    const dash = negative ? ` stroke-dasharray="${f(Math.max(3, 2.5 * width))} ${f(Math.max(2.5, 1.6 * width))}"` : "";
    return `<path class="lab-net__${negative ? "neg" : "pos"}" stroke-width="${width}"${dash} d="${d}"/>`;
  }).join("");
}

// Cells: one path per level of ink (LEVELS + 1 of them), so a redraw makes few elements; each
// cell's exact value stays on its unit's group (data-values), its ink level beside it.
const LEVELS = 40;
const ink = (value) => Math.round(Math.min(1, Math.max(0, value)) * LEVELS);
function cells(levels, values, x, y, c, height) {
  values.forEach((value, n) => {
    levels[ink(value)] += `M${f(x + n * c)} ${f(y)}h${c - 3}v${height}h${3 - c}z`;
  });
  return ` data-values="${values.join(" ")}" data-ink="${values.map((v) => ink(v) / LEVELS).join(" ")}"`;
}

const numbersOn = (values, x, y, c, height) => values.map((value, n) =>
  `<text class="lab-net__value${value > 0.55 ? " lab-net__value--on" : ""}" x="${f(x + n * c + (c - 3) / 2)}" `
  + `y="${f(y + height / 2 + 3.5)}" text-anchor="middle">${value.toFixed(2)}</text>`).join("");

const said = (values) => values.map((value, n) => `${output(value)} for ${EXAMPLES[n]}`).join(", ");

// Draws frame = {synapse_0: 3 rows of `hidden`, synapse_1: `hidden` rows of [w]} into svg, width
// CSS pixels wide. Returns the twin letter of each hidden unit ("" for none).
export function networkView(svg, frame, width) {
  const { synapse_0, synapse_1 } = frame;
  const h = synapse_1.length;
  const layer = hiddenLayer(synapse_0), out = outputs(synapse_0, synapse_1);
  const twins = twinLetters(synapse_0, h);
  const twinned = twins.some(Boolean);
  // Across: input labels and nodes | lines | hidden strips, unit numbers | lines | output strip.
  const c = Math.max(18, Math.min(36, Math.floor((width - 97) / 12)));
  const xIn = 62, xHidden = Math.round(xIn + 5 + (width - 97 - 8 * c) / 2), unitW = 26;
  const xOut = width - 4 - 4 * c;
  const pitch = h <= 8 ? 28 : Math.max(9, Math.min(28, Math.floor(520 / h)));
  const gap = pitch >= 16 ? 4 : 2, cellH = pitch - gap;
  const numbers = c >= 30 && pitch >= 20;
  // Down: the legend (two or three lines), the column heads, then the body.
  const top = (twinned ? 100 : 82), body = Math.max(h * pitch, 110);
  const mid = top + body / 2, rowsTop = mid - (h * pitch) / 2;
  const height = Math.ceil(top + body + 8);
  const rowY = (unit) => rowsTop + unit * pitch;
  const spread = Math.min(body / 3, 56), inY = (k) => mid + (k - 1) * spread;
  const outY = mid - 11 - 14;  // the output strip's top; its targets 28 px below
  const thin = h <= 8 ? 1 : Math.sqrt(8 / h);
  const parts = [];

  // The legend: line styles and the cells' scale, said in words too.
  parts.push(`<g class="lab-net__legend">`,
    `<line class="lab-net__pos" x1="0" x2="24" y1="10" y2="10" stroke-width="2.5"/>`,
    `<text x="30" y="14">positive weight</text>`,
    `<line class="lab-net__neg" x1="${f(width / 2)}" x2="${f(width / 2 + 24)}" y1="10" y2="10" stroke-width="2.5" stroke-dasharray="5 4"/>`,
    `<text x="${f(width / 2 + 30)}" y="14">negative (dashed)</text>`,
    `<text x="0" y="34">cell ink: unit output</text>`,
    `<text x="${f(width - 4 - 5 * 16 - 12)}" y="34" text-anchor="end">0</text>`,
    ...[0, 0.25, 0.5, 0.75, 1].map((value, i) =>
      `<rect class="lab-net__cell" x="${f(width - 4 - (5 - i) * 16 - 4)}" y="22" width="13" height="16" fill-opacity="${value}"/>`),
    `<text x="${width}" y="34" text-anchor="end">1</text>`,
    twinned ? `<text x="0" y="54">same letter: near twins (|cosine| &gt; ${NEAR})</text>` : "",
    "</g>");
  // Column heads.
  const headY = top - 26;
  parts.push(`<g class="lab-net__head">`,
    `<text x="0" y="${headY}">inputs</text>`,
    `<text x="${xHidden}" y="${headY}">hidden units</text>`,
    `<text x="${xOut}" y="${headY}">output</text>`,
    ...[xHidden, xOut].flatMap((x) => EXAMPLES.map((name, n) =>
      `<text class="lab-net__small" x="${f(x + n * c + (c - 3) / 2)}" y="${headY + 16}" text-anchor="middle">${name}</text>`)),
    "</g>");

  // The weights, under everything else.
  const paths = new Map();
  for (let unit = 0; unit < h; unit++) {
    const y = rowY(unit) + cellH / 2;
    for (let k = 0; k < 3; k++) line(paths, synapse_0[k][unit], thin, xIn, inY(k), xHidden, y);
    line(paths, synapse_1[unit][0], thin, xHidden + 4 * c + unitW, y, xOut, outY + 11);
  }
  parts.push(`<g class="lab-net__weights" aria-hidden="true">`, linePaths(paths), "</g>");

  // The inputs.
  INPUTS.forEach((name, k) => parts.push(
    `<text x="${xIn - 10}" y="${f(inY(k) + 4)}" text-anchor="end">${name}</text>`,
    `<circle class="lab-net__node" cx="${xIn}" cy="${f(inY(k))}" r="5"/>`));

  // Each hidden unit: its four cells, its number (every fourth where rows are thin) and its twin
  // letter, named in words on its group.
  const levels = new Array(LEVELS + 1).fill("");
  const labelEvery = pitch >= 12 ? 1 : 4;
  for (let unit = 0; unit < h; unit++) {
    const y = rowY(unit), values = layer.map((row) => row[unit]);
    const weights = INPUTS.map((name, k) => `${name} ${number(synapse_0[k][unit])}`).join(", ");
    const letter = twins[unit];
    const words = `hidden unit ${unit + 1}${letter ? `, near twin group ${letter}` : ""}: outputs ${said(values)}; `
      + `weights from ${weights}, to the output ${number(synapse_1[unit][0])}`;
    const shown = unit === 0 || (unit + 1) % labelEvery === 0, textY = f(y + cellH / 2 + 3.5);
    parts.push(`<g class="lab-net__unit" role="img" aria-label="${words}"${cells(levels, values, xHidden, y, c, cellH)}>`,
      `<rect class="lab-net__box" fill="none" x="${xHidden}" y="${f(y)}" width="${4 * c - 3}" height="${cellH}"/>`,
      numbers ? numbersOn(values, xHidden, y, c, cellH) : "",
      shown ? `<text class="lab-net__small" x="${xHidden + 4 * c + 2}" y="${textY}">${unit + 1}</text>` : "",
      letter ? `<text class="lab-net__small lab-net__twin" x="${xHidden + 4 * c + 17}" y="${textY}">${letter}</text>` : "",
      "</g>");
  }

  // The output over its targets.
  parts.push(`<g class="lab-net__output" role="img" aria-label="output: ${said(out)}; targets ${TARGETS.join(", ")}"`
    + `${cells(levels, out, xOut, outY, c, 22)}>`,
    `<rect class="lab-net__box" fill="none" x="${xOut}" y="${f(outY)}" width="${4 * c - 3}" height="50"/>`,
    c >= 30 ? numbersOn(out, xOut, outY, c, 22) : "",
    `<text class="lab-net__small" x="${xOut}" y="${f(outY + 28 + 22 + 14)}">targets</text>`,
    "</g>");
  cells(levels, TARGETS, xOut, outY + 28, c, 22);
  // The cells go under the numbers: inserted before the units' groups.
  const firstUnit = parts.findIndex((part) => part.startsWith(`<g class="lab-net__unit"`));
  parts.splice(firstUnit, 0, `<g aria-hidden="true">`, ...levels.map((d, level) => d
    ? `<path class="lab-net__cell" fill-opacity="${level / LEVELS}" d="${d}"/>` : ""), "</g>");

  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("width", width);
  svg.setAttribute("height", height);
  svg.setAttribute("role", "group");
  svg.setAttribute("class", "lab-net");
  svg.setAttribute("aria-label", `The network: 3 inputs, ${h} hidden ${h === 1 ? "unit" : "units"}, `
    + `1 output; a unit's outputs are for inputs 1 and 2 at ${EXAMPLES.join("; ")}, the bias input 1.`);
  svg.innerHTML = parts.join("");
  return twins;
}
