"""Article analysis: statements x targets, relevance, the speaker summary and the picture."""
from __future__ import annotations

import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import pytest

import stance
from stance.analyze import CUE_NOTE, Analysis, Target, analyze, cue_stance, relevance, suggest_targets
from stance.extract import Statement, extract, load_nlp
from stance.targets import is_subheading
from conftest import AlwaysOppose as _AlwaysOppose, make_examples

EXAMPLE = Path(__file__).parents[1] / "data" / "examples" / "harbour_bridge.txt"


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.fixture(scope="module")
def tiny_model(tiny_base):
    return stance.train(make_examples(), base=str(tiny_base), epochs=3, batch_size=8, learning_rate=3e-3,
                        freeze_embeddings=False, seed=2)


def test_target_validation():
    assert Target("the toll", aliases=["the charge"]).aliases == ("the charge",)
    with pytest.raises(ValueError, match="non-empty name"):
        Target("  ")
    with pytest.raises(ValueError, match="target at index 1"):
        analyze("Some text.", targets=["ok", ""], model=object())
    with pytest.raises(ValueError, match="index 0 and 2 are both 'The  Toll'"):
        analyze("Some text.", targets=["the toll", "the bridge", "The  Toll"], model=object())


def test_a_target_the_article_never_names_warns_and_stays_neutral(tiny_model, nlp):
    text = "The mayor said the new toll on the harbour bridge would pay for its repairs."
    with pytest.warns(UserWarning, match="never names 'the Martian embassy'.*all neutral"):
        result = analyze(text, targets=["the toll", "the Martian embassy"], model=tiny_model, nlp=nlp)
    martian = [r for r in result.stances if r.target == "the Martian embassy"]
    assert martian and all(r.label == "neutral" and not r.relevant for r in martian)
    assert set(result.by_speaker().query("target == 'the Martian embassy'")["stance"]) == {"neutral"}


ARTICLE = (
    "Council Votes on Bridge Toll\n\n"
    "The mayor said the toll was needed.\n\n"
    "\"We cannot wait any longer,\" she added.\n\n"
    "Councillor Ann Lowe said the new library would open in spring."
)


def _positions(statements, *fragments):
    """The index of the first statement holding each text fragment."""
    return [next(i for i, s in enumerate(statements) if f in s.text) for f in fragments]


def test_relevance_uses_statement_then_context(nlp):
    statements = extract(ARTICLE, nlp=nlp)
    i_toll, i_wait, i_lib = _positions(statements, "toll was needed", "cannot wait", "library")
    targets = [Target("the bridge toll"), Target("the new library")]
    with_context = relevance(statements, targets, ARTICLE, context=True)
    without = relevance(statements, targets, ARTICLE, context=False)
    assert without[i_toll, 0] and with_context[i_toll, 0]  # the statement names the toll itself
    # 'We cannot wait' names nothing; the paragraph before it is about the toll
    assert not without[i_wait].any() and with_context[i_wait, 0] and not with_context[i_wait, 1]
    # a paragraph about the library does not inherit the toll from the paragraph before
    assert with_context[i_lib, 1] and not with_context[i_lib, 0]


HEADLINED = (
    "Growers Say New Dam Will Dry Their Fields\n\n"
    "KELLS - A plan to flood the upper valley drew anger on Monday.\n\n"
    "\"This is the end of farming here,\" said Rob Hale, who grows barley.\n\n"
    "Separately, the mayor said the ferry pier would reopen in May."
)


def test_relevance_falls_back_to_the_headline(nlp):
    """A paragraph that names no target (nor does the one before it) concerns the targets the
    headline names, as a reader takes it ('the end of farming here' is about the dam); one that
    names another target does not."""
    statements = extract(HEADLINED, nlp=nlp)
    i_end, i_pier = _positions(statements, "end of farming", "pier")
    targets = [Target("the new dam"), Target("the ferry pier")]
    on = relevance(statements, targets, HEADLINED, topic=True)
    off = relevance(statements, targets, HEADLINED, topic=False)
    assert on[i_end, 0] and not on[i_end, 1] and not off[i_end].any()
    assert on[i_pier, 1] and not on[i_pier, 0]


SECTIONED = HEADLINED.replace(
    "\n\nSeparately,",
    "\n\nFerry pier to reopen after storm repairs\n\n"
    "\"We have waited two winters for this,\" said Ana Ruiz, who runs the kiosk.\n\n"
    "\"Nobody asked us anything,\" said Liam Doyle, a boat owner.\n\nSeparately,")


def test_a_subheading_starts_a_new_topic(nlp):
    """After a subheading, a statement that names no target concerns the subheading's targets, not
    the headline's, and the paragraph before the subheading does not carry over."""
    statements = extract(SECTIONED, nlp=nlp)
    i_end, i_wait, i_asked = _positions(statements, "end of farming", "two winters", "Nobody asked")
    targets = [Target("the new dam"), Target("the ferry pier")]
    rel = relevance(statements, targets, SECTIONED)
    assert rel[i_end, 0] and not rel[i_end, 1]
    assert rel[i_wait, 1] and not rel[i_wait, 0]  # the subheading names the pier, not the dam
    assert rel[i_asked, 1] and not rel[i_asked, 0]  # still the pier's section


LEVY = (
    "Port Workers Walk Out\n\n"
    "DUNMORE - The harbour board voted on Monday to approve a new berth levy on every cargo ship that "
    "docks at the port.\n\n"
    "Dock workers gathered outside the gates at dawn.\n\n"
    "\"We will not carry this for them,\" said Sam Ortiz, a crane driver.\n\n"
    "Marta Keane said Nora Vale had never once visited the docks."
)


@pytest.mark.parametrize("target, is_one", [
    ("the berth levy", True), ("the Kurdistan independence referendum", True), ("the new US policy on Syria", True),
    ("Apple's acquisition of Path", True), ("the US air strikes against Isis in Iraq", True),
    ("NHL expansion", True), ("the Iraqi government", False), ("the US-led coalition in Syria", False),
    ("Nora Vale", False), ("the Republican Party", False), ("Republican lawmakers", False), ("Democrats", False),
])
def test_what_counts_as_an_issue(target, is_one):
    from stance.targets import is_issue

    assert is_issue(target) is is_one


def test_an_issue_the_article_names_concerns_the_statements_nothing_else_claims(nlp):
    """'We will not carry this' names nothing, nor do its paragraph, the one before or the headline:
    it concerns the levy the article is about (an issue), not the person target; a statement that
    names a target keeps to it; an issue the article never names concerns nothing."""
    statements = extract(LEVY, nlp=nlp)
    i_carry, i_visit = _positions(statements, "carry this", "never once visited")
    targets = [Target("the berth levy"), Target("Nora Vale"), Target("the fishing quota")]
    on = relevance(statements, targets, LEVY, issues_wide=True)
    off = relevance(statements, targets, LEVY, issues_wide=False)
    assert on[i_carry].tolist() == [True, False, False] and not off[i_carry].any()
    assert on[i_visit].tolist() == [False, True, False] == off[i_visit].tolist()
    assert not on[:, 2].any()


MIXED_PARAGRAPH = (
    "Port Board Backs Harbour Toll\n\n"
    "The harbour toll came up again on Tuesday. Mayor Ines Carro said the port board had done "
    "a fine job this year. \"We owe them a lot,\" she said.\n\n"
    "\"Nobody here wants it,\" said Paul Brandt, a ferry captain."
)


def test_a_statement_that_names_a_target_concerns_only_the_targets_it_names(nlp):
    """Guideline rule 3: praise of the port board says nothing about the toll, although its
    paragraph names the toll; a statement that names no target still takes its paragraph's, and
    the headline's."""
    statements = extract(MIXED_PARAGRAPH, nlp=nlp)
    i_board, i_owe, i_nobody = _positions(statements, "fine job", "owe them", "Nobody here")
    targets = [Target("the harbour toll"), Target("the port board")]
    rel = relevance(statements, targets, MIXED_PARAGRAPH)
    assert rel[i_board].tolist() == [False, True]
    assert rel[i_owe].tolist() == [True, True]  # names neither: its paragraph names both
    assert rel[i_nobody].tolist() == [True, True]  # names neither; the paragraph before names both
    old = relevance(statements, targets, MIXED_PARAGRAPH, own_first=False)
    assert old[i_board].tolist() == [True, True]


def test_a_relevance_flag_set_at_run_time_takes_effect(nlp, monkeypatch):
    """The module flags are read at each call, so a user can turn a rule off for every analysis."""
    import stance.targets as targets_module

    statements = extract(MIXED_PARAGRAPH, nlp=nlp)
    (i_board,) = _positions(statements, "fine job")
    targets = [Target("the harbour toll"), Target("the port board")]
    monkeypatch.setattr(targets_module, "OWN_TARGETS_FIRST", False)
    assert relevance(statements, targets, MIXED_PARAGRAPH)[i_board].tolist() == [True, True]
    assert relevance(statements, targets, MIXED_PARAGRAPH, own_first=True)[i_board].tolist() == [False, True]
    result = analyze(MIXED_PARAGRAPH, targets=targets, model=_AlwaysOppose(), nlp=nlp)
    assert [r.relevant for r in result.stances if r.statement.start == statements[i_board].start] == [True, True]


SPEAKER_NAMED = (
    "Health Board Defends Hospital Merger\n\n"
    "According to Leon Voss, the board will decide in May.\n\n"
    "Brenda Caffrey, a union official, said the plan would force staff to travel further.\n\n"
    "\"I will not apologise for wanting it to be safe,\" Voss said."
)


def test_a_name_that_only_says_who_speaks_does_not_make_a_paragraph_about_it(nlp):
    """'According to Leon Voss' names Voss as a speaker, not as what the paragraph is about: the
    next paragraph's statement, which names no target, falls back to the headline's merger, not
    to Voss. A speaker's statement about themself still counts for them."""
    statements = extract(SPEAKER_NAMED, nlp=nlp)
    i_force, i_safe = _positions(statements, "force staff", "apologise")
    targets = [Target("the hospital merger"), Target("Leon Voss")]
    rel = relevance(statements, targets, SPEAKER_NAMED)
    assert rel[i_force].tolist() == [True, False]
    assert rel[i_safe, 1]  # Voss on himself
    old = relevance(statements, targets, SPEAKER_NAMED, speakers_aside=False)
    assert old[i_force].tolist() == [False, True]
    # what a speaker spoke of is not part of who they are: 'said Ann Ortiz of the toll'
    text = "The council met on Monday.\n\n\"This is a disaster for everyone,\" said Ann Ortiz of the toll."
    statements = extract(text, nlp=nlp)
    assert relevance(statements, [Target("the toll")], text).all()


POSITION_ON = (
    "Minister Thanks Allies\n\n"
    "The harbour toll has split the council for months.\n\n"
    "Ines Carro said she welcomed the port board's position on the harbour toll.\n\n"
    "Paul Brandt said the harbour toll was a disgrace."
)


@pytest.mark.parametrize("positions_aside, expected", [(True, [False, True]), (False, [True, True])])
def test_a_target_named_only_as_what_a_position_is_on_is_not_concerned(nlp, positions_aside, expected):
    """Welcoming the board's position on the toll is a side on the board; which side it is on the
    toll depends on the board's position, which the statement does not say."""
    statements = extract(POSITION_ON, nlp=nlp)
    i_carro, i_brandt = _positions(statements, "position on", "disgrace")
    targets = [Target("the harbour toll"), Target("the port board")]
    rel = relevance(statements, targets, POSITION_ON, positions_aside=positions_aside)
    assert rel[i_carro].tolist() == expected
    assert rel[i_brandt].tolist() == [True, False]


@pytest.mark.parametrize("text, blanked", [
    ("the port board's position on the harbour toll, she said",
     "the port board's position on " + " " * len("the harbour toll") + ", she said"),
    # a headline: capitals, and a quotation after what the stance is on ends it
    ("Port Board's Stance on Harbour Toll 'Very Fair' to Drivers",
     "Port Board's Stance on " + " " * len("Harbour Toll") + " 'Very Fair' to Drivers"),
    ("it takes no position on the toll, she said", "it takes no position on the toll, she said"),
])
def test_what_a_position_is_on_is_blanked(text, blanked):
    from stance.targets import _positions_blanked

    assert _positions_blanked(text) == blanked


OWN_SUBJECT = (
    "Allies Question Ostravia Coalition\n\n"
    "DUNMORE - The allied coalition in Ostravia was criticised again on Monday.\n\n"
    "\"Our plan to form a regional security coalition is the right answer,\" said Ines Carro.\n\n"
    "\"It has lost its way,\" said Paul Brandt."
)


