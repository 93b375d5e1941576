"""The basin histogram: its figure renders the same twice, its table prints the run's numbers, and
its width labels keep apart."""

import pytest
from PIL import Image

from descent.figures import basin_histogram, basin_histogram_table, style
from descent.runs import basins as runs_basins


def test_the_figure_renders_readable_small_and_identical_twice(tmp_path):
    first, second = tmp_path / "a.png", tmp_path / "b.png"
    basin_histogram.render(first)
    basin_histogram.render(second)
    with Image.open(first) as image:
        image.load()
        assert image.format == "PNG" and image.width >= 1200
        assert "Software" not in image.info
    assert first.stat().st_size <= 250_000
    assert first.read_bytes() == second.read_bytes()


def test_the_table_holds_the_functions_numbers():
    found = runs_basins.drop(10_000, 1)
    text = basin_histogram_table.text()
    assert text == basin_histogram_table.text(10_000, 1)
    assert text.endswith("\n") and not text.endswith("\n\n")
    # Markdown table rows: "| 1 | 1.0398 | ... |"; the basin cell "[a, b)" splits in two.
    rows = [line.replace("|", " ").split() for line in text.splitlines()
            if line.startswith("| ") and line[2:3].isdigit()]
    assert [int(row[0]) for row in rows] == [1, 2, 3, 4, 5]
    for index, row in enumerate(rows):
        numbers = [float(cell.strip("[,)")) for cell in row[1:]]
        expected = [found.minima[index], found.floors[index], found.edges[index],
                    found.edges[index + 1], found.widths[index], found.counts[index],
                    found.fractions[index], found.stderr[index], found.z[index]]
        assert numbers == pytest.approx(expected, abs=0.006)  # z is printed to 2 decimals
        assert numbers[:8] == pytest.approx(expected[:8], abs=5.1e-5)  # the rest to 4
        assert int(row[6]) == found.counts[index]
    deepest = found.deepest
    assert (f"Deepest valley: {deepest + 1}, floor at x = {found.minima[deepest]:.4f}" in text)
    assert f"{found.counts[deepest]} of {found.balls} balls" in text


@pytest.mark.parametrize("look", [style.LIGHT, style.PHONE], ids=["wide", "phone"])
def test_the_width_labels_of_narrow_neighbouring_basins_are_kept_apart(look):
    with style.drawing(look):
        fig, ax = style.pyplot().subplots(figsize=(look.width, 3), dpi=style.DPI)
        ax.set_xlim(0, 10)
        # Five labels as crowded as the narrow basins at the right can make them.
        labels = [ax.annotate("10.5%", (x, 1), (0, -6), textcoords="offset points",
                              ha="center", va="top", fontsize=10, fontweight="bold")
                  for x in (1, 7.6, 8.2, 8.9, 9.9)]
        basin_histogram._keep_apart(ax, labels)
        renderer = fig.canvas.get_renderer()
        boxes = [label.get_window_extent(renderer) for label in labels]
        style.pyplot().close(fig)
    assert all(left.x1 < right.x0 for left, right in zip(boxes[:-1], boxes[1:]))
    assert boxes[-1].x1 <= ax.transAxes.transform((1, 0))[0] + 0.5
    assert labels[0].xy[0] == 1  # a label with room is left where it was
