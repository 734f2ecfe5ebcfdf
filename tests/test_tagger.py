"""The learned attribution tagger: training labels, BIO decoding, linking tagged spans into
statements, and a tiny random tagger trained, saved, loaded and used by `extract`."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from stance.extract import extract, extract_many
from stance.extract.assemble import statements_of
from stance.extract.learned import tagged_candidates
from stance.extract.tagger import TaggedSpan, bio_path, decode, windows
from stance.openvino_int8 import available as openvino_available
from stance.research.attribution_eval import read_brat
from stance.research.attribution_tagger import TAGS, char_tags, token_labels, train_tagger
from stance.storage import load_tagger

from conftest import POLNEAR_ANN as ANN, POLNEAR_TEXT as TEXT


@pytest.fixture(scope="module")
def nlp():
    from stance.extract import load_nlp

    return load_nlp()


def test_char_tags_keep_the_inner_attribution_on_top():
    kind, ident = char_tags(TEXT, read_brat(ANN))
    types = {1: "Source", 2: "Cue", 3: "Content"}
    assert types[kind[TEXT.index("voters")]] == "Source"
    assert types[kind[TEXT.index("fear")]] == "Cue"
    assert types[kind[TEXT.index("toll")]] == "Content"
    # the outer content keeps its own first word; the inner content is a span of its own
    assert types[kind[TEXT.index("that")]] == "Content"
    assert ident[TEXT.index("that")] != ident[TEXT.index("toll")]
    assert kind[TEXT.index(".")] == 0


def testtoken_labels_start_each_span_with_b():
    kind, ident = char_tags(TEXT, read_brat(ANN))
    words = [(m.start(), m.end()) for m in __import__("re").finditer(r"\w+|\S", TEXT)]
    labels = [TAGS[i] for i in token_labels(words, kind, ident)]
    by_word = dict(zip([TEXT[s:e] for s, e in words], labels))
    assert by_word["The"] == "B-Source" and by_word["mayor"] == "I-Source"
    assert by_word["said"] == "B-Cue"
    assert by_word["voters"] == "B-Source" and by_word["fear"] == "B-Cue"
    assert by_word["the"] == "B-Content" and by_word["rise"] == "I-Content"
    assert by_word["Polls"] == "B-Source" and by_word["show"] == "B-Cue"
    assert by_word["popular"] == "I-Content"


@pytest.mark.parametrize("n, size, stride", [(5, 10, 2), (10, 10, 2), (25, 10, 2), (100, 30, 8)])
def test_windows_cover_every_token(n, size, stride):
    spans = windows(n, size, stride)
    covered = set()
    for s, e in spans:
        assert e - s <= size
        covered |= set(range(s, e))
    assert covered == set(range(n))
    assert all(b[0] < a[1] for a, b in zip(spans, spans[1:]))  # consecutive windows overlap


def _onehot(tags):
    probs = np.zeros((len(tags), len(TAGS)), dtype=np.float32)
    for i, t in enumerate(tags):
        probs[i, TAGS.index(t)] = 1.0
    return probs


def test_decode_joins_word_pieces_and_widens_to_words():
    text = "Officials believe the deal failed."
    # word pieces: Officials | believe | the | de ##al | failed | .
    offsets = [(0, 9), (10, 17), (18, 21), (22, 24), (24, 26), (27, 33), (33, 34)]
    tags = ["B-Source", "B-Cue", "B-Content", "I-Content", "B-Content", "I-Content", "O"]
    spans = decode(text, offsets, _onehot(tags), TAGS)
    assert [(s.kind, text[s.start:s.end]) for s in spans] == [
        ("Source", "Officials"), ("Cue", "believe"), ("Content", "the deal failed")]
    # a piece tagged mid-word is widened to the whole word
    spans = decode(text, [(23, 26)], _onehot(["B-Source"]), TAGS)
    assert text[spans[0].start:spans[0].end] == "deal"
    assert decode(text, [], np.zeros((0, len(TAGS))), TAGS) == []


DEAL = "Officials believe the deal failed."
DEAL_OFFSETS = [(0, 9), (10, 17), (18, 21), (22, 26), (27, 33)]


def _deal_probs(**deal):
    """One-hot tags for DEAL (source, cue, content), with the word 'deal' given ``deal``
    (tag -> probability) instead."""
    probs = _onehot(["B-Source", "B-Cue", "B-Content", "I-Content", "I-Content"])
    probs[3] = 0.0
    for tag, p in deal.items():
        probs[3, TAGS.index(tag.replace("_", "-"))] = p
    return probs


def test_outside_weight_lets_a_word_join_a_span_on_less_evidence():
    text, offsets = DEAL, DEAL_OFFSETS
    probs = _deal_probs(O=0.55, I_Content=0.45)
    split = decode(text, offsets, probs, TAGS)
    joined = decode(text, offsets, probs, TAGS, outside_weight=0.5)
    assert [text[s.start:s.end] for s in split if s.kind == "Content"] == ["the", "failed"]
    assert [text[s.start:s.end] for s in joined if s.kind == "Content"] == ["the deal failed"]
    assert probs[3, TAGS.index("O")] == np.float32(0.55)  # the caller's array is left alone


def test_constrained_decoding_keeps_a_span_whole_where_one_piece_disagrees():
    text, offsets = DEAL, DEAL_OFFSETS
    # 'deal': I-Source 0.5, I-Content 0.45; an I-Source cannot follow a Content tag
    probs = _deal_probs(I_Source=0.5, I_Content=0.45, O=0.05)
    each = decode(text, offsets, probs, TAGS)
    together = decode(text, offsets, probs, TAGS, constrained=True)
    assert [(s.kind, text[s.start:s.end]) for s in each][2:] == [
        ("Content", "the"), ("Source", "deal"), ("Content", "failed")]
    assert [(s.kind, text[s.start:s.end]) for s in together] == [
        ("Source", "Officials"), ("Cue", "believe"), ("Content", "the deal failed")]
    # a sequence may not open with an I tag: the first piece becomes a B
    assert bio_path(_onehot(["I-Cue", "I-Cue"]) * 0.9 + 0.1 / len(TAGS), TAGS)[0] != TAGS.index("I-Cue")


def _span(text, kind, words, score=0.9):
    start = text.index(words)
    return TaggedSpan(kind, start, start + len(words), score)


@pytest.mark.parametrize("text, source, cue, content, speaker, kind", [
    ("Many economists fear that the tariffs will raise prices.",
     "Many economists", "fear", "the tariffs will raise prices", "Many economists", "belief"),
    ("A new poll shows that support for the bridge toll has collapsed.",
     "A new poll", "shows", "support for the bridge toll has collapsed", "A new poll", "document"),
    ("Councillor Dana Whitfield's claim that the budget is balanced drew laughter.",
     "Councillor Dana Whitfield's", "claim", "the budget is balanced", "Dana Whitfield", "indirect"),
])
def test_tagged_spans_become_statements(nlp, text, source, cue, content, speaker, kind):
    from stance.extract.article import Article

    spans = [_span(text, "Source", source), _span(text, "Cue", cue), _span(text, "Content", content)]
    stmts = statements_of(nlp(text), spans, rules=False)
    assert len(stmts) == 1
    s = stmts[0]
    assert (s.text, s.cue, s.speaker, s.kind) == (content, cue, speaker, kind)
    assert text[s.start:s.end] == s.text and text[s.cue_start:s.cue_end] == cue
    # low-confidence spans and contents without any cue nearby are left out
    weak = [_span(text, "Cue", cue, 0.2), _span(text, "Content", content)]
    assert tagged_candidates(Article(nlp(text)), weak, []) == []


def test_tagger_adds_only_what_the_rules_miss(nlp):
    text = 'The plan is dead, the mayor said. Voters fear that the toll will rise.'
    rules = extract(text, nlp=nlp, tagger=None)
    spans = [_span(text, "Content", "The plan is dead"), _span(text, "Cue", "said"),
             _span(text, "Source", "Voters"), _span(text, "Cue", "fear"),
             _span(text, "Content", "the toll will rise")]
    both = statements_of(nlp(text), spans)
    assert [s.text for s in rules] == ["The plan is dead"]
    assert [s.text for s in both] == ["The plan is dead", "the toll will rise"]
    assert both[0] == rules[0]
    assert both[1].kind == "belief" and both[1].speaker == "Voters"


def test_a_claim_nouns_rule_reading_stands_against_a_longer_tagged_one(nlp):
    """Where the rules read a claim noun ("the mayor's claim that ..."), a tagged content with the
    same cue that runs on past the clause into the sentence's verb, or takes in the owner, is left
    out; the rules' statement is kept (session 55)."""
    text = "Mayor Ann Ortiz's claim that the budget was balanced was disputed by auditors."
    rules = extract(text, nlp=nlp, tagger=None)
    assert [(s.speaker, s.cue, s.text) for s in rules] == [("Ann Ortiz", "claim", "the budget was balanced")]
    run_on = [_span(text, "Cue", "claim"), _span(text, "Content", "the budget was balanced was disputed by auditors")]
    owner = [_span(text, "Cue", "claim"), _span(text, "Content", "Mayor Ann Ortiz's")]
    for spans in (run_on, owner):
        assert statements_of(nlp(text), spans) == rules


def test_a_tagged_content_that_is_the_rules_speaker_is_left_out(nlp):
    """Where the rules read a cue ('drew criticism from the union'), a tagged content with the same
    cue that overlaps the rules' speaker is a misreading: content and source of one attribution do not
    overlap (session 61)."""
    text = "Senator Ada Price's bill has drawn criticism from teachers' unions."
    rules = extract(text, nlp=nlp, tagger=None)
    assert [(s.speaker, s.cue, s.text) for s in rules] == [
        ("teachers' unions", "has drawn criticism from", "Senator Ada Price's bill")]
    spans = [_span(text, "Cue", "drawn criticism"), _span(text, "Content", "teachers' unions")]
    assert statements_of(nlp(text), spans) == rules


@pytest.fixture(scope="module")
def tiny_tagger(tiny_base, tiny_polnear, tmp_path_factory):
    out = tmp_path_factory.mktemp("tagger") / "tagger"
    return train_tagger(tiny_polnear, out, base=tiny_base, epochs=2, batch_size=2, max_length=16, stride=4)


def test_trained_tagger_saves_loads_and_extends_the_rules(tiny_tagger, tiny_polnear, nlp):
    import json

    config = json.loads((tiny_tagger / "config.json").read_text())
    assert [config["id2label"][str(i)] for i in range(len(TAGS))] == list(TAGS)
    assert (tiny_tagger / "README.md").read_text().startswith("# stance attribution tagger")
    tagger = load_tagger(tiny_tagger)
    spans = tagger.spans(TEXT)
    assert all(0 <= s.start < s.end <= len(TEXT) and s.kind in ("Source", "Cue", "Content") for s in spans)
    rules = extract(TEXT, nlp=nlp, tagger=None)
    both = extract(TEXT, nlp=nlp, tagger=tagger)
    assert set(rules) <= set(both)
    assert load_tagger(tiny_tagger) is tagger  # loaded once

    from stance.research.attribution_eval import evaluate_extraction

    report = evaluate_extraction(tiny_polnear, split="dev", nlp=nlp, tagger=tagger, mode="tagger")
    assert report["extractor"] == "tagger" and report["counts"]["gold_attributions"] == 9


def test_missing_tagger_and_bad_values_are_explained(tmp_path):
    with pytest.raises(FileNotFoundError, match="no attribution tagger"):
        load_tagger(tmp_path)
    with pytest.raises(TypeError, match="tagger must be"):
        extract("He said it.", tagger=3)
    with pytest.raises(TypeError, match="'default' .the shipped tagger., None"):
        extract("He said it.", tagger="models/tagger")  # a folder: load it first
    with pytest.raises(ValueError, match="not an attribution tagger"):
        import stance

        load_tagger(stance.storage.default_model_dir())


