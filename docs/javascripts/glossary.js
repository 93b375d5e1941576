// The glossary's words (<abbr title="definition">, from includes/glossary.md): a word shows its
// definition while it is hovered or has focus, and a tap gives it focus. The theme has tooltips
// of its own (content.tooltips), but mounting them cost a phone a fifth of its start-up work
// (issue 32): they measure every navigation title at load. This draws one tooltip, only when
// a word asks for it.
(function () {
  "use strict";

  var tip = null;    // the one tooltip, made on first use
  var shown = null;  // the word whose definition it shows

  // Every word can take focus, so a tap shows its definition (tabindex -1: by tap or click).
  // The first of each word on a page is also in the Tab order: a word is marked once in each
  // section (glossary_marks.py), and a keyboard reader should not have to step through every
  // section's "alpha" to reach a link.
  // A word inside a link or button is left alone: it is reached as part of that control.
  function focusableWords() {
    var seen = {};
    document.querySelectorAll(".md-content abbr[title]").forEach(function (word) {
      if (word.hasAttribute("tabindex") || word.closest("a, button, summary, label")) return;
      var name = word.textContent;
      word.setAttribute("tabindex", seen[name] ? "-1" : "0");
      seen[name] = true;
    });
  }

  // The definition is drawn below the word (above it near the screen's foot), within the
  // screen's width. A screen reader hears it as the word's description (aria-describedby); the
  // drawn copy, at the end of <body>, is kept out of the page's text. While it is drawn the
  // word's title is held back, so the browser does not draw its own tooltip over it.
  function show(word) {
    if (shown === word) return;
    hide();
    if (!tip) {
      tip = document.createElement("div");
      tip.id = "glossary-tip";
      tip.className = "glossary-tip";
      tip.setAttribute("role", "tooltip");
      tip.setAttribute("aria-hidden", "true");
      document.body.appendChild(tip);
    }
    shown = word;
    word.dataset.definition = word.getAttribute("title");
    word.removeAttribute("title");
    word.setAttribute("aria-describedby", tip.id);
    tip.textContent = word.dataset.definition;
    tip.hidden = false;
    var box = word.getBoundingClientRect(), width = document.documentElement.clientWidth;
    var left = Math.min(Math.max(8, box.left + box.width / 2 - tip.offsetWidth / 2),
                        width - tip.offsetWidth - 8);
    var below = box.bottom + 8 + tip.offsetHeight <= window.innerHeight;
    tip.style.left = Math.max(0, left) + window.scrollX + "px";
    tip.style.top = (below ? box.bottom + 8 : box.top - 8 - tip.offsetHeight) + window.scrollY + "px";
  }

  function hide() {
    if (!shown) return;
    shown.setAttribute("title", shown.dataset.definition);
    shown.removeAttribute("aria-describedby");
    shown = null;
    tip.hidden = true;
  }

  function wordOf(target) {
    return target && target.closest ? target.closest(".md-content abbr[title], .md-content abbr[data-definition]") : null;
  }

  document.addEventListener("mouseover", function (event) {
    var word = wordOf(event.target);
    if (word) show(word);
    else if (shown && shown !== document.activeElement) hide();
  });
  document.addEventListener("focusin", function (event) {
    var word = wordOf(event.target);
    if (word) show(word);
    else hide();
  });
  document.addEventListener("focusout", function (event) {
    if (event.target === shown) hide();
  });
  // Escape puts a definition away, even while its word keeps focus (Tab then goes on from
  // there); it comes back when the word is focused or hovered again.
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") hide();
  });
  window.addEventListener("resize", hide);

  // Deferred, after the theme's script (overrides/main.html): its document$ announces every
  // page once its components are mounted; without the theme, the page as it is. The words are
  // made focusable in a task of their own, not in the theme's start-up task (see readable.js).
  function soon() { setTimeout(focusableWords); }
  if (window.document$) window.document$.subscribe(soon); else soon();
})();
