"""What "Checked against the post" says is what the runs computed.

The page names its counts as values and includes its tables from generated text
(figures.checked_table, checked_numbers, checked_orders). These tests hold those tables to the
post's data and our runs counted again here, and each qualitative sentence to the runs, the
nudged runs (descent.readings.spreads) or a hand calculation. Every run but today's numpy's is in the
post's 2015 arithmetic, the same bits on every machine; what the page says of today's numpy is
held to hold whatever numpy prints.
"""

from __future__ import annotations

import re
from decimal import Decimal

import numpy as np
import pytest

from descent.readings import compare, post_output, printed, spreads
from descent.pages import values
from descent.pages.values import formats
from descent.figures import checked_numbers, checked_orders, checked_table
from descent.network import ALPHAS, X, init_weights, sigmoid, y
from descent.readings import order_readings, sweep_readings
from descent.runs import orders, sweeps, ulp
from site_html import ROOT
from site_values import value

pytestmark = pytest.mark.claims  # prose and pins held to the runs (the same bits on every machine)

DOCS = ROOT / "docs"


def flat(name: str) -> str:
    return " ".join((DOCS / name).read_text(encoding="utf-8").split())


@pytest.fixture(scope="module")
def prose() -> str:
    return flat("checked-against-the-post.md")


@pytest.fixture(scope="module")
def fewest(ours):
    """Per block: the fewest leading digits every nudged run keeps (None: every digit)."""
    starts = spreads.blocks()
    return {block: spreads.fewest(spreads.spread(block, ours, starts).fixed) for block in ours}


def matching(post, ours, block) -> int:
    return sum(a == b for a, b in zip(post[block], ours[block]))


def test_counts_are_named_not_typed(prose):
    assert "**{{ checked.exact }} of the {{ checked.total }} printed numbers match" in prose
    assert "The post printed 308 numbers (counting once the errors its closer look repeats)" in prose
    # "the closer look also prints each alpha's six errors, but they are the sweep's 42 again,
    # digit for digit, so we count them once"
    assert ("the closer look also prints each alpha's six errors, but they are the sweep's 42 "
            "again, digit for digit, so we count them once") in prose
    repeated = 0
    for key, look in post_output.CLOSER_LOOK_HIDDEN_4.items():
        sweep = [post_output.SWEEP_HIDDEN_4[key][str(j)] for j in compare.STEPS]
        assert look["errors"] == sweep, key
        repeated += len(look["errors"])
    assert repeated == 42
    assert "six errors for each of the seven alphas, 42 numbers" in prose and 7 * 6 == 42
    assert "(12 weights) and `synapse_1` (4)" in prose and "224 numbers" in prose
    assert 7 * 2 * (12 + 4) == 224 and 42 + 224 + 42 == 308
    assert ("them with ours: in the site's arithmetic {{ checked.exact }} match to the last "
            "digit, on every computer.") in flat("index.md")
    assert "alpha 10's `{{ checked.best_error }}`, is the 0.0013 its text quotes" in flat(
        "part-5-improving-our-network.md")
    for name in ("checked-table.txt", "checked-numbers.txt", "checked-orders.txt"):
        assert f'--8<-- "{name}"' in prose


def test_the_opening_answers_in_short(post, ours, prose):
    assert ("does our package compute what the post computed? This page sets each number the "
            "post printed beside ours. **The answer, in short:** yes. All but "
            "{{ checked.differing_count }} of the numbers match to the last printed digit, and "
            "those {{ checked.differing_count }} are within one rounding of ours.") in prose
    differing = sum(a != b for block in post for a, b in zip(post[block], ours[block]))
    assert value("checked.differing_count") == str(differing)
    assert value("checked.flip_exact") == value("checked.total")  # one rounding flipped: all of them match