@pytest.mark.parametrize("new_referents, expected", [(True, False), (False, True)])
def test_a_statement_about_another_thing_of_the_targets_kind_has_its_own_subject(nlp, monkeypatch,
                                                                                 new_referents, expected):
    """'a regional security coalition' is some other coalition: the statement names its own subject,
    so neither the target's head word nor the paragraph before makes it concern the allied coalition,
    and a plan the article names does not claim it either; 'It has lost its way' still takes its
    context."""
    import stance.targets as targets_module

    monkeypatch.setattr(targets_module, "NEW_REFERENTS", new_referents)
    statements = extract(OWN_SUBJECT, nlp=nlp)
    i_plan, i_lost = _positions(statements, "regional security", "lost its way")
    targets = [Target("the allied coalition in Ostravia"), Target("the Ostravia peace plan")]
    rel = relevance(statements, targets, OWN_SUBJECT)
    assert bool(rel[i_plan, 0]) is expected and not rel[i_plan, 1]
    assert rel[i_lost, 0]
    if new_referents:
        result = analyze(OWN_SUBJECT, targets=[t.name for t in targets], model=_AlwaysOppose(), nlp=nlp)
        why = result.explain("Ines Carro", "the allied coalition in Ostravia")["reason"]
        assert list(why) == ["names another thing of a target's kind ('a new coalition'), its own subject "
                             "(relevance step)"]


def test_explain_says_why_a_statement_was_set_aside(nlp):
    result = analyze(POSITION_ON, targets=["the harbour toll", "the port board"], model=_AlwaysOppose(), nlp=nlp)
    why = result.explain("Ines Carro", "the harbour toll")
    assert list(why["reason"]) == ["names the target only as what someone's position is on (relevance step)"]
    result = analyze(MIXED_PARAGRAPH, targets=["the harbour toll", "the port board"], model=_AlwaysOppose(), nlp=nlp)
    why = result.explain("Ines Carro", "the harbour toll").set_index("statement")["reason"]
    assert why[next(s for s in why.index if "fine job" in s)] == "names 'the port board', not this target (relevance step)"


@pytest.mark.parametrize("paragraph,expected", [
    ("Ferry pier to reopen after storm repairs", True),
    ("Moscow's Stance on the Vote 'Very Friendly' to Baghdad - Iraq FM", True),
    ("The pier will reopen in May.", False),
    ("\"We will ask them again,\" the mayor stressed", False),  # a quotation without its full stop
    ("Repairs", False),
])
def test_is_subheading(paragraph, expected):
    assert is_subheading(paragraph) is expected


@pytest.mark.parametrize("target,text,expected", [
    ("the Kurdistan independence referendum", "the referendum was unconstitutional", True),
    ("the Kurdistan independence referendum", "we keep working with Iraqi Kurdistan", False),
    ("the new US policy on Syria", "the fighting in Syria goes on", False),
    ("the new US policy on Syria", "this new US policy will fail", True),
    ("the Iraqi government", "we back the efforts of the Iraqi government", True),
    ("the Iraqi government", "the government of Chile", False),
    ("Hillary Clinton", "Hillary will win", True),
    ("the Democratic National Committee", "the DNC said it would not", True),
    ("the Democratic National Committee", "a dnc of sorts", False),
    ("the European Union", "EU leaders met", True),
    ("the Affordable Care Act", "Obamacare premiums rose", True),
    ("the new US policy on Syria", "the NSP was late", False),
    ("Hillary Clinton", "the former NIH director under President Bill Clinton", False),  # a namesake
    ("Hillary Clinton", "Bill Clinton said so", False),
    ("Hillary Clinton", "Bill and Hillary Clinton said so", True),
    ("Hillary Clinton", "Mrs. Clinton said so", True),
    ("Hillary Clinton", "Yesterday Clinton said so, and Bill Clinton agreed", True),
    ("Donald Trump", "Melania Trump spoke first", False),
    ("House", "the White House said", False),  # KNOWN_OTHERS
    ("House", "the White House and the House disagreed", True),
    ("Mexico", "voters in New Mexico", False),
    # a place named only as the seat of someone's office names that person (`TITLE_PLACES`)
    ("Nordland", "he dismissed Nordland Gov. Ada Berg as weak", False),
    ("South Nordland", "South Nordland Sen. Tom Hale attacked him", False),
    ("Nordland", "Nordland Gov. Ada Berg said Nordland would sue", True),  # named again on its own
    ("Nordland", "the Nordland governor spoke", True),
    ("the Nordland Party", "Nordland Party Sen. Tom Hale spoke", False),
    ("the Labour Party", "Labour Sen. Tom Hale spoke", True),  # a word of the name only: left alone
    # handles and hashtags that spell a longer word of the name (`HANDLES`)
    ("Petra Lindqvist", "What a crowd for @petralindqvist tonight!", True),
    ("Petra Lindqvist", "#HarbourForPetra all the way", True),
    ("Rand Paul", "#PaulRyan spoke first", False),  # a short word is not enough
    ("Petra Lindqvist", "#HarbourForAll all the way", False),
    # a head noun named only as some other thing of its kind (`NEW_REFERENTS`)
    ("the allied coalition in Ostravia", "the plan to form a regional security coalition is sound", False),
    ("the allied coalition in Ostravia", "another northern coalition would fail", False),
    ("the allied coalition in Ostravia", "the coalition shelled the port", True),
    ("the allied coalition in Ostravia", "a coalition drone was lost", True),  # no modifier of its own
    ("the allied coalition in Ostravia", "an allied coalition drone was lost", True),  # the target's own word
    ("the allied coalition in Ostravia", "a spokesman said the coalition erred", True),  # 'the' ends the phrase
    ("the allied coalition in Ostravia", "a new coalition and the coalition itself", True),  # one plain mention
    ("the Kurdistan independence referendum", "we will hold a referendum in spring", True),
    ("the Kurdistan independence referendum", "an independence referendum is coming", True),
    ("the harbour toll", "a modest toll keeps the bridge open", True),  # an issue: told as 'a ...' first
])
def test_mentions_target(target, text, expected):
    from stance.analyze import mentions_target

    assert mentions_target(text, Target(target)) is expected


MENTIONS = ("Baghdad rejected the vote outright.\n"
            "\"It has no basis in law,\" the Kurdish leader said of the referendum. Others disagreed.\n"
            "The president accused the Iraqi government of stalling. He said it must act now.")


@pytest.mark.parametrize("statement,target,expected", [
    ("It has no basis in law", "the Kurdistan independence referendum", "sentence"),  # frame after the quote
    ("it must act now", "the Iraqi government", "paragraph"),  # named in the sentence before only
    ("the Iraqi government of stalling", "the Iraqi government", "statement"),
    ("It has no basis in law", "the Iraqi government", "none"),  # "Baghdad" one line up is another paragraph
    ("Baghdad rejected the vote outright.", "the Iraqi government", "statement"),  # a known alias
    ("It has no basis in law", "the new US policy on Syria", "none"),
])
def test_mention_level(statement, target, expected):
    from stance.targets import mention_level

    start = MENTIONS.index(statement)
    assert mention_level(MENTIONS, start, start + len(statement), target) == expected


def test_mention_level_a_colon_does_not_end_the_sentence():
    from stance.targets import mention_level

    text = 'The leader spoke of the referendum: "It is a historic day for our people," he said.'
    start = text.index("It is")
    assert mention_level(text, start, start + len("It is a historic day for our people"),
                         "the Kurdistan independence referendum") == "sentence"


def test_alias_makes_relevant():
    from stance.analyze import mentions_target

    target = Target("the new US policy on Syria", aliases=["Washington's new approach"])
    assert mentions_target("Washington’s new approach raises questions", target)


def test_a_general_noun_alias_needs_its_article():
    """A user alias that is a general noun alone ('the bill') is named only by itself, not by 'a
    bill' or 'the Senate bill'; other aliases keep matching without their article."""
    from stance.analyze import mentions_target

    target = Target("the pension bill", aliases=["the bill"])
    assert mentions_target("the bill cleared parliament", target)
    assert not mentions_target("a separate Senate bill", target)
    assert mentions_target("a charge on drivers", Target("the bridge toll", aliases=["the charge"]))


DEFINITE = ("Parliament Passes Pension Bill\n\n"
            "Lawmakers passed the pension bill on Wednesday, raising the retirement age to 67.\n\n"
            "Union leader Pavel Kostrin attacked Ilse Vardan, noting that the bill had cleared parliament in eleven "
            "days.\n\n"
            "Kostrin also said that the Senate government bill on housing was late.")


def test_the_bill_names_the_only_target_headed_bill(nlp):
    """Where the article names 'the pension bill', 'the bill' elsewhere names it too
    (`stance.targets.DEFINITE_HEADS`), but not when another target is a bill as well."""
    from stance.extract import extract
    from stance.targets import relevance, with_definite_heads

    statements = extract(DEFINITE, nlp=nlp)
    noted = next(i for i, s in enumerate(statements) if s.text.startswith("the bill had cleared"))
    pension, vardan = Target("the pension bill"), Target("Ilse Vardan")
    assert list(relevance(statements, [pension, vardan], DEFINITE)[noted]) == [True, False]
    # before: 'the bill' did not name it, and the paragraph's other target took the statement
    assert list(relevance(statements, [pension, vardan], DEFINITE, definite_heads=False)[noted]) == [False, True]
    both = [pension, Target("the housing bill"), vardan]
    assert list(relevance(statements, both, DEFINITE)[noted]) == [False, False, True]  # which bill? neither
    assert with_definite_heads([Target("the Iraqi government")], "no mention here")[0].aliases == ()
    # a proper name is left alone: 'the party' is not the Social Renewal Party
    assert with_definite_heads([Target("the Social Renewal Party")], "the Social Renewal Party")[0].aliases == ()


@pytest.mark.parametrize("text, aliases", [
    ("Finance Minister Ilse Vardan spoke. The minister said no.", ("the minister",)),
    ("Ilse Vardan, the finance minister, spoke.", ("the minister",)),
    ("Finance Minister Ilse Vardan met Foreign Minister Ola Berg.", ()),  # which minister?
    ("Former President Ilse Vardan spoke.", ()),  # 'the president' is someone else
    ("Ilse Vardan, through a spokeswoman, declined.", ()),  # the spokeswoman is not Vardan
])
def test_a_persons_title_names_them(text, aliases):
    """'the minister' names the person the article calls Finance Minister, unless the title is
    someone else's too (`stance.targets.DEFINITE_HEADS`); 'Prime Minister' does not."""
    from stance.analyze import mentions_target
    from stance.targets import with_definite_heads

    (target,) = with_definite_heads([Target("Ilse Vardan")], text)
    assert target.aliases == aliases
    if aliases:
        assert mentions_target("the minister talks about grandchildren", target)
        assert not mentions_target("Prime Minister Ola Berg", target)


@pytest.mark.parametrize("text, aliases", [
    ("Her party's nominee for the Senate, Ilse Vardan, spoke on Monday.", ("the nominee",)),
    ("The city's mayor, Ilse Vardan, spoke on Monday.", ("the mayor",)),
    ("The former mayor, Ilse Vardan, spoke on Monday.", ()),
])
def test_a_title_before_a_persons_name_names_them(monkeypatch, text, aliases):
    """"the party's nominee for the Senate, Ilse Vardan": 'the nominee' names her
    (`stance.targets.ROLES_BEFORE_NAMES`, session 65)."""
    import importlib

    targets = importlib.import_module("stance.targets")
    (target,) = targets.with_definite_heads([Target("Ilse Vardan")], text)
    assert target.aliases == aliases
    monkeypatch.setattr(targets, "ROLES_BEFORE_NAMES", False)
    assert targets.with_definite_heads([Target("Ilse Vardan")], text)[0].aliases == ()


def test_analyze_example_article(tiny_model, nlp):
    text = EXAMPLE.read_text()
    targets = ["the Harbour Bridge toll", Target("the new cruise terminal", aliases=["cruise terminal"])]
    result = analyze(text, targets=targets, model=tiny_model, nlp=nlp)
    assert isinstance(result, Analysis)
    assert len(result.stances) == len(result.statements) * 2
    speakers = {s.speaker for s in result.statements}
    assert {"Elena Vasquez", "Priya Raman"} <= speakers
    assert any(s and "Hadley" in s for s in speakers)
    frame = result.to_pandas()
    assert list(frame.columns[:6]) == ["speaker", "target", "label", "score", "relevant", "mention"]
    assert set(frame["mention"]) <= {"statement", "sentence", "paragraph", "none"}
    assert len(frame) == len(result.stances)
    # statements about the toll do not concern the cruise terminal: neutral, whatever the classifier says
    off = frame[(frame.target == "the new cruise terminal") & ~frame.relevant]
    assert len(off) > 0 and set(off.label) == {"neutral"}
    for rec in result.stances:
        assert text[rec.statement.start:rec.statement.end] == rec.statement.text
    summary = result.by_speaker()
    assert {"speaker", "target", "n_support", "n_oppose", "n_neutral", "net", "stance", "top_statement"} <= set(summary.columns)
    assert set(summary.target) == {"the Harbour Bridge toll", "the new cruise terminal"}
    assert "Elena Vasquez" in result.format_table()
    fig = result.plot()
    assert fig.axes and [t.get_text() for t in fig.axes[0].get_yticklabels()]


