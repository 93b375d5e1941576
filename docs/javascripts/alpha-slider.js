// The alpha slider of the "Explore alpha" page: swaps pre-rendered frames, no libraries.
// The page works without this script: it shows the default frame and hides the control.
// Each frame's file, numbers and words come from the data-frames attribute, written at build
// time by src/descent/figures/alpha_slider.py.
(function () {
  "use strict";

  function strong(text) {
    var element = document.createElement("strong");
    element.textContent = text;
    return element;
  }

  // The same words as alpha_slider.readout() in Python.
  function writeReadout(readout, frame) {
    readout.replaceChildren(
      "alpha ", strong(frame.alpha), " \u00b7 step factor ", strong(frame.factor),
      ": the ball " + frame.regime + ".");
  }

  // The alpha in the page's address (?alpha=1): the notch it names, or the nearest one with a
  // note saying what was changed, as the lab does for its settings (lab-settings.js).
  function fromAddress(frames, fallback) {
    var raw = new URLSearchParams(location.search).get("alpha");
    if (raw === null) return { index: fallback, note: "" };
    var said = raw.slice(0, 24);
    var alphas = frames.map(function (frame) { return Number(frame.alpha); });
    var value = Number(raw.trim() || NaN);
    var last = frames.length - 1;
    if (!Number.isFinite(value)) {
      return { index: fallback, note: "alpha \u201c" + said + "\u201d is not a number: using " +
        frames[fallback].alpha + "." };
    }
    if (value < alphas[0] * 0.995) {
      return { index: 0, note: "alpha " + said + " is below the slider's smallest, " +
        frames[0].alpha + ": using " + frames[0].alpha + "." };
    }
    if (value > alphas[last] * 1.005) {
      return { index: last, note: "alpha " + said + " is above the slider's largest, " +
        frames[last].alpha + ": using " + frames[last].alpha + "." };
    }
    var nearest = 0;
    alphas.forEach(function (alpha, index) {
      if (Math.abs(Math.log(alpha / value)) < Math.abs(Math.log(alphas[nearest] / value))) nearest = index;
    });
    // A notch is named by its alpha as the page writes it (three digits): 1.41 is √2.
    if (Math.abs(alphas[nearest] / value - 1) < 0.005) return { index: nearest, note: "" };
    return { index: nearest, note: "alpha " + said + " is not on the slider: using the nearest notch, " +
      frames[nearest].alpha + "." };
  }

  // The address follows the slider, without a new history entry for every notch.
  function toAddress(frame) {
    var query = new URLSearchParams(location.search);
    query.set("alpha", frame.alpha);
    history.replaceState(history.state, "", "?" + query.toString() + location.hash);
  }

  function setUp(root) {
    if (root.dataset.ready) return;
    var frames = JSON.parse(root.dataset.frames || "[]");
    var control = root.querySelector(".alpha-slider__control");
    var input = root.querySelector('input[type="range"]');
    // The frame is served in several looks (light and dark, phone and desktop: see
    // src/descent/pages/pictures.py); every copy names the frame the same way.
    var images = root.querySelectorAll("img.alpha-slider__frame");
    var image = images[0];
    var readout = root.querySelector(".alpha-slider__readout");
    if (!frames.length || !control || !input || !image || !readout) return;
    root.dataset.ready = "true";
    var name = /alpha-slider-\d+/;
    function swap(url, index) { return url.replace(name, frames[index].src.replace(/\.png$/, "")); }
    // The copy the reader sees now: its look is the one worth fetching ahead.
    function shown() {
      for (var i = 0; i < images.length; i++) if (images[i].offsetParent !== null) return images[i];
      return image;
    }
    var fetched = {};
    var engaged = false;

    // A frame is fetched only when it may be needed next: nothing until the reader reaches for
    // the slider, then the frames on either side of the one shown, so a step shows at once.
    function fetchNeighbours() {
      if (!engaged) return;
      var index = Number(input.value);
      [index - 1, index + 1].forEach(function (next) {
        if (next < 0 || next >= frames.length || fetched[next]) return;
        fetched[next] = true;
        new Image().src = swap(shown().currentSrc || shown().src, next);
      });
    }

    function engage() {
      engaged = true;
      fetchNeighbours();
    }

    function show(index) {
      var frame = frames[index];
      images.forEach(function (copy) {
        copy.src = swap(copy.getAttribute("src"), index);
        copy.alt = frame.alt;
      });
      root.querySelectorAll("source[srcset]").forEach(function (source) {
        source.srcset = swap(source.getAttribute("srcset"), index);
      });
      root.querySelectorAll("a[href]").forEach(function (link) {
        link.href = swap(link.getAttribute("href"), index);
      });
      writeReadout(readout, frame);
      input.setAttribute("aria-valuetext", "alpha " + frame.alpha);
      root.dataset.frame = String(index);
    }

    input.addEventListener("input", function () {
      show(Number(input.value));
      fetchNeighbours();
      toAddress(frames[Number(input.value)]);
    });
    input.addEventListener("focus", engage);
    input.addEventListener("pointerdown", engage);
    control.hidden = false;
    var asked = fromAddress(frames, Number(input.value));
    input.value = String(asked.index);
    var note = document.createElement("p");
    note.className = "alpha-slider__note";
    note.setAttribute("role", "status");
    note.textContent = asked.note;
    note.hidden = !asked.note;
    readout.after(note);
    show(asked.index);
    if (asked.note) toAddress(frames[asked.index]);
  }

  function setUpAll() {
    document.querySelectorAll(".alpha-slider[data-frames]").forEach(setUp);
  }

  // Deferred, after the theme's script (overrides/main.html): its document$ announces every
  // page once its components are mounted; without the theme, the page as it is.
  if (window.document$) window.document$.subscribe(setUpAll); else setUpAll();
})();
