"""The "Explore alpha" figures and tables render, fit their budgets and print computed numbers."""

import importlib
import re
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from descent.figure_build.registry import FIGURES
from descent.runs import studies
from descent.network import ALPHAS

OUTPUTS = {"learning-rate": "png", "learning-rate-table": "txt", "seed-variance": "png",
           "seed-variance-table": "txt"}


def module(slug):
    return importlib.import_module(f"descent.figures.{slug.replace('-', '_')}")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """slug -> (first render, second render), each module rendered twice into its own file."""
    out = tmp_path_factory.mktemp("explore-alpha")
    paths = {}
    for slug, extension in OUTPUTS.items():
        first, second = out / f"{slug}.{extension}", out / f"{slug}.again.{extension}"
        FIGURES[slug].render(first)
        FIGURES[slug].render(second)
        paths[slug] = first, second
    return paths


@pytest.mark.parametrize("slug", OUTPUTS)
def test_two_renders_are_byte_identical(rendered, slug):
    first, second = rendered[slug]
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize("slug", [s for s, e in OUTPUTS.items() if e == "png"])
def test_images_decode_at_the_promised_size(rendered, slug):
    path = rendered[slug][0]
    with Image.open(path) as image:
        image.load()
        assert image.format == "PNG"
        assert image.width >= 1200
        assert "Software" not in image.info
    assert path.stat().st_size <= 250_000


@pytest.mark.parametrize("slug", [s for s, e in OUTPUTS.items() if e == "txt"])
def test_tables_are_plain_utf8_text(rendered, slug):
    data = rendered[slug][0].read_bytes()
    text = data.decode("utf-8")
    assert text.endswith("\n") and not text.endswith("\n\n")
    assert "\r" not in text and "\t" not in text
    assert all(line == line.rstrip() for line in text.splitlines())
    assert not re.search(r"\d{4}-\d\d-\d\d", text)  # no dates


@pytest.mark.parametrize("slug", OUTPUTS)
def test_modules_have_a_plain_caption_and_stay_small(slug):
    source = Path(module(slug).__file__)
    caption = module(slug).__doc__.strip().splitlines()[0]
    assert 20 < len(caption) < 140 and caption.endswith(".")
    assert len(source.read_text().splitlines()) <= 200


def table_rows(text: str) -> list[list[str]]:
    """The cells of every Markdown table row (header and rule rows included)."""
    return [[cell.strip() for cell in line.strip("|").split("|")]
            for line in text.splitlines() if line.startswith("|")]


def test_tables_are_markdown_tables_that_fit_a_column(rendered):
    # Markdown, so that the page shows an HTML table rather than text that scrolls sideways.
    for slug in ("learning-rate-table", "seed-variance-table"):
        rows = table_rows(rendered[slug][0].read_text())
        assert rows and all(set(cell) <= set(":-") for cell in rows[1])
        assert max(len(cell) for row in rows for cell in row) < 60


@pytest.mark.parametrize("column, hidden", [(1, 4), (2, 32)])
def test_learning_rate_table_prints_the_computed_best_and_breakdown(rendered, column, hidden):
    text = rendered["learning-rate-table"][0].read_text()
    rows = {row[0]: row for row in table_rows(text)}
    found = studies.learning_rate(hidden)
    breakdown = studies.breakdown_alpha(found.alphas, found.errors)
    before = found.alphas < breakdown
    best_alpha, best_error = studies.best_alpha(found.alphas[before], found.errors[before])
    assert rows["best alpha"][column] == f"{best_alpha:.3g}"
    assert rows["its final error"][column] == f"{best_error:.3g}"
    assert rows["breakdown alpha"][column] == f"{breakdown:.3g}"
    assert rows["final error there"][column].startswith(f"{found.error_at(breakdown):.3g}, ")
    for alpha in ALPHAS:
        assert rows[f"{alpha:g}"][column] == f"{found.error_at(alpha):.3g}", alpha
    assert studies.BREAKDOWN_RULE in text
    lucky = [row for name, row in rows.items() if name.startswith("alphas from there up")][0]
    assert lucky[column].startswith(f"{len(found.lucky)} of ")
    for alpha, error in found.lucky:
        assert f"{alpha:.3g} ({error:.3g}" in lucky[column], alpha
    luckier = [alpha for alpha, error in found.lucky if error < best_error]
    assert lucky[column].count("lower than the best") == len(luckier)


def test_seed_variance_table_prints_the_computed_verdict(rendered):
    text = rendered["seed-variance-table"][0].read_text()
    found = studies.seed_variance(20, 4)
    verdict = studies.verdict(found)
    wins = studies.wins(found)
    assert wins.sum() >= len(found.seeds)  # every seed crowns at least one alpha
    assert verdict.wins == wins[ALPHAS.index(10.0)]
    assert (f"alpha 10 has the lowest final error in {verdict.wins} of {len(found.seeds)} seeds"
            in text)
    medians = np.median(found.final, axis=0)
    assert f"lowest median final error: alpha {ALPHAS[int(np.argmin(medians))]:g}" in text
    seed_one = ALPHAS[int(np.argmin(found.final[0]))]
    assert f"lowest final error at alpha {seed_one:g}:" in text
    rows = {row[0]: row for row in table_rows(text)}
    for i, alpha in enumerate(ALPHAS):
        row = rows[f"{alpha:g}"]
        assert row[1] == f"{medians[i]:.4g}"
        assert row[4] == f"{found.final[:, i].min():.4g}"
        assert row[5] == f"{found.final[:, i].max():.4g}"
        assert row[6] == str(wins[i])
