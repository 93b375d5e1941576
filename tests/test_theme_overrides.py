"""The theme partials this site overrides stay the theme's, but for what each override says.

overrides/partials/palette.html is the theme's palette form with data-palette in place of
data-md-component="palette" (so the theme's own component does not mount: issue 32), followed
by our script. source.html is the theme's repository link without data-md-component="source"
(the theme's script would ask GitHub's API for star counts); search.html is the theme's search
dialog with a name. A theme update that changes one of them must be seen here, not on the site;
and each must still be the file the theme renders where it includes that partial.
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


# partial: (what the theme writes, what ours writes instead)
CHANGED = {
    "source.html": (' class="md-source" data-md-component="source">', ' class="md-source">'),
    "search.html": ('<div class="md-search" data-md-component="search" role="dialog">',
                    '<div class="md-search" aria-label="{{ lang.t(\'search\') }}" '
                    'data-md-component="search" role="dialog">'),
}


def without_comments(text: str) -> str:
    """A template without its Jinja comments (they render as nothing)."""
    return re.sub(r"\{#-?.*?-?#\}\n?", "", text, flags=re.DOTALL)


def theme_partial(name: str) -> str:
    from material import templates

    return (Path(templates.__file__).parent / "partials" / name).read_text(encoding="utf-8")


def test_each_small_override_is_the_theme_s_partial_with_one_change():
    for name, (theirs, ours) in CHANGED.items():
        theme = without_comments(theme_partial(name))
        assert theme.count(theirs) == 1, f"the theme's {name} changed shape"
        override = without_comments((ROOT / "overrides" / "partials" / name).read_text(encoding="utf-8"))
        assert override == theme.replace(theirs, ours), name


def test_the_overrides_are_what_the_theme_renders():
    """The theme includes each partial by the name overridden, from the folder mkdocs.yml names,
    and renders ours: a link that asks no other host, a named search dialog."""
    from mkdocs.theme import Theme

    assert re.search(r"^\s+custom_dir: overrides\b", (ROOT / "mkdocs.yml").read_text(), re.MULTILINE)
    theme = Theme(name="material", custom_dir=str(ROOT / "overrides"), language="en")
    env = theme.get_env()
    header = theme_partial("header.html")
    for name in CHANGED:
        assert f'{{% include "partials/{name}" %}}' in header
        assert Path(env.get_template(f"partials/{name}").filename).resolve() == \
            ROOT / "overrides" / "partials" / name
    page = env.from_string('{% import "partials/language.html" as lang with context %}'
                           '{% include "partials/source.html" %}{% include "partials/search.html" %}')
    html = page.render(config={"repo_url": "https://github.com/o/r", "repo_name": "o/r",
                               "theme": theme}, features=[])
    assert '<a href="https://github.com/o/r" title="Go to repository" class="md-source">' in html
    assert 'data-md-component="source"' not in html
    assert '<div class="md-search" aria-label="Search" data-md-component="search" role="dialog">' in html