def test_why_a_digit_can_differ(prose):
    assert ("A computer stores every number as a *double*, about 16 significant digits") in prose
    assert np.finfo(np.float64).precision == 15 and np.finfo(np.float64).eps == 2.0 ** -52
    assert "one *ulp* (unit in the last place), about one part in 10<sup>16</sup>" in prose
    assert 1e-17 < np.spacing(1.5) / 1.5 < 1e-15
    assert "In most of the post's runs that stays far below the printed digits; in three runs" \
        in prose
    # the three: held by test_the_runs_split_cleanly


def test_the_count_is_the_matching_numbers_counted_again(post, ours):
    exact = sum(matching(post, ours, block) for block in post)
    assert value("checked.exact") == str(exact) and value("checked.total") == "308"


def test_the_table_per_alpha_and_block(post, ours):
    rows = [line.strip("|").split("|") for line in checked_table.text().splitlines()]
    assert [cell.strip() for cell in rows[0]] == ["alpha", "errors, 4 hidden", "errors, 32 hidden",
                                                  "weights", "direction counts"]
    body = {float(row[0]): [cell.strip() for cell in row[1:]] for row in rows[2:]}
    assert list(body) == list(ALPHAS)
    for alpha, cells in body.items():
        for kind, cell in zip(compare.KINDS, cells):
            block = (kind, alpha)
            exact, numbers = matching(post, ours, block), len(post[block])
            assert cell.startswith(f"{exact} of {numbers}"), (block, cell)
            differing = [printed.shared_digits(a, b) for a, b in zip(ours[block], post[block])
                         if a != b]
            assert (", the rest to" in cell) == bool(differing), (block, cell)
            if differing:
                assert cell.endswith(f"to {min(differing)} digit" + "s" * (min(differing) != 1))


def details(text: str) -> list[tuple[str, list[list[str]]]]:
    """Each collapsible block's summary line and its table rows (header and rule dropped)."""
    found = []
    for part in re.split(r"^\?\?\? note ", text, flags=re.MULTILINE)[1:]:
        head, *lines = part.splitlines()
        rows = [[cell.strip().strip("`") for cell in line.strip().strip("|").split("|")]
                for line in lines if line.startswith("    |")]
        found.append((head.strip('"'), rows[2:]))
    return found


def test_every_number_side_by_side_one_collapsible_table_per_block(post, ours):
    text = checked_numbers.text()
    found = details(text)
    assert len(found) == 28 and sum(len(rows) for _, rows in found) == 308
    blocks = [(kind, alpha) for alpha in ALPHAS for kind in compare.KINDS]
    data = {"errors-4": post_output.SWEEP_HIDDEN_4, "errors-32": post_output.SWEEP_HIDDEN_32}
    for (summary, rows), (kind, alpha) in zip(found, blocks):
        same = sum(row[3] == "all" for row in rows)
        assert summary == (f"alpha {alpha:g}, {compare.NAMES[kind]}: {same} of {len(rows)} match")
        assert same == matching(post, ours, (kind, alpha))
        for index, (label, theirs, mine, digits) in enumerate(rows):
            if kind in data:  # the post's column is the data as written (repr: its literal)
                assert label == str(compare.STEPS[index])
                assert Decimal(theirs) == Decimal(repr(data[kind]["%g" % alpha][label]))
            assert mine == ours[(kind, alpha)][index]
            assert digits == ("all" if mine == theirs else str(printed.shared_digits(mine, theirs)))
            # Narrow enough for a phone's column: four short cells.
            assert len(label + theirs + mine + digits) <= 42, (label, theirs, mine)
    assert "```" not in text  # the tables are Markdown, not a block of preformatted text


def unsettled_runs(post, fewest) -> set[tuple[float, int]]:
    """The runs (alpha, hidden units) some printed digit of which a one-ulp nudge moves."""
    return {(alpha, compare.HIDDEN[kind]) for kind, alpha in post if fewest[(kind, alpha)] is not None}


