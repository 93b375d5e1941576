"""Values of the follow-up's learning-rate curves: each rule's 36 alphas from the seed-1 start,
its best alpha and its cliff (descent.runs.race.alpha_range, as optimizer-alpha-range draws it)."""

from __future__ import annotations

import numpy as np

from ...runs import race
from . import common, formats

# The rules that forgive a wrong alpha most, as the page names them, in its order.
FORGIVING = ("RMSprop", "Adam", "AdaDelta")


def cliff(rule: str) -> float:
    """The alpha at which the rule's curve breaks down (the error jumps tenfold)."""
    return common.cliff(race.alpha_range(rule).breakdown, f"learning-rate curve of {rule}")


def span(rule: str) -> float:
    """How many factors of ten the alphas that end below the race's target span."""
    found = race.alpha_range(rule)
    good = found.alphas[found.errors < race.TARGET]
    if not len(good):
        raise ValueError(f"no alpha of {rule} ends below {race.TARGET}")
    return float(np.log10(good.max() / good.min()))


def forgiving_spans() -> str:
    """The spans of RMSprop, Adam and AdaDelta, rules that share one named together:
    "2.4 factors of ten for RMSprop, Adam and AdaDelta", or "2.6 factors of ten for RMSprop,
    2.4 for Adam and AdaDelta"."""
    groups: list[tuple[str, list[str]]] = []
    for rule in FORGIVING:
        text = formats.significant(span(rule))
        if groups and groups[-1][0] == text:
            groups[-1][1].append(rule)
        else:
            groups.append((text, [rule]))
    parts = [f"{text} for {formats.words(rules)}" for text, rules in groups]
    parts[0] = parts[0].replace(" for ", " factors of ten for ", 1)
    return ", ".join(parts)


def numbers() -> dict[str, str]:
    """The numbers the learning-rate curves' section names, by name."""
    return {
        "adam_cliff": formats.alpha(cliff("Adam")),
        "rmsprop_cliff": formats.alpha(cliff("RMSprop")),
        "momentum_cliff": formats.alpha(cliff("momentum")),
        "plain_cliff": formats.alpha(cliff("gradient descent")),
        # How many times earlier momentum's cliff comes than plain descent's.
        "momentum_earlier": formats.factor(cliff("gradient descent") / cliff("momentum")),
        "nesterov_cliff": formats.alpha(cliff("Nesterov")),
        "forgiving_spans": forgiving_spans(),
        "momentum_span": formats.significant(span("momentum")),
        "plain_span": formats.significant(span("gradient descent")),
        # AdaDelta's final error at alpha 1, the alpha it was proposed with.
        "adadelta_at_one": formats.significant(race.alpha_range("AdaDelta").error_at(1.0), 3),
        "adadelta_best": formats.alpha(race.alpha_range("AdaDelta").best[0]),
    }