def test_int8_weights_are_half_the_size_and_nearly_the_same(tiny_tagger, tmp_path):
    from stance.storage import DELTA_WEIGHTS, save_tagger

    tagger = load_tagger(tiny_tagger, precision="fp32")
    full = save_tagger(tagger.model, tagger.tokenizer, tmp_path / "fp16", int8_weights=False)
    small, big = (tiny_tagger / DELTA_WEIGHTS).stat().st_size, (full / DELTA_WEIGHTS).stat().st_size
    assert small < 0.75 * big
    _, p_int8 = tagger._probs(TEXT)
    _, p_fp16 = load_tagger(full, precision="fp32")._probs(TEXT)
    assert np.abs(p_int8 - p_fp16).max() < 0.05


def test_bf16_tagger_reads_nearly_as_fp32(tiny_tagger):
    _, p_fp32 = load_tagger(tiny_tagger, precision="fp32")._probs(TEXT)
    bf16 = load_tagger(tiny_tagger, precision="bf16")
    _, p_bf16 = bf16._probs(TEXT)
    assert bf16.bf16 and p_bf16.shape == p_fp32.shape
    assert np.abs(p_bf16 - p_fp32).max() < 0.05
    with pytest.raises(ValueError, match="precision must be"):
        load_tagger(tiny_tagger, precision="fp16")


@pytest.mark.skipif(not openvino_available(), reason="pip install 'stance[openvino]'")
def test_openvino_int8_tagger_reads_nearly_as_fp32(tiny_tagger, tmp_path, monkeypatch):
    monkeypatch.setenv("STANCE_CACHE_DIR", str(tmp_path))
    _, p_fp32 = load_tagger(tiny_tagger, precision="fp32")._probs(TEXT)
    tagger = load_tagger(tiny_tagger, precision="openvino-int8")
    offsets, p_ov = tagger._probs(TEXT)
    assert p_ov.shape == p_fp32.shape and np.allclose(p_ov.sum(1), 1, atol=1e-4)
    assert np.abs(p_ov - p_fp32).max() < 0.1
    assert all(0 <= s.start < s.end <= len(TEXT) for s in tagger.spans(TEXT))
    assert list((tmp_path / "openvino").glob("*/model.xml"))  # kept for the next process


def test_tagging_beside_the_parse_changes_nothing(tiny_tagger, nlp, monkeypatch):
    """`extract_many` tags a batch in a thread while spaCy parses it (`TAG_WHILE_PARSING`): the
    same statements as one after the other, and as `extract` one article at a time."""
    from stance.extract import api, extract_many

    tagger = load_tagger(tiny_tagger, precision="fp32")
    texts = [TEXT, "", "  ", TEXT + " The mayor said more.", TEXT] * 2
    beside = list(extract_many(texts, nlp=nlp, tagger=tagger, batch_size=3))
    monkeypatch.setattr(api, "TAG_WHILE_PARSING", False)
    assert beside == list(extract_many(texts, nlp=nlp, tagger=tagger, batch_size=3))
    assert beside == [extract(t, nlp=nlp, tagger=tagger) for t in texts]
    assert beside[1] == beside[2] == [] and beside[0]


def test_tagger_process_tags_as_the_tagger_here(tiny_tagger, nlp, caplog):
    """``load_tagger(process=True)``: the tagger in a child process (a fresh interpreter) gives the
    spans it gives here, `extract_many` with it the same statements; when the child dies, the
    spans come from here, with one warning."""
    import time

    from stance.extract import extract_many
    from stance.storage import TaggerProcess

    here = load_tagger(tiny_tagger, precision="fp32")
    child = load_tagger(tiny_tagger, precision="fp32", process=True)
    assert isinstance(child, TaggerProcess)
    assert load_tagger(tiny_tagger, precision="fp32", process=True) is child  # started once
    texts = [TEXT, "", TEXT.replace("mayor", "governor")]

    def key(spans):
        return [(s.kind, s.start, s.end) for s in spans]

    want = [key(here.spans(t)) if t else [] for t in texts]
    assert [key(s) for s in child.spans_many(texts)] == want  # tagged here while the child starts
    deadline = time.time() + 180
    while not child._child_ready() and time.time() < deadline:
        time.sleep(0.2)
    assert child._child_ready(), "the tagger's child process did not start"
    assert [key(s) for s in child.spans_many(texts)] == want
    assert list(extract_many(texts, nlp=nlp, tagger=child)) == list(extract_many(texts, nlp=nlp, tagger=here))
    child._proc.kill()  # the child dies: what was sent and what comes next is tagged here, with a warning
    child._proc.wait()
    assert [key(s) for s in child.spans_many(texts)] == want
    assert key(child.spans(TEXT)) == want[0]
    assert caplog.text.count("tagging in this process instead") == 1
    assert child._proc is None


# Sentences of our own; the shipped tagger adds what the rules have no rule for (the rules take
# 'X believes that ...' only with a named or personal subject, and a poll's or report's findings).
@pytest.mark.slow
@pytest.mark.parametrize("text, speaker, cue, kind, content", [
    ("Harbour residents fear that the new toll will push traffic onto their narrow streets.",
     "Harbour residents", "fear", "belief", "the new toll will push traffic onto their narrow streets"),
    ("Many shop owners worry that the works will keep customers away for a year.",
     "owners", "worry", "belief", "the works will keep customers away for a year"),
])
def test_shipped_tagger_finds_what_the_rules_miss(nlp, text, speaker, cue, kind, content):
    import stance

    assert extract(text, nlp=nlp, tagger=None) == []  # the rules alone
    (s,) = extract(text, nlp=nlp, tagger=stance.load_tagger())
    assert (s.cue, s.kind) == (cue, kind)
    assert speaker in s.speaker and s.text == content
    assert extract(text, nlp=nlp) == [s] == extract(text, nlp=nlp, tagger="default")  # the default adds the tagger


@pytest.mark.slow
@pytest.mark.parametrize("text", ["The ferry left the harbour at noon and the rain stopped an hour later.",
                                  "Traffic on the bridge fell by a third in March."])
def test_shipped_tagger_leaves_narration_alone(nlp, text):
    import stance

    assert extract(text, nlp=nlp, tagger=stance.load_tagger()) == []


@pytest.mark.slow
def test_shipped_tagger_takes_no_passive_subject_as_a_speaker(nlp):
    """'Nothing was said' names what was said, not who said it; one tagged word is no statement."""
    import stance

    tagger = stance.load_tagger()
    assert extract("Nothing was said here.", nlp=nlp, tagger=tagger) == []
    found = extract("Nothing was said here about the toll.", nlp=nlp, tagger=tagger)
    assert all(s.speaker != "Nothing" for s in found)


REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "seed" / "article.txt"


@pytest.mark.slow
@pytest.mark.skipif(not REFERENCE.exists(), reason="the reference article (../shared/seed) is not beside the project")
def test_shipped_tagger_adds_no_narration_to_the_reference_article(nlp):
    import stance

    text = REFERENCE.read_text(encoding="utf-8")
    rules = extract(text, nlp=nlp, tagger=None)
    both = extract(text, nlp=nlp, tagger=stance.load_tagger())
    assert [(s.start, s.end, s.speaker) for s in both] == [(s.start, s.end, s.speaker) for s in rules]
    assert extract(text, nlp=nlp) == both


def test_a_longer_schedule_can_stop_early_and_save_checkpoints(tiny_base, tiny_polnear, tmp_path):
    import json

    out = train_tagger(tiny_polnear, tmp_path / "t", base=tiny_base, epochs=4, stop_after=2, checkpoints=(1,),
                       batch_size=2, max_length=16, stride=4)
    training = json.loads((out / "config.json").read_text())["stance"]["training"]
    early = json.loads((tmp_path / "t-epoch1" / "config.json").read_text())["stance"]["training"]
    assert training["schedule_epochs"] == 4 and training["epochs"] == 2
    assert early["epochs"] == 1 and early["steps"] * 2 == training["steps"]
    assert early["schedule_epochs"] == 4  # a checkpoint records the schedule it was cut from


def test_the_default_tagger_runs_in_its_own_process_only_for_many_articles(nlp, monkeypatch):
    """`extract_many` with tagger='default' asks for the tagger in a child process when the articles
    are many or of unknown number (a generator); a short list keeps it in this process."""
    import stance
    from stance.extract import api

    asked = []

    def spy(path=None, *, precision="auto", process=False):
        asked.append(process)
        return stance.load_tagger(path, precision=precision)  # in this process either way: no child here

    monkeypatch.setattr(api, "TAGGER_PROCESS_MIN_ARTICLES", 3)
    monkeypatch.setattr(api.os, "cpu_count", lambda: 2)
    api.set_default_tagger(spy)
    try:
        texts = ["The toll will rise, the mayor said.", "", "Voters fear that the toll will rise."]
        assert list(extract_many(texts[:2], nlp=nlp)) == [extract(t, nlp=nlp) for t in texts[:2]]
        assert list(extract_many(texts, nlp=nlp)) == [extract(t, nlp=nlp) for t in texts]
        list(extract_many((t for t in texts[:1]), nlp=nlp))
        list(extract_many(texts, nlp=nlp, tagger=None))  # the rules alone: no tagger asked for
    finally:
        api.set_default_tagger(stance.load_tagger)
    assert asked == [False, False, True, False, False, True]  # extract("") asks for nothing


@pytest.mark.parametrize("text, cue, content, speaker", [
    ("The merger, first reported by the Harbour Herald, would cut 300 jobs.", "first reported by",
     "would cut 300 jobs", "the Harbour Herald"),
    ("The deal, disclosed by two officials on Monday, would close the pier.", "disclosed by",
     "would close the pier", "two officials"),
    # a passive cue without an agent still has no speaker
    ("The deal, first reported last week, would close the pier.", "first reported", "would close the pier", None),
], ids=["reported-by-an-outlet", "disclosed-by-officials", "no-agent"])
def test_a_tagged_passive_cue_without_a_source_takes_its_agent(nlp, text, cue, content, speaker):
    """With no tagged source and no subject, a tagged cue in the passive takes its 'by' agent as the
    speaker (`stance.extract.learned.AGENTS`, session 64)."""
    spans = [_span(text, "Cue", cue), _span(text, "Content", content)]
    stmts = statements_of(nlp(text), spans, rules=False)
    assert [(s.text, s.speaker) for s in stmts] == [(content, speaker)]


@pytest.mark.parametrize("text, cue, content, source, speaker", [
    ("Asked about the ferry toll, Ann Ortiz said it was fair.", "Asked about", "the ferry toll", "Ann Ortiz", None),
    ("Pressed on whether the toll would rise, Ann Ortiz said no.", "Pressed on", "whether the toll would rise",
     "Ann Ortiz", None),
    # someone who asks is the speaker of what they ask
    ("Ann Ortiz asked whether the toll would rise.", "asked", "whether the toll would rise", "Ann Ortiz", "Ann Ortiz"),
], ids=["asked-about", "pressed-on", "asking-is-speaking"])
def test_a_question_put_to_someone_is_not_their_statement(nlp, text, cue, content, source, speaker):
    """'Asked about X, Ortiz said ...': the tagged question is the unnamed asker's, not Ortiz's
    (`stance.extract.learned.QUESTIONS_PUT`, session 64)."""
    spans = [_span(text, "Source", source), _span(text, "Cue", cue), _span(text, "Content", content)]
    stmts = statements_of(nlp(text), spans, rules=False)
    assert [(s.text, s.speaker) for s in stmts] == [(content, speaker)]
    assert (stmts[0].kind == "question") == (speaker is None)


def test_a_tagged_request_not_to_be_named_is_no_statement(nlp):
    """'who asked [not to be named]' tagged as a content is left out, as the rules leave it
    (`stance.extract.learned.ANONYMITY`, session 64)."""
    text = "A harbour official, who asked not to be named, said the ferry would stop."
    spans = [_span(text, "Source", "A harbour official"), _span(text, "Cue", "asked"),
             _span(text, "Content", "not to be named")]
    assert statements_of(nlp(text), spans, rules=False) == []


