// An animated figure (Part 4's error plane) starts as its still picture; a button plays the
// animation and stops it again, so nothing moves or costs bytes until the reader asks (and
// moving content can be stopped: WCAG 2.2.2). Each <picture> names its animation's file
// (src/descent/pages/pictures.py); without this script the figure's link opens the animation.
(function () {
  "use strict";

  function setUp(figure) {
    var pictures = figure.querySelectorAll("picture[data-animation]");
    if (!pictures.length || figure.querySelector(".figure-play")) return;
    var stills = Array.prototype.map.call(pictures, function (picture) {
      return Array.prototype.slice.call(picture.childNodes);
    });
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-button figure-play";
    button.textContent = "Play the animation";
    var playing = false;
    button.addEventListener("click", function () {
      playing = !playing;
      pictures.forEach(function (picture, index) {
        var image = stills[index][stills[index].length - 1].cloneNode();
        if (playing) {
          // The hidden look keeps loading="lazy": only the look on screen is fetched.
          image.src = picture.dataset.animation;
          image.width = Number(picture.dataset.animationWidth) || image.width;
          image.height = Number(picture.dataset.animationHeight) || image.height;
          picture.replaceChildren(image);
        } else {
          picture.replaceChildren.apply(picture, stills[index]);
        }
      });
      button.textContent = playing ? "Stop the animation" : "Play the animation";
    });
    figure.insertBefore(button, figure.querySelector("figcaption"));
  }

  function setUpAll() {
    document.querySelectorAll("article figure").forEach(setUp);
  }

  // Deferred, after the theme's script (overrides/main.html): its document$ announces every
  // page once its components are mounted; without the theme, the page as it is.
  if (window.document$) window.document$.subscribe(setUpAll); else setUpAll();
})();
