"""The "Explore alpha" figures and tables render, fit their budgets and print computed numbers."""

import importlib
import re
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from descent.build.registry import FIGURES
from descent.runs import studies
from descent.figures import learning_rate, seed_variance
from descent.logs import py2_str
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


@pytest.mark.parametrize("hidden", [4, 32])
def test_learning_rate_table_prints_the_computed_best_and_breakdown(rendered, hidden):
    text = rendered["learning-rate-table"][0].read_text()
    block = text.split(f"\n{hidden} hidden units\n")[1].split("\n\n")[0]
    found = studies.learning_rate(hidden)
    breakdown = studies.breakdown_alpha(found.alphas, found.errors)
    before = found.alphas < breakdown
    best_alpha, best_error = studies.best_alpha(found.alphas[before], found.errors[before])
    assert re.search(rf"best alpha +{re.escape(f'{best_alpha:g}')} +final error "
                     rf"{re.escape(py2_str(best_error))}$", block, re.M)
    assert re.search(rf"breakdown alpha +{re.escape(f'{breakdown:g}')} +final error "
                     rf"{re.escape(py2_str(found.error_at(breakdown)))} ", block, re.M)
    for alpha in ALPHAS:
        error = py2_str(found.error_at(alpha))
        assert re.search(rf"^ +{re.escape(f'{alpha:g}')} +{re.escape(error)}$", block, re.M), alpha
    assert studies.BREAKDOWN_RULE in text
    for alpha, error in found.lucky:
        assert re.search(rf"^ +alpha {re.escape(f'{alpha:g}')} +final error "
                         rf"{re.escape(py2_str(error))}", block, re.M), alpha
    luckier = [alpha for alpha, error in found.lucky if error < best_error]
    assert block.count("a lucky run among failures") == len(luckier)


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
    rows = {line.split()[0]: line.split() for line in text.splitlines()
            if line.split() and line.split()[0] in {f"{a:g}" for a in ALPHAS}}
    for i, alpha in enumerate(ALPHAS):
        row = rows[f"{alpha:g}"]
        assert row[1] == py2_str(medians[i])
        assert row[4] == py2_str(found.final[:, i].min())
        assert row[5] == py2_str(found.final[:, i].max())
        assert row[6] == str(wins[i])
