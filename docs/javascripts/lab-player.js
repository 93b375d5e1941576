// The lab's replay: play, pause, one step, back to the start, and a scrubber over the frames of
// the finished run (the weights at the start and at each step its curve shows). Training itself
// runs at full speed in the worker; this only walks through what it recorded.
import { number } from "./lab-settings.js";

const reduced = matchMedia("(prefers-reduced-motion: reduce)");

// elements: {play, step, reset, scrub}; draw(frame, words) draws one frame, words saying which
// ("step 500 of 60 000"); the scrubber tells it too.
export function player(elements, draw) {
  const { play, step, reset, scrub } = elements;
  let frames = [], steps = 0, at = 0, playing = false, timer = 0;

  function show(index) {
    at = Math.min(Math.max(index, 0), frames.length - 1);
    const frame = frames[at];
    const words = `step ${number(frame.step, 6)} of ${number(steps, 6)}`;
    draw(frame, words);
    scrub.value = String(at);
    scrub.setAttribute("aria-valuetext", words);
    step.disabled = at === frames.length - 1;
    reset.disabled = at === 0;
  }

  function stop() {
    playing = false;
    clearTimeout(timer);
    cancelAnimationFrame(timer);
    play.textContent = "Play";
  }

  // A frame each time the screen is drawn (the whole run in about four seconds); a reader who
  // asks for less motion gets a few still frames instead, a little under half a second apart.
  function tick() {
    if (!playing) return;
    const stride = reduced.matches ? Math.ceil(frames.length / 16) : 1;
    show(at + stride);
    if (at === frames.length - 1) stop();
    else timer = reduced.matches ? setTimeout(tick, 450) : requestAnimationFrame(tick);
  }

  play.addEventListener("click", () => {
    if (playing) return stop();
    if (!frames.length) return;
    if (at === frames.length - 1) show(0);
    playing = true;
    play.textContent = "Pause";
    timer = reduced.matches ? setTimeout(tick, 450) : requestAnimationFrame(tick);
  });
  step.addEventListener("click", () => { stop(); show(at + 1); });
  reset.addEventListener("click", () => { stop(); show(0); });
  scrub.addEventListener("input", () => { stop(); show(Number(scrub.value)); });

  return {
    // A new run: its last frame is shown; nothing plays until the reader asks.
    load(run) {
      stop();
      frames = run.frames;
      steps = run.settings.steps;
      scrub.max = String(frames.length - 1);
      [play, step, reset, scrub].forEach((control) => { control.disabled = false; });
      show(frames.length - 1);
    },
    redraw() { if (frames.length) show(at); },
    stop,
    get frame() { return frames[at]; },
  };
}
