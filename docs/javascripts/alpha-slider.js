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

    input.addEventListener("input", function () { show(Number(input.value)); fetchNeighbours(); });
    input.addEventListener("focus", engage);
    input.addEventListener("pointerdown", engage);
    control.hidden = false;
    show(Number(input.value));
  }

  function setUpAll() {
    document.querySelectorAll(".alpha-slider[data-frames]").forEach(setUp);
  }

  // Material's document$ announces every page, also after instant navigation.
  if (typeof window.document$ !== "undefined") {
    window.document$.subscribe(setUpAll);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUpAll);
  } else {
    setUpAll();
  }
})();