def test_the_numbers_that_differ_come_from_a_run_nudges_unsettle(post, ours, fewest, prose):
    assert "The numbers that differ come from {{ checked.differing_runs }}. They are the " \
           "[last five](#the-last-five-numbers)" in prose
    differing = {(alpha, compare.HIDDEN[kind]) for kind, alpha in post
                 if post[(kind, alpha)] != ours[(kind, alpha)]}
    assert differing <= unsettled_runs(post, fewest)  # only a run a single ulp unsettles
    assert sum(a != b for block in post for a, b in zip(post[block], ours[block])) == 5  # "five"
    assert value("checked.differing_count") == "5"
    named = value("checked.differing_runs")
    assert len(re.findall(r"alpha \S+ with \d+ hidden units", named)) == len(differing)
    for alpha, hidden in differing:
        assert f"alpha {alpha:g} with {hidden} hidden units" in named


def test_the_runs_split_cleanly(post, ours, fewest, prose):
    assert "In eleven of the fourteen, every printed digit survives all 40 nudges" in prose
    assert "In the other three a single ulp unsettles the printed digits" in prose
    unsettled = unsettled_runs(post, fewest)
    assert unsettled == {(100.0, 4), (1000.0, 4), (10.0, 32)}  # the three the page names
    assert 2 * len(ALPHAS) - len(unsettled) == 11  # "eleven of the fourteen"
    # "alphas 100 and 1000 with 4 hidden units match in full, alpha 10 with 32 in all but its
    # last five errors"
    assert ("alphas 100 and 1000 with 4 hidden units match in full, alpha 10 with 32 in all "
            "but its last five errors") in prose
    for kind in ("errors-4", "weights", "counts"):
        assert post[(kind, 100.0)] == ours[(kind, 100.0)] and post[(kind, 1000.0)] == ours[(kind, 1000.0)]
    late = [a != b for a, b in zip(post[("errors-32", 10.0)], ours[("errors-32", 10.0)])]
    assert late == [False] + [True] * 5
    # "Those three are the runs that tell one arithmetic from another": every other candidate
    # of the table, and every nudged start, misses some number of one of them
    assert "Those three are the runs that tell one arithmetic from another" in prose
    blocks = {block for block in post if (block[1], compare.HIDDEN[block[0]]) in unsettled}
    for candidate in ("sequential", "sequential-fma", "2-lanes"):
        found = order_readings.printed_blocks(candidate)
        assert any(found[block] != post[block] for block in blocks), candidate
    for start in spreads.blocks():
        assert any(start[block] != post[block] for block in blocks)


def test_the_first_error_is_the_untrained_network_s_and_matches_everywhere(post, ours, prose):
    assert "Each block of errors starts with the error before the first step" in prose
    for hidden in (4, 32):
        synapse_0, synapse_1 = init_weights(X.shape[1], hidden, seed=1)  # by hand: no step taken
        start = printed.error(np.mean(np.abs(y - sigmoid(sigmoid(X @ synapse_0) @ synapse_1))))
        for alpha in ALPHAS:
            assert post[(f"errors-{hidden}", alpha)][0] == ours[(f"errors-{hidden}", alpha)][0] \
                == start


def test_the_direction_counts_all_match(post, ours, prose):
    assert "The direction counts all match, including alpha 1000's." in prose
    # The two rules, both named; tests/readings/test_compare.py counts the zero gradients (none).
    assert "so the sign it tests is the sign of the step itself, which is the rule we use" in prose
    assert ("The other rule one might write, asking whether the *gradient* is above zero (the "
            "step points against it), counts the same changes: the two rules could only part "
            "ways on a gradient of exactly zero") in prose
    slope = np.array([-2.0, -0.5, 0.5, 3.0])  # nonzero gradients: the two rules flip together
    step = -slope
    assert np.array_equal(np.diff(step > 0), np.diff(slope > 0))
    zero = np.array([1.0, 0.0])  # a gradient that reaches exactly zero: only one rule flips
    assert not np.array_equal(np.diff(-zero > 0), np.diff(zero > 0))
    for alpha in ALPHAS:
        assert post[("counts", alpha)] == ours[("counts", alpha)], alpha


