"""readings.order_readings: what "Checked against the post" reads off the candidate arithmetics.

The counts are held to blocks compared by hand and to the post's own numbers (readings.post_output,
as data); the study's matches to the runs it reads, recounted here; the one exp rounded the other
way to the post, all of whose numbers it then prints.
"""

from __future__ import annotations

import dataclasses

import pytest

from descent.readings import compare, order_readings, printed
from descent.runs import orders

pytestmark = pytest.mark.claims  # prose and pins held to the runs (the same bits on every machine)


def test_the_study_reads_each_candidate_s_runs():
    post = compare.post()
    found = {m.candidate: m for m in order_readings.matches()}
    assert list(found) == list(order_readings.LABELS)
    for name, arithmetic in (("2015", "2015"), ("numpy", "numpy")):
        results = compare.compare(post, compare.ours(arithmetic))
        assert (found[name].exact, found[name].total) == (sum(r.exact for r in results), 308)
    for name, m in found.items():
        blocks = order_readings.printed_blocks(name)
        chaotic = sum(a == b for block in order_readings.CHAOTIC
                      for a, b in zip(blocks[block], post[block]))
        assert (m.chaotic, m.chaotic_total) == (chaotic, 76), name
    sweep = orders.candidate_sweep("sequential", 4)
    blocks = order_readings.printed_blocks("sequential")
    assert blocks[("weights", 100.0)][0] == printed.weight(sweep.runs[5].synapse_0[0, 0])
    assert blocks[("counts", 1000.0)][-1] == printed.count(
        sweep.runs[6].synapse_1_direction_changes[-1, 0])


def test_the_candidate_runs_are_declared():
    names = {call.label for call in order_readings.candidate_runs()}
    assert {f"runs.orders.candidate_sweep({c!r}, {h})" for c in orders.TRAINED
            for h in (4, 32)} <= names
    assert "runs.sweeps.as_written_sweep(32)" in names and "runs.sweeps.article_sweep(4)" in names


def test_counts_over_all_blocks_or_the_chaotic_ones_and_the_fewest_shared_digits():
    results = [compare.Result("errors-4", 100.0, numbers=6, exact=4, digits=9),  # chaotic
               compare.Result("weights", 1000.0, numbers=16, exact=16, digits=None),  # chaotic
               compare.Result("errors-32", 10.0, numbers=6, exact=1, digits=7)]  # not chaotic
    assert order_readings.count(results) == (4 + 16 + 1, 6 + 16 + 6)
    assert order_readings.count(results, order_readings.CHAOTIC) == (4 + 16, 6 + 16)
    assert order_readings.fewest_digits(results) == 7
    assert order_readings.fewest_digits(results[1:2]) is None  # none differ


def test_differing_names_each_number_that_is_not_the_posts_with_its_shared_digits():
    post = compare.post()
    assert order_readings.differing(post) == []  # the post against itself
    # Alpha 10's error after 10 000 steps at 4 hidden units, which the post printed as
    # 0.00312938876301, and alpha 1's count of synapse_1[3]'s direction changes, printed as 1.
    errors, counts = list(post[("errors-4", 10.0)]), list(post[("counts", 1.0)])
    assert (errors[1], counts[15]) == ("0.00312938876301", "1")
    errors[1], counts[15] = "0.00312938876399", "2"
    changed = {**post, ("errors-4", 10.0): errors, ("counts", 1.0): counts}
    found = [dataclasses.astuple(d) for d in order_readings.differing(changed)]
    assert found == [("counts", 1.0, "s1 3", "2", "1", 0),  # in the post's order: alpha 1 first
                     ("errors-4", 10.0, "10000", "0.00312938876399", "0.00312938876301", 10)]


def test_with_one_exp_rounded_the_other_way_every_number_is_the_posts():
    """Only alpha 10's errors at 32 hidden units move, and they become the post's."""
    flipped, site, post = order_readings.flipped_blocks(), compare.ours(), compare.post()
    block = ("errors-32", orders.FLIP_ALPHA)
    assert [key for key in site if flipped[key] != site[key]] == [block]
    assert flipped[block][0] == site[block][0]  # the error before any step: no exp flipped yet
    assert flipped == post
    assert site[block][1:] != post[block][1:]


def test_exact_position():
    assert order_readings.exact_position(0.0) == 0.0  # exp(0) = 1 exactly
    # The measurement: 0.494 ulp above the lower double, 0.006 below the midpoint.
    assert 0.4939 < order_readings.exact_position(orders.FLIP_ARGUMENT) < 0.4940
