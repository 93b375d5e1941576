// The "Train it yourself" page's worker: trains off the main thread, so the page never freezes.
// One message in, {id, settings}; progress and one result out, each carrying the id, so the page
// can drop what a newer setting made stale. A run still in flight when a newer one arrives is
// aborted through its signal; a page that cannot wait for that ends the whole worker.
import { train, outputs } from "./network.js";

const POINTS = 240; // points of the error curve sent back: log-spaced steps, plenty for a plot
let running = null;

// Steps 1 … last, spread evenly on a logarithmic axis (each at most once).
function logSpaced(last) {
  const steps = new Set([1, last]);
  for (let i = 0; i < POINTS; i++) steps.add(Math.max(1, Math.round(last ** (i / (POINTS - 1)))));
  return [...steps].filter((step) => step <= last).sort((a, b) => a - b);
}

self.onmessage = async ({ data }) => {
  const { id, settings, replay = true } = data;
  if (running) running.aborted = true;
  const signal = (running = { aborted: false });
  const iterations = settings.steps;
  const steps = logSpaced(iterations);
  // The replay's frames: the start, then the weights at each step the curve shows.
  const frames = [];
  let result;
  try {
    result = await train({
      alpha: settings.alpha, hidden: settings.hidden, seed: settings.seed, rule: settings.rule,
      iterations, every: 1, signal,
      onProgress: (done) => self.postMessage({ id, progress: done }),
      frames: replay ? [0, ...steps] : [],
      onFrame: (step, weights) => frames.push({ step, ...weights, outputs: outputs(weights.synapse_0, weights.synapse_1) }),
    });
  } catch (error) {
    if (error.name !== "AbortError") self.postMessage({ id, failed: String(error.message || error) });
    return;
  }
  if (signal.aborted || !result) return;
  running = null;
  // The error the engine logs at step j is measured before that step's update, after j
  // updates; the last one, after all of them, comes from the trained weights.
  const final = outputs(result.synapse_0, result.synapse_1);
  const finalError = final.reduce((sum, output, i) => sum + Math.abs(output - [0, 1, 1, 0][i]), 0) / 4;
  const errorAt = (step) => (step === iterations ? finalError : result.errors[step]);
  const curve = steps.map((step) => [step, errorAt(step)]);
  frames.forEach((frame) => { frame.error = errorAt(frame.step); });
  self.postMessage({
    id, curve, frames, outputs: final, finalError, start: result.errors[0],
    synapse_0: result.synapse_0, synapse_1: result.synapse_1,
    changes_0: result.changes_0, changes_1: result.changes_1,
  });
};