def test_the_best_error_is_alpha_10_s_and_the_one_the_post_quotes():
    runs = sweeps.article_sweep(4).runs
    best = min(runs, key=lambda run: run.errors[compare.STEPS[-1]])
    assert best.alpha == 10.0
    assert value("checked.best_error") == printed.error(best.errors[compare.STEPS[-1]])
    assert f"{float(value('checked.best_error')):.2g}" == "0.0013"  # Part 5's text quotes 0.0013


def test_nudge_claims(prose, ours, fewest):
    assert f"again from {ulp.NUDGES} starts" in prose and f"all {ulp.NUDGES + 1} runs" in prose
    assert "keeps {{ checked.nudged_digits_4_alpha_100 }} leading digits under every nudge, " \
           "alpha 10's with 32 hidden units only {{ checked.nudged_digits_32_alpha_10 }}" in prose
    kept_100, kept_10 = (int(value("checked.nudged_digits_4_alpha_100")),
                         int(value("checked.nudged_digits_32_alpha_10")))
    assert 0 < kept_10 < kept_100 < printed.ERROR_DIGITS  # "only"
    # "alpha 1000 with 4 hidden units prints 0.5 every time"
    starts = spreads.blocks()
    for computed in [ours, *starts]:
        assert set(computed[("errors-4", 1000.0)][1:]) == {"0.5"}
    assert "one of them does not keep even its first digit" in prose
    assert fewest[("weights", 1000.0)] == 0
    assert "every one of the post's 308 numbers lies within the range" in prose  # test_compare
    # "they still share at least the digits that survive every nudge, and many more"
    assert "at least the digits that survive every nudge, and many more" in prose
    for d in order_readings.differing():
        fixed = spreads.spread((d.kind, d.alpha), ours, starts).fixed
        assert d.digits >= fixed[compare.labels(d.kind).index(d.label)] + 5, d


def test_figure_alt_text(prose):
    assert ("below the dashed line (above it a spread reaches the printed digits) for alphas "
            "0.001 to 10 at 4 hidden units and 0.001 to 1 at 32, where every printed digit "
            "stays fixed") in prose
    small, fixed_small = sweep_readings.ulp_spreads(4)
    big, fixed_big = sweep_readings.ulp_spreads(32)
    assert np.all(small[:5] < sweep_readings.PRINTED) and np.all(big[:4] < sweep_readings.PRINTED)
    assert all(f is None for f in fixed_small[:5] + fixed_big[:4])
    assert ("about {{ checked.nudged_spread_4_alpha_100 }} for alpha 100 at 4 hidden units, "
            "digits fixed: {{ checked.nudged_digits_4_alpha_100 }}") in prose
    assert small[5] > sweep_readings.PRINTED and fixed_small[5] is not None
    assert value("checked.nudged_spread_4_alpha_100") == f"{small[5]:.1g}"
    assert ("about {{ checked.nudged_spread_32_alpha_10 }} for alpha 10 at 32 hidden units, "
            "digits fixed: {{ checked.nudged_digits_32_alpha_10 }}") in prose
    assert big[4] > sweep_readings.PRINTED and fixed_big[4] is not None
    assert "zero for the runs stuck at 0.5" in prose
    assert small[6] == big[5] == big[6] == 0


def test_the_page_fills_every_value():
    page = (DOCS / "checked-against-the-post.md").read_text(encoding="utf-8")
    filled = values.fill(page)
    assert "{{" not in filled and f"**{value('checked.exact')} of the 308 printed numbers" in filled


# --- "The result": today's numpy, beside the post's arithmetic -------------------------------

