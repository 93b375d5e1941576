// Accessibility touches the theme's script needs after it builds its parts (see readable.css).
(function () {
  "use strict";

  // The theme wraps each code block's copy button in a <nav>: a landmark per code block, all
  // unnamed. A copy button is no navigation, so the <nav> is taken out of the landmarks.
  function unlandmarkCodeButtons() {
    document.querySelectorAll("nav.md-code__nav:not([role])").forEach(function (nav) {
      nav.setAttribute("role", "none");
    });
  }

  // Material's document$ announces every page, after its own components are mounted.
  if (typeof window.document$ !== "undefined") {
    window.document$.subscribe(unlandmarkCodeButtons);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", unlandmarkCodeButtons);
  } else {
    unlandmarkCodeButtons();
  }
})();
