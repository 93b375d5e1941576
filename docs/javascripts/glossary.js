// The glossary's words (<abbr title="definition">, from includes/glossary.md): the theme shows a
// definition on hover and while its word has focus (content.tooltips in mkdocs.yml). A word is
// not focusable by itself, so a tap and the keyboard could not reach it; these lines fix that.
(function () {
  "use strict";

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

  // Escape puts a definition away, even while its word keeps focus (Tab then goes on from
  // there) or the pointer still rests on it; it comes back when the word is focused or
  // hovered again.
  function dismiss(event) {
    if (event.key !== "Escape") return;
    document.querySelectorAll(".md-tooltip2--active[role=tooltip]").forEach(function (tip) {
      tip.classList.remove("md-tooltip2--active");
    });
  }

  // The theme draws a definition at the end of <body>, outside the page's landmarks. A screen
  // reader hears it as the word's description (the word's aria-describedby names it), so it
  // is kept out of the page's text, where it would be read a second time, out of place.
  function describeOnly(changes) {
    changes.forEach(function (change) {
      change.addedNodes.forEach(function (node) {
        if (node.nodeType === 1 && node.matches(".md-tooltip2[role=tooltip]")) {
          node.setAttribute("aria-hidden", "true");
        }
      });
    });
  }

  document.addEventListener("keydown", dismiss);
  if (typeof MutationObserver !== "undefined") {
    new MutationObserver(describeOnly).observe(document.body, { childList: true });
  }
  // Material's document$ announces every page, after its own components are mounted.
  if (typeof window.document$ !== "undefined") {
    window.document$.subscribe(focusableWords);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", focusableWords);
  } else {
    focusableWords();
  }
})();
