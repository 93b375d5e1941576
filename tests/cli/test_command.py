"""cli.command, `python -m descent`: the sweep's log format, JSON and final error; `figures`'
list, its failures and unknown slugs; `compare`; bad input in one line with exit status 2."""

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from descent.cli.command import main
from descent.figure_build.registry import FIGURES

SRC = str(Path(__file__).resolve().parents[2] / "src")


def run(*args):
    env = dict(os.environ, PYTHONPATH=SRC)
    return subprocess.run([sys.executable, "-m", "descent", *args], capture_output=True,
                          text=True, env=env, timeout=120)


def test_default_sweep_prints_the_seven_article_blocks():
    result = run("sweep")
    assert result.returncode == 0, result.stderr
    blocks = result.stdout.strip().split("\n\n")
    assert [b.splitlines()[0] for b in blocks] == [
        f"Training With Alpha:{a}" for a in ("0.001", "0.01", "0.1", "1", "10", "100", "1000")]
    for block in blocks:
        lines = block.splitlines()[1:]
        # the article's lines, untouched, then the error of the trained network
        assert [line.split(" iterations:")[0] for line in lines] == [
            f"Error after {j}" for j in range(0, 60_000, 10_000)] + ["Final error after 60000"]
    assert blocks[0].splitlines()[1] == "Error after 0 iterations:0.496410031903"
    assert blocks[4].splitlines()[-2] == "Error after 50000 iterations:0.00131274062834"


def test_json_is_one_object_with_full_precision(capsys):
    assert main(["sweep", "--json", "--alphas", "0.5,2", "--iterations", "30", "--every", "10",
                 "--hidden", "3", "--seed", "4"]) == 0
    out = capsys.readouterr().out
    data = json.loads(out)
    assert out.count("\n") == 1
    assert (data["hidden"], data["seed"], data["iterations"]) == (3, 4, 30)
    assert [r["alpha"] for r in data["runs"]] == [0.5, 2.0]
    run0 = data["runs"][0]
    assert list(run0["errors"]) == ["0", "10", "20"]
    assert len(run0["synapse_0"]) == 3 and len(run0["synapse_0"][0]) == 3
    assert len(run0["synapse_1"]) == 3 and len(run0["synapse_1"][0]) == 1
    assert all(isinstance(c, int) for row in run0["synapse_0_direction_changes"] for c in row)
    assert len(run0["synapse_1_direction_changes"]) == 3
    # full precision: the JSON float round-trips to the exact value the engine computed
    from descent.runs import sweeps
    exact = sweeps.sweep([0.5], 3, 30, 10, 4).runs[0]
    assert run0["errors"]["20"] == exact.errors[20]
    assert run0["synapse_0"] == exact.synapse_0.tolist()


# The --json layout is a public format: these keys, in this order, whatever the package calls
# its quantities inside.
JSON_KEYS = ["hidden", "seed", "iterations", "runs"]
RUN_KEYS = ["alpha", "errors", "synapse_0", "synapse_1", "synapse_0_direction_changes",
            "synapse_1_direction_changes", "final_error"]


