"""With SOURCE_DATE_EPOCH set, two clean builds of the site are byte-identical.

The second build runs in a fresh copy of the checkout (no notebook cache, so every notebook is
executed again, and from another directory) with nothing beside it, as GitHub's runner clones it,
so it also proves that the site builds from a plain clone. It reads the runs the session's build
computed (site_build.session_runs: a stored run is keyed by its source, so it is what the copy
would compute; the runs' own determinism is tested where they are computed). The one cause of
difference we found: reading a jupytext `.py` notebook gives each cell a random id (uuid4), which
nbconvert writes into the page. The hook numbers the cells by position, both in the executed
`.ipynb` (descent.pages.publish) and on the page (page_fixes.number_cells).
"""

import filecmp

from browsing import build_site, copy_checkout, in_copy
from site_build import session_runs


def files_of(site):
    return sorted(path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file())


def test_two_clean_builds_are_byte_identical(built_site, site_env, tmp_path):
    copy = copy_checkout(tmp_path / "checkout")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["checkout"]  # as a plain clone: alone
    second = tmp_path / "site"
    done = build_site(second, cwd=copy, env={**site_env, **in_copy(copy), **session_runs()})
    assert done.returncode == 0, done.stderr[-4000:]

    assert files_of(built_site) == files_of(second)
    differ = [name for name in files_of(built_site)
              if not filecmp.cmp(built_site / name, second / name, shallow=False)]
    assert differ == [], f"files that differ between two builds: {differ}"
