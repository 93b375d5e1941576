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

  // The theme wraps each table in a box that scrolls sideways when the table is wider than
  // the column (on a phone): the keyboard must be able to reach it to scroll it.
  function focusableTables() {
    var boxes = document.querySelectorAll(".md-typeset__scrollwrap");
    boxes.forEach(function (box, index) {
      if (box.hasAttribute("tabindex")) return;
      box.setAttribute("tabindex", "0");
      box.setAttribute("role", "region");  // a named region: each one its own name
      box.setAttribute("aria-label", "table " + (index + 1) + " of " + boxes.length);
    });
  }

  // Code blocks are mounted when they scroll into view (the theme's content.lazy, see
  // mkdocs.yml), so their buttons arrive after the page: each arrival is touched up too.
  var watching = null;
  function watchLazyCodeBlocks() {
    var content = document.querySelector(".md-content");
    if (!content || typeof MutationObserver === "undefined") return;
    if (watching) watching.disconnect();
    watching = new MutationObserver(unlandmarkCodeButtons);
    watching.observe(content, { childList: true, subtree: true });
  }

  // Long tables fold on a phone: each one a page marks (`???+ note phone-folded "Table: …"`)
  // starts closed on a narrow screen and open on a laptop, or without this script; the reader
  // opens it with a tap on its title.
  var PHONE = "(max-width: 44.9375em)";  // the theme's own phone breakpoint
  function foldLongTablesOnPhones() {
    if (!window.matchMedia || !window.matchMedia(PHONE).matches) return;
    document.querySelectorAll("details.phone-folded[open]").forEach(function (details) {
      details.open = false;
    });
  }

  // The folding changes what is drawn, so it is done before the next frame; the rest waits for
  // a task of its own (issue 32): the theme mounts all its parts and announces document$ in one
  // task at DOMContentLoaded, the longest of a long page's start on a phone, and ours need not
  // lengthen it. A timer set now runs before any set once the page has loaded.
  function touchUp() {
    foldLongTablesOnPhones();
    setTimeout(function () {
      unlandmarkCodeButtons();
      focusableTables();
      watchLazyCodeBlocks();
    });
  }

  // Deferred, after the theme's script (overrides/main.html): its document$ announces every
  // page once its components are mounted; without the theme, the page as it is.
  if (window.document$) window.document$.subscribe(touchUp); else touchUp();
})();
