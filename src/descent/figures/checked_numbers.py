"""All of the post's printed numbers beside ours: one collapsible table per block, with the leading digits each pair shares."""

from __future__ import annotations

from ..readings import compare, printed
from ..network import ALPHAS
from ..runs import sweeps
from .tables import markdown

HEAD = ["#", "post", "ours", "digits"]  # short: the tables must fit a phone's column
SAME = "all"  # the digits cell of a number that matches to the last digit


def runs():
    return [sweeps.article_sweep.call(hidden) for hidden in (4, 32)]


def summary(kind: str, alpha: float, exact: int, numbers: int) -> str:
    """A block's one line, shown while its table is folded away."""
    return f"alpha {alpha:g}, {compare.NAMES[kind]}: {exact} of {numbers} match"


def rows(kind: str, theirs: list[str], ours: list[str]) -> list[list[str]]:
    table = [HEAD]
    for label, post, mine in zip(compare.labels(kind), theirs, ours):
        digits = SAME if post == mine else str(printed.shared_digits(mine, post))
        table.append([label, post, mine, digits])
    return table


def block(kind: str, alpha: float, theirs: list[str], ours: list[str]) -> list[str]:
    """One pymdownx.details block: the summary line, then the table indented under it."""
    exact = sum(post == mine for post, mine in zip(theirs, ours))
    table = markdown(rows(kind, theirs, ours), align="<>>>")
    return [f'??? note "{summary(kind, alpha, exact, len(theirs))}"', "",
            *(f"    {line}" for line in table), ""]


def text() -> str:
    post, ours = compare.post(), compare.ours()
    lines = []
    for alpha in ALPHAS:
        for kind in compare.KINDS:
            lines += block(kind, alpha, post[(kind, alpha)], ours[(kind, alpha)])
    return "\n".join(lines)