def test_analyze_empty_and_no_statements(tiny_model, nlp):
    result = analyze("", targets=["x"], model=tiny_model, nlp=nlp)
    assert result.stances == [] and result.to_pandas().empty and result.by_speaker().empty
    assert result.format_table() == "no attributed statements found"
    with pytest.raises(TypeError, match="as a str"):
        analyze(None, targets=["x"], model=tiny_model, nlp=nlp)


def test_analyze_one_target_as_a_string_and_odd_text(tiny_model, nlp):
    text = 'The toll is unfair \udce9, Ann Ortiz said on Monday. "We back the toll," said Bo Li.'
    one = analyze(text, targets="the toll", model=tiny_model, nlp=nlp)  # one target, not t, h, e, ...
    assert [t.name for t in one.targets] == ["the toll"]
    assert {r.statement.speaker for r in one.stances} == {"Ann Ortiz", "Bo Li"}
    with pytest.raises(ValueError, match="target at index 0 .* lone surrogate"):
        analyze(text, targets=["the \ud800 toll"], model=tiny_model, nlp=nlp)


def test_suggest_targets(nlp):
    targets = suggest_targets(EXAMPLE.read_text(), nlp=nlp)
    assert 1 <= len(targets) <= 4
    names = " ".join(t.name.lower() for t in targets)
    assert "toll" in names or "bridge" in names


SUGGEST_ARTICLE = (
    "Council Backs Harbour Levy Plan\n\n"
    "PORT ELWIN (Reuters) - The Elwin council voted on Monday for the harbour levy plan, which would "
    "charge every cruise passenger two euros.\n\n"
    "\"The levy plan pays for the breakwater,\" said Mayor Ines Varga. Ines Varga has pushed the plan "
    "for two years.\n\n"
    "Norwegian cruise operators said the plan would drive ships to other ports, Reuters reported. "
    "The Elwin council said the levy would be reviewed in 2027.\n\n"
    "MORE: Harbour Levy Explained\n\nVarga said the council would not back down.")


def test_suggest_targets_finds_the_issue_and_leaves_out_agencies_and_adjectives(nlp):
    names = [t.name for t in suggest_targets(SUGGEST_ARTICLE, nlp=nlp)]
    assert any("levy plan" in n for n in names)  # one candidate for 'the plan' / 'the levy plan', fullest name
    assert any("council" in n.lower() for n in names)
    assert "Ines Varga" in names  # a person named twice
    assert not any(n in ("Reuters", "Norwegian", "MORE") for n in names)


@pytest.mark.parametrize("labels, scores, expected", [
    ([], [], ("neutral", 0.0)),
    (["neutral", "neutral"], [0.9, 0.8], ("neutral", 0.0)),
    (["support", "neutral", "neutral", "neutral"], [0.8, 0.9, 0.9, 0.9], ("support", 0.2)),  # neutral does not dilute
    (["support", "oppose"], [0.9, 0.6], ("support", 0.15)),         # one contrary statement is not 'mixed'
    (["support", "oppose", "oppose"], [0.9, 0.4, 0.3], ("mixed", 0.0667)),  # two, >= half the stronger side
    (["support", "oppose", "oppose"], [0.9, 0.3, 0.1], ("support", 0.1667)),
    (["oppose", "oppose", "support"], [0.7, 0.8, 0.5], ("oppose", -0.3333)),
])
def test_cell_stance_vote(labels, scores, expected):
    from stance.analyze import cell_stance

    label, net = cell_stance(labels, scores)
    assert (label, round(net, 4)) == expected


def test_explain_a_cell(tiny_model, nlp):
    text = EXAMPLE.read_text()
    result = analyze(text, targets=["the Harbour Bridge toll", "the new cruise terminal"], model=tiny_model, nlp=nlp)
    why = result.explain("Elena Vasquez", "the new cruise terminal")
    assert len(why) == sum(1 for s in result.statements if s.speaker == "Elena Vasquez")
    assert set(why.columns) >= {"statement", "label", "score", "relevant", "counted", "reason"}
    assert why.loc[~why.relevant, "reason"].str.endswith("(relevance step)").all()
    assert not why.loc[~why.relevant, "counted"].any()
    with pytest.raises(KeyError, match="the speakers are"):
        result.explain("Nobody", "the new cruise terminal")
    with pytest.raises(KeyError, match="the targets are"):
        result.explain("Elena Vasquez", "the moon")


def test_a_statement_of_several_speakers_counts_for_each(tiny_model, nlp):
    """'Ortiz and Lind said ...': both have the cell, the same as if each had said it; explain()
    finds the statement under either name; the flat table keeps one row with co_speakers."""
    text = ("Senators Ann Ortiz and Petra Lind said the ferry toll was a disgrace and must go.\n\n"
            "Tom Hadley said the ferry toll was fair.")
    result = analyze(text, targets=["the ferry toll"], model=tiny_model, nlp=nlp)
    cells = result.by_speaker().set_index("speaker")
    assert {"Ann Ortiz", "Petra Lind", "Tom Hadley"} <= set(cells.index)
    assert cells.loc["Petra Lind", "stance"] == cells.loc["Ann Ortiz", "stance"]
    assert cells.loc["Petra Lind", "net"] == cells.loc["Ann Ortiz", "net"]
    assert list(result.explain("Petra Lind", "the ferry toll")["statement"]) == [
        "the ferry toll was a disgrace and must go"]
    flat = result.to_pandas()
    assert len(flat) == 2 and list(flat["co_speakers"]) == [("Petra Lind",), ()]


def test_named_members_of_a_group_each_have_the_cell(tiny_model, nlp):
    """'Several councillors, including Ann Ortiz and Petra Lind, said ...': the group and each named
    member have a row, with the same cell."""
    text = "Several councillors, including Ann Ortiz and Petra Lind, said the ferry toll was a disgrace."
    cells = analyze(text, targets=["the ferry toll"], model=tiny_model, nlp=nlp).by_speaker().set_index("speaker")
    assert {"Several councillors", "Ann Ortiz", "Petra Lind"} <= set(cells.index)
    assert cells.loc["Petra Lind", "stance"] == cells.loc["Several councillors", "stance"]


def test_classifier_runs_only_where_it_sets_the_label(tiny_model, nlp):
    """A pair that does not concern the target is neutral whatever the classifier says, so by
    default the classifier does not run on it (its scores are NaN); classify_all=True runs it on
    every pair and changes no label."""
    import math

    text = EXAMPLE.read_text()
    targets = ["the Harbour Bridge toll", "the new cruise terminal"]
    pairs = []
    original = tiny_model.predict_proba

    def counting(statements, target, **kw):
        pairs.append(len(statements))
        return original(statements, target, **kw)

    tiny_model.predict_proba = counting
    try:
        lean = analyze(text, targets=targets, model=tiny_model, nlp=nlp)
        n_lean = sum(pairs)
        full = analyze(text, targets=targets, model=tiny_model, nlp=nlp, classify_all=True)
    finally:
        del tiny_model.predict_proba
    assert sum(pairs) - n_lean == len(full.stances)
    assert n_lean == sum(r.relevant for r in lean.stances) < len(lean.stances)
    assert [r.label for r in lean.stances] == [r.label for r in full.stances]
    assert lean.by_speaker()["stance"].tolist() == full.by_speaker()["stance"].tolist()
    for a, b in zip(lean.stances, full.stances):
        if a.relevant:
            assert a.scores == b.scores and a.score == b.score
        else:
            assert all(math.isnan(v) for v in a.scores.values()) and math.isnan(a.score)
            assert not any(math.isnan(v) for v in b.scores.values())


@pytest.mark.parametrize("text, target, named", [
    ("House Democrats are bypassing the norms.", "the Democratic Party", True),
    ("The GOP will not accept this.", "Republican lawmakers", True),
    ("Baghdad rejected the vote.", "the Iraqi government", True),
    ("Moscow has said it will respond.", "Russia", True),
    ("Washington announced new sanctions.", "the United States", True),
    ("Paris will host the talks.", "the Iraqi government", False),
    ("We met them on Monday.", "the United States", False),
    ("U.S. officials met them on Monday.", "the United States", True),
    ("The U.S.-led strikes went on.", "the United States", True),
    ("The United States works with its partners.", "U.S", True),
    ("America will respond.", "US", True),
    ("Join us on Monday.", "US", False),
    ("The UN said it would send aid.", "the United Nations", True),
    ("The move was called un-American.", "the United Nations", False),
    ("Daesh lost the town.", "ISIS", True),
    ("The Islamic State group lost the town.", "ISIS", True),
    ("ISIS fighters left the town.", "the Islamic State", True),
    ("The Fed is likely to raise rates.", "the Federal Reserve", True),
    ("Voters are fed up with the delays.", "the Federal Reserve", False),
    ("The Federal Reserve raised rates.", "Fed", True),
])
def test_known_aliases_name_a_target(text, target, named):
    from stance.analyze import mentions_target

    assert mentions_target(text, Target(target)) is named


@pytest.mark.parametrize("abbreviation, text, phrases", [
    ("NYPD", "The New York Police Department said on Monday that the NYPD would act.", ["New York Police Department"]),
    ("CDC", "the Centers for Disease Control and Prevention", ["Centers for Disease Control"]),
    ("FBI", "Federal Bureau of Investigation agents arrived.", ["Federal Bureau of Investigation"]),
    ("DHS", "the Department of Homeland Security", ["Department of Homeland Security"]),
    ("NYPD", "New York, Police Department", []),  # punctuation ends a phrase
    ("NYPD", "the police in New York", []),
    ("US", "the Under Secretary", []),  # two letters: too often the initials of something else
    ("the report", "The Report", []),
])
def test_spelled_out_abbreviations(abbreviation, text, phrases):
    from stance.targets import spelled_out

    assert spelled_out(abbreviation, text) == phrases


def test_a_target_abbreviation_is_named_by_the_words_the_article_spells_out(nlp):
    from stance.targets import relevance, with_spelled_out

    text = ("The New York Police Department will stop arresting people for small amounts of marijuana.\n\n"
            "\"The department is making a failed policy worse,\" the union's head, Ed Mullins, said.\n\n"
            "\"The New York Police Department has made the right call,\" said Ann Ortiz, a council member.")
    assert with_spelled_out([Target("NYPD")], text)[0].aliases == ("New York Police Department",)
    (statement,) = [s for s in extract(text, nlp=nlp) if s.speaker == "Ann Ortiz"]
    assert statement.text.startswith("The New York Police Department has")
    assert relevance([statement], [Target("NYPD")], text).tolist() == [[True]]
    assert relevance([statement], [Target("NYPD")], text, spelled=False).tolist() == [[False]]


def test_analysis_with_other_labels(nlp):
    """A model trained on other labels: the cell votes over its labels, net is NaN (not a silent 0),
    and the table and the picture still draw."""
    import math

    from stance.analyze import StanceRecord

    labels = ("agree", "disagree", "unrelated")
    text = EXAMPLE.read_text()
    statements = extract(text, nlp=nlp)
    records = [StanceRecord(s, "the toll", labels[i % 2], 0.9, {l: 1 / 3 for l in labels})
               for i, s in enumerate(statements)]
    result = Analysis(text=text, targets=(Target("the toll"),), statements=statements, stances=records, labels=labels)
    summary = result.by_speaker()
    assert {"n_agree", "n_disagree", "n_unrelated"} <= set(summary.columns)
    assert set(summary["stance"]) <= {"agree", "disagree", "mixed"}
    assert all(math.isnan(x) for x in summary["net"])
    table = result.format_table()
    assert "agree/disagree/unrelated" in table and "nan" not in table
    assert result.plot() is not None


def test_cell_stance_other_labels():
    from stance.analyze import cell_stance

    assert cell_stance(["agree", "unrelated", "agree"], [0.8, 0.9, 0.7], neutral="unrelated")[0] == "agree"
    assert cell_stance(["agree", "disagree", "disagree"], [0.8, 0.4, 0.3], neutral=None)[0] == "mixed"
    assert cell_stance(["unrelated"], [0.9], neutral="unrelated")[0] == "unrelated"


def test_analyze_with_a_model_trained_on_other_labels(tiny_base, nlp):
    """A tiny model trained on agree/disagree/discuss: analyze, the table and the picture work,
    counts follow its labels and net stance is NaN rather than a silent 0."""
    import math

    mapping = {"support": "agree", "oppose": "disagree", "neutral": "discuss"}
    rows = [dict(r, label=mapping[r["label"]]) for r in make_examples()]
    model = stance.train(rows, base=str(tiny_base), epochs=2, batch_size=8, learning_rate=3e-3,
                         freeze_embeddings=False, seed=2)
    assert set(model.labels) == {"agree", "disagree", "discuss"}
    result = analyze(EXAMPLE.read_text(), targets=["the Harbour Bridge toll"], model=model, nlp=nlp)
    assert result.labels == model.labels and result.stances
    summary = result.by_speaker()
    assert {f"n_{l}" for l in model.labels} <= set(summary.columns)
    assert set(summary["stance"]) <= set(model.labels) | {"mixed", "neutral"}
    assert all(math.isnan(x) for x in summary["net"])
    assert "/".join(model.labels) in result.format_table()
    assert result.plot() is not None


