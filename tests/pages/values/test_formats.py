"""pages.values.formats: how the pages write a number, each case worked by hand."""

import json

import pytest

from descent.pages.values import formats


@pytest.mark.parametrize("n, written", [
    (9999, "9999"), (10_000, "10 000"), (60_000.0, "60 000"), (-12_345, "-12 345"), (7.9, "7")])
def test_count_keeps_thousands_apart_from_ten_thousand_on(n, written):
    assert formats.count(n) == written


def test_counts_of_a_whole():
    assert formats.of(16, 20) == "16 of 20"
    assert formats.all_of(20, 20, "seeds") == "all 20 seeds"
    assert formats.all_of(18, 20, "seeds") == "18 of the 20 seeds"
    assert formats.all_of(18, 20) == "18 of the 20"
    assert formats.span(10, 11) == "10–11" and formats.span(10, 10.6) == "10"
    # A median halfway between two counts is rounded as Python rounds: to the even one.
    assert formats.median_count(118.5) == "118" and formats.median_count(119.5) == "120"


@pytest.mark.parametrize("x, written", [
    (1000.0, "1000"), (10_000.0, "10000"), (39.81, "39.8"), (0.631, "0.631"), (0.001, "0.001")])
def test_an_alpha_has_three_significant_digits_and_no_exponent(x, written):
    assert formats.alpha(x) == written


def test_measured_numbers():
    assert formats.significant(0.0013456) == "0.0013"
    assert formats.significant(1.1e-6) == "1.1e-06"
    assert formats.significant(39.81, 3) == "39.8"
    assert formats.percent(0.038) == "3.8%"
    assert formats.share(0.2006) == "20.1%"
    assert formats.full(0.015625) == "0.015625" and formats.full(1 / 3) == "0.3333333333"


@pytest.mark.parametrize("x, written", [(2.5, "2.5"), (9.99, "10"), (200.0, "200"), (1234.0, "1200")])
def test_a_factor_is_two_significant_digits(x, written):
    assert formats.factor(x) == written


def test_about_keeps_one_significant_digit():
    assert formats.about(1984) == "2000"
    assert formats.about(14_900) == "10 000"


def test_an_error_is_written_as_the_posts_log_wrote_it():
    assert formats.logged(0.5) == "0.5"
    assert formats.logged(0.1 + 0.2) == "0.3"  # 0.30000000000000004 to 12 significant digits
    assert formats.logged(0.00496410031903) == "0.00496410031903"


def test_words_and_signs():
    assert formats.words(["a"]) == "a"
    assert formats.words(["a", "b"]) == "a and b"
    assert formats.words(["a", "b", "c"]) == "a, b and c"
    assert formats.minus("-1.6") == "\u22121.6"
    assert formats.step_factor(-1.6) == "\u22121.6"
    assert formats.step_factor(0.96296) == "0.963"
    assert formats.step_factor(0.0) == "0"


def test_data_for_a_script_reads_back_as_the_same_doubles():
    fields = {"alpha": 0.1 + 0.2, "steps": 60_000, "errors": [1 / 3, 2.0 ** -52]}
    text = formats.data(fields)
    assert " " not in text
    assert json.loads(text) == fields
