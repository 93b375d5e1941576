"""The alpha slider's page data names every frame of the registry, and the build wrote that fragment."""

import html
import json
import re

from descent.figures import alpha_slider
from descent.runs import descents as frame
from descent.figure_build.registry import FIGURES


def test_the_page_data_names_every_frame_of_the_registry():
    names = [f.path_name for f in FIGURES.values()
             if f.module_name == "figures.alpha_slider_frame" and not f.look]
    assert [entry["src"] for entry in alpha_slider.frames()] == names
    text = alpha_slider.fragment()
    data = json.loads(html.unescape(re.search(r'data-frames="([^"]*)"', text)[1]))
    assert data == alpha_slider.frames()
    default = data[frame.DEFAULT]
    assert f"![{default['alt']}](figures/{default['src']})" in text
    assert f'value="{frame.DEFAULT}"' in text and f'max="{len(names) - 1}"' in text
    assert re.search(r'class="alpha-slider__control" hidden>', text)  # shown by the script only


def test_the_fragment_is_what_the_build_wrote(built):
    out_dir = built[0]
    assert (out_dir / "alpha-slider.html").read_text(encoding="utf-8") == alpha_slider.fragment()
    sizes = {(out_dir / f.path_name).stat().st_size for f in FIGURES.values()
             if f.module_name == "figures.alpha_slider_frame" and not f.look}
    assert len(sizes) == 15  # fifteen different pictures, not one copied