def test_a_tagged_source_names_its_speaker_without_the_passives_by(nlp):
    """'The toll was criticised [by hauliers]': the speaker is 'hauliers' (`stance.extract.learned.AGENT_BY`)."""
    text = "The ferry toll has been criticised by hauliers."
    spans = [_span(text, "Content", "The ferry toll"), _span(text, "Cue", "has been criticised"),
             _span(text, "Source", "by hauliers")]
    assert [(s.speaker, s.speaker_mention) for s in statements_of(nlp(text), spans, rules=False)] == [
        ("hauliers", "hauliers")]


def test_a_tagged_dateline_is_no_source(nlp, monkeypatch):
    """'NORTHBRIDGE - Plans to merge ...' tagged as source, cue and content is no statement: the
    dateline names where the story was filed (`stance.extract.learned.DATELINES_ASIDE`, session 64)."""
    import importlib

    learned = importlib.import_module("stance.extract.learned")
    text = "NORTHBRIDGE - Plans to merge the two ferry lines suffered a setback on Monday."
    spans = [_span(text, "Source", "NORTHBRIDGE"), _span(text, "Cue", "Plans"),
             _span(text, "Content", "to merge the two ferry lines")]
    assert statements_of(nlp(text), spans, rules=False) == []
    monkeypatch.setattr(learned, "DATELINES_ASIDE", False)
    assert [s.speaker for s in statements_of(nlp(text), spans, rules=False)] == ["NORTHBRIDGE"]
    # a capitalised source that is not a dateline still speaks
    text = "NATO officials said the ferry lines would merge."
    spans = [_span(text, "Source", "NATO officials"), _span(text, "Cue", "said"),
             _span(text, "Content", "the ferry lines would merge")]
    monkeypatch.setattr(learned, "DATELINES_ASIDE", True)
    assert [s.speaker for s in statements_of(nlp(text), spans, rules=False)] == ["NATO officials"]


@pytest.mark.parametrize("text, source, cue, content, speaker", [
    ("Tom Berg is a retired pilot who has warned that the ferries are unsafe.", "a retired pilot", "has warned",
     "the ferries are unsafe", "Tom Berg"),
    ("Ann Ortiz shouts at meetings and is a critic and a pest who has said the toll is a scam.", "a critic and a pest",
     "has said", "the toll is a scam", "Ann Ortiz"),
    # a relative clause on a noun that is no predicate keeps that noun
    ("A retired pilot who has warned that the ferries are unsafe spoke on Monday.", "A retired pilot",
     "has warned", "the ferries are unsafe", "A retired pilot"),
], ids=["predicate", "predicate-list", "subject"])
def test_a_tagged_source_a_relative_clause_hangs_on_is_read_as_who(nlp, monkeypatch, text, source, cue, content,
                                                                     speaker):
    """'Berg is [a retired pilot] who [has warned] ...' tagged: the speaker is Berg, as for the rules
    (`stance.extract.learned.RELATIVE_SOURCES`, session 65)."""
    import importlib

    learned = importlib.import_module("stance.extract.learned")
    spans = [_span(text, "Source", source), _span(text, "Cue", cue), _span(text, "Content", content)]
    assert [(s.text, s.speaker) for s in statements_of(nlp(text), spans, rules=False)] == [(content, speaker)]
    monkeypatch.setattr(learned, "RELATIVE_SOURCES", False)
    assert [s.speaker for s in statements_of(nlp(text), spans, rules=False)] == [source]


def test_tagged_sources_with_only_a_space_between_are_one(nlp, monkeypatch):
    """'warnings from [its] [neighbour Marovia]': the tagger split a possessive off its source; the
    pieces are one source, so the speaker is Marovia, not 'its' (`stance.extract.learned.JOINED_SOURCES`,
    session 65)."""
    import importlib

    learned = importlib.import_module("stance.extract.learned")
    text = "Valdoria will fill the dam, brushing aside warnings from its neighbour Marovia that the river will dry up."
    spans = [_span(text, "Cue", "warnings from"), _span(text, "Source", "its"),
             _span(text, "Source", "neighbour Marovia"), _span(text, "Content", "the river will dry up")]
    assert [s.speaker for s in statements_of(nlp(text), spans, rules=False)] == ["Marovia"]
    monkeypatch.setattr(learned, "JOINED_SOURCES", False)
    assert [s.speaker for s in statements_of(nlp(text), spans, rules=False)] == ["its"]
    # not across a comma that ends the first source
    monkeypatch.setattr(learned, "JOINED_SOURCES", True)
    text = "According to an online poll, most readers want the dam filled slowly."
    spans = [_span(text, "Cue", "According to"), _span(text, "Source", "an online poll,"),
             _span(text, "Source", "most readers"), _span(text, "Content", "want the dam filled slowly")]
    assert [s.speaker for s in statements_of(nlp(text), spans, rules=False)] == ["an online poll"]
    # across a comma when the second stands in apposition to the first
    text = "The Harbour Herald, one of the city's papers, ran an editorial saying the dam must wait."
    spans = [_span(text, "Source", "The Harbour Herald,"), _span(text, "Source", "one of the city's papers,"),
             _span(text, "Cue", "ran an editorial saying"), _span(text, "Content", "the dam must wait")]
    assert [s.speaker for s in statements_of(nlp(text), spans, rules=False)] == ["The Harbour Herald"]
    monkeypatch.setattr(learned, "JOINED_SOURCES", False)
    # (`SUBJECT_HEADS_BEFORE` reaches the Herald too, from the parse's subject: off, to see this rule alone)
    monkeypatch.setattr(learned, "SUBJECT_HEADS_BEFORE", False)
    assert [s.speaker for s in statements_of(nlp(text), spans, rules=False)] == ["one of the city's papers"]


def test_a_tagged_antecedent_of_the_cues_relative_clause_is_no_content(nlp, monkeypatch):
    """'The council passed [a toll] that drivers say [is unfair]': only what follows the cue is what
    the drivers say (`stance.extract.learned.RELATIVE_ANTECEDENTS`, session 65)."""
    import importlib

    learned = importlib.import_module("stance.extract.learned")
    text = "The council passed a new toll that drivers say is unfair."
    spans = [_span(text, "Content", "The council passed a new toll"), _span(text, "Source", "drivers"),
             _span(text, "Cue", "say"), _span(text, "Content", "is unfair")]
    assert [(s.speaker, s.text) for s in statements_of(nlp(text), spans, rules=False)] == [("drivers", "is unfair")]
    monkeypatch.setattr(learned, "RELATIVE_ANTECEDENTS", False)
    assert [s.text for s in statements_of(nlp(text), spans, rules=False)] == [
        "The council passed a new toll", "is unfair"]


@pytest.mark.parametrize("text, description, kept", [
    ("The bill's sponsor, Senator Olga Lind, argued that the cameras were unsafe.", "The bill's sponsor", False),
    # a quotation before the source is what was said
    ('"A disgrace," Senator Olga Lind, argued that the cameras were unsafe.', "A disgrace", True),
], ids=["description", "quotation"])
def test_a_tagged_description_of_the_source_is_no_content(nlp, monkeypatch, text, description, kept):
    """"[The bill's sponsor], [Senator Olga Lind], argued ...": a verbless content that opens the sentence
    and a comma joins to the tagged source describes the source (`stance.extract.learned.SOURCE_DESCRIPTIONS`,
    session 65)."""
    import importlib

    learned = importlib.import_module("stance.extract.learned")
    spans = [_span(text, "Content", description), _span(text, "Source", "Senator Olga Lind,"),
             _span(text, "Cue", "argued"), _span(text, "Content", "the cameras were unsafe")]
    texts = [s.text for s in statements_of(nlp(text), spans, rules=False)]
    assert (description in texts) is kept and "the cameras were unsafe" in texts
    monkeypatch.setattr(learned, "SOURCE_DESCRIPTIONS", False)
    assert description in [s.text for s in statements_of(nlp(text), spans, rules=False)]


@pytest.mark.parametrize("text, cue, source, content", [
    ("Crane's rival, Democrat Amira Said, welcomed the decision on Monday.", "Said", "Democrat Amira",
     "welcomed the decision on Monday"),
    ("Said's campaign has spent heavily on advertising against the toll.", "Said", None,
     "campaign has spent heavily on advertising against the toll"),
], ids=["surname", "possessive"])
def test_a_tagged_cue_that_is_a_name_is_no_cue(nlp, monkeypatch, text, cue, source, content):
    """The surname Said is no 'said' (`stance.extract.learned.NAMES_NOT_CUES`, session 65)."""
    import importlib

    learned = importlib.import_module("stance.extract.learned")
    spans = [_span(text, "Cue", cue), _span(text, "Content", content)]
    if source:
        spans.append(_span(text, "Source", source))
    assert statements_of(nlp(text), spans, rules=False) == []
    monkeypatch.setattr(learned, "NAMES_NOT_CUES", False)
    assert [s.text for s in statements_of(nlp(text), spans, rules=False)] == [content]


def test_a_title_case_headline_keeps_its_capitalised_cue(nlp):
    """'Ortiz Says Toll Must Rise': in a title-case headline a capitalised cue is still a cue."""
    text = "Mayor Ann Ortiz Says Toll Must Rise\n\nThe toll will rise in May."
    spans = [_span(text, "Source", "Mayor Ann Ortiz"), _span(text, "Cue", "Says"),
             _span(text, "Content", "Toll Must Rise")]
    assert [s.text for s in statements_of(nlp(text), spans, rules=False)] == ["Toll Must Rise"]


def test_a_cue_that_has_its_words_does_not_take_the_next_sentence(nlp, monkeypatch):
    """'Said called [it "an act of courage."] [Her campaign has spent ...]': the narration after a cue
    whose words came before it is no one's statement (`stance.extract.learned.CUES_SPENT`, session 65);
    a quotation that goes on still is."""
    import importlib

    learned = importlib.import_module("stance.extract.learned")
    text = 'Ann Ortiz called it "an act of real courage." Her campaign has spent heavily on advertising.'
    spans = [_span(text, "Source", "Ann Ortiz"), _span(text, "Cue", "called"),
             _span(text, "Content", 'it "an act of real courage."'),
             _span(text, "Content", "Her campaign has spent heavily on advertising")]
    assert [s.text for s in statements_of(nlp(text), spans, rules=False)] == ['it "an act of real courage."']
    monkeypatch.setattr(learned, "CUES_SPENT", False)
    assert len(statements_of(nlp(text), spans, rules=False)) == 2
    monkeypatch.setattr(learned, "CUES_SPENT", True)
    text = 'Ann Ortiz said: "The toll is fair." "It pays for the repairs."'
    spans = [_span(text, "Source", "Ann Ortiz"), _span(text, "Cue", "said"),
             _span(text, "Content", "The toll is fair."), _span(text, "Content", "It pays for the repairs.")]
    assert [s.speaker for s in statements_of(nlp(text), spans, rules=False)] == ["Ann Ortiz", "Ann Ortiz"]


def test_a_headline_cue_does_not_take_the_bodys_first_sentence(nlp, monkeypatch):
    """'Fares to Double - Union Warns' then 'The fares rose.': the headline's cue stays in its line
    (`stance.extract.learned.CUES_IN_PARAGRAPH`, session 65); after a colon it reaches the next one."""
    import importlib

    learned = importlib.import_module("stance.extract.learned")
    text = "Ferry Fares to Double - Union Warns\n\nThe fares rose by half on Monday."
    spans = [_span(text, "Content", "Ferry Fares to Double"), _span(text, "Source", "Union"),
             _span(text, "Cue", "Warns"), _span(text, "Content", "The fares rose by half on Monday")]
    assert [s.text for s in statements_of(nlp(text), spans, rules=False)] == ["Ferry Fares to Double"]
    monkeypatch.setattr(learned, "CUES_IN_PARAGRAPH", False)
    assert len(statements_of(nlp(text), spans, rules=False)) == 2
    monkeypatch.setattr(learned, "CUES_IN_PARAGRAPH", True)
    text = "Her friend Ann Ortiz wrote about him last year:\n\nJim sees the good in nearly everyone."
    spans = [_span(text, "Source", "Ann Ortiz"), _span(text, "Cue", "wrote about"), _span(text, "Content", "him"),
             _span(text, "Content", "Jim sees the good in nearly everyone")]
    assert "Jim sees the good in nearly everyone" in [s.text for s in statements_of(nlp(text), spans, rules=False)]