def test_today_s_numpy_count_is_counted_again_where_built(post, prose):
    assert ("On the computer that built this page ({{ checked.machine }}), today's NumPy running "
            "the post's sweep and closer-look code as written (seeded with `np.random.seed(1)`) "
            "matches **{{ checked.numpy_exact }} of the "
            "{{ checked.total }}**") in prose
    assert "`python -m descent compare --arithmetic numpy` prints yours" in prose
    written = compare.ours("numpy")
    assert value("checked.numpy_exact") == str(sum(matching(post, written, block) for block in post))
    assert f"NumPy {np.__version__}" in value("checked.machine")
    assert "numpy" in compare.ARITHMETICS  # what the command line's --arithmetic offers


# --- "How the post's arithmetic was found" ---------------------------------------------------

@pytest.fixture(scope="module")
def candidates(post):
    """Each candidate's printed blocks, and its matches with the post counted here again."""
    found = {}
    for name in order_readings.LABELS:
        blocks = order_readings.printed_blocks(name)
        chaotic = sum(matching(post, blocks, block) for block in order_readings.CHAOTIC)
        every = sum(matching(post, blocks, block) for block in post)
        found[name] = (blocks, chaotic, every)
    return found


def test_the_chaotic_numbers_are_76_by_hand(prose):
    # alphas 100 and 1000 at 4 hidden units: 6 errors, 16 weights and 16 counts each
    assert len(order_readings.CHAOTIC) == 6 and 2 * (6 + 16 + 16) == 76
    assert value("checked.chaotic_total") == "76"
    assert "alphas 100 and 1000 with 4 hidden units" in prose


def test_the_orders_table(candidates):
    rows = [[cell.strip() for cell in line.strip("|").split("|")]
            for line in checked_orders.text().splitlines()]
    assert rows[0] == ["arithmetic", "chaotic runs' numbers", "all numbers", "fewest digits shared"]
    body = rows[2:]
    assert [row[0] for row in body] == list(order_readings.LABELS.values())
    for row, (name, (blocks, chaotic, every)) in zip(body, candidates.items()):
        assert row[1] == f"{chaotic} of 76" and row[2] == f"{every} of 308", name
        post = compare.post()
        digits = [printed.shared_digits(a, b) for block in post
                  for a, b in zip(blocks[block], post[block]) if a != b]
        assert row[3] == (str(min(digits)) if digits else "-"), name
    # the site's own row is the page's count
    assert candidates["2015"][2] == int(value("checked.exact"))


def test_the_table_s_numbers_as_this_build_computed_them(candidates):
    """A regression pin (not an independent expectation): the counts measured when the study was
    written. Every row but today's numpy's is the same on every machine."""
    pins = {"sequential": (51, 278), "sequential-fma": (51, 278), "2-lanes": (76, 303),
            "2015": (76, 303)}
    for name, (chaotic, every) in pins.items():
        assert candidates[name][1:] == (chaotic, every), name


def test_the_fingerprint(post, candidates, prose):
    assert "none of the 40 one-ulp-nudged starts of that section prints more than " \
           "{{ checked.nudged_chaotic_most }} of their {{ checked.chaotic_total }} numbers" in prose
    most = max(sum(a == b for block in order_readings.CHAOTIC
                   for a, b in zip(start[block], post[block])) for start in spreads.blocks())
    assert value("checked.nudged_chaotic_most") == str(most) and most < 76
    # "The candidates that add every product's terms one after the other, with or without FMA,
    # miss some of the chaotic runs' numbers, and today's NumPy here prints N of them."
    assert "today's NumPy here prints {{ checked.numpy_chaotic }} of them" in prose
    for name in ("sequential", "sequential-fma"):
        assert candidates[name][1] < 76, name
    assert value("checked.numpy_chaotic") == str(candidates["numpy"][1])
    assert "The candidates that print all {{ checked.chaotic_total }} are " \
           "{{ checked.fingerprinted }}." in prose
    full = [order_readings.NAMES[name] for name, (_, chaotic, _) in candidates.items()
            if chaotic == 76]
    assert value("checked.fingerprinted") == formats.words(full)
    assert {"2-lanes", "2015"} <= {name for name, (_, chaotic, _) in candidates.items()
                                   if chaotic == 76}


