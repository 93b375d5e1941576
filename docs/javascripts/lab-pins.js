// Pinned runs: a finished run kept as a numbered ghost under the error curves that follow, to
// compare them; the address carries their settings, and a run pinned from an address is trained
// again here, in a worker of its own, so the page's own run is never kept waiting.
import { FIELDS, MAX_PINS, NETWORK, number } from "./lab-settings.js";

const same = (a, b) => NETWORK.every((name) => a[name] === b[name]);

// What sets a pinned run apart, in a few words: its alpha, and any other setting that is not
// the page's first one.
export function pinLabel(run) {
  const words = [`alpha ${number(run.alpha)}`];
  if (run.hidden !== FIELDS.hidden.initial) words.push(`${run.hidden} ${run.hidden === 1 ? "unit" : "units"}`);
  if (run.seed !== FIELDS.seed.initial) words.push(`seed ${run.seed}`);
  if (run.steps !== FIELDS.steps.initial) words.push(`${number(run.steps, 6)} steps`);
  if (run.rule !== FIELDS.rule.initial) words.push(run.rule);
  return words.join(", ");
}

// elements: {list, clear}; changed() is called whenever the pins change.
export function pinBoard(elements, initial, changed) {
  const { list, clear } = elements;
  let pins = [], worker = null, asked = 0;

  function render(tell = true) {
    list.replaceChildren(...pins.map((run) => {
      const item = document.createElement("li");
      item.className = `lab-pin lab-pin--${run.number}`;
      item.value = run.number;
      item.dataset.settings = NETWORK.map((name) => run[name]).join("_");
      const result = run.curve ? `mean error ${number(run.finalError, 2)}` : "training…";
      if (run.curve) {
        item.dataset.finalError = String(run.finalError);
        item.dataset.curve = JSON.stringify(run.curve);
      }
      item.textContent = `${pinLabel(run)}: ${result}`;
      return item;
    }));
    list.hidden = pins.length === 0;
    clear.disabled = pins.length === 0;
    if (tell) changed();
  }

  // The first free number, so a ghost keeps its number (and colour) while others come and go.
  const free = () => [...Array(MAX_PINS).keys()].map((i) => i + 1).find((n) => !pins.some((run) => run.number === n));

  function train(run) {
    if (!worker) {
      worker = new Worker(new URL("./lab-worker.js", import.meta.url), { type: "module" });
      worker.onmessage = ({ data }) => {
        const run = pins.find((candidate) => candidate.id === data.id);
        if (!run || !data.curve) return;
        Object.assign(run, { curve: data.curve, finalError: data.finalError });
        render();
      };
    }
    run.id = `pin-${++asked}`;
    worker.postMessage({ id: run.id, settings: Object.fromEntries(NETWORK.map((name) => [name, run[name]])), replay: false });
  }

  clear.addEventListener("click", () => {
    pins = [];
    if (worker) worker.terminate();
    worker = null;
    render();
  });

  initial.forEach((run) => {
    if (pins.some((other) => same(other, run))) return;
    const kept = { ...run, number: free() };
    pins.push(kept);
    train(kept);
  });
  render(false);

  return {
    get pins() { return pins; },
    // The ghosts for the error plot, in number order.
    get ghosts() { return pins.filter((run) => run.curve).map(({ curve, number }) => ({ curve, number })); },
    // Pins a finished run; says why not when it cannot.
    add(run) {
      const twin = pins.find((other) => same(other, run.settings));
      if (twin) return `This run is already pinned, as number ${twin.number}.`;
      if (pins.length >= MAX_PINS) return `${MAX_PINS} runs are pinned, the most there is room for: clear them to pin more.`;
      pins.push({ ...run.settings, number: free(), curve: run.curve, finalError: run.finalError });
      pins.sort((a, b) => a.number - b.number);
      render();
      return "";
    },
  };
}
