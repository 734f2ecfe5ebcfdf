"""Quotation scanning (`stance.extract.quotes`) on plain strings: no spaCy model, no parse.

All texts here are invented for the tests.
"""
from __future__ import annotations

import pytest

from stance.extract.quotes import Quote, classify_quotes, find_quotes, paragraph_index, paragraph_spans


def _quotes(text: str) -> list[Quote]:
    paragraphs = paragraph_spans(text)
    quotes = find_quotes(text, paragraphs)
    classify_quotes(text, quotes, paragraphs)
    return quotes


def _bodies(text: str) -> list[str]:
    return [text[q.start:q.end] for q in _quotes(text)]


def test_paragraph_spans_are_trimmed_non_empty_lines():
    text = "  Harbour toll to rise \n\n The plan is dead.\n"
    spans = paragraph_spans(text)
    assert spans == [(2, 22), (26, 43)]
    assert [text[s:e] for s, e in spans] == ["Harbour toll to rise", "The plan is dead."]
    assert paragraph_spans("") == [] and paragraph_spans(" \n\t\n") == []


def test_paragraph_index():
    starts = [2, 26]
    assert [paragraph_index(starts, pos) for pos in (0, 2, 25, 26, 100)] == [0, 0, 0, 1, 1]


@pytest.mark.parametrize("text, bodies", [
    ('"We will not back down," the mayor said.', ["We will not back down,"]),
    ("“Nobody asked the fishermen,” the union leader said.", ["Nobody asked the fishermen,"]),
    # typewriter marks count as one double mark
    ("``We will win,'' he said.", ["We will win,"]),
    # a quote opened with one kind of mark may close with another
    ("‘We are ready,” she said.", ["We are ready,"]),
    # single quotes nested in a double quote stay inside it
    ("\"He called it 'a disgrace' on Monday,\" she said.", ["He called it 'a disgrace' on Monday,"]),
    # apostrophes are not quotation marks
    ("Iraq's leaders back the Democrats' plan, and don't mind.", []),
    # the marks of a markup tag's attribute values are not quotation marks
    ('<tweet tweet-author="@ana" tweet-date="May 4,\n">The toll must go<tweet/>. "It will," she said.', ["It will,"]),
    # a '<' that opens no tag changes nothing
    ('Costs rose by < 5 percent. "It is fine," he said.', ["It is fine,"]),
])
def test_find_quotes(text, bodies):
    assert _bodies(text) == bodies


def test_quote_offsets_and_marks():
    text = '"We will not back down," the mayor said.'
    (q,) = _quotes(text)
    assert (q.open_pos, q.start, q.end, q.close_pos, q.opener) == (0, 1, 23, 23, '"')
    assert q.clause_initial and not q.title and not q.used


def test_unclosed_quote_ends_with_its_paragraph():
    text = 'He said: "We will open the reserves\nThe council met.'
    (q,) = _quotes(text)
    assert text[q.start:q.end] == "We will open the reserves" and q.close_pos is None


def test_unclosed_single_mark_is_kept_only_at_the_paragraph_start():
    assert _bodies("'The plan is dead, he said") == ["The plan is dead, he said"]
    assert _bodies("Critics say 'the plan is dead") == []


def test_quote_runs_over_paragraphs_when_the_next_one_reopens():
    text = '"The drought is the worst in decades.\n\n"We will open the reserves next week," she said.'
    (q,) = _quotes(text)
    assert text[q.start:q.end] == ('The drought is the worst in decades.\n\n'
                                   '"We will open the reserves next week,')


def test_classify_titles_and_clause_initial_quotes():
    (title,) = _quotes('The film "Dark Water" opened on Friday.')
    assert title.title and not title.clause_initial
    (words,) = _quotes('She called the plan "a historic step" for the region.')
    assert not words.title and not words.clause_initial
    (after_colon,) = _quotes('The minister said: "We will not pay."')
    assert after_colon.clause_initial and not after_colon.title