SELF_ARTICLE = ("Councillor Ann Ortiz rejected the audit on Monday.\n\n"
                "\"I have done nothing wrong, and the figures will show it,\" Ortiz said.\n\n"
                "Tom Hadley, who chairs the finance committee, said the audit was overdue.")


def test_a_stance_on_oneself_is_support(nlp):
    """Rule 6 of the labelling guideline: a speaker defending themself is support. The classifier's
    'oppose' toward the speaker's own name becomes support, with a note; other targets and other
    speakers keep the classifier's call."""
    from stance.analyze import SELF_NOTE

    result = analyze(SELF_ARTICLE, targets=["Ann Ortiz", "the audit"], model=_AlwaysOppose(), nlp=nlp)
    frame = result.to_pandas()
    own = frame[(frame.speaker == "Ann Ortiz") & (frame.target == "Ann Ortiz")]
    # 'rejected the audit' names only the audit: it says nothing of herself (guideline rule 3)
    assert own[~own.relevant].statement.str.contains("audit").all()
    own = own[own.relevant]
    assert len(own) and (own.label == "support").all() and (own.note == SELF_NOTE).all()
    assert own.score.round(3).eq(0.9).all()  # the probability of taking a side
    others = frame[(frame.speaker != "Ann Ortiz") | (frame.target != "Ann Ortiz")]
    assert (others.label.isin(["oppose", "neutral"])).all() and (others.note != SELF_NOTE).all()
    cells = result.by_speaker().set_index(["speaker", "target"])["stance"]
    assert cells[("Ann Ortiz", "Ann Ortiz")] == "support"
    assert cells[("Tom Hadley", "the audit")] == "oppose"
    assert SELF_NOTE in set(result.explain("Ann Ortiz", "Ann Ortiz")["reason"])
    off = analyze(SELF_ARTICLE, targets=["Ann Ortiz"], model=_AlwaysOppose(), nlp=nlp, self_support=False)
    assert {r.label for r in off.stances if r.relevant} == {"oppose"}


SPOKES_ARTICLE = ("Councillor Ann Ortiz rejected the audit on Monday.\n\n"
                  "Her spokeswoman, Lena Moritz, said: \"The audit is a smear and nobody believes it.\"\n\n"
                  "Carl Weber, a lawyer for the harbour board, said the audit was unfair to the board.\n\n"
                  "Tom Hadley, who chairs the finance committee, said the audit was overdue.")


def test_a_spokesperson_defending_their_side_is_support(nlp):
    """Rule 6 read for a speaker who speaks for the target (its spokesperson, aide, lawyer): the
    classifier's 'oppose' toward the side they speak for becomes support, with its own note."""
    from stance.analyze import SPOKESPERSON_NOTE

    result = analyze(SPOKES_ARTICLE, targets=["the harbour board", "the audit"], model=_AlwaysOppose(), nlp=nlp)
    got = {(r.statement.speaker, r.target): (r.label, r.note) for r in result.stances if r.relevant}
    assert got[("Carl Weber", "the harbour board")] == ("support", SPOKESPERSON_NOTE)
    assert got[("Carl Weber", "the audit")] == ("oppose", "")
    assert all(note != SPOKESPERSON_NOTE for (speaker, _), (_, note) in got.items() if speaker != "Carl Weber")


NO_POSITION_ARTICLE = ("Tolls on the Harbour Bridge\n\n"
                       "The port authority said it takes no position on the toll.\n\n"
                       "Councillor Ann Ortiz said the toll was a tax on nurses and cleaners.")


def test_a_statement_that_takes_no_side_is_neutral(nlp):
    """'It takes no position on the toll' is neutral, whatever the classifier reads in it; the
    record's note says why, and `explain` shows it. Other statements keep the classifier's call."""
    from stance.analyze import NO_POSITION_NOTE

    result = analyze(NO_POSITION_ARTICLE, targets=["the toll"], model=_AlwaysOppose(), nlp=nlp)
    got = {r.statement.speaker: (r.label, r.note) for r in result.stances}
    assert got["The port authority"] == ("neutral", NO_POSITION_NOTE)
    assert got["Ann Ortiz"] == ("oppose", "")
    assert list(result.explain("The port authority", "the toll")["reason"]) == [NO_POSITION_NOTE]


SECESSION_ARTICLE = ("Valdoria Votes on Independence\n\n"
                     "Foreign Minister Pia Lund said her country respected the territorial integrity of Marrosia.\n\n"
                     "Regional leader Teo Brand said the people of Valdoria had a right to self-determination.\n\n"
                     "Marrosian minister Ivo Kerr said the constitution does not give any region a right to secede.\n\n"
                     "Analyst Rosa Mell said the Marrosian government would count the votes.")


@pytest.mark.parametrize("statement, target, side", [
    ("Russia respects the sovereignty and territorial integrity of Iraq", "the independence referendum", "oppose"),
    ("Spain is one, indivisible nation", "Catalan independence", "oppose"),
    ("the region has every right to self-determination", "the independence referendum", "support"),
    ("they have no right to secede", "the secession vote", "oppose"),
    ("the vote does not threaten anyone's territorial integrity", "the independence referendum", None),
    ("Russia respects the territorial integrity of Iraq", "the Iraqi government", None),
    ("the vote will be held on Sunday", "the independence referendum", None),
])
def test_secession_side(statement, target, side):
    from stance.analyze import secession_side

    assert secession_side(statement, target) == side


def test_integrity_opposes_secession_in_analyze(nlp):
    """Upholding a state's territorial integrity opposes an independence vote and asserting a right
    to self-determination supports it, whatever the classifier says, with the note saying why; the
    rule says nothing about other targets or other statements."""
    from stance.analyze import SECESSION_NOTE

    targets = ["the Valdoria independence referendum", "the Marrosian government"]
    result = analyze(SECESSION_ARTICLE, targets=targets, model=_AlwaysOppose(), nlp=nlp)
    got = {(r.statement.speaker, r.target): (r.label, r.note) for r in result.stances}
    vote = targets[0]
    assert got["Pia Lund", vote] == ("oppose", SECESSION_NOTE)
    assert got["Teo Brand", vote] == ("support", SECESSION_NOTE)
    assert got["Ivo Kerr", vote] == ("oppose", SECESSION_NOTE)
    assert got["Rosa Mell", targets[1]] == ("oppose", "")  # the stand-in classifier's own call
    assert all(note != SECESSION_NOTE for (_, target), (_, note) in got.items() if target != vote)
    assert list(result.explain("Teo Brand", vote)["reason"]) == [SECESSION_NOTE]


DECLARED_ARTICLE = ("Ferry Levy Goes to a Vote\n\n"
                    "Harbour master Lena Voss said she backed the ferry levy but understood why drivers were angry."
                    "\n\n"
                    "\"We will never support the ferry levy,\" said union leader Omar Kell.\n\n"
                    "Councillor Ruth Bale said she would vote yes in the ferry levy referendum on Sunday.\n\n"
                    "Shop owner Dan Pike said he backed the new parking rules.")


@pytest.mark.parametrize("statement, target, side", [
    ("I back this licence, and I still worry about the lake", "the lithium licence", "support"),
    ("she backed the ferry levy but understood the drivers' anger", "the ferry levy", "support"),
    ("we will never support the ferry levy", "the ferry levy", "oppose"),
    ('it "cannot support the merger as it stands"', "the hospital merger", "oppose"),
    ("they reject the ferry levy outright", "the ferry levy", "oppose"),
    ("we do not oppose the ferry levy", "the ferry levy", None),  # a denied opposition: the classifier's
    ("he backed the new parking rules", "the ferry levy", None),  # another object
    ("the mayor backed the ferry levy", "the ferry levy", None),  # someone else's side, reported
    # praise of a person, with the auxiliaries a speech wraps it in
    ("I particularly want to commend Mayor Rita Hale for her patience", "Rita Hale", "support"),
    ("and we would like to thank the harbour board", "the harbour board", "support"),
    ("she praised the ferry levy as overdue", "the ferry levy", "support"),
    ("I really do applaud Councillor Bale", "Ruth Bale", "support"),
    ("we defended the ferry levy at every meeting", "the ferry levy", "support"),
    ("I would not defend the ferry levy", "the ferry levy", "oppose"),  # a denied support
    ("I want to thank my family", "Ruth Bale", None),  # another object
])
def test_declared_side(statement, target, side):
    from stance.analyze import declared_side

    assert declared_side(statement, target) == side


@pytest.mark.parametrize("statement, target, side", [
    ("We ask every voter to vote yes on Sunday", "the proposal to lower the voting age", "support"),
    ("I will vote 'no' in the referendum", "the independence referendum", "oppose"),
    ("I will not vote yes", "the referendum", None),
    ("I will vote yes", "the ferry levy", None),  # not a vote or a proposal
    ("vote yes to the levy, vote no to the tunnel", "the levy referendum", None),  # both
])
def test_vote_side(statement, target, side):
    from stance.analyze import vote_side

    assert vote_side(statement, target) == side


def test_declared_sides_and_votes_set_the_label_in_analyze(nlp):
    """A statement that declares its speaker's side toward the target it names, or says how to vote
    on it, sets the label whatever the classifier says, with the note saying why; one that backs
    something else keeps the classifier's call."""
    from stance.analyze import DECLARED_NOTE, VOTE_NOTE

    targets = ["the ferry levy", "the ferry levy referendum"]
    result = analyze(DECLARED_ARTICLE, targets=targets, model=_AlwaysOppose(), nlp=nlp)
    got = {(r.statement.speaker, r.target): (r.label, r.note) for r in result.stances}
    assert got["Lena Voss", "the ferry levy"] == ("support", DECLARED_NOTE)
    assert got["Omar Kell", "the ferry levy"] == ("oppose", DECLARED_NOTE)
    assert got["Ruth Bale", "the ferry levy referendum"] == ("support", VOTE_NOTE)
    assert got["Dan Pike", "the ferry levy"] == ("oppose", "")  # backs something else: the classifier's call
    assert list(result.explain("Lena Voss", "the ferry levy")["reason"]) == [DECLARED_NOTE]


REPORT_ARTICLE = ("Toll Vote Delayed\n\n"
                  "The council will not vote on the toll this month, the Associated Press reported.\n\n"
                  "The Harbour Gazette accused the council of cowardice over the toll.\n\n"
                  "Ann Ortiz said the toll was a tax on nurses.")


def test_a_news_outlet_reporting_is_neutral(nlp):
    """'..., the Associated Press reported' is a journalist's report, neutral whatever the
    classifier reads; an outlet's side-taking cue, and other speakers, keep their labels."""
    from stance.analyze import REPORT_NOTE, is_news_report

    result = analyze(REPORT_ARTICLE, targets=["the toll"], model=_AlwaysOppose(), nlp=nlp)
    got = {r.statement.speaker: (r.label, r.note) for r in result.stances}
    assert got["Associated Press"] == ("neutral", REPORT_NOTE)  # (its full name: `lexicon.ORG_SHORT_FORMS`)
    assert got["Ann Ortiz"] == ("oppose", "")
    assert is_news_report("CNN", "according to") and is_news_report("The AP's", "said")
    assert not is_news_report("Washington Post", "accuses") and not is_news_report("Ann Ortiz", "reported")


@pytest.mark.parametrize("statement, expected", [
    ("it takes no position on the toll but expects to be consulted", True),
    ("The commission takes no side in this referendum", True),
    ("the union has not taken a position on the strike", True),
    ("we remain neutral", True),
    ("she declined to take sides", True),
    ("We neither back this bill nor oppose it", True),
    ("the party neither opposes the deal nor supports it", True),
    ("we neither back the bill nor the plan", False),
    ("America can't ever be neutral when it comes to Israel's security", False),
    ("Let us never be neutral or silent in the face of bigotry", False),
    ("the toll is a tax on nurses", False),
])
def test_says_no_position(statement, expected):
    from stance.analyze import says_no_position

    assert says_no_position(statement) is expected


@pytest.mark.parametrize("text, speaker, target, speaks", [
    ("Harbour board spokesman Carl Weber said the audit was unfair.", "Carl Weber", "the harbour board", True),
    ("Carl Weber, a lawyer for the harbour board, said", "Carl Weber", "the harbour board", True),
    ("The mayor's spokeswoman, Lena Moritz, said the plan was sound.", "Lena Moritz", "the mayor", True),
    ("Ortiz campaign manager Lena Moritz said the poll was wrong.", "Lena Moritz", "Ann Ortiz", True),
    # the role belongs to someone else, or the speaker only talks about the target
    ("Lena Moritz, a spokeswoman for the union, said the harbour board lied.", "Lena Moritz", "the harbour board",
     False),
    ("A spokesman for the mayor criticised the board. Lena Moritz said", "Lena Moritz", "the harbour board", False),
    ("Lena Moritz said the board's spokesman lied.", "Lena Moritz", "the harbour board", False),
    ("Lena Moritz, who opposes the harbour board, said", "Lena Moritz", "the harbour board", False),
    ("Moritz, a spokeswoman for the harbour board, said", "Moritz", "the harbour board", False),  # a surname alone
])
def test_speaks_for(text, speaker, target, speaks):
    from stance.targets import speaks_for

    assert speaks_for(text, speaker, target) is speaks


