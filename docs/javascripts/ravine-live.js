// Part 3's ravine, live: the valley's contours and a descent path that follows two sliders, alpha
// and momentum's beta. Every step is network.js's `step`, the rule the tests hold to
// optimizers.py, on the slope [flat · x, steep · y]; the ravine's numbers come from the build
// (data-settings, src/descent/pages/values/ravine_live.py). Until the figure comes near the view
// the page keeps the build's picture, which readers without JavaScript see instead.
const root = document.getElementById("ravine-live");
const still = root && document.getElementById(root.dataset.still);  // the build's figure
if (still && !root.dataset.ready) setTimeout(() => setUp(root, still));

// Nothing at load: the figure is drawn once its place comes within a screen of the view.
function setUp(root, still) {
  root.dataset.ready = "true";
  new IntersectionObserver((entries, observer) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    start(root, still);
  }, { rootMargin: "100% 0px" }).observe(still);
}

// The descent: plain gradient descent at beta 0 (landscapes.descend's x - alpha * slope), the
// heavy ball otherwise; every iterate, the start first.
function descend(step, { flat, steep, start, steps }, alpha, beta) {
  const rule = beta === 0 ? "gradient descent" : "momentum";
  const memory = {}, path = [start];
  for (let k = 0; k < steps; k++) {
    const [x, y] = path[k], move = step(rule, [flat * x, steep * y], memory, alpha, beta);
    path.push([x - move[0], y - move[1]]);
  }
  return path;
}

// What each step does to the distance to the lowest point along an axis of curvature c. Plain
// descent multiplies it by 1 - alpha c; the heavy ball, in the long run, by the root of
// l² - (1 + beta - alpha c) l + beta = 0 largest in size: real, the root itself, signed (negative,
// it crosses the floor at every step; positive, it comes from one side); complex, it swings,
// turning every few steps, and the value is its size, √beta whatever alpha.
export function rate(alpha, beta, c) {
  if (beta === 0) {
    const factor = 1 - alpha * c;
    return { value: factor, kind: factor < 0 ? "zig-zag" : "smooth" };
  }
  const b = 1 + beta - alpha * c, d = b * b - 4 * beta;
  if (d < 0) return { value: Math.sqrt(beta), kind: "swings" };
  const root = (b + Math.sign(b) * Math.sqrt(d)) / 2;
  return { value: root, kind: root < 0 ? "zig-zag" : "smooth" };
}

// Its stylesheet too comes only then: a stylesheet that arrives while the page loads restyles
// all of it (a long page, on a phone's first seconds), for a figure no one sees yet.
function styled() {
  const sheet = Object.assign(document.createElement("link"), { rel: "stylesheet",
    href: new URL("../stylesheets/ravine-live.css", import.meta.url).href });
  const loaded = new Promise((done) => { sheet.onload = sheet.onerror = done; });
  document.head.appendChild(sheet);
  return loaded;
}

