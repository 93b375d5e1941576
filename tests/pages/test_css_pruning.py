"""css_pruning: a stylesheet pruned to the rules that can match the pages using it."""

from __future__ import annotations

import pytest

from descent.pages import css_pruning


NAMES = ({"jupyter-wrapper", "jp-Cell", "jp-InputArea"}, {"cell-1"})


@pytest.mark.parametrize("selector, kept", [
    ("pre", True),
    (".jupyter-wrapper .jp-Cell", True),
    (".jupyter-wrapper .jp-Toolbar", False),
    ("#cell-1 .jp-InputArea", True),
    ("#cell-9", False),
    (".jp-Cell:not(.jp-mod-active)", True),        # :not() of an absent class still matches
    (":is(.jp-Toolbar, .jp-Cell) > pre", True),    # inside :is() not every name is needed
    ("[class*=bp3-intent-] .jp-Cell", True),
    ('a[href$=".jp-Toolbar"]', True),
    ("[data-md-color-scheme=slate] .md-typeset__scrollwrap", True),  # the theme's script adds md- classes
    (".jp-Cell .jp-Toolbar:hover", False),
    (".a\\:b", True),                             # escapes: kept when in doubt
])
def test_a_selector_is_kept_when_it_can_match_the_pages(selector, kept):
    assert css_pruning.selector_matches_names(selector, *NAMES) is kept


def test_pruning_keeps_rules_that_can_match_in_their_order_and_drops_the_rest():
    css = """@charset "utf-8";
.jp-Cell, .jp-Toolbar , .jp-InputArea { color: red }
.jp-Toolbar { color: blue }
@media print { .jp-Toolbar { display: none } }
@media screen and (min-width: 4320px) { .jp-Toolbar { width: 1px } .jp-Cell { width: 2px } }
@keyframes spin { to { transform: rotate(1turn) } }
:is(.jp-Cell, .x) { margin: 0 }
"""
    pruned = css_pruning.prune_css(css, *NAMES)
    assert pruned == (".jp-Cell,.jp-InputArea{color: red}\n"
                      "@media screen and (min-width: 4320px){\n.jp-Cell{width: 2px}\n}\n"
                      "@keyframes spin { to { transform: rotate(1turn) } }\n"
                      ":is(.jp-Cell, .x){margin: 0}\n")


def test_pruning_drops_custom_properties_nothing_reads():
    css = (".jupyter-wrapper { --jp-a: red; --jp-b: var(--jp-c); --jp-c: 1px; --jp-unread: 0;"
           " --md-theme: blue; --jp-chain: var(--jp-end); --jp-end: 2px; color: var(--jp-a) }\n"
           ".jp-Cell { border-width: var(--jp-b) }\n"
           ".jp-Toolbar { width: var(--jp-unread) }\n")  # dropped with its rule: no reader left
    pruned = css_pruning.prune_css(css, *NAMES, used_elsewhere={"--md-theme", "--jp-chain"})
    assert pruned == (".jupyter-wrapper{--jp-a: red;--jp-b: var(--jp-c);--jp-c: 1px;"
                      "--md-theme: blue;--jp-chain: var(--jp-end);--jp-end: 2px;"
                      "color: var(--jp-a);}\n"
                      ".jp-Cell{border-width: var(--jp-b);}\n")
    # Without the names read elsewhere, no custom property is touched.
    assert "--jp-unread: 0" in css_pruning.prune_css(css, *NAMES)