class _AlwaysSupport(_AlwaysOppose):
    def predict_proba(self, statements, targets, **options):
        import numpy as np

        return np.tile([0.6, 0.3, 0.1], (len(statements), 1))


CUE_ARTICLE = ("Councillor Ann Ortiz criticized the audit for its errors on Monday.\n\n"
               "Tom Hadley accused the mayor of hiding the figures from the committee.")


def test_a_cue_that_takes_a_side_sets_the_label_toward_the_target_it_names(nlp):
    """'X criticized Y' is opposition to Y whatever the classifier says of the bare words; a
    target the statement does not open with keeps the classifier's label."""
    from stance.analyze import CUE_NOTE, cue_stance

    result = analyze(CUE_ARTICLE, targets=["the audit", "the mayor", "the committee"], model=_AlwaysSupport(),
                     nlp=nlp)
    got = {(r.statement.speaker, r.target): (r.label, r.note) for r in result.stances}
    assert got[("Ann Ortiz", "the audit")] == ("oppose", CUE_NOTE)
    assert got[("Tom Hadley", "the mayor")] == ("oppose", CUE_NOTE)
    assert got[("Tom Hadley", "the committee")] == ("support", "")  # named later, not the cue's object
    # the rule's record weighs as the probability of taking a side, not of the side the classifier preferred
    assert {round(r.score, 3) for r in result.stances if r.note == CUE_NOTE} == {0.9}
    off = analyze(CUE_ARTICLE, targets=["the audit"], model=_AlwaysSupport(), nlp=nlp, cue_stance_rule=False)
    assert {r.label for r in off.stances if r.relevant} == {"support"}
    assert cue_stance("praised", "the ferry plan as bold", "the ferry plan") == "support"
    assert cue_stance("said", "the ferry plan is bold", "the ferry plan") is None
    assert cue_stance("blasted", "the council over the ferry plan", "the ferry plan") is None


def test_agreeing_with_someone_that_sides_with_them(nlp):
    """'X agreed with Y that ...': the statement is the that-clause, the side is toward Y (`_cue_object`)."""
    text = ("The judge agreed with Ann Ortiz that the file should stay closed.\n\n"
            "Councillor Bea Holm disagreed with Tom Hadley that the pier was unsafe.")
    result = analyze(text, targets=["Ann Ortiz", "Tom Hadley"], model=_AlwaysOppose(), nlp=nlp, tagger=None)
    got = {(r.statement.speaker, r.target): (r.label, r.note) for r in result.stances if r.note == CUE_NOTE}
    assert got == {("The judge", "Ann Ortiz"): ("support", CUE_NOTE),
                   ("Bea Holm", "Tom Hadley"): ("oppose", CUE_NOTE)}


@pytest.mark.parametrize("cue, statement, label", [
    ("agrees", "Mayor Ortiz", "support"),
    ("agreed", "Mayor Ortiz on the toll", "support"),
    ("sided", "Mayor Ortiz", "support"),
    ("disagrees", "Mayor Ortiz", "oppose"),
    ("does not agree", "Mayor Ortiz", None),
    ("agrees", "the port board on the toll", None),  # the cue's object is another target
    ("threw her support", "Mayor Ortiz", "support"),
    ("threw his weight", "Ann Ortiz", "support"),
    ("stood", "Ann Ortiz", "support"),
    ("rallied", "Mayor Ortiz", "support"),
    ("lined up", "Mayor Ortiz", "support"),
    ("did not stand", "Ann Ortiz", None),
    ("railed", "Mayor Ortiz", "oppose"),
    ("lashed out", "Mayor Ortiz", "oppose"),
    ("took aim", "Ann Ortiz", "oppose"),
    ("ripped", "Ann Ortiz", "oppose"),
    ("heralded", "Ann Ortiz", "support"),
    ("embraced", "Ann Ortiz", "support"),
    ("chided", "Ann Ortiz", "oppose"),
    # refusing to take a side for someone is taking one against them; the rest is no side
    ("refused to endorse", "Mayor Ortiz", "oppose"),
    ("refused", "to endorse Mayor Ortiz", "oppose"),
    ("declined to back", "Ann Ortiz", "oppose"),
    ("declined to condemn", "Ann Ortiz", None),
    ("has yet to endorse", "Ann Ortiz", None),
    ("refused", "to meet Mayor Ortiz", None),
    # the passive, with the agent as the speaker and the subject as the statement
    ("was praised by", "Mayor Ortiz", "support"),
    ("has been endorsed by", "Ann Ortiz", "support"),
    ("was criticized by", "Ann Ortiz", "oppose"),
    ("was not endorsed by", "Ann Ortiz", None),
    # side nouns
    ("came under fire from", "Mayor Ortiz", "oppose"),
    ("won praise from", "Ann Ortiz", "support"),
    ("criticism of", "Ann Ortiz", "oppose"),
    ("voiced support for", "Ann Ortiz", "support"),
    ("opposition to", "Ann Ortiz", "oppose"),
    ("fired back", "Ann Ortiz was wrong", None),
    # descriptions by a side
    ("a frequent critic of", "Ann Ortiz", "oppose"),
    ("has been critical of", "Ann Ortiz", "oppose"),
    ("is a staunch opponent of", "Ann Ortiz", "oppose"),
    ("a longtime supporter of", "Ann Ortiz", "support"),
    ("remains a strong backer of", "Ann Ortiz", "support"),
    ("is not a supporter of", "Ann Ortiz", None),
    # the preposition after the verb says the side
    ("voted against", "Ann Ortiz", "oppose"),
    ("campaigned for", "Ann Ortiz", "support"),
    ("spoke out against", "Ann Ortiz", "oppose"),
    ("came out in favor of", "Ann Ortiz", "support"),
    ("spoke for", "Ann Ortiz", None),
    ("did not vote for", "Ann Ortiz", None),
    ("refused to vote for", "Ann Ortiz", "oppose"),
    ("hammered", "Ann Ortiz", "oppose"),
    ("repudiated", "Ann Ortiz", "oppose"),
    ("celebrated", "Ann Ortiz", "support"),
    ("touted", "Ann Ortiz", "support"),
    ("favors", "Ann Ortiz", "support"),
    ("distanced herself", "Ann Ortiz", "oppose"),
    ("broke with", "Ann Ortiz", "oppose"),
    ("turned against", "Ann Ortiz", "oppose"),
    ("warned against", "Ann Ortiz", "oppose"),
    ("objected to", "Ann Ortiz", "oppose"),
    ("warned of", "Ann Ortiz", None),
    # taking a side back
    ("rescinded his endorsement of", "Ann Ortiz", "oppose"),
    ("withdrew her support for", "Ann Ortiz", "oppose"),
    ("withdrew her criticism of", "Ann Ortiz", None),
    ("rescinded his endorsement of", "Tom Berg", None),  # another target
])
def test_siding_with_a_target_takes_a_side(cue, statement, label):
    """'X agrees / sided / stood with Y' is support for Y, 'X disagrees with Y' or 'railed against Y'
    opposition (`CUE_STANCE`)."""
    from stance.analyze import cue_stance

    assert cue_stance(cue, statement, "Ann Ortiz") == label


@pytest.mark.parametrize("cue, statement, label", [
    # what someone means to do to the target: the infinitive's side
    ("had threatened", "to kill Ann Ortiz, a harbour pilot", "oppose"),
    ("threatened", "Ann Ortiz's life", "oppose"),
    ("vowed", "to defeat Ann Ortiz in November", "oppose"),
    ("pledged", "to protect Ann Ortiz", "support"),
    ("voted", "to repeal Ann Ortiz's toll", "oppose"),
    ("did not vow", "to defeat Ann Ortiz", None),
    ("wants", "to meet Ann Ortiz", None),
    ("said", "to kill Ann Ortiz", None),
])
def test_an_intention_toward_a_target_takes_a_side(cue, statement, label):
    from stance.analyze import cue_stance

    assert cue_stance(cue, statement, "Ann Ortiz") == label


@pytest.mark.parametrize("cue, statement, label", [
    ("voted", "to build a protected cycle lane along the river", "support"),
    ("agreed", "to adopt the cycle lane plan", "support"),
    ("decided", "to keep the cycle lane for another year", "support"),
    ("agreed", "to accept the cycle lane as it stands", "support"),
    # not an intending cue, or a verb that neither makes nor keeps
    ("said", "to build a cycle lane", None),
    ("voted", "to study the cycle lane", None),
    ("refused", "to build the cycle lane", None),
])
def test_intending_to_make_or_keep_a_target_supports_it(monkeypatch, cue, statement, label):
    """'voted to build the lane', 'agreed to adopt the plan': support for what is made or kept
    (`stance.analyze.MAKING_VERBS`, session 65)."""
    import importlib

    analyze = importlib.import_module("stance.analyze")

    assert analyze.cue_stance(cue, statement, "the cycle lane") == label
    monkeypatch.setattr(analyze, "MAKING_VERBS", False)
    assert analyze.cue_stance(cue, statement, "the cycle lane") is None


@pytest.mark.parametrize("cue, statement, label", [
    ("asking", "her to block the cycle lane", "oppose"),
    ("urged", "the council to approve the cycle lane", "support"),
    ("called on", "the board to scrap the cycle lane", "oppose"),
    ("pressed", "ministers to build the cycle lane", "support"),
    # an act that takes no side, or a cue that asks nothing
    ("asked", "the mayor to explain the cycle lane", None),
    ("told", "the council to scrap the cycle lane", None),
])
def test_asking_someone_to_act_on_a_target_takes_the_acts_side(monkeypatch, cue, statement, label):
    """'asking her to block the lane': against the lane; 'urged the council to approve it': for it
    (`stance.analyze.REQUESTED_ACTIONS`, session 65)."""
    import importlib

    analyze_module = importlib.import_module("stance.analyze")
    assert analyze_module.cue_stance(cue, statement, "the cycle lane") == label
    monkeypatch.setattr(analyze_module, "REQUESTED_ACTIONS", False)
    assert analyze_module.cue_stance(cue, statement, "the cycle lane") is None


@pytest.mark.parametrize("cue, statement, label", [
    ("called for", "Ann Ortiz's resignation", "oppose"),
    ("urged", "Mayor Ortiz to step down after the vote", "oppose"),
    ("demanded", "Ortiz’s immediate resignation", "oppose"),
    ("called on", "Ann Ortiz to explain the toll", None),
    ("called for", "Tom Berg's resignation", None),  # another person's going
])
def test_asking_for_someone_to_go_is_against_them(cue, statement, label):
    """'called for X's resignation', 'urged X to step down': opposition to X."""
    from stance.analyze import cue_stance

    assert cue_stance(cue, statement, "Ann Ortiz") == label


@pytest.mark.parametrize("cue, statement, target, label", [
    ("denounced", "the Harbour Point toll deal reached last week", "Harbour Point", None),
    ("denounced", "the Harbour Point toll deal reached last week", "the Harbour Point toll deal", "oppose"),
    ("praised", "Ortiz supporters at the rally", "Ann Ortiz", None),
    ("praised", "Ann Ortiz's record on the port", "Ann Ortiz", "support"),
    ("praised", "Ann Ortiz yesterday", "Ann Ortiz", "support"),
    ("blasted", "Mayor Ortiz repeatedly", "Ann Ortiz", "oppose"),
    ("praised", "the port board for its work", "the port board", "support"),
    # an owner written with a left quotation mark for the apostrophe
    ("have drawn criticism from", "Ortiz‘s remarks on the toll", "Ann Ortiz", "oppose"),
])
def test_a_cue_takes_a_side_toward_its_object_not_a_word_that_qualifies_it(cue, statement, target, label):
    """'denounced the Harbour Point toll deal' opposes the deal, not Harbour Point (`CUE_HEAD_ONLY`)."""
    assert cue_stance(cue, statement, target) == label


@pytest.mark.parametrize("cue, statement, target, label", [
    ("Insulted", "The Harbour Point Victims", "Harbour Point", None),
    ("Slams", "The Harbour Point Toll Deal", "Harbour Point", None),
    ("Slams", "The Harbour Point Toll Deal", "the Harbour Point toll deal", "oppose"),
    ("Praises", "The Port Board For Its Work", "the port board", "support"),
    ("Praises", "Mayor Ann Ortiz", "Ann Ortiz", "support"),
], ids=["names-a-qualifier", "names-a-qualifier-of-a-deal", "names-the-head", "ends-at-a-preposition",
        "a-name-with-its-title"])
def test_in_a_headlines_title_case_the_last_word_is_the_head(cue, statement, target, label):
    """In title case capitals no longer tell a name from the noun after it: 'Insulted The Harbour
    Point Victims' takes no side toward Harbour Point (`TITLE_CASE_HEADS`, session 64)."""
    assert cue_stance(cue, statement, target) == label