def test_a_bodys_bare_noun_is_the_one_body_of_that_noun(nlp, monkeypatch):
    """A headline's 'Government' is 'The Valdorian government' when no other government speaks
    (`stance.extract.assemble.HEAD_NOUNS`, session 66)."""
    import importlib

    assemble = importlib.import_module("stance.extract.assemble")
    text = ("Government scraps ferry route to the islands\n\n"
            "The Valdorian government said the route lost money.")
    spans = [_span(text, "Source", "Government"), _span(text, "Cue", "scraps"),
             _span(text, "Content", "ferry route to the islands")]
    speakers = [s.speaker for s in statements_of(nlp(text), spans)]
    assert speakers == ["The Valdorian government", "The Valdorian government"]
    monkeypatch.setattr(assemble, "HEAD_NOUNS", False)
    assert [s.speaker for s in statements_of(nlp(text), spans)] == ["Government", "The Valdorian government"]
    # two governments: no telling which
    monkeypatch.setattr(assemble, "HEAD_NOUNS", True)
    text += " The Marovian government said it would add a boat."
    assert [s.speaker for s in statements_of(nlp(text), spans)][0] == "Government"
    # any singular noun with 'the' that is not a person's (`DEFINITE_HEAD_NOUNS`)
    regulator = ("The state health regulator said the merger could go ahead. The regulator said both hospitals "
                 "would stay open.")
    assert [s.speaker for s in statements_of(nlp(regulator), [])] == ["The state health regulator"] * 2
    # not a noun inside another's phrase: 'The masked militant on the video' is not 'The video'
    video = "The masked militant on the video said the strikes must stop.\n\nThe video said the strikes must stop."
    assert [s.speaker for s in statements_of(nlp(video), [])] == ["The masked militant on the video", "The video"]
    monkeypatch.setattr(assemble, "DEFINITE_HEAD_NOUNS", False)
    assert [s.speaker for s in statements_of(nlp(regulator), [])] == ["The state health regulator", "The regulator"]


def test_a_body_named_by_its_noun_is_no_words_across_a_paragraph(nlp):
    """'the city council' is not 'Wednesday.\\n\\nCouncil', the capitalised words before 'Council member' in the
    next paragraph (`stance.extract.speakers.NAMED_BODIES` reads a name on one line; session 66)."""
    text = ("Silica Forge will get a tax break to build a plant, the city council decided late on Wednesday.\n\n"
            "Council member Dana Whitt voted for the package.")
    spans = [_span(text, "Content", "Silica Forge will get a tax break to build a plant"),
             _span(text, "Source", "the city council"), _span(text, "Cue", "decided")]
    assert [s.speaker for s in statements_of(nlp(text), spans, rules=False)] == ["the city council"]


@pytest.mark.parametrize("module, flag, text, spans, on, off", [
    # the source that holds the parsed subject of the cue speaks, not the nearest (`learned.SUBJECT_SOURCES`)
    ("learned", "SUBJECT_SOURCES",
     "Friends of the Valley, which had long opposed the line's route through ancient woodland, praised the "
     "cancellation, while the Rail Future campaign said it was a disaster for the climate.",
     [("Source", "Friends of the Valley"), ("Cue", "praised"), ("Content", "the cancellation"),
      ("Source", "the Rail Future campaign")], ["Friends of the Valley"], ["the Rail Future campaign"]),
    # a source loses the preposition it ends in (`learned.SOURCE_EDGES`)
    ("learned", "SOURCE_EDGES", "The Valdorian government on Monday dropped the ferry route to the islands.",
     [("Source", "The Valdorian government on"), ("Cue", "dropped"), ("Content", "the ferry route to the islands")],
     ["The Valdorian government"], ["The Valdorian government on"]),
    # a source over a line break keeps the line of its cue (`learned.ONE_LINE`, for sources too)
    ("learned", "ONE_LINE", "Chipmaker's plan wins tax break, angering rivals\n\nBy Omar Reyes\n\nThe council voted.",
     [("Content", "Chipmaker's plan wins tax break"), ("Cue", "angering"), ("Source", "rivals\n\nBy Omar Reyes")],
     ["rivals"], ["rivals\n\nBy Omar Reyes"]),
    # a participle, or an infinitive of purpose, with no source: the subject of its verb (`learned.PARTICIPLE_SUBJECTS`)
    ("learned", "PARTICIPLE_SUBJECTS",
     "A state appeals court on Tuesday struck down the rental ban, ruling that the city had overstepped its powers.",
     [("Cue", "ruling"), ("Content", "the city had overstepped its powers")], ["A state appeals court"], [None]),
    ("learned", "PARTICIPLE_SUBJECTS",
     "Senator Ellen Fraser on Wednesday became the first member of her party to oppose the Northern Minerals Act.",
     [("Cue", "to oppose"), ("Content", "the Northern Minerals Act")], ["Ellen Fraser"], [None]),
    # ... not an infinitive that completes a verb: 'urged councillors to oppose' is theirs
    ("learned", "PARTICIPLE_SUBJECTS", "Ada Price urged councillors to oppose the Northern Minerals Act.",
     [("Cue", "to oppose"), ("Content", "the Northern Minerals Act")], [None], [None]),
    # a page run by a body is the body's (`speakers.RUN_BY`)
    ("speakers", "RUN_BY", "According to the Twitter page run by the mayor's Harbour Office:\n\n"
     "The ferry will run again on Monday after repairs to the pier.",
     [("Cue", "According to"), ("Source", "the Twitter page run by the mayor's Harbour Office"),
      ("Content", "The ferry will run again on Monday after repairs to the pier")], ["Harbour Office"], ["Twitter"]),
    # a content outside an 'as' clause whose cue has words of its own (`learned.AS_CLAUSE_CONTENTS`)
    ("learned", "AS_CLAUSE_CONTENTS", "Ferry merger wins approval as unions warn of cuts",
     [("Content", "Ferry merger wins approval"), ("Source", "unions"), ("Cue", "warn")], [], ["unions"]),
    # 'His office' after the one person the paragraph names, of a gender the article does not show
    # (`speakers.OWNERS_JUST_NAMED`)
    ("speakers", "OWNERS_JUST_NAMED", "Pilots voted to strike, said Maria Castellano of the guild.\n\n"
     "The airline's chief executive, Kiran Dahl, wrote to staff on Monday. His office declined to comment further.",
     [("Source", "His office"), ("Cue", "declined"), ("Content", "to comment further")],
     ["Kiran Dahl's office"], ["His office"]),
], ids=["subject-source", "loose-end", "one-line", "participle", "purpose", "urged", "run-by", "as-clause",
        "his-office"])
def test_tagged_spans_read_by_the_session_66_rules(nlp, monkeypatch, module, flag, text, spans, on, off):
    """Speakers of tagged spans with a session-66 rule on, then off (`stance.extract.<module>.<flag>`)."""
    import importlib

    tagged = [_span(text, kind, words) for kind, words in spans]
    assert [s.speaker for s in statements_of(nlp(text), tagged, rules=False)] == on
    monkeypatch.setattr(importlib.import_module(f"stance.extract.{module}"), flag, False)
    assert [s.speaker for s in statements_of(nlp(text), tagged, rules=False)] == off


@pytest.mark.parametrize("flag, text, spans, rules, on, off", [
    # a participle between commas after its subject puts a question to it (`learned.QUESTIONS_BETWEEN_COMMAS`)
    ("QUESTIONS_BETWEEN_COMMAS",
     "Finance minister Eva Dahl, asked about the deficit, said the budget would balance by 2028.",
     [("Source", "Finance minister Eva Dahl"), ("Cue", "asked about"), ("Content", "the deficit")], False,
     [(None, "the deficit", "question")], [("Eva Dahl", "the deficit", "indirect")]),
    # a participle after 'after' takes the subject of the verbs it hangs on (`learned.PREP_PARTICIPLE_SUBJECTS`)
    ("PREP_PARTICIPLE_SUBJECTS",
     "Dock workers voted on Monday to strike next week after rejecting the port's final offer.",
     [("Cue", "rejecting"), ("Content", "the port's final offer")], False,
     [("Dock workers", "the port's final offer", "indirect")], [(None, "the port's final offer", "indirect")]),
    # a tagged content that runs past the rules' cut into another speaker's words (`learned.SAME_START_CUTS`)
    ("SAME_START_CUTS",
     "The builders' guild said it backed the new code, while a rival group, Homes First, warned that costs "
     "would soar.",
     [("Cue", "said"), ("Content", "it backed the new code, while a rival group, Homes First")], True,
     [("The builders' guild", "it backed the new code", "indirect"), ("Homes First", "costs would soar", "indirect")],
     [("The builders' guild", "it backed the new code", "indirect"),
      ("The builders' guild", "it backed the new code, while a rival group, Homes First", "indirect"),
      ("Homes First", "costs would soar", "indirect")]),
    # ... where no other speaker follows the cut, the tagger's longer reading stays
    ("SAME_START_CUTS", "Pia Moss claims she was at the depot (left) the night the fire started.",
     [("Cue", "claims"), ("Content", "she was at the depot (left) the night the fire started")], True,
     [("Pia Moss", "she was at the depot (left) the night the fire started", "indirect")],
     [("Pia Moss", "she was at the depot (left) the night the fire started", "indirect")]),
    # a tagged content that is its cue's own subject is the source (`learned.SUBJECTS_NOT_CONTENTS`)
    ("SUBJECTS_NOT_CONTENTS", "A federal judge on Thursday ordered a halt to logging in the forest.",
     [("Content", "A federal judge"), ("Cue", "ordered"), ("Content", "a halt to logging in the forest")], False,
     [("A federal judge", "a halt to logging in the forest", "indirect")],
     [("A federal judge", "A federal judge", "indirect"),
      ("A federal judge", "a halt to logging in the forest", "indirect")]),
], ids=["asked-between-commas", "after-rejecting", "same-start", "same-start-alone", "subject-content"])
def test_tagged_spans_read_by_the_session_67_rules(nlp, monkeypatch, flag, text, spans, rules, on, off):
    """Tagged statements with a session-67 rule of `stance.extract.learned` on, then off (with the session-70
    `LONGER_TAGGED_READINGS` off: it would keep the tagger's reading where `SAME_START_CUTS` is turned off)."""
    import importlib

    monkeypatch.setattr(importlib.import_module("stance.extract.assemble"), "LONGER_TAGGED_READINGS", False)
    tagged = [_span(text, kind, words) for kind, words in spans]
    read = lambda: [(s.speaker, s.text, s.kind) for s in statements_of(nlp(text), tagged, rules=rules)]  # noqa: E731
    assert read() == on
    monkeypatch.setattr(importlib.import_module("stance.extract.learned"), flag, False)
    assert read() == off