def test_two_and_four_lanes_are_one_arithmetic_at_4_hidden_units(prose):
    assert ("With 4 hidden units, the two-lane and the four-lane candidates are the same "
            "arithmetic: both add the four products of `np.dot(layer_1, synapse_1)` as "
            "(1st + 3rd) + (2nd + 4th)") in prose
    two, four = orders.candidate_sweep("2-lanes", 4), sweeps.article_sweep(4)
    for a, b in zip(two.runs, four.runs):
        assert {j: a.errors[j] for j in compare.STEPS} == {j: b.errors[j] for j in compare.STEPS}
        assert np.array_equal(a.synapse_0, b.synapse_0) and np.array_equal(a.synapse_1, b.synapse_1)
        assert np.array_equal(a.synapse_0_direction_changes, b.synapse_0_direction_changes)


def test_the_32_hidden_sweep_parts_them(post, candidates, prose):
    assert ("while both miss the same five of its numbers, two lanes shares only "
            "{{ checked.two_lanes_digits }} leading digits with the post there, four lanes "
            "{{ checked.four_lanes_digits }}") in prose
    missed = {name: [(block, i) for block in post for i, (a, b)
                     in enumerate(zip(candidates[name][0][block], post[block])) if a != b]
              for name in ("2-lanes", "2015")}
    assert missed["2-lanes"] == missed["2015"] and len(missed["2015"]) == 5
    assert all(block == ("errors-32", 10.0) for block, _ in missed["2015"])

    def fewest(name):
        return min(printed.shared_digits(candidates[name][0][block][i], post[block][i])
                   for block, i in missed[name])

    assert value("checked.two_lanes_digits") == str(fewest("2-lanes"))
    assert value("checked.four_lanes_digits") == str(fewest("2015"))
    assert fewest("2-lanes") < fewest("2015")  # "only"


def test_the_fma_candidate_is_the_only_fused_one_and_adds_in_order(prose):
    assert ("It would fit a BLAS that does not fuse multiply-adds, as on the many processors of "
            "2015 without FMA instructions") in prose
    assert ("But the only fused candidate we tried adds every sum in order; we did not try lanes "
            "with FMA, so the fingerprint does not rule out a BLAS that fuses.") in prose
    fused = [name for name, ops in orders.TRAINED.items() if ops.fused]
    assert fused == ["sequential-fma"] and orders.TRAINED["sequential-fma"].lanes == 1


def test_the_order_of_a_sum_is_explained_once(prose):
    assert "Adding the same terms in another order can round differently" in prose
    assert "not associative" not in prose and prose.count("in another order") == 2
    assert ("changes a result by about an ulp ([above](#the-result))") in prose
    assert "the order of each sum can change its last bit ([above](#the-result))" in prose
    assert "## The result" in (DOCS / "checked-against-the-post.md").read_text(encoding="utf-8")


def test_the_candidates_are_what_the_page_says(prose):
    assert "term i goes to lane i mod 4 (or mod 2), each lane adds its terms in order, and the " \
           "lanes are added last, (lane 0 + lane 2) + (lane 1 + lane 3) for four" in prose
    assert orders.TRAINED["2-lanes"].lanes == 2 and orders.TRAINED["sequential"].lanes == 1
    assert orders.TRAINED["sequential-fma"].fused and not orders.TRAINED["2-lanes"].fused
    assert "the FMA candidate emulates one exactly, `descent.fused`" in prose  # tests/test_fused.py


# --- "The last five numbers" -----------------------------------------------------------------

