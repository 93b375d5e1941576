// "Train it yourself": the controls, the address bar and the pictures of the lab page. Training
// runs in a worker (lab-worker.js); the page shows the build-time figures until this script runs.
import { FIELDS, NETWORK, clamp, fromQuery, toQuery, number, output } from "./lab-settings.js";
import { errorPlot, outputsPlot, weightsTable } from "./lab-plots.js";
import { drawPlane } from "./lab-plane.js";
import { player } from "./lab-player.js";
import { pinBoard } from "./lab-pins.js";
import { networkView } from "./lab-network.js";

const root = document.getElementById("lab");
// Set up in a task of its own, not in the one that evaluates the modules (with the theme's own
// start-up work): a phone's main thread is never held for long at once.
if (root && !root.dataset.ready) setTimeout(() => setUp(root));

function setUp(root) {
  root.dataset.ready = "true";
  const find = (id) => document.getElementById(id);
  const { settings, notes, pins: pinned } = fromQuery(location.search);
  const pictures = { error: find("lab-error"), outputs: find("lab-outputs"), weights: find("lab-weights"),
    plane: find("lab-plane"), network: find("lab-network") };
  const status = find("lab-status"), planeStatus = find("lab-plane-status");
  const progress = find("lab-progress"), note = find("lab-note");
  let last = null, plane = null, worker = null, busy = false, runId = 0, timer = 0, asked = null;
  let landing = null, fresh = false;
  const address = () => history.replaceState(history.state, "", toQuery(settings, board.pins));

  function say(list) {
    note.textContent = list.join(" ");
    note.hidden = list.length === 0;
  }

  // Every field shows the current settings; each range slides over log10 of its alpha.
  function show() {
    document.querySelectorAll("[data-setting]").forEach((input) => { input.value = String(settings[input.dataset.setting]); });
    document.querySelectorAll("[data-log]").forEach((input) => {
      const alpha = settings[input.dataset.log];
      input.value = String(Math.log10(alpha));
      input.setAttribute("aria-valuetext", `alpha ${number(alpha)}`);
    });
  }

  function changed(name) {
    address();
    if (NETWORK.includes(name)) schedule();
    else drawPlaneNow();
  }

  function spawn() {
    worker = new Worker(new URL("./lab-worker.js", import.meta.url), { type: "module" });
    worker.onmessage = receive;
    worker.onerror = (event) => {
      busy = false;
      progress.classList.remove("lab__progress--on");
      status.textContent = `The network could not be trained in this browser (${event.message || "worker error"}).`;
    };
  }

  // A changed setting makes the run in flight stale at once (its answer is for settings no
  // longer shown), though the new run is asked for only once a dragged slider pauses.
  function schedule() {
    runId += 1;
    clearTimeout(timer);
    timer = setTimeout(run, 60);  // a dragged slider asks once it pauses, not at every pixel
  }

  // A new setting ends the run in flight: its worker is stopped and a fresh one started.
  function run() {
    if (busy) {
      worker.terminate();
      spawn();
    }
    busy = true;
    runId += 1;
    progress.value = 0;
    progress.classList.add("lab__progress--on");
    asked = Object.fromEntries(NETWORK.map((name) => [name, settings[name]]));
    worker.postMessage({ id: runId, settings: asked });
  }

  // An answer is shown with the settings it was asked with, never with the live ones.
  function receive({ data }) {
    if (data.id !== runId) return;  // a stale run's answer
    if ("progress" in data) {
      const done = data.progress > 1 ? data.progress / asked.steps : data.progress;
      progress.value = Math.min(Math.max(done, 0), 1);
      return;
    }
    busy = false;
    progress.classList.remove("lab__progress--on");
    if (data.failed) {
      status.textContent = `The network could not be trained: ${data.failed}`;
      return;
    }
    last = { ...data, settings: asked };
    fresh = true;  // its curve draws itself once
    replay.load(last);
    fresh = false;
    find("lab-pin").disabled = false;
    const s = last.settings;
    status.textContent = `With alpha ${number(s.alpha)}, ${s.hidden} hidden ${s.hidden === 1 ? "unit" : "units"}, `
      + `seed ${s.seed} and ${s.rule}: after ${number(s.steps, 6)} ${s.steps === 1 ? "step" : "steps"}, `
      + `mean error ${number(data.finalError, 2)}; outputs ${data.outputs.map(output).join(", ")} `
      + "(targets 0, 1, 1, 0).";
    if (landing) landing.scrollIntoView();
    landing = null;
  }

  // A figure is as wide as its content, so the panel gives the width to draw in.
  const widthOf = (element) => Math.max(260, Math.floor(element.closest(".lab-panel").clientWidth));

  // One frame of the run: the curve up to its step (over the pinned runs' ghosts), and the
  // outputs, the network and the weights at that step.
  function drawFrame(frame, words) {
    find("lab-at").textContent = `Below: the outputs, the network and its weights at ${words}.`;
    errorPlot(pictures.error, last.curve, widthOf(pictures.error),
      { upTo: frame.step, error: frame.error, ghosts: board.ghosts, animate: fresh });
    outputsPlot(pictures.outputs, frame.outputs, widthOf(pictures.outputs));
    networkView(pictures.network, frame, widthOf(pictures.network));
    weightsTable(pictures.weights, frame);
  }
  const replay = player({ play: find("lab-play"), step: find("lab-step"), reset: find("lab-reset"),
    scrub: find("lab-scrub") }, drawFrame);
  const drawNetwork = () => { if (last) replay.redraw(); };

  const board = pinBoard({ list: find("lab-pins"), clear: find("lab-clear") }, pinned, () => {
    address();
    drawNetwork();
  });
  find("lab-pin").addEventListener("click", () => {
    if (!last) return;
    find("lab-pin-note").textContent = board.add(last);  // said beside the button: why not
  });

  // The plane (a heat map of 101 x 101 errors and a descent of 10 000 steps) is drawn when its
  // panel first comes within a screen of the view, then on every change: a reader who never
  // scrolls to it costs the page no work at load.
  let planeShown = false;
  function drawPlaneNow() {
    if (!planeShown) return;
    plane = drawPlane(pictures.plane, settings, widthOf(pictures.plane), !still);
    planeStatus.textContent = plane.words;
  }
  function showPlane() {
    if (planeShown) return;
    planeShown = true;
    drawPlaneNow();
  }
  new IntersectionObserver((entries, observer) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    showPlane();
  }, { rootMargin: "100% 0px" }).observe(pictures.plane.closest(".lab-panel"));

  // Fields: a value is clamped into its range (FIELDS gives the browser's too), and the note says so.
  document.querySelectorAll("[data-setting]").forEach((input) => {
    const { min, max } = FIELDS[input.dataset.setting];
    if (min !== undefined) Object.assign(input, { min: String(min), max: String(max) });
    input.addEventListener("change", () => {
      const name = input.dataset.setting;
      const { value, note: said } = clamp(name, input.value);
      say(said ? [said] : []);
      settings[name] = value;
      show();
      changed(name);
    });
  });
  document.querySelectorAll("[data-log]").forEach((input) => {
    input.addEventListener("input", () => {
      const name = input.dataset.log;
      settings[name] = Number((10 ** Number(input.value)).toPrecision(3));
      say([]);
      document.querySelector(`[data-setting="${name}"]`).value = String(settings[name]);
      input.setAttribute("aria-valuetext", `alpha ${number(settings[name])}`);
      changed(name);
    });
  });

  // The plane: a click or tap sets the start, and so does dragging the start (redrawn once a
  // frame while it moves, without drawing itself; the fields and address once it is let go);
  // so do the arrow keys when it has the focus.
  function placeStart(w0, w1) {
    settings.w0 = Number(clamp("w0", Math.round(w0 * 10) / 10).value);
    settings.w1 = Number(clamp("w1", Math.round(w1 * 10) / 10).value);
    show();
    changed("w0");
  }
  const weightsAt = (event) => {
    const box = pictures.plane.getBoundingClientRect();
    const scale = Number(pictures.plane.getAttribute("width")) / box.width;
    return plane.toWeights((event.clientX - box.left) * scale, (event.clientY - box.top) * scale);
  };
  let drag = null, frame = 0, dragged = false, still = false;
  const surface = find("lab-plane-surface");
  surface.addEventListener("pointerdown", (event) => {
    dragged = false;
    if (!plane || !event.target.classList.contains("lab-plane__handle")) return;
    event.preventDefault();
    event.target.setPointerCapture(event.pointerId);
    drag = { id: event.pointerId, at: [settings.w0, settings.w1] };
  });
  surface.addEventListener("pointermove", (event) => {
    if (!drag || event.pointerId !== drag.id) return;
    drag.at = weightsAt(event).map((w) => Math.min(Math.max(w, -10), 10));
    dragged = true;
    frame = frame || requestAnimationFrame(() => {
      frame = 0;
      if (drag) plane = drawPlane(pictures.plane, { ...settings, w0: drag.at[0], w1: drag.at[1] }, widthOf(pictures.plane), false);
    });
  });
  const letGo = (event) => {
    if (!drag || event.pointerId !== drag.id) return;
    const [w0, w1] = drag.at;
    drag = null;
    cancelAnimationFrame(frame);
    frame = 0;
    still = dragged;  // drawn where it was let go: it need not draw itself again
    if (dragged) placeStart(w0, w1);
    still = false;
  };
  surface.addEventListener("pointerup", letGo);
  surface.addEventListener("pointercancel", letGo);
  pictures.plane.addEventListener("click", (event) => {
    showPlane();
    if (dragged) return;  // the drag placed the start
    const [w0, w1] = weightsAt(event);
    if (Math.abs(w0) <= FIELDS.w0.max && Math.abs(w1) <= FIELDS.w1.max) placeStart(w0, w1);
  });
  const KEYS = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
  surface.addEventListener("keydown", (event) => {
    if (!(event.key in KEYS)) return;
    event.preventDefault();  // the page does not scroll
    showPlane();
    const [dx, dy] = KEYS[event.key], by = event.shiftKey ? 2 : 0.5;
    placeStart(settings.w0 + dx * by, settings.w1 + dy * by);
  });

  // Its first call, once the page is laid out, draws the network (and the plane, if shown) for
  // the first time: drawing them here too cost a second drawing at load.
  let width = 0;
  new ResizeObserver(() => {
    if (root.clientWidth === width) return;
    width = root.clientWidth;
    drawNetwork();
    drawPlaneNow();
  }).observe(root);

  document.querySelectorAll(".lab-panel").forEach((panel) => { panel.hidden = false; });
  show();
  say(notes);
  // A link to one panel (an exercise's #the-error-plane) lands there once the panels take room,
  // and again once the first run has drawn the figures above it, unless the reader has scrolled.
  landing = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (landing) {
    landing.scrollIntoView();
    const stay = () => { landing = null; };  // the reader moved on: leave the page where it is
    ["wheel", "touchstart", "keydown", "mousedown"].forEach((type) => addEventListener(type, stay, { once: true, passive: true }));
  }
  address();
  setTimeout(() => {  // and the first run in another
    spawn();
    run();
  });
}