@pytest.mark.parametrize("cue", ["did not praise", "never endorsed", "won't back", "would not support", "didn’t criticize",
                                 "does not agree", "never sided"])
def test_a_negated_cue_takes_no_side(cue):
    from stance.analyze import cue_stance

    assert cue_stance(cue, "the ferry plan", "the ferry plan") is None


@pytest.mark.parametrize("target, speaker, same", [
    ("Carly Fiorina", "Fiorina", True),
    ("Fiorina", "Carly Fiorina", True),
    ("Donald J. Trump", "Donald Trump", True),
    ("Sen. Ted Cruz", "Ted Cruz", True),
    (Target("the mayor's office", aliases=["Ann Ortiz"]), "Ann Ortiz", True),
    ("Bill Clinton", "Hillary Clinton", False),
    ("the Iraqi government", "Haider al-Abadi", False),
    ("Ann Ortiz", None, False),
])
def test_is_speaker(target, speaker, same):
    from stance.targets import is_speaker

    assert is_speaker(target, speaker) is same


def test_own_stance():
    from stance.analyze import own_stance

    labels = ("support", "oppose", "neutral")
    assert own_stance(labels, 1, [0.2, 0.7, 0.1]) == (0, 0.9)
    assert own_stance(labels, 0, [0.6, 0.3, 0.1]) == (0, 0.9)
    assert own_stance(labels, 2, [0.2, 0.2, 0.6]) == (2, 0.6)
    assert own_stance(("agree", "disagree", "unrelated"), 1, [0.2, 0.7, 0.1]) == (1, 0.7)


REQUEST_ARTICLE = ("Questions over the harbour toll\n\n"
                   "Councillor Ann Ortiz said she hoped to receive a clear explanation of the toll from the port "
                   "board.\n\n"
                   "Tom Reyes said the toll was a fair way to pay for the bridge.")


def test_a_request_for_an_answer_is_not_support(nlp):
    """'She hoped to receive a clear explanation' is a question put to the target, not praise of it:
    the classifier's 'support' becomes neutral with a note; a plain statement keeps its label."""
    from stance.analyze import REQUEST_NOTE

    result = analyze(REQUEST_ARTICLE, targets=["the toll"], model=_AlwaysSupport(), nlp=nlp)
    got = {r.statement.speaker: (r.label, r.note) for r in result.stances}
    assert got["Ann Ortiz"] == ("neutral", REQUEST_NOTE)
    assert got["Tom Reyes"] == ("support", "")
    assert list(result.explain("Ann Ortiz", "the toll")["reason"]) == [REQUEST_NOTE]
    # an 'oppose' call stays: a demand for answers is often an accusation
    opposed = analyze(REQUEST_ARTICLE, targets=["the toll"], model=_AlwaysOppose(), nlp=nlp)
    assert {r.statement.speaker: r.label for r in opposed.stances}["Ann Ortiz"] == "oppose"



def test_a_request_for_an_answer_is_not_support_in_articles_mode(tiny_model, nlp, monkeypatch):
    """`stance score --mode articles` applies the same rule as `analyze`."""
    from stance.analyze import REQUEST_NOTE

    monkeypatch.setattr(type(tiny_model), "predict_proba", _AlwaysSupport.predict_proba)
    rows = stance.score_corpus([{"text": REQUEST_ARTICLE}], model=tiny_model, targets=["the toll"],
                               mode="articles", nlp=nlp).to_pandas()
    got = {speaker: (label, note) for speaker, label, note in zip(rows["speaker"], rows["label"], rows["note"])}
    assert got == {"Ann Ortiz": ("neutral", REQUEST_NOTE), "Tom Reyes": ("support", "")}


@pytest.mark.parametrize("statement, expected", [
    ("we expect to get an honest and clear answer", True),
    ("Moscow hopes to receive an honest answer to them", True),
    ("the senator demanded an explanation from the agency", True),
    ("residents are calling for clarity on the plan", True),
    ("they asked the ministry for answers", True),
    ("the answer is a strong economy", False),
    ("we expect the plan to pass", False),
    ("I hope the board succeeds. Its answer was good", False),  # not within one sentence
])
def test_asks_for_answer(statement, expected):
    from stance.analyze import asks_for_answer

    assert asks_for_answer(statement) is expected


def test_relabel_gives_what_analyze_gives_with_that_margin(tiny_model, nlp):
    """`Analysis.relabel(m)` equals `analyze(..., neutral_margin=m)` label for label, without
    running the classifier again; the probabilities are the same."""
    article = ("Harbour toll vote\n\n\"This charge is a tax on working families,\" said councillor Bo Lind of the "
               "toll.\n\nThe mayor, Ann Ortiz, said the toll would keep the bridge open.")
    base = analyze(article, targets=["the toll"], model=tiny_model, nlp=nlp)
    assert base.neutral_margin == 0.0
    for margin in (-0.3, 0.2, 0.6):
        again = analyze(article, targets=["the toll"], model=tiny_model, nlp=nlp, neutral_margin=margin)
        relabelled = base.relabel(margin)
        assert relabelled.neutral_margin == margin
        assert [(r.label, r.note) for r in relabelled.stances] == [(r.label, r.note) for r in again.stances]
        assert [r.scores for r in relabelled.stances] == [r.scores for r in base.stances]
    assert [r.label for r in base.relabel(5.0).stances if r.relevant] == ["support" if r.scores["support"] >
                                                                           r.scores["oppose"] else "oppose"
                                                                           for r in base.stances if r.relevant]


def _piece(text, start, kind="indirect", cue_start=30):
    return Statement(text, start, start + len(text), "Ann Ortiz", "Ann Ortiz", 14, 23, "said", cue_start,
                     cue_start + 4, kind, None, 0)


def test_classifier_texts_joins_the_pieces_of_one_reported_statement():
    from stance.analyze import classifier_texts

    first, second = _piece("The turbines", 0), _piece("had been placed too close", 40)
    other = _piece("the fund was fair", 90, cue_start=80)  # another cue: read alone
    assert classifier_texts([first, second, other]) == ["The turbines had been placed too close"] * 2 + [
        "the fund was fair"]
    # quotations split around their attribution are read one by one
    quotes = [_piece("We will fight it", 0, "direct"), _piece("and we will win", 40, "direct")]
    assert classifier_texts(quotes) == ["We will fight it", "and we will win"]
    # a piece inside another is not repeated
    inner = _piece("placed too close", 49)
    assert classifier_texts([second, inner, first]) == ["The turbines had been placed too close"] * 3
    # join=False: every statement as extracted
    assert classifier_texts([first, second], join=False) == [first.text, second.text]


def test_analyze_reads_split_pieces_together(tiny_model, nlp):
    """'The turbines, she said, had been placed ...': two statements, one reading by the classifier
    (the same scores for both pieces); join_pieces=False reads each piece alone."""
    text = ("Energy Minister Carla Brennan spoke on Monday.\n\n"
            "The turbines, she said, had been placed well away from the spawning grounds of the bay.")
    joined = analyze(text, targets=["the turbines"], model=tiny_model, nlp=nlp, tagger=None, relevance_check=False)
    pieces = [r for r in joined.stances if r.statement.cue == "said"]
    assert [r.statement.text for r in pieces] == ["The turbines",
                                                  "had been placed well away from the spawning grounds of the bay"]
    assert pieces[0].scores == pieces[1].scores
    why = joined.explain("Carla Brennan", "the turbines")
    assert set(why["read_as"]) == {"The turbines had been placed well away from the spawning grounds of the bay"}
    alone = analyze(text, targets=["the turbines"], model=tiny_model, nlp=nlp, tagger=None, relevance_check=False,
                    join_pieces=False)
    a, b = [r for r in alone.stances if r.statement.cue == "said"]
    assert a.scores != b.scores
    read = tiny_model.predict_proba([f"{a.statement.text} {b.statement.text}"], ["the turbines"])[0]
    assert [pieces[0].scores[label] for label in tiny_model.labels] == pytest.approx(list(read), abs=1e-5)


@pytest.mark.parametrize("statement, speaker, refers", [
    ("I have done nothing wrong", "Ann Ortiz", True),
    ("we will appeal", "Ann Ortiz", True),
    ("she had done nothing wrong", "Ann Ortiz", True),
    ("Ortiz had followed the rules", "Ann Ortiz", True),
    ("the audit was overdue", "Ann Ortiz", False),
    ("the ferry fleet is too old", None, False),
    ("Isabel will win", "Ann Ortiz", False),          # 'I' only as a word of its own
    ("US troops will stay", "Ann Ortiz", False),      # the country, not 'us'
    ("they told us nothing", "Ann Ortiz", True),
    ("I'm staying", "Ann Ortiz", True),
])
def test_refers_to_speaker(statement, speaker, refers):
    from stance.targets import refers_to_speaker

    assert refers_to_speaker(statement, speaker) is refers


SELF_AND_OTHER = ("Ann Ortiz spoke at the harbour on Monday.\n\n"
                  "\"The ferry fleet is too old and the board knows it,\" Ortiz said.\n\n"
                  "\"I have kept every promise I made,\" Ortiz said.")


def test_a_statement_concerns_its_speaker_only_when_it_refers_to_them(nlp):
    """The attribution that names the speaker ('Ortiz said') does not make a statement about the
    ferries a statement about Ortiz; one in the first person is (`SELF_REFERENCE`)."""
    import importlib

    targets_module = importlib.import_module("stance.targets")
    result = analyze(SELF_AND_OTHER, targets=["Ann Ortiz"], model=_AlwaysOppose(), nlp=nlp)
    got = {r.statement.text.split()[0]: r.relevant for r in result.stances}
    assert got == {"The": False, "I": True}
    old = targets_module.SELF_REFERENCE
    try:
        targets_module.SELF_REFERENCE = False
        before = analyze(SELF_AND_OTHER, targets=["Ann Ortiz"], model=_AlwaysOppose(), nlp=nlp)
    finally:
        targets_module.SELF_REFERENCE = old
    assert all(r.relevant for r in before.stances)


@pytest.mark.parametrize("text, targets, expected", [
    # 'him' is the man named last before, not the speaker
    ("Senator Tom Berg voted against the harbour bill. Berg said he would not change his mind.\n\n"
     "Mayor Ann Ortiz chided him for siding with the port board.",
     ["Tom Berg", "Ann Ortiz"], [None, None, "oppose", None]),
    # 'her' is a woman named before, not the speaker, who is a woman too
    ("Councillor Lena Ward changed her mind on the toll. Ward said she now backs it.\n\n"
     "Mayor Ann Ortiz praised her for changing her position.",
     ["Lena Ward", "Ann Ortiz"], [None, None, "support", None]),
    # a pronoun of the other gender refers to nobody here
    ("Senator Tom Berg voted against the harbour bill. Berg said he would not change his mind.\n\n"
     "Mayor Ann Ortiz praised her for her courage.",
     ["Tom Berg"], [None, None]),
], ids=["him", "her-not-the-speaker", "other-gender"])
def test_a_side_cue_on_him_or_her_takes_its_side_toward_who_they_are(nlp, text, targets, expected):
    """'chided him for ...': the side is toward the person 'him' refers to (`PRONOUN_OBJECTS`)."""
    from stance.analyze import cue_sides

    statements = extract(text, nlp=nlp, tagger=None)
    sides = cue_sides(statements, [Target(t) for t in targets], text)
    assert [side for row in sides for side in row][-len(expected):] == expected


def test_name_gender_reads_the_text():
    from stance.extract.speakers import name_gender

    assert name_gender("Ann Ortiz", "Ann Ortiz spoke first. Ortiz said she would vote.") == "f"
    assert name_gender("Tom Berg", "Mr. Berg spoke first.") == "m"
    assert name_gender("Lee Park", "Lee Park spoke first.") is None


@pytest.mark.parametrize("text, side", [
    ("Senator Ann Ortiz warned against the toll plan.", "oppose"),   # the preposition between cue and statement
    ("Senator Ann Ortiz objected to the toll plan.", "oppose"),      # the preposition opening the statement
    ("Senator Ann Ortiz warned of the toll plan.", None),
])
def test_cue_sides_read_the_preposition_after_the_cue(text, side):
    from stance.analyze import cue_sides

    # the statement as the extractor gives it: the verb as the cue, the rest of the sentence as the statement
    verb = next(w for w in ("warned", "objected") if w in text)
    cs = text.index(verb)
    body = text[cs + len(verb):].strip(" .")
    if body.startswith(("against ", "of ")):
        body = body.split(" ", 1)[1]
    start = text.index(body)
    statement = Statement(body, start, start + len(body), "Ann Ortiz", "Senator Ann Ortiz", 0, 16, verb, cs,
                          cs + len(verb), "indirect", None, 0)
    assert cue_sides([statement], [Target("the toll plan")], text) == [[side]]