async function start(root, still) {
  const [{ step }, { canvas, svgElement }, { number }] = await Promise.all([
    import("./network.js"), import("./lab-plots.js"), import("./lab-settings.js"), styled()]);
  const ravine = JSON.parse(root.dataset.settings);
  const find = (name) => root.querySelector(`[data-ravine="${name}"]`);
  const svg = find("plot"), alpha = find("alpha"), beta = find("beta");
  const sliders = [[alpha, ravine.alphas, ravine.alpha], [beta, ravine.betas, 0]];
  sliders.forEach(([input, [min, max, notch], initial]) => {
    Object.assign(input, { min, max, step: notch, value: initial });
  });
  const [X, Y] = ravine.box;  // the picture: x in [-X, X], y in [-Y, Y], as the build draws it
  const height = (x, y) => (ravine.flat * x * x + ravine.steep * y * y) / 2;
  // Huge numbers in exponent form (3.29e14), as number() writes tiny ones, with the page's minus.
  const written = (v) => (Math.abs(v) >= 1e5 && Number.isFinite(v)
    ? v.toExponential(2).replace("e+", "e").replace(/-/g, "\u2212") : number(v));
  const at = (x, y) => `(${written(x)}, ${written(y)})`;

  function draw() {
    const a = Number(alpha.value), b = Number(beta.value);
    const path = descend(step, ravine, a, b);
    const width = Math.max(260, Math.floor(root.clientWidth));
    const tall = Math.round(Math.min(320, Math.max(200, width * 0.42)));
    const m = { left: 44, right: 10, top: 10, bottom: 40 };
    const px = (x) => m.left + (width - m.left - m.right) * (x + X) / (2 * X);
    const py = (y) => m.top + (tall - m.top - m.bottom) * (Y - y) / (2 * Y);
    // In words: how often it crosses the floor's line, where it ends. A crossing is a change of
    // side between positions off the line: one that lands exactly on it (y = 0) has no side.
    let crossings = 0, side = 0;
    for (const [, y] of path) {
      if (y === 0 || !Number.isFinite(y)) continue;
      if (side && Math.sign(y) !== side) crossings += 1;
      side = Math.sign(y);
    }
    const [x, y] = path[path.length - 1];
    const outside = !(Math.abs(x) <= X && Math.abs(y) <= Y);
    const how = b === 0 ? "no momentum" : `momentum ${number(b)}`;
    const words = `The ravine's contours and the descent from ${at(...ravine.start)}, ${ravine.steps} steps `
      + `at alpha ${number(a)} with ${how}: it crosses the valley's floor line ${crossings} `
      + `${crossings === 1 ? "time" : "times"} and ends ${outside ? "outside the picture " : ""}at `
      + `${at(x, y)}, height ${written(height(x, y))} (it started at ${written(height(...ravine.start))}).`;
    canvas(svg, width, tall, words);
    svg.dataset.path = JSON.stringify(path);
    const id = "ravine-live-clip";
    const clip = svgElement("clipPath", { id }, svgElement("defs", {}, svg));
    const frame = { x: m.left, y: m.top, width: px(X) - m.left, height: py(-Y) - m.top };
    svgElement("rect", frame, clip);
    const inside = svgElement("g", { "clip-path": `url(#${id})` }, svg);
    // Contours: f is an ellipse's equation, so each level is one ellipse about the minimum.
    const top = height(X, Y);
    for (let i = 13; i >= 0; i--) {
      const level = 0.05 * (top / 0.05) ** (i / 13);
      svgElement("ellipse", { cx: px(0), cy: py(0), rx: px(Math.sqrt(2 * level / ravine.flat)) - px(0),
        ry: py(0) - py(Math.sqrt(2 * level / ravine.steep)), class: "ravine-live__contour" }, inside);
    }
    svgElement("rect", { ...frame, class: "ravine-live__frame" }, svg);
    const axes = svgElement("g", { class: "ravine-live__axes" }, svg);
    [-X, -X / 2, 0, X / 2, X].forEach((tick) => svgElement("text", { x: px(tick), y: py(-Y) + 16,
      "text-anchor": "middle" }, axes, number(tick)));
    [-Math.floor(Y), 0, Math.floor(Y)].forEach((tick) => svgElement("text", { x: m.left - 6, y: py(tick) + 4,
      "text-anchor": "end" }, axes, number(tick)));
    svgElement("text", { x: (m.left + width - m.right) / 2, y: tall - 6, "text-anchor": "middle" },
      axes, "weight along the valley (gentle slope)");
    svgElement("text", { x: 12, y: py(0), "text-anchor": "middle", transform: `rotate(-90 12 ${py(0)})` },
      axes, "across (steep)");
    const cross = `M${px(0) - 6},${py(0) - 6}l12,12m0,-12l-12,12`;
    svgElement("path", { d: cross, class: "ravine-live__lowest" }, inside);
    // Each step's segment is cut to a box around the picture: a path flying off to 1e19 would
    // overflow SVG's numbers, and the picture shows only what is inside anyway.
    const points = path.map(([x, y]) => [px(x), py(y)]);
    const box = [[-width, 2 * width], [-tall, 2 * tall]];
    let d = "", pen = null;
    for (let k = 1; k < points.length; k++) {
      const cut = clipped(points[k - 1], points[k], box);
      if (!cut) continue;
      const [from, to] = cut.map(([u, v]) => `${u.toFixed(1)},${v.toFixed(1)}`);
      d += (from === pen ? "" : `M${from}`) + `L${to}`;
      pen = to;
    }
    svgElement("path", { d, class: "ravine-live__path" }, inside);
    points.forEach(([u, v], k) => {
      if (u < box[0][0] || u > box[0][1] || v < box[1][0] || v > box[1][1]) return;
      svgElement("circle", { cx: u.toFixed(1), cy: v.toFixed(1), r: k ? 3 : 6,
        class: k ? "ravine-live__dot" : "ravine-live__start" }, inside);
    });
    // The same step factors (or rates) as paths.ravine_step_factors and the page's words.
    find("alpha-value").textContent = number(a);
    find("beta-value").textContent = b === 0 ? "0 (none)" : number(b);
    alpha.setAttribute("aria-valuetext", `alpha ${number(a)}`);
    beta.setAttribute("aria-valuetext", b === 0 ? "no momentum: plain gradient descent" : `momentum ${number(b)}`);
    find("what").textContent = b === 0 ? "Each step multiplies"
      : "With momentum, each step in the long run roughly multiplies";
    [["along", ravine.flat], ["across", ravine.steep]].forEach(([name, c]) => {
      const { value, kind } = rate(a, b, c), output = find(name);
      output.dataset.value = String(value);
      output.dataset.kind = kind;
      output.textContent = `${number(value)} (${kind}${Math.abs(value) > 1 ? ", growing" : ""})`;
    });
  }

  // The part of the segment p -> q inside box [[u0, u1], [v0, v1]] (Liang and Barsky), or null.
  function clipped(p, q, box) {
    let enter = 0, leave = 1;
    for (const i of [0, 1]) {
      const d = q[i] - p[i], [low, high] = box[i];
      if (!Number.isFinite(d)) return null;
      if (d === 0) {
        if (p[i] < low || p[i] > high) return null;
        continue;
      }
      const [t0, t1] = [(low - p[i]) / d, (high - p[i]) / d].sort((s, t) => s - t);
      enter = Math.max(enter, t0);
      leave = Math.min(leave, t1);
    }
    if (enter > leave) return null;
    return [enter, leave].map((t) => [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
  }

  alpha.addEventListener("input", draw);
  beta.addEventListener("input", draw);
  find("reset").addEventListener("click", () => {
    alpha.value = ravine.alpha;
    beta.value = 0;
    draw();
  });
  root.hidden = false;
  still.hidden = true;
  let width = 0;
  new ResizeObserver(() => {  // its first call draws
    if (root.clientWidth === width) return;
    width = root.clientWidth;
    draw();
  }).observe(root);
}