@pytest.mark.parametrize("text, spans, speakers, without", [
    ("Regulator blocks ferry merger, citing higher fares\n\nThe competition authority on Wednesday blocked the "
     "planned merger of two ferry lines, saying that fares would rise.",
     [("Source", "Regulator"), ("Cue", "blocks"), ("Content", "ferry merger"), ("Cue", "citing"),
      ("Content", "higher fares")],
     ["The competition authority"] * 3, ["Regulator", "Regulator", "The competition authority"]),
    # another verb below: the headline's noun stays
    ("Council approves bridge toll\n\nThe city council voted on Wednesday to charge drivers a toll, saying that "
     "repairs could not wait.",
     [("Source", "Council"), ("Cue", "approves"), ("Content", "bridge toll")],
     ["Council", "Council"], ["Council", "Council"]),
], ids=["same-verb", "other-verb"])
def test_a_headline_noun_is_the_subject_of_the_same_verb_below(nlp, monkeypatch, text, spans, speakers, without):
    """'Regulator blocks ferry merger' is the competition authority that 'blocked' it in the lede
    (`stance.extract.assemble.HEADLINE_CUES`, session 67)."""
    import importlib

    tagged = [_span(text, kind, words) for kind, words in spans]
    assert [s.speaker for s in statements_of(nlp(text), tagged)] == speakers
    monkeypatch.setattr(importlib.import_module("stance.extract.assemble"), "HEADLINE_CUES", False)
    assert [s.speaker for s in statements_of(nlp(text), tagged)] == without


@pytest.mark.parametrize("module, flag, text, spans, on, off", [
    # a tagged source that runs from the dateline into the subject (`learned.DATELINE_SOURCES_CUT`)
    ("learned", "DATELINE_SOURCES_CUT",
     "Dock strike called off\n\nROTTERDAM - Crane operators at the main terminal have accepted a new wage deal.",
     [("Source", "ROTTERDAM - Crane operators at the main terminal"), ("Cue", "have accepted"),
      ("Content", "a new wage deal")],
     [("Crane operators at the main terminal", "a new wage deal")],
     [("ROTTERDAM - Crane operators at the main terminal", "a new wage deal")]),
    # a source tagged with the relative pronoun that is its clause's object (`learned.OBJECT_RELATIVE_SOURCES`)
    ("learned", "OBJECT_RELATIVE_SOURCES",
     "The ferry company doubled its fares, a step that the harbour union described as robbery.",
     [("Source", "that the harbour union"), ("Cue", "described"), ("Content", "as robbery")],
     [("the harbour union", "as robbery")], [("a step", "as robbery")]),
    # a content after 'that' goes to the cue before it, not to a nearer one after (`learned.UNTRIMMED_DISTANCE`)
    ("learned", "UNTRIMMED_DISTANCE",
     "Mayor Ines Berg approved a rule that bans cars from the old town, ending a long dispute.",
     [("Source", "Mayor Ines Berg"), ("Cue", "approved a rule"), ("Content", "that bans cars from the old town"),
      ("Cue", "ending a long dispute")],
     [("Ines Berg", "approved a rule")], [("Ines Berg", "ending a long dispute")]),
    # a speaker name that holds its own cue word gives way to the tagged mention (`assemble.CUE_NOT_IN_NAME`)
    ("assemble", "CUE_NOT_IN_NAME",
     "Lima Condemns Mining Vote as Quito Waits\n\nPeru's mining ministry said on Monday it would review "
     "the result.",
     [("Source", "Lima"), ("Cue", "Condemns"), ("Content", "Mining Vote")],
     [("Lima", "Condemns")], [("Lima Condemns Mining Vote", "Condemns")]),
    # a content that ends in 'as' before the cue's clause is a clause of its own (`learned.SUBORDINATE_ENDS`)
    ("learned", "SUBORDINATE_ENDS",
     "Mill to Close in May as Workers Vow Strike\n\nThe owners of the Marlow mill said costs had doubled.",
     [("Content", "Mill to Close in May as"), ("Source", "Workers"), ("Cue", "Vow")],
     [], [("Workers", "Mill to Close in May")]),
    # contents that only a space separates are one (`learned.JOINED_CONTENTS`)
    ("learned", "JOINED_CONTENTS", "The ferry crews voted on Sunday to accept the new rota.",
     [("Source", "The ferry crews"), ("Cue", "voted"), ("Content", "to accept"), ("Content", "the new rota")],
     [("The ferry crews", "to accept the new rota")],
     [("The ferry crews", "to accept"), ("The ferry crews", "the new rota")]),
    # 'in protest against' speaks for the subject of the verb it hangs on (`learned.PROTEST_NOUNS`)
    ("learned", "PROTEST_NOUNS",
     "Hundreds of fishermen blocked the harbour and lit flares in protest against the new quota rules.",
     [("Cue", "protest against"), ("Content", "the new quota rules")],
     [("Hundreds of fishermen", "the new quota rules")], [(None, "the new quota rules")]),
    # a cue in a preposition after the verb's object: the verb's subject speaks (`learned.OBJECTS_NOT_SOURCES`)
    ("learned", "OBJECTS_NOT_SOURCES",
     "A group of fishermen has taken the port authority to court over its plan to dredge the bay.",
     [("Source", "A group of fishermen"), ("Cue", "has taken"), ("Source", "the port authority"),
      ("Cue", "to court over"), ("Content", "its plan to dredge the bay")],
     [("A group of fishermen", "its plan to dredge the bay")], [("the port authority", "its plan to dredge the bay")]),
    # an infinitive that describes a noun is no content of a cue after it (`learned.NOUN_INFINITIVES`)
    ("learned", "NOUN_INFINITIVES",
     "A plan to widen the ring road has split the town, with shop owners saying trade would suffer.",
     [("Content", "to widen the ring road"), ("Source", "shop owners"), ("Cue", "saying"),
      ("Content", "trade would suffer")],
     [], [("shop owners", "to widen the ring road")]),
    # a tagged content loses the preposition it ends in (`learned.CONTENT_LOOSE_ENDS`)
    ("learned", "CONTENT_LOOSE_ENDS",
     "Harbour Pilots Reject Pay Deal Despite Talks\n\nThe pilots' union said the offer was too low.",
     [("Source", "Harbour Pilots"), ("Cue", "Reject"), ("Content", "Pay Deal Despite")],
     [("Harbour Pilots", "Pay Deal")], [("Harbour Pilots", "Pay Deal Despite")]),
    # a headline content stops before the headline's circumstance (`learned.HEADLINE_PREPOSITIONS`)
    ("learned", "HEADLINE_PREPOSITIONS",
     "Council Approves Ferry Levy Over Drivers' Objections\n\nThe council voted on Monday to charge drivers.",
     [("Source", "Council"), ("Cue", "Approves"), ("Content", "Ferry Levy Over Drivers' Objections")],
     [("Council", "Ferry Levy")], [("Council", "Ferry Levy Over Drivers' Objections")]),
], ids=["dateline-source", "object-relative", "untrimmed-distance", "cue-in-name", "subordinate-end", "joined",
        "protest", "object-not-source", "noun-infinitive", "loose-end", "headline-preposition"])
def test_tagged_spans_read_by_the_session_68_rules(nlp, monkeypatch, module, flag, text, spans, on, off):
    """Tagged statements with a session-68 rule on, then off: (speaker, text) for the content checked
    (`stance.extract.<module>.<flag>`); the third case gives (speaker, cue) for the content after 'that'."""
    import importlib

    tagged = [_span(text, kind, words) for kind, words in spans]
    content = next(text[s.start:s.end] for s in tagged if s.kind == "Content")
    by_cue = flag in ("UNTRIMMED_DISTANCE", "CUE_NOT_IN_NAME")

    def read():
        found = [s for s in statements_of(nlp(text), tagged) if s.text in content or flag == "JOINED_CONTENTS"]
        return [(s.speaker, s.cue if by_cue else s.text) for s in found]

    assert read() == on
    monkeypatch.setattr(importlib.import_module(f"stance.extract.{module}"), flag, False)
    assert read() == off


@pytest.mark.parametrize("flag", ["HEADLINE_OWNERS", "LEDE_PAST_DATELINE"])
def test_a_headline_title_of_a_place_is_the_lede_s_subject(nlp, monkeypatch, flag):
    """"Norway's Leader Renews Call ..." above "Norway's Prime Minister Ola Berg on Monday set out ..." is Ola
    Berg, past the dateline the parse makes a sentence of its own (`stance.extract.assemble.HEADLINE_OWNERS`,
    `LEDE_PAST_DATELINE`; session 68)."""
    import importlib

    text = ("Norway's Leader Renews Call for Whaling Ban\n\nSTAVANGER - Norway's Prime Minister Ola Berg on Tuesday "
            "set out plans for a second vote on whaling, saying voters deserved a choice.\n\nOpposition leader Kari "
            "Lund said the plan was rushed.")
    tagged = [_span(text, kind, words) for kind, words in
              [("Source", "Norway's Leader"), ("Cue", "Renews Call for"), ("Content", "Whaling Ban")]]
    headline = lambda: next(  # noqa: E731
        s.speaker for s in statements_of(nlp(text), tagged) if s.text == "Whaling Ban")
    assert headline().endswith("Ola Berg")  # (named as the lede names him where no statement of his names him)
    monkeypatch.setattr(importlib.import_module("stance.extract.assemble"), flag, False)
    assert not headline().endswith("Ola Berg")


def test_a_rejected_call_with_no_owner_has_no_speaker(nlp, monkeypatch):
    """'The board rejected [calls for] its chairman to resign': the callers are not named, and the board that
    rejects them is no source of the call (`stance.extract.learned.REJECTED_CALLS`, session 68; the tagger's
    reading alone, as where the parse gives the rules nothing)."""
    import importlib

    text = "The harbour board on Monday rejected calls for its chairman to resign over the audit."
    tagged = [_span(text, kind, words) for kind, words in
              [("Source", "The harbour board"), ("Cue", "calls for"),
               ("Content", "its chairman to resign over the audit")]]
    read = lambda: [s.speaker for s in statements_of(nlp(text), tagged, rules=False)]  # noqa: E731
    assert "The harbour board" not in read()
    monkeypatch.setattr(importlib.import_module("stance.extract.learned"), "REJECTED_CALLS", False)
    assert read() == ["The harbour board"]


