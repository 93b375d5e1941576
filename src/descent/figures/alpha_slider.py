"""Twelve steps of gradient descent on the bucket at one alpha; the slider redraws them for 15 alphas."""

from __future__ import annotations

import html
import json

from ..runs import descents as frame

# The fragment is included into a page at the root of docs/, where figures/ is a sibling.
FIGURES_PREFIX = "figures/"
SLUG = "alpha-slider"


def frame_name(index: int) -> str:
    """The file of frame `index` (0-based): alpha-slider-01.png for the first."""
    return f"{SLUG}-{index + 1:02d}.png"


def alt_text(alpha: float) -> str:
    """What frame of `alpha` shows, for readers who cannot see it."""
    return (f"Left, a parabola-shaped bucket with a ball started on its left wall and the "
            f"{frame.STEPS} steps of gradient descent at alpha {frame.alpha_label(alpha)}: "
            f"the ball {frame.regime(alpha)}. Right, its distance from the bottom at each step, "
            f"on a logarithmic scale; each step multiplies it by {frame.factor_label(alpha)}.")


def frames() -> list[dict[str, str]]:
    """What the page's script needs to show each frame: its file, numbers and words."""
    return [{"src": frame_name(index), "alpha": frame.alpha_label(alpha),
             "factor": frame.factor_label(alpha), "regime": frame.regime(alpha),
             "alt": alt_text(alpha)}
            for index, alpha in enumerate(frame.ALPHAS)]


def readout(entry: dict[str, str]) -> str:
    """The line above the picture; docs/javascripts/alpha-slider.js writes the same words."""
    return (f"alpha <strong>{html.escape(entry['alpha'])}</strong> · step factor "
            f"<strong>{html.escape(entry['factor'])}</strong>: the ball "
            f"{html.escape(entry['regime'])}.")


# Where the ball's behaviour changes: at 0.5 it lands on the bottom in one step, at 1 it
# bounces between two points forever; past 1 it diverges.
EDGES = (0.5, 1.0)


def _edges() -> str:
    """Tick marks at the regime edges, and a line under the track that names them."""
    options = "".join(f'<option value="{frame.ALPHAS.index(alpha)}" label="{alpha:g}"></option>'
                      for alpha in EDGES)
    return (f'<datalist id="alpha-slider-edges">{options}</datalist>'
            '<p class="alpha-slider__edges">ticks: alpha 0.5, one step lands on the bottom;'
            ' alpha 1, the ball bounces forever; past it, it flies out</p>')


def fragment(default: int = frame.DEFAULT, caption: str | None = None) -> str:
    """Markdown with HTML for the page: works as a still picture, comes alive with the script."""
    entries = frames()
    data = html.escape(json.dumps(entries, ensure_ascii=False, separators=(",", ":")), quote=True)
    last = len(entries) - 1
    caption = caption if caption is not None else __doc__.strip().splitlines()[0]
    return "\n".join([
        f'<div class="alpha-slider" data-frames="{data}" markdown="block">',
        '<div class="alpha-slider__control" hidden>',
        '<label for="alpha-slider-input">alpha</label>',
        f'<span class="alpha-slider__end">{html.escape(entries[0]["alpha"])}</span>',
        f'<input id="alpha-slider-input" type="range" min="0" max="{last}" step="1" '
        f'value="{default}" list="alpha-slider-edges" '
        f'aria-valuetext="alpha {html.escape(entries[default]["alpha"])}">',
        f'<span class="alpha-slider__end">{html.escape(entries[last]["alpha"])}</span>',
        _edges(),
        "</div>",
        f'<p class="alpha-slider__readout" aria-live="polite">{readout(entries[default])}</p>',
        f'<figure markdown="span" id="figure-{SLUG}">',
        f"![{entries[default]['alt']}]({FIGURES_PREFIX}{entries[default]['src']})"
        "{ .alpha-slider__frame }",
        f"<figcaption>{html.escape(caption)}</figcaption>",
        "</figure>",
        "</div>",
        "",
    ])


def text() -> str:
    """The page fragment, as the build writes it."""
    return fragment()