@pytest.mark.parametrize("arithmetic", ["2015", "numpy"])
def test_the_json_layout_keeps_its_keys(arithmetic, capsys):
    assert main(["sweep", "--json", "--alphas", "0.5,2", "--iterations", "30", "--every", "10",
                 "--arithmetic", arithmetic]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == JSON_KEYS
    assert [list(run) for run in data["runs"]] == [RUN_KEYS, RUN_KEYS]
    assert list(data["runs"][0]["errors"]) == ["0", "10", "20"]


def test_closer_look_prints_weights_and_direction_changes(capsys):
    assert main(["sweep", "--closer-look", "--alphas", "10", "--iterations", "100",
                 "--every", "50"]) == 0
    out = capsys.readouterr().out
    for heading in ("Training With Alpha:10", "Synapse 0", "Synapse 0 Update Direction Changes",
                    "Synapse 1", "Synapse 1 Update Direction Changes"):
        assert heading in out.splitlines()
    assert out.count("Error:") == 2


@pytest.mark.parametrize("args, words", [
    (["sweep", "--alphas", "0.1,0"], "alpha"),
    (["sweep", "--alphas", "-1"], "alpha"),
    (["sweep", "--alphas", "fast"], "fast"),
    (["sweep", "--alphas", "nan"], "alpha"),
    (["sweep", "--hidden", "0"], "--hidden"),
    (["sweep", "--hidden", "four"], "four"),
    (["sweep", "--iterations", "-5"], "--iterations"),
    (["sweep", "--every", "0"], "--every"),
    (["sweep", "--seed", "x"], "--seed"),
    (["sweep", "--bogus"], "--bogus"),
    (["sweep", "--json", "--closer-look"], "not allowed"),
    (["train"], "train"),
    ([], "command"),
])
def test_bad_input_is_one_clear_line_and_exit_status_2(args, words, capsys):
    assert main(args) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and words in lines[0] and "Traceback" not in captured.err


def test_bad_input_from_the_real_command_has_no_traceback():
    result = run("sweep", "--hidden", "-3")
    assert result.returncode == 2
    assert result.stderr.startswith("python -m descent: error:") and result.stderr.count("\n") == 1


def test_an_output_folder_that_is_a_file_is_one_line_not_a_traceback(tmp_path, capsys):
    not_a_folder = tmp_path / "figures"
    not_a_folder.write_text("precious")
    assert main(["figures", "bucket", "--out", str(not_a_folder)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err == f"python -m descent figures: error: {not_a_folder} is not a folder\n"
    assert not_a_folder.read_text() == "precious"


def test_running_out_of_memory_is_one_line(monkeypatch, capsys):
    from descent.runs import sweeps

    def too_big(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(sweeps, "sweep", too_big)  # the estimate let it start, then …
    assert main(["sweep", "--hidden", "4", "--iterations", "1000"]) == 1  # too short for progress
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not enough memory" in err


def test_a_reader_that_goes_away_ends_the_command_quietly():
    env = dict(os.environ, PYTHONPATH=SRC)
    process = subprocess.Popen([sys.executable, "-m", "descent", "figures", "--list"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    process.stdout.close()  # like `| head` exiting: closed long before the first line is written
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=120) == 1
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr, stderr


def test_the_final_error_is_the_error_after_the_last_update_bitwise():
    # The article's loop, run one step longer, prints the trained network's error as its last
    # "Error after" line; the CLI's final line must be that number, and nothing else changes.
    short = run("sweep", "--alphas", "0.5,10", "--iterations", "300", "--every", "100")
    longer = run("sweep", "--alphas", "0.5,10", "--iterations", "301", "--every", "100")
    for a, b in zip(short.stdout.split("\n\n"), longer.stdout.split("\n\n")):
        a, b = a.splitlines(), b.splitlines()
        assert a[:-1] == b[:-2]  # the article's lines are untouched
        assert a[-1] == "Final error after 300 iterations:" + b[-2].split(":")[1]
        assert b[-2].startswith("Error after 300 iterations:")


def test_one_iteration_prints_step_0_and_the_final_error(capsys):
    assert main(["sweep", "--alphas", "1", "--iterations", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines] == [
        "Training With Alpha", "Error after 0 iterations", "Final error after 1 iterations"]


def test_json_and_closer_look_carry_the_final_error(capsys):
    from descent import engine
    from descent.runs import sweeps as experiments
    args = ["--alphas", "0.5,2", "--iterations", "30", "--every", "10"]
    assert main(["sweep", "--json", *args]) == 0
    runs = json.loads(capsys.readouterr().out)["runs"]
    exact = experiments.sweep([0.5, 2.0], 4, 30, 10, 1)
    expected = engine.final_errors([r.synapse_0 for r in exact.runs],
                                   [r.synapse_1 for r in exact.runs]).tolist()
    assert [r["final_error"] for r in runs] == expected
    assert main(["sweep", "--closer-look", *args]) == 0
    assert capsys.readouterr().out.count("Final error after 30 iterations:") == 2


def test_the_figure_logs_keep_the_articles_format():
    from descent.readings import logs
    from descent.runs import sweeps as experiments
    sweep = experiments.sweep([0.5], 4, 20, 10)
    assert "Final" not in logs.sweep_log(sweep) + logs.closer_look_log(sweep)


@pytest.mark.parametrize("args, words", [
    (["sweep", "--alpha", "0.1"], "--alpha 0.1"),  # not quietly taken as --alphas
    (["sweep", "--hid", "8"], "--hid"),
    (["figures", "--fo"], "--fo"),
    (["sweep", "--alphas", "-inf"], "'-inf'"),  # a leading minus reaches the number's check
    (["sweep", "--alphas", "-1e3"], "'-1e3'"),
    (["sweep", "--alphas", "0.1,-2"], "'-2'"),
    (["sweep", "--hidden", "-3"], "got -3"),
    (["sweep", "--seed", "-1"], "got -1"),
    (["sweep", "--iterations", "-inf"], "'-inf'"),
    (["figures", "--jobs", "-2"], "got -2"),
    (["figures", "--out", ""], "empty"),
    (["figures", "--out", " "], "empty"),
])
def test_abbreviations_and_negative_values_are_one_line_and_exit_2(args, words, capsys):
    assert main(args) == 2
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert captured.out == "" and len(lines) == 1 and words in lines[0], captured.err
    assert "expected one argument" not in lines[0]


def test_every_option_that_takes_a_value_accepts_a_leading_minus():
    # join_values must know every such option, or `--new-option -1` is 'expected one argument'
    from descent.cli import arguments
    from descent.cli.command import build_parser
    commands = next(a for a in build_parser()._actions if a.choices and a.dest == "command")
    taking_values = {option for parser in commands.choices.values() for action in parser._actions
                     if action.nargs is None and action.option_strings
                     for option in action.option_strings}
    assert taking_values == arguments.VALUE_OPTIONS


def test_compare_in_the_posts_arithmetic_matches_303_of_308():
    # 303: the count the search over summation orders found for the recovered order
    # with a correctly rounded exp (every number but alpha 10's five at 32 hidden units).
    done = run("compare", "--arithmetic", "2015")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "303 of 308 printed numbers match to the last digit"
    assert run("compare").stdout == done.stdout  # 2015 is the default: the site's arithmetic


def test_the_machines_numpy_is_the_posts_code_as_written(capsys):
    from descent.readings import compare

    assert main(["sweep", "--arithmetic", "numpy", "--iterations", "1", "--alphas", "10"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == ["Training With Alpha:10", "Error after 0 iterations:0.496410031903"]
    done = run("compare", "--arithmetic", "numpy")
    assert done.returncode == 0, done.stderr
    here = sum(r.exact for r in compare.compare(compare.post(), compare.ours("numpy")))
    assert done.stdout.splitlines()[-1] == f"{here} of 308 printed numbers match to the last digit"


@pytest.mark.parametrize("command", ["sweep", "compare"])
def test_an_unknown_arithmetic_is_one_line_and_exit_2(command):
    done = run(command, "--arithmetic", "1990")
    assert done.returncode == 2 and done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1 and "2015" in done.stderr


def test_cli_reports_a_failure_in_one_line_with_status_1(monkeypatch, capsys, tmp_path):
    monkeypatch.setattr(FIGURES["divergence"].module, "render", lambda path: 1 / 0)
    status = main(["figures", "divergence", "--force", "--out", str(tmp_path)])
    error = capsys.readouterr().err
    assert status == 1
    assert error.count("\n") == 1 and "'divergence'" in error and "Traceback" not in error


def test_cli_rejects_an_unknown_slug_with_status_2(tmp_path):
    result = run("figures", "no-such-figure", "--out", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "no-such-figure" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_cli_lists_every_figure_with_its_state(built, capsys):
    assert main(["figures", "--list", "--out", str(built[0])]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == list(FIGURES)
    assert all(line.split()[2] == "ok" for line in lines)


def test_the_list_names_a_figure_module_that_cannot_be_imported_and_lists_the_rest(
        tmp_path, monkeypatch, capsys):
    # Fresh entries for the module's looks (none has imported it yet), whose import Python refuses.
    broken = [slug for slug, figure in FIGURES.items() if figure.module_name == "figures.divergence"]
    for slug in broken:
        monkeypatch.setitem(FIGURES, slug, dataclasses.replace(FIGURES[slug]))
    monkeypatch.setitem(sys.modules, "descent.figures.divergence", None)
    assert main(["figures", "--list", "--out", str(tmp_path)]) == 0
    lines = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()}
    assert list(lines) == list(FIGURES)
    assert [slug for slug, line in lines.items() if "cannot import" in line] == broken
    assert lines["divergence"].endswith("cannot import figures.divergence: ModuleNotFoundError: "
                                        "import of descent.figures.divergence halted; None in "
                                        "sys.modules")


def test_an_os_error_naming_a_file_is_one_line_naming_it(monkeypatch, capsys):
    from descent.cli import command

    def folder_gone(args):  # e.g. the output folder removed while the build runs
        raise FileNotFoundError(2, "No such file or directory", "/gone/figures/bucket.png")

    monkeypatch.setattr(command, "_figures", folder_gone)
    assert main(["figures"]) == 1
    assert capsys.readouterr().err == ("python -m descent figures: error: "
                                       "No such file or directory: /gone/figures/bucket.png\n")