@pytest.mark.parametrize("module, flag, text, spans, on, off", [
    # the subject of the verb a participle cue hangs on is no content of it (`learned.PARTICIPLE_CUE_SUBJECTS`)
    ("learned", "PARTICIPLE_CUE_SUBJECTS",
     "The mayor of Leeds threw her support on Monday behind a congestion charge, calling it the only answer to dirty "
     "air.",
     [("Content", "The mayor of Leeds"), ("Cue", "threw her support on Monday behind", 0.38),
      ("Content", "a congestion charge"), ("Cue", "calling"), ("Content", "it the only answer to dirty air")],
     [("The mayor of Leeds", "threw her support", "a congestion charge"),
      ("The mayor of Leeds", "calling", "it the only answer to dirty air")],
     [("The mayor of Leeds", "calling", "The mayor of Leeds"),
      ("The mayor of Leeds", "threw her support", "a congestion charge"),
      ("The mayor of Leeds", "calling", "it the only answer to dirty air")]),
    # a weak participle cue between keeps its content from the cue before (`learned.WEAK_CUES_BETWEEN`)
    ("learned", "WEAK_CUES_BETWEEN",
     "Members of the dockers' union voted to accept the port's pay offer, the union announced on Friday, ending a "
     "dispute that closed the harbour.",
     [("Content", "Members of the dockers' union voted to accept the port's pay offer"), ("Source", "the union"),
      ("Cue", "announced on Friday"), ("Cue", "ending", 0.38), ("Content", "a dispute that closed the harbour")],
     [("the union", "announced", "Members of the dockers' union voted to accept the port's pay offer")],
     [("the union", "announced", "Members of the dockers' union voted to accept the port's pay offer"),
      ("the union", "announced", "a dispute that closed the harbour")]),
    # a headline content stops before its 'as' clause (`learned.HEADLINE_CLAUSES`)
    ("learned", "HEADLINE_CLAUSES",
     "Bishop Calls for Harbour Talks as Strike Spreads\n\nThe bishop spoke on Sunday.",
     [("Source", "Bishop"), ("Cue", "Calls for"), ("Content", "Harbour Talks as Strike Spreads")],
     [("Bishop", "Calls for", "Harbour Talks")],
     [("Bishop", "Calls for", "Harbour Talks"), ("Bishop", "Calls for", "Harbour Talks as Strike Spreads")]),
    # who was told is not joined to the 'that' clause told (`learned.ADDRESSEES_APART`)
    ("learned", "ADDRESSEES_APART",
     "Chief executive Brian Walsh said in a letter to owners that safety was the company's highest priority and "
     "apologized for the inconvenience.",
     [("Source", "Chief executive Brian Walsh"), ("Cue", "said in a letter to"), ("Content", "owners", 0.41),
      ("Content", "that safety was the company's highest priority and apologized for the inconvenience")],
     [("Brian Walsh", "said in a letter", "safety was the company's highest priority")],
     [("Brian Walsh", "said in a letter",
       "owners that safety was the company's highest priority and apologized for the inconvenience"),
      ("Brian Walsh", "said in a letter", "safety was the company's highest priority")]),
    # a relative clause joins the noun it describes a few words before (`learned.RELATIVE_JOINS`)
    ("learned", "RELATIVE_JOINS",
     "The lower house approved a bill on Tuesday night that would open forest lands to mining.",
     [("Source", "The lower house"), ("Cue", "approved"), ("Content", "a bill"),
      ("Content", "that would open forest lands to mining")],
     [("The lower house", "approved", "a bill on Tuesday night that would open forest lands to mining")],
     [("The lower house", "approved", "a bill"), ("The lower house", "approved", "would open forest lands to mining")]),
    # a participle clause after the attribution is no second content (`learned.PARTICIPLE_TAILS`)
    ("learned", "PARTICIPLE_TAILS",
     "The two sides agreed to extend the truce by two days, officials from Qatar said, allowing more aid to enter the "
     "territory.",
     [("Content", "The two sides agreed to extend the truce by two days"), ("Source", "officials from Qatar"),
      ("Cue", "said"), ("Content", "allowing more aid to enter the territory")],
     [("officials from Qatar", "said", "The two sides agreed to extend the truce by two days")],
     [("officials from Qatar", "said", "The two sides agreed to extend the truce by two days"),
      ("officials from Qatar", "said", "allowing more aid to enter the territory")]),
    # a headline's second verb has the first one's speaker (`assemble.HEADLINE_SECOND_VERBS`)
    ("assemble", "HEADLINE_SECOND_VERBS",
     "Opposition Leader Rejects Election Results, Calls for Protests\n\nThe opposition leader spoke on Saturday.",
     [("Source", "Opposition Leader"), ("Cue", "Rejects"), ("Content", "Election Results"), ("Cue", "Calls for"),
      ("Content", "Protests")],
     [("Opposition Leader", "Rejects", "Election Results"), ("Opposition Leader", "Calls for", "Protests")],
     [("Opposition Leader", "Rejects", "Election Results"), ("Rejects Election Results", "Calls for", "Protests")]),
    # a participle cue's source is the subject of the verb it hangs on, past a relative clause
    # (`learned.PARTICIPLE_SOURCES`)
    ("learned", "PARTICIPLE_SOURCES",
     "Governor Ann Ortiz vetoed a bill that would have closed the harbour, siding with dockers' unions who said the "
     "bill would cost jobs.",
     [("Source", "Governor Ann Ortiz"), ("Cue", "vetoed"), ("Content", "a bill that would have closed the harbour"),
      ("Cue", "siding with"), ("Content", "dockers' unions"), ("Source", "who", 0.43), ("Cue", "said"),
      ("Content", "the bill would cost jobs")],
     [("Ann Ortiz", "vetoed", "a bill that would have closed the harbour"),
      ("Ann Ortiz", "siding with", "dockers' unions"), ("dockers' unions", "said", "the bill would cost jobs")],
     [("Ann Ortiz", "vetoed", "a bill that would have closed the harbour"),
      ("dockers' unions", "siding with", "dockers' unions"), ("dockers' unions", "said", "the bill would cost jobs")]),
    # 'faces calls': the callers are not named (`learned.FACED_CALLS`)
    ("learned", "FACED_CALLS",
     "Harbour Minister Faces Calls to Resign Over Ferry Delays\n\nThe minister spoke on Monday.",
     [("Source", "Harbour Minister"), ("Cue", "Faces Calls"), ("Content", "to Resign Over Ferry Delays")],
     [(None, "Faces Calls", "to Resign")], [("Harbour Minister", "Faces Calls", "to Resign")]),
    # the clause of another verb between is no content of the cue (`learned.OTHER_CLAUSES`)
    ("learned", "OTHER_CLAUSES",
     "Opposition parties demanded the resignation of the harbour minister after it emerged that ferry tickets had "
     "been sold twice.",
     [("Source", "Opposition parties"), ("Cue", "demanded"), ("Content", "the resignation of the harbour minister"),
      ("Content", "that ferry tickets had been sold twice")],
     [("Opposition parties", "demanded", "the resignation of the harbour minister")],
     [("Opposition parties", "demanded", "the resignation of the harbour minister"),
      ("Opposition parties", "demanded", "ferry tickets had been sold twice")]),
    # a tagged content stops before 'and' and a rules' statement inside it (`learned.OVER_STATEMENTS`)
    ("learned", "OVER_STATEMENTS",
     "The plan has split local leaders, with two county councils backing the move and two vowing to fight it.",
     [("Source", "two county councils"), ("Cue", "backing"), ("Content", "the move and two vowing to fight it")],
     [("two county councils", "backing", "the move"), ("two", "vowing", "to fight it")],
     [("two county councils", "backing", "the move and two vowing to fight it"), ("two", "vowing", "to fight it")]),
], ids=["participle-cue-subject", "weak-cue-between", "headline-clause", "addressee", "relative-join",
        "participle-tail", "headline-second-verb", "participle-source", "faced-call", "other-clause",
        "over-statements"])
def test_tagged_spans_read_by_the_session_69_rules(nlp, monkeypatch, module, flag, text, spans, on, off):
    """(speaker, cue, text) of every statement with a session-69 rule on, then off
    (`stance.extract.<module>.<flag>`); a span's third item is its score (a weak cue: below the cut). Two
    session-70 rules that reach some of the same readings another way are off, to see these alone."""
    import importlib

    monkeypatch.setattr(importlib.import_module("stance.extract.learned"), "OTHER_OBJECTS_AFTER", False)
    monkeypatch.setattr(importlib.import_module("stance.extract.assemble"), "LONGER_TAGGED_READINGS", False)
    assert _read_with_and_without(nlp, monkeypatch, module, flag, text, spans) == (on, off)


def _read_with_and_without(nlp, monkeypatch, module, flag, text, spans):
    """(speaker, cue, text) of every statement read from tagged ``spans`` with a module flag on, then off."""
    import importlib

    tagged = [_span(text, *span) for span in spans]

    def read():
        return [(s.speaker, s.cue, s.text) for s in statements_of(nlp(text), tagged)]

    with_flag = read()
    monkeypatch.setattr(importlib.import_module(f"stance.extract.{module}"), flag, False)
    return with_flag, read()