def test_cue_sides_keep_an_infinitive_with_its_verb():
    """'refused' + 'to endorse Ann Ortiz': the 'to' stays with the statement, so the refusal reads
    as opposition (the cue view moves a leading preposition only after verbs that need one)."""
    from stance.analyze import cue_sides

    text = "Senator Tom Berg refused to endorse Ann Ortiz."
    cs = text.index("refused")
    start = text.index("to endorse")
    statement = Statement(text[start:-1], start, len(text) - 1, "Tom Berg", "Senator Tom Berg", 0, 16, "refused", cs,
                          cs + len("refused"), "indirect", None, 0)
    assert cue_sides([statement], [Target("Ann Ortiz")], text) == [["oppose"]]


class _QuestionTagger:
    """A stand-in attribution tagger that tags 'Asked about the ferry toll' as an attribution."""

    def spans(self, text):
        from stance.extract.tagger import TaggedSpan

        cue, content = text.index("Asked about"), text.index("the ferry toll")
        return [TaggedSpan("Cue", cue, cue + len("Asked about"), 0.9),
                TaggedSpan("Content", content, content + len("the ferry toll"), 0.9)]


@pytest.mark.parametrize("rule", [True, False])
def test_a_question_put_to_someone_is_left_out_of_the_analysis(nlp, monkeypatch, rule):
    """'Asked about the ferry toll, ...' is what a reporter asked: `extract` keeps it (kind
    'question', no speaker), `analyze` leaves it out (`stance.analyze.QUESTION_RULE`, session 64)."""
    monkeypatch.setattr(sys.modules["stance.analyze"], "QUESTION_RULE", rule)
    text = "Asked about the ferry toll, Mayor Ann Ortiz said the harbour needed the money."
    extracted = extract(text, nlp=nlp, tagger=_QuestionTagger())
    assert [(s.kind, s.speaker) for s in extracted if s.text == "the ferry toll"] == [("question", None)]
    result = analyze(text, targets=["the ferry toll"], model=_AlwaysOppose(), nlp=nlp, tagger=_QuestionTagger())
    speakers = {r.statement.speaker for r in result.stances}
    assert speakers == ({"Ann Ortiz"} if rule else {"Ann Ortiz", None})


@pytest.mark.parametrize("cue, statement, declines", [
    ("declined", "to comment", True),
    ("declined", "to comment on the bill", True),
    ("did not respond to", "a request for comment", True),
    ("did not immediately respond to", "repeated requests for comment on Monday", True),
    ("refused", "to discuss the toll", True),
    # a refusal of something else, or a comment that says something
    ("declined", "to endorse the bill", False),
    ("said", "to comment would be unwise", False),
    ("did not", "comment that the toll is fair", False),
])
def test_a_refusal_to_comment_is_neutral(monkeypatch, cue, statement, declines):
    """'The ministry declined to comment' says nothing: neutral toward every target, with a note
    (`stance.analyze.NO_COMMENT_RULE`, session 65)."""
    import importlib

    from stance.extract import Statement

    analyze_module = importlib.import_module("stance.analyze")
    record = Statement(text=statement, start=0, end=len(statement), speaker="The interior ministry",
                       speaker_mention="The interior ministry", speaker_start=None, speaker_end=None, cue=cue,
                       cue_start=None, cue_end=None, kind="indirect", source=None, paragraph=0)
    assert analyze_module.declines_comment(cue, statement) is declines
    assert analyze_module.neutral_note(record) == (analyze_module.NO_COMMENT_NOTE if declines else None)
    monkeypatch.setattr(analyze_module, "NO_COMMENT_RULE", False)
    assert analyze_module.neutral_note(record) is None


@pytest.mark.parametrize("text, speaker, target, speaks", [
    ("Speaking on behalf of the harbour board, operations director Lena Moritz said the audit was unfair.",
     "Lena Moritz", "the harbour board", True),
    ("Speaking for the union, Lena Moritz said the offer was an insult.", "Lena Moritz", "the union", True),
    # on behalf of someone else
    ("Speaking on behalf of the drivers, Lena Moritz said the harbour board lied.", "Lena Moritz",
     "the harbour board", False),
])
def test_speaking_on_behalf_of_a_target_speaks_for_it(monkeypatch, text, speaker, target, speaks):
    """'Speaking on behalf of the company, Lisa Ferrante told ...': she speaks for the company
    (`stance.targets.ON_BEHALF`, session 65)."""
    import importlib

    targets = importlib.import_module("stance.targets")
    assert targets.speaks_for(text, speaker, target) is speaks
    monkeypatch.setattr(targets, "ON_BEHALF", False)
    assert targets.speaks_for(text, speaker, target) is False


@pytest.mark.parametrize("cue, label", [("sponsor", "support"), ("main sponsor", "support"), ("co-sponsor", "support"),
                                        ("architect", "support"), ("fiercest critic", "oppose")])
def test_a_bills_sponsor_supports_it(cue, label):
    """"The bill's sponsor, Senator Dale Ruiz," (`stance.extract.attribution.POSSESSIVE_SIDES`): the cue
    'sponsor' takes the bill's side (`CUE_STANCE`, session 66)."""
    from stance.analyze import cue_stance

    assert cue_stance(cue, "The bill", "the bill") == label


@pytest.mark.parametrize("cue, label, without", [
    ("struck down", "oppose", None), ("blocked", "oppose", None), ("vetoed", "oppose", None),
    ("upheld", "support", None), ("approved", "support", None),
    ("did not block", None, None), ("blocked off", None, None),
])
def test_a_cue_that_defeats_or_enacts_its_object_takes_a_side(monkeypatch, cue, label, without):
    """'A state appeals court struck down the rental ban' is against the ban, 'upheld the ban' for it
    (`stance.analyze.DEFEATING_CUES`, session 66)."""
    from stance.analyze import cue_stance

    assert cue_stance(cue, "the rental ban on Tuesday", "the rental ban") == label
    monkeypatch.setattr(sys.modules["stance.analyze"], "DEFEATING_CUES", False)
    assert cue_stance(cue, "the rental ban on Tuesday", "the rental ban") == without


@pytest.mark.parametrize("cue, statement, label", [
    ("proposed", "the ferry levy", "support"), ("who introduced", "the ferry levy in March", "support"),
    ("unveiled", "the ferry levy", "support"),
    # an act on it, a passive cue, the target after the head: no side from the cue
    ("proposed", "scrapping the ferry levy", None), ("proposed", "to scrap the ferry levy", None),
    ("was unveiled", "the ferry levy", None), ("proposed", "a review of the ferry levy", None),
    ("did not propose", "the ferry levy", None),
])
def test_a_cue_that_puts_forward_its_object_supports_it(monkeypatch, cue, statement, label):
    """'Mayor Ana Ruiz, who proposed the toll' is for the toll (`stance.analyze.PROPOSING_CUES`, session 67)."""
    from stance.analyze import cue_stance

    assert cue_stance(cue, statement, "the ferry levy") == label
    monkeypatch.setattr(sys.modules["stance.analyze"], "PROPOSING_CUES", False)
    assert cue_stance(cue, statement, "the ferry levy") is None


@pytest.mark.parametrize("statement, undecided", [
    ('he would "listen to everyone before deciding."', True), ("she has not yet made up her mind", True),
    ("the board remains undecided on the levy", True), ("the council is yet to decide", True),
    ("we are keeping an open mind", True),
    ("the levy was decided before the vote", False), ("I have decided to back the levy", False),
])
def test_a_statement_that_its_speaker_has_not_decided_takes_no_side(monkeypatch, statement, undecided):
    """Not having decided is no side (`stance.analyze.UNDECIDED`, with `NO_POSITION_RULE`; session 67)."""
    from stance.analyze import says_no_position

    assert says_no_position(statement) is undecided
    monkeypatch.setattr(sys.modules["stance.analyze"], "UNDECIDED", False)
    assert says_no_position(statement) is False


@pytest.mark.parametrize("mention, label", [
    ("Campaigners against the ferry levy", "oppose"), ("Critics of the ferry levy", "oppose"),
    ("Local supporters of the ferry levy", "support"), ("people who oppose the ferry levy", "oppose"),
    ("residents in favour of the ferry levy", "support"),
    # a description that takes no side, or a side toward something else
    ("Residents of the ferry levy area", None), ("Critics of the mayor", None),
])
def test_a_speaker_described_by_a_side_takes_it_in_each_statement(monkeypatch, mention, label):
    """'Campaigners against the runway said the poll proved ...': against the runway
    (`stance.analyze.SPEAKER_SIDES`, session 67)."""
    from stance.analyze import cue_sides
    from stance.extract import Statement
    from stance.targets import Target

    text = f"{mention} said the vote would be close."
    s = Statement(text=text[len(mention) + 6:-1], start=len(mention) + 6, end=len(text) - 1, speaker=mention,
                  speaker_mention=mention, speaker_start=0, speaker_end=len(mention), cue="said",
                  cue_start=len(mention) + 1, cue_end=len(mention) + 5, kind="indirect", source=None, paragraph=0)
    assert cue_sides([s], [Target("the ferry levy")], text) == [[label]]
    monkeypatch.setattr(sys.modules["stance.analyze"], "SPEAKER_SIDES", False)
    assert cue_sides([s], [Target("the ferry levy")], text) == [[None]]


@pytest.mark.parametrize("cue, label", [("is against", "oppose"), ("has been against", "oppose"),
                                        ("is not against", None)])
def test_being_against_something_opposes_it(monkeypatch, cue, label):
    """'Bernie Sanders is against it' (`stance.analyze.COPULAR_SIDES`, session 67)."""
    from stance.analyze import cue_stance

    assert cue_stance(cue, "the ferry levy", "the ferry levy") == label
    monkeypatch.setattr(sys.modules["stance.analyze"], "COPULAR_SIDES", False)
    assert cue_stance(cue, "the ferry levy", "the ferry levy") is None


#: Session-68 rules of `stance.analyze.cue_stance`: (flag, cue, statement, label with the flag, without it),
#: toward "the ferry levy", in our own sentences.
_CUE_RULES_68 = [
    # a proposal's own clause takes the side of its act ('introduced a bill that would delay the limits')
    ("PROPOSED_CLAUSES", "has introduced", "would delay the ferry levy for three years", "oppose", "support"),
    ("PROPOSED_CLAUSES", "has introduced", "would scrap the ferry levy", "oppose", "support"),
    ("PROPOSED_CLAUSES", "has introduced", "would expand the ferry levy to lorries", "support", "support"),
    ("PROPOSED_CLAUSES", "has introduced", "would review the ferry levy", None, "support"),
    ("PROPOSED_CLAUSES", "has introduced", "would delay the harbour works", None, None),
    # signing a bill supports it; a petition or a letter against it is no bill
    ("SIGNING_CUES", "signed", "the ferry levy bill into law", "support", None),
    ("SIGNING_CUES", "Signs", "Ferry Levy Bill Over Pilots' Objections", "support", None),
    ("SIGNING_CUES", "signed", "a petition against the ferry levy", None, None),
    ("SIGNING_CUES", "signed", "a letter opposing the ferry levy", None, None),
    ("SIGNING_CUES", "did not sign", "the ferry levy bill", None, None),
    # asking for an end to something opposes it; a review is no end, nor an end to what it only qualifies
    ("REQUESTED_ENDS", "called for", "a ban on the ferry levy", "oppose", None),
    ("REQUESTED_ENDS", "urged", "an end to the ferry levy", "oppose", None),
    ("REQUESTED_ENDS", "demanded", "the repeal of the ferry levy", "oppose", None),
    ("REQUESTED_ENDS", "called for", "a review of the ferry levy", None, None),
    ("REQUESTED_ENDS", "called for", "an end to delays on the ferry levy", None, None),
    # an adverb between a side verb and its preposition
    ("ADVERB_SIDES", "had lobbied hard for", "the ferry levy", "support", None),
    ("ADVERB_SIDES", "campaigned tirelessly against", "the ferry levy", "oppose", None),
    ("ADVERB_SIDES", "lobbied for", "the ferry levy", "support", "support"),
    ("ADVERB_SIDES", "fought hard", "the ferry levy", None, None),
    # leading or joining something is for it
    ("CARRYING_VERBS", "had promised", "to lead the ferry levy campaign", "support", None),
    ("CARRYING_VERBS", "vowed", "to join the ferry levy scheme", "support", None),
    ("CARRYING_VERBS", "refused", "to join the ferry levy scheme", None, None),
    # shelving, scuttling or derailing something opposes it
    ("SHELVING_CUES", "shelved", "the ferry levy on Tuesday", "oppose", None),
    ("SHELVING_CUES", "has scuttled", "the ferry levy", "oppose", None),
    ("SHELVING_CUES", "derailed", "the ferry levy", "oppose", None),
    ("SHELVING_CUES", "did not shelve", "the ferry levy", None, None),
    # a side toward a step of procedure on something is toward that thing
    ("PROCEDURAL_OBJECTS", "voted against", "opening debate on the ferry levy", "oppose", None),
    ("PROCEDURAL_OBJECTS", "blocked", "a vote on the ferry levy", "oppose", None),
    # challenging or contesting something is against it
    ("CHALLENGING_VERBS", "vowed", "to challenge the ferry levy in court", "oppose", None),
    ("CHALLENGING_VERBS", "has pledged", "to contest the ferry levy", "oppose", None),
    # stopping short of a side takes none
    ("STOPPED_SHORT", "stopped short of endorsing", "the ferry levy", None, "support"),
]


