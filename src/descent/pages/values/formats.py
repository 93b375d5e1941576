"""How a number a run produced is written in prose: the one place values are formatted."""

from __future__ import annotations

import json
import math

from ...readings import printed


def count(n: int | float) -> str:
    """A whole number; thousands apart by a thin space, as the pages write 10 000."""
    n = int(n)
    return f"{n:,}".replace(",", " ") if abs(n) >= 10_000 else str(n)


def of(part: int | float, whole: int | float) -> str:
    """"16 of 20"."""
    return f"{count(part)} of {count(whole)}"


def significant(x: float, digits: int = 2) -> str:
    """A measured number to `digits` significant digits: 0.0013, 1.1e-06, 39.8."""
    return f"{x:.{digits}g}"


def alpha(x: float) -> str:
    """An alpha as the pages and tables write it: three significant digits, 39.8 or 0.631, and
    no exponent: 1000, not 1e+03."""
    text = f"{x:.3g}"
    return f"{float(text):.0f}" if "e+" in text else text


def percent(share: float, digits: int = 2) -> str:
    """A share as a percentage: 0.038 -> "3.8%"."""
    return f"{share * 100:.{digits}g}%"


def factor(x: float) -> str:
    """A ratio to one decimal when small, whole when large: 2.5, 200."""
    return f"{x:.2g}" if x < 10 else f"{round(x, -int(math.floor(math.log10(x))) + 1):.0f}"


def all_of(part: int | float, whole: int | float, things: str = "") -> str:
    """A count of things that may be all of them: "all 20 seeds", else "18 of the 20 seeds"."""
    said = f"all {count(whole)}" if int(part) == int(whole) else f"{count(part)} of the {count(whole)}"
    return f"{said} {things}" if things else said


def median_count(x: float) -> str:
    """A median of counts, which may fall halfway: rounded as the tables round it (118.5 -> 118)."""
    return count(round(x))


def about(x: float) -> str:
    """A rough whole number, to one significant digit, as a caption says "about 2000"."""
    return count(round(x, -int(math.floor(math.log10(x)))))


def share(x: float) -> str:
    """A share as the tables write it, a percentage to one decimal: 0.2006 -> "20.1%"."""
    return f"{x:.1%}"


def logged(x: float) -> str:
    """An error as the post's log printed it: Python 2's str(), 12 significant digits."""
    return printed.error(x)


def words(items: list[str]) -> str:
    """A list in prose: "a", "a and b", "a, b and c"."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def span(low: int | float, high: int | float) -> str:
    """A range of whole numbers, "10–11" (an en dash), or one number when both ends agree."""
    return count(low) if int(low) == int(high) else f"{count(low)}–{count(high)}"


def data(fields: dict) -> str:
    """Numbers handed to a page's script, as JSON: every float in its shortest form that reads
    back as the same double, so the script computes with the package's very bits."""
    return json.dumps(fields, separators=(",", ":"))


def minus(text: str) -> str:
    """A number's text with a true minus sign, as the pages write a negative: "−1.6"."""
    return text.replace("-", "\u2212")


def step_factor(r: float) -> str:
    """What one step multiplies a distance by, as the pages write it: −1.6, 0.963, 0."""
    return "0" if r == 0 else minus(f"{r:.3g}")


def full(x: float) -> str:
    """A number written out in full, to ten significant digits: 0.015625."""
    return f"{x:.10g}"
