"""html_rewrite: pages as tokens that keep their bytes; attributes read as the standard library
reads them, edited one at a time."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from descent.pages.html_rewrite import element_end, joined, rewrite, tokens

PAGES = [
    "",
    "plain text, no tags",
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>T &amp; t</title></head>'
    '<body class="x">\n<p>a < b &lt; c &</p><br/><img src=a.png ALT=\'x\'>\r\n</body></html>',
    "<IMG Src=../figures/a.png Alt='It&#39;s &quot;it&quot;' data-x CLASS = \"a  b\"/>",
    '<script>if (a<b && c>d) { s = "<img src=q>"; }</script><style>p>a{color:red}</style>',
    "<!-- <img src=x> --><![CDATA[x]]><?pi?><p>unclosed <b>tags",
    "<p>stray </> and </ p> end tags</p><div\nclass=\"a\"\n>multi\nline</div>",
    "<svg viewBox='0 0 1 1'><path d=\"M0 0\"/></svg><a href=/x/>slash</a>",
    "<p>an open <script>never closed",
]


class Stdlib(HTMLParser):
    """What the standard library's parser says each start tag's attributes are."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, [(name, value or "") for name, value in attrs]))

    handle_startendtag = handle_starttag


@pytest.mark.parametrize("page", PAGES)
def test_the_tokens_joined_are_the_page_byte_for_byte(page):
    assert joined(tokens(page)) == page
    assert rewrite(page) == page


@pytest.mark.parametrize("page", PAGES)
def test_attributes_are_what_the_standard_library_reads(page):
    stdlib = Stdlib()
    stdlib.feed(page)
    stdlib.close()
    ours = [(token.name, [(found.name, found.value) for found in token.attributes])
            for token in tokens(page) if token.kind == "start"]
    assert ours == stdlib.tags


def test_script_and_style_content_is_text_not_tags():
    found = tokens(PAGES[4])
    assert [token.kind for token in found] == ["start", "text", "end"] * 2
    assert [token.name for token in found if token.kind == "start"] == ["script", "style"]


def test_an_attribute_is_read_in_any_order_case_and_quoting():
    for tag in ('<IMG ALT="a" SRC="x.png">', "<img src='x.png' alt='a'>", "<img src=x.png alt=a>",
                '<img\n  data-y = "1"\tSrc = x.png   alt="a" />'):
        (token,) = tokens(tag)
        assert token.is_start("img") and token.get("src") == "x.png" and token.get("alt") == "a"
        assert token.get("title") is None and not token.has("title")


def set_on(tag: str, *args, **kwargs) -> str:
    (token,) = tokens(tag)
    token.set(*args, **kwargs)
    return token.text


def test_set_adds_an_attribute_last_or_after_another_and_keeps_the_rest_as_written():
    assert set_on("<img SRC='a.png' data-x=1>", "width", "2") == "<img SRC='a.png' data-x=1 width=\"2\">"
    assert set_on("<img src=a.png/>", "width", "2") == '<img src=a.png/ width="2">'  # "a.png/"
    assert set_on('<img src="a.png"/>', "width", "2") == '<img src="a.png" width="2" />'
    assert set_on('<img src="a.png"  >', "width", "2") == '<img src="a.png" width="2">'
    assert set_on("<br>", "class", "x") == '<br class="x">'
    assert set_on("<div CLASS=a role=dialog>", "aria-label", "S", after="class") == \
        '<div CLASS=a aria-label="S" role=dialog>'
    assert set_on("<div role=dialog>", "aria-label", "S", after="class") == \
        '<div role=dialog aria-label="S">'


def test_set_replaces_a_value_in_place_and_escapes_it():
    assert set_on("<img ALT='x' src=a>", "alt", 'say "a" & <b>') == \
        '<img ALT="say &quot;a&quot; &amp; &lt;b&gt;" src=a>'
    assert set_on("<img alt=x src=a>", "alt", "x") == "<img alt=x src=a>"  # the same: untouched


def test_remove_takes_every_copy_and_the_space_before_it():
    (token,) = tokens("<a  DATA-MD-COMPONENT='source' href=x data-md-component=source>")
    token.remove("data-md-component")
    assert token.text == "<a href=x>"


def test_element_end_counts_nested_tags_of_the_same_name():
    found = tokens("<div><div></div><p></p></div><div></div>")
    assert element_end(found, 0) == 5 and element_end(found, 1) == 2
    assert element_end(tokens("<div>never closed"), 0) == 0