@pytest.mark.parametrize("flag, cue, statement, label, without", _CUE_RULES_68,
                         ids=[f"{r[0]}-{r[1]}-{r[2][:24]}" for r in _CUE_RULES_68])
def test_session_68_cue_rules(monkeypatch, flag, cue, statement, label, without):
    """A cue's side toward the target its statement names, with a session-68 rule of `stance.analyze` on, then
    off: 'introduced a bill that would delay the limits', 'Governor signs gun bill', 'calling for a citywide
    ban on facial recognition', 'had lobbied hard for the deal', 'promised to lead a mission', 'shelved the bill'."""
    assert cue_stance(cue, statement, "the ferry levy") == label
    monkeypatch.setattr(sys.modules["stance.analyze"], flag, False)
    assert cue_stance(cue, statement, "the ferry levy") == without


#: Session-68 rules of `stance.analyze.declared_side`: (flag, statement, target, label with the flag); without
#: it, no side.
_DECLARED_RULES_68 = [
    # refusing to accept, enforce or obey something opposes it
    ("REFUSED_ACTS", "they will not enforce the ferry levy", "the ferry levy", "oppose"),
    ("REFUSED_ACTS", "we will never accept the ferry levy", "the ferry levy", "oppose"),
    ("REFUSED_ACTS", "members said that they would not comply with the ferry levy", "the ferry levy", "oppose"),
    ("REFUSED_ACTS", "we accept the ferry levy", "the ferry levy", None),
    ("REFUSED_ACTS", "they will not enforce the parking rules", "the ferry levy", None),
    # wishing someone defeat or election
    ("DESIRED_FATES", "he wants Ana Ortiz defeated in May", "Ana Ortiz", "oppose"),
    ("DESIRED_FATES", "they would like to see Ortiz out of office", "Ana Ortiz", "oppose"),
    ("DESIRED_FATES", "she hopes to see Ortiz re-elected", "Ana Ortiz", "support"),
    ("DESIRED_FATES", "he does not want Ortiz defeated", "Ana Ortiz", None),
    ("DESIRED_FATES", "he wants Tom Berg defeated", "Ana Ortiz", None),
    # a feeling about something
    ("FEELINGS", "it was deeply disappointed by the ferry levy", "the ferry levy", "oppose"),
    ("FEELINGS", "we are delighted with the ferry levy", "the ferry levy", "support"),
    ("FEELINGS", "he was not disappointed by the ferry levy", "the ferry levy", None),
    ("FEELINGS", "she was disappointed by the delay to the ferry levy", "the ferry levy", None),
]


@pytest.mark.parametrize("flag, statement, target, label", _DECLARED_RULES_68,
                         ids=[f"{r[0]}-{r[1][:30]}" for r in _DECLARED_RULES_68])
def test_session_68_declared_rules(monkeypatch, flag, statement, target, label):
    """A side the statement itself declares, with a session-68 rule of `stance.analyze` on, then off: 'Several
    sheriffs said they will not enforce the measure', 'Branstad has said he wants Cruz defeated', 'The union said
    it was deeply disappointed by the ruling'."""
    from stance.analyze import declared_side

    assert declared_side(statement, target) == label
    monkeypatch.setattr(sys.modules["stance.analyze"], flag, False)
    assert declared_side(statement, target) is None


@pytest.mark.parametrize("flag, speaker, target, side", [
    ("OWN_BODIES", "Norway's fisheries ministry", "Norway", "spokesperson"),
    ("OWN_BODIES", "Ortiz's office", "Ana Ortiz", "spokesperson"),
    ("CAPITAL_SPEAKERS", "Ankara", "Turkey", "self"), ("CAPITAL_SPEAKERS", "Moscow", "Russia", "self"),
    ("STATE_BODIES", "China's coast guard", "China", "spokesperson"),
    ("STATE_BODIES", "Israel's military", "Israel", "spokesperson"),
])
def test_a_country_s_capital_or_ministry_speaks_as_the_country(monkeypatch, flag, speaker, target, side):
    """'Moscow said ...' is Russia speaking, "Norway's fisheries ministry" speaks for Norway
    (`stance.targets.CAPITAL_SPEAKERS`, `stance.targets.OWN_BODIES`; session 68)."""
    from stance.targets import own_side

    assert own_side("", speaker, target) == side
    monkeypatch.setattr(sys.modules["stance.targets"], flag, False)
    assert own_side("", speaker, target) is None


@pytest.mark.parametrize("flag, text, named", [
    ("DEMONSTRATIVE_ALIASES", "This plan gives them that.", True),
    ("DEMONSTRATIVE_ALIASES", "That plan was rushed.", True),
    ("DEMONSTRATIVE_ALIASES", "The planet is warming.", False),
    ("DEMONSTRATIVE_ALIASES", "A plan was drawn up.", False),
    ("POSSESSIVE_ALIASES", "The court blocked the government's plan on Friday.", True),
    ("POSSESSIVE_ALIASES", "Its plan was rushed.", True), ("POSSESSIVE_ALIASES", "Their planning was poor.", False),
    ("POSSESSIVE_ALIASES", "The governor's minister spoke.", False),
])
def test_a_general_noun_with_a_demonstrative_or_an_owner_names_the_target(monkeypatch, flag, text, named):
    """'This plan gives them that' and "the government's plan" name a target given as 'the plan'
    (`stance.targets.DEMONSTRATIVE_ALIASES`, `POSSESSIVE_ALIASES`; session 68); not a title ('the minister')."""
    from stance.targets import mentions_target

    target = Target("the street closures", aliases=("the plan", "the minister"))
    assert mentions_target(text, target) is named
    monkeypatch.setattr(sys.modules["stance.targets"], flag, False)
    assert mentions_target(text, target) is False


#: Session-69 rules of `stance.analyze.cue_stance`: (flag, cue, statement, label toward 'the ferry levy' with the
#: flag, without it).
_CUE_RULES_69 = [
    # voting down or defeating something opposes it
    ("VOTED_DOWN", "voted down", "the ferry levy", "oppose", None),
    ("VOTED_DOWN", "defeated", "the ferry levy bill", "oppose", None),
    ("VOTED_DOWN", "turned down", "the ferry levy", "oppose", None),
    # a side toward a bid or a bill to act on something is a side toward that thing, turned by the act
    ("ACTS_PROPOSED", "Rejects", "Bid to Block Ferry Levy", "support", None),
    ("ACTS_PROPOSED", "voted down", "a resolution that would have blocked the ferry levy", "support", None),
    ("ACTS_PROPOSED", "backed", "a bill to repeal the ferry levy", "oppose", None),
    ("ACTS_PROPOSED", "rejected", "a plan to expand the ferry levy", "oppose", None),
    ("ACTS_PROPOSED", "praised", "a move to scrap the ferry levy", "oppose", None),
    # the target named before the act: the side is toward it as before
    ("ACTS_PROPOSED", "rejected", "the ferry levy plan to fund the port", "oppose", "oppose"),
    # pushing back against or on something opposes it (without the rule, 'back' read as backing)
    ("PUSHING_BACK", "Push Back Against", "Ferry Levy", "oppose", "support"),
    ("PUSHING_BACK", "pushed back on", "the ferry levy", "oppose", "support"),
    ("PUSHING_BACK", "hit back at", "the ferry levy", None, "support"),
    ("PUSHING_BACK", "will back", "the ferry levy", "support", "support"),
    # an intended act that takes a side with its preposition
    ("INTENDED_SIDES", "vowed", "to vote against the ferry levy", "oppose", None),
    ("INTENDED_SIDES", "pledged", "to campaign for the ferry levy", "support", None),
    ("INTENDED_SIDES", "plans", "to vote in favour of the ferry levy", "support", None),
    # calling for, demanding or insisting on something supports it; not an inquiry into it nor its repeal
    ("REQUESTED_THINGS", "has insisted on", "the ferry levy", "support", None),
    ("REQUESTED_THINGS", "called for", "the ferry levy", "support", None),
    ("REQUESTED_THINGS", "demanded", "a higher ferry levy", "support", None),
    ("REQUESTED_THINGS", "called for", "an inquiry into the ferry levy", None, None),
    ("REQUESTED_THINGS", "demanded", "the ferry levy's repeal", None, None),
    ("REQUESTED_THINGS", "called for", "a ban on the ferry levy", "oppose", "oppose"),
]


@pytest.mark.parametrize("flag, cue, statement, label, without", _CUE_RULES_69,
                         ids=[f"{r[0]}-{r[1]}-{r[2][:24]}" for r in _CUE_RULES_69])
def test_session_69_cue_rules(monkeypatch, flag, cue, statement, label, without):
    """A cue's side toward the target its statement names, with a session-69 rule of `stance.analyze` on, then
    off: 'the Senate voted down a resolution that would have blocked the sale', 'Senate Rejects Bid to Block Arms
    Sale'."""
    assert cue_stance(cue, statement, "the ferry levy") == label
    monkeypatch.setattr(sys.modules["stance.analyze"], flag, False)
    assert cue_stance(cue, statement, "the ferry levy") == without


@pytest.mark.parametrize("text, targets, expected", [
    # 'it' is the one target named in the nearest sentence before that names one
    ("Commissioner Rene Gonzalez, who sponsored the camping ban, said the parks had to be safe.\n\n"
     "Commissioner Carmen Rubio voted against it.", ["the camping ban|the ban", "Rene Gonzalez"],
     ["oppose", None]),
    ("Several member states said they will not back the plan.\n\nFrance and Spain support it.",
     ["the plan"], ["support"]),
    # an infinitive on 'it' after an intending cue
    ("The council approved the camping ban on Wednesday.\n\nThe ACLU of Oregon vowed to challenge it in court.",
     ["the camping ban|the ban"], ["oppose"]),
    ("Parliament passed the amnesty law on Thursday.\n\nThe opposition leader promised to repeal it if his party "
     "won power.", ["the amnesty law|the law"], ["oppose"]),
    # two targets in that sentence: no telling which
    ("The council weighed the toll and the levy together.\n\nCouncillor Ann Ortiz opposed it.",
     ["the toll", "the levy"], [None, None]),
], ids=["voted-against-it", "support-it", "challenge-it", "repeal-it-if", "two-named"])
def test_a_side_cue_on_it_takes_its_side_toward_what_it_refers_to(nlp, monkeypatch, text, targets, expected):
    """'voted against it': the side is toward the target 'it' refers to (`PRONOUN_CONTENTS`, session 69);
    without the rule, none."""
    from stance.analyze import cue_sides

    statements = extract(text, nlp=nlp, tagger=None)
    assert statements[-1].text.startswith(("it", "to challenge it", "to repeal it"))
    sides = cue_sides(statements, [Target(t) for t in targets], text)
    assert sides[-1] == expected
    monkeypatch.setattr(sys.modules["stance.analyze"], "PRONOUN_CONTENTS", False)
    assert cue_sides(statements, [Target(t) for t in targets], text)[-1] == [None] * len(targets)


@pytest.mark.parametrize("flag, cue, statement, target, label, without", [
    # condemning harm done to someone is for the victim and against who did it
    ("VICTIMS", "condemned", "the brutal murder of harbour pilot Tom Berg by the Red Hand Gang", "Tom Berg", "support",
     None),
    ("VICTIMS", "condemned", "the brutal murder of harbour pilot Tom Berg by the Red Hand Gang", "the Red Hand Gang",
     "oppose", None),
    ("VICTIMS", "denounced", "the arrest of the ferry crews", "the ferry crews", "support", None),
    ("VICTIMS", "condemned", "the killing", "Tom Berg", None, None),
    # denying an accusation about someone is for them; about a plan, no side
    ("DENIED_CLAIMS", "to deny", "rumours that Tom Berg took bribes", "Tom Berg", "support", None),
    ("DENIED_CLAIMS", "rejected", "allegations against the harbour board", "the harbour board", "support", "oppose"),
    ("DENIED_CLAIMS", "denied", "reports that the ferry levy would rise", "the ferry levy", None, None),
    ("DENIED_CLAIMS", "rejected", "the ferry levy", "the ferry levy", "oppose", "oppose"),
], ids=["victim", "killer", "arrested", "no-victim-named", "denied-rumour", "rejected-allegations", "issue", "plain"])
def test_session_69_harm_and_denial_rules(monkeypatch, flag, cue, statement, target, label, without):
    """'condemned the murder of David Haines by Isil', 'to deny rumors that Bill Cosby molested her': sides for the
    victim and the accused (`stance.analyze.VICTIMS`, `DENIED_CLAIMS`; session 69), then without the rule."""
    assert cue_stance(cue, statement, target) == label
    monkeypatch.setattr(sys.modules["stance.analyze"], flag, False)
    assert cue_stance(cue, statement, target) == without
