"""The theme partial this site overrides stays the theme's, but for what the override says.

overrides/partials/palette.html is the theme's palette form with data-palette in place of
data-md-component="palette" (so the theme's own component does not mount: issue 32), followed
by our script. A theme update that changes its form must be seen here, not in a broken switch.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def form(text: str) -> str:
    """The <form>…</form> of a palette partial, without Jinja comments, whitespace normalised."""
    text = re.sub(r"\{#.*?#\}", "", text, flags=re.DOTALL)
    found = re.search(r"<form\b.*?</form>", text, re.DOTALL)
    assert found, "no <form> in the partial"
    return " ".join(found[0].split())


def test_the_palette_form_is_the_theme_s_without_its_component():
    from material import templates

    theme = (Path(templates.__file__).parent / "partials" / "palette.html").read_text(encoding="utf-8")
    ours = (ROOT / "overrides" / "partials" / "palette.html").read_text(encoding="utf-8")
    assert 'data-md-component="palette"' in theme
    assert "data-md-component" not in form(ours)
    assert form(ours) == form(theme).replace('data-md-component="palette"', "data-palette")
    # ... and the script after it is what runs the switch
    assert re.search(r"</form>\s*<script>", ours) and "__md_set(\"__palette\"" in ours
