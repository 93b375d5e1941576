"""With SOURCE_DATE_EPOCH set, two clean builds of the site are identical, but for one known cause.

The second build runs in a fresh copy of the checkout (no notebook cache, so every notebook is
executed again, and from another directory). Known difference: mkdocs-jupyter reads each jupytext
`.py` notebook into nbformat, which gives every cell a random id (uuid4), and nbconvert writes it
into the page as `id="cell-id=<8 hex digits>"`. So the notebook pages differ in those ids, and in
nothing else; every other file must be byte-identical.
"""

import filecmp
import re

from browsing import build_site, copy_checkout, in_copy
from site_pages import notebook_pages

CELL_ID = re.compile(rb'id="cell-id=[0-9a-f-]+"')


def files_of(site):
    return sorted(path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file())


def test_two_builds_are_identical_but_for_notebook_cell_ids(built_site, tmp_path):
    copy = copy_checkout(tmp_path / "checkout")
    second = tmp_path / "site"
    done = build_site(second, cwd=copy, env=in_copy(copy))
    assert done.returncode == 0, done.stderr[-4000:]

    assert files_of(built_site) == files_of(second)
    differ = [name for name in files_of(built_site)
              if not filecmp.cmp(built_site / name, second / name, shallow=False)]
    notebooks = {f"{page}index.html" for page in notebook_pages()}
    assert set(differ) <= notebooks, f"files that differ between two builds: {differ}"
    for name in differ:
        first_bytes, second_bytes = (site.joinpath(name).read_bytes() for site in (built_site, second))
        assert CELL_ID.sub(b"", first_bytes) == CELL_ID.sub(b"", second_bytes), \
            f"{name} differs in more than its random notebook cell ids"
