"""Values of the follow-up's learning-rate curves: each rule's 36 alphas from the seed-1 start,
its best alpha and its cliff (descent.runs.race.alpha_range, as optimizer-alpha-range draws it)."""

from __future__ import annotations

import numpy as np

from ...runs import race
from . import formats, value

# The rules that forgive a wrong alpha most, as the page names them, in its order.
FORGIVING = ("RMSprop", "Adam", "AdaDelta")


def cliff(rule: str) -> float:
    """The alpha at which the rule's curve breaks down (the error jumps tenfold)."""
    found = race.alpha_range(rule)
    if found.breakdown is None:
        raise ValueError(f"the learning-rate curve of {rule} has no cliff to name")
    return float(found.breakdown)


def span(rule: str) -> float:
    """How many factors of ten the alphas that end below the race's target span."""
    found = race.alpha_range(rule)
    good = found.alphas[found.errors < race.TARGET]
    if not len(good):
        raise ValueError(f"no alpha of {rule} ends below {race.TARGET}")
    return float(np.log10(good.max() / good.min()))


@value
def adam_cliff() -> str:
    return formats.alpha(cliff("Adam"))


@value
def rmsprop_cliff() -> str:
    return formats.alpha(cliff("RMSprop"))


@value
def momentum_cliff() -> str:
    return formats.alpha(cliff("momentum"))


@value
def plain_cliff() -> str:
    return formats.alpha(cliff("gradient descent"))


@value
def momentum_earlier() -> str:
    """How many times earlier momentum's cliff comes than plain descent's."""
    return formats.factor(cliff("gradient descent") / cliff("momentum"))


@value
def nesterov_cliff() -> str:
    return formats.alpha(cliff("Nesterov"))


@value
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


@value
def momentum_span() -> str:
    return formats.significant(span("momentum"))


@value
def plain_span() -> str:
    return formats.significant(span("gradient descent"))


@value
def adadelta_at_one() -> str:
    """AdaDelta's final error at alpha 1, the alpha it was proposed with."""
    return formats.significant(race.alpha_range("AdaDelta").error_at(1.0), 3)


@value
def adadelta_best() -> str:
    return formats.alpha(race.alpha_range("AdaDelta").best[0])
