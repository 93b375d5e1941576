"""Numbers as the 2015 post printed them, and how many of their leading digits two printouts share."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable

ERROR_DIGITS = 12  # Python 2's str(float): 12 significant digits, trailing zeros dropped


def error(value: float) -> str:
    """A float as Python 2's str() printed it: the post's errors, and its alphas in its logs."""
    return "%.12g" % value


def weight(value: float) -> str:
    return "%.8f" % value  # numpy printed 8 decimals (it dropped trailing zeros; we keep them)


def count(value: float) -> str:
    return "%d" % value


def _digits(decimal: Decimal, width: int) -> tuple[int, ...]:
    digits = decimal.as_tuple().digits
    return digits + (0,) * (width - len(digits))  # "0.5" printed 0.500000000000


def shared_digits(a: str, b: str) -> int:
    """How many leading significant digits two printed numbers have in common (all of them
    when the printouts are equal; 0 when even the first digit, sign or magnitude differs)."""
    x, y = Decimal(a).normalize(), Decimal(b).normalize()
    width = max(len(x.as_tuple().digits), len(y.as_tuple().digits))
    if x == y:
        return width
    if x.is_signed() != y.is_signed() or x.adjusted() != y.adjusted():
        return 0
    shared = 0
    for p, q in zip(_digits(x, width), _digits(y, width)):
        if p != q:
            break
        shared += 1
    return shared


def fixed_digits(printouts: Iterable[str]) -> int | None:
    """The leading digits every printout shares; None when they are all the same printout.

    What all share is what each shares with the first; a printout equal to the first shares all
    of it and limits nothing (a short equal pair, "0.5" and "0.5", must not cut the count to 1).
    """
    printouts = list(printouts)
    first = printouts[0]
    others = [other for other in printouts[1:] if other != first]
    if not others:
        return None
    return min(shared_digits(first, other) for other in others)


def within(value: str, low: str, high: str) -> bool:
    """Whether a printed number lies between two others, as printed (inclusive)."""
    return Decimal(low) <= Decimal(value) <= Decimal(high)