@pytest.mark.parametrize("module, flag, text, spans, on, off", [
    # a tagged source that starts inside the dateline loses it (`learned.DATELINE_TAILS`)
    ("learned", "DATELINE_TAILS",
     "Province unveils ferry plan\n\nKESTREL BAY, Ontario - Ontario's government on Tuesday unveiled a plan to sell "
     "the ferry service.",
     [("Source", "Ontario - Ontario's government"), ("Cue", "unveiled"),
      ("Content", "a plan to sell the ferry service")],
     [("Ontario's government", "unveiled", "a plan to sell the ferry service")],
     [("Ontario - Ontario's government", "unveiled", "a plan to sell the ferry service")]),
    # a 'that' the parse marks as opening the cue's clause is not in the speaker (`learned.MARKED_RELATIVE_SOURCES`)
    ("learned", "MARKED_RELATIVE_SOURCES",
     "The council passed a ferry levy, a charge the mayor has championed and that critics call a tax on islanders.",
     [("Source", "the mayor"), ("Cue", "has championed"), ("Source", "that critics"), ("Cue", "call"),
      ("Content", "a tax on islanders")],
     [("critics", "call", "a tax on islanders")], [("that critics", "call", "a tax on islanders")]),
    # a tagged source after the head of the cue's subject takes the phrase in (`learned.SUBJECT_HEADS_BEFORE`)
    ("learned", "SUBJECT_HEADS_BEFORE",
     "Councillors in the island town of Kestrel Bay voted on Thursday to scrap the ferry levy.",
     [("Source", "the island town of Kestrel Bay"), ("Cue", "voted"), ("Content", "to scrap the ferry levy")],
     [("Councillors in the island town of Kestrel Bay", "voted", "to scrap the ferry levy")],
     [("the island town of Kestrel Bay", "voted", "to scrap the ferry levy")]),
    # the object of another verb before the cue is not what the cue says (`learned.OTHER_OBJECTS_BEFORE`)
    ("learned", "OTHER_OBJECTS_BEFORE",
     "Islanders were divided, with some welcoming the levy and others saying it would cut them off.",
     [("Content", "the levy"), ("Source", "others"), ("Cue", "saying"), ("Content", "it would cut them off")],
     [("some", "saying", "it would cut them off")],
     [("some", "saying", "the levy"), ("some", "saying", "it would cut them off")]),
    # a content that stops on a modifier takes in its noun (`learned.CUT_NOUN_HEADS`)
    ("learned", "CUT_NOUN_HEADS",
     "Islanders vow to fight the ban on ferry cars\n\nThe ban starts on Monday.",
     [("Source", "Islanders"), ("Cue", "vow"), ("Content", "to fight the ban on ferry")],
     [("Islanders", "vow", "to fight the ban on ferry cars")], [("Islanders", "vow", "to fight the ban on ferry")]),
    # the noun that can speak before a cue with no subject speaks (`learned.CONJ_NOUN_SOURCES`)
    ("learned", "CONJ_NOUN_SOURCES",
     "The council approved a new ferry levy, a charge that supporters say will bring 900 jobs and critics call a tax "
     "on islanders.",
     [("Source", "supporters"), ("Cue", "say"), ("Content", "will bring 900 jobs"), ("Source", "critics", 0.3),
      ("Cue", "call"), ("Content", "a tax on islanders")],
     [("supporters", "say", "will bring 900 jobs"), ("critics", "call", "a tax on islanders")],
     [("supporters", "say", "will bring 900 jobs"), ("supporters", "call", "a tax on islanders")]),
    # 'Ontario Governor' in the headline is the governor the lede names (`assemble.HEADLINE_PLACE_NOUNS`)
    ("assemble", "HEADLINE_PLACE_NOUNS",
     "Ontario Governor Vetoes Ferry Levy\n\nGov. Ann Ortiz of Ontario on Monday vetoed a bill that would have raised "
     "the ferry levy.",
     [("Source", "Ontario Governor"), ("Cue", "Vetoes"), ("Content", "Ferry Levy"),
      ("Source", "Gov. Ann Ortiz of Ontario"), ("Cue", "vetoed"),
      ("Content", "a bill that would have raised the ferry levy")],
     [("Ann Ortiz", "Vetoes", "Ferry Levy"), ("Ann Ortiz", "vetoed", "a bill that would have raised the ferry levy")],
     [("Ontario Governor", "Vetoes", "Ferry Levy"),
      ("Ann Ortiz", "vetoed", "a bill that would have raised the ferry levy")]),
    # what a bill would do is no one's words (`learned.THINGS_THAT_WOULD`)
    ("learned", "THINGS_THAT_WOULD",
     "The levy bill, sponsored by Rep. Ann Ortiz and Rep. Tom Berg, would cover crossings to all six islands.",
     [("Source", "Rep. Ann Ortiz and Rep. Tom Berg,"), ("Cue", "would cover"),
      ("Content", "crossings to all six islands")],
     [], [("The levy bill, sponsored by Rep. Ann Ortiz and Rep. Tom Berg", "would cover",
           "crossings to all six islands")]),
    # the headline's news before ', but' is not the speaker's (`learned.CONTRASTED_HEADLINES`)
    ("learned", "CONTRASTED_HEADLINES",
     "House Passes Ferry Levy, but Senate Leader Calls It a Tax\n\nThe House voted on Wednesday.",
     [("Content", "House Passes Ferry Levy"), ("Source", "Senate Leader"), ("Cue", "Calls"), ("Content", "It a Tax")],
     [("Senate Leader", "Calls", "It a Tax")],
     [("Senate Leader", "Calls", "House Passes Ferry Levy"), ("Senate Leader", "Calls", "It a Tax")]),
    # a tagged content stops before a quotation the rules read (`learned.QUOTES_AFTER_SENTENCES`)
    ("learned", "QUOTES_AFTER_SENTENCES",
     "The mayor dubbed the levy \"a tax with a new name.\" \"We have seen this before,\" she argued.",
     [("Source", "The mayor"), ("Cue", "dubbed"),
      ("Content", "the levy \"a tax with a new name.\" \"We have seen this before,\""), ("Source", "she"),
      ("Cue", "argued")],
     [("The mayor", "dubbed", "the levy \"a tax with a new name.\""),
      ("The mayor", "argued", "We have seen this before")],
     [("The mayor", "dubbed", "the levy \"a tax with a new name.\" \"We have seen this before,\""),
      ("The mayor", "argued", "We have seen this before")]),
    # a tagged content that opens with the rules' speaker of its cue starts after it
    # (`learned.SPEAKERS_OUT_OF_CONTENTS`)
    ("learned", "SPEAKERS_OUT_OF_CONTENTS",
     "Brennan, 41, is accused by US prosecutors of misleading investors about ferry revenues.",
     [("Source", "Brennan, 41,"), ("Cue", "is accused by"),
      ("Content", "US prosecutors of misleading investors about ferry revenues")],
     [("US prosecutors", "is accused by", "Brennan, 41"),
      ("US prosecutors", "is accused by", "of misleading investors about ferry revenues")],
     [("US prosecutors", "is accused by", "Brennan, 41"),
      ("US prosecutors", "is accused by", "US prosecutors of misleading investors about ferry revenues")]),
    # a tagged content that is its paragraph's dateline is left out (`learned.DATELINE_CONTENTS`)
    ("learned", "DATELINE_CONTENTS",
     "Ferry union backs car ban as Kestrel Bay drivers push back\n\nKESTREL BAY, Colo. — The Kestrel Bay Harbour "
     "Board voted 5-2 Tuesday night to ban cars from ferries for the entire summer starting in June.",
     [("Source", "Ferry union"), ("Cue", "backs"), ("Content", "car ban as Kestrel Bay"), ("Cue", "push back", 0.46),
      ("Content", "KESTREL BAY, Colo", 0.46), ("Source", "The Kestrel Bay Harbour Board"),
      ("Cue", "voted 5-2 Tuesday night"),
      ("Content", "to ban cars from ferries for the entire summer starting in June")],
     [("Ferry union", "backs", "car ban"), ("The Kestrel Bay Harbour Board", "voted 5-2 Tuesday night",
                                           "to ban cars from ferries for the entire summer starting in June")],
     [("Ferry union", "backs", "car ban"),
      ("The Kestrel Bay Harbour Board", "voted 5-2 Tuesday night", "KESTREL BAY, Colo"),
      ("The Kestrel Bay Harbour Board", "voted 5-2 Tuesday night",
       "to ban cars from ferries for the entire summer starting in June")]),
    # the object of another verb after the cue is not what the cue says (`learned.OTHER_OBJECTS_AFTER`)
    ("learned", "OTHER_OBJECTS_AFTER",
     "The province has approved a new ferry terminal, overruling a planning inspector's advice and angering island "
     "campaigners.",
     [("Source", "The province"), ("Cue", "overruling"), ("Content", "a planning inspector's advice"),
      ("Content", "island campaigners")],
     [("The province", "overruling", "a planning inspector's advice")],
     [("The province", "overruling", "a planning inspector's advice"),
      ("The province", "overruling", "island campaigners")]),
    # a tagged cue in the clause of a question put to someone is left out (`learned.QUESTIONED_CUES`)
    ("learned", "QUESTIONED_CUES",
     "County Executive Dan Morrow said he was disappointed. Asked whether he still expected the deal to pass, Morrow "
     "said he did.",
     [("Source", "he", 0.5), ("Cue", "expected"), ("Content", "the deal to pass")],
     [("Dan Morrow", "said", "he was disappointed"), ("Dan Morrow", "said", "he did")],
     [("Dan Morrow", "said", "he was disappointed"), ("Dan Morrow", "expected", "the deal to pass"),
      ("Dan Morrow", "said", "he did")]),
    # the tagger's longer reading of the rules' content, from its start, with the same cue, is the one kept
    # (`assemble.LONGER_TAGGED_READINGS`)
    ("assemble", "LONGER_TAGGED_READINGS",
     "The ferry union called for a two-year moratorium pending a joint safety study.",
     [("Source", "The ferry union"), ("Cue", "called for"),
      ("Content", "a two-year moratorium pending a joint safety study")],
     [("The ferry union", "called for", "a two-year moratorium pending a joint safety study")],
     [("The ferry union", "called for", "a two-year moratorium"),
      ("The ferry union", "called for", "a two-year moratorium pending a joint safety study")]),
], ids=["dateline-tail", "marked-relative", "subject-head-before", "other-object-before", "cut-noun-head",
        "conj-noun-source", "headline-place-noun", "things-that-would", "contrasted-headline", "quote-after-sentence",
        "speaker-out-of-content", "dateline-content", "other-object-after",
        "questioned-cue", "longer-tagged-reading"])
def test_tagged_spans_read_by_the_session_70_rules(nlp, monkeypatch, module, flag, text, spans, on, off):
    """(speaker, cue, text) of every statement with a session-70 rule on, then off
    (`stance.extract.<module>.<flag>`); a span's third item is its score (a weak source: below the cut)."""
    assert _read_with_and_without(nlp, monkeypatch, module, flag, text, spans) == (on, off)


@pytest.mark.parametrize("module, flag, text, spans, on, off", [
    # a tagged source loses the finite verb its subject governs (`learned.SOURCE_VERB_ENDS`)
    ("learned", "SOURCE_VERB_ENDS",
     "Dockers walk out\n\nHundreds of dockers at the port of Kestrel Bay walked off the job on Friday in protest "
     "against plans to automate the ferry terminal.",
     [("Source", "Hundreds of dockers at the port of Kestrel Bay walked off"), ("Cue", "protest against"),
      ("Content", "plans to automate the ferry terminal")],
     [("Hundreds of dockers at the port of Kestrel Bay", "protest against", "plans to automate the ferry terminal")],
     [("Hundreds of dockers at the port of Kestrel Bay walked", "protest against",
       "plans to automate the ferry terminal")]),
    # a passive participle cue after a noun has no speaker: the noun is the one accused (`learned.PARTICIPLE_PATIENTS`)
    ("learned", "PARTICIPLE_PATIENTS",
     "A former harbour councillor accused of diverting ferry grants into a private company told a jury on Wednesday "
     "that she had no idea the money was missing.",
     [("Source", "A former harbour councillor"), ("Cue", "accused"),
      ("Content", "of diverting ferry grants into a private company"), ("Cue", "told"),
      ("Content", "she had no idea the money was missing")],
     [(None, "accused", "of diverting ferry grants into a private company"),
      ("A former harbour councillor", "told", "she had no idea the money was missing")],
     [("A former harbour councillor", "accused", "of diverting ferry grants into a private company"),
      ("A former harbour councillor", "told", "she had no idea the money was missing")]),
    # the subject of a passive cue is not its speaker (`learned.PASSIVE_PATIENTS`)
    ("learned", "PASSIVE_PATIENTS",
     "Staff at the ferry office were told of the closure on Thursday afternoon.",
     [("Source", "Staff at the ferry office"), ("Cue", "were told of"), ("Content", "the closure")],
     [(None, "were told of", "the closure")],
     [("Staff at the ferry office", "were told of", "the closure")]),
    # a subjectless participle clause before the cue is what the speaker did, not said (`learned.FRONTED_PARTICIPLES`)
    ("learned", "FRONTED_PARTICIPLES",
     "Treasurer jailed\n\nSentencing him, Judge Alison Threlkeld said Pellow had shown \"a cold and calculated "
     "disregard\" for the people he was paid to serve.",
     [("Content", "Treasurer jailed\n\nSentencing him"), ("Source", "Judge Alison Threlkeld"), ("Cue", "said"),
      ("Content", "Pellow had shown \"a cold and calculated disregard\" for the people he was paid to serve")],
     [("Alison Threlkeld", "said",
       "Pellow had shown \"a cold and calculated disregard\" for the people he was paid to serve")],
     [("Alison Threlkeld", "said", "Sentencing him"),
      ("Alison Threlkeld", "said",
       "Pellow had shown \"a cold and calculated disregard\" for the people he was paid to serve")]),
], ids=["source-verb-end", "participle-patient", "passive-patient", "fronted-participle"])
def test_tagged_spans_read_by_the_session_71_rules(nlp, monkeypatch, module, flag, text, spans, on, off):
    """Statements read from tagged spans with a session-71 rule on, then off (`stance.extract.<module>.<flag>`)."""
    assert _read_with_and_without(nlp, monkeypatch, module, flag, text, spans) == (on, off)


@pytest.mark.parametrize("module, flag, text, spans, on, off", [
    # why a source was not named is not what the source said (`learned.ANONYMITY_REASONS`)
    ("learned", "ANONYMITY_REASONS",
     "Ferry talks\n\nOne of the negotiators, speaking on condition of anonymity because he was not authorised to "
     "talk to reporters, said the crews had been warned.",
     [("Source", "One of the negotiators"), ("Content", "because he was not authorised to talk to reporters"),
      ("Cue", "said"), ("Content", "the crews had been warned")],
     [("One of the negotiators", "said", "the crews had been warned")],
     [("One of the negotiators", "said", "because he was not authorised to talk to reporters"),
      ("One of the negotiators", "said", "the crews had been warned")]),
    # a cue that names a thing gives no statement (`learned.NAMING_CUES`)
    ("learned", "NAMING_CUES",
     "Ferry law blocked\n\nThe law, known as the Ferry Fares Act, passed the assembly in March.",
     [("Content", "The law"), ("Cue", "known"), ("Content", "the Ferry Fares Act, passed the assembly in March")],
     [],
     [(None, "known", "The law"), (None, "known", "the Ferry Fares Act, passed the assembly in March")]),
    # a tagged content that is only a person's name after 'according to' is no statement (`learned.NAME_CONTENTS`)
    ("learned", "NAME_CONTENTS",
     "Ferry skipper held\n\nThe skipper was detained before dawn, according to his wife, Marta Quiles.",
     [("Content", "The skipper was detained before dawn"), ("Cue", "according to"), ("Source", "his wife"),
      ("Content", "Marta Quiles")],
     [("Marta Quiles", "according to", "The skipper was detained before dawn")],
     [("Marta Quiles", "according to", "The skipper was detained before dawn"),
      ("Marta Quiles", "according to", "Marta Quiles")]),
], ids=["anonymity-reason", "naming-cue", "name-content"])
def test_tagged_spans_read_by_the_session_72_rules(nlp, monkeypatch, module, flag, text, spans, on, off):
    """Statements read from tagged spans with a session-72 rule on, then off (`stance.extract.<module>.<flag>`)."""
    assert _read_with_and_without(nlp, monkeypatch, module, flag, text, spans) == (on, off)