def test_the_last_five(post, ours, prose):
    assert ("The five numbers that still differ are alpha 10's errors with 32 hidden units after "
            "10 000 to 50 000 steps. Each shares {{ checked.last_digits }} leading significant "
            "digits with the post's, and the post's are all a little higher, by at most "
            "{{ checked.last_relative }} of their size.") in prose
    last = order_readings.differing()
    assert [(d.kind, d.alpha, d.label) for d in last] == [
        ("errors-32", 10.0, str(j)) for j in (10_000, 20_000, 30_000, 40_000, 50_000)]
    digits = [printed.shared_digits(d.ours, d.post) for d in last]
    low, high = min(digits), max(digits)
    assert value("checked.last_digits") == (str(low) if low == high else f"{low}–{high}")
    assert all(Decimal(d.post) > Decimal(d.ours) for d in last)  # "all a little higher"
    relative = max(abs(Decimal(d.post) - Decimal(d.ours)) / Decimal(d.post) for d in last)
    assert float(value("checked.last_relative")) == pytest.approx(float(relative), rel=0.05)
    # "spread its error after 50 000 steps over about X of its size": far more than that
    spread = sweep_readings.ulp_spreads(32)[0][list(ALPHAS).index(10.0)]
    assert spread > 1e6 * float(relative)
    assert value("checked.nudged_spread_32_alpha_10") == f"{spread:.2g}"


def test_the_one_rounding(post, prose):
    flipped = orders.flipped()
    assert ("At step 104, for hidden unit 19 and the example [0, 1, 1] (steps and units counted "
            "from 0, as the post's loop and NumPy count them)") in prose
    assert (orders.FLIP_STEP, orders.FLIP_UNIT, orders.FLIP_ROW) == (104, 19, 1)
    # Counted from 0: the row, an index as the unit is, picks [0, 1, 1] only so; the step is the
    # count of the hidden layer's sigmoids before it (runs.orders._OneFlipped), the first at 0.
    assert X[1].tolist() == [0, 1, 1] and X[0].tolist() != [0, 1, 1]
    # The place the issue named (x = 0x1.46116c193e9ep-2) is the place the run met.
    assert flipped.argument == float.fromhex("0x1.46116c193e9ep-2")
    assert value("checked.flip_argument") == "0x1.46116c193e9e0p-2"
    # Its exact exp, by MPFR at 300 bits here, lies 0.494 ulp above the lower double.
    import gmpy2

    with gmpy2.context(gmpy2.get_context(), precision=300):
        true = gmpy2.exp(gmpy2.mpfr(flipped.argument))
        position = float((true - flipped.rounded) / (gmpy2.mpfr(flipped.other) - flipped.rounded))
    assert flipped.other == np.nextafter(flipped.rounded, np.inf)  # "Rounding that one value up"
    assert 0.49 < position < 0.5 and value("checked.flip_position") == f"{position:.3g}" == "0.494"
    assert value("checked.flip_margin") == f"{0.5 - position:.1g}" == "0.006"
    assert ("whose exact exponential lies {{ checked.flip_position }} ulp above the lower of the "
            "two doubles around it: {{ checked.flip_margin }} ulp short of the midpoint") in prose
    # "all N of the 308 numbers match", counted again
    blocks = dict(compare.ours())
    blocks[("errors-32", 10.0)] = [printed.error(flipped.errors[j]) for j in compare.STEPS]
    exact = sum(matching(post, blocks, block) for block in post)
    assert exact == 308 and value("checked.flip_exact") == "308"
    assert ("Rounding that one value up and training again, {{ checked.flip_exact }} of the "
            "{{ checked.total }} numbers match: all of them.") in prose
    # "one rounding out of the millions in the run": exp runs on 4 x (32 + 1) numbers a step
    assert 60_000 * 4 * (32 + 1) > 1_000_000
    assert "that is a fit with one free choice" in prose and "it is not evidence" in prose


# --- "Would my computer get the same?" -------------------------------------------------------

def test_only_today_s_numpy_is_the_machine_s(prose):
    assert "Yes, for everything on this site but today's NumPy's count" in prose
    assert "No BLAS kernel is involved, so nothing needs switching" in prose
    assert "OPENBLAS" not in prose  # no kernel to force: the page no longer tells how
