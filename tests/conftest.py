"""The session's one site build, and the lanes of the suite, given by where a test lives and
what it needs, so that no new test can forget its marker.

- `site`: it asks for the built site (the `site_build` or `built_site` fixture, directly or
  through another fixture);
- `browser`: it lives under tests/browser/ or asks for chromium;
- `slow`: it renders the whole figure set (the `built` fixture) or the error
  plane's animation, or is named in SLOW below.

`make check` runs everything else: the edit loop's lane. `make test` runs all of it.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from site_build import REPO, SUBPATH, adopt_figures, build_site, stale_figures

TESTS = Path(__file__).resolve().parent

# Fixtures that mark a test that asks for them, directly or through another fixture.
NEEDS = {
    "site_build": "site", "built_site": "site",
    "browser": "browser", "chromium_executable": "browser",
    "built": "slow",  # tests/figures: the whole figure set, rendered cold
    "animations": "slow",  # tests/figures/test_screens.py: the error plane's 30 views, drawn
}
# Tests that need neither but take seconds each: a wheel built three times, figure builds
# interrupted in subprocesses, sweeps measured for their peak memory. By function name, so that moving a file keeps its mark.
SLOW = {
    "test_wheel_is_rebuilt_when_the_source_changes_and_only_then",
    "test_two_builds_of_the_real_wheel_are_byte_identical",
    "test_wheel_entries_carry_the_source_date_and_one_mode",
    "test_ctrl_c_on_the_whole_group_stops_at_once_and_leaves_no_temp_file",
    "test_ctrl_c_to_the_parent_alone_also_stops_the_workers",
    "test_a_closed_pipe_leaves_no_temp_file",
    "test_the_memory_estimate_is_above_the_measured_peak_and_not_far_from_it",
    "test_a_phone_image_is_704_px_wide_with_every_text_at_least_8_5_pt_and_inside",  # each image
    "test_no_text_of_a_laptop_image_reaches_past_its_card",  # each image
    # Seconds each (measured in make check's lane, most over 2 s): full-length training held
    # bit for bit, whole sweeps printed, figures drawn in every look, a notebook run to fail.
    "test_final_errors_are_the_article_loops_error_after_the_last_step_bitwise",
    "test_no_two_texts_overlap_and_end_labels_keep_apart",
    "test_default_sweep_prints_the_seven_article_blocks",
    "test_sweeps_reproduce_the_article_shape_of_results",
    "test_every_basin_has_its_own_fill",
    "test_pinned_at_half_means_every_hidden_unit_is_off",
    "test_closer_look_counts_changes_where_the_runs_stall_and_weights_grow_with_alpha",
    "test_the_exercises_open_the_lab_and_their_answers_hold",
    "test_failing_notebook_writes_nothing",
    "test_the_printed_digits_do_not_depend_on_how_the_sums_are_added",
    "test_the_clipping_bound_is_chosen_to_bite",
    "test_direction_rule_cannot_matter_at_alpha_1000",
    "test_each_start_costs_a_descent",
    "test_our_loop_in_numpys_arithmetic_is_the_scripts_loop_bit_for_bit",
    "test_the_printout_is_the_last_pass_of_the_loop_rounded_to_three_decimals",
    "test_plain_training_does_not_pull_units_together",
    "test_alpha_100s_outputs_are_the_seed_sweeps_seed_1",
}


def lanes(item: pytest.Item) -> set[str]:
    """The markers a collected test gets from its folder, its fixtures and its name."""
    in_browser = Path(str(item.path)).resolve().is_relative_to(TESTS / "browser")
    found = {"browser"} if in_browser else set()
    found |= {NEEDS[name] for name in getattr(item, "fixturenames", ()) if name in NEEDS}
    if getattr(item, "originalname", item.name) in SLOW:
        found.add("slow")
    return found


def pytest_collection_modifyitems(config, items):
    for item in items:
        for lane in sorted(lanes(item)):
            item.add_marker(lane)


@pytest.fixture()
def filelocks_taken(monkeypatch) -> list:
    """Every filelock lock acquired while the test runs, in order (tests/files/test_locks.py and the
    figure build's lock test check that it is filelock's lock, on the right file)."""
    import filelock

    taken = []
    acquire = filelock.BaseFileLock.acquire

    def spy(self, *args, **kwargs):
        taken.append(self)
        return acquire(self, *args, **kwargs)

    monkeypatch.setattr(filelock.BaseFileLock, "acquire", spy)
    return taken


@pytest.fixture(scope="session")
def post():
    """The post's printed numbers, as `descent.readings.compare` reads them."""
    from descent.readings import compare
    return compare.post()


@pytest.fixture(scope="session")
def ours():
    """The same numbers from our runs (in the post's arithmetic), read once per session."""
    from descent.readings import compare
    return compare.ours()


@pytest.fixture(scope="session")
def site_port() -> int:
    """A free port, chosen before the build: the site is built knowing the address it is served at."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def site_env(site_port) -> dict:
    """What the Pages workflow sets: the site's own address and its repository's."""
    return {"SITE_URL": f"http://127.0.0.1:{site_port}/{SUBPATH}/",
            "REPO_URL": "https://github.com/example/gradient-descent"}


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """A folder holding one full render of the figure set on every core (as `make figures` does),
    and the slugs that render drew: tests/figures read or copy it."""
    from descent.figure_build import rebuild
    from descent.figure_build.pool import default_jobs

    out_dir = tmp_path_factory.mktemp("figures")
    rendered = rebuild.build(out_dir=out_dir, jobs=default_jobs())
    return out_dir, rendered


@pytest.fixture(scope="session")
def site_build(request, tmp_path_factory, site_env) -> Path:
    """The one strict build of this checkout per session, placed at <root>/<SUBPATH>/ like a
    GitHub Pages project: tests/site reads it, tests/browser serves it.

    In a checkout whose figures/ is not current (a fresh clone, as CI has), the build would render
    the very set the figure tests render (`built`): it finds that render's outputs adopted instead
    of drawing them a second time. A current figures/ is used as it is."""
    figures = REPO / "figures"
    if stale_figures(figures):
        adopt_figures(request.getfixturevalue("built")[0], figures)
    site = tmp_path_factory.mktemp("www") / SUBPATH
    done = build_site(site, env=site_env)
    if done.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed (exit {done.returncode}):\n{done.stderr[-4000:]}")
    return site