@pytest.mark.parametrize("module, flag, text, spans, on, off", [
    # the anonymity a source was granted is not what the source said (`learned.ANONYMITY_OBJECTS`)
    ("learned", "ANONYMITY_OBJECTS",
     "Ferry talks\n\nTwo delegates, speaking on condition of anonymity because the talks are confidential, said the "
     "crews had been warned.",
     [("Source", "Two delegates"), ("Cue", "speaking on condition of"),
      ("Content", "anonymity because the talks are confidential"), ("Cue", "said"),
      ("Content", "the crews had been warned")],
     [("Two delegates", "said", "the crews had been warned")],
     [("Two delegates", "speaking on condition of", "anonymity because the talks are confidential"),
      ("Two delegates", "said", "the crews had been warned")]),
    # a headline's noun that the parse takes for a verb is no cue (`learned.HEADLINE_NOUN_CUES`)
    ("learned", "HEADLINE_NOUN_CUES",
     "Ferry talks stall over fares\n\nNegotiators met on Monday.",
     [("Source", "Ferry"), ("Cue", "talks"), ("Content", "stall over fares")],
     [],
     [("Ferry", "talks", "stall over fares")]),
    # a participle cue after its source says a content fronted before it (`learned.SAYING_PARTICIPLES`)
    ("learned", "SAYING_PARTICIPLES",
     "Bus fares to rise\n\nKESTREL VALE, July 22 (Midland Press Bureau) - Single bus fares across Kestrel Vale will "
     "rise by 15 pence from September 1, the district's main operator announced on Monday.",
     [("Content", "Single bus fares across Kestrel Vale will rise by 15 pence from September 1"),
      ("Source", "the district's main operator"), ("Cue", "announced on Monday")],
     [("the district's main operator", "announced on Monday",
       "Single bus fares across Kestrel Vale will rise by 15 pence from September 1")],
     [(None, "announced on Monday", "Single bus fares across Kestrel Vale will rise by 15 pence from September 1")]),
], ids=["anonymity-object", "headline-noun-cue", "saying-participle"])
def test_tagged_spans_read_by_the_session_73_rules(nlp, monkeypatch, module, flag, text, spans, on, off):
    """Statements read from tagged spans with a session-73 rule on, then off (`stance.extract.<module>.<flag>`)."""
    assert _read_with_and_without(nlp, monkeypatch, module, flag, text, spans) == (on, off)


@pytest.mark.parametrize("module, flag, text, spans, on, off", [
    # a tagged source in the headline that runs over 'as' keeps the words after it (`learned.HEADLINE_SOURCE_CLAUSES`)
    ("learned", "HEADLINE_SOURCE_CLAUSES",
     "Fans fill stand as club defends plan to sell its ground\n\nSupporters gathered on Saturday.",
     [("Source", "Fans fill stand as club"), ("Cue", "defends plan"), ("Content", "to sell its ground")],
     [("club", "defends plan", "to sell its ground")],
     [("Fans fill stand as club", "defends plan", "to sell its ground")]),
    # the question put to a speaker is not what they said (`learned.QUESTION_CONTENTS`)
    ("learned", "QUESTION_CONTENTS",
     "Ferry inquiry\n\nPressed by Ms Reyes on whether he would resign, Tom Berg said he had no plans to do so.",
     [("Content", "whether he would resign"), ("Source", "Tom Berg"), ("Cue", "said"),
      ("Content", "he had no plans to do so")],
     [("Tom Berg", "said", "he had no plans to do so")],
     [("Tom Berg", "said", "whether he would resign"), ("Tom Berg", "said", "he had no plans to do so")]),
    # a tagged cue that is only a modal gives no statement (`learned.MODAL_CUES`)
    ("learned", "MODAL_CUES",
     "Rugby vote\n\nThe expansion plan, backed by league chief executive Nora Quist, would add four new clubs over "
     "two seasons.",
     [("Content", "The expansion plan"), ("Source", "Nora Quist"), ("Cue", "would")],
     [],
     [("Nora Quist", "would", "The expansion plan")]),
    # the verb of a zero relative clause parsed as a participle on its subject has that subject as its source
    # (`learned.ZERO_RELATIVE_SOURCES`)
    ("learned", "ZERO_RELATIVE_SOURCES",
     "Trade row\n\nThe council suspended the trade pact, a step officials estimated would cost the economy 800 "
     "million dollars.",
     [("Cue", "estimated"), ("Content", "would cost the economy 800 million dollars")],
     [("officials", "estimated", "would cost the economy 800 million dollars")],
     [(None, "estimated", "would cost the economy 800 million dollars")]),
], ids=["headline-source-clause", "question-content", "modal-cue", "zero-relative-source"])
def test_tagged_spans_read_by_the_session_74_rules(nlp, monkeypatch, module, flag, text, spans, on, off):
    """Statements read from tagged spans with a session-74 rule on, then off (`stance.extract.<module>.<flag>`)."""
    assert _read_with_and_without(nlp, monkeypatch, module, flag, text, spans) == (on, off)


def test_a_longer_tagged_reading_into_a_clause_of_time_leaves_the_rules_reading(nlp, monkeypatch):
    """`assemble.LONGER_TAGGED_READINGS` keeps the rules' content when the tagger's longer reading runs on into a
    clause of time or cause ('..., after the board raised the fares'); without that check it would go."""
    import importlib
    import re

    text = ("KESTREL BAY - Mayor Ann Ortiz on Thursday lashed out at the harbour board and its chairman, Tom Berg, "
            "after the board raised the fares for the third time this year.")
    shorter = "the harbour board and its chairman, Tom Berg"
    longer = shorter + ", after the board raised the fares for the third time this year"
    tagged = [_span(text, "Source", "Mayor Ann Ortiz"), _span(text, "Cue", "lashed out at"),
              _span(text, "Content", longer)]
    assert [s.text for s in statements_of(nlp(text), tagged)] == [shorter, longer]
    monkeypatch.setattr(importlib.import_module("stance.extract.assemble"), "_CLAUSE_TAIL", re.compile(r"(?!)"))
    assert [s.text for s in statements_of(nlp(text), tagged)] == [longer]




@pytest.mark.parametrize("module, flag, text, spans, on, off", [
    # the condition a source spoke on is not what they said (`learned.ANONYMITY_CONDITIONS`)
    ("learned", "ANONYMITY_CONDITIONS",
     "Harbour budget\n\nA senior official in the ruling Harbour Party, speaking on condition of anonymity because she "
     "was not authorised to comment, said the cabinet was split over the ferry budget.",
     [("Source", "A senior official in the ruling Harbour Party"),
      ("Content", "condition of anonymity because she was not authorised to comment"), ("Cue", "said"),
      ("Content", "the cabinet was split over the ferry budget")],
     [("A senior official in the ruling Harbour Party", "said", "the cabinet was split over the ferry budget")],
     [("A senior official in the ruling Harbour Party", "said",
       "condition of anonymity because she was not authorised to comment"),
      ("A senior official in the ruling Harbour Party", "said", "the cabinet was split over the ferry budget")]),
], ids=["anonymity-condition"])
def test_tagged_spans_read_by_the_session_76_rules(nlp, monkeypatch, module, flag, text, spans, on, off):
    """Statements read from tagged spans with a session-76 rule on, then off (`stance.extract.<module>.<flag>`)."""
    assert _read_with_and_without(nlp, monkeypatch, module, flag, text, spans) == (on, off)

@pytest.mark.parametrize("flag, found", [
    (True, [("Residents", "told", "a new quarry would ruin the village")]),
    (False, [("inquiry", "told", "Quarry plan 'will ruin our village'"),
             ("Residents", "told", "a new quarry would ruin the village")])])
def test_tagged_cue_of_a_headline_passive_is_left_out(nlp, monkeypatch, flag, found):
    """A tagged cue that is a headline's passive ('..., inquiry [told]': the inquiry was told) makes no statement of the
    one who was told (`learned.HEADLINE_PASSIVE_CUES`)."""
    from stance.extract import learned

    text = ("Quarry plan 'will ruin our village', inquiry told\n\nResidents told a planning inquiry on Monday that a "
            "new quarry would ruin the village.")
    spans = [("Content", "Quarry plan 'will ruin our village'"), ("Source", "inquiry"), ("Cue", "told"),
             ("Source", "Residents"), ("Content", "a new quarry would ruin the village")]
    tagged = [_span(text, *x) for x in spans]
    tagged.insert(3, TaggedSpan("Cue", text.index("told a planning"), text.index("told a planning") + 4, 0.9))
    monkeypatch.setattr(learned, "HEADLINE_PASSIVE_CUES", flag)
    assert [(s.speaker, s.cue, s.text) for s in statements_of(nlp(text), tagged)] == found


@pytest.mark.parametrize("flag, kind", [(True, "question"), (False, "indirect")])
def test_opening_asked_read_as_a_past_tense_puts_a_question(nlp, monkeypatch, flag, kind):
    """A sentence's first word 'Asked', which the parse takes for a past tense here, puts a question to the speaker
    of the sentence; it is not a statement of theirs (`learned.QUESTIONS_OPENING`)."""
    from stance.extract import learned

    text = ("Pay talks\n\nHealth Minister Hamish Doyle met union leaders on Monday.\n\nAsked whether the ministry "
            "would raise its offer, he said: \"We have been clear about what we can afford.\"")
    spans = [("Cue", "Asked"), ("Content", "whether the ministry would raise its offer"), ("Source", "he"),
             ("Cue", "said"), ("Content", "We have been clear about what we can afford.")]
    monkeypatch.setattr(learned, "QUESTIONS_OPENING", flag)
    doc = nlp(text)
    assert next(t for t in doc if t.text == "Asked").tag_ == "VBD"  # (the parse this test is about)
    found = [(s.speaker, s.cue, s.text, s.kind) for s in statements_of(doc, [_span(text, *x) for x in spans])]
    assert found == [(None, "Asked", "whether the ministry would raise its offer", kind),
                     ("Hamish Doyle", "said", "We have been clear about what we can afford.", "direct")]


@pytest.mark.parametrize("flag, speaker", [(True, "a trust audit"), (False, "A majority of the board")])
def test_second_subject_after_a_conjunction_is_the_source(nlp, monkeypatch, flag, speaker):
    """Of two subjects a parse gives the cue ('A majority of the board called on Vance to resign, days after [a trust
    audit] found ...', 'majority' hung on 'found' too, as the parser does after a dateline), the one after 'after'
    holds the cue's source (`learned.SECOND_SUBJECT_SOURCES`)."""
    from spacy.tokens import Doc

    from stance.extract import learned

    words = "A majority of the board called on Vance to resign , days after a trust audit found he had approved " \
            "payments .".split()
    heads = [1, 16, 1, 4, 2, 16, 5, 6, 9, 5, 16, 16, 16, 15, 15, 16, 16, 19, 19, 16, 19, 16]
    deps = ["det", "nsubj", "prep", "det", "pobj", "advcl", "prep", "pobj", "aux", "xcomp", "punct", "npadvmod",
            "mark", "det", "compound", "nsubj", "ROOT", "nsubj", "aux", "ccomp", "dobj", "punct"]
    tags = "DT NN IN DT NN VBD IN NNP TO VB , NNS IN DT NN NN VBD PRP VBD VBN NNS .".split()
    pos = "DET NOUN ADP DET NOUN VERB ADP PROPN PART VERB PUNCT NOUN SCONJ DET NOUN NOUN VERB PRON AUX VERB NOUN " \
          "PUNCT".split()
    lemmas = "a majority of the board call on Vance to resign , day after a trust audit find he have approve " \
             "payment .".split()
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    spans = [("Source", "A majority of the board"), ("Cue", "called on"), ("Content", "Vance to resign"),
             ("Source", "a trust audit"), ("Cue", "found"), ("Content", "he had approved payments")]
    monkeypatch.setattr(learned, "SECOND_SUBJECT_SOURCES", flag)
    read = [(s.speaker, s.cue, s.text) for s in statements_of(doc, [_span(doc.text, *span) for span in spans])]
    assert read == [("A majority of the board", "called on", "Vance to resign"),
                    (speaker, "found", "he had approved payments")]
