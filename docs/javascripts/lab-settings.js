// The lab's settings: their ranges, how a raw value (from the URL or a field) is made safe, and
// how they live in the page's query string, as TensorFlow Playground keeps its own.

export const RULES = ["gradient descent", "momentum", "Nesterov", "RMSprop", "Adam"];

// The maxima keep the longest run within a second in Node on this project's 2-core machine
// (benchmarks/network_js_bench.py times each rule at them), so the tab never hangs for long.
export const FIELDS = {
  alpha: { min: 0.001, max: 1000, initial: 10 },
  hidden: { min: 1, max: 32, initial: 4, integer: true, noun: "hidden units" },
  seed: { min: 0, max: 4294967295, initial: 1, integer: true },  // RandomState takes 0 … 2³² − 1
  steps: { min: 1, max: 100000, initial: 60000, integer: true },
  rule: { choices: RULES, initial: "gradient descent" },
  // Part 4's two-weight net: its alpha and the starting point on the plane [-10, 10]².
  "plane-alpha": { min: 0.001, max: 1000, initial: 1, noun: "the plane's alpha" },
  "plane-rule": { choices: RULES, initial: "gradient descent", noun: "the plane's rule" },
  w0: { min: -10, max: 10, initial: -6, noun: "the first weight" },
  w1: { min: -10, max: 10, initial: 6, noun: "the second weight" },
};

// A number as the page writes it: at most `digits` significant digits, groups of three
// separated by a no-break space (60 000), tiny ones in exponent form.
export function number(value, digits = 3) {
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && Math.abs(value) < 1e-4) return value.toExponential(digits - 1).replace(/-/g, "\u2212");
  const rounded = Number(value.toPrecision(digits));
  const [whole, fraction] = Math.abs(rounded).toString().split(".");
  const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+$)/g, "\u00a0") : whole;
  return (rounded < 0 ? "\u2212" : "") + grouped + (fraction ? "." + fraction : "");
}

// An output between 0 and 1: three significant digits, and never a rounded "1" for one below it.
export function output(value) {
  const written = number(value, 3);
  return written === "1" && value < 1 ? "1 \u2212 " + number(1 - value, 2) : written;
}

// A raw value made safe: {value, note}; the note says what was changed and why, or is "".
// A number too large for a double (1e400) or written "Infinity" is past a bound, not "not a
// number"; a minus sign in a note is the page's (−), as in the numbers it writes.
export function clamp(name, raw) {
  const field = FIELDS[name];
  const said = String(raw).slice(0, 24);
  const noun = field.noun || name;
  if (field.choices) {
    if (field.choices.includes(raw)) return { value: raw, note: "" };
    return { value: field.initial, note: `${noun} “${said}” is not one of the rules: using ${field.initial}.` };
  }
  let value = typeof raw === "number" ? raw : Number(String(raw).trim() || NaN);
  if (Number.isNaN(value)) {
    return { value: field.initial, note: `${noun} “${said}” is not a number: using ${number(field.initial)}.` };
  }
  const written = said.trim().replace(/-/g, "\u2212");
  if (value < field.min) {
    return { value: field.min, note: `${noun} ${written} is below ${number(field.min)}: using ${number(field.min)}.` };
  }
  if (value > field.max) {
    return { value: field.max, note: `${noun} ${written} is above ${number(field.max, 10)}: using ${number(field.max, 10)}.` };
  }
  if (field.integer && !Number.isInteger(value)) {
    const whole = Math.round(value);
    return { value: whole, note: `${noun} ${written} is not a whole number: using ${number(whole, 10)}.` };
  }
  return { value, note: "" };
}

// The settings of a run, as a pinned run keeps them.
export const NETWORK = ["alpha", "hidden", "seed", "steps", "rule"];
export const MAX_PINS = 8;

// A pinned run in the address: its settings joined by underscores (an address keeps them as
// they are), the trailing ones that are the page's first settings left out: "0.01" is alpha
// 0.01 with 4 hidden units, seed 1, …; "10_32" is alpha 10 with 32 units.
export function pinText(run) {
  const parts = NETWORK.map((name) => String(run[name]));
  while (parts.length > 1 && run[NETWORK[parts.length - 1]] === FIELDS[NETWORK[parts.length - 1]].initial) parts.pop();
  return parts.join("_");
}

function pinFrom(text, place, notes) {
  const parts = String(text).split("_");
  const run = {};
  NETWORK.forEach((name, i) => {
    if (i >= parts.length || parts[i].trim() === "") {
      run[name] = FIELDS[name].initial;
      return;
    }
    const { value, note } = clamp(name, parts[i].trim());
    run[name] = value;
    if (note) notes.push(`Pinned run ${place}: ${note}`);
  });
  return run;
}

// Settings from a query string: every field, with a note for each value that had to change,
// and the pinned runs (at most MAX_PINS).
export function fromQuery(search) {
  const query = new URLSearchParams(search);
  const settings = {};
  const notes = [];
  for (const name of Object.keys(FIELDS)) {
    if (!query.has(name)) {
      settings[name] = FIELDS[name].initial;
      continue;
    }
    const { value, note } = clamp(name, query.get(name));
    settings[name] = value;
    if (note) notes.push(note);
  }
  const texts = query.getAll("pin");
  if (texts.length > MAX_PINS) notes.push(`Only ${MAX_PINS} runs can be pinned: the first ${MAX_PINS} are.`);
  const pins = texts.slice(0, MAX_PINS).map((text, i) => pinFrom(text, i + 1, notes));
  return { settings, notes, pins };
}

// The page's address with these settings and pinned runs in its query string; the hash is kept.
export function toQuery(settings, pins = []) {
  const query = new URLSearchParams();
  for (const name of Object.keys(FIELDS)) query.set(name, String(settings[name]));
  pins.forEach((pin) => query.append("pin", pinText(pin)));
  return "?" + query.toString() + location.hash;
}
