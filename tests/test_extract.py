"""Tests for attributed-statement extraction and its PolNeAR scorer.

All articles here are invented for the tests.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from stance.research.attribution_eval import evaluate_extraction, format_report, read_brat, score_spans
from stance.extract import DEFAULT_MODEL, Statement, extract, extract_doc, extract_many, load_nlp, prepare_nlp
from stance.extract.pipeline import BOUNDARY_PIPE

pytestmark = pytest.mark.slow  # uses spaCy's model (offline)


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _check_offsets(text: str, statements: list[Statement]) -> None:
    for s in statements:
        assert text[s.start:s.end] == s.text
        if s.speaker_start is not None:
            assert text[s.speaker_start:s.speaker_end] == s.speaker_mention
        if s.cue_start is not None:
            assert text[s.cue_start:s.cue_end] == s.cue
    assert [s.start for s in statements] == sorted(s.start for s in statements)


def _fleet_statements(text: str, nlp) -> list[Statement]:
    """The statements about the ferry fleet in a test sentence (the speaker-naming tests)."""
    return [s for s in extract(text, nlp=nlp) if "ferry fleet" in s.text]


# (id, article, [(speaker, cue, kind, text), ...]) -- every statement, in document order
CASES = [
    ("direct-straight",
     'The harbour toll will rise next year. "We have no other way to pay for repairs," '
     "said Port Director Maria Keller.",
     [("Maria Keller", "said", "direct", "We have no other way to pay for repairs")]),
    ("direct-curly",
     "“Nobody asked the fishermen,” the union leader Tom Baird said on Friday.",
     [("Tom Baird", "said", "direct", "Nobody asked the fishermen")]),
    ("split-quote",
     '"The bridge is safe," Mayor Ann Ortiz said. "But it needs work before winter."',
     [("Ann Ortiz", "said", "direct", "The bridge is safe"),
      ("Ann Ortiz", "said", "direct", "But it needs work before winter.")]),
    ("multi-paragraph-quote",
     'Water minister Joan Reyes spoke at length.\n\n"The drought is the worst in decades. '
     'Farmers are suffering.\n\n"We will open the reserves next week," she said.',
     [("Joan Reyes", "said", "direct",
       'The drought is the worst in decades. Farmers are suffering.\n\n"We will open the reserves next week')]),
    ("mixed-drew-attention",
     'Mayor Ann Ortiz spoke on Tuesday. She drew attention to some "serious gaps".',
     [("Ann Ortiz", "drew attention", "mixed", 'some "serious gaps"')]),
    ("mixed-said-that",
     'Senator Paul Brandt said that the deal was a "historic step" for the region.',
     [("Paul Brandt", "said", "mixed", 'the deal was a "historic step" for the region')]),
    ("indirect-said-that",
     "Finance Minister Karl Weiss said that the budget would be balanced by 2026.",
     [("Karl Weiss", "said", "indirect", "the budget would be balanced by 2026")]),
    ("indirect-trailing",
     "The budget will be balanced by 2026, Finance Minister Karl Weiss said on Monday.",
     [("Karl Weiss", "said", "indirect", "The budget will be balanced by 2026")]),
    ("told-reporters",
     "Health Secretary Lena Park told reporters the clinics would stay open.",
     [("Lena Park", "told reporters", "indirect", "the clinics would stay open")]),
    ("according-to",
     "According to Police Chief Omar Diaz, the suspect fled on foot.",
     [("Omar Diaz", "According to", "indirect", "the suspect fled on foot")]),
    ("warned-insisted",
     "Union leader Tom Baird warned that strikes would follow. He also insisted that wages must rise.",
     [("Tom Baird", "warned", "indirect", "strikes would follow"),
      ("Tom Baird", "insisted", "indirect", "wages must rise")]),
    ("urged",
     "Environmental activist Rosa Lind urged the council to ban plastic bags.",
     [("Rosa Lind", "urged", "indirect", "the council to ban plastic bags")]),
    ("headline-calls-for",
     "Mayor Ortiz calls for new ferry routes\n\nMayor Ann Ortiz on Monday said the city needs more ferries.",
     [("Ann Ortiz", "calls for", "indirect", "new ferry routes"),
      ("Ann Ortiz", "said", "indirect", "the city needs more ferries")]),
    ("headline-colon-official",
     "Port Expansion Will Create Jobs: Governor\n\n"
     "Governor Hal Brooks said the expansion of the port would create 2,000 jobs.",
     [("Hal Brooks", ":", "indirect", "Port Expansion Will Create Jobs"),
      ("Hal Brooks", "said", "indirect", "the expansion of the port would create 2,000 jobs")]),
    ("organisation-capital",
     "Berlin has said that it will not support the new tariffs.",
     [("Berlin", "has said", "indirect", "it will not support the new tariffs")]),
    ("organisation",
     "The World Health Organization said the outbreak was under control.",
     [("The World Health Organization", "said", "indirect", "the outbreak was under control")]),
    ("agency-alone-is-speaker",
     "Reuters reported that the factory had closed.",
     [("Reuters", "reported", "indirect", "the factory had closed")]),
    ("mismatched-marks",
     "'We will rebuild every house,\" Governor Hal Brooks said.",
     [("Hal Brooks", "said", "direct", "We will rebuild every house")]),
    ("unclosed-quote",
     'Governor Hal Brooks said the plan was "a disgrace to the whole region.\n\nThe vote is due next week.',
     [("Hal Brooks", "said", "mixed", 'the plan was "a disgrace to the whole region')]),
    # a quotation of several sentences with the attribution after it: the parser takes the
    # quote's last words as a second subject of 'said'
    ("trailing-after-two-sentences",
     'The ferry was late again.\n\n"The service is a mess. A total mess," said Nora Vance, a commuter.',
     [("Nora Vance", "said", "direct", "The service is a mess. A total mess")]),
    # an abbreviated title after the closing mark does not end the attribution's sentence
    ("trailing-with-title-abbreviation",
     'The ferry was late again.\n\n"Will it improve? Maybe not," Ms. Vance said. "We will see."',
     [("Vance", "said", "direct", "Will it improve? Maybe not"),
      ("Vance", "said", "direct", "We will see.")]),
    # readers' comments: a dash and a name close the line after the quotation
    ("dash-attribution",
     'Readers wrote in.\n\n“The ferry is never on time.” ― Nora Vance\n“Fix the pier first.” — Tom Reyes\n\nEnd.',
     [("Nora Vance", "―", "direct", "The ferry is never on time."),
      ("Tom Reyes", "—", "direct", "Fix the pier first.")]),
    ("dash-attribution-non-breaking-spaces",
     'Readers wrote in.\n\n“The ferry is never on time.”\xa0― Nora Vance\xa0\n“Fix the pier first.”― Tom Reyes\n\nEnd.',
     [("Nora Vance", "―", "direct", "The ferry is never on time."),
      ("Tom Reyes", "―", "direct", "Fix the pier first.")]),
    ("dash-not-a-name",
     'The shop put up a sign reading “Back soon, sorry for the wait.” — nobody came back\n\nEnd.', []),
    # a passive 'quoted / heard' hands the speech verb its subject
    ("quoted-as-saying",
     "Councillor Ray Dunn was quoted as saying that the levy should be scrapped.",
     [("Ray Dunn", "was quoted as saying", "indirect", "the levy should be scrapped")]),
    ("heard-saying",
     "The harbour master was heard saying the pier would close.",
     [("The harbour master", "was heard saying", "indirect", "the pier would close")]),
    ("quoted-without-speech", "The mayor was quoted in the report on the bridge.", []),
    # 'per X' before a name reads as 'according to X'; 'per day', 'per share' do not
    ("per-name-fronted", "Per Harbor Weekly, the ferry company will refund every rider who paid twice.",
     [("Harbor Weekly", "Per", "indirect", "the ferry company will refund every rider who paid twice")]),
    ("per-name-trailing", "The ferry strike will go ahead, per union leader Maria Lopez.",
     [("Maria Lopez", "per", "indirect", "The ferry strike will go ahead")]),
    ("per-common-noun", "The ferry carries 400 riders per day at a fare of $3 per trip.", []),
    ("via-name-in-brackets", "The ferry will run every hour from June with two new boats (via Harbor Weekly).",
     [("Harbor Weekly", "via", "indirect", "The ferry will run every hour from June with two new boats")]),
    ("via-not-a-source", "The tickets were sent via email to every rider who asked.", []),
    # an outlet quoting someone: the words are the person's, not the outlet's
    ("outlet-quoted-person-as-saying",
     "The Coast Gazette quoted harbour chief Lena Ward as saying that the pier was unsafe.",
     [("Lena Ward", "saying", "indirect", "the pier was unsafe")]),
    # transcript lines: the speaker in capitals and a colon, also inside a quotation running over paragraphs
    ("transcript",
     "Senator John Harris spoke to the host on Sunday.\n\nHOST: Will the ferry run in June?\n\n"
     "HARRIS: It will, and it will cost less than the bridge toll.",
     [("HOST", ":", "direct", "Will the ferry run in June?"),
      ("John Harris", ":", "direct", "It will, and it will cost less than the bridge toll.")]),
    ("transcript-in-quotation",
     "Senator John Harris spoke to the host on Sunday.\n\n\"HOST: Will the ferry run in June, as promised?\n\n"
     "\"HARRIS: It will, and it will cost less than the bridge toll.",
     [("HOST", ":", "direct", "Will the ferry run in June, as promised?"),
      ("John Harris", ":", "direct", "It will, and it will cost less than the bridge toll.")]),
    # a scraped page's labels and kickers before a colon are not speakers, and what they open
    # (a link, a caption) is not the article's statement; an editor's note is the article's own
    ("page-labels",
     "Crabs invade the harbour\n\nHundreds of crabs crossed the quay on Monday.\n\n"
     "MORE: Giant crab spotted near the pier\n\nPHOTOS: The harbour at dawn\n\n"
     "SEE ALSO: Mayor Ortiz: the toll must rise\n\n\"We have never seen so many,\" said fisherman Lee Tran.",
     [("Lee Tran", "said", "direct", "We have never seen so many")]),
    ("kicker",
     "Ferry sinks at the pier\n\nSHOCK: Old ferry sinks in calm water as crew watches\n\n"
     "\"Nobody was hurt,\" said Ines Varga, the harbour master.",
     [("Ines Varga", "said", "direct", "Nobody was hurt")]),
    ("editor-note",
     "The mayor spoke on Monday.\n\nCORRECTION: An earlier version of this story misstated the mayor's view. "
     "Mayor Ana Ortiz said the toll would rise in May.",
     [("Ana Ortiz", "said", "indirect", "the toll would rise in May")]),
    ("transcript-roles",
     "Senator John Harris spoke on Sunday.\n\nMODERATOR: Will the ferry run in June?\n\n"
     "HARRIS: It will.",
     [("MODERATOR", ":", "direct", "Will the ferry run in June?"), ("John Harris", ":", "direct", "It will.")]),
    # embedded tweets: the text a page keeps of one (the tweet, then its author's signature), or a tweet element
    ("tweet-signature-same-paragraph",
     "The mayor answered online.\n\nThe toll is a tax on the people who can least afford it. pic.twitter.com/x1Y2z3 "
     "— Ana Ortiz (@AnaOrtizMayor) May 4, 2025\n\nThe council did not reply.",
     [("Ana Ortiz", "—", "direct", "The toll is a tax on the people who can least afford it.")]),
    ("tweet-signature-own-line",
     "The mayor answered online.\n\nScrap the toll now, before the summer rush begins.\n\n"
     "— Ana Ortiz (@AnaOrtizMayor) May 4, 2025\n\nThe council did not reply.",
     [("Ana Ortiz", "—", "direct", "Scrap the toll now, before the summer rush begins.")]),
    ("tweet-signature-after-prose",  # a paragraph with an attribution is the article's, not the tweet
     "The mayor answered online.\n\nOrtiz said the toll was unfair to nurses and cleaners.\n\n"
     "— Ana Ortiz (@AnaOrtizMayor) May 4, 2025",  # ('Ortiz' named in full by the signature: `SURNAME_FIRST_NAMES`)
     [("Ana Ortiz", "said", "indirect", "the toll was unfair to nurses and cleaners")]),
    ("tweet-element",
     "Ana Ortiz posted on Monday.\n\n<tweet author=\"anaortiz\" tweet_id=\"123\">The toll must go, and it will go "
     "this year.</tweet>\n\nEnd of story.",
     [("Ana Ortiz", 'tweet_id="123"', "direct", "The toll must go, and it will go this year.")]),
    ("tweet-element-date-across-lines",  # the marks around attribute values are not quotation marks
     "Ana Ortiz answered on Monday.\n\n<tweet tweet-author=\"@AnaOrtiz\" tweet-date=\"May 4, 2025\n\">The toll "
     "must go, and it will go this year. pic.twitter.com/x1Y2z3<tweet/>.\n\nThe council did not reply.",
     [("Ana Ortiz", "tweet", "direct", "The toll must go, and it will go this year.")]),
    ("tweet-element-without-author",
     "The account posted again.\n\n<tweet tweet-id=\"123\"><tweet/>\n\nEnd of story.", []),
    # belief and findings with a that-clause: kind 'belief' / 'document'
    ("belief", "Councillor Maya Okafor believes the terminal will bring thousands of jobs to the port.",
     [("Maya Okafor", "believes", "belief", "the terminal will bring thousands of jobs to the port")]),
    ("belief-fears", "The mayor fears that the ferry will stop running by June.",
     [("The mayor", "fears", "belief", "the ferry will stop running by June")]),
    ("report-found", "The ministry's report found that the bridge needs urgent repairs.",
     [("The ministry's report", "found", "document", "the bridge needs urgent repairs")]),
    ("survey-shows", "A survey by the chamber of commerce shows that most shop owners oppose the toll.",
     [("A survey by the chamber of commerce", "shows", "document", "most shop owners oppose the toll")]),
    # a person or an organisation taking a side toward an object: the object is the statement
    ("praised", "Senator Ada Price praised the ferry plan as bold.",
     [("Ada Price", "praised", "indirect", "the ferry plan as bold")]),
    ("attacked-a-rival", "Trump attacked Clinton over her emails.",
     [("Trump", "attacked", "indirect", "Clinton over her emails")]),
    ("attacked-by-weather", "The storm attacked the coast on Monday night.", []),
    ("opposes", "Councillor Bea Holm opposes the landfill extension.",
     [("Bea Holm", "opposes", "indirect", "the landfill extension")]),
    ("backed", "Mayor Luis Ferro backed the ferry plan on Monday.",
     [("Luis Ferro", "backed", "indirect", "the ferry plan on Monday")]),
    ("beams-support-a-roof", "Steel beams support the roof of the new terminal.", []),
    # siding with someone: 'X agrees / disagrees / sided with Y' (the object of 'with' is the statement)
    ("agrees-with", "The Harbour Pilots Association agrees with Mayor Ortiz.",
     [("The Harbour Pilots Association", "agrees", "belief", "Mayor Ortiz")]),
    ("sided-with", "Senator Ada Price sided with the fishermen on the quota vote.",
     [("Ada Price", "sided", "indirect", "the fishermen")]),
    ("does-not-agree-with", "Councillor Bea Holm does not agree with the harbour board.",
     [("Bea Holm", "does not agree", "belief", "the harbour board")]),
    ("agrees-with-that-clause", "The judge agreed with the council that the pier was unsafe.",
     [("The judge", "agreed", "belief", "the pier was unsafe")]),
    ("figures-agree-with", "The two surveys agree with each other on the toll.", []),
    ("agreed-to", "Councillor Bea Holm agreed to pay the fine.", []),
    ("side-as-a-noun", "The ferry docked on the north side with its lights off.", []),
    # standing with, rallying around, lining up or throwing one's support behind someone (session 48)
    ("threw-support-behind", "Senator Ann Ortiz threw her support behind Mayor Tom Berg on Monday.",
     [("Ann Ortiz", "threw her support", "indirect", "Mayor Tom Berg")]),
    ("rallied-behind", "Several mayors rallied behind Ann Ortiz.",
     [("Several mayors", "rallied", "indirect", "Ann Ortiz")]),
    ("stood-behind-remarks", "Berg stood behind his remarks about the toll.",
     [("Berg", "stood", "indirect", "his remarks about the toll")]),
    ("lined-up-behind", "Governor Petra Lind lined up behind the Harbour Party.",
     [("Petra Lind", "lined up", "indirect", "the Harbour Party")]),
    ("council-lined-up-behind", "The council lined up behind Governor Petra Lind.",
     [("The council", "lined up", "indirect", "Governor Petra Lind")]),
    ("unions-rallied-around", "Local unions have rallied around the harbour plan.",
     [("Local unions", "have rallied", "indirect", "the harbour plan")]),
    ("railed-against", "Senator Ann Ortiz railed against the toll plan.",
     [("Ann Ortiz", "railed", "indirect", "the toll plan")]),
    ("lashed-out-at", "Tom Berg lashed out at Mayor Ortiz on Monday.",
     [("Tom Berg", "lashed out", "indirect", "Mayor Ortiz")]),
    ("took-aim-at", "Senator Ann Ortiz took aim at the harbour board.",
     [("Ann Ortiz", "took aim", "indirect", "the harbour board")]),
    ("ripped-into", "Senator Ann Ortiz ripped into Tom Berg for his vote.",
     [("Ann Ortiz", "ripped", "indirect", "Tom Berg")]),
    ("heralded", "Senator Ada Price heralded the ferry deal as a breakthrough.",
     [("Ada Price", "heralded", "indirect", "the ferry deal as a breakthrough")]),
    # a clause coordinated inside the content whose verb is a cue with its own subject is not part of
    # it (session 64)
    ("said-and-another-accused", "Ann Ortiz said the toll was fair, and Tom Berg accused her of lying.",
     [("Ann Ortiz", "said", "indirect", "the toll was fair"), ("Tom Berg", "accused", "indirect", "her of lying")]),
    ("said-and-its-chair-accused", "The harbour society said the toll would ruin the view from the old quay, and "
     "its chair, Lena Ward, accused the council of ignoring residents.",
     [("The harbour society", "said", "indirect", "the toll would ruin the view from the old quay"),
      ("Lena Ward", "accused", "indirect", "the council of ignoring residents")]),
    ("said-and-that", "Ann Ortiz said the toll was fair and that drivers would pay less.",
     [("Ann Ortiz", "said", "indirect", "the toll was fair and that drivers would pay less")]),
    # coming out against, for, in favour or in support of someone or something (session 64)
    ("came-out-against", "Senator Ann Ortiz has come out against the toll plan.",
     [("Ann Ortiz", "has come out against", "indirect", "the toll plan")]),
    ("came-out-in-favour-of", "The dockers' union came out in favour of the toll plan.",
     [("The dockers' union", "came out in favour of", "indirect", "the toll plan")]),
    ("came-out-in-support-of", "The union came out in support of Mayor Tom Berg.",
     [("The union", "came out in support of", "indirect", "Mayor Tom Berg")]),
    ("the-sun-came-out", "The sun came out after the rain.", []),
    ("came-out-of-the-meeting", "Senator Ann Ortiz came out of the meeting angry.", []),
    ("took-the-ferry-at-dawn", "Mayor Tom Berg took the ferry at dawn.", []),
    ("ripped-the-contract", "Berg ripped the contract in two.", []),
    ("rain-lashed", "Rain lashed the coast.", []),
    # a headline's label in capitals is a page label, not a speaker (session 50)
    ("headline-kicker", "OFFICIAL: Celebrates a wider range of ferry routes\n\nThe harbour board met.", []),
    ("official-in-a-transcript-label", "SENIOR OFFICIAL: We will not sign the deal.",
     [("SENIOR OFFICIAL", ":", "direct", "We will not sign the deal.")]),
    ("yet-to-endorse", "Senator Ann Ortiz has yet to endorse Mayor Tom Berg.",
     [("Ann Ortiz", "has yet to endorse", "indirect", "Mayor Tom Berg")]),
    ("declined-to-condemn", "Senator Ann Ortiz declined to condemn Mayor Tom Berg.",
     [("Ann Ortiz", "declined to condemn", "indirect", "Mayor Tom Berg")]),
    # a side taken in a relative clause about a person or an organisation
    ("who-praised", "Governor Tom Berg, who praised the harbour plan, said the vote would be close.",
     [("Tom Berg", "praised", "indirect", "the harbour plan"),
      ("Tom Berg", "said", "indirect", "the vote would be close")]),
    ("who-attacked-a-guard", "The man who attacked the guard was arrested.", []),
    ("which-critics-attacked", "The plan, which critics attacked, passed.", []),
    # a side verb in the passive with its agent: the agent's statement about the subject (session 49)
    ("praised-by", "The toll plan was praised by Mayor Ann Ortiz on Monday.",
     [("Ann Ortiz", "was praised by", "indirect", "The toll plan")]),
    ("criticised-by-unions", "The plan was criticized by unions.",
     [("unions", "was criticized by", "indirect", "The plan")]),
    ("accused-by-the-council-of", "Berg was accused by the council of lying about the toll.",
     [("the council", "was accused by", "indirect", "Berg")]),
    ("who-was-endorsed-by", "Tom Berg, who has been endorsed by the union, wants a new ferry.",
     [("the union", "has been endorsed by", "indirect", "Tom Berg")]),
    ("criticised-without-agent", "The plan was criticized last year.", []),
    ("backed-by-a-mortgage", "The loan was backed by a mortgage.", []),
    ("attacked-by-a-dog", "Tom Berg was attacked by a dog.", []),
    # a side taken by a noun: its owner, its 'from', or the subject of the verb that gives it (session 49)
    ("drew-criticism-from", "The ferry plan has drawn sharp criticism from Mayor Ann Ortiz.",
     [("Ann Ortiz", "has drawn sharp criticism from", "indirect", "The ferry plan")]),
    ("came-under-fire-from", "The toll came under fire from Mayor Ann Ortiz on Monday.",
     [("Ann Ortiz", "came under fire from", "indirect", "The toll")]),
    ("won-praise-from", "The plan won praise from Mayor Ann Ortiz.",
     [("Ann Ortiz", "won praise from", "indirect", "The plan")]),
    # a date is not what the side is toward; organisations without a name; the name ends at 'over' (session 61)
    ("drew-criticism-on-a-day-from", "The ferry plan drew sharp criticism on Thursday from Mayor Ann Ortiz.",
     [("Ann Ortiz", "drew sharp criticism on Thursday from", "indirect", "The ferry plan")]),
    ("drew-criticism-from-a-party", "The new toll drew criticism from the opposition party on Monday.",
     [("the opposition party", "drew criticism from", "indirect", "The new toll")]),
    ("drew-criticism-from-a-cooperative", "A plan to build a quarry above the valley drew sharp criticism "
     "from the local wine cooperative.",
     [("the local wine cooperative", "drew sharp criticism from", "indirect", "A plan to build a quarry above "
       "the valley")]),
    ("criticism-from-a-party-over", "Senator Ada Price is drawing criticism from her own party over the bill.",
     [("her own party", "is drawing criticism from", "indirect", "Senator Ada Price")]),
    ("praise-from-a-bank-of", "The rate cut won praise from the Bank of Nordvik.",
     [("the Bank of Nordvik", "won praise from", "indirect", "The rate cut")]),
    ("a-party-fears", "The governing party fears that the vote will be lost.",
     [("The governing party", "fears", "belief", "the vote will be lost")]),
    ("owner-criticism-of", "Senator Ada Price’s criticism of the toll was sharp.",
     [("Ada Price", "criticism of", "indirect", "the toll")]),
    ("launched-an-attack-on", "Mayor Ann Ortiz launched a fierce attack on Tom Berg at the rally.",
     [("Ann Ortiz", "launched a fierce attack on", "indirect", "Tom Berg")]),
    ("voiced-support-for", "Mayor Ann Ortiz voiced support for the toll.",
     [("Ann Ortiz", "voiced support for", "indirect", "the toll")]),
    ("an-attack-on-a-convoy", "The attack on the convoy killed six.", []),
    # the object of a side noun's 'by' speaks, as that of its 'from' (session 63)
    ("an-attack-on-by", "The council faced a sharp attack on the toll by Councillor Tom Hadley.",
     [("Tom Hadley", "attack on the toll by", "indirect", "the toll")]),
    ("an-attack-on-a-convoy-by-gunmen", "The attack on the convoy by gunmen killed six.", []),
    ("support-for-without-speaker", "Support for the toll is falling.", []),
    ("fire-from-a-stove", "The fire came from the stove.", []),
    ("his-criticism-of", "His criticism of the toll was sharp.", []),
    # a person or an organisation described by the side they take (session 49)
    ("a-critic-of", "Senator Lena Ward, a frequent critic of Mayor Tom Berg, said the plan was weak.",
     [("Lena Ward", "a frequent critic of", "indirect", "Mayor Tom Berg"),
      ("Lena Ward", "said", "indirect", "the plan was weak")]),
    ("is-an-opponent-of", "Mayor Ann Ortiz is a staunch opponent of the toll.",
     [("Ann Ortiz", "is a staunch opponent of", "indirect", "the toll")]),
    ("has-been-critical-of", "Senator Ann Ortiz has been critical of Tom Berg.",
     [("Ann Ortiz", "has been critical of", "indirect", "Tom Berg")]),
    ("who-is-supportive-of", "Governor Tom Berg, who is supportive of the plan, spoke first.",
     [("Tom Berg", "is supportive of", "indirect", "the plan")]),
    ("remains-a-backer-of", "The union remains a strong backer of Mayor Ann Ortiz.",
     [("The union", "remains a strong backer of", "indirect", "Mayor Ann Ortiz")]),
    ("the-films-critic", "The film’s critic wrote a review.", []),
    ("critical-without-a-subject", "Critical of the plan, the union walked out.", []),
    # voting, campaigning, fighting, lobbying for or against, pushing for (session 49)
    ("voted-against", "Senator Ann Ortiz voted against the toll bill on Monday.",
     [("Ann Ortiz", "voted against", "indirect", "the toll bill")]),
    ("campaigned-for", "Mayor Tom Berg campaigned for Ann Ortiz in the spring.",
     [("Tom Berg", "campaigned for", "indirect", "Ann Ortiz")]),
    ("lobbied-for", "The union lobbied for the bill.", [("The union", "lobbied for", "indirect", "the bill")]),
    ("voted-on-a-day", "Senator Ann Ortiz voted on Tuesday.", []),
    ("fought-for-her-life", "Ann Ortiz fought for her life.", []),
    ("voted-to", "The council voted to close the pier.", []),
    # a description with the name in apposition takes a side (session 49)
    ("description-with-a-name-between-dashes", "Berg's running mate — Councillor Ann Ortiz — has thrown "
     "her support behind the toll.", [("Ann Ortiz", "has thrown her support", "indirect", "the toll")]),
    # more side verbs (session 49)
    ("hammered", "Senator Ann Ortiz hammered the toll plan on Monday.",
     [("Ann Ortiz", "hammered", "indirect", "the toll plan on Monday")]),
    ("touted", "Senator Ann Ortiz touted the ferry deal.", [("Ann Ortiz", "touted", "indirect", "the ferry deal")]),
    ("boycotted", "The union boycotted the talks.", [("The union", "boycotted", "indirect", "the talks")]),
    # distancing from, breaking with, turning against someone (session 49)
    ("distanced-herself-from", "Senator Ann Ortiz distanced herself from Mayor Tom Berg.",
     [("Ann Ortiz", "distanced herself", "indirect", "Mayor Tom Berg")]),
    ("broke-with", "Senator Ann Ortiz broke with Mayor Tom Berg on the toll.",
     [("Ann Ortiz", "broke with", "indirect", "Mayor Tom Berg")]),
    ("turned-against", "Senator Ann Ortiz turned against Mayor Tom Berg.",
     [("Ann Ortiz", "turned against", "indirect", "Mayor Tom Berg")]),
    ("broke-with-tradition", "Ann Ortiz broke with tradition.", []),
    ("turned-on-the-lights", "Tom Berg turned on the lights.", []),
    # a claim noun with its owner and a that-clause (session 55): the clause is the content, up to
    # the sentence's verb when the noun is its subject
    ("owner-claim-that", "Mayor Ann Ortiz's claim that the budget was balanced was disputed by auditors.",
     [("Ann Ortiz", "claim", "indirect", "the budget was balanced")]),
    ("report-finding-that", "The harbour report's finding that the bridge was unsafe alarmed the council.",
     [("The harbour report", "finding", "document", "the bridge was unsafe")]),
    ("warning-from-that", "A warning from Mayor Ann Ortiz that the pier would flood went unheeded.",
     [("Ann Ortiz", "warning from", "indirect", "the pier would flood")]),
    ("statement-by-that", "The statement by the ministry that the talks had failed surprised no one.",
     [("the ministry", "statement by", "indirect", "the talks had failed")]),
    ("repeated-her-assertion-that", "Senator Ada Price repeated her assertion that the vote had been rigged.",
     [("Ada Price", "repeated her assertion", "indirect", "the vote had been rigged")]),
    ("object-argument-that", "Critics rejected Tom Berg's argument that the toll would pay for itself.",
     [("Tom Berg", "argument", "indirect", "the toll would pay for itself")]),
    ("union-fear-that", "The union's fear that the yard would close grew over the summer.",
     [("The union", "fear", "belief", "the yard would close")]),
    ("claim-that-without-owner", "The claim that the budget was balanced was disputed.", []),
    ("claim-that-she-made", "Ann Ortiz's claim that she made last year was false.", []),
    ("promise-that-he-gave", "The promise that he gave in May was broken.", []),
    ("his-claim-that-without-a-verb", "His claim that the ferry lost money was false.", []),
    ("decision-that", "The council's decision that the pier would close angered fishermen.", []),
    # a side noun owned by the subject's pronoun: the subject's side (session 49)
    ("rescinded-his-endorsement-of", "Senator Tom Berg rescinded his endorsement of Mayor Ann Ortiz on Monday.",
     [("Tom Berg", "rescinded his endorsement of", "indirect", "Mayor Ann Ortiz")]),
    ("withdrew-her-support-for", "Senator Ann Ortiz withdrew her support for the toll.",
     [("Ann Ortiz", "withdrew her support for", "indirect", "the toll")]),
    ("threw-her-support-behind-for", "Senator Ann Ortiz threw her support behind Mayor Tom Berg for the nomination.",
     [("Ann Ortiz", "threw her support", "indirect", "Mayor Tom Berg")]),
    ("stood-behind-a-podium", "Ms. Ortiz stood behind the podium for an hour.", []),
    ("stood-with-phones", "The crowd stood with their phones raised.", []),
    ("lined-the-street", "Workers lined the street.", []),
    ("threw-a-party", "Berg threw a party for the crew.", []),
    ("called-x-adjective", "The minister called the referendum unconstitutional.",
     [("The minister", "called", "indirect", "the referendum unconstitutional")]),
    ("called-the-police", "The harbour master called the police.", []),
    ("called-x-a-quoted-name", "The leaders included his running mate, Governor Tom Berg, who called their son "
     "\"an American hero.\"", [("Tom Berg", "called", "mixed", "their son \"an American hero.\"")]),
    ("called-someone-on-monday", "Ann Ortiz called her son Tom on Monday.", []),
    ("called-again-for", "Ann Ortiz called again for a new ferry.",
     [("Ann Ortiz", "called again for", "indirect", "a new ferry")]),
    ("described-as", "Senator Ada Price described the ferry plan as a giveaway to the rich.",
     [("Ada Price", "described", "indirect", "the ferry plan as a giveaway to the rich")]),
    ("described-without-as", "Senator Ada Price described the ferry route.", []),
    ("brochure-describes", "The brochure describes the hotel as cosy.", []),
    ("questioned-whether", "Councillors questioned whether the harbour master had told the truth.",
     [("Councillors", "questioned", "indirect", "whether the harbour master had told the truth")]),
    ("questioned-a-person", "The police questioned the harbour master for an hour.", []),
    ("cited", "Mayor Luis Ferro cited a survey of ferry users.",
     [("Luis Ferro", "cited", "indirect", "a survey of ferry users")]),
    ("spoke-of", "Mayor Luis Ferro spoke of a betrayal by the council.",
     [("Luis Ferro", "spoke of", "indirect", "a betrayal by the council")]),
    ("spoke-at", "Mayor Luis Ferro spoke at the rally on Monday.", []),
    ("speaks-a-language", "Mayor Luis Ferro speaks English.", []),
    # intention with an infinitive: 'X wants / plans / refuses to ...'
    ("wants-to", "Mayor Luis Ferro wants to close the pier by June.",
     [("Luis Ferro", "wants", "belief", "to close the pier by June")]),
    ("refused-to", "Councillor Bea Holm refused to sign the ferry contract.",
     [("Bea Holm", "refused", "indirect", "to sign the ferry contract")]),
    ("wants-an-object", "Residents want a new pier.", []),
    ("plans-without-a-speaker", "The storm plans nothing; the forecast wants to be right.", []),
    ("charge-a-fee", "The board approved a new levy, which will charge every cargo ship that docks here.", []),
    ("charged-that", "Prosecutors charged that the harbour master had lied about the dredging.",
     [("Prosecutors", "charged", "indirect", "the harbour master had lied about the dredging")]),
    ("called-to-order", "The chair called the meeting to order.", []),
    ("support-without-a-person", "The new funds support local schools.", []),
    ("knows-without-clause", "The harbour master knows the channel better than anyone.", []),
    ("shows-without-document", "The photo of the mayor shows that he was there.", []),
    ("belief-inside-a-quote-is-the-quote",
     "“I think the toll is fair,” said Ann Ortiz.",
     [("Ann Ortiz", "said", "direct", "I think the toll is fair")]),
    ("denied-belief", "The council does not think the plan will work.", []),
    # a quotation handed over without a speech verb: 'as X put it', 'in the words of X', a colon
    ("as-x-put-it",
     'As Senator Ada Price put it, "The ferry is the only road this island has, and we will keep it."',
     [("Ada Price", "put it", "direct", "The ferry is the only road this island has, and we will keep it.")]),
    ("as-x-apposition-put-it",
     'As Ruth Bale, a lawyer at the harbour trust, recently put it, "Did the council break its own rules?"',
     [("Ruth Bale", "recently put it", "direct", "Did the council break its own rules?")]),
    ("said-before-speaker",
     'Budget talks stalled again. Said Ellis: "I do not get the sense the council cares about the toll."',
     [("Ellis", "Said", "direct", "I do not get the sense the council cares about the toll.")]),
    ("said-in-narration-is-not-a-lead-in", 'Said to be the oldest pier in town, it opened in 1890: "a marvel."', []),
    # manner-of-speaking verbs
    ("shouted-after-exclamation",
     '"We will keep the ferry running!" Ann Ortiz shouted to the crowd. "The island is watching."',
     [("Ann Ortiz", "shouted", "direct", "We will keep the ferry running!"),
      ("Ann Ortiz", "shouted", "direct", "The island is watching.")]),
    ("whispered", '"Nobody told us about the toll," the driver whispered.',
     [("the driver", "whispered", "direct", "Nobody told us about the toll")]),
    ("sang-is-quote-only", "The choir sang the old harbour song at the opening.", []),
    ("shouted-an-object", "The fans shouted abuse at the referee.", []),
    ("in-the-words-of",
     'In the words of Mayor Luis Ferro, "this budget spends money the town does not have."',
     [("Luis Ferro", "In the words of", "direct", "this budget spends money the town does not have.")]),
    ("colon-lead-in",
     'Councillor Bea Holm delivered a blunt message to the board: "Close the landfill or we will close it for you."',
     [("Bea Holm", "delivered a blunt message", "direct", "Close the landfill or we will close it for you.")]),
    ("colon-lead-in-had-a-message",
     'The union had one request for the council:\n\n"Give the drivers a seat at the table before any vote."',
     [("The union", "had one request", "direct", "Give the drivers a seat at the table before any vote.")]),
    ("colon-after-narration",
     'The rules of the gallery are simple: "No phones, no cameras and no food at any time of day."',
     [(None, None, "direct", "No phones, no cameras and no food at any time of day.")]),
    ("colon-after-copula",
     'Her answer to the reporters was short: "No, I will not be signing anything today or any day."',
     [(None, None, "direct", "No, I will not be signing anything today or any day.")]),
    ("title-of-a-work", 'Last week she watched the film "Dark Water" with her friends.', []),
    ("scare-quotes", 'The so-called "green" buses still burn diesel.', []),
    ("narration", "The river flooded the old town on Tuesday night. Hundreds of people left their homes.", []),
    # an attribution set off by commas inside the statement: two pieces sharing one cue
    ("mid-sentence-speaker",
     "The turbines, Mayor Ann Ortiz said, had been placed too close to the shore.",
     [("Ann Ortiz", "said", "indirect", "The turbines"),
      ("Ann Ortiz", "said", "indirect", "had been placed too close to the shore")]),
    ("mid-sentence-experts",
     "The new toll, experts say, is unworkable for small businesses.",
     [("experts", "say", "indirect", "The new toll"),
      ("experts", "say", "indirect", "is unworkable for small businesses")]),
    # a description with an organisation's name in apposition: the name is the speaker
    ("appositive-organisation",
     "The developer, Northwind Energy, said the project would create 200 jobs.",
     [("Northwind Energy", "said", "indirect", "the project would create 200 jobs")]),
    # a name, an appositive and the verb after a quotation, which the parser hangs on the quotation
    ("name-appositive-after-quote",
     "\u201cThe ferry fleet is older than most of its crews,\u201d Karen Walsh, a harbour pilot for thirty "
     "years, said at a meeting in Leeds.",
     [("Karen Walsh", "said", "direct", "The ferry fleet is older than most of its crews")]),
    ("name-appositive-after-quote-short",
     "\u201cIt is not the position that everything is rosy,\u201d Petra Lind, an adviser, said.",
     [("Petra Lind", "said", "direct", "It is not the position that everything is rosy")]),
    # asking not to be named is how the source is quoted, not a statement (session 64)
    ("asked-not-to-be-named", "A spokesman for the council, who asked not to be named, said the toll would rise.",
     [("A spokesman for the council", "said", "indirect", "the toll would rise")]),
    ("asked-to-remain-anonymous", "An aide, who asked to remain anonymous, said the toll would rise.",
     [("An aide", "said", "indirect", "the toll would rise")]),
    ("asked-voters-to-back", "Ortiz asked voters to back the toll.",
     [("Ortiz", "asked", "indirect", "voters to back the toll")]),
    # a negated quantifier names no one who spoke (session 64)
    ("nobody-said", "Nobody said the toll would rise.", []),
    ("not-every-councillor", "Not every councillor supported the toll.", []),
    ("no-labour-mp", "No Labour MP backed the toll.", []),
    ("noel-said", "Noel Fielding said the toll would rise.",
     [("Noel Fielding", "said", "indirect", "the toll would rise")]),
    # reported speech that runs into quoted words goes on to the closing mark
    ("content-through-quote",
     "Governor Hal Brooks said the levy “was never meant to last, but it did its job.”",
     [("Hal Brooks", "said", "mixed", "the levy “was never meant to last, but it did its job.”")]),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_extract_cases(nlp, text, expected):
    """The rules alone (tagger=None): what each rule takes and what it leaves."""
    statements = extract(text, nlp=nlp, tagger=None)
    _check_offsets(text, statements)
    got = [(s.speaker, s.cue, s.kind, s.text) for s in statements]
    assert got == expected


@pytest.mark.parametrize("text, speaker", [
    ("Karen Walsh spoke on Monday in Leeds. Maria Lopez said she would back the new ferry line. Asked about "
     "it, Walsh offered her own plan.\n\n\u201cThe ferry fleet is too old, and we need new boats,\u201d she said.",
     "Karen Walsh"),
    # without a quotation opening the paragraph, the last speaker still holds (session 61: 'Walsh offered
    # her own plan' is an attribution under PolNeAR's convention, which the tagger of session 61 takes)
    ("Karen Walsh spoke on Monday in Leeds. Maria Lopez said she would back the new ferry line. Asked about "
     "it, Walsh left the room.\n\nLater the ferry fleet was too old, she said.", "Maria Lopez"),
], ids=["quote-opens-the-paragraph", "no-quote"])
def test_a_pronoun_after_a_quote_is_the_subject_before_it(nlp, text, speaker):
    """'X offered her own plan.' / '"...," she said.': she is X, the subject of the sentence that
    introduces the quotation, not the last person who spoke."""
    statements = _fleet_statements(text, nlp)
    assert [s.speaker for s in statements] == [speaker]


@pytest.mark.parametrize("text, speakers", [
    # 'she' with no subject just before it: the woman named in its paragraph, not the last speaker
    ('"The ferry will run on time," Dale Brandt said on Monday.\n\nBrandt was answering a message from the '
     'harbour chief, Ann Ortiz, reporting that the boat had left. "The ferry left an hour ago," she wrote.',
     ["Dale Brandt", "Dale Brandt", "Ann Ortiz"]),
    # ... or in the paragraph before, when the pronoun's own paragraph names no one
    ('"The ferry will run on time," Dale Brandt said on Monday.\n\nThe reply came from Ms. Ann Ortiz, the '
     'harbour chief, and was read out at noon.\n\n"It left an hour ago," she said.',
     ["Dale Brandt", "Ann Ortiz"]),
    # a person named nearby who is of the other gender does not take 'he'
    ('"The ferry will run on time," Dale Brandt said on Monday. Ms. Ortiz was not there.\n\n'
     '"It left an hour ago," he said.', ["Dale Brandt", "Dale Brandt"]),
], ids=["same-paragraph", "paragraph-before", "other-gender"])
def test_a_pronoun_without_a_subject_before_it_takes_a_person_of_its_gender(nlp, text, speakers):
    """`NAMED_SINCE`: where 'he' or 'she' has no subject just before it and the last speaker is not
    known to be of its gender, the last person named nearby whom the article shows to be of it."""
    assert [s.speaker for s in extract(text, nlp=nlp)] == speakers


@pytest.mark.parametrize("pronoun, speaker", [("he", "Wes Hale"), ("she", "Ann Ortiz")])
def test_a_quote_after_a_person_introduced_with_a_description_is_theirs(nlp, pronoun, speaker):
    """`INTRODUCED`: '... handed the prize to Wes Hale, a farmer from Leeds ...' / '"...," he said.':
    he is Wes Hale, not the last speaker, when the sentence's subject (Ms. Ortiz) cannot be 'he'."""
    text = ('"We will open the show at noon," Mr. Dale Brandt said.\n\nMs. Ann Ortiz handed the prize to Wes '
            f'Hale, a farmer from Leeds who grew the largest pumpkin.\n\n"I never expected this," {pronoun} said.')
    assert [s.speaker for s in extract(text, nlp=nlp)] == ["Dale Brandt", speaker]


def test_a_name_that_runs_into_another_after_a_comma_is_cut_there(nlp):
    """spaCy can tag 'Mary, Vicker's' as one person ('said Mary, Vicker's older sister'): the
    speaker is Mary."""
    text = "Kevin Vickers led the response.\n\n\u201cHe wears it well,\u201d said Mary, Vicker\u2019s older sister."
    assert [s.speaker for s in extract(text, nlp=nlp)] == ["Mary"]


def test_one_spelling_keeps_co_speakers_apart_from_the_speaker():
    from stance.extract.assemble import _one_spelling

    def st(speaker, co=()):
        return Statement("x", 0, 1, speaker, speaker, 0, 1, "said", 2, 6, "indirect", None, 0, co)

    out = _one_spelling([st("The FBI"), st("The FBI"), st("the FBI", ("The FBI", "the CIA")), st(None)])
    assert [(s.speaker, s.co_speakers) for s in out] == [
        ("The FBI", ()), ("The FBI", ()), ("The FBI", ("the CIA",)), (None, ())]


@pytest.mark.parametrize("text, speaker", [
    ("Karen Walsh met Tom Hadley on Monday. Hadley praised the plan at length. "
     "\u201cThe ferry fleet is too old,\u201d she said.", "Karen Walsh"),
    ("Tom Hadley met Karen Walsh on Monday. Walsh praised the plan at length. "
     "\u201cThe ferry fleet is too old,\u201d he said.", "Tom Hadley"),
    # the article's own evidence outweighs the first name
    ("Mr. Karen Walsh met Ms. Tom Hadley on Monday. Hadley praised the plan at length. "
     "\u201cThe ferry fleet is too old,\u201d he said.", "Karen Walsh"),
], ids=["she", "he", "honorific-wins"])
def test_a_pronoun_agrees_with_a_first_name(nlp, text, speaker):
    """'she' is not the man just named when the article names a woman before him."""
    statements = _fleet_statements(text, nlp)
    assert [s.speaker for s in statements] == [speaker]


@pytest.mark.parametrize("text, speakers", [
    # the pronoun that says a fronted content is its subject, and the quote after it theirs too
    ("Former councillor Dan Reyes (Harbour Party) was for Tom Berg while the mayor was in office, he said on "
     "Monday.\n\u201cAnn Ortiz is my next choice,\u201d he said.", ["Dan Reyes", "Dan Reyes"]),
    # a subject who cannot be the pronoun is not its speaker
    ("Mayor Tom Berg met Councillor Karen Walsh on Monday.\nMs. Walsh was wrong about the toll, he said.",
     ["Tom Berg"]),
], ids=["fronted-subject", "other-gender"])
def test_a_pronoun_after_a_fronted_content_is_its_subject(nlp, text, speakers):
    """'X was for Y while ..., he said': 'he' is X (`stance.extract.speakers.FRONTED_SUBJECT`)."""
    assert [s.speaker for s in extract(text, nlp=nlp, tagger=None)] == speakers


@pytest.mark.parametrize("text, speaker", [
    ("Mayor Ann Ortiz is a veteran harbour pilot who said the ferries were unsafe.", "Ann Ortiz"),
    ("Tom Berg spoke first. He is a lawyer who has argued that the toll is void.", "Tom Berg"),
    # along a list of predicate nouns, after a first verb that holds the subject
    ("Tom Berg often shouts at meetings and is a loud critic and a pest who has said the toll is a scam.",
     "Tom Berg"),
    # not a description that is the subject, nor a person met
    ("The winner was a farmer who said the rain came late.", "a farmer"),
    ("Ann Ortiz met a farmer who said the rain came late.", "a farmer"),
    # a description whose name stands in apposition (`PREDICATE_APPOSITIONS`)
    ("Its chairman, Tom Berg, is a retired pilot who has warned that the ferries are unsafe.", "Tom Berg"),
    ("The port's new chief, Lena Ward, is an engineer who said the pier would close.", "Lena Ward"),
], ids=["name", "pronoun", "list", "description-subject", "object", "apposition", "apposition-2"])
def test_who_after_what_the_subject_is_speaks_for_the_subject(nlp, text, speaker):
    """'X is a veteran pilot who said ...': X is the speaker, not the description
    (`stance.extract.speakers.RELATIVE_ON_PREDICATE`)."""
    assert [s.speaker for s in extract(text, nlp=nlp, tagger=None)] == [speaker]


def test_a_name_parsed_as_a_second_subject_is_the_speaker(nlp):
    """'His niece Erin says ...' parsed with two subjects of 'says': the name speaks, not 'His niece'."""
    text = "Tom Berg was once photographed at the pier.\n\nHis niece Erin says her uncle is a calm, gentle man."
    assert [(s.speaker, s.text) for s in extract(text, nlp=nlp, tagger=None)] == [
        ("Erin", "her uncle is a calm, gentle man")]


@pytest.mark.parametrize("text, speaker, members", [
    # a horizontal bar read as the dash it stands for, and the description between dashes left out of the name
    ("Other harbour captains, like Ann Ortiz, Tom Berg and Lena Ward \u2015 three former pilots of the old "
     "fleet \u2015 have said they back the toll.", "Other harbour captains", ("Ann Ortiz", "Tom Berg", "Lena Ward")),
    ("Three harbour pilots \u2014 all veterans of the old fleet \u2014 said the ferries were unsafe.",
     "Three harbour pilots", ()),
    # a name between dashes is the name
    ("The port\u2019s new chief \u2014 Ann Ortiz, a former pilot \u2014 said the ferries were unsafe.", "Ann Ortiz", ()),
], ids=["bar-members", "dashed-description", "dashed-name"])
def test_a_description_between_dashes_is_not_the_speaker(nlp, text, speaker, members):
    (s,) = extract(text, nlp=nlp, tagger=None)
    assert (s.speaker, s.co_speakers) == (speaker, members)
    assert speaker.split()[0] in text[s.speaker_start:s.speaker_end]  # the mention in the text is kept whole


def test_prepare_nlp_reads_a_horizontal_bar_as_an_em_dash(nlp):
    """The parser sees U+2015 as the em dash (it took it for the sentence's verb); the text is unchanged."""
    text = "Other captains, like Ann Ortiz \u2015 a former pilot \u2015 have said they back the toll."
    doc = nlp(text)
    assert doc.text == text
    bar = next(t for t in doc if t.text == "\u2015")
    assert bar.dep_ == "punct" and bar.norm_ == nlp.vocab["\u2014"].norm_


def test_one_spelling_per_speaker(nlp):
    """Names that differ only in capitals or a leading article are one speaker, spelled as most
    often in the article; different names stay apart."""
    text = ("The harbour pilots said the ferry fleet was too old. Later the harbour pilots said the ferry "
            "fleet would be replaced. Harbour Pilots members said the ferry fleet was fine. "
            "Police said the ferry fleet was inspected. police said the ferry fleet was safe.")
    speakers = [s.speaker for s in extract(text, nlp=nlp)]
    assert speakers.count("The harbour pilots") == 2 and "the harbour pilots" not in speakers
    assert speakers.count("Police") == 2
    assert "Harbour Pilots members" in speakers


@pytest.mark.parametrize("text, acronyms", [
    ("The Northern Ferry Authority (NFA) met on Monday.", {"NFA": "Northern Ferry Authority"}),
    ("Fighters of the League of Harbour Pilots and Tug Crews (LHPTC) struck.",
     {"LHPTC": "League of Harbour Pilots and Tug Crews"}),
    ("the Bureau of Coastal Safety (BCS) and the Ferry Users' Forum (Fuf)",
     {"BCS": "Bureau of Coastal Safety", "Fuf": "Ferry Users' Forum"}),
    ("The Riverton Council (RC) voted.", {"RC": "Riverton Council"}),
    ("Karen Walsh (pictured) spoke.", {}),                       # brackets that are no acronym
    ("the Kurdish Freedom Movement (PKX) said", {}),             # letters that are not the initials
    ("The ferry (NFA) left.", {}),                               # one word is no name
])
def test_acronyms_an_article_defines(text, acronyms):
    from stance.extract.assemble import _acronyms

    assert _acronyms(text) == acronyms


def test_an_acronym_speaks_under_its_full_name(nlp):
    """'the Northern Ferry Authority (NFA)' then 'the NFA said': one speaker, the name spelled out."""
    text = ("The Northern Ferry Authority (NFA) met on Monday. The NFA said the ferry fleet was too old. "
            "The Northern Ferry Authority said the ferry fleet would be replaced. "
            "The BCS said the ferry fleet was safe.")
    statements = extract(text, nlp=nlp)
    assert [(s.speaker, s.speaker_mention) for s in statements] == [
        ("Northern Ferry Authority", "The NFA"), ("Northern Ferry Authority", "The Northern Ferry Authority"),
        ("The BCS", "The BCS")]  # an acronym the article never spells out is kept


@pytest.mark.parametrize("speaker, expected", [
    ("Other prominent senators, like Ada Price, Tom Lee and Ines Varga", ("Other prominent senators",
                                                                         ("Ada Price", "Tom Lee", "Ines Varga"))),
    ("People like Sens. Ada Price (D-Maine) and Tom Lee", ("People", ("Ada Price", "Tom Lee"))),
    ("Groups like the Harbour Trust", ("Groups", ("the Harbour Trust",))),
    ("Several unions, among them Unite", ("Several unions", ("Unite",))),
    ("Ann Ortiz, like Tom Lee", None),  # a person, not a group
    ("many patriots, like both of the old presidents", None),  # no names in the list
    ("Ann Ortiz", None),
    (None, None),
])
def test_split_members(speaker, expected):
    """A group speaker that names some of its members: the group and the named members."""
    from stance.extract.assemble import split_members

    assert split_members(speaker) == expected


def test_an_acronym_is_matched_as_spelled():
    """'the World Harbour Organization (WHO)' does not turn the pronoun 'who' into a speaker."""
    from stance.extract.assemble import _spelled_out

    acronyms = {"WHO": "World Harbour Organization"}
    assert _spelled_out("the WHO", acronyms) == "World Harbour Organization"
    assert _spelled_out("who", acronyms) == "who"
    assert _spelled_out(None, acronyms) is None


@pytest.mark.parametrize("text, speaker, co_speakers", [
    ("Senators Ann Ortiz and Petra Lind said the ferry fleet was too old.", "Ann Ortiz", ("Petra Lind",)),
    ("Ann Ortiz, Petra Lind and Tom Hadley said the ferry fleet was too old.", "Ann Ortiz",
     ("Petra Lind", "Tom Hadley")),
    ("Ann Ortiz said the ferry fleet was too old.", "Ann Ortiz", ()),
    ("Ann Ortiz, a close ally of Petra Lind, said the ferry fleet was too old.", "Ann Ortiz", ()),
    ("Advisers to Ann Ortiz and Petra Lind said the ferry fleet was too old.",
     "Advisers to Ann Ortiz and Petra Lind", ()),
    ("Norway and Sweden said the ferry fleet was too old.", "Norway", ("Sweden",)),
    ("The harbour board and its lawyers said the ferry fleet was too old.",
     "The harbour board and its lawyers", ()),
    # a group that names some of its members: each named member said it too
    ("Several councillors, including Ann Ortiz and Petra Lind, said the ferry fleet was too old.",
     "Several councillors", ("Ann Ortiz", "Petra Lind")),
    ("Other island mayors, like Ann Ortiz, Petra Lind and Tom Hadley, have said the ferry fleet was too old.",
     "Other island mayors", ("Ann Ortiz", "Petra Lind", "Tom Hadley")),
    ("Many old sailors, like both of my uncles, said the ferry fleet was too old.",
     "Many old sailors, like both of my uncles", ()),
    # countries named before 'and other ...': the named ones
    ("Oslo, Stockholm and other northern capitals said the ferry fleet was too old.", "Oslo", ("Stockholm",)),
], ids=["two", "three", "one", "ally-of", "advisers-to", "two-countries", "not-two-names", "including-names",
        "like-names", "like-no-names", "and-other"])
def test_coordinated_speakers(nlp, text, speaker, co_speakers):
    """People named together as the speakers of one statement are all its speakers; a person in a
    phrase of the mention is not."""
    statements = _fleet_statements(text, nlp)
    assert [(s.speaker, s.co_speakers) for s in statements] == [(speaker, co_speakers)]


@pytest.mark.parametrize("text, speaker", [
    ("Ana Ortiz was released on Monday. Ortiz's family said the ferry fleet was too old.", "Ortiz's family"),
    ("Ana Ortiz spoke on Monday. Several Ortiz associates said the ferry fleet was too old.",
     "Several Ortiz associates"),
    ("Ana Ortiz spoke on Monday. Ortiz's neighbour, Petra Lind, said the ferry fleet was too old.", "Petra Lind"),
    ("Ana Ortiz spoke on Monday. Ortiz's opponent, Petra Lind, said the ferry fleet was too old.", "Petra Lind"),
    # a spokesman speaks for the person: the person's voice
    ("Ana Ortiz spoke on Monday. Ortiz's spokesman said the ferry fleet was too old.", "Ana Ortiz"),
    # a campaign or an office is an organisation of its own, named through the person (session 62)
    ("Ana Ortiz spoke on Monday. The Ortiz campaign said the ferry fleet was too old.", "Ana Ortiz's campaign"),
    ("Ana Ortiz spoke on Monday. Ortiz's office said the ferry fleet was too old.", "Ana Ortiz's office"),
], ids=["family", "associates", "neighbour-named", "opponent-named", "spokesman", "campaign", "office"])
def test_a_relative_or_associate_is_not_the_person_named(nlp, text, speaker):
    """A mention whose head names other people ('X's family', 'X associates') is not X speaking."""
    statements = _fleet_statements(text, nlp)
    assert [s.speaker for s in statements] == [speaker]


@pytest.mark.parametrize("text, speaker, mention", [
    ("Transport Minister Ines Varga visited the port. She said the ferry fleet was too old.",
     "Ines Varga", "She"),
    ("Transport Minister Ines Varga visited the port on Monday. The ferry fleet is too old, the minister said.",
     "Ines Varga", "the minister"),
    ('Transport Minister Ines Varga opened the terminal. "It is a proud day," Varga said.',
     "Ines Varga", "Varga"),
], ids=["pronoun", "description", "name-variant"])
def test_speaker_resolution(nlp, text, speaker, mention):
    (statement,) = extract(text, nlp=nlp)
    assert (statement.speaker, statement.speaker_mention) == (speaker, mention)


@pytest.mark.parametrize("text, speaker", [
    # the subject just before 'she' is a man the article calls 'Mr.': she is the woman named before him
    ('Ms. Dana Holt chairs the harbour board. Mr. Ben Carver, the port director, left early. '
     '"The fees will stay," she said.', "Dana Holt"),
    # a gendered title word says who 'he' can be
    ("Council leader Omar Reyes arrived late. Spokeswoman Rita Voss read the statement. "
     "He said the vote would go ahead.", "Omar Reyes"),
    # a pronoun about the only person of a sentence tells the gender the article gives them
    ("Tom Keller said he would reopen the office. Anna Pike spoke next, and Keller nodded. "
     "She said the clinic was safe.", "Anna Pike"),
], ids=["honorific", "title-word", "pronoun-evidence"])
def test_a_pronoun_agrees_with_its_speaker(nlp, text, speaker):
    statements = [s for s in extract(text, nlp=nlp) if s.speaker_mention and s.speaker_mention.lower() in ("he", "she")]
    assert [s.speaker for s in statements] == [speaker]


def test_person_genders_from_the_article(nlp):
    from stance.extract.article import Article
    from stance.extract.speakers import People, person_genders
    # 'his' is no evidence: it may be someone else's
    text = ("Mr. Ben Carver spoke. Spokeswoman Rita Voss agreed. Lena Ortiz said she was ready. "
            "Sam Hale said his plan was ready.")
    art = Article(nlp(text))
    people = People(art.doc)
    genders = dict(zip((c.name for c in people.clusters), person_genders(art, people)))
    assert genders == {"Ben Carver": "m", "Rita Voss": "f", "Lena Ortiz": "f", "Sam Hale": None}


def test_a_headline_verb_is_not_part_of_the_name(nlp):
    """spaCy reads 'Maya Okafor Responds To Question' in a headline as one person; the name stops at
    the verb, so the body's statements are Maya Okafor's."""
    text = ("Maya Okafor Responds To Question On Toll\n\n"
            "Maya Okafor said on Monday that the toll would stay. \"It pays for the repairs,\" Okafor said.")
    speakers = {s.speaker for s in extract(text, nlp=nlp)}
    assert speakers == {"Maya Okafor"}


def test_a_title_is_not_part_of_the_name(nlp):
    """'Councillor Lena Moritz' is Lena Moritz, and 'Councillor Moritz' the same person."""
    text = ("Councillor Lena Moritz said the ferry fleet was too old. "
            "\"We cannot wait another winter,\" Councillor Moritz added.")
    assert [s.speaker for s in extract(text, nlp=nlp)] == ["Lena Moritz", "Lena Moritz"]


@pytest.mark.parametrize("text, speaker", [
    ("The latest Harbour Herald/Norstat poll suggests that the toll is losing support.", "Harbour Herald/Norstat"),
    ("A Coastline Radio poll last week suggests that most drivers oppose the toll.", "Coastline Radio"),
    ("The Harbour Herald newspaper reported that the toll would rise.", "The Harbour Herald"),
    ("The report said the bridge was unsafe.", "The report"),
    ("A 2015 Harbour Herald poll found that most drivers oppose the toll.", "Harbour Herald"),
    ("The pier will close, according to a Monday report by the harbour board.", "a Monday report by the harbour board"),
    ("The Coastal Record reported that the toll would rise.", "The Coastal Record"),
    ("The pier will close, according to the Harbour Bulletin.", "the Harbour Bulletin"),
    ("A report by the Harbour Herald said the toll would rise.", "the Harbour Herald"),
    ("A report by Coastline Watch said the bridge was unsafe.", "Coastline Watch"),
    ("A report by two engineers said the bridge was unsafe.", "A report by two engineers"),
    ("The Bay Transport Research Project said lorries made up half of the traffic.",
     "The Bay Transport Research Project"),
], ids=["poll", "poll-with-time", "outlet", "no-maker-named", "year-is-not-the-maker", "day-is-not-the-maker",
        "document-noun-in-a-name", "document-noun-in-a-name-after-according-to", "report-by-outlet",
        "report-by-organisation", "report-by-people-unnamed", "document-noun-inside-an-organisation-name"])
def test_a_document_is_its_makers(nlp, text, speaker):
    """Polls, reports and publications are listed by the organisation that made them."""
    assert [s.speaker for s in extract(text, nlp=nlp)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Harbour board spokeswoman Lena Moritz said the ferry fleet was too old.", "Lena Moritz"),
    ("Advisers to Lena Moritz said the ferry fleet was too old.", "Advisers to Lena Moritz"),
    ("A neighbour who has sued Lena Moritz said the ferry fleet was too old.",
     "A neighbour who has sued Lena Moritz"),
    ("Petra Lind, a close ally of Lena Moritz, said the ferry fleet was too old.", "Petra Lind"),
], ids=["title-of-another", "prepositional", "relative-clause", "appositive"])
def test_a_name_inside_a_speaker_mention(nlp, text, speaker):
    """A person named inside a speaker mention is the speaker only when the name heads the mention
    or qualifies its head; a name in a prepositional phrase or clause is someone else."""
    statements = _fleet_statements(text, nlp)
    assert [s.speaker for s in statements] == [speaker]


@pytest.mark.parametrize("text, speaker, mention", [
    ("A harbour official who was not allowed to speak publicly said the ferry fleet was too old.",
     "A harbour official", "A harbour official who was not allowed to speak"),
    ("Engineers involved in the inspection said the ferry fleet was too old.",
     "Engineers", "Engineers involved in the inspection"),
    ("The Harbour Workers Union, a small trade group, said the ferry fleet was too old.",
     "The Harbour Workers Union", "The Harbour Workers Union, a small trade group"),
    ("A neighbour who has sued Lena Moritz said the ferry fleet was too old.",
     "A neighbour who has sued Lena Moritz", "A neighbour who has sued Lena Moritz"),
], ids=["relative-clause", "participle", "apposition-after-name", "clause-naming-someone"])
def test_a_speaker_name_drops_the_description(nlp, text, speaker, mention):
    """A speaker that names no person is the noun phrase without a clause or apposition that only
    describes it; the mention keeps the whole phrase, and a clause that names someone stays."""
    statements = _fleet_statements(text, nlp)
    assert [(s.speaker, s.speaker_mention) for s in statements] == [(speaker, mention)]


@pytest.mark.parametrize("text, speakers", [
    ('The transport minister said the ferry fleet was too old. "We need new boats," she said.',
     ["The transport minister", "The transport minister"]),
    ('Mayor Ann Ortiz said the pier was safe.\n\nThe transport minister said the ferry fleet was too old. '
     '"We need new boats," she said.', ["Ann Ortiz", "The transport minister", "The transport minister"]),
    ('Residents said the ferry fleet was too old. "We cannot wait any longer," they said.',
     ["Residents", "Residents"]),
    ('Harbour officials said the ferry fleet was too old.\n\n"We need new boats," they added.',
     ["Harbour officials", "Harbour officials"]),
    # a pronoun of the other gender, a person named in between, or two paragraphs on: the rules before
    ('A council spokeswoman said the ferry fleet was too old. "We need new boats," he said.',
     ["A council spokeswoman", None]),
    ('The transport minister said the ferry fleet was too old. Ann Ortiz disagreed. "We need new boats," she said.',
     ["The transport minister", "Ann Ortiz"]),
    ('Mayor Ann Ortiz said the pier was safe.\n\nThe transport minister said the ferry fleet was too old.\n\n'
     'The ferry runs daily.\n\nLater, "We need new boats," she said.',
     ["Ann Ortiz", "The transport minister", "Ann Ortiz"]),
    # a name the entity recogniser may miss, and an organisation named after the description's noun
    ('Mayor Tom Berg opened the pier.\n\nCouncillor Maya Holt proposed the subsidy. She said the ferry fleet '
     'was too old.', None),
    ('A spokeswoman for the ferry operator, Northsea Lines, welcomed the vote. She said the ferry fleet was too old.',
     None),
], ids=["she-after-a-minister", "she-after-a-minister-not-the-mayor-before", "they-after-residents",
        "they-in-the-next-paragraph", "other-gender", "a-person-named-between", "two-paragraphs-on",
        "she-after-an-untagged-name", "she-after-a-spokeswoman-for-an-organisation"])
def test_a_pronoun_after_a_described_speaker_is_that_speaker(nlp, text, speakers):
    """'he', 'she' or 'they' right after a speaker named only by a description is that speaker
    (`stance.extract.speakers.DESCRIBED_PRONOUNS`, session 64)."""
    got = [s.speaker for s in extract(text, nlp=nlp, tagger=None)]
    if speakers is None:  # the speaker of the statement about the fleet is the one before it
        fleet = [s for s in extract(text, nlp=nlp, tagger=None) if "ferry fleet" in s.text]
        assert len(fleet) == 1 and len(got) >= 2 and fleet[0].speaker == got[-2], got
    else:
        assert got == speakers


@pytest.mark.parametrize("text, speaker", [
    ("The dockers' union rejected the toll. Its chairman said the ferry fleet was too old.",
     "The dockers' union's chairman"),
    ("The Harbour Workers Union backed the toll.\n\nIts members said the ferry fleet was too old.",
     "The Harbour Workers Union's members"),
    # 'its' never refers to a person, and an organisation two paragraphs back is too far
    ("Ann Ortiz opened the pier. Its chairman said the ferry fleet was too old.", "Its chairman"),
    ("The dockers' union rejected the toll.\n\nThe ferry runs daily.\n\nBoats are old.\n\nIts chairman said "
     "the ferry fleet was too old.", "Its chairman"),
], ids=["chairman-of-a-union", "members-of-a-named-union", "no-organisation-before", "too-far"])
def test_its_chairman_is_the_organisations(nlp, text, speaker):
    """'Its chairman said' is the chairman of the organisation that spoke just before, not the last
    person named (`stance.extract.speakers.ORG_OWNERS`, session 64)."""
    assert [s.speaker for s in _fleet_statements(text, nlp)] == [speaker]


def test_a_name_only_the_headline_gives_is_not_a_pronouns_referent(nlp, monkeypatch):
    """The recogniser may make a name of headline words ('Ferry Subsidy Despite'); 'she' in the body
    does not go to it (`stance.extract.speakers.HEADLINE_ONLY_ASIDE`, session 64)."""
    import importlib

    speakers = importlib.import_module("stance.extract.speakers")
    text = ("Council Approves Ferry Subsidy Despite Protests\n\nThe town council approved the subsidy on "
            "Tuesday.\n\nShe said the ferry fleet was too old.")
    doc = nlp(text)
    people = speakers.People(doc)
    headline_names = [c.name for c in people.clusters if c.headline]
    fleet = _fleet_statements(text, nlp)
    assert len(fleet) == 1
    assert fleet[0].speaker not in headline_names
    if headline_names:  # the recogniser made a name of the headline: without the rule, 'she' takes it
        monkeypatch.setattr(speakers, "HEADLINE_ONLY_ASIDE", False)
        assert _fleet_statements(text, nlp)[0].speaker in headline_names


@pytest.mark.parametrize("text, speaker", [
    ("Fishermen's leader Rui Costa said the subsidy was welcome.\n\nThe council's finance director said the "
     "ferry fleet was too old.", "The council's finance director"),
    # a role that matches, or one that anyone can hold, is still the person named before
    ("Harbour director Rui Costa opened the pier.\n\nThe director said the ferry fleet was too old.", "Rui Costa"),
    ("King Harald opened the pier.\n\nThe Nordic leader said the ferry fleet was too old.", "Harald"),
], ids=["another-role", "the-same-role", "a-role-anyone-holds"])
def test_a_description_of_another_role_is_not_the_last_person(nlp, text, speaker):
    """'the council's finance director' is not the person the article calls the fishermen's leader
    (`stance.extract.speakers.ROLE_CHECK`, session 64)."""
    assert [s.speaker for s in _fleet_statements(text, nlp)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("The harbour board issued a statement saying the ferry fleet was too old.", "The harbour board"),
    ("Mayor Lena Moritz put out a statement on Friday saying the ferry fleet was too old.", "Lena Moritz"),
    ("The ferry union released a letter that claims the ferry fleet is too old.", "The ferry union"),
    ("Karen Walsh, who chairs the board, sent an email saying the ferry fleet was too old.", "Karen Walsh"),
    # not put out by the subject: the statement stays the source
    ("The harbour board received a letter saying the ferry fleet was too old.", "a letter"),
    ("Reporters obtained a memo saying the ferry fleet was too old.", "a memo"),
    ("The harbour board ignored a statement saying the ferry fleet was too old.", "a statement"),
], ids=["issued-saying", "put-out-on-a-day", "released-that-claims", "sent-an-email", "received-is-not-issued",
        "obtained-is-not-issued", "ignored-is-not-issued"])
def test_a_statement_put_out_is_its_issuers(nlp, text, speaker):
    """'X issued a statement saying ...' is X's statement (PolNeAR marks X as its source), not the
    statement's; a statement that X received or found is not X's (session 64)."""
    statements = _fleet_statements(text, nlp)
    assert [s.speaker for s in statements] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Karen Walsh spoke in Leeds on Monday. Walsh's tweet said the ferry fleet was too old.", "Karen Walsh"),
    ("Karen Walsh spoke in Leeds on Monday. A Walsh campaign video said the ferry fleet was too old.",
     "Karen Walsh"),
    ("Karen Walsh spoke in Leeds on Monday. Walsh's statement said the ferry fleet was too old.", "Karen Walsh"),
    ("The Tromso Herald reported that the ferry fleet was too old.", "The Tromso Herald"),
    # a news agency is named as the guideline names it; an agency of state keeps its whole name
    ("The Nordlys news agency reported that the ferry fleet was too old.", "Nordlys"),
    ("The Maritime Safety Agency said that the ferry fleet was too old.", "The Maritime Safety Agency"),
], ids=["possessive-tweet", "campaign-video", "possessive-statement", "outlet", "news-agency", "state-agency"])
def test_a_post_or_document_is_its_makers(nlp, text, speaker):
    """A tweet, video, ad or document named by its maker is the maker's statement, also when the
    named entity recogniser missed the maker's surname."""
    statements = _fleet_statements(text, nlp)
    assert [s.speaker for s in statements] == [speaker]


def test_description_prefers_matching_title(nlp):
    text = ("Health Minister Carla Stein met Mayor Ben Arno in the capital. "
            "The hospital will reopen in March, the minister said.")
    (statement,) = extract(text, nlp=nlp)
    assert statement.speaker == "Carla Stein"


@pytest.mark.parametrize("opening, speaker", [
    ("Senator Lena Moss said the ferry fares were fair.", "The mayor"),   # another office: not her
    ("Mayor Lena Moss said the ferry fares were fair.", "Lena Moss"),     # her office
    ("Lena Moss said the ferry fares were fair.", "Lena Moss"),           # no office known: the last person
], ids=["other-office", "same-office", "no-office"])
def test_a_description_of_another_office_is_not_the_last_person(nlp, opening, speaker):
    text = opening + "\n\nThe mayor said the new pier was overdue."
    assert [s.speaker for s in extract(text, nlp=nlp)][-1] == speaker

def test_offices_are_person_nouns():
    from stance.extract.lexicon import OFFICES, PERSON_NOUNS

    assert OFFICES <= PERSON_NOUNS



@pytest.mark.parametrize("text, speaker, source", [
    ("The ceasefire is holding, Defence Minister Ali Karim said on Sunday, Reuters reported.",
     "Ali Karim", "Reuters"),
    ("Defence Minister Ali Karim said the ceasefire was holding, Itar Tass reported.",
     "Ali Karim", "Itar Tass"),
], ids=["trailing-said-reported", "said-that-reported"])
def test_agency_is_source_not_speaker(nlp, text, speaker, source):
    statements = extract(text, nlp=nlp)
    _check_offsets(text, statements)
    assert [(s.speaker, s.source) for s in statements] == [(speaker, source)]


@pytest.mark.parametrize("text", [
    "'We will rebuild,\" he said. \"",
    'He said "we will',
    'Stray ” marks “ everywhere " and \' here ’ said nobody.',
    '" \u201c \u201d \' ’',
    '""""\n\n"""',
    "“Open\n\n“still open\n\nand closed” ,” she said.”",
    "‘Single quotes for a change,’ the coach said. It’s the players’ turn.",
    "NEW YORK- \n\n\n  said: \n\n:",
    "A\tB\r\nC said that.",
], ids=["trailing-open", "never-closes", "stray", "only-marks", "empty-quotes",
        "reopened-paragraphs", "single-quotes", "dateline-colons", "control-chars"])
def test_messy_text_never_raises(nlp, text):
    statements = extract(text, nlp=nlp)
    _check_offsets(text, statements)
    for s in statements:
        assert s.kind in {"direct", "indirect", "mixed"}
        assert 0 <= s.paragraph


def test_single_quotes_and_apostrophes(nlp):
    text = "‘Single quotes for a change,’ the coach said. It’s the players’ turn."
    (statement,) = extract(text, nlp=nlp, tagger=None)  # the rules alone
    assert statement.text == "Single quotes for a change"


def test_paragraph_index(nlp):
    text = "Storm warning issued\n\nThe storm will hit the coast tonight, forecaster Ida Moss said."
    (statement,) = extract(text, nlp=nlp)
    assert statement.paragraph == 1


def test_to_dict_round_trip(nlp):
    (statement,) = extract("The plan is dead, Mayor Ann Ortiz said.", nlp=nlp)
    d = statement.to_dict()
    assert d["speaker"] == "Ann Ortiz" and d["kind"] == "indirect"
    assert Statement(**d) == statement


@pytest.mark.parametrize("text", ["", "   \n\n\t "])
def test_empty_input(nlp, text):
    assert extract(text, nlp=nlp) == []


def test_lone_surrogates_are_replaced_and_offsets_kept(nlp):
    """Text decoded with errors='surrogateescape' (or a JSON escape) holds lone surrogates, which the
    parser refuses: they are read as U+FFFD, one character for one, so offsets still fit the text."""
    text = 'The toll is unfair, Ann Ortiz said on Monday. "We back the toll \udce9," said Bo Li.'
    statements = extract(text, nlp=nlp)
    assert [s.speaker for s in statements] == ["Ann Ortiz", "Bo Li"]
    assert statements[1].text == text[statements[1].start:statements[1].end].replace("\udce9", "\ufffd")
    assert extract("\udfff", nlp=nlp) == []
    assert [[s.speaker for s in r] for r in extract_many([text, "\ud800"], nlp=nlp)] == [["Ann Ortiz", "Bo Li"], []]


@pytest.mark.parametrize("bad", [None, b"bytes", 42, ["a list"]])
def test_non_str_raises_type_error(nlp, bad):
    with pytest.raises(TypeError, match=type(bad).__name__):
        extract(bad, nlp=nlp)
    with pytest.raises(TypeError, match=type(bad).__name__):
        list(extract_many(["fine", bad], nlp=nlp))


def test_extract_many_equals_extract(nlp):
    texts = [c[1] for c in CASES] + ["", "'Unclosed, he said"]
    batched = list(extract_many(texts, nlp=nlp, batch_size=4))
    assert batched == [extract(t, nlp=nlp) for t in texts]


def test_load_nlp_is_cached_and_explains_missing_model():
    assert load_nlp() is load_nlp()
    with pytest.raises(OSError, match="pip install"):
        load_nlp("no_such_model_package_xyz")


def test_own_pipeline_parses_like_the_default(nlp):
    """A pipeline passed as nlp= gets the line-break component the default one has (once)."""
    import spacy

    own = spacy.load(DEFAULT_MODEL)
    assert BOUNDARY_PIPE not in own.pipe_names
    text = "Mayor warns of cuts\nthe budget will shrink, she said"
    expected = extract(text, nlp=nlp)
    assert list(extract_many([text], nlp=own)) == [expected]
    assert own.pipe_names == nlp.pipe_names
    assert extract(text, nlp=own) == expected
    assert prepare_nlp(own) is own and own.pipe_names == nlp.pipe_names
    # the component matters for this text: without it the headline runs into the next line
    with own.select_pipes(disable=[BOUNDARY_PIPE]):
        assert extract_doc(own(text)) != expected


def test_pipeline_without_parser_is_refused():
    import spacy

    with pytest.raises(ValueError, match="parser"):
        extract("The plan is dead, Mayor Ann Ortiz said.", nlp=spacy.blank("en"))
    with pytest.raises(ValueError, match="parser"):
        list(extract_many(["The plan is dead, Mayor Ann Ortiz said."], nlp=spacy.blank("en")))


# --------------------------------------------------------------------------------------------
# The PolNeAR reader and scorer, on a made-up document
# --------------------------------------------------------------------------------------------

_TINY_TEXT = 'Rates will fall, the banker said. "We are ready," Ann Ortiz said. "Fully ready."\n'
_TINY_ANN = (
    "T1\tContent 0 15\tRates will fall\n"
    "T2\tSource 17 27\tthe banker\n"
    "T3\tCue 28 32\tsaid\n"
    "T4\tAttribution 28 32\tsaid\n"
    "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2\n"
    "T5\tContent 34 49;66 80\t\"We are ready,\" \"Fully ready.\"\n"
    "T6\tSource 50 59\tAnn Ortiz\n"
    "T7\tCue 60 64\tsaid\n"
    "T8\tAttribution 60 64\tsaid\n"
    "E2\tAttribution:T8 Content:T5 Cue:T7 Source:T6\n"
    "T9\tDiscard 0 5\tRates\n"
)


def test_read_brat_discontinuous():
    gold = read_brat(_TINY_ANN)
    assert len(gold) == 2
    assert gold[1].content == [(34, 49), (66, 80)]
    assert _TINY_TEXT[34:49] == '"We are ready,"' and _TINY_TEXT[66:80] == '"Fully ready."'
    assert gold[1].source == [(50, 59)] and gold[1].cue_text == "said"


def _statement(text, start, end, speaker_span, cue_span, kind="direct"):
    return Statement(text=text[start:end], start=start, end=end, speaker=None,
                     speaker_mention=text[slice(*speaker_span)], speaker_start=speaker_span[0],
                     speaker_end=speaker_span[1], cue=text[slice(*cue_span)], cue_start=cue_span[0],
                     cue_end=cue_span[1], kind=kind, source=None, paragraph=0)


def test_score_spans_merges_split_quotes_and_matches_overlap():
    t = _TINY_TEXT
    preds = [
        _statement(t, 0, 15, (17, 27), (28, 32), "indirect"),
        _statement(t, 35, 47, (50, 59), (60, 64)),      # We are ready
        _statement(t, 67, 79, (50, 59), (60, 64)),      # Fully ready.  (same cue: merged)
    ]
    scores = score_spans(t, read_brat(_TINY_ANN), preds)
    assert scores["content"]["exact"]["f1"] == 100.0
    assert scores["source"]["exact"]["f1"] == 100.0
    # half a gold content span still matches at overlap, not exactly
    half = [_statement(t, 35, 47, (50, 59), (60, 64))]
    scores = score_spans(t, read_brat(_TINY_ANN), half)
    assert scores["content"]["overlap"]["tp"] == 1 and scores["content"]["exact"]["tp"] == 0
    assert scores["content"]["overlap"]["fn"] == 1


def test_evaluate_extraction_on_tiny_corpus(tmp_path, nlp):
    for split in ("dev",):
        (tmp_path / split / "text").mkdir(parents=True)
        (tmp_path / split / "attributions").mkdir(parents=True)
    (tmp_path / "dev" / "text" / "doc1.txt").write_text(_TINY_TEXT, encoding="utf-8")
    # two annotators: the first file name is used
    (tmp_path / "dev" / "attributions" / "doc1_aaaa.ann").write_text(_TINY_ANN, encoding="utf-8")
    (tmp_path / "dev" / "attributions" / "doc1_bbbb.ann").write_text("", encoding="utf-8")
    report = evaluate_extraction(tmp_path, split="dev", nlp=nlp)
    assert report["counts"]["documents"] == 1
    assert report["counts"]["gold_attributions"] == 2
    assert report["all"]["content"]["overlap"]["f1"] == 100.0
    assert report["covered"]["source"]["overlap"]["recall"] == 100.0
    assert "content" in format_report(report)
    with pytest.raises(FileNotFoundError, match="attributions"):
        evaluate_extraction(tmp_path, split="test", nlp=nlp)


@pytest.mark.parametrize("name, bare", [
    ("Ortiz's", "Ortiz"), ("Ortiz’s", "Ortiz"), ("Ortiz‘s", "Ortiz"), ("Ortiz`s", "Ortiz"),
    ("Reuters’", "Reuters"), ("Ines Varga", "Ines Varga"), ("Jesus", "Jesus"),
])
def test_strip_possessive(name, bare):
    # Some sites type a left quote or a backtick for the apostrophe; the speaker name must not keep it.
    from stance.extract.lexicon import strip_possessive
    assert strip_possessive(name) == bare


@pytest.mark.parametrize("name, tidy", [
    ("Saudi Arabian Airlines on Sunday", "Saudi Arabian Airlines"),
    ("Ramos, 58", "Ramos"),
    ("Bill Cosby(Credit", "Bill Cosby"),
    ("Oct 6 (Reuters) - Hewlett-Packard Co", "Hewlett-Packard Co"),
    ("the World Health Organisation (WHO) in 2012", "the World Health Organisation (WHO)"),
    ("a report released last month", "a report released"),
    ("video posted online on August 19", "video posted online"),
    ("the council late on Friday night", "the council"),
    # what is part of a name, or would leave a dangling word, stays
    ("A survey toward the end of last year", "A survey toward the end of last year"),
    ("the Group of 20", "the Group of 20"),
    ("Apollo 11", "Apollo 11"),
    ("Mr. May", "Mr. May"),
    ("Sergey Lavrov", "Sergey Lavrov"),
    ("WASHINGTON, Aug. 24 (UPI)", "WASHINGTON, Aug. 24 (UPI)"),
])
def test_tidy_name(name, tidy):
    # A subject phrase drags along an age, a time or a dateline; the speaker name should not keep them.
    from stance.extract.lexicon import tidy_name
    assert tidy_name(name) == tidy


def test_a_time_in_the_subject_is_not_part_of_the_speaker(nlp):
    [s] = extract("Northwind Ferries on Sunday dismissed claims that the pier would close.", nlp=nlp)
    assert s.speaker == "Northwind Ferries"
    assert s.speaker_mention.startswith("Northwind Ferries")  # the mention keeps the words of the text


def test_handle_name():
    from stance.extract.tweets import handle_name

    assert handle_name("ByronYork", ["Marco Rubio", "Byron York"]) == "Byron York"
    assert handle_name("anaortiz", ["Ana Ortiz"]) == "Ana Ortiz"
    assert handle_name("IAmCreeSummer", ["Cree Summer"]) is None
    assert handle_name("rubio", ["Rubio"]) is None  # one word is too little to go on


@pytest.mark.parametrize("text, speaker", [
    # a quotation right after a sentence whose speech verb has no content of its own
    ('The ferry company has cut its winter service.\n\nAnn Ortiz, the communications director for the harbour '
     'board, said in a statement. "There is no money left for the toll. The board will meet in May."\n\n'
     'The ferry runs twice a day.', "Ann Ortiz"),
    # ... not after a sentence without a speech verb, nor one whose verb has its own content
    ('Ann Ortiz arrived at the pier on Monday. "The board will meet in May."\n\nThe ferry runs twice a day.', None),
    # (but after a reported statement it is that speaker's: `assemble.REPORTED_THEN_QUOTED`, session 74)
    ('The pier was hit on Monday.\n\nThe mayor said in a statement that the pier would reopen. "The board will '
     'meet in May."\n\nThe ferry runs twice a day.', "The mayor"),
    # a speech verb and a name right after the quotation, where the parse reads 'added' as an adjective
    ('The pier was hit on Monday.\n\n"The fight was tough and the pier is gone. They came at five and left at '
     'six," added local trader Tom Hadley.\n\nThe police said nothing.', "Tom Hadley"),
    ('The pier was hit on Monday.\n\n"Stay safe and strong. Thank God for our crews. True heroes\u2026" Tweeted '
     'Minister Tom Hadley.\n\nThe police said nothing.', "Tom Hadley"),
])
def test_quotation_after_a_speech_sentence_or_before_verb_and_name(nlp, text, speaker):
    quoted = [s for s in extract(text, nlp=nlp) if s.kind == "direct"]
    assert len(quoted) == 1
    assert quoted[0].speaker == speaker


MORE_EXAMPLES = Path(__file__).parents[1] / "data" / "examples" / "more"


@pytest.mark.parametrize("article, words, speaker", [
    # a surname alone is the article's one speaker with that surname, where NER did not link them
    ("lithium_licence.txt", "They will dig a pit", "Rosa Talvik"),
    ("voting_age.txt", "choosing a government is a serious responsibility", "Gustav Rennholt"),
    # 'He' after 'Dario Menck, who travelled to Lirenz for the ceremony, thanked ...' is Menck, not Lirenz
    ("trade_pact.txt", "the agreement would make the two neighbours", "Dario Menck"),
    # 'She added' after 'Elif Aydin, who chairs the ... Guild, welcomed the ban': NER tagged no person there
    ("oldtown_rentals.txt", "the guild would hold its annual food festival", "Elif Aydin"),
    # 'Gustav Rennholt, who leads the opposition National Heritage Party, urged ... what he called': his words,
    # and the party in his description does not make him an organisation
    ("voting_age.txt", "a cynical attempt to harvest votes", "Gustav Rennholt"),
    # 'Greyfell Lithium said ... The company said': the company that just spoke
    ("lithium_licence.txt", "the water tests would be released", "Greyfell Lithium"),
])
def test_speakers_of_the_written_examples(nlp, article, words, speaker):
    text = (MORE_EXAMPLES / article).read_text()
    found = [s for s in extract(text, nlp=nlp) if words in s.text]
    assert found, f"no statement with {words!r}"
    assert min(found, key=lambda s: len(s.text)).speaker == speaker  # the statement itself, not one that quotes it


@pytest.mark.parametrize("text, speaker", [
    ("Vermont Sen. Ann Ortiz said the toll was unfair. Mayor Tom Hadley said it was needed.\n\n"
     "The Vermont senator said the bridge should stay free.", "Ann Ortiz"),
    # no one named before it has both titles: the description stays
    ("Ann Ortiz said the toll was unfair. Mayor Tom Hadley said it was needed.\n\n"
     "The Vermont senator said the bridge should stay free.", "The Vermont senator"),
])
def test_a_description_with_a_proper_word_is_the_person_with_those_titles(nlp, text, speaker):
    assert extract(text, nlp=nlp)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Greyfell Lithium said in a statement that the licence was fair. The company said that the water tests would "
     "be released next month.", "Greyfell Lithium"),
    # no organisation spoke before it, or not nearby: the description stays
    ("The mine opened in May.\n\nThe company said that the water tests would be released next month.", "The company"),
    ("Greyfell Lithium said in a statement that the licence was fair.\n\nThe lake is deep.\n\nThe valley is green."
     "\n\nThe company said that the water tests would be released next month.", "The company"),
])
def test_the_company_is_the_organisation_that_just_spoke(nlp, monkeypatch, text, speaker):
    import importlib

    monkeypatch.setattr(importlib.import_module("stance.extract.speakers"), "LEDE_FIRMS", False)  # (a later rule's)
    assert extract(text, nlp=nlp)[-1].speaker == speaker


@pytest.mark.parametrize("handle, name", [
    ("@ShaneGoldmacher", "Shane Goldmacher"),
    ("AnnaPrice", "Anna Price"),
    # not a first and a last name in capitals: kept as a handle
    ("CNNPolitics", None),
    ("realDonaldTrump", None),
    ("anaortiz", None),
    ("ThePrice", "The Price"),
])
def test_handle_as_name(handle, name):
    from stance.extract.tweets import handle_as_name

    assert handle_as_name(handle) == name


@pytest.mark.parametrize("text, speaker", [
    # an embedded tweet whose author the article does not name: the handle read as a name when it spells one
    ('Crowds were thin.\n\n<tweet tweet-author="@AnnaPrice" tweet-date="March 9, 2016">The hall is half empty '
     'tonight.<tweet/>\n\nThe mayor spoke for an hour.', "Anna Price"),
    ('Crowds were thin.\n\n<tweet tweet-author="@CoastFMNews" tweet-date="March 9, 2016">The hall is half empty '
     'tonight.<tweet/>\n\nThe mayor spoke for an hour.', "@CoastFMNews"),
    # what an organisation puts out speaks for it: an average, an update, a Web site
    ("According to the Real Harbour Politics average, the mayor is up 15 points in the county.",
     "Real Harbour Politics"),
    ("The Northgate Council update said the bridge would reopen in May.", "Northgate Council"),
    ("The ferry sank near the pier, the Coast FM Web site reported.", "Coast FM"),
    # an acronym in brackets is not part of the name
    ("The Bureau of Coastal Safety (BCS) said the ferry was overloaded.", "Bureau of Coastal Safety"),
])
def test_organisation_speaker_names(nlp, text, speaker):
    [s] = extract(text, nlp=nlp)
    assert s.speaker == speaker


@pytest.mark.parametrize("text, name", [
    ("\u201cThe fleet is old,\u201d Karen Walsh, a pilot, said.", "Walsh"),
    ("\u201cThe fleet is old.\u201d Karen Walsh, a pilot, said nothing more.", None),  # no comma inside the quote
    ("\u201cThe fleet is old,\u201d the pilot, Karen Walsh, said.", None),  # no name right after the quote
    ("The fleet, Karen Walsh said, is old.", None),  # no quotation
])
def test_name_after_quote_only_in_its_shape(nlp, text, name):
    """The fallback subject of a trailing speech verb: a proper-noun run right after a closing quote
    that ends in a comma, then an appositive between commas; nothing in any other shape."""
    from stance.extract.attribution import _name_after_quote

    doc = nlp(text)
    said = next(t for t in doc if t.lower_ == "said")
    got = _name_after_quote(said)
    assert (got.text if got is not None else None) == name


@pytest.mark.parametrize("name, expected", [
    ("Isis militants", "Islamic State"),
    ("ISIS", "Islamic State"),
    ("The Islamic State (IS) group", "Islamic State"),
    ("Militants with the Islamic State jihadi group", "Islamic State"),
    ("The Islamic State, also known as ISIS or ISIL", "Islamic State"),
    ("Hamas fighters", "Hamas"),
    ("the militant group Hamas", "Hamas"),
    ("the group of senators", "the group of senators"),
    ("the Harbour Front rebels", "the Harbour Front"),
    ("The Fed", "Federal Reserve"),
    ("UN", "United Nations"),
    # agencies and party committees by their initials (session 64)
    ("AP", "Associated Press"),
    ("The Associated Press", "Associated Press"),
    ("AFP", "Agence France-Presse"),
    ("the DNC", "Democratic National Committee"),
    ("RNC", "Republican National Committee"),
    ("Ap", "Ap"),
    # not a group named by its members or a short form: unchanged
    ("the militants", "the militants"),
    ("The group", "The group"),
    ("SITE Intel Group", "SITE Intel Group"),
    ("Is", "Is"),
    ("Republican lawmakers", "Republican lawmakers"),
    # an acronym in brackets at the end is dropped, a news agency's is not (a dateline)
    ("The Central Bureau of Investigation (CBI)", "The Central Bureau of Investigation"),
    ("WASHINGTON (UPI)", "WASHINGTON (UPI)"),
    ("LONDON (Reuters)", "LONDON (Reuters)"),
    ("Ann Ortiz", "Ann Ortiz"),
])
def test_group_name(name, expected):
    from stance.extract.lexicon import group_name

    assert group_name(name) == expected


def test_an_organisation_speaks_under_one_name(nlp):
    """'Harbour Front rebels' and 'the Harbour Front' are one speaker row."""
    text = ("Harbour Front rebels said the ferry fleet was too old. "
            "The Harbour Front said the ferry fleet would be seized.")
    speakers = {s.speaker for s in extract(text, nlp=nlp)}
    assert len(speakers) == 1 and speakers <= {"The Harbour Front", "Harbour Front"}


@pytest.mark.parametrize("text, one_row", [
    ("Russia said the ferry treaty was unfair. Moscow said the ferry treaty would be rewritten.", True),
    # no country beside the capital: the capital keeps its own name
    ("Moscow said the ferry treaty was unfair. Karen Walsh said the ferry treaty would be rewritten.", False),
])
def test_a_capital_speaks_as_its_country(nlp, text, one_row):
    speakers = [s.speaker for s in extract(text, nlp=nlp)]
    if one_row:
        assert speakers == ["Russia", "Russia"]
    else:
        assert "Moscow" in speakers


@pytest.mark.parametrize("text, speaker, co", [
    # a person noun with the name in apposition: the person, not the possessor
    ("Harbour Front's leader, Karen Walsh, said the ferry fleet was too old.", "Karen Walsh", ()),
    ("The harbour board's chairman, Tom Hadley, said the ferry fleet was too old.", "Tom Hadley", ()),
    # a given name joined to a full name shares its surname
    ("Tom Hadley met the crews. Ferry historians Karen and Lena Walsh said the ferry fleet was too old.",
     "Karen Walsh", ("Lena Walsh",)),
])
def test_the_person_a_mention_names(nlp, text, speaker, co):
    statements = [s for s in extract(text, nlp=nlp) if "fleet" in s.text]
    assert [(s.speaker, s.co_speakers) for s in statements] == [(speaker, co)]


@pytest.mark.parametrize("text", [
    "A group calling itself the Harbour Front has said the ferry fleet would be seized.",
    "The group known as the Harbour Front said the ferry fleet would be seized.",
])
def test_a_group_that_names_itself(nlp, text):
    """'calling itself X' names the group (no statement 'itself X'); the group speaks as X (the rules)."""
    statements = extract(text, nlp=nlp, tagger=None)
    assert [(s.speaker, s.text) for s in statements] == [("the Harbour Front", "the ferry fleet would be seized")]


def test_call_with_an_object_complement_is_still_a_statement(nlp):
    assert [s.text for s in extract("Karen Walsh called the ferry plan shameful.", nlp=nlp)] == ["the ferry plan shameful"]


@pytest.mark.parametrize("text, speaker, content", [
    # the name after the comma opens the content: not the source in apposition
    ("According to the harbour board, Karen Walsh will resign.", "the harbour board", "Karen Walsh will resign"),
    ("According to the chair, Priya Raman, the toll is too high.", "Priya Raman", "the toll is too high"),
    # the parser hangs the content's subject on the source, as a conjunct or an apposition
    ("According to the Toll Data Project, pensioners and students paid most of the fines last year.",
     "the Toll Data Project", "pensioners and students paid most of the fines last year"),
    ("According to the Bay Transport Research Project, lorries and vans made up half of the traffic.",
     "the Bay Transport Research Project", "lorries and vans made up half of the traffic"),
], ids=["description-then-subject", "description-then-name", "subject-as-conjunct", "document-noun-in-the-name"])
def test_according_to_a_description_then_a_name(nlp, text, speaker, content):
    assert [(s.speaker, s.text) for s in extract(text, nlp=nlp)] == [(speaker, content)]


@pytest.mark.parametrize("name, tidy", [
    ("Karen Walsh, the harbour board's chair", "Karen Walsh"),
    ("Karen and Tom Walsh, the Ferry Users' Forum founders whose petition closed the pier", "Karen and Tom Walsh"),
    ("The Harbour Gazette, a weekly paper", "The Harbour Gazette"),
    ("the board, the agency", "the board, the agency"),     # no name before the comma: unchanged
    ("Walsh, 58", "Walsh"),
])
def test_tidy_name_drops_a_description_in_apposition(name, tidy):
    from stance.extract.lexicon import tidy_name

    assert tidy_name(name) == tidy


def test_two_given_names_before_one_surname_are_two_speakers():
    from stance.extract.assemble import _one_spelling

    st = Statement("x", 0, 1, "Karen and Lena Walsh", "Karen and Lena Walsh", 0, 1, "said", 2, 6, "indirect", None, 0, ())
    (out,) = _one_spelling([st])
    assert (out.speaker, out.co_speakers) == ("Karen Walsh", ("Lena Walsh",))


def test_a_headline_name_gives_way_to_the_body_s(nlp):
    """A title-case headline can glue a verb to a name ('Rip Donald Trump' as one person): the full
    name the body gives is the person's name; a body without a full name keeps the headline's."""
    from spacy.tokens import Doc, Span

    from stance.extract.speakers import People

    def people(words, spaces, ents):
        doc = Doc(nlp.vocab, words=words, spaces=spaces)
        doc.ents = [Span(doc, s, e, label="PERSON") for s, e in ents]
        return [c.name for c in People(doc).clusters]

    words = ["Lawmakers", "Rip", "Karen", "Walsh", "Over", "Ferry", "Plan", "\n", "Karen", "Walsh", "spoke", "."]
    spaces = [True, True, True, True, True, True, False, False, True, True, False, False]
    assert people(words, spaces, [(1, 4), (8, 10)]) == ["Karen Walsh"]
    words = ["Lawmakers", "Rip", "Karen", "Walsh", "Over", "Ferry", "Plan", "\n", "Walsh", "spoke", "."]
    spaces = [True, True, True, True, True, True, False, False, True, False, False]
    assert people(words, spaces, [(1, 4), (8, 9)]) == ["Rip Karen Walsh"]


@pytest.mark.parametrize("text, speaker", [
    # those who speak for a person, and what a person says or writes, are the person's voice
    ("Ben Hale spoke on Monday. His lawyer said the ferry fleet was too old.", "Ben Hale"),
    ("Ben Hale spoke on Monday. His tweet said the ferry fleet was too old.", "Ben Hale"),
    ("Ana Ortiz spoke first. Her account, published on Monday, said the ferry fleet was too old.", "Ana Ortiz"),
    # the people around a person are named through the person
    ("Ana Ortiz visited the port. Her aides said the ferry fleet was too old.", "Ana Ortiz's aides"),
    ("Ben Hale was arrested. His sister said the ferry fleet was too old.", "Ben Hale's sister"),
    # as is the organisation around them, which the labelling guideline lists as a speaker of its own
    ("Ana Ortiz spoke on Monday. Her campaign said the ferry fleet was too old.", "Ana Ortiz's campaign"),
    # 'his' is not given to a person whom the article or the first name shows to be a woman
    ("Mary Vance spoke on Monday. His tweet said the ferry fleet was too old.", "His tweet"),
], ids=["lawyer", "tweet", "account-with-description", "aides", "sister", "campaign", "wrong-gender"])
def test_a_possessive_pronoun_speaker_is_resolved_through_its_person(nlp, text, speaker):
    """'Her campaign said', 'his sister said': the pronoun is resolved as 'she' or 'he' would be."""
    statements = _fleet_statements(text, nlp)
    assert [s.speaker for s in statements] == [speaker]
    assert statements[0].speaker_mention.split()[0] in ("Her", "His")  # the mention stays as written


class _SpanTagger:
    """A stand-in for the learned tagger that marks the first occurrence of a given source, cue and content."""

    def __init__(self, source: str, cue: str, content: str):
        self.words = (("Source", source), ("Cue", cue), ("Content", content))

    def spans(self, text):
        from stance.extract.tagger import TaggedSpan

        return [TaggedSpan(kind, text.index(w), text.index(w) + len(w), 0.9) for kind, w in self.words]


def test_a_bare_his_that_owns_a_noun_cue_is_its_person(nlp):
    # PolNeAR marks the owner of 'his suggestion that ...' as its source, and so does the tagger
    text = "Ben Hale spoke on Monday. His suggestion that the ferry fleet was too old drew criticism."
    tagger = _SpanTagger("His", "suggestion", "the ferry fleet was too old")
    statements = [s for s in extract(text, nlp=nlp, tagger=tagger) if "ferry fleet" in s.text]
    assert [(s.speaker, s.speaker_mention) for s in statements] == [("Ben Hale", "His")]


@pytest.mark.parametrize("content, kept", [
    ("Blockade\n\nHARBOURTON", None),  # one word on the cue's line: no statement
    ("would block the bridge\n\nHARBOURTON", "would block the bridge"),
], ids=["one-word-left", "cue-line-kept"])
def test_a_tagged_content_stops_at_a_line_break(nlp, content, kept):
    """A tagged content that runs from a headline into the dateline keeps only the line of its cue."""
    headline = content.split("\n")[0]
    text = f"Hauliers Threaten {headline}\n\nHARBOURTON - The toll rose on Monday, the council said."
    tagger = _SpanTagger("Hauliers", "Threaten", content)
    texts = [s.text for s in extract(text, nlp=nlp, tagger=tagger) if s.start < len(headline) + 20]
    assert texts == ([kept] if kept else [])


@pytest.mark.parametrize("body, speaker", [
    ("Mayor Ana Ortiz said on Monday that the toll would stay. Ben Hale, a ferry captain, disagreed.", "Ana Ortiz"),
    # two mayors: the headline's title names neither
    ("Mayor Ana Ortiz said on Monday that the toll would stay. Mayor Ben Hale of Leeds disagreed.", "Mayor"),
], ids=["one-mayor", "two-mayors"])
def test_a_title_alone_in_a_headline_is_the_person_with_that_title(nlp, monkeypatch, body, speaker):
    """With two mayors, `HEADLINE_TITLES` cannot tell; the story's first one is the headline's
    (`stance.extract.speakers.HEADLINE_LEDES`, session 66)."""
    import importlib

    text = f"Mayor Defends Bridge Toll as Hauliers Threaten Blockade\n\n{body}"
    tagger = _SpanTagger("Mayor", "Defends", "Bridge Toll")
    (statement,) = [s for s in extract(text, nlp=nlp, tagger=tagger) if s.text == "Bridge Toll"]
    assert (statement.speaker, statement.speaker_mention) == ("Ana Ortiz", "Mayor")
    monkeypatch.setattr(importlib.import_module("stance.extract.speakers"), "HEADLINE_LEDES", False)
    (statement,) = [s for s in extract(text, nlp=nlp, tagger=tagger) if s.text == "Bridge Toll"]
    assert (statement.speaker, statement.speaker_mention) == (speaker, "Mayor")


@pytest.mark.parametrize("text, speaker", [
    ("The port board met on Monday, and the regional transport minister said the ferry fleet was too old.\n\n"
     "Transport Minister Ines Varga later visited the docks.", "Ines Varga"),
    # two ministers named later: 'the minister' could be either
    ("The port board met on Monday, and the minister said the ferry fleet was too old.\n\n"
     "Health Minister Ben Hale and Transport Minister Ines Varga later visited the docks.", "the minister"),
], ids=["one-match", "two-matches"])
def test_a_description_before_any_name_is_the_person_named_later_with_its_title(nlp, text, speaker):
    statements = _fleet_statements(text, nlp)
    assert [s.speaker for s in statements] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("The local ferry cooperative said the ferry fleet was too old.\n\n"
     "Ana Ortiz, who chairs the Nordby Ferry Cooperative, spoke on Monday.", "Nordby Ferry Cooperative"),
    # two cooperatives named: the description could be either
    ("The local ferry cooperative said the ferry fleet was too old.\n\n"
     "Ana Ortiz chairs the Nordby Ferry Cooperative; Ben Hale chairs the Tromso Fishing Cooperative.",
     "The local ferry cooperative"),
], ids=["one-named", "two-named"])
def test_an_unnamed_organisation_is_the_one_the_article_names_with_its_noun(nlp, text, speaker):
    statements = _fleet_statements(text, nlp)
    assert [s.speaker for s in statements] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("The chair of Riverside Riders, Ana Costa, said the group would keep pushing for more lanes.", "Ana Costa"),
    ("The head of the Kestrel Bay Cooperative, Ana Costa, said the catch had halved.", "Ana Costa"),
    # what stands in apposition is no person's name: the description stays
    ("The chair of Riverside Riders, a cycling club, said the group would keep pushing for more lanes.",
     "The chair of Riverside Riders"),
], ids=["club", "cooperative", "no-name"])
def test_a_name_after_the_chair_of_an_organisation_is_the_speaker(nlp, monkeypatch, text, speaker):
    """'The chair of X, Ana Costa, said': Ana Costa speaks, whichever noun the parse hangs her name on
    (`stance.extract.speakers.NAME_AFTER_OF`, session 65)."""
    import importlib

    speakers = importlib.import_module("stance.extract.speakers")
    assert [s.speaker for s in extract(text, nlp=nlp, tagger=None)] == [speaker]
    if speaker == "Ana Costa":
        monkeypatch.setattr(speakers, "NAME_AFTER_OF", False)
        assert [s.speaker for s in extract(text, nlp=nlp, tagger=None)] != [speaker]


@pytest.mark.parametrize("text, speakers, without", [
    ("Critics said the new dam threatens their water supply.", ["Critics"], ["Critics", "the new dam"]),
    ("The new tax threatens jobs, the union warned.", ["the union"], ["the union", "The new tax"]),
    ("The storm threatened the harbour wall on Monday.", [], ["The storm"]),
    # a speaker that threatens something still speaks
    ("The dockers' union threatened a strike over the toll.", ["The dockers' union"], ["The dockers' union"]),
    ("Ann Ortiz threatened legal action against the port.", ["Ann Ortiz"], ["Ann Ortiz"]),
], ids=["nested-dam", "nested-tax", "storm", "union", "person"])
def test_a_thing_that_threatens_is_no_speaker(nlp, monkeypatch, text, speakers, without):
    """'the dam threatens their water supply': 'threaten' with only an object needs a subject that
    can speak (`stance.extract.attribution.SIDE_SPEECH_SUBJECTS`, session 65)."""
    import importlib

    attribution = importlib.import_module("stance.extract.attribution")
    assert [s.speaker for s in extract(text, nlp=nlp, tagger=None)] == speakers
    monkeypatch.setattr(attribution, "SIDE_SPEECH_SUBJECTS", False)
    assert [s.speaker for s in extract(text, nlp=nlp, tagger=None)] == without


@pytest.mark.parametrize("text, expected", [
    ('Hale put it bluntly: "If this passes, some of our members will close stores."',
     [("Hale", "If this passes, some of our members will close stores.")]),
    ("Hale put it this way: the bill is a disaster for small shops.",
     [("Hale", "the bill is a disaster for small shops.")]),
    ('"If this passes, our members will close stores," as Hale put it.',
     [("Hale", "If this passes, our members will close stores")]),
    # 'put' with another object, or 'it' without words after a colon, says nothing
    ("Hale put the book on the table: it was heavy.", []),
    ("The council put it to a vote on Monday.", []),
], ids=["colon-quote", "colon-words", "as-put-it", "other-object", "no-colon"])
def test_put_it_introduces_words(nlp, text, expected):
    """'X put it bluntly: ...' and '"...," as X put it' attribute the words to X ('put' with 'it',
    `stance.extract.lexicon.NEEDS`; session 65)."""
    assert [(s.speaker, s.text) for s in extract(text, nlp=nlp, tagger=None)] == expected


@pytest.mark.parametrize("text, expected, without", [
    ("The council passed a toll that drivers say is unfair.", [("drivers", "is unfair")],
     [(None, "drivers say is unfair")]),
    ("The port approved a fee, a measure that hauliers say will drive trade away.",
     [("hauliers", "will drive trade away")], [(None, "hauliers say will drive trade away")]),
], ids=["toll", "fee"])
def test_say_inside_a_relative_clause_keeps_its_speaker(nlp, monkeypatch, text, expected, without):
    """'a toll that drivers say is unfair': what is said starts after 'say', and the drivers say it
    (`stance.extract.attribution.SAYS_IN_RELATIVES`, session 65)."""
    assert _with_and_without(nlp, monkeypatch, "attribution", "SAYS_IN_RELATIVES", text) == (expected, without)


#: Later rules that reach some earlier rows' readings another way, turned off (both times) for those rows' flags so
#: that each row still shows its own rule (session 73: names a common first name opens are people before any rule
#: reads them; 'the statement' is whoever put one out; more first names of one gender).
_LATER_RULES_OFF = {
    "ISSUED_STATEMENTS": ("STATEMENT_ISSUERS",),
    **{flag: ("FIRST_NAME_PEOPLE",) for flag in ("KIN_ASIDE", "DESCRIBED_FIRMS", "WHO_UNTAGGED",
                                                "UNTAGGED_SUBJECTS_BEFORE", "HYPHENED_TITLES", "MORE_RELATIONS")},
    "UNTAGGED_SURNAMES": ("FIRST_NAME_PEOPLE", "MORE_FIRST_NAMES"),  # (session 73 lists 'Joanna' as a woman's name)
    # (session 74: a quotation right after a reported statement is its speaker's; a participle hung on a said clause
    # about a thing has its speaker; more first names of one gender)
    "CONTINUED_CONTENTS": ("assemble.REPORTED_THEN_QUOTED",),
    "ABSOLUTE_CLAUSES": ("assemble.REPORTED_THEN_QUOTED",),
    "IT_REPORTERS": ("attribution.PARTICIPLE_SPEAKERS",),
    "ONE_OF_DESCRIPTIONS": ("MORE_FIRST_NAMES",),
    # (session 75: a relative parsed as the subject of what is said leaves the speaker outside the content; a person
    # who would not be named, or gave only a first name, is whom 'he' is next)
    "SAYS_IN_RELATIVES": ("attribution.RELATIVE_CONTENT_SUBJECTS",),
    "LOWER_CASE_NOT_NAMES": ("ANONYMOUS_DESCRIPTIONS",),  # (and a person who gave only a first name is described)
    "KIN_ASIDE": ("FIRST_NAME_PEOPLE", "SURNAME_FIRST_NAMES"),  # ('Marisol Ortiz' would be a woman by her name)
    "TENSE_SHIFTED_OUTERS": ("attribution.REFERRING_OBJECTS",),  # ('accused [them]': the unions, by the pronoun)
    # (session 77: a lede's role is the person named bare after it; 'he' is the untagged speaker who spoke last; 'she'
    # opening a paragraph is the person the paragraph before is about; a name with an age after it is a person, and a
    # phrase before a name is not part of it)
    "PLACE_DESCRIPTIONS": ("LEDE_ROLES_NAMED_NEXT",),
    "TITLED_ORG_NAMES": ("RECENT_UNTAGGED",),
    "GENDER_NOT_OBJECTS": ("PARAGRAPH_TOPICS", "SAME_PRONOUN_ON"),
    "ADDED_FIRST_NAMES": ("AGED_NAMES", "article.FRONTED_PHRASES_OUT", "ROLES_BEFORE_NAMES"),
    # (session 78: a name in apposition after a noun for a person is a person's; 'the lender' is the lede's one
    # company; 'she' goes on from 'she' before; a company's first word alone is the company)
    "WHOSE_APPOSITIONS": ("APPOSED_PEOPLE",),
    "MORE_ORG_NOUNS": ("LEDE_FIRMS",),
    "MODIFIER_NAMES": ("SAME_PRONOUN_ON",),
    **{flag: ("FIRMS_TAGGED_ORGS",) for flag in ("NATIONAL_DESCRIPTORS", "COUNTRY_OWNED_NAMES", "ORG_SHORT_NAMES")},
    # (session 79: a name after an office or an age is a person's; of an office and a name both parsed as subjects,
    # the name speaks; 'a company spokesman' is no union's)
    "UNTAGGED_LAST": ("ROLES_BEFORE_NAMES",),
    "TITLE_SECOND_SUBJECTS": ("attribution.CAPITAL_TITLE_SUBJECTS", "attribution.BROKEN_NAME_SUBJECTS"),
    "INTRODUCED_FIRMS": ("SPOKESPEOPLE_OF_OTHER_KINDS",),
    # (session 80: a described subject before a pronoun comes before the person named last; 'the firm' is the company
    # named before it; a name in apposition to someone's kin is not who speaks a fronted content)
    **{flag: ("DESCRIBED_SUBJECTS_FIRST",) for flag in ("DESCRIBED_SUBJECTS", "LOWER_CASE_PEOPLE")},
    "FIRMS_DESCRIBED_AFTER": ("FIRMS_NAMED_BEFORE",),
    "GENDERED_APPOSITIONS": ("OWNED_APPOSITIONS_ASIDE",),
    "OWNED_OFFICES": ("FIELDS_DIFFER",),  # (an attorney general's office is no assistant district attorney's either)
    "SPEAKER_PRONOUNS_ASIDE": ("CONTENT_SUBJECTS_ASIDE",),  # ('Ngozi Okafor and her two sons ..., he said')
}


def _with_and_without(nlp, monkeypatch, module, flag, text):
    """The (speaker, text) pairs of the rules' statements with a rule's module flag on, then off."""
    import importlib

    for later in _LATER_RULES_OFF.get(flag, ()):
        where, _, name = later.rpartition(".")
        monkeypatch.setattr(importlib.import_module(f"stance.extract.{where or 'speakers'}"), name, False)
    on = [(s.speaker, s.text) for s in extract(text, nlp=nlp, tagger=None)]
    monkeypatch.setattr(importlib.import_module(f"stance.extract.{module}"), flag, False)
    return on, [(s.speaker, s.text) for s in extract(text, nlp=nlp, tagger=None)]


@pytest.mark.parametrize("text, speakers, without", [
    ("Mayor Ann Ortiz spoke on Monday. Ortiz's spokesman said the mayor stood by her words. "
     "Tom Berg said he would not work with Ortiz.\n\n"
     "The spokesman said no meeting was planned.",
     ["Ann Ortiz", "Tom Berg", "Ann Ortiz"], ["Ann Ortiz", "Tom Berg", "Tom Berg"]),
    ("A spokeswoman for the ferry operator, Northsea Lines, said fares would rise. Mayor Tom Berg objected.\n\n"
     "The spokeswoman said the rise was small.",
     ["Northsea Lines", "Northsea Lines"], ["Northsea Lines", "The spokeswoman"]),
    # no spokesperson spoke before: as without the rule
    ("Tom Berg said the toll was fair.\n\nThe lawyer said the toll was void.", ["Tom Berg", "Tom Berg"],
     ["Tom Berg", "Tom Berg"]),
], ids=["possessive", "for-an-operator", "none-before"])
def test_the_spokesman_is_the_spokesperson_who_spoke_before(nlp, monkeypatch, text, speakers, without):
    """'the spokesman' after "Ortiz's spokesman" spoke is that spokesman, not the last person named
    (`stance.extract.speakers.SAME_SPOKESPERSON`, session 65)."""
    import importlib

    speakers_module = importlib.import_module("stance.extract.speakers")
    assert [s.speaker for s in extract(text, nlp=nlp, tagger=None)] == speakers
    monkeypatch.setattr(speakers_module, "SAME_SPOKESPERSON", False)
    assert [s.speaker for s in extract(text, nlp=nlp, tagger=None)] == without


def test_a_dateline_parsed_as_a_subject_gives_way_to_the_speaker(nlp, monkeypatch):
    """'PORTHAVEN (Reuters) - Ann Ortiz said ...' parsed with two subjects of 'said': Ann Ortiz speaks,
    not the dateline (`stance.extract.attribution.DATELINE_SUBJECTS`, session 65)."""
    import importlib

    attribution = importlib.import_module("stance.extract.attribution")
    text = ("Ortiz Says Toll Must Rise\n\nLONDON (Reuters) - Ann Ortiz said the toll would have to rise because the "
            "bridge needed repairs.\n")
    assert [s.speaker_mention for s in extract(text, nlp=nlp, tagger=None)][-1] == "Ann Ortiz"
    monkeypatch.setattr(attribution, "DATELINE_SUBJECTS", False)
    monkeypatch.setattr(attribution, "CAPITAL_TITLE_SUBJECTS", False)  # (session 79's rule reads it too)
    assert [s.speaker_mention for s in extract(text, nlp=nlp, tagger=None)][-1] != "Ann Ortiz"


@pytest.mark.parametrize("text, speaker, without", [
    ("The Carrow Gazette reported on Monday that three clinics would close. The board says the change will save "
     "money.", "The board", "The Carrow Gazette"),
    # a company that spoke last is still 'the company'
    ("Greyfell Lithium said the mine would open in May. The company said it would hire 200 people.",
     "Greyfell Lithium", "Greyfell Lithium"),
], ids=["outlet-then-board", "company"])
def test_a_news_outlet_is_not_the_body_that_speaks_next(nlp, monkeypatch, text, speaker, without):
    """'first reported by the Carrow Gazette ... The board says': the board is not the newspaper
    (`stance.extract.speakers.OUTLETS_NOT_BODIES`, session 65)."""
    import importlib

    speakers_module = importlib.import_module("stance.extract.speakers")
    assert [s.speaker for s in extract(text, nlp=nlp, tagger=None)][-1] == speaker
    monkeypatch.setattr(speakers_module, "OUTLETS_NOT_BODIES", False)
    assert [s.speaker for s in extract(text, nlp=nlp, tagger=None)][-1] == without


@pytest.mark.parametrize("headline, speaker, cue", [
    ("Lawmakers Move to Curb Facial Recognition - Rights Group Cheers", "Rights Group", "Cheers"),
    ("Ferry Fares to Double - Union Warns", "Union", "Warns"),
    # a tail that ends in a name, or in a word that is no verb of speech or side
    ("Ferry Fares to Double - Northsea Lines", "Northsea Lines", "-"),
], ids=["cheers", "warns", "name"])
def test_a_headline_tail_that_ends_in_a_verb(nlp, monkeypatch, headline, speaker, cue):
    """'... - Rights Group Cheers': the speaker is the group and 'Cheers' the cue
    (`stance.extract.headlines.TAIL_VERBS`, session 65)."""
    import importlib

    headlines = importlib.import_module("stance.extract.headlines")
    text = headline + "\n\nThe vote was held on Monday."
    assert [(s.speaker, s.cue) for s in extract(text, nlp=nlp, tagger=None)] == [(speaker, cue)]
    monkeypatch.setattr(headlines, "TAIL_VERBS", False)
    assert [s.speaker for s in extract(text, nlp=nlp, tagger=None)][0] == headline.split(" - ")[1]


@pytest.mark.parametrize("text, expected, without", [
    ("The company said its own monitoring showed no link to the wells, and accused the alliance of scaring people.",
     [("The company", "its own monitoring showed no link to the wells"),
      ("The company", "the alliance of scaring people")],
     [("The company", "its own monitoring showed no link to the wells, and accused the alliance of scaring people"),
      ("its own monitoring", "the alliance of scaring people")]),
    # the clause's subject can speak: it is the one who agreed
    ("The mayor said the council met on Monday, and agreed to the toll.",
     [("The mayor", "the council met on Monday, and agreed to the toll")],
     [("The mayor", "the council met on Monday, and agreed to the toll")]),
], ids=["monitoring", "council"])
def test_a_coordinated_cue_shares_the_speech_verbs_subject(nlp, monkeypatch, text, expected, without):
    """'The company said its monitoring showed ..., and accused ...': the company accused
    (`stance.extract.attribution.OUTER_SUBJECTS`, session 65)."""
    assert _with_and_without(nlp, monkeypatch, "attribution", "OUTER_SUBJECTS", text) == (expected, without)


def test_a_company_tagged_as_a_person_is_an_organisation(nlp, monkeypatch):
    """'Blackridge Minerals says ...' (tagged PERSON by the recogniser) is a company: 'Blackridge' is
    its short name and 'The company' may be it (`stance.extract.speakers.ORG_NAMES_NOT_PEOPLE`, session 65)."""
    import importlib

    speakers_module = importlib.import_module("stance.extract.speakers")
    text = ("Blackridge Minerals says the expansion would create 400 jobs.\n\n"
            "Blackridge disputes the findings. The company said its own monitoring showed no link.")
    statements = extract(text, nlp=nlp, tagger=None)
    assert [s.speaker for s in statements] == ["Blackridge Minerals", "Blackridge Minerals"]
    monkeypatch.setattr(speakers_module, "ORG_NAMES_NOT_PEOPLE", False)
    monkeypatch.setattr(speakers_module, "FIRM_PREFIXES", False)  # (session 74 reads the name as a company too)
    assert [s.speaker for s in extract(text, nlp=nlp, tagger=None)] == ["Blackridge Minerals", "The company"]


@pytest.mark.parametrize("name, firm", [
    ("Blackridge Minerals", True), ("Northwind Energy", True), ("Kestrel Holdings", True),
    ("Ann Ortiz", False), ("Samantha Power", False), ("Minerals", False),
])
def test_company_names(name, firm):
    from stance.extract.speakers import is_org_name

    assert is_org_name(name) is firm


def test_a_content_that_ends_in_and_takes_its_conjunct(nlp, monkeypatch):
    """'quoted Kurt as saying the closure was temporary and aimed only at smugglers', with 'aimed' hung
    on 'saying': the content runs on past 'and' (`stance.extract.attribution.DANGLING_CONJUNCTS`, session 65)."""
    import importlib

    attribution = importlib.import_module("stance.extract.attribution")
    text = ('State television quoted the minister, Adem Kurt, as saying the closure was temporary and aimed only '
            'at "smugglers who use tankers as cover." The ministry did not say more.')
    assert [s.text for s in extract(text, nlp=nlp, tagger=None)] == [
        'the closure was temporary and aimed only at "smugglers who use tankers as cover."']
    monkeypatch.setattr(attribution, "DANGLING_CONJUNCTS", False)
    # (LOOSE_CONJUNCTIONS then drops the 'and')
    assert [s.text for s in extract(text, nlp=nlp, tagger=None)] == ["the closure was temporary"]
    monkeypatch.setattr(attribution, "LOOSE_CONJUNCTIONS", False)
    assert [s.text for s in extract(text, nlp=nlp, tagger=None)] == ["the closure was temporary and"]


def test_a_headline_title_is_not_a_name_made_of_headline_words(nlp, monkeypatch):
    """'Judge Blocks City's Ban ...': the recogniser makes a judge of 'Blocks City'; the headline's
    'Judge' is the one judge of the body (`stance.extract.speakers.HEADLINE_ONLY_ASIDE`, session 65)."""
    import importlib

    speakers_module = importlib.import_module("stance.extract.speakers")
    text = ("Judge Blocks City's Ban on Street Vendors\n\n"
            "In a 24-page order, Judge Nadia Torres wrote that the city gave vendors no chance to be heard.")
    tagger = _SpanTagger("Judge", "Blocks", "City's Ban on Street Vendors")
    assert [s.speaker for s in extract(text, nlp=nlp, tagger=tagger)][0] == "Nadia Torres"
    monkeypatch.setattr(speakers_module, "HEADLINE_ONLY_ASIDE", False)
    monkeypatch.setattr(speakers_module, "HEADLINE_LEDES", False)  # (which reads the body's judges only)
    assert [s.speaker for s in extract(text, nlp=nlp, tagger=tagger)][0] == "Judge"


@pytest.mark.parametrize("text, speaker, without", [
    ("Judge Blocks Vendor Ban\n\nA federal judge said on Monday that the city had broken the law.\n\n"
     "In her order, Judge Nadia Torres wrote that the vendors had no chance to be heard.", "Nadia Torres",
     "A federal judge"),
    # not in the opening paragraphs: an indefinite description is someone new
    ("Judge Blocks Vendor Ban\n\nThe ban was blocked on Monday.\n\nIt was a long hearing.\n\n"
     "A federal judge said that the city had broken the law.\n\nJudge Nadia Torres wrote that the vendors had no "
     "chance.",
     "A federal judge", "A federal judge"),
], ids=["lede", "later"])
def test_an_indefinite_description_in_the_lede_is_the_person_named_later(nlp, monkeypatch, text, speaker, without):
    """'A federal judge on Monday blocked ...' in a story's opening is 'Judge Nadia Torres' named below
    (`stance.extract.speakers.INDEFINITE_LEDES`, session 65)."""
    import importlib

    speakers_module = importlib.import_module("stance.extract.speakers")
    first = next(s for s in extract(text, nlp=nlp, tagger=None) if s.speaker_mention == "A federal judge")
    assert first.speaker == speaker
    monkeypatch.setattr(speakers_module, "INDEFINITE_LEDES", False)
    monkeypatch.setattr(speakers_module, "LEDE_ROLES_NAMED_NEXT", False)  # (session 77's rule reads it too)
    first = next(s for s in extract(text, nlp=nlp, tagger=None) if s.speaker_mention == "A federal judge")
    assert first.speaker == without


def test_a_campaign_tagged_as_a_person_leaves_its_person(nlp):
    """'Clinton Campaign' tagged as a person is a body, and 'Clinton' alone stays the person
    (`stance.extract.speakers.ORG_NAMES_NOT_PEOPLE` registers only companies' short names)."""
    import spacy
    from spacy.tokens import Span

    from stance.extract.speakers import People

    doc = spacy.blank("en")("Clinton Campaign hits back. Clinton said the plan was sound.")
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 5, 6, label="PERSON")]
    people = People(doc)
    assert [c.name for c in people.clusters] == ["Clinton"] and people.firms == {}


@pytest.mark.parametrize("text, expected, without", [
    ("As Ivo Marek put it, the cyclists are paying for the council's delays.",
     [("Ivo Marek", "the cyclists are paying for the council's delays")], []),
    ("The ferry will stop at the island twice a day, as Rosa Talvik noted on Friday.",
     [("Rosa Talvik", "The ferry will stop at the island twice a day")], []),
    # a verb of sound says nothing of the clause around it
    ("As protesters shouted outside, the council approved the lane.", [], []),
    # a verb with words of its own says those ('as' of time)
    ("The ferry merger won approval as unions warned of cuts.", [("unions", "cuts")], [("unions", "cuts")]),
], ids=["as-put-it", "trailing-as", "sound", "own-words"])
def test_an_as_clause_says_the_clause_around_it(nlp, monkeypatch, text, expected, without):
    """'As Marek put it, [the cyclists are paying ...]' is Marek's statement
    (`stance.extract.attribution.AS_CLAUSES`, session 66)."""
    assert _with_and_without(nlp, monkeypatch, "attribution", "AS_CLAUSES", text) == (expected, without)


def test_a_passive_with_no_agent_inside_a_statement_is_part_of_it(nlp, monkeypatch):
    """'As Marek put it, the cyclists are being asked to wait' holds no statement of no one
    (`stance.extract.attribution.AGENTLESS_INSIDE`, session 66); alone, such a passive still is one."""
    text = "As Ivo Marek put it, the cyclists are being asked to wait another year."
    said = ("Ivo Marek", "the cyclists are being asked to wait another year")
    assert _with_and_without(nlp, monkeypatch, "attribution", "AGENTLESS_INSIDE", text) == (
        [said], [said, (None, "to wait another year")])
    import importlib

    monkeypatch.setattr(importlib.import_module("stance.extract.attribution"), "AGENTLESS_INSIDE", True)
    assert [(s.speaker, s.text) for s in extract("Riders were asked to use the old road.", nlp=nlp, tagger=None)] == [
        (None, "to use the old road")]


@pytest.mark.parametrize("text, expected, without", [
    ("The Harbour Party said the fare rise was unfair and demanded that the operator drop it.",
     [("The Harbour Party", "the fare rise was unfair"), ("The Harbour Party", "the operator drop it")],
     [("The Harbour Party", "the fare rise was unfair and demanded that the operator drop it"),
      ("the fare rise", "the operator drop it")]),
    # a document can urge: the audit's
    ("Ivo Marek said the audit faulted the operator and urged a new tender.",
     [("Ivo Marek", "the audit faulted the operator and urged a new tender"), ("the audit", "a new tender")],
     [("Ivo Marek", "the audit faulted the operator and urged a new tender"), ("the audit", "a new tender")]),
], ids=["no-comma", "document"])
def test_a_coordinated_cue_without_a_comma_shares_the_speech_verbs_subject(nlp, monkeypatch, text, expected,
                                                                           without):
    """'said the fare rise was unfair and demanded ...': the party demanded
    (`stance.extract.attribution.OUTER_WITHOUT_COMMA`, session 66)."""
    assert _with_and_without(nlp, monkeypatch, "attribution", "OUTER_WITHOUT_COMMA", text) == (expected, without)


@pytest.mark.parametrize("text, expected, without", [
    ("The council approved a parking levy, a measure shopkeepers say will empty the high street.",
     [("shopkeepers", "will empty the high street")], [("a measure shopkeepers", "will empty the high street")]),
    ("The ministry put a tariff on steel, a step analysts said could start a trade war.",
     [("analysts", "could start a trade war")], [("a step analysts", "could start a trade war")]),
    # a noun that counts the speakers is theirs
    ("The board met on Monday, and a dozen analysts said the plan was late.",
     [("a dozen analysts", "the plan was late")], [("a dozen analysts", "the plan was late")]),
], ids=["say", "said", "dozen"])
def test_a_zero_relative_clause_leaves_its_noun_out_of_the_speaker(nlp, monkeypatch, text, expected, without):
    """'a measure shopkeepers say will ...': the speaker is the shopkeepers, not 'a measure
    shopkeepers' (`stance.extract.article.ZERO_RELATIVES`, session 66)."""
    assert _with_and_without(nlp, monkeypatch, "article", "ZERO_RELATIVES", text) == (expected, without)


def test_a_content_does_not_end_in_the_and_that_joins_two_clauses(nlp, monkeypatch):
    """'With Ortiz calling for [a judicial review] and Okafor threatening ...'
    (`stance.extract.attribution.LOOSE_CONJUNCTIONS`, session 66)."""
    text = ("With Ortiz calling for a judicial review and Okafor threatening to lead a business boycott of the "
            "governing party's conference, pressure on Hale is likely to grow.")
    boycott = ("Okafor", "to lead a business boycott of the governing party's conference")
    assert _with_and_without(nlp, monkeypatch, "attribution", "LOOSE_CONJUNCTIONS", text) == (
        [("Ortiz", "a judicial review"), boycott], [("Ortiz", "a judicial review and"), boycott])


def test_an_office_before_of_is_the_title_of_the_name_after_the_place(nlp, monkeypatch):
    """'The mayor of Greater Alden, Ivo Marek,' makes Marek a mayor, so 'The prime minister' after him
    is not him but the prime minister named next (`stance.extract.speakers.TITLES_AFTER_OF`, session 66)."""
    text = ("The mayor of Greater Alden, Ivo Marek, said the ferry would run.\n\n"
            "The prime minister defended the cuts. Prime Minister Rosa Talvik said no port could expect more.")
    on, off = _with_and_without(nlp, monkeypatch, "speakers", "TITLES_AFTER_OF", text)
    assert [s for s, _ in on] == ["Ivo Marek", "Rosa Talvik", "Rosa Talvik"]
    assert [s for s, _ in off] == ["Ivo Marek", "Ivo Marek", "Rosa Talvik"]


def test_an_organisation_in_apposition_to_an_indefinite_description_speaks(nlp, monkeypatch):
    """'A smaller union, the Harbour Workers Guild, warned ...' is the guild's
    (`stance.extract.speakers.INDEFINITE_APPOSITIONS`, session 66)."""
    text = "A smaller union, the Harbour Workers Guild, warned that it would strike."
    assert _with_and_without(nlp, monkeypatch, "speakers", "INDEFINITE_APPOSITIONS", text) == (
        [("the Harbour Workers Guild", "it would strike")],
        [("A smaller union, the Harbour Workers Guild", "it would strike")])


def test_the_named_second_subject_speaks(nlp, monkeypatch):
    """'A coalition of parents, Families for Choice, said ...', parsed with two subjects: the name speaks
    (`stance.extract.attribution.SECOND_SUBJECTS`, session 66)."""
    text = "A coalition of parents, Families for Choice, said that the mandate was unfair."
    assert _with_and_without(nlp, monkeypatch, "attribution", "SECOND_SUBJECTS", text) == (
        [("Families for Choice", "the mandate was unfair")], [("A coalition of parents", "the mandate was unfair")])


def test_a_content_keeps_its_whether(nlp, monkeypatch):
    """'has not said [whether she would sign the bill]': 'whether' stays, since what follows is left open,
    not said (`stance.extract.attribution.KEEP_WHETHER`, session 66)."""
    text = "Governor Ruth Calder has not said whether she would sign the bill."
    assert _with_and_without(nlp, monkeypatch, "attribution", "KEEP_WHETHER", text) == (
        [("Ruth Calder", "whether she would sign the bill")], [("Ruth Calder", "she would sign the bill")])


@pytest.mark.parametrize("text, expected, without", [
    ("Talks over the Sela river broke down on Friday.\n\nValdoria's foreign minister, Anton Brisk, said Marovia had "
     "walked away. He told reporters the dam would go ahead.",
     [("Anton Brisk", "Marovia had walked away"), ("Anton Brisk", "the dam would go ahead")],
     [("Valdoria's foreign minister, Anton Brisk", "Marovia had walked away"), (None, "the dam would go ahead")]),
    ("The court struck down the ban.\n\nMayor Julia Stone said the city would appeal.",
     [("Julia Stone", "the city would appeal")], [("Mayor Julia Stone", "the city would appeal")]),
], ids=["apposition", "title"])
def test_a_name_the_recogniser_missed_is_the_speaker(nlp, monkeypatch, text, expected, without):
    """'Valdoria's foreign minister, Anton Brisk, said', with no PERSON entity: the speaker is Anton Brisk,
    and 'He' next is him (`stance.extract.speakers.UNTAGGED_PEOPLE`, session 66; with session 72's
    `UNTAGGED_SUBJECTS_BEFORE`, which reaches 'He' another way, and session 73's `FIRST_NAME_PEOPLE`, which tags
    'Anton Brisk' a person before any rule reads him, off)."""
    import importlib

    speakers = importlib.import_module("stance.extract.speakers")
    monkeypatch.setattr(speakers, "UNTAGGED_SUBJECTS_BEFORE", False)
    monkeypatch.setattr(speakers, "FIRST_NAME_PEOPLE", False)
    assert _with_and_without(nlp, monkeypatch, "speakers", "UNTAGGED_PEOPLE", text) == (expected, without)


@pytest.mark.parametrize("text, expected, without", [
    ("The bill's sponsor, Senator Dale Ruiz, said the mines would bring jobs.",
     [("Dale Ruiz", "sponsor", "The bill"), ("Dale Ruiz", "said", "the mines would bring jobs")],
     [("Dale Ruiz", "said", "the mines would bring jobs")]),
    ("Tom Berg, the toll's fiercest critic, said it would fail.",
     [("Tom Berg", "fiercest critic", "the toll"), ("Tom Berg", "said", "it would fail")],
     [("Tom Berg", "said", "it would fail")]),
    # no one named: a description only
    ("The film's critic said it was long.", [("The film's critic", "said", "it was long")],
     [("The film's critic", "said", "it was long")]),
], ids=["sponsor", "critic", "no-name"])
def test_a_side_noun_with_an_owner_is_a_side_toward_it(nlp, monkeypatch, text, expected, without):
    """"The bill's sponsor, Senator Dale Ruiz," takes the bill's side, as 'a sponsor of the bill' would
    (`stance.extract.attribution.POSSESSIVE_SIDES`, session 66)."""
    import importlib

    def read():
        return [(s.speaker, s.cue, s.text) for s in extract(text, nlp=nlp, tagger=None)]

    assert read() == expected
    monkeypatch.setattr(importlib.import_module("stance.extract.attribution"), "POSSESSIVE_SIDES", False)
    assert read() == without


@pytest.mark.parametrize("text, expected, without", [
    ("Senator breaks with party over mining bill\n\nBy Carla Nunez\n\nSenator Ellen Fraser on Wednesday voted "
     "against the mining bill.\n\nThe bill's author, Senator Dale Ruiz, said it would pass.",
     "Ellen Fraser", "Senator"),
], ids=["senator"])
def test_a_headline_title_is_the_person_the_story_opens_with(nlp, monkeypatch, text, expected, without):
    """'Senator breaks with party', a headline in sentence case with two senators in the story: the
    senator of the first paragraph (`stance.extract.speakers.HEADLINE_LEDES`, session 66)."""
    import importlib

    from stance.extract.assemble import statements_of
    from stance.extract.tagger import TaggedSpan

    start = text.index("party over mining bill")
    spans = [TaggedSpan("Source", 0, len("Senator"), 0.9), TaggedSpan("Cue", 8, 8 + len("breaks with"), 0.9),
             TaggedSpan("Content", start, start + len("party over mining bill"), 0.9)]
    assert statements_of(nlp(text), spans)[0].speaker == expected
    monkeypatch.setattr(importlib.import_module("stance.extract.speakers"), "HEADLINE_LEDES", False)
    assert statements_of(nlp(text), spans)[0].speaker == without


def test_a_speaker_mention_leaves_out_the_dateline(nlp, monkeypatch):
    """'COPENHAGEN - Nordhavn Breweries on Monday rejected ..., saying ...': the brewer speaks, and 'the
    company' after it is the brewer (`stance.extract.article.DATELINES_OUT`, session 66; 'Breweries' ends a
    company's name)."""
    text = ("COPENHAGEN - Nordhavn Breweries on Monday rejected the offer, saying the bid was too low.\n\n"
            "The board turned down the offer on Sunday, the company said.")
    on, off = _with_and_without(nlp, monkeypatch, "article", "DATELINES_OUT", text)
    assert [s for s, _ in on] == ["Nordhavn Breweries"] * 3  # rejected, saying; the company said
    assert [s for s, _ in off][0] == "COPENHAGEN - Nordhavn Breweries"


@pytest.mark.parametrize("module, flag, text, expected, without", [
    # a side verb after 'and' is the speaker's, not the said clause's subject's (`attribution.OUTER_SIDES`)
    ("attribution", "OUTER_SIDES",
     "Rosa Lind said the new timetable was \"a mess\" and blamed the rail operator for the delays.",
     [("Rosa Lind", 'the new timetable was "a mess"'), ("Rosa Lind", "the rail operator for the delays")],
     [("Rosa Lind", 'the new timetable was "a mess" and blamed the rail operator for the delays')]),
    # ... but a document can praise: the report's words stay whole
    ("attribution", "OUTER_SIDES", "Rosa Lind said the report faulted the operator and praised the drivers.",
     [("Rosa Lind", "the report faulted the operator and praised the drivers")],
     [("Rosa Lind", "the report faulted the operator and praised the drivers")]),
    # a finite verb in the cue's tense cannot share the clause's modal (`attribution.FINITE_CONJUNCTS`)
    ("attribution", "FINITE_CONJUNCTS",
     "Omar Haddad thinks the levy would hurt small shops, and wants the council to drop it.",
     [("Omar Haddad", "the levy would hurt small shops")],
     [("Omar Haddad", "the levy would hurt small shops, and wants the council to drop it")]),
    # ... a bare verb shares it: 'would hurt ... and drive'
    ("attribution", "FINITE_CONJUNCTS", "Omar Haddad said the levy would hurt small shops and drive buyers away.",
     [("Omar Haddad", "the levy would hurt small shops and drive buyers away")],
     [("Omar Haddad", "the levy would hurt small shops and drive buyers away")]),
    # a 'while' clause with a cue and a speaker of its own (`attribution.CONTRASTED_CUES`)
    ("attribution", "CONTRASTED_CUES",
     "The builders' guild said it backed the new code, while a rival group, Homes First, warned that costs "
     "would soar.",
     [("The builders' guild", "it backed the new code"), ("Homes First", "costs would soar")],
     [("The builders' guild", "it backed the new code, while a rival group, Homes First, warned that costs would "
                              "soar"), ("Homes First", "costs would soar")]),
    # ... a 'while' clause without a cue is part of what was said
    ("attribution", "CONTRASTED_CUES", "The guild said prices rose in March, while rents fell.",
     [("The guild", "prices rose in March, while rents fell")],
     [("The guild", "prices rose in March, while rents fell")]),
    # 'they' below the sentence's verb is its plural subject of people (`speakers.THEY_IN_SENTENCE`)
    ("speakers", "THEY_IN_SENTENCE",
     "Dozens of fishermen blocked the harbour on Friday over a quota cut, a step they say will sink their boats.",
     [("Dozens of fishermen", "will sink their boats")], [(None, "will sink their boats")]),
    ("speakers", "THEY_IN_SENTENCE", "The ministers met in Oslo, where they said the deal was close.",
     [("The ministers", "the deal was close")], [(None, "the deal was close")]),
    # 'she' after a speaker described by her work (`speakers.DESCRIBED_OCCUPATIONS`)
    ("speakers", "DESCRIBED_OCCUPATIONS",
     "Mayor Ingrid Sol said the depot would close.\n\nA bus driver at the depot said she was worried. \"I have "
     "driven this route for twenty years,\" she said.",
     [("Ingrid Sol", "the depot would close"), ("A bus driver at the depot", "she was worried"),
      ("A bus driver at the depot", "I have driven this route for twenty years")],
     [("Ingrid Sol", "the depot would close"), ("A bus driver at the depot", "she was worried"),
      ("Ingrid Sol", "I have driven this route for twenty years")]),
    # 'his ministry' is the ministry of the person 'his' refers to (`speakers.OWNED_BODIES`)
    ("speakers", "OWNED_BODIES",
     "Talks with Hungary collapsed on Thursday.\n\nPoland's chief negotiator, Arman Duse, walked out. In a "
     "statement released later, his ministry said it had offered generous terms.",
     [("Arman Duse's ministry", "it had offered generous terms")], [("his ministry", "it had offered generous terms")]),
    # ... nor a verb after a modal's perfect: 'would have cut costs and lowered prices'
    ("attribution", "FINITE_CONJUNCTS", "Marco Lenz argued that the merger would have cut costs and lowered prices.",
     [("Marco Lenz", "the merger would have cut costs and lowered prices")],
     [("Marco Lenz", "the merger would have cut costs and lowered prices")]),
    # a plural owner in an organisation's name is no person (`speakers.PLURAL_OWNERS_NOT_PEOPLE`)
    ("speakers", "PLURAL_OWNERS_NOT_PEOPLE",
     "The Shoppers' Alliance, which had campaigned against the merger for a year, said the ruling was fair.",
     [("The Shoppers' Alliance", "the merger"), ("The Shoppers' Alliance", "the ruling was fair")],
     [("Shoppers", "the merger"), ("Shoppers", "the ruling was fair")]),
    # 'Per' after a speech verb is a first name (`attribution.FIRST_NAME_PER`)
    ("attribution", "FIRST_NAME_PER", "\"We were worried,\" said Per Lund.", [("Per Lund", "We were worried")],
     [("Lund", "We were worried")]),
    # a side verb's second preposition is no part of its content (`attribution.ONE_SIDE_PREP`)
    # ('for a year' is no content preposition at all since session 69: `attribution.DATE_PREPS`)
    ("attribution", "ONE_SIDE_PREP", "The Shoppers' Alliance has campaigned hard against the deal for many reasons.",
     [("The Shoppers' Alliance", "the deal")], [("The Shoppers' Alliance", "the deal for many reasons")]),
    # 'which' opens an organisation's side as 'who' does (`attribution.WHICH_SIDES`)
    ("attribution", "WHICH_SIDES", "The Harbour Trust, which praised the plan, did not comment.",
     [("The Harbour Trust", "the plan")], []),
    # a company's name after a description of what it is (`speakers.ORG_DESCRIPTORS`)
    ("speakers", "ORG_DESCRIPTORS", "Budget airline SkyHop said it would cut routes.",
     [("SkyHop", "it would cut routes")], [("Budget airline SkyHop", "it would cut routes")]),
    # ... a title before a person's name stays the title's business
    ("speakers", "ORG_DESCRIPTORS", "Opposition leader Karin Solberg said the plan was wrong.",
     [("Karin Solberg", "the plan was wrong")], [("Karin Solberg", "the plan was wrong")]),
    # a body's spokesman speaks for the body that spoke last (`speakers.BODY_SPOKESPEOPLE`)
    ("speakers", "BODY_SPOKESPEOPLE",
     "The European Commission said it would open an inquiry.\n\nA Commission spokesman said the inquiry would "
     "take a year.",
     [("The European Commission", "it would open an inquiry"),
      ("The European Commission", "the inquiry would take a year")],
     [("The European Commission", "it would open an inquiry"),
      ("A Commission spokesman", "the inquiry would take a year")]),
    # ... not another body's
    ("speakers", "BODY_SPOKESPEOPLE",
     "The Defence Ministry said the drills were over.\n\nA Kremlin spokesman said the talks would go on.",
     [("The Defence Ministry", "the drills were over"), ("A Kremlin spokesman", "the talks would go on")],
     [("The Defence Ministry", "the drills were over"), ("A Kremlin spokesman", "the talks would go on")]),
    # 'X is against Y' takes a side (`attribution.COPULAR_SIDES`)
    ("attribution", "COPULAR_SIDES", "Senator Ruiz has been against the ferry levy from the start.",
     [("Ruiz", "the ferry levy")], []),
    ("attribution", "COPULAR_SIDES", "The mayor, who is against the toll, spoke first.",
     [("The mayor", "the toll")], []),
    # ... a count is no side
    ("attribution", "COPULAR_SIDES", "The vote was seven against four.", [], []),
    # ... and 'so opposed to X that ...' is opposed to X alone
    ("attribution", "COPULAR_SIDES", "Some councillors are so opposed to the ferry levy that they walked out.",
     [("Some councillors", "the ferry levy")], []),
    ("speakers", "ORG_DESCRIPTORS", "Developer Northgale Energy says the project would supply power to 80,000 homes.",
     [("Northgale Energy", "the project would supply power to 80,000 homes")],
     [("Developer Northgale Energy", "the project would supply power to 80,000 homes")]),
    # a name after a word for a body takes a side as the body (`attribution.DESCRIBED_BODIES`)
    ("attribution", "DESCRIBED_BODIES",
     "Environmental group Green Coast backs the wind farm but has asked the developer to move four turbines.",
     [("Green Coast", "the wind farm"), ("Green Coast", "the developer to move four turbines")],
     [("Green Coast", "the developer to move four turbines")]),
    # 'with X pointing to A and Y warning of B' (`attribution.ABSOLUTE_PAIRS`)
    ("attribution", "ABSOLUTE_PAIRS",
     "Plans for a wind farm have divided residents, with supporters pointing to cheaper power and opponents "
     "warning of ruined views.",
     [("supporters", "cheaper power"), ("opponents", "ruined views")],
     [("supporters", "cheaper power and opponents warning of ruined views"),
      ("cheaper power and opponents", "ruined views")]),
    # ... and with an auxiliary of its own in the cue's tense: 'fears ... and has started'
    ("attribution", "FINITE_CONJUNCTS",
     "Hotel owner Brit Solheim fears that the turbines will spoil the view, and has started a petition against "
     "the plan.",
     [("Brit Solheim", "the turbines will spoil the view")],
     [("Brit Solheim", "the turbines will spoil the view, and has started a petition against the plan")]),
    # a cue after 'and' with an auxiliary is the speaker's (`attribution.OUTER_AUXILIARIES`)
    ("attribution", "OUTER_AUXILIARIES",
     "Omar Haddad said the levy would hurt small shops and has urged the council to drop it.",
     [("Omar Haddad", "the levy would hurt small shops"), ("Omar Haddad", "the council to drop it")],
     [("Omar Haddad", "the levy would hurt small shops and has urged the council to drop it"),
      ("the levy", "the council to drop it")]),
], ids=["side-verb", "document-side", "finite", "bare", "while-cue", "while-plain", "they-count", "they-title",
        "occupation", "his-ministry", "perfect", "plural-owner", "per", "one-prep", "which", "airline", "leader",
        "commission-spokesman", "other-spokesman", "against", "who-is-against", "count", "so-opposed", "developer",
        "group", "with-pairs", "finite-aux", "outer-aux"])
def test_session_67_rules(nlp, monkeypatch, module, flag, text, expected, without):
    """Statements with a session-67 rule on, then off (`stance.extract.<module>.<flag>`)."""
    assert _with_and_without(nlp, monkeypatch, module, flag, text) == (expected, without)


def test_a_second_that_clause_belongs_to_the_content(nlp, monkeypatch):
    """'told reporters that X and that Y': Y is said too, though the parse hangs it on the cue
    (`stance.extract.attribution.SECOND_THAT_CLAUSES`, session 67)."""
    text = "The union's leader told a rally that the offer \"insults every nurse\" and that members would strike."
    assert _with_and_without(nlp, monkeypatch, "attribution", "SECOND_THAT_CLAUSES", text) == (
        [("The union's leader", 'the offer "insults every nurse" and that members would strike')],
        [("The union's leader", 'the offer "insults every nurse"')])



@pytest.mark.parametrize("module, flag, text, expected, without", [
    # a coordinated verb in the said clause's tense, not the cue's, stays in the clause (`attribution.CLAUSE_TENSES`)
    ("attribution", "CLAUSE_TENSES",
     "Residents' groups wrote to the council, saying the new road is too loud and threatens the park.",
     [("Residents' groups", "the new road is too loud and threatens the park")],
     [("Residents' groups", "the new road is too loud"), ("Residents' groups", "the park")]),
    # ... a verb in the cue's tense is still the speaker's next act
    ("attribution", "CLAUSE_TENSES",
     "The harbour board said the storm caused no damage and warned that the quay would stay shut.",
     [("The harbour board", "the storm caused no damage"), ("The harbour board", "the quay would stay shut")],
     [("The harbour board", "the storm caused no damage"), ("The harbour board", "the quay would stay shut")]),
    # a bare 'A spokeswoman' in the paragraph where an organisation spoke (`speakers.BARE_SPOKESPEOPLE`)
    ("speakers", "BARE_SPOKESPEOPLE",
     "The Harbour Trust said it was studying the plan. Its members met on Monday. A spokeswoman said no decision "
     "would be made before May.",
     [("The Harbour Trust", "it was studying the plan"), ("The Harbour Trust", "no decision would be made before May")],
     [("The Harbour Trust", "it was studying the plan"), ("A spokeswoman", "no decision would be made before May")]),
    # ... not in a later paragraph
    ("speakers", "BARE_SPOKESPEOPLE",
     "The Harbour Trust said it was studying the plan.\n\nA spokeswoman said no decision would be made before May.",
     [("The Harbour Trust", "it was studying the plan"), ("A spokeswoman", "no decision would be made before May")],
     [("The Harbour Trust", "it was studying the plan"), ("A spokeswoman", "no decision would be made before May")]),
    # the day it was said, hung by the parse on the clause said (`assemble.LEADING_DATES`)
    ("assemble", "LEADING_DATES",
     "DUNDEE - Marlow Textiles said on Monday it would close its mill and move the work abroad.",
     [("Marlow Textiles", "it would close its mill and move the work abroad")],
     [("Marlow Textiles", "on Monday it would close its mill and move the work abroad")]),
    # 'May' before a past tense is a name, not a modal (`attribution.MODAL_NAMES`)
    ("attribution", "MODAL_NAMES",
     "Finance Minister Rosa May told parliament that the budget was balanced.\n\nMay said the harbour fund would "
     "open in June.",
     [("Rosa May", "the budget was balanced"), ("Rosa May", "the harbour fund would open in June")],
     [("Rosa May", "the budget was balanced")]),
    # 'their union' is the one union the article names (`speakers.POSSESSED_BODIES`)
    ("speakers", "POSSESSED_BODIES",
     "Bus drivers will stay out after their union rejected a new offer. The Harbour City Transit Union "
     "said the deal was fair.",
     [("Harbour City Transit Union", "a new offer"), ("Harbour City Transit Union", "the deal was fair")],
     [("their union", "a new offer"), ("The Harbour City Transit Union", "the deal was fair")]),
    # a conjunct opened by 'that' stays in the content, whatever its verb (`attribution.THAT_CONJUNCTS`)
    ("attribution", "THAT_CONJUNCTS",
     "Councillor Ada Moss wrote that the mayor had \"given up\" and that he was putting tourists ahead of residents.",
     [("Ada Moss", 'the mayor had "given up" and that he was putting tourists ahead of residents')],
     [("Ada Moss", 'the mayor had "given up"')]),
    # a name the recogniser ends at a particle runs on ('Mark van' + 'den Hoek'; `speakers.PARTICLE_NAMES`)
    ("speakers", "PARTICLE_NAMES",
     "Growers' association chairman Mark van den Hoek called the limits \"unworkable\" and said members would "
     "protest.",
     [("Mark van den Hoek", "members would protest")], [("Mark van", "members would protest")]),
    # 'the statement said' after an organisation spoke in a statement (`speakers.ISSUED_STATEMENTS`)
    ("speakers", "ISSUED_STATEMENTS",
     "Northgate Foods said in a statement that the recall was a precaution. \"No one has fallen ill,\" the "
     "statement said.",
     [("Northgate Foods", "the recall was a precaution"), ("Northgate Foods", "No one has fallen ill")],
     [("Northgate Foods", "the recall was a precaution"), ("the statement", "No one has fallen ill")]),
    # the subject hung on the dateline as its apposition (`attribution.DATELINE_APPOSITIONS`)
    ("attribution", "DATELINE_APPOSITIONS",
     "Israel Rejects Ceasefire Call as Pressure Mounts\n\nJERUSALEM - Israel on Sunday rejected a call by the "
     "United Nations Security Council for an immediate ceasefire in Gaza, saying a pause would only allow Hamas to "
     "regroup.",
     [("Israel", "a pause would only allow Hamas to regroup")],
     [("JERUSALEM - Israel", "a pause would only allow Hamas to regroup")]),
    # 'with X saying A and Y warning B', the second participle hung on 'with' (`attribution.ABSOLUTE_CLAUSE_PAIRS`)
    ("attribution", "ABSOLUTE_CLAUSE_PAIRS",
     "A plan to add bike lanes has divided the council, with supporters saying it will save lives and critics "
     "warning it will choke traffic.",
     [("supporters", "it will save lives"), ("critics", "it will choke traffic")],
     [("supporters", "it will save lives and critics")]),
    # a relative clause on a description in apposition to a name speaks as the name (`speakers.RELATIVE_APPOSITIONS`)
    ("speakers", "RELATIVE_APPOSITIONS",
     "Sen. Rosa Lind, a Vermont Democrat who had opposed earlier versions, voted to advance the bill.",
     [("Rosa Lind", "earlier versions")], [("a Vermont Democrat", "earlier versions")]),
    # an organisation's name after 'her' speaks under the name alone (`speakers.OWNED_NAMES`)
    ("speakers", "OWNED_NAMES",
     "Opposition leader Kari Lund said the plan was rushed. Her Green Harbour Party said it would vote against the "
     "plan.",
     [("Kari Lund", "the plan was rushed"), ("Green Harbour Party", "it would vote against the plan")],
     [("Kari Lund", "the plan was rushed"), ("Her Green Harbour Party", "it would vote against the plan")]),
], ids=["clause-tense", "cue-tense", "bare-spokeswoman", "bare-spokeswoman-later", "leading-day", "may-said",
        "their-union", "that-conjunct", "particle-name", "the-statement", "dateline-apposition", "with-clauses",
        "relative-apposition", "owned-name"])
def test_session_68_rules(nlp, monkeypatch, module, flag, text, expected, without):
    """Statements with a session-68 rule on, then off (`stance.extract.<module>.<flag>`)."""
    assert _with_and_without(nlp, monkeypatch, module, flag, text) == (expected, without)


@pytest.mark.parametrize("text, gender", [
    ("Finance Minister Grant Miller threw his weight behind the sale.", "m"),
    ("Councillor Robin Ortiz raised her hand to speak.", "f"),
])
def test_his_or_her_right_after_a_name_tells_its_gender(monkeypatch, text, gender):
    """'Grant Miller threw his weight behind the sale' makes Grant Miller a man for 'him' later
    (`stance.extract.speakers.OWN_POSSESSIVES`, session 68)."""
    from stance.extract import speakers

    name = text.split(" threw")[0].split(" raised")[0].split("Minister ")[-1].split("Councillor ")[-1]
    assert speakers.name_gender(name, text) == gender
    monkeypatch.setattr(speakers, "OWN_POSSESSIVES", False)
    assert speakers.name_gender(name, text) is None


_POPE = ("Pope Calls for Peace Talks as Fighting Spreads\n\nVATICAN CITY - Pope Leo called on Sunday for an immediate "
         "ceasefire in the border war between the two neighbours, telling pilgrims in St. Peter's Square that \"no "
         "victory is worth the lives of children.\"")


@pytest.mark.parametrize("module, flag, text, expected, without", [
    # a word in lower case after a word continues its sentence (`pipeline.LOWERCASE_CONTINUES`)
    ("pipeline", "LOWERCASE_CONTINUES",
     "Teachers' Union Endorses Pay Deal, Ending Months of Strikes\n\nMembers of the National Education Union voted "
     "by a wide margin to accept the government's pay offer, the union announced on Friday.",
     [("the union", "Members of the National Education Union voted by a wide margin to accept the government's pay "
       "offer")],
     [("the union", "voted by a wide margin to accept the government's pay offer")]),
    # a participle's subject past the dateline the parse made a subject too (`attribution.CLIMBED_DATELINES`)
    ("attribution", "CLIMBED_DATELINES", _POPE,
     [("Pope Leo", "Peace Talks"), ("Pope Leo", "an immediate ceasefire in the border war between the two neighbours"),
      ("Pope Leo", '"no victory is worth the lives of children."')],
     [("Pope Leo", "Peace Talks"), ("Pope Leo", "an immediate ceasefire in the border war between the two neighbours"),
      ("VATICAN CITY", '"no victory is worth the lives of children."')]),
    # the lede's subject past its dateline names the headline's (`assemble.LEDE_SUBJECT_PAST_DATELINE`)
    ("assemble", "LEDE_SUBJECT_PAST_DATELINE", _POPE.split(", telling")[0] + ".",
     [("Pope Leo", "Peace Talks"), ("Pope Leo", "an immediate ceasefire in the border war between the two neighbours")],
     [("VATICAN CITY", "Peace Talks"),
      ("Pope Leo", "an immediate ceasefire in the border war between the two neighbours")]),
    # 'on Sunday' is no content preposition of 'call on' (`attribution.DATE_PREPS`)
    ("attribution", "DATE_PREPS", "Bishop Ann Hale called on Sunday for an end to the harbour dispute.",
     [("Bishop Ann Hale", "an end to the harbour dispute")],
     [("Bishop Ann Hale", "Sunday for an end to the harbour dispute")]),
    # 'and apologized' is the speaker's act, not the said clause's (`attribution.SPEAKER_ACT_CONJUNCTS`)
    ("attribution", "SPEAKER_ACT_CONJUNCTS",
     "Chief executive Brian Walsh said in a letter to owners that safety was the company's highest priority and "
     "apologized for the inconvenience.",
     [("Brian Walsh", "safety was the company's highest priority")],
     [("Brian Walsh", "safety was the company's highest priority and apologized for the inconvenience")]),
    # 'that promise': a demonstrative stays in the content (`article.DEMONSTRATIVE_THAT`)
    ("article", "DEMONSTRATIVE_THAT", "The dockers' union dismissed that promise as empty.",
     [("The dockers' union", "that promise as empty")], [("The dockers' union", "promise as empty")]),
    # 'the company said' after a clause that opens with the company's name (`speakers.FRONTED_ORG_SUBJECTS`)
    ("speakers", "FRONTED_ORG_SUBJECTS",
     "Automaker Recalls 300,000 Cars\n\nDETROIT - Carver Motors is recalling about 300,000 sedans because a battery "
     "cable can overheat, the company said on Friday.",
     [("Carver Motors", "Carver Motors is recalling about 300,000 sedans because a battery cable can overheat")],
     [("the company", "Carver Motors is recalling about 300,000 sedans because a battery cable can overheat")]),
    # 'the mayor of Leeds' is the mayor named below (`speakers.PLACE_DESCRIPTIONS`)
    ("speakers", "PLACE_DESCRIPTIONS",
     "The mayor of Leeds backed the charge on Monday, saying it would clean the air.\n\n\"We cannot wait,\" Mayor "
     "Rachel Okafor told reporters.",
     [("Rachel Okafor", "the charge on Monday"), ("Rachel Okafor", "it would clean the air"),
      ("Rachel Okafor", "We cannot wait")],
     [("The mayor of Leeds", "the charge on Monday"), ("The mayor of Leeds", "it would clean the air"),
      ("Rachel Okafor", "We cannot wait")]),
    # "the city's finance director" is no one named before (`speakers.POSSESSED_ROLES`)
    ("speakers", "POSSESSED_ROLES",
     "Bill Ames said the city could not afford the branch.\n\nAccording to the city's finance director, keeping the "
     "branch open will cost about $400,000 a year.",
     [("Bill Ames", "the city could not afford the branch"),
      ("the city's finance director", "keeping the branch open will cost about $400,000 a year")],
     [("Bill Ames", "the city could not afford the branch"),
      ("Bill Ames", "keeping the branch open will cost about $400,000 a year")]),
    # "the hospital's management" is the body a later 'It' is (`speakers.MANAGEMENTS`)
    ("speakers", "MANAGEMENTS",
     "Their union said the nurses would strike. The hospital's management said the offer was generous. It said it "
     "would bring in replacement nurses.",
     [("Their union", "the nurses would strike"), ("The hospital's management", "the offer was generous"),
      ("The hospital's management", "it would bring in replacement nurses")],
     [("Their union", "the nurses would strike"), ("The hospital's management", "the offer was generous"),
      ("Their union", "it would bring in replacement nurses")]),
    # a coordinated verb right after a noun the parse hung elsewhere has it as subject (`attribution.ADJACENT_SUBJECTS`)
    ("attribution", "ADJACENT_SUBJECTS",
     "The governor defended the plan, even as long queues formed outside banks and businesses said they could not "
     "get enough cash.",
     [("The governor", "the plan"), ("businesses", "they could not get enough cash")],
     [("The governor", "the plan"), ("The governor", "they could not get enough cash")]),
    # 'called for' a clause the parse opens with 'for' as its mark (`attribution.FOR_CLAUSES`)
    ("attribution", "FOR_CLAUSES",
     "The opposition candidate said the policy had caused needless suffering and called for the deadline to be "
     "extended.",
     [("The opposition candidate", "the policy had caused needless suffering"),
      ("The opposition candidate", "the deadline to be extended")],
     [("The opposition candidate", "the policy had caused needless suffering")]),
    # 'it' alone is the content of a side verb (`attribution.PRONOUN_CONTENTS`)
    ("attribution", "PRONOUN_CONTENTS",
     "Commissioner Rene Gonzalez said the parks had to be safe.\n\nCommissioner Carmen Rubio voted against it.",
     [("Rene Gonzalez", "the parks had to be safe"), ("Carmen Rubio", "it")],
     [("Rene Gonzalez", "the parks had to be safe")]),
    # a name with a company in apposition is one that 'the company' may be later (`speakers.APPOSED_ORGS`)
    ("speakers", "APPOSED_ORGS",
     "Maersk, the world's second-largest container shipping company, said on Friday that it would send its ships "
     "around Africa.\n\nThe company said the safety of its crews came first.",
     [("Maersk", "it would send its ships around Africa"), ("Maersk", "the safety of its crews came first")],
     [("Maersk", "it would send its ships around Africa"), ("The company", "the safety of its crews came first")]),
    # a description, a comma and a name the parse took into it is the person named (`speakers.DESCRIPTIONS_THEN_NAMES`)
    ("speakers", "DESCRIPTIONS_THEN_NAMES",
     "Council leader Ruth Gaunt said a single force would save money.\n\nHer counterpart in Westdale, Tony Marsh, said "
     "the merger would leave rural areas without police.",
     [("Ruth Gaunt", "a single force would save money"),
      ("Tony Marsh", "the merger would leave rural areas without police")],
     [("Ruth Gaunt", "a single force would save money"),
      ("Her counterpart in Westdale, Tony Marsh", "the merger would leave rural areas without police")]),
], ids=["lowercase-continues", "climbed-dateline", "lede-past-dateline", "date-prep", "speaker-act", "demonstrative",
        "fronted-org", "place-description", "possessed-role", "management", "adjacent-subject", "for-clause",
        "pronoun-content", "apposed-org", "description-then-name"])
def test_session_69_rules(nlp, monkeypatch, module, flag, text, expected, without):
    """Statements with a session-69 rule on, then off (`stance.extract.<module>.<flag>`)."""
    assert _with_and_without(nlp, monkeypatch, module, flag, text) == (expected, without)


@pytest.mark.parametrize("module, flag, text, expected, without", [
    # a dateline with the city's country names no one (`lexicon.DATELINE_REGIONS`)
    ("lexicon", "DATELINE_REGIONS",
     "Minister defends fuel subsidy cut as protests spread\n\nABUJA, Nigeria (Reuters) - Finance Minister Ngozi "
     "Adeyemi on Monday defended the government's decision to end fuel subsidies, saying the country could no longer "
     "afford them.",
     [("Ngozi Adeyemi", "fuel subsidy cut"), ("Ngozi Adeyemi", "the government's decision to end fuel subsidies"),
      ("Ngozi Adeyemi", "the country could no longer afford them")],
     [("Ngozi Adeyemi", "fuel subsidy cut"), ("ABUJA", "the government's decision to end fuel subsidies"),
      ("ABUJA", "the country could no longer afford them")]),
    # 'it' is the body the sentence before is about (`speakers.IT_SUBJECT_BODIES`)
    ("speakers", "IT_SUBJECT_BODIES",
     "Ferry Levy Passes\n\nThe dockers' union welcomed the levy.\n\nThe regional hoteliers' federation struck a more "
     "cautious tone. In a statement, it said the levy would deter visitors.",
     [("The dockers' union", "the levy"), ("The regional hoteliers' federation", "the levy would deter visitors")],
     [("The dockers' union", "the levy"), ("The dockers' union", "the levy would deter visitors")]),
    # a speech verb after a passive said clause is the speaker's (`attribution.PASSIVE_CLAUSE_OUTERS`)
    ("attribution", "PASSIVE_CLAUSE_OUTERS",
     "The union said staff had not been consulted and warned that many would leave.",
     [("The union", "staff had not been consulted"), ("The union", "many would leave")],
     [("The union", "staff had not been consulted and warned that many would leave")]),
    # a clerk is someone 'he' may be (`speakers.MORE_OCCUPATIONS`)
    ("speakers", "MORE_OCCUPATIONS",
     "Minister Ann Ortiz said the levy was fair.\n\nA ferry ticket clerk in Kestrel Bay said passengers had fallen by "
     "half. \"People are driving now,\" he said.",
     [("Ann Ortiz", "the levy was fair"), ("A ferry ticket clerk in Kestrel Bay", "passengers had fallen by half"),
      ("A ferry ticket clerk in Kestrel Bay", "People are driving now")],
     [("Ann Ortiz", "the levy was fair"), ("A ferry ticket clerk in Kestrel Bay", "passengers had fallen by half"),
      (None, "People are driving now")]),
    # what critics call it is not what supporters say (`attribution.CONJ_NOUN_SUBJECTS`)
    ("attribution", "CONJ_NOUN_SUBJECTS",
     "The council approved a new ferry levy, a charge that supporters say will bring 900 jobs and critics call a tax "
     "on islanders.",
     [("supporters", "will bring 900 jobs")],
     [("supporters", "will bring 900 jobs and critics call a tax on islanders")]),
    # 'its chairman' after a content whose subject is a body (`speakers.FRONTED_ORG_OWNERS`)
    ("speakers", "FRONTED_ORG_OWNERS",
     "The dockers' union said the levy was fair.\n\nThe Island Alliance rejects any new charge on the crossings, its "
     "chairman said.",
     [("The dockers' union", "the levy was fair"),
      ("Island Alliance's chairman", "The Island Alliance rejects any new charge on the crossings")],
     [("The dockers' union", "the levy was fair"),
      ("The dockers' union's chairman", "The Island Alliance rejects any new charge on the crossings")]),
    # 'who' after a phrase that names a thing refers to the people it hangs on (`speakers.WHO_PAST_THINGS`)
    ("speakers", "WHO_PAST_THINGS",
     "Ferry Levy Unveiled\n\nGovernor Ann Ortiz unveiled a ferry levy on Tuesday, drawing fire from rivals for the "
     "Liberal nomination who said it would hurt islanders.",
     [("rivals for the Liberal nomination", "it would hurt islanders")],
     [("the Liberal nomination", "it would hurt islanders")]),
    # 'The senator, a former ...' is the senator (`speakers.APPOSED_DESCRIPTIONS`)
    ("speakers", "APPOSED_DESCRIPTIONS",
     "Ferry speech\n\nSen. Nathan Corwin of Ontario called for a new ferry levy. \"It is overdue,\" Corwin said.\n\n"
     "The senator, a former Coast Guard captain, said the levy would fund new boats.",
     [("Nathan Corwin", "a new ferry levy"), ("Nathan Corwin", "It is overdue"),
      ("Nathan Corwin", "the levy would fund new boats")],
     [("Nathan Corwin", "a new ferry levy"), ("Nathan Corwin", "It is overdue"),
      ("The senator, a former Coast Guard captain", "the levy would fund new boats")]),
    # 'Sen.' is 'the senator' (`speakers.EXPANDED_TITLES`)
    ("speakers", "EXPANDED_TITLES",
     "Ferry speech\n\nSen. Nathan Corwin of Ontario, a candidate for governor, called for a new ferry levy. \"It is "
     "overdue,\" Corwin said.\n\nThe senator said the levy would fund new boats.",
     [("Nathan Corwin", "a new ferry levy"), ("Nathan Corwin", "It is overdue"),
      ("Nathan Corwin", "the levy would fund new boats")],
     [("Nathan Corwin", "a new ferry levy"), ("Nathan Corwin", "It is overdue"),
      ("The senator", "the levy would fund new boats")]),
    # a father's 'he' says nothing of his child's gender (`speakers.KIN_ASIDE`)
    ("speakers", "KIN_ASIDE",
     "Race turns bitter\n\nMarisol Ortiz criticised her rival, Tom Berg, on Monday.\n\nOrtiz's father, a ferry "
     "captain, died of injuries he suffered at sea.\n\nBerg said the remark was about her record.\n\n\"I will not let "
     "it drop,\" she said.",
     [("Ortiz", "her rival, Tom Berg, on Monday"), ("Tom Berg", "the remark was about her record"),
      ("Ortiz", "I will not let it drop")],
     [("Ortiz", "her rival, Tom Berg, on Monday"), ("Tom Berg", "the remark was about her record"),
      (None, "I will not let it drop")]),
    # 'Ortiz on Ferry Levy: ...' is Ortiz's (`headlines.HEADLINE_ON_TOPICS`)
    ("headlines", "HEADLINE_ON_TOPICS",
     "Ortiz on Ferry Levy: 'It Must Go'\n\nRep. Ann Ortiz said on Monday that the ferry levy was unfair.",
     [("Ann Ortiz", "It Must Go"), ("Ann Ortiz", "the ferry levy was unfair")],
     [("Ann Ortiz", "the ferry levy was unfair")]),
    # a speaker mention that starts inside the dateline loses it (`article.DATELINE_TAIL_MENTIONS`)
    ("article", "DATELINE_TAIL_MENTIONS",
     "Ferry Workers Reject Union\n\nBESSEMER, Ala. - Workers at the ferry depot near Birmingham have voted against "
     "forming a union.",
     [("Workers at the ferry depot near Birmingham", "forming a union")],
     [("Ala. - Workers at the ferry depot near Birmingham", "forming a union")]),
    # 'it' after a content whose subject is a company is that company (`speakers.FRONTED_IT_SUBJECTS`)
    ("speakers", "FRONTED_IT_SUBJECTS",
     "Union slams ferry cuts\n\nKestrel Bank is to cut about 300 jobs over the next two years and close 40 branches, "
     "it said on Thursday, drawing criticism from unions.",
     [("Union", "ferry cuts"),
      ("Kestrel Bank", "Kestrel Bank is to cut about 300 jobs over the next two years and close 40 branches")],
     [("Union", "ferry cuts"),
      ("Union", "Kestrel Bank is to cut about 300 jobs over the next two years and close 40 branches")]),
    # a nationality before a company's description (`speakers.NATIONAL_DESCRIPTORS`)
    ("speakers", "NATIONAL_DESCRIPTORS",
     "Kestrel defends ferry fee\n\nMUMBAI, Dec 4 (Reuters) - Indian budget carrier Kestrel Airlines on Wednesday "
     "defended a new fee for cabin bags.",
     [("Kestrel Airlines", "ferry fee"), ("Kestrel Airlines", "a new fee for cabin bags")],
     [("Kestrel", "ferry fee"), ("Indian budget carrier Kestrel Airlines", "a new fee for cabin bags")]),
    # a company after its country's possessive (`speakers.COUNTRY_OWNED_NAMES`)
    ("speakers", "COUNTRY_OWNED_NAMES",
     "India's Kestrel defends ferry fee\n\nIndian budget carrier Kestrel Airlines on Wednesday defended a new fee.\n\n"
     "Kestrel said the fee would cut fares.",
     [("Kestrel Airlines", "ferry fee"), ("Kestrel Airlines", "a new fee"),
      ("Kestrel Airlines", "the fee would cut fares")],
     [("India's Kestrel", "ferry fee"), ("Kestrel Airlines", "a new fee"),
      ("India's Kestrel", "the fee would cut fares")]),
    # a company's short name is its full one (`assemble.ORG_SHORT_NAMES`)
    ("assemble", "ORG_SHORT_NAMES",
     "Kestrel defends ferry fee\n\nIndian budget carrier Kestrel Airlines on Wednesday defended a new fee.\n\n"
     "Kestrel said the fee would cut fares.",
     [("Kestrel Airlines", "ferry fee"), ("Kestrel Airlines", "a new fee"),
      ("Kestrel Airlines", "the fee would cut fares")],
     [("Kestrel", "ferry fee"), ("Kestrel Airlines", "a new fee"), ("Kestrel", "the fee would cut fares")]),
    # a firm's name after a word for a firm is no person 'he' may be (`speakers.DESCRIBED_FIRMS`)
    ("speakers", "DESCRIBED_FIRMS",
     "Ferry founder appeals\n\nLawyers for the ferry entrepreneur Daniel Brennan told the court on Tuesday that his "
     "extradition would breach his rights.\n\nBrennan, 41, who founded the payments start-up Lumenpay, is accused by "
     "prosecutors of misleading investors. He denies any wrongdoing.",
     [("Lawyers for the ferry entrepreneur Daniel Brennan", "his extradition would breach his rights"),
      ("prosecutors", "Brennan, 41, who founded the payments start-up Lumenpay"), ("Daniel Brennan", "any wrongdoing")],
     [("Lawyers for the ferry entrepreneur Daniel Brennan", "his extradition would breach his rights"),
      ("prosecutors", "Brennan, 41, who founded the payments start-up Lumenpay"), ("Lumenpay", "any wrongdoing")]),
    # a said clause with no subject takes in the noun parsed as the verb's object (`attribution.SUBJECTS_AS_OBJECTS`)
    ("attribution", "SUBJECTS_AS_OBJECTS",
     "Ferry fees\n\nLena Hoffmann said pressure from Kingston, the main buyer of the tickets, might matter more than "
     "protests.",
     [("Lena Hoffmann", "pressure from Kingston, the main buyer of the tickets, might matter more than protests")],
     [("Lena Hoffmann", "might matter more than protests")]),
    # 'Its Ministry of ...' after a country's sentence is that country's (`speakers.ITS_OWNERS`)
    ("speakers", "ITS_OWNERS",
     "Dam approved\n\nLaos approved the dam on Wednesday.\n\nCambodia disagreed. Its Ministry of Water Resources said "
     "the consultation had been a formality.",
     [("Cambodia's Ministry of Water Resources", "the consultation had been a formality")],
     [("Its Ministry of Water Resources", "the consultation had been a formality")]),
    # a side verb with a gerund clause takes a side toward it (`attribution.GERUND_SIDES`)
    ("attribution", "GERUND_SIDES",
     "Ferry levy\n\nThe ferry operators' association said it supported safety checks but opposed making them a "
     "condition of every sailing.",
     [("The ferry operators' association", "it supported safety checks"),
      ("The ferry operators' association", "making them a condition of every sailing")],
     [("The ferry operators' association", "it supported safety checks")]),
    # a description with a 'who' clause is a person 'he' may be, whatever its noun (`speakers.MORE_OCCUPATIONS`)
    ("speakers", "MORE_OCCUPATIONS",
     "Minister Ann Ortiz said the levy was fair.\n\nA visitor from Leeds, who asked not to be named, said the queues "
     "were long. \"People are driving now,\" he said.",
     [("Ann Ortiz", "the levy was fair"), ("A visitor from Leeds", "the queues were long"),
      ("A visitor from Leeds", "People are driving now")],
     [("Ann Ortiz", "the levy was fair"), ("A visitor from Leeds", "the queues were long"),
      (None, "People are driving now")]),
    # a surname the recogniser missed, as a main clause's subject, is whom 'he' refers to (`speakers.UNTAGGED_SURNAMES`)
    ("speakers", "UNTAGGED_SURNAMES",
     "Ferry tariff rises\n\nOpposition leader Rafael Mendes said the rise was unfair.\n\nCouncillor Joanna Petrie "
     "welcomed a clause protecting pensioners.\n\nMendes has refused to step aside as party leader after he lost the "
     "last election. On Tuesday he said he would stand again.",
     [("Rafael Mendes", "the rise was unfair"), ("Joanna Petrie", "a clause protecting pensioners"),
      ("Rafael Mendes", "he would stand again")],
     [("Rafael Mendes", "the rise was unfair"), ("Joanna Petrie", "a clause protecting pensioners"),
      ("Joanna Petrie", "he would stand again")]),
    # a bank named like a person is no one 'he' refers to (`speakers.ORGS_NOT_DESCRIBED`)
    ("speakers", "ORGS_NOT_DESCRIBED",
     "Ferry tariff rises\n\nOpposition leader Rafael Mendes said the rise was unfair.\n\nThe lender that finances the "
     "ferry upgrade, Coastline Bank, said the project could not go ahead without it.\n\nOn Tuesday he said he would "
     "stand again.",
     [("Rafael Mendes", "the rise was unfair"), ("Coastline Bank", "the project could not go ahead without it"),
      ("Rafael Mendes", "he would stand again")],
     [("Rafael Mendes", "the rise was unfair"), ("Coastline Bank", "the project could not go ahead without it"),
      ("Coastline Bank", "he would stand again")]),
    # 'A spokeswoman' after a sentence about a bank speaks for the bank (`speakers.SUBJECT_SPOKESPEOPLE`)
    ("speakers", "SUBJECT_SPOKESPEOPLE",
     "Ferry levy split\n\nThe dockers' union welcomed the levy.\n\nThe Harbour Bank, which owns the ferries, has "
     "stayed cautious. A spokeswoman said the bank would study the plan.",
     [("The dockers' union", "the levy"), ("The Harbour Bank", "the bank would study the plan")],
     [("The dockers' union", "the levy"), ("A spokeswoman", "the bank would study the plan")]),
    # what a reporter asks is not what the one asked expects (`attribution.QUESTIONED_BELIEFS`)
    ("attribution", "QUESTIONED_BELIEFS",
     "Stadium\n\nCounty Executive Dan Morrow said he was disappointed. Asked whether he still expected the deal to "
     "pass, Morrow said he did.",
     [("Dan Morrow", "he was disappointed"), ("Dan Morrow", "he did")],
     [("Dan Morrow", "he was disappointed"), ("Dan Morrow", "the deal to pass"), ("Dan Morrow", "he did")]),
    # a cue hung on a quoted verb speaks for who said the quote (`attribution.QUOTED_CLIMBS`)
    ("attribution", "QUOTED_CLIMBS",
     "Ferry fee\n\nIn a statement, the Island Walkers Forum, a charity, said the fee undermined \"the principle that "
     "the ferries belong to everyone\" and accused the board of ignoring 4,000 objections.",
     [("the Island Walkers Forum", "the fee undermined \"the principle that the ferries belong to everyone\""),
      ("the Island Walkers Forum", "the board of ignoring 4,000 objections")],
     [("the Island Walkers Forum", "the fee undermined \"the principle that the ferries belong to everyone\" and "
       "accused the board of ignoring 4,000 objections"), ("the ferries", "the board of ignoring 4,000 objections")]),
    # 'The leader of the council' is no one named before (`speakers.OF_ROLES`)
    ("speakers", "OF_ROLES",
     "Ferry renamed\n\nCouncillor Mary Oyelaran said the change was overdue.\n\nDr Peter Lindqvist, a historian who "
     "gave evidence to the council, disagreed.\n\nThe leader of the council declined to say whether the decision "
     "could be revisited.",
     [("Mary Oyelaran", "the change was overdue"),
      ("The leader of the council", "whether the decision could be revisited")],
     [("Mary Oyelaran", "the change was overdue"), ("Mary Oyelaran", "whether the decision could be revisited")]),
    # 'the 58-year-old' is the person named just before (`speakers.AGE_DESCRIPTIONS`)
    ("speakers", "AGE_DESCRIPTIONS",
     "Ferry fee\n\nTom Hadley, who runs a campsite near the pier, said the fee would drive away families. \"People "
     "come here because the crossing is cheap,\" the 58-year-old said.",
     [("Tom Hadley", "the fee would drive away families"),
      ("Tom Hadley", "People come here because the crossing is cheap")],
     [("Tom Hadley", "the fee would drive away families"),
      ("the 58-year-old", "People come here because the crossing is cheap")]),
    # 'the 17-year-old said', misparsed, has the 17-year-old as its subject (`attribution.AGE_SUBJECTS`)
    ("attribution", "AGE_SUBJECTS",
     "Vote at 16\n\nAisha Rahman, who founded a Vote at 16 group at her school, has collected 30,000 signatures. \"We "
     "pay tax, we can work - why can't we vote?\" the 17-year-old said.",
     [("Aisha Rahman", "We pay tax, we can work - why can't we vote?")],
     [(None, "We pay tax, we can work - why can't we vote?")]),
    # a quotation after 'X was scathing.' is X's (`assemble.MOODS_BEFORE_QUOTES`)
    ("assemble", "MOODS_BEFORE_QUOTES",
     "Ferry deal\n\nCouncillor Teresa Guzman, who voted against the ferry deal, was scathing. \"We were told this "
     "would pay for itself. So who is paying for it now?\"",
     [("Teresa Guzman", "the ferry deal"),
      ("Teresa Guzman", "We were told this would pay for itself. So who is paying for it now?")],
     [("Teresa Guzman", "the ferry deal"),
      (None, "We were told this would pay for itself. So who is paying for it now?")]),
], ids=["dateline-region", "it-subject-body", "passive-clause-outer", "more-occupations", "conj-noun-subject",
        "fronted-org-owner", "who-past-things", "apposed-description", "expanded-titles", "kin-aside",
        "headline-on-topic", "dateline-tail-mention", "fronted-it-subject", "national-descriptor", "country-owned-name",
        "org-short-name", "described-firm", "subject-as-object", "its-owner", "gerund-side", "who-described",
        "untagged-surname", "org-not-described", "subject-spokesperson", "questioned-belief",
        "quoted-climb", "of-role", "age-description", "age-subject", "mood-before-quote"])
def test_session_70_rules(nlp, monkeypatch, module, flag, text, expected, without):
    """Statements with a session-70 rule on, then off (`stance.extract.<module>.<flag>`)."""
    assert _with_and_without(nlp, monkeypatch, module, flag, text) == (expected, without)


@pytest.mark.parametrize("module, flag, text, expected, without", [
    # an absolute clause is no content; the quotation after it is the speaker's (`attribution.ABSOLUTE_CLAUSES`)
    ('attribution', 'ABSOLUTE_CLAUSES',
     'Ferry fraud trial\n\n"I never saw the money," Hale said from the witness box, his voice breaking. "I signed '
     'what the clerks gave me."',
     [('Hale', 'I never saw the money'),
      ('Hale', 'I signed what the clerks gave me.')],
     [('Hale', 'his voice breaking'),
      (None, 'I signed what the clerks gave me.')]),
    # a content stops before a 'though' clause with a cue of its own (`attribution.CONCEDED_CUES`)
    ('attribution', 'CONCEDED_CUES',
     'Ferry talks\n\nFerry chief Ines Carvalho said a deal with the crews was possible within a month, though she '
     'acknowledged that the talks could still fail.',
     [('Ines Carvalho', 'a deal with the crews was possible within a month'),
      ('Ines Carvalho', 'the talks could still fail')],
     [('Ines Carvalho', 'a deal with the crews was possible within a month, though she acknowledged that the talks '
                       'could still fail'),
      ('Ines Carvalho', 'the talks could still fail')]),
    # a verb that agrees with the cue, not with the said clause, is the speaker's (`attribution.AGREEING_CONJUNCTS`)
    ('attribution', 'AGREEING_CONJUNCTS',
     'Ferry fares\n\nCouncillor Ruth Amadi spoke at the meeting. She believes the savings are exaggerated and warns '
     'that weekend sailings will be cut.',
     [('Ruth Amadi', 'the savings are exaggerated'),
      ('Ruth Amadi', 'weekend sailings will be cut')],
     [('Ruth Amadi', 'the savings are exaggerated and warns that weekend sailings will be cut'),
      ('the savings', 'weekend sailings will be cut')]),
    # a content stops at a colon whose words are attributed on their own (`attribution.COLON_STARTS`)
    ('attribution', 'COLON_STARTS',
     'Harbour row\n\nTransport Minister Pavel Oster denied that inspectors had been told to delay the ferries: the '
     'checks, he said, were "routine and requested by the crews."',
     [('Pavel Oster', 'inspectors had been told to delay the ferries'),
      ('Pavel Oster', 'the checks'),
      ('Pavel Oster', 'were "routine and requested by the crews')],
     [('Pavel Oster', 'Transport Minister Pavel Oster denied that inspectors had been told to delay the ferries: the '
                     'checks'),
      ('Pavel Oster', 'inspectors had been told to delay the ferries: the checks, he said, were "routine and requested '
                     'by the crews."'),
      ('Pavel Oster', 'were "routine and requested by the crews')]),
    # a participle clause after a quoted content is no part of it (`attribution.QUOTED_TAILS`)
    ('attribution', 'QUOTED_TAILS',
     'Night ferry\n\nAsked whether the ferry would run at night, operations director Simon Ayre said "the timetable '
     'is still being worked out," prompting laughter from the hall.',
     [('Simon Ayre', 'the timetable is still being worked out')],
     [('Simon Ayre', 'the timetable is still being worked out," prompting laughter from the hall')]),
    # a content that opens a quotation runs on to its closing mark (`attribution.OPENED_QUOTES`)
    ('attribution', 'OPENED_QUOTES',
     'Ferry strike\n\nFerry minister Ruth Calloway urged both sides to talk. Asked whether the government would order '
     'the crews back, she said "nothing is off the table, but nobody wants that."',
     [('Ruth Calloway', 'both sides to talk'),
      ('Ruth Calloway', 'nothing is off the table, but nobody wants that')],
     [('Ruth Calloway', 'both sides to talk'),
      ('Ruth Calloway', 'nothing is off the table')]),
    # a content stops before the speaker's own participle cue (`attribution.PARTICIPLE_CUES_INSIDE`)
    ('attribution', 'PARTICIPLE_CUES_INSIDE',
     'Ferry plan\n\nThe council\'s Green group said it would vote against the ferry plan, calling the budget "a '
     'fantasy."',
     [("The council's Green group", 'it would vote against the ferry plan'),
      ("The council's Green group", 'the budget "a fantasy."')],
     [("The council's Green group", 'it would vote against the ferry plan, calling the budget "a fantasy."'),
      ("The council's Green group", 'the budget "a fantasy."')]),
    # a 'that' conjunct with its own cue and subject is not the first speaker's (`attribution.THAT_CUE_CONJUNCTS`)
    ('attribution', 'THAT_CUE_CONJUNCTS',
     'New pier\n\nThe council approved the new pier, a project that traders say will bring visitors but that divers '
     'warn could damage the reef.',
     [('traders', 'will bring visitors'),
      ('divers', 'could damage the reef')],
     [('traders', 'will bring visitors but that divers warn could damage the reef'),
      ('divers', 'could damage the reef')]),
    # 'the transport department' is not the trust that spoke last (`speakers.DESCRIBED_DEPARTMENTS`)
    ('speakers', 'DESCRIBED_DEPARTMENTS',
     'Ferry fares\n\nThe Island Ferries Trust said fares would rise in May.\n\nThe transport department said it '
     'expected other operators to follow.',
     [('The Island Ferries Trust', 'fares would rise in May'),
      ('The transport department', 'it expected other operators to follow')],
     [('The Island Ferries Trust', 'fares would rise in May'),
      ('The Island Ferries Trust', 'it expected other operators to follow')]),
    # workers at a company are not whom 'the union' is next (`speakers.PLURAL_BODIES_NOT_LAST`)
    ('speakers', 'PLURAL_BODIES_NOT_LAST',
     'Ferry deal\n\nDock workers at Harbour Freight Lines said on Sunday they would accept the deal.\n\nMembers '
     'approved the agreement by 600 votes to 200, the union said.',
     [('Dock workers at Harbour Freight Lines', 'they would accept the deal'),
      ('the union', 'Members approved the agreement by 600 votes to 200')],
     [('Dock workers at Harbour Freight Lines', 'they would accept the deal'),
      ('Dock workers at Harbour Freight Lines', 'Members approved the agreement by 600 votes to 200')]),
    # 'The company' is not the country that spoke last (`speakers.COMPANIES_NOT_PLACES`)
    ('speakers', 'COMPANIES_NOT_PLACES',
     'Shipyard row\n\nNorway alleges that the Kessel shipyard receives cheap power from the state. The company denied '
     'receiving any improper support.',
     [('Norway', 'the Kessel shipyard receives cheap power from the state'),
      ('The company', 'receiving any improper support')],
     [('Norway', 'the Kessel shipyard receives cheap power from the state'),
      ('Norway', 'receiving any improper support')]),
    # a lower-case word tagged as a name keeps a description whom 'he' is next (`speakers.LOWER_CASE_NOT_NAMES`)
    ('speakers', 'LOWER_CASE_NOT_NAMES',
     'Ferry fares\n\n"Fares are always raised first," said Katrin Holm, a transport economist.\n\nA 63-year-old '
     'retired tram driver, who gave his name only as Emil, said he had stopped taking the ferry. "My pension buys '
     'half of what it did," he said.',
     [('Katrin Holm', 'Fares are always raised first'),
      ('A 63-year-old retired tram driver', 'he had stopped taking the ferry'),
      ('A 63-year-old retired tram driver', 'My pension buys half of what it did')],
     [('Katrin Holm', 'Fares are always raised first'),
      ('A 63-year-old retired tram driver', 'he had stopped taking the ferry'),
      ('Katrin Holm', 'My pension buys half of what it did')]),
    # a missed name before 'who said' names the speaker, whom 'she' is next (`speakers.WHO_UNTAGGED`)
    ('speakers', 'WHO_UNTAGGED',
     'Ferry ruling\n\nJudge Helena Marchetti said the ferry law gave officials too much power.\n\nThe case was '
     'brought by the Island Travellers Forum and a freelance journalist, Nadia Sorvik, who said her sources had gone '
     'quiet. She said she felt "vindicated."',
     [('Helena Marchetti', 'the ferry law gave officials too much power'),
      ('Nadia Sorvik', 'her sources had gone quiet'),
      ('Nadia Sorvik', 'she felt "vindicated."')],
     [('Helena Marchetti', 'the ferry law gave officials too much power'),
      ('a freelance journalist, Nadia Sorvik', 'her sources had gone quiet'),
      ('Helena Marchetti', 'she felt "vindicated."')]),
    # a description is not the name only the headline gives (`speakers.HEADLINE_ONLY_FALLBACK`)
    ('speakers', 'HEADLINE_ONLY_FALLBACK',
     'Shouting Match Erupts as Harbour Board Votes to Close Pier\n\nA harbour board meeting ran past midnight on '
     'Tuesday. At one point, the board chairman said the meeting would pause.',
     [('the board chairman', 'the meeting would pause')],
     [('Match Erupts', 'the meeting would pause')]),
    # 'The company, based in Dunmore,' is the company that spoke last (`speakers.BASED_DESCRIPTIONS`)
    ('speakers', 'BASED_DESCRIPTIONS',
     'Ferry profits\n\nThe Northsea Ferry Company said profits fell last year.\n\nThe company, based in Dunmore, said '
     'fuel costs had risen by a third.',
     [('The Northsea Ferry Company', 'profits fell last year'),
      ('The Northsea Ferry Company', 'fuel costs had risen by a third')],
     [('The Northsea Ferry Company', 'profits fell last year'),
      ('The company, based in Dunmore', 'fuel costs had risen by a third')]),
    # a passive cue with its own subject takes no speaker from the verb before it (`attribution.PASSIVE_NO_CLIMBS`)
    ('attribution', 'PASSIVE_NO_CLIMBS',
     'Ferry protest\n\nA ferry company spokesperson said sailings would continue as normal and that crew members had '
     'been told not to remove anyone.',
     [('A ferry company spokesperson', 'sailings would continue as normal and that crew members had been told not to '
                                      'remove anyone')],
     [('A ferry company spokesperson', 'sailings would continue as normal and that crew members had been told not to '
                                      'remove anyone'),
      ('sailings', 'not to remove anyone')]),
    # 'allocated according to' a share is no source (`attribution.ACCORDING_AFTER_PARTICIPLES`)
    ('attribution', 'ACCORDING_AFTER_PARTICIPLES',
     "Ferry debate\n\nThe broadcaster said speaking time had been allocated according to each party's share of seats.",
     [('The broadcaster', "speaking time had been allocated according to each party's share of seats")],
     [("each party's share of seats", 'The broadcaster said speaking time had been allocated'),
      ('The broadcaster', "speaking time had been allocated according to each party's share of seats")]),
    # 'he' whom no named person can be is the sentence before's described subject (`speakers.DESCRIBED_SUBJECTS`)
    ('speakers', 'DESCRIBED_SUBJECTS',
     'Harbour rates\n\nThe harbour board kept its mooring fees unchanged on Thursday.\n\nThe chairman struck a '
     'cautious note at a news conference. Fuel prices were still rising, he said, and repairs to the breakwater had '
     'added to the costs.',
     [('The chairman', 'Fuel prices were still rising')],
     [(None, 'Fuel prices were still rising')]),
    # a chair of a group is not whom 'The company' is next (`speakers.PEOPLE_NOT_BODIES`)
    ('speakers', 'PEOPLE_NOT_BODIES',
     "Pier homes\n\nThe chair of the Pier Road Residents' Group said neighbours objected to losing the beach.\n\nThe "
     'company said the scheme would ease a shortage of homes.',
     [("The chair of the Pier Road Residents' Group", 'neighbours objected to losing the beach'),
      ('The company', 'the scheme would ease a shortage of homes')],
     [("The chair of the Pier Road Residents' Group", 'neighbours objected to losing the beach'),
      ("The chair of the Pier Road Residents' Group", 'the scheme would ease a shortage of homes')]),
    # 'Its regional director' is the director of the sentence before's department (`speakers.ITS_SUBJECT_OWNERS`)
    ('speakers', 'ITS_SUBJECT_OWNERS',
     'Ferry review\n\nThe state ferry department did not respond to a request for comment. Its regional director was '
     'quoted by a local paper as saying that "hindsight is easy and budgets are not."',
     [("The state ferry department's regional director", '"hindsight is easy and budgets are not."')],
     [('Its regional director', '"hindsight is easy and budgets are not."')]),
    # 'The union' is not the ministry that spoke last by a description (`speakers.DESCRIBED_BODIES_KEEP_NOUNS`)
    ('speakers', 'DESCRIBED_BODIES_KEEP_NOUNS',
     'Ferry strike\n\nThe transport ministry said it was monitoring the strike.\n\nTalks collapsed on Tuesday. The '
     'union said it would strike again in May.',
     [('The transport ministry', 'it was monitoring the strike'),
      ('The union', 'it would strike again in May')],
     [('The transport ministry', 'it was monitoring the strike'),
      ('The transport ministry', 'it would strike again in May')]),
    # a content cut inside the dateline starts after it (`attribution.DATELINE_INSIDE_STARTS`)
    ('attribution', 'DATELINE_INSIDE_STARTS',
     'Ferry talks\n\nVELLAMAR (Coastline Press) - Negotiators for the ferry crews and the operator have agreed on the '
     "outline of a deal, the talks' mediator said on Sunday.",
     [("the talks' mediator", 'Negotiators for the ferry crews and the operator have agreed on the outline of a deal')],
     [("the talks' mediator", '(Coastline Press) - Negotiators for the ferry crews and the operator have agreed on the '
                             'outline of a deal')]),
], ids=["absolute-clause", "conceded-cue", "agreeing-conjunct", "colon-start", "quoted-tail", "opened-quote",
        "participle-cue-inside", "that-cue-conjunct", "described-department", "plural-body-not-last",
        "company-not-place", "lower-case-not-name", "who-untagged", "headline-only-fallback", "based-description",
        "passive-no-climb", "according-after-participle", "described-subject", "people-not-bodies",
        "its-subject-owner", "described-body-keeps-noun", "dateline-inside-start"])
def test_session_71_rules(nlp, monkeypatch, module, flag, text, expected, without):
    """Statements with a session-71 rule on, then off (`stance.extract.<module>.<flag>`)."""
    assert _with_and_without(nlp, monkeypatch, module, flag, text) == (expected, without)


@pytest.mark.parametrize("flag, name", [(True, "Thérèse"), (False, None)])
def test_first_name_before_a_surname_tagged_as_a_plural_proper_noun(nlp, monkeypatch, flag, name):
    """The first name before a surname tagged alone is taken when the tagger read it as a plural proper noun too
    ('Thérèse', NNPS; `speakers.PLURAL_TAGGED_FIRST_NAMES`)."""
    from stance.extract import speakers

    doc = nlp("Hospital inquiry\n\nThérèse Moreau-Lyle spoke to reporters on Wednesday.")
    first = next(t for t in doc if t.text == "Thérèse")
    first.tag_ = "NNPS"
    monkeypatch.setattr(speakers, "PLURAL_TAGGED_FIRST_NAMES", flag)
    assert speakers._first_name_before(doc, "Moreau-Lyle") == name


@pytest.mark.parametrize("module, flag, text, expected, without", [
    # a capitalised office with a name in apposition: 'she' is her, not the country (`speakers.CAPITAL_OFFICES_APPOSED`)
    ('speakers', 'CAPITAL_OFFICES_APPOSED',
     "Ship attacks condemned\n\nRas Hamdan's Permanent Representative to the Assembly, Ambassador Mirela "
     'Dask-Hovan, told delegates after the vote that forty ships had been seized since March.\n\n"Every crew has a '
     'family waiting," she said.',
     [('Mirela Dask-Hovan', 'Every crew has a family waiting')],
     [('Ras Hamdan', 'Every crew has a family waiting')]),
    # 'the firm' is the company named last before it, in its paragraph or the one before (`speakers.FIRMS_NAMED_BEFORE`)
    ('speakers', 'FIRMS_NAMED_BEFORE',
     'Bypass opens\n\nThe county opened the Drayton bypass on Monday, two years late.\n\nThe road was designed and '
     'built by Corraway Civil Works Ltd, which will run it for 20 years. In a statement, the firm said the road had '
     'halved journey times.',
     [('Corraway Civil Works', 'the road had halved journey times')],
     [('the firm', 'the road had halved journey times')]),
    # 'the judge' is the person titled 'Mr Justice' (`speakers.JUSTICES_ARE_JUDGES`)
    ('speakers', 'JUSTICES_ARE_JUDGES',
     "Rower loses appeal\n\nIn a written ruling, the panel's chair, Mr Justice Fergal Oyston-Reade, said the rower "
     'had not shown that the breach was accidental. Her solicitor, Tomas Vinterberg, said she would not '
     'appeal.\n\n"The code is strict for a reason," the judge wrote.',
     [('Justice Fergal Oyston-Reade', 'the rower had not shown that the breach was accidental'),
      ('Tomas Vinterberg', 'she would not appeal'),
      ('Justice Fergal Oyston-Reade', 'The code is strict for a reason')],
     [('Justice Fergal Oyston-Reade', 'the rower had not shown that the breach was accidental'),
      ('Tomas Vinterberg', 'she would not appeal'),
      ('Tomas Vinterberg', 'The code is strict for a reason')]),
    # of an office and a name the parse broke into two subjects, the name speaks (`attribution.BROKEN_NAME_SUBJECTS`)
    ('attribution', 'BROKEN_NAME_SUBJECTS',
     'TV deal signed\n\nCommission chairman Graeme Ashdown-Tully said the deal was fair to clubs.',
     [('Graeme Ashdown-Tully', 'the deal was fair to clubs')],
     [('Commission chairman', 'the deal was fair to clubs')]),
    # a participle on a verb with two subjects has the one its rules choose (`attribution.CLIMBED_SECOND_SUBJECTS`)
    ('attribution', 'CLIMBED_SECOND_SUBJECTS',
     'Mayor sentenced\n\nSpecial prosecutor Denise Fairbanks-Oro had asked for nine years, telling the judge that '
     'the former mayor had "never once accepted responsibility."',
     [('Denise Fairbanks-Oro', 'the former mayor had "never once accepted responsibility."')],
     [('Special prosecutor', 'the former mayor had "never once accepted responsibility."')]),
    # a name before 'MP' and another name is the MP's seat, not a person 'she' can be (`speakers.SEATS_BEFORE_TITLES`)
    ('speakers', 'SEATS_BEFORE_TITLES',
     'Bus route to go\n\nKembang GRC MP Priya Castellane-Moor said in a post that she had written to the '
     'board.\n\n"I will keep pushing," she wrote.',
     [('Priya Castellane-Moor', 'I will keep pushing')],
     [('Kembang GRC', 'I will keep pushing')]),
    # 'the envoy' is the ambassador (`speakers.ENVOYS_ARE_AMBASSADORS`)
    ('speakers', 'ENVOYS_ARE_AMBASSADORS',
     'Stranded workers safe\n\nAmbassador Kofi Renner-Adjei told reporters that all the workers were safe.\n\nThe '
     'envoy said the embassy was arranging flights home.',
     [('Kofi Renner-Adjei', 'all the workers were safe'),
      ('Kofi Renner-Adjei', 'the embassy was arranging flights home')],
     [('Kofi Renner-Adjei', 'all the workers were safe'),
      ('The envoy', 'the embassy was arranging flights home')]),
    # 'The official, who ...,' is the official who spoke, not the one named last (`speakers.CLAUSED_DESCRIBED_AGAIN`)
    ('speakers', 'CLAUSED_DESCRIBED_AGAIN',
     'Workers to fly home\n\nAmbassador Kofi Renner-Adjei told reporters that all the workers were safe.\n\nA '
     'ministry official confirmed that the case was under review. The official, who was not authorised to speak '
     'publicly, said two recruiters had been questioned.',
     [('Kofi Renner-Adjei', 'all the workers were safe'),
      ('A ministry official', 'the case was under review'),
      ('A ministry official', 'two recruiters had been questioned')],
     [('Kofi Renner-Adjei', 'all the workers were safe'),
      ('A ministry official', 'the case was under review'),
      ('Kofi Renner-Adjei', 'two recruiters had been questioned')]),
    # 'a cousin of the victim named Hattie Brannock' is her (`speakers.NAMED_NAMES`)
    ('speakers', 'NAMED_NAMES',
     'Vigil held\n\nMayor Ingrid Salvesen wrote that she had met the family.\n\nAbout 40 people gathered outside '
     'the library. One of them, a cousin of the victim named Hattie Brannock, said she had known him all his life.',
     [('Ingrid Salvesen', 'she had met the family'),
      ('Hattie Brannock', 'she had known him all his life')],
     [('Ingrid Salvesen', 'she had met the family'),
      ('One of them', 'she had known him all his life')]),
    # 'she' after 'the chief paused' is the chief, not the one named last (`speakers.DESCRIBED_SUBJECTS_FIRST`)
    ('speakers', 'DESCRIBED_SUBJECTS_FIRST',
     'Shooting video released\n\nPolice Chief Odile Marchetti-Kwan said the footage would be released in '
     "full.\n\nThe footage shows Officer Lyle Dannecker firing twice. A lawyer for the officers' union, Sam Petrov, "
     'said the officer had followed his training.\n\nAsked by a reporter whether the officer had time to react, the '
     'chief paused. "That is for the investigators," she said.',
     [('Odile Marchetti-Kwan', 'the footage would be released in full'),
      ('Sam Petrov', 'the officer had followed his training'),
      ('Odile Marchetti-Kwan', 'That is for the investigators')],
     [('Odile Marchetti-Kwan', 'the footage would be released in full'),
      ('Sam Petrov', 'the officer had followed his training'),
      ('Sam Petrov', 'That is for the investigators')]),
    # 'Her grandson, Casimir Farrant-Pole,' is whom 'he' is next, whatever the verb (`speakers.KIN_APPOSED_BEFORE`)
    ('speakers', 'KIN_APPOSED_BEFORE',
     'Care home charges\n\nAmong those who died was Ottilie Farrant, 88. Her grandson, Casimir Farrant-Pole, drove '
     'from the coast for the hearing.\n\n"She deserved better," he said.',
     [('Casimir Farrant-Pole', 'She deserved better')],
     [('Ottilie Farrant', 'She deserved better')]),
    # 'the firm' is the company named last before it, in its paragraph or the one before (`speakers.FIRMS_NAMED_BEFORE`)
    ('speakers', 'FIRMS_NAMED_BEFORE',
     'Toll road opens\n\nA campaign group, Fair Roads Now, said the tolls were too high.\n\nThe road was built by '
     'Halloway Concessions Ltd, which will run it for 25 years. In a statement, the firm said journeys were '
     'shorter.',
     [('Halloway Concessions', 'journeys were shorter')],
     [('the firm', 'journeys were shorter')]),
    # a given name between a rank and a surname tagged a body makes a person's name (`speakers.TITLED_GIVEN_NAMES`)
    ('speakers', 'TITLED_GIVEN_NAMES',
     'Supply boat hit\n\n"We will go back," KCG spokesperson Commodore Arnel Villafranca-Sy said at a '
     'briefing.\n\nAccording to Villafranca-Sy, the boat was blocked for an hour. One crew member was hurt, he '
     'said.',
     [('Arnel Villafranca-Sy', 'We will go back'),
      ('Arnel Villafranca-Sy', 'the boat was blocked for an hour'),
      ('Arnel Villafranca-Sy', 'One crew member was hurt')],
     [('KCG spokesperson Commodore Arnel Villafranca-Sy', 'We will go back'),
      ('Villafranca-Sy', 'the boat was blocked for an hour'),
      (None, 'One crew member was hurt')]),
    # a nickname in quotation marks inside a name leaves the name whole (`speakers.NICKNAMED_PEOPLE`)
    ('speakers', 'NICKNAMED_PEOPLE',
     'Workers told to stay calm\n\nMigrant Workers Secretary Jose Ramon "Jun" Alcaraz said his department was '
     'ready. He did not say how much had been set aside.',
     [('Jose Ramon Alcaraz', 'his department was ready'),
      ('Jose Ramon Alcaraz', 'how much had been set aside')],
     [('Jose Ramon', 'his department was ready'),
      ('Jose Ramon', 'how much had been set aside')]),
    # a surname with a macron alone, tagged a body, is the person it names (`speakers.MARKED_SURNAMES`)
    ('speakers', 'MARKED_SURNAMES',
     'Coach sacked\n\nThe Storm have sacked head coach Wiremu Hāpuku after eight straight defeats.\n\nChief '
     'executive Barnaby Crewe said the decision was final.\n\nHāpuku, who guided the Storm to a final, did not '
     'respond. In a post on Tuesday, the 47-year-old wrote that he was proud of the culture they built.',
     [('Barnaby Crewe', 'the decision was final'),
      ('Wiremu Hāpuku', 'he was proud of the culture they built')],
     [('Barnaby Crewe', 'the decision was final'),
      ('Barnaby Crewe', 'he was proud of the culture they built')]),
    # a named treasurer in a content fronted before 'she said' is not who speaks (`speakers.OWNED_APPOSITIONS_ASIDE`)
    ('speakers', 'OWNED_APPOSITIONS_ASIDE',
     'Trial opens\n\nDefense attorney Gail Petrosyan countered that her client had been "set up to fail" by the '
     "board. The charity's former treasurer, Howard Lindqvist, approved every large payment, she said.",
     [('Gail Petrosyan', 'her client had been "set up to fail" by the board'),
      ('Gail Petrosyan', "The charity's former treasurer, Howard Lindqvist, approved every large payment")],
     [('Gail Petrosyan', 'her client had been "set up to fail" by the board'),
      ('Howard Lindqvist', "The charity's former treasurer, Howard Lindqvist, approved every large payment")]),
    # 'According to him' is the unnamed official just described (`speakers.OBJECTS_DESCRIBED`)
    ('speakers', 'OBJECTS_DESCRIBED',
     "Nurses deal\n\nMaricel Dumlao, president of the nurses' alliance, said the group wanted a clause on "
     'fees.\n\nA ministry official, who requested anonymity as he was not authorized to discuss the talks, said the '
     'deal was nearly done. According to him, the licences would be recognised after six months.',
     [('Maricel Dumlao', 'the group wanted a clause on fees'),
      ('A ministry official', 'the deal was nearly done'),
      ('A ministry official', 'the licences would be recognised after six months')],
     [('Maricel Dumlao', 'the group wanted a clause on fees'),
      ('A ministry official', 'the deal was nearly done'),
      (None, 'the licences would be recognised after six months')]),
    # a given name between a rank and a surname tagged a body makes a person's name (`speakers.TITLED_GIVEN_NAMES`)
    ('speakers', 'TITLED_GIVEN_NAMES',
     'Estate delays\n\nBut the Chairman, House Committee on Housing, Hon. Bala Ishaku-Okon, said the committee '
     'would summon the contractor.\n\n"We have seen the site," the lawmaker said.',
     [('Bala Ishaku-Okon', 'the committee would summon the contractor'),
      ('Bala Ishaku-Okon', 'We have seen the site')],
     [('Bala Ishaku-Okon', 'the committee would summon the contractor'),
      ('the lawmaker', 'We have seen the site')]),
    # 'the lawmaker' is the senator (`speakers.LAWMAKERS_TITLED`)
    ('speakers', 'LAWMAKERS_TITLED',
     "Estate delays\n\nThe corporation's managing director, Ngozi Etuk-Olawale, said the units would be ready by "
     'June. Senator Bala Ishaku-Okon said the committee would summon the contractor.\n\n"We have seen the site," '
     'the lawmaker said.',
     [('Ngozi Etuk-Olawale', 'the units would be ready by June'),
      ('Bala Ishaku-Okon', 'the committee would summon the contractor'),
      ('Bala Ishaku-Okon', 'We have seen the site')],
     [('Ngozi Etuk-Olawale', 'the units would be ready by June'),
      ('Bala Ishaku-Okon', 'the committee would summon the contractor'),
      ('the lawmaker', 'We have seen the site')]),
    # 'The council' is the county council named before, not the group that spoke (`speakers.BODIES_NAMED_BY_NOUN`)
    ('speakers', 'BODIES_NAMED_BY_NOUN',
     'Speed limit call\n\nA spokeswoman for the cycling group Safe Lanes North said it would write to Wessmoor '
     'County Council asking for a lower limit. The council said it would consider any request carefully.',
     [('Safe Lanes North', 'it would write to Wessmoor County Council asking for a lower limit'),
      ('Wessmoor County Council', 'it would consider any request carefully')],
     [('Safe Lanes North', 'it would write to Wessmoor County Council asking for a lower limit'),
      ('Safe Lanes North', 'it would consider any request carefully')]),
    # a name after 'Datuk Seri' is a person's, the styles left out (`speakers.STYLED_NAMES`)
    ('speakers', 'STYLED_NAMES',
     'Flood relief\n\nMenteri Besar Datuk Seri Hamzah Yaakob, who visited the relief centre, said the state had set '
     'aside RM10mil for aid.\n\n"What we need is unity," he told reporters.',
     [('Hamzah Yaakob', 'the state had set aside RM10mil for aid'),
      ('Hamzah Yaakob', 'What we need is unity')],
     [('Menteri Besar Datuk', 'the state had set aside RM10mil for aid'),
      ('Menteri Besar Datuk', 'What we need is unity')]),
    # 'MLA' tagged a person alone is no one's name (`speakers.TITLES_NOT_NAMES`)
    ('speakers', 'TITLES_NOT_NAMES',
     'Leader survives\n\nOne of them, former MLA Grace Whitcombe-Yuen, said the result was not good enough.',
     [('Grace Whitcombe-Yuen', 'the result was not good enough')],
     [('MLA', 'the result was not good enough')]),
    # 'Minister for Agriculture Bríd Tallon': 'Agriculture' is no given name (`speakers.OFFICE_FIELDS_NOT_NAMES`)
    ('speakers', 'OFFICE_FIELDS_NOT_NAMES',
     'Dairy deal blocked\n\nMinister for Agriculture Bríd Tallon said she respected the ruling. She said, however, '
     'that she would meet both firms.',
     [('Bríd Tallon', 'she respected the ruling'),
      ('Bríd Tallon', 'she would meet both firms')],
     [('Minister for Agriculture Bríd Tallon', 'she respected the ruling'),
      ('Agriculture Bríd Tallon', 'she would meet both firms')]),
    # 'Among the crew ... was grip Jarrah O'Donnell' is whom 'he' is next (`speakers.INVERTED_SUBJECTS`)
    ('speakers', 'INVERTED_SUBJECTS',
     'Film crews strike\n\nUnion organiser Grant Abernethy said the strike would go on.\n\nAmong the crew on the '
     'picket line was grip Jarrah O\'Donnell, 34, who has worked in the industry for 11 years. "I love this job," '
     'he said.',
     [('Grant Abernethy', 'the strike would go on'),
      ("Jarrah O'Donnell", 'I love this job')],
     [('Grant Abernethy', 'the strike would go on'),
      ('Grant Abernethy', 'I love this job')]),
    # 'Dr Ivy Ng Wing-sze' is a person's name, whom 'she added' is (`speakers.GIVEN_NAMES_LAST`)
    ('speakers', 'GIVEN_NAMES_LAST',
     'Bank results\n\nChief executive Winnie Lau Ka-man said the bank had been prudent.\n\n"The headline is '
     'strong," said Dr Ivy Ng Wing-sze, head of bank research at Pemberton Hale. The loan ratio was the number to '
     'watch, she added.',
     [('Winnie Lau Ka-man', 'the bank had been prudent'),
      ('Ivy Ng Wing-sze', 'The headline is strong'),
      ('Ivy Ng Wing-sze', 'The loan ratio was the number to watch')],
     [('Winnie Lau Ka-man', 'the bank had been prudent'),
      ('Dr Ivy Ng Wing-sze', 'The headline is strong'),
      ('Winnie Lau Ka-man', 'The loan ratio was the number to watch')]),
    # 'who' after 'Mufti X of Darul Uloom Y,' is the mufti (`speakers.PEOPLE_OF_BODIES`)
    ('speakers', 'PEOPLE_OF_BODIES',
     'Hoarding a sin, cleric says\n\nThe call was endorsed by Mufti Ghulam Mustafa Chishti of Darul Uloom Rahimia, '
     'who told worshippers that giving to flood victims was the best use of zakat.',
     [('Ghulam Mustafa Chishti', 'The call'),
      ('Ghulam Mustafa Chishti', 'giving to flood victims was the best use of zakat')],
     [('Ghulam Mustafa Chishti', 'The call'),
      ('Darul Uloom Rahimia', 'giving to flood victims was the best use of zakat')]),
    # 'the Governor' is the person in apposition to 'The Governor of the ... Bank' (`speakers.CAPITAL_APPOSED_TITLES`)
    ('speakers', 'CAPITAL_APPOSED_TITLES',
     'Currency slide\n\nTraders said the cedi had lost a fifth of its value.\n\nThe Governor of the Central Bank, '
     'Dr Kwabena Osei-Darkwa, said the fall was seasonal. Importer Abena Kyei said costs had doubled.\n\n"We have '
     'adequate reserves," the Governor said.',
     [('Traders', 'the cedi had lost a fifth of its value'),
      ('Kwabena Osei-Darkwa', 'the fall was seasonal'),
      ('Abena Kyei', 'costs had doubled'),
      ('Kwabena Osei-Darkwa', 'We have adequate reserves')],
     [('Traders', 'the cedi had lost a fifth of its value'),
      ('Kwabena Osei-Darkwa', 'the fall was seasonal'),
      ('Abena Kyei', 'costs had doubled'),
      ('the Governor', 'We have adequate reserves')]),
    # 'The senior coroner for Westmarch, Gillian Rhodes-Akande,' is 'the coroner' (`speakers.TITLES_AFTER_FOR`)
    ('speakers', 'TITLES_AFTER_FOR',
     'Inquest\n\nThe senior coroner for Westmarch, Gillian Rhodes-Akande, recorded a narrative conclusion and said '
     'she would issue a report.\n\n"Mrs Pilkington was left alone," the coroner said.',
     [('Gillian Rhodes-Akande', 'she would issue a report'),
      ('Gillian Rhodes-Akande', 'Mrs Pilkington was left alone')],
     [('Gillian Rhodes-Akande', 'she would issue a report'),
      ('the coroner', 'Mrs Pilkington was left alone')]),
    # 'the mother of three' is the woman named just before (`speakers.PARENT_DESCRIPTIONS`)
    ('speakers', 'PARENT_DESCRIPTIONS',
     'Measles outbreak\n\nHealth Minister Priya Wongsakul said clinics would open on Monday.\n\nKirra Lawson, whose '
     'son is among the cases, urged parents to vaccinate. "He\'s too little for the needle," the mother of three '
     'wrote.',
     [('Priya Wongsakul', 'clinics would open on Monday'),
      ('Kirra Lawson', 'parents to vaccinate'),
      ('Kirra Lawson', "He's too little for the needle")],
     [('Priya Wongsakul', 'clinics would open on Monday'),
      ('Kirra Lawson', 'parents to vaccinate'),
      ('the mother of three', "He's too little for the needle")]),
    # a name with 'de' in apposition to a minister is a person, whom 'she' is (`speakers.PARTICLES_APPOSED`)
    ('speakers', 'PARTICLES_APPOSED',
     'Farmers\' siege\n\nThe agriculture minister, Anne-Laure de Saint-Preux, struck a conciliatory tone. "I hear '
     'the anger," she said in a televised statement.',
     [('Anne-Laure de Saint-Preux', 'I hear the anger')],
     [('The agriculture minister', 'I hear the anger')]),
    # 'The interior minister' is not the agriculture minister (`speakers.FIELDS_DIFFER`)
    ('speakers', 'FIELDS_DIFFER',
     "Farmers' siege\n\nThe agriculture minister, Anne-Laure de Saint-Preux, struck a conciliatory tone.\n\nHer "
     'colleague at the interior ministry was blunter. Gérard-Henri Bonnefoy-Castaing ordered police to stop the '
     'tractors. The interior minister said 15,000 police had been deployed.',
     [('Gérard-Henri Bonnefoy-Castaing', '15,000 police had been deployed')],
     [('Anne-Laure de Saint-Preux', '15,000 police had been deployed')]),
    # 'X, he said, "..."': he is not X, the subject of what he said (`speakers.CONTENT_SUBJECTS_ASIDE`)
    ('speakers', 'CONTENT_SUBJECTS_ASIDE',
     'Coalition falls\n\nThe Liberal Alliance leader, Anne-Sophie de Lichtervelde-Gérard, said her party would '
     'leave the government.\n\nDeputy Prime Minister Frank Dewaele called the move "irresponsible". De '
     'Lichtervelde-Gérard, he said, "has put the next election before the next budget".',
     [('Anne-Sophie de Lichtervelde-Gérard', 'her party would leave the government'),
      ('Frank Dewaele', 'the move "irresponsible"'),
      ('Frank Dewaele', 'has put the next election before the next budget')],
     [('Anne-Sophie de Lichtervelde-Gérard', 'her party would leave the government'),
      ('Frank Dewaele', 'the move "irresponsible"'),
      ('Anne-Sophie de Lichtervelde-Gérard', 'has put the next election before the next budget')]),
], ids=['capital-offices-apposed', 'firms-named-before', 'justices-are-judges', 'broken-name-subjects',
         'climbed-second-subjects', 'seats-before-titles', 'envoys-are-ambassadors', 'claused-described-again',
         'named-names', 'described-subjects-first', 'kin-apposed-before', 'firms-named-before-2',
         'titled-given-names', 'nicknamed-people', 'marked-surnames', 'owned-appositions-aside',
         'objects-described', 'titled-given-names-2', 'lawmakers-titled', 'bodies-named-by-noun',
         'styled-names', 'titles-not-names', 'office-fields-not-names', 'inverted-subjects',
         'given-names-last', 'people-of-bodies', 'capital-apposed-titles', 'titles-after-for',
         'parent-descriptions', 'particles-apposed', 'fields-differ', 'content-subjects-aside'])
def test_session_80_rules(nlp, monkeypatch, module, flag, text, expected, without):
    """Statements with a session-80 rule on, then off (`stance.extract.<module>.<flag>`)."""
    assert _with_and_without(nlp, monkeypatch, module, flag, text) == (expected, without)


@pytest.mark.parametrize("module, flag, text, expected, without", [
    # a dateline's place may have capitals with accents (`lexicon.DATELINE_ACCENTS`)
    ('lexicon', 'DATELINE_ACCENTS',
     'Dock strike\n\nSÃO TOMÉ, Veridia — The union representing 900 dockers said Thursday it would ask members to '
     'strike.',
     [('The union', 'it would ask members to strike'),
      ('The union representing 900 dockers', 'members to strike')],
     [('TOMÉ, Veridia', 'it would ask members to strike'),
      ('TOMÉ, Veridia', 'members to strike')]),
    # the subject the parse made a conjunct of the dateline speaks, without it (`attribution.DATELINE_CONJUNCTS`)
    ('attribution', 'DATELINE_CONJUNCTS',
     'Club denies breach\n\nTALLAWARRA HEADS, NSW - The Tallawarra Cobras have denied any wrongdoing after the league '
     'opened an inquiry into payments to three players.',
     [('Club', 'breach'),
      ('The Tallawarra Cobras', 'any wrongdoing')],
     [('Club', 'breach'),
      ('TALLAWARRA HEADS, NSW - The Tallawarra Cobras', 'any wrongdoing')]),
    # 'it' after a dateline is the subject after the dateline, not the place (`speakers.DATELINE_MAIN_SUBJECTS`)
    ('speakers', 'DATELINE_MAIN_SUBJECTS',
     'Teachers to vote\n\nASHFORD LANDING, Mich. — The union representing 1,400 teachers in the district said '
     'Thursday it would ask members to authorize a strike.',
     [('The union', 'it would ask members to authorize a strike'),
      ('The union representing 1,400 teachers in the district', 'members to authorize a strike')],
     [('The union', 'it would ask members to authorize a strike'),
      ('ASHFORD LANDING, Mich.', 'members to authorize a strike')]),
    # of an office in capitals and a name, both subjects, the name speaks (`attribution.CAPITAL_TITLE_SUBJECTS`)
    ('attribution', 'CAPITAL_TITLE_SUBJECTS',
     'Inquest told of crowded ward\n\nConsultant in emergency medicine Dr Anand Pillay said 74 patients had been in '
     'the department that night.',
     [('Anand Pillay', '74 patients had been in the department that night')],
     [('Consultant in emergency medicine', '74 patients had been in the department that night')]),
    # a person's name the recogniser cut before its last word is made whole (`speakers.NAME_HEADS_AFTER`)
    ('speakers', 'NAME_HEADS_AFTER',
     'Nurses to strike\n\nHealth Minister Tarlochan Singh Bhogal said the government was sympathetic.',
     [('Tarlochan Singh Bhogal', 'the government was sympathetic')],
     [('Tarlochan Singh', 'the government was sympathetic')]),
    # a person's name the recogniser cut before its last word is made whole (`speakers.NAME_HEADS_AFTER`)
    ('speakers', 'NAME_HEADS_AFTER',
     "Lab inquiry\n\nIn a statement, the university's vice president for research, Hyun-woo Pak, said the inquiry was "
     'fair.',
     [('Hyun-woo Pak', 'the inquiry was fair')],
     [('Hyun-woo', 'the inquiry was fair')]),
    # a judge's title may name a given name before the surname (`speakers.JUDGES_GIVEN_NAMES`)
    ('speakers', 'JUDGES_GIVEN_NAMES',
     'Inquest reopened\n\nMr Justice Pieter Swanepoel said the first inquiry had failed to hear key witnesses.',
     [('Justice Pieter Swanepoel', 'the first inquiry had failed to hear key witnesses')],
     [('Justice Pieter', 'the first inquiry had failed to hear key witnesses')]),
    # a name after an office or an age, tagged an organisation, is a person's (`speakers.ROLES_BEFORE_NAMES`)
    ('speakers', 'ROLES_BEFORE_NAMES',
     '"Stay indoors, drink water": health department issues heatwave warning as mercury heads for 45°C\n\nAt a tanker '
     'in Extension 9, 68-year-old Matshidiso Ramokgopa waited with four empty buckets. "I have sugar diabetes and '
     'high blood. They tell us to drink water. Which water?" she said.',
     [('Matshidiso Ramokgopa', 'I have sugar diabetes and high blood. They tell us to drink water. Which water?')],
     [(None, 'I have sugar diabetes and high blood. They tell us to drink water. Which water?')]),
    # one a named person backs is not that person (`speakers.PICKS_AND_BACKERS`)
    ('speakers', 'PICKS_AND_BACKERS',
     'Leadership vote\n\nHamish Okoro-Reid faces a challenge on Tuesday.\n\nA senior Okoro-Reid backer, who asked not '
     'to be named, claimed the challenger was short of votes.',
     [('A senior Okoro-Reid backer', 'the challenger was short of votes')],
     [('Hamish Okoro-Reid', 'the challenger was short of votes')]),
    # 'she' in what a man asked is no vote for his gender (`speakers.ASKED_PRONOUNS_ASIDE`)
    ('speakers', 'ASKED_PRONOUNS_ASIDE',
     'Nominee grilled\n\nDr Leonora Vasquez-Tran faced four hours of questions.\n\nSen. Marcus Ollerenshaw asked '
     'whether she considered herself independent.\n\n"I would be one vote of twelve," she replied.',
     [('Marcus Ollerenshaw', 'whether she considered herself independent'),
      ('Leonora Vasquez-Tran', 'I would be one vote of twelve')],
     [('Marcus Ollerenshaw', 'whether she considered herself independent'),
      ('Marcus Ollerenshaw', 'I would be one vote of twelve')]),
    # 'she replied' after a question is not the one who asked it (`speakers.REPLIES_NOT_ASKERS`)
    ('speakers', 'REPLIES_NOT_ASKERS',
     'Central bank nominee vows independence as senators press on rate cuts\n\nLeonora Vasquez-Tran, a former chief '
     'economist at the Tamarack Reserve Bank, faced nearly four hours of questioning in a confirmation hearing that '
     'was largely cordial but turned testy when Democrats asked about her private conversations with the '
     'president.\n\n"I want to be absolutely clear about this, because I know it\'s on everybody\'s mind," '
     'Vasquez-Tran said.\n\nSen. Ollerenshaw asked whether she considered herself that chairman.\n\n"I\'m not going '
     'to characterize the president\'s remarks," she replied.',
     [('Leonora Vasquez-Tran', 'independence'),
      ('Leonora Vasquez-Tran', "I want to be absolutely clear about this, because I know it's on everybody's mind"),
      ('Ollerenshaw', 'whether she considered herself that chairman'),
      ('Leonora Vasquez-Tran', "I'm not going to characterize the president's remarks")],
     [('Leonora Vasquez-Tran', 'independence'),
      ('Leonora Vasquez-Tran', "I want to be absolutely clear about this, because I know it's on everybody's mind"),
      ('Ollerenshaw', 'whether she considered herself that chairman'),
      ('Ollerenshaw', "I'm not going to characterize the president's remarks")]),
    # a given name alone in apposition to a word for kin is a person's (`speakers.KIN_GIVEN_NAMES`)
    ('speakers', 'KIN_GIVEN_NAMES',
     "Inquest finding\n\nDr Eimear Whelehan-Cross said the student's condition had been underestimated.\n\nSpeaking "
     'outside the court, Mr Tierney-Moran\'s mother, Bríd, said the family had waited two years.\n\n"He was let '
     'down," she said.',
     [('Eimear Whelehan-Cross', "the student's condition had been underestimated"),
      ('Bríd', 'the family had waited two years'),
      ('Bríd', 'He was let down')],
     [('Eimear Whelehan-Cross', "the student's condition had been underestimated"),
      ("Mr Tierney-Moran's mother, Bríd", 'the family had waited two years'),
      ('Eimear Whelehan-Cross', 'He was let down')]),
    # 'speaking on condition of anonymity' makes an unnamed person 'he' is next (`speakers.ANONYMOUS_PARTICIPLES`)
    ('speakers', 'ANONYMOUS_PARTICIPLES',
     'Theatres empty\n\nDesmond Akinola-Price said patients were waiting too long.\n\nOne senior consultant at the '
     'trust, speaking on condition of anonymity, claimed that theatres had stood empty. "We have the surgeons and the '
     'lights are off," he said.',
     [('Desmond Akinola-Price', 'patients were waiting too long'),
      ('One senior consultant at the trust', 'theatres had stood empty'),
      ('One senior consultant', 'We have the surgeons and the lights are off')],
     [('Desmond Akinola-Price', 'patients were waiting too long'),
      ('One senior consultant at the trust', 'theatres had stood empty'),
      ('Desmond Akinola-Price', 'We have the surgeons and the lights are off')]),
    # initials and a surname ending an organisation's entity are a person (`speakers.INITIALLED_NAMES`)
    ('speakers', 'INITIALLED_NAMES',
     "Nurses' strike\n\nJomon Thekkekara, the association's president, said the arrears were overdue.\n\nLeader of "
     'the Opposition R. Kamalakannan accused the government of neglect. His party, he said, would join the protest.',
     [('Thekkekara', 'the arrears were overdue'),
      ('R. Kamalakannan', 'the government of neglect'),
      ('R. Kamalakannan', 'His party'),
      ('R. Kamalakannan', 'would join the protest')],
     [('Thekkekara', 'the arrears were overdue'),
      ('Leader of the Opposition R. Kamalakannan', 'the government of neglect'),
      ('Thekkekara', 'His party'),
      ('Thekkekara', 'would join the protest')]),
    # a name that closes an office with 'of' in capitals is that person (`speakers.TITLES_CLOSED_BY_NAMES`)
    ('speakers', 'TITLES_CLOSED_BY_NAMES',
     "Nurses' strike\n\nJomon Thekkekara, the association's president, said the arrears were overdue.\n\nLeader of "
     'the Opposition R. Kamalakannan accused the government of neglect. His party, he said, would join the protest.',
     [('Thekkekara', 'the arrears were overdue'),
      ('R. Kamalakannan', 'the government of neglect'),
      ('R. Kamalakannan', 'His party'),
      ('R. Kamalakannan', 'would join the protest')],
     [('Thekkekara', 'the arrears were overdue'),
      ('Leader of the Opposition R. Kamalakannan', 'the government of neglect'),
      ('R. Kamalakannan', 'His party'),
      ('R. Kamalakannan', 'would join the protest')]),
    # a name in apposition to 'provost' is a person's (`speakers.MORE_PERSON_ROLES`)
    ('speakers', 'MORE_PERSON_ROLES',
     "Brandmoor University to close linguistics department, citing enrolment slump\n\nThe university's provost, "
     'Henrietta Vasquez-Lindqvist, told reporters the department had seen undergraduate enrolment fall by more than '
     '40 per cent over the past eight years.\n\n"These are not decisions anyone takes lightly,"\n\nShe said some '
     'courses, including introductory phonetics and a popular course on the Indigenous languages of the region, would '
     'move to the department of anthropology.',
     [('Henrietta Vasquez-Lindqvist', 'the department had seen undergraduate enrolment fall by more than 40 per cent '
                                     'over the past eight years'),
      ('Henrietta Vasquez-Lindqvist', 'These are not decisions anyone takes lightly'),
      ('Henrietta Vasquez-Lindqvist', 'some courses, including introductory phonetics and a popular course on the '
                                     'Indigenous languages of the region, would move to the department of '
                                     'anthropology')],
     [('Henrietta Vasquez-Lindqvist', 'the department had seen undergraduate enrolment fall by more than 40 per cent '
                                     'over the past eight years'),
      ('Henrietta Vasquez-Lindqvist', 'These are not decisions anyone takes lightly'),
      (None, 'some courses, including introductory phonetics and a popular course on the Indigenous languages of the '
            'region, would move to the department of anthropology')]),
    # 'he' in a clause of a sentence about 'A spokesman for X' is the spokesman (`speakers.INDEFINITE_MAIN_SUBJECTS`)
    ('speakers', 'INDEFINITE_MAIN_SUBJECTS',
     'Chancellor silent\n\n"Gideon listened," a Cabinet minister said.\n\nA spokesman for the Chancellor declined to '
     'comment on what he called "private discussions".',
     [('a Cabinet minister', 'Gideon listened'),
      ('A spokesman for the Chancellor', '"private discussions"')],
     [('a Cabinet minister', 'Gideon listened'),
      (None, '"private discussions"')]),
    # 'the statement read' after a quotation is a cue (`attribution.READ_AFTER_SUBJECTS`)
    ('attribution', 'READ_AFTER_SUBJECTS',
     'Minister resigns\n\nDeclan Furlong resigned last night.\n\n"I have always tried to act with integrity," the '
     'statement read.',
     [('the statement', 'I have always tried to act with integrity')],
     []),
    # 'adding' after a said clause is the speech verb's speaker's (`attribution.ADDING_TO_SAYERS`)
    ('attribution', 'ADDING_TO_SAYERS',
     'Bonus row\n\nAnsel Kirkpatrick said the union would ask the board to meet in public, adding that members were '
     'angry.',
     [('Ansel Kirkpatrick', 'the union would ask the board to meet in public'),
      ('the union', 'the board to meet in public'),
      ('Ansel Kirkpatrick', 'members were angry')],
     [('Ansel Kirkpatrick', 'the union would ask the board to meet in public'),
      ('the union', 'the board to meet in public'),
      ('the union', 'members were angry')]),
    # a place in capitals with a colon opening the first paragraph is the dateline (`headlines.COLON_DATELINES`)
    ('headlines', 'COLON_DATELINES',
     'Nurses threaten strike\n\nSUNDARKOT: Nearly 14,000 nurses will strike from Monday if arrears are not paid, the '
     "nurses' association announced on Wednesday.",
     [("the nurses' association", 'Nearly 14,000 nurses will strike from Monday if arrears are not paid')],
     []),
    # a paragraph of quotation after one 'said Dr X, the ...' ends is X's (`assemble.SPEAKERS_AFTER_CUES`)
    ('assemble', 'SPEAKERS_AFTER_CUES',
     'Tablets recalled\n\n"Stopping the medicine suddenly is riskier," said Dr Caoimhín Ó Laoghaire, the authority\'s '
     'chief medical officer.\n\n"We are asking patients to check the batch number."',
     [('Caoimhín Ó Laoghaire', 'Stopping the medicine suddenly is riskier'),
      ('Caoimhín Ó Laoghaire', 'We are asking patients to check the batch number.')],
     [('Caoimhín Ó Laoghaire', 'Stopping the medicine suddenly is riskier'),
      (None, 'We are asking patients to check the batch number.')]),
    # a name the recogniser starts after its particles starts at the given name (`speakers.PARTICLES_BEFORE`)
    ('speakers', 'PARTICLES_BEFORE',
     "Coalition deal 'within days' - Greens\n\nJan-Hendrik van der Berg, the Liberal leader expected to become prime "
     'minister, was more guarded. Asked whether he shared her optimism, he said that "nothing is agreed until '
     'everything is agreed", adding that his parliamentary group would have the final word on any text.\n\nThe '
     'process is being steered by Hester Kuipers-Maas, a former president of the Supreme Court appointed by '
     'parliament as informateur.',
     [('Jan-Hendrik van der Berg', '"nothing is agreed until everything is agreed"'),
      ('Jan-Hendrik van der Berg', 'his parliamentary group would have the final word on any text')],
     [('Berg', '"nothing is agreed until everything is agreed"'),
      ('Berg', 'his parliamentary group would have the final word on any text')]),
    # a surname two people share gives neither a vote for their gender (`speakers.SHARED_SURNAMES_NO_VOTES`)
    ('speakers', 'SHARED_SURNAMES_NO_VOTES',
     'De la Cruz secures regionalist backing, investiture vote set for Thursday\n\nSAN ALBERO, Oct 7 (Meridian Press) '
     '- Socialist leader Sofía de la Cruz won the support of the Montaluz Nationalist Party on Tuesday for her bid to '
     "become Castavera's prime minister, putting her within reach of a majority in parliament after four months of "
     "deadlock following July's inconclusive election.\n\nIts leader, Álvaro de la Cruz, accused the Socialists of "
     '"auctioning off the unity of the country one region at a time".\n\n"Sofía de la Cruz wants to be prime minister '
     'at any price, and it is the taxpayers of every other region who will pay that price," he told reporters.\n\nIf '
     'De la Cruz is invested, she would be the first woman to lead a government in Castavera since the restoration of '
     'democracy.',
     [('Álvaro de la Cruz', 'the Socialists of "auctioning off the unity of the country one region at a time"'),
      ('Álvaro de la Cruz', 'Sofía de la Cruz wants to be prime minister at any price, and it is the taxpayers of '
                           'every other region who will pay that price')],
     [('Álvaro de la Cruz', 'the Socialists of "auctioning off the unity of the country one region at a time"'),
      ('Sofía de la Cruz', 'Sofía de la Cruz wants to be prime minister at any price, and it is the taxpayers of every '
                          'other region who will pay that price')]),
    # 'Ms Ferrars-Hume' tagged an organisation is a person (`speakers.HONOURED_NOT_BODIES`)
    ('speakers', 'HONOURED_NOT_BODIES',
     "Defector was 'never a team player' - Pelham Gate source\n\nLucinda Ferrars-Hume, who served as environment "
     "secretary until last year's reshuffle and represents the marginal seat of Welbourne South, took her place on "
     'the Opposition benches beside Tobiah Marsh as MPs filed in shortly before noon.\n\nThe response from those '
     'around the Prime Minister was markedly less restrained.\n\nUnder parliamentary rules, Ms Ferrars-Hume is not '
     'required to resign her seat, and she indicated she had no intention of doing so.',
     [('Pelham Gate', "Defector was 'never a team player"),
      ('Lucinda Ferrars-Hume', 'she had no intention of doing so')],
     [('Pelham Gate', "Defector was 'never a team player"),
      ('Tobiah Marsh', 'she had no intention of doing so')]),
    # 'he' after 'X's chief executive, Name, said' is the name (`speakers.APPOSED_SPEAKERS_BEFORE`)
    ('speakers', 'APPOSED_SPEAKERS_BEFORE',
     'Skyreach rejects Corvus Air\'s "opportunistic" takeover bid\n\nCorvus\'s chief executive, Aldous Fennimaine, '
     'said he was disappointed but not surprised by the rejection.\n\n"We have tried to do this the friendly way," he '
     'told analysts on a call. He added that Corvus had no intention of raising its offer "at this stage".',
     [('Aldous Fennimaine', 'he was disappointed but not surprised by the rejection'),
      ('Aldous Fennimaine', 'We have tried to do this the friendly way'),
      ('Aldous Fennimaine', 'Corvus had no intention of raising its offer "at this stage"')],
     [('Aldous Fennimaine', 'he was disappointed but not surprised by the rejection'),
      ('Corvus', 'We have tried to do this the friendly way'),
      ('Aldous Fennimaine', 'Corvus had no intention of raising its offer "at this stage"')]),
    # a hyphen parsed as the subject is the hyphened noun it joins (`attribution.HYPHEN_TOKEN_SUBJECTS`)
    ('attribution', 'HYPHEN_TOKEN_SUBJECTS',
     'Junior doctors to strike for five days in January - union\n\nBut a first-year doctor here now earns less per '
     'hour than a barista in many coffee shops, and we are losing colleagues abroad every single week."\n\nHer fellow '
     'co-chair, Dr Tunde Osei-Bamford, said emergency cover would be provided by consultants, and that the guild had '
     'written to every hospital trust setting out what it expected to be in place.',
     [('Tunde Osei-Bamford', 'emergency cover would be provided by consultants, and that the guild had written to '
                            'every hospital trust setting out what it expected to be in place')],
     [('Her fellow co', 'emergency cover would be provided by consultants, and that the guild had written to every '
                       'hospital trust setting out what it expected to be in place')]),
    # 'a university spokeswoman' is not the union's that spoke before (`speakers.SPOKESPEOPLE_OF_OTHER_KINDS`)
    ('speakers', 'SPOKESPEOPLE_OF_OTHER_KINDS',
     'Vice-chancellor\'s $1.46m pay an \'insult\' to underpaid staff: union\n\n"It is an insult, plain and simple," '
     "the union's Tarrawong branch president, Dr Yasmin Adeyemi, said.\n\nDr Adeyemi said the union would write to "
     'the council demanding that the bonus be frozen until every affected casual had been repaid in full.\n\nA '
     'university spokeswoman said the vice-chancellor\'s pay was set by the council\'s remuneration committee "with '
     'reference to comparable institutions".',
     [('Yasmin Adeyemi', 'the union would write to the council demanding that the bonus be frozen until every affected '
                        'casual had been repaid in full'),
      ('the union', 'the bonus be frozen until every affected casual had been repaid in full'),
      ('A university spokeswoman', 'the vice-chancellor\'s pay was set by the council\'s remuneration committee "with '
                                  'reference to comparable institutions"')],
     [('Yasmin Adeyemi', 'the union would write to the council demanding that the bonus be frozen until every affected '
                        'casual had been repaid in full'),
      ('the union', 'the bonus be frozen until every affected casual had been repaid in full'),
      ('the union', 'the vice-chancellor\'s pay was set by the council\'s remuneration committee "with reference to '
                   'comparable institutions"')]),
], ids=["dateline-accents", "dateline-conjuncts", "dateline-main-subjects", "capital-title-subjects",
        "name-heads-after", "name-heads-after-2", "judges-given-names", "roles-before-names", "picks-and-backers",
        "asked-pronouns-aside", "replies-not-askers", "kin-given-names", "anonymous-participles", "initialled-names",
        "titles-closed-by-names", "more-person-roles", "indefinite-main-subjects", "read-after-subjects",
        "adding-to-sayers", "colon-datelines", "speakers-after-cues", "particles-before", "shared-surnames-no-votes",
        "honoured-not-bodies", "apposed-speakers-before", "hyphen-token-subjects", "spokespeople-of-other-kinds"])
def test_session_79_rules(nlp, monkeypatch, module, flag, text, expected, without):
    """Statements with a session-79 rule on, then off (`stance.extract.<module>.<flag>`)."""
    assert _with_and_without(nlp, monkeypatch, module, flag, text) == (expected, without)


def test_apposed_acl_cue_has_the_noun_as_its_subject(nlp, monkeypatch):
    """'called' parsed as a clause on 'secretary' after the name in apposition has the secretary as its subject
    (`attribution.APPOSED_ACL_CUES`, which the tagger's statements use: a rule frame has no 'called on')."""
    from stance.extract import attribution
    doc = nlp("Nurses back strike\n\nThe Nursing Professions Union said it stands with the doctors. Its general "
              "secretary, Fergus Mbatha-Lyle, called on ministers to return to the table \"before the first picket "
              "line goes up\".")
    called = next(t for t in doc if t.text == "called")
    assert called.dep_ == "acl" and attribution.apposed_acl_subject(called).text == "secretary"
    monkeypatch.setattr(attribution, "APPOSED_ACL_CUES", False)
    assert attribution.apposed_acl_subject(called) is None


@pytest.mark.parametrize("module, flag, text, expected, without", [
    # 'she' goes on from 'she' as the subject before, not to a name in what she said (`speakers.SAME_PRONOUN_ON`)
    ('speakers', 'SAME_PRONOUN_ON',
     'Surgeon hearing\n\nDr Oonagh Fairley was giving evidence on the third day.\n\nShe told the panel that she had '
     'raised concerns about the patient, Marta Pettigrew, three times. Mrs Pettigrew, a retired teacher, had been '
     'admitted with a fever, she said.',
     [('Oonagh Fairley', 'she had raised concerns about the patient'),
      ('Oonagh Fairley', 'Mrs Pettigrew, a retired teacher, had been admitted with a fever')],
     [('Oonagh Fairley', 'she had raised concerns about the patient'),
      ('Marta Pettigrew', 'Mrs Pettigrew, a retired teacher, had been admitted with a fever')]),
    # 'she' goes on from 'she' as the subject before, not to a name in what she said (`speakers.SAME_PRONOUN_ON`)
    ('speakers', 'SAME_PRONOUN_ON',
     'Surgeon hearing\n\nDr Oonagh Fairley was giving evidence on the third day.\n\nShe told the panel that she had '
     'raised concerns about the patient, Marta Pettigrew, three times. Mrs Pettigrew, a retired teacher, had been '
     'admitted with a fever, she said.\n\n"I wrote it down that morning," she said.',
     [('Oonagh Fairley', 'she had raised concerns about the patient'),
      ('Oonagh Fairley', 'Mrs Pettigrew, a retired teacher, had been admitted with a fever'),
      ('Oonagh Fairley', 'I wrote it down that morning')],
     [('Oonagh Fairley', 'she had raised concerns about the patient'),
      ('Marta Pettigrew', 'Mrs Pettigrew, a retired teacher, had been admitted with a fever'),
      ('Marta Pettigrew', 'I wrote it down that morning')]),
    # a name before letters after a name is a person's, without the letters (`speakers.POSTNOMINALS`)
    ('speakers', 'POSTNOMINALS',
     'Robbery trial\n\nOpening the case, Ffion Llewellyn KC said the jury would hear from a neighbour.\n\n"He came '
     'home with blood on his coat," she said.',
     [('Ffion Llewellyn', 'the jury would hear from a neighbour'),
      ('Ffion Llewellyn', 'He came home with blood on his coat')],
     [('Ffion Llewellyn KC', 'the jury would hear from a neighbour'),
      ('Ffion Llewellyn KC', 'He came home with blood on his coat')]),
    # 'she' is the last one who spoke, not one named since and no subject (`speakers.SPEAKERS_BEFORE_MENTIONS`)
    ('speakers', 'SPEAKERS_BEFORE_MENTIONS',
     'Surgeon hearing\n\nDr Philippa Fairley was giving evidence on the third day.\n\nShe said she had considered '
     'refusing to operate. Mrs Pettigrew died later that day.\n\nUnder cross-examination by Tobias Grell KC, she '
     'agreed that she had not told the director. Mr Grell suggested that her account had hardened.\n\n"I don\'t '
     'accept that," she replied.',
     [('Philippa Fairley', 'she had considered refusing to operate'),
      ('Philippa Fairley', 'she had not told the director'),
      ('Tobias Grell', 'her account had hardened'),
      ('Philippa Fairley', "I don't accept that")],
     [('Philippa Fairley', 'she had considered refusing to operate'),
      ('Philippa Fairley', 'she had not told the director'),
      ('Tobias Grell', 'her account had hardened'),
      ('Pettigrew', "I don't accept that")]),
    # an untagged given name before a surname is kept in the name (`speakers.GIVEN_NAMES_BEFORE_SURNAMES`)
    ('speakers', 'GIVEN_NAMES_BEFORE_SURNAMES',
     'Chairman quits\n\nWEXMOOR (Meridian Press) - Aldous Penhallow has resigned as chairman of Castlebridge Rovers '
     'after a boardroom revolt.\n\n"I have given this club my best years," Mr Penhallow said.\n\nRufus Penhallow, his '
     'son, stays on the board.',
     [('Aldous Penhallow', 'I have given this club my best years')],
     [('Rufus Penhallow', 'I have given this club my best years')]),
    # a name in apposition to a noun for a person is a person's (`speakers.APPOSED_PEOPLE`)
    ('speakers', 'APPOSED_PEOPLE',
     "Cup exit\n\nRovers' manager, Caspian Drury, whose side sit ninth, said his players had been unlucky. Asked "
     'about the referee, Drury said it was "not for me to judge".',
     [('Caspian Drury', 'his players had been unlucky'),
      ('Caspian Drury', 'it was "not for me to judge"')],
     [("Rovers' manager, Caspian Drury", 'his players had been unlucky'),
      ('Drury', 'it was "not for me to judge"')]),
    # a name in apposition to a noun for a person is a person's (`speakers.APPOSED_PEOPLE`)
    ('speakers', 'APPOSED_PEOPLE',
     'Cannery to close\n\nPORT WELLAN, N.S. - Tidemark Foods Ltd. will shut its cannery here in March, the company '
     'said on Tuesday.\n\nThe union accused the company of bad faith. Ruairi Desrochers, president of Local 12 of the '
     'Coastal Food Workers, said Tidemark had promised the cannery was safe.\n\n"They looked us in the eye," '
     'Desrochers said.\n\nHe said the union would seek a meeting with the labour minister.',
     [('Tidemark Foods', 'Tidemark Foods Ltd. will shut its cannery here in March'),
      ('The union', 'the company of bad faith'),
      ('Ruairi Desrochers', 'Tidemark had promised the cannery was safe'),
      ('Tidemark Foods', 'was safe'),
      ('Ruairi Desrochers', 'They looked us in the eye'),
      ('Ruairi Desrochers', 'the union would seek a meeting with the labour minister')],
     [('Tidemark Foods', 'Tidemark Foods Ltd. will shut its cannery here in March'),
      ('The union', 'the company of bad faith'),
      ('Ruairi Desrochers', 'Tidemark had promised the cannery was safe'),
      ('Tidemark Foods', 'was safe'),
      ('Ruairi Desrochers', 'They looked us in the eye'),
      (None, 'the union would seek a meeting with the labour minister')]),
    # a person's name the recogniser cut is made whole (`speakers.NAME_PARTS_AROUND`)
    ('speakers', 'NAME_PARTS_AROUND',
     'Border clash\n\nVenkatesh Rao Pillai, the opposition leader, accused the government of hiding the losses.',
     [('Venkatesh Rao Pillai', 'the government of hiding the losses')],
     [('Rao Pillai', 'the government of hiding the losses')]),
    # a person's name the recogniser cut is made whole (`speakers.NAME_PARTS_AROUND`)
    ('speakers', 'NAME_PARTS_AROUND',
     'Valley ruling\n\nForeign Minister Begum Rukhsana Qadri-Baig told the assembly that the ruling was unjust.',
     [('Begum Rukhsana Qadri-Baig', 'the ruling was unjust')],
     [('Begum Rukhsana', 'the ruling was unjust')]),
    # 'the Commissioner' is a description, as 'the commissioner' is (`speakers.CAPITAL_TITLES`)
    ('speakers', 'CAPITAL_TITLES',
     'Water cuts\n\nCommissioner Ravi Adhikesavan visited the pumping station on Monday.\n\n"The pipe is forty years '
     'old," the Commissioner said.',
     [('Ravi Adhikesavan', 'The pipe is forty years old')],
     [('the Commissioner', 'The pipe is forty years old')]),
    # 'the company' is the one company the lede names (`speakers.LEDE_FIRMS`)
    ('speakers', 'LEDE_FIRMS',
     'Retailer seeks protection\n\nWINTERGATE, Sask. - Outdoor-clothing retailer Tamberlane Outfitters Inc. has been '
     'granted protection from its creditors.\n\nAnalysts had expected the move for months.\n\nThe company said about '
     '600 jobs would go.',
     [('Tamberlane Outfitters', 'about 600 jobs would go')],
     [('The company', 'about 600 jobs would go')]),
    # a company's first word alone, tagged a person, is the company (`speakers.FIRMS_TAGGED_ORGS`)
    ('speakers', 'FIRMS_TAGGED_ORGS',
     'Plant to close\n\nBrackwater Seafoods Ltd. will close its plant in March.\n\nThe union said Brackwater had '
     'promised the plant was safe. Sorcha Quill, a packer, said she was angry.\n\nBrackwater said it had no choice.',
     [('The union', 'Brackwater had promised the plant was safe'),
      ('Brackwater Seafoods', 'was safe'),
      ('Sorcha Quill', 'she was angry'),
      ('Brackwater Seafoods', 'it had no choice')],
     [('The union', 'Brackwater had promised the plant was safe'),
      ('Brackwater', 'was safe'),
      ('Sorcha Quill', 'she was angry'),
      ('Brackwater', 'it had no choice')]),
    # 'the adjudicator' is the one person the article gives that title (`speakers.TITLE_NOUNS`)
    ('speakers', 'TITLE_NOUNS',
     'Mould ruling\n\nIn her decision, adjudicator Janine Okafor-Reid said the landlord had been slow.\n\n"That is '
     'not a repair," the adjudicator wrote.',
     [('Janine Okafor-Reid', 'the landlord had been slow'),
      ('Janine Okafor-Reid', 'That is not a repair')],
     [('Janine Okafor-Reid', 'the landlord had been slow'),
      ('the adjudicator', 'That is not a repair')]),
    # one who would not be named is a person, not whom 'the union' is next (`speakers.ANONYMOUS_NOT_BODIES`)
    ('speakers', 'ANONYMOUS_NOT_BODIES',
     'Rail strike\n\nA senior figure at Northvale, who asked not to be named, said the company was weighing a new '
     'offer.\n\nMore strike dates have not been ruled out, the union said.',
     [('A senior figure at Northvale', 'the company was weighing a new offer'),
      ('the union', 'More strike dates have not been ruled out')],
     [('A senior figure at Northvale', 'the company was weighing a new offer'),
      ('A senior figure at Northvale', 'More strike dates have not been ruled out')]),
    # one who would not be named is a person, not whom 'the union' is next (`speakers.ANONYMOUS_NOT_BODIES`)
    ('speakers', 'ANONYMOUS_NOT_BODIES',
     'Rail strike\n\nA senior figure at Northvale, who was not authorized to speak publicly, said the company was '
     'weighing a new offer.\n\nMore strike dates have not been ruled out, the union said.',
     [('A senior figure at Northvale', 'the company was weighing a new offer'),
      ('the union', 'More strike dates have not been ruled out')],
     [('A senior figure at Northvale', 'the company was weighing a new offer'),
      ('A senior figure at Northvale', 'More strike dates have not been ruled out')]),
    # 'A city official familiar with ...' is 'the official' after it (`speakers.FAMILIAR_DESCRIPTIONS`)
    ('speakers', 'FAMILIAR_DESCRIPTIONS',
     'City cites landlord\n\nA city official familiar with the inspection, who was not authorized to speak publicly, '
     'said the city had received complaints about the complex as far back as 2022 but had lacked the staff to inspect '
     'it.\n\n"We had two inspectors covering the whole east side. Things fell through the cracks, and Harbor Pointe '
     'was one of them," the official said.',
     [('A city official familiar with the inspection', 'the city had received complaints about the complex as far back '
                                                      'as 2022 but had lacked the staff to inspect it'),
      ('A city official familiar with the inspection', 'We had two inspectors covering the whole east side. Things '
                                                      'fell through the cracks, and Harbor Pointe was one of them')],
     [('A city official familiar with the inspection', 'the city had received complaints about the complex as far back '
                                                      'as 2022 but had lacked the staff to inspect it'),
      ('Harbor Pointe', 'We had two inspectors covering the whole east side. Things fell through the cracks, and '
                       'Harbor Pointe was one of them')]),
    # the name that opens a sentence is the subject 'he' continues (`speakers.OPENING_NAMES`)
    ('speakers', 'OPENING_NAMES',
     'Derby result\n\nMagpies coach Perpetua Lindqvist praised her young midfield.\n\nMagpies forward Eamon Ngata, a '
     'cousin of the Stingrays captain, kicked five goals and was named best on ground. "It\'s a bit awkward," he '
     'said.',
     [('Perpetua Lindqvist', 'her young midfield'),
      ('Eamon Ngata', "It's a bit awkward")],
     [('Perpetua Lindqvist', 'her young midfield'),
      ('Perpetua Lindqvist', "It's a bit awkward")]),
    # the name a person gave as the only one is a person's (`speakers.NAMES_GIVEN_ONLY`)
    ('speakers', 'NAMES_GIVEN_ONLY',
     'Boat survivors\n\nA teacher who gave her name only as Farzana said the engine had failed on the first '
     'night.\n\n"There was no water after that," she said.',
     [('Farzana', 'the engine had failed on the first night'),
      ('Farzana', 'There was no water after that')],
     [('Farzana', 'the engine had failed on the first night'),
      (None, 'There was no water after that')]),
    # a name with 'a ... company' after it is 'the firm' later (`speakers.FIRMS_DESCRIBED_AFTER`)
    ('speakers', 'FIRMS_DESCRIBED_AFTER',
     'Rent rises\n\nTenants at Linden Court say rents rose by a third.\n\nThe block is owned by Quillan Residential '
     'Partners, an out-of-state investment company. In a statement, the firm said costs had risen.',
     [('Tenants at Linden Court', 'rents rose by a third'),
      ('Quillan Residential Partners', 'costs had risen')],
     [('Tenants at Linden Court', 'rents rose by a third'),
      ('the firm', 'costs had risen')]),
    # a lede's 'A Ferrand-based mining company' is the company named next (`speakers.BASED_BODIES`)
    ('speakers', 'BASED_BODIES',
     'Sanctions challenged\n\nA Ferrand-based mining company says it will challenge the sanctions in court.\n\nIn a '
     'statement, Halcyon Ridge Minerals said the claims were false.',
     [('Halcyon Ridge Minerals', 'it will challenge the sanctions in court'),
      ('Halcyon Ridge Minerals', 'the claims were false')],
     [('A Ferrand-based mining company', 'it will challenge the sanctions in court'),
      ('Halcyon Ridge Minerals', 'the claims were false')]),
    # a company with a legal ending is not 'the union' after it (`speakers.FIRMS_OTHER_KIND`)
    ('speakers', 'FIRMS_OTHER_KIND',
     'Cannery to close\n\nPORT WELLAN, N.S. - Tidemark Foods Ltd. will shut its cannery here in March, the company '
     'said on Tuesday.\n\nThe union accused the company of bad faith.',
     [('Tidemark Foods', 'Tidemark Foods Ltd. will shut its cannery here in March'),
      ('The union', 'the company of bad faith')],
     [('Tidemark Foods', 'Tidemark Foods Ltd. will shut its cannery here in March'),
      ('Tidemark Foods', 'the company of bad faith')]),
    # a speaker described with the name they go by is that name (`speakers.SELF_NAMED`)
    ('speakers', 'SELF_NAMED',
     'Hostages\n\nThe Khorwand Front said none of its members had been present. Its spokesman, who uses the name Qari '
     'Zubair, accused the government of lying.',
     [('The Khorwand Front', 'none of its members had been present'),
      ('Qari Zubair', 'the government of lying')],
     [('The Khorwand Front', 'none of its members had been present'),
      ('Its spokesman', 'the government of lying')]),
    # a speaker described with the name they go by is that name (`speakers.SELF_NAMED`)
    ('speakers', 'SELF_NAMED',
     'Oil workers seized\n\nOn Wednesday, a group calling itself the Ogbomade Patriotic Vanguard said it was holding '
     'the four men. The speaker, who identified himself as "General" Tamuno Ebiye-Okoro, said the men were '
     'well.\n\n"Now they will listen," he said in the message.',
     [('the Ogbomade Patriotic Vanguard', 'it was holding the four men'),
      ('Tamuno Ebiye-Okoro', 'the men were well'),
      ('Tamuno Ebiye-Okoro', 'Now they will listen')],
     [('the Ogbomade Patriotic Vanguard', 'it was holding the four men'),
      ('The speaker', 'the men were well'),
      ('The speaker', 'Now they will listen')]),
    # a company's legal ending is left out of its name as a speaker (`assemble.LEGAL_ENDINGS_DROPPED`)
    ('assemble', 'LEGAL_ENDINGS_DROPPED',
     'Cannery to close\n\nTidemark Foods Ltd. will shut its cannery in March, costing 200 jobs.\n\nTidemark said it '
     'had no choice.',
     [('Tidemark Foods', 'it had no choice')],
     [('Tidemark Foods Ltd.', 'it had no choice')]),
    # a phrase parsed as the subject is cut at its last comma before the name (`article.FRONTED_TITLED_NAMES`)
    ('article', 'FRONTED_TITLED_NAMES',
     'Chain snatchers held\n\nAddressing a press conference at the Commissionerate, Deputy Commissioner of Police '
     '(South) Harpreet Kaur Sandhawalia said the gang targeted elderly women.',
     [('Harpreet Kaur Sandhawalia', 'the gang targeted elderly women')],
     [('Addressing a press conference at the Commissionerate, Deputy Commissioner of Police (South) Harpreet Kaur '
       'Sandhawalia', 'the gang targeted elderly women')]),
    # a subject whose first verb the parse hung on it is the noun phrase before it (`article.COORDINATED_VERB_SUBJECTS`)
    ('article', 'COORDINATED_VERB_SUBJECTS',
     'Paper maker\n\nThe board named Chief Operating Officer Ezekiel Thornquist interim chief executive and said it '
     'had begun a search for a permanent replacement.',
     [('The board', 'it had begun a search for a permanent replacement')],
     [('The board named Chief Operating Officer Ezekiel Thornquist interim chief executive and', 'it had begun a '
                                                                                                'search for a '
                                                                                                'permanent '
                                                                                                'replacement')]),
    # a surname of two words two people share is the one its honorific fits (`speakers.SURNAME_PARTICLES`)
    ('speakers', 'SURNAME_PARTICLES',
     "County board denies snubbing manager in training pitch dispute\n\nThe board's chairman, Ms Gráinne Ó Ceallaigh, "
     'told this newspaper that she was "surprised and disappointed" that the matter had been raised on air before '
     'being raised with her.\n\nI would hope we can all move on and focus on the championship."\n\nMs Ó Ceallaigh '
     'said she had met Breathnach on Tuesday evening and that the meeting had been "frank but constructive".\n\nThe '
     'team captain, Fionnbarr Ó Ceallaigh, who is a nephew of the board chairman, declined to comment when approached '
     'after training on Wednesday, saying only that the panel was "fully focused on the league".',
     [('County board', 'snubbing manager in training pitch dispute'),
      ('Gráinne Ó Ceallaigh', 'she was "surprised and disappointed" that the matter had been raised on air before '
                             'being raised with her'),
      (None, 'we can all move on and focus on the championship'),
      ('Gráinne Ó Ceallaigh', 'she had met Breathnach on Tuesday evening and that the meeting had been "frank but '
                             'constructive"'),
      ('Fionnbarr Ó Ceallaigh', 'only that the panel was "fully focused on the league"')],
     [('County board', 'snubbing manager in training pitch dispute'),
      ('Gráinne Ó Ceallaigh', 'she was "surprised and disappointed" that the matter had been raised on air before '
                             'being raised with her'),
      (None, 'we can all move on and focus on the championship'),
      ('Fionnbarr Ó Ceallaigh', 'she had met Breathnach on Tuesday evening and that the meeting had been "frank but '
                               'constructive"'),
      ('Fionnbarr Ó Ceallaigh', 'only that the panel was "fully focused on the league"')]),
    # a paragraph of quotation after '"...," the judge told her.' is the judge's (`assemble.LISTENERS_AFTER_CUES`)
    ('assemble', 'LISTENERS_AFTER_CUES',
     'Carer jailed\n\nJudge Ambrose Tetteh said the carer had preyed on the frail.\n\n"You were trusted," the judge '
     'told her.\n\n"This was not a moment of madness. It went on for years."',
     [('Ambrose Tetteh', 'the carer had preyed on the frail'),
      ('Ambrose Tetteh', 'You were trusted'),
      ('Ambrose Tetteh', 'This was not a moment of madness. It went on for years.')],
     [('Ambrose Tetteh', 'the carer had preyed on the frail'),
      ('Ambrose Tetteh', 'You were trusted'),
      (None, 'This was not a moment of madness. It went on for years.')]),
    # 'Surf and Sea Watch' is one group, not two people (`assemble.GROUPS_NOT_SHARED_SURNAMES`)
    ('assemble', 'GROUPS_NOT_SHARED_SURNAMES',
     'Beach closed\n\nSurf and Sea Watch, a volunteer group, said its own samples showed high bacteria levels.',
     [('Surf and Sea Watch', 'its own samples showed high bacteria levels')],
     [('Surf Watch', 'its own samples showed high bacteria levels')]),
    # 'her voice breaking' makes no listener of 'told' a statement (`attribution.ABSOLUTE_CLAUSES`)
    ('attribution', 'ABSOLUTE_CLAUSES',
     'Fraud trial\n\nHis daughter, Paulette Dunmore, spoke next.\n\n"He thought he was losing his mind," she told the '
     'court, her voice breaking.',
     [('Paulette Dunmore', 'He thought he was losing his mind')],
     [('Paulette Dunmore', 'her voice breaking')]),
], ids=["same-pronoun-on", "same-pronoun-on-2", "postnominals", "speakers-before-mentions",
        "given-names-before-surnames", "apposed-people", "apposed-people-2", "name-parts-around",
        "name-parts-around-2", "capital-titles", "lede-firms", "firms-tagged-orgs", "title-nouns",
        "anonymous-not-bodies", "anonymous-not-bodies-2", "familiar-descriptions", "opening-names", "names-given-only",
        "firms-described-after", "based-bodies", "firms-other-kind", "self-named", "self-named-2",
        "legal-endings-dropped", "fronted-titled-names", "coordinated-verb-subjects", "surname-particles",
        "listeners-after-cues", "groups-not-shared-surnames", "absolute-clauses"])
def test_session_78_rules(nlp, monkeypatch, module, flag, text, expected, without):
    """Statements with a session-78 rule on, then off (`stance.extract.<module>.<flag>`)."""
    assert _with_and_without(nlp, monkeypatch, module, flag, text) == (expected, without)


@pytest.mark.parametrize("module, flag, text, expected, without", [
    # a lede's role without a name is the person named bare after it (`speakers.LEDE_ROLES_NAMED_NEXT`)
    ('speakers', 'LEDE_ROLES_NAMED_NEXT',
     'Ferry fares to rise\n\nThe chief executive of Harbourline Ferries warned on Monday that fares would rise by a '
     'tenth next spring.\n\n"Fuel has doubled and we cannot absorb it," said Oriana Blackwood, who has run the '
     'operator since 2020.',
     [('Oriana Blackwood', 'fares would rise by a tenth next spring'),
      ('Oriana Blackwood', 'Fuel has doubled and we cannot absorb it')],
     [('The chief executive of Harbourline Ferries', 'fares would rise by a tenth next spring'),
      ('Oriana Blackwood', 'Fuel has doubled and we cannot absorb it')]),
    # a lede's role without a name is the person named bare after it (`speakers.LEDE_ROLES_NAMED_NEXT`)
    ('speakers', 'LEDE_ROLES_NAMED_NEXT',
     'Ferry routes cut\n\nThe island ferry company will drop ten routes next year, its chief executive told staff on '
     'Monday.\n\n"We cannot go on as we are," wrote Oriana Blackwood in a memo to staff.',
     [('Oriana Blackwood', 'The island ferry company will drop ten routes next year'),
      ('Oriana Blackwood', 'We cannot go on as we are')],
     [('its chief executive', 'The island ferry company will drop ten routes next year'),
      ('Oriana Blackwood', 'We cannot go on as we are')]),
    # 'he' is the untagged speaker who spoke last, not a person named before (`speakers.RECENT_UNTAGGED`)
    ('speakers', 'RECENT_UNTAGGED',
     "Custody review\n\nThe watchdog found that officers had ignored a detainee's requests for help. His mother, "
     'Agata Nowicka, said the family felt vindicated.\n\nChief Constable Emrys Treharne said in a statement that the '
     'force accepted the findings. He said new training had begun.',
     [('Agata Nowicka', 'the family felt vindicated'),
      ('Chief Constable Emrys Treharne', 'the force accepted the findings'),
      ('Chief Constable Emrys Treharne', 'new training had begun')],
     [('Agata Nowicka', 'the family felt vindicated'),
      ('Chief Constable Emrys Treharne', 'the force accepted the findings'),
      (None, 'new training had begun')]),
    # a surname two people share names the one its honorific, or its form before, fits (`speakers.NAMESAKES`)
    ('speakers', 'NAMESAKES',
     "Reservoir inquiry\n\nNuala Brennan, who chairs the residents' group, told the inquiry the valley would be lost. "
     'Mrs Brennan said the group had 4,000 signatures.\n\nHer sister-in-law, Deirdre Brennan, who runs the village '
     'shop, did not attend. Mrs Brennan said she was too upset to come.',
     [('Nuala Brennan', 'the valley would be lost'),
      ('Nuala Brennan', 'the group had 4,000 signatures'),
      ('Nuala Brennan', 'she was too upset to come')],
     [('Nuala Brennan', 'the valley would be lost'),
      ('Nuala Brennan', 'the group had 4,000 signatures'),
      ('Deirdre Brennan', 'she was too upset to come')]),
    # a surname two people share names the one its honorific, or its form before, fits (`speakers.NAMESAKES`)
    ('speakers', 'NAMESAKES',
     'Minister survives vote\n\nFinance Minister Orla Dunleavy survived a confidence vote on Tuesday night.\n\nA '
     'backbencher, Ciaran Dunleavy, who is no relation of the minister, said he could not support her.\n\nMs Dunleavy '
     'said the collapse of the bank had been investigated in full.',
     [('Ciaran Dunleavy', 'he could not support her'),
      ('Orla Dunleavy', 'the collapse of the bank had been investigated in full')],
     [('Ciaran Dunleavy', 'he could not support her'),
      ('Ciaran Dunleavy', 'the collapse of the bank had been investigated in full')]),
    # a first name with an age after it is a person (`speakers.AGED_NAMES`)
    ('speakers', 'AGED_NAMES',
     'Bypass divides village\n\nOisín, 70, who has lived on the main street all his life, was in favour. "The lorries '
     'shake my windows," he said.',
     [('Oisín', 'The lorries shake my windows')],
     [(None, 'The lorries shake my windows')]),
    # a phrase the parse put before a name is not part of the speaker (`article.FRONTED_PHRASES_OUT`)
    ('article', 'FRONTED_PHRASES_OUT',
     'Runway plan\n\nShoppers were split. Beside her, Wade, 61, a retired welder, said he was all for it.',
     [('Wade', 'he was all for it')],
     [('Beside her, Wade', 'he was all for it')]),
    # a paragraph of quotation after a reported statement is its speaker's (`assemble.QUOTES_AFTER_REPORTED`)
    ('assemble', 'QUOTES_AFTER_REPORTED',
     'Adviser jailed\n\nJudge Harriet Okoro told him he had betrayed clients who trusted him with their '
     'savings.\n\n"You took their money and spent it on yourself. You lied to them for years."',
     [('Harriet Okoro', 'he had betrayed clients who trusted him with their savings'),
      ('Harriet Okoro', 'You took their money and spent it on yourself. You lied to them for years.')],
     [('Harriet Okoro', 'he had betrayed clients who trusted him with their savings'),
      (None, 'You took their money and spent it on yourself. You lied to them for years.')]),
    # a lede's body without a name is the organisation that speaks next (`speakers.LEDE_BODIES_NAMED_NEXT`)
    ('speakers', 'LEDE_BODIES_NAMED_NEXT',
     'Solar farm opposed\n\nA parish council has objected to plans for a solar farm, warning that it would spoil the '
     'valley.\n\nBrightfield Solar has applied to the district council for permission to build it.\n\nIn a letter to '
     'planners, Upper Wenlow Parish Council said the scheme was out of scale with the valley.',
     [('Upper Wenlow Parish Council', 'it would spoil the valley'),
      ('Upper Wenlow Parish Council', 'the scheme was out of scale with the valley')],
     [('A parish council', 'it would spoil the valley'),
      ('Upper Wenlow Parish Council', 'the scheme was out of scale with the valley')]),
    # a lede's body without a name is the organisation that speaks next (`speakers.LEDE_BODIES_NAMED_NEXT`)
    ('speakers', 'LEDE_BODIES_NAMED_NEXT',
     'Rail upgrade late\n\nThe upgrade of the coast railway is four years late and will cost far more than planned, '
     "the government's spending watchdog said on Thursday.\n\nIn its report, the Public Accounts Office said the "
     'ministry had started work too early.',
     [('Public Accounts Office', 'The upgrade of the coast railway is four years late and will cost far more than '
                                'planned'),
      ('Public Accounts Office', 'the ministry had started work too early')],
     [("the government's spending watchdog", 'The upgrade of the coast railway is four years late and will cost far '
                                            'more than planned'),
      ('the Public Accounts Office', 'the ministry had started work too early')]),
    # a pronoun before the verb, after a comma, is its subject (`attribution.PRONOUN_SECOND_SUBJECTS`)
    ('attribution', 'PRONOUN_SECOND_SUBJECTS',
     'Pay talks\n\nBoard chair Edith Marr spoke after the vote.\n\nAsked whether the board would request that the '
     'minister order teachers back to work, she said that decision "rests with the province."',
     [('Edith Marr', 'decision "rests with the province."')],
     [('the minister order teachers back to work', 'decision "rests with the province."')]),
    # 'she' opening a paragraph is the person the paragraph before is about (`speakers.PARAGRAPH_TOPICS`)
    ('speakers', 'PARAGRAPH_TOPICS',
     'Hospital inquiry call\n\nSiobhan Carraway-Kent spoke to reporters outside the hospital, where her mother, '
     'Margaret Carraway, died in March. She held up a photograph of her mother.\n\nShe said her mother had waited two '
     'days for a bed.',
     [('Siobhan Carraway-Kent', 'her mother had waited two days for a bed')],
     [('Margaret Carraway', 'her mother had waited two days for a bed')]),
    # a man's name in apposition to 'her brother' is not the 'she' who said it (`speakers.GENDERED_APPOSITIONS`)
    ('speakers', 'GENDERED_APPOSITIONS',
     'Hospital inquiry call\n\nSiobhan Kent said the family wanted answers.\n\nHer brother, Ashley Kent, who lives '
     'abroad, supports the call for an inquiry, she said.',
     [('Siobhan Kent', 'the family wanted answers'),
      ('Siobhan Kent', 'Her brother, Ashley Kent, who lives abroad, supports the call for an inquiry')],
     [('Siobhan Kent', 'the family wanted answers'),
      ('Ashley Kent', 'Her brother, Ashley Kent, who lives abroad, supports the call for an inquiry')]),
    # a headline's 'X told' is a passive: X was told (`attribution.HEADLINE_TOLD`)
    ('attribution', 'HEADLINE_TOLD',
     "Quarry plan 'will ruin our village', inquiry told\n\nResidents told a planning inquiry on Monday that a new "
     'quarry would ruin the village.',
     [('Residents', 'a new quarry would ruin the village')],
     [('inquiry', "Quarry plan 'will ruin our village"),
      ('Residents', 'a new quarry would ruin the village')]),
    # a headline's 'X told' is a passive: X was told (`attribution.HEADLINE_TOLD`)
    ('attribution', 'HEADLINE_TOLD',
     "Council told bypass 'will split parish in two'\n\nResidents told the county council on Monday that the bypass "
     'would split the parish.',
     [('Residents', 'the bypass would split the parish')],
     [('Residents', "bypass 'will split parish in two'"),
      ('Residents', 'the bypass would split the parish')]),
    # a given name joined by a hyphen to a word in lower case is kept in the name (`speakers.HYPHENED_GIVEN_NAMES`)
    ('speakers', 'HYPHENED_GIVEN_NAMES',
     'Debate night\n\nYeon Seo-ah of the ruling party accused her rival of dodging questions, while Baek Do-hyun of '
     'the opposition said the government had failed young families.\n\nThe third candidate, Baek Min-jae of the Green '
     'Justice Party, said both had ignored pensions.',
     [('Yeon Seo-ah', 'her rival of dodging questions'),
      ('Baek Do-hyun', 'the government had failed young families'),
      ('Baek Min-jae', 'both had ignored pensions')],
     [('Yeon Seo', 'her rival of dodging questions'),
      ('Baek Do-hyun of the opposition', 'the government had failed young families'),
      ('Baek Min-jae', 'both had ignored pensions')]),
    # a person tagged across the end of a dateline is none (`speakers.DATELINE_STRADDLES`)
    ('speakers', 'DATELINE_STRADDLES',
     "Pension reform\n\nKORVIK, Eskaria - Eskaria's biggest teachers' union has rejected the pay offer made on "
     'Friday, accusing ministers of bad faith.',
     [("Eskaria's biggest teachers' union", 'the pay offer made on Friday'),
      ("Eskaria's biggest teachers' union", 'ministers of bad faith')],
     [('Eskaria - Eskaria', 'the pay offer made on Friday'),
      ('Eskaria - Eskaria', 'ministers of bad faith')]),
], ids=["lede-roles-named-next", "lede-roles-named-next-2", "recent-untagged", "namesakes", "namesakes-2",
        "aged-names", "fronted-phrases-out", "quotes-after-reported", "lede-bodies-named-next",
        "lede-bodies-named-next-2", "pronoun-second-subjects", "paragraph-topics", "gendered-appositions",
        "headline-told", "headline-told-2", "hyphened-given-names", "dateline-straddles"])
def test_session_77_rules(nlp, monkeypatch, module, flag, text, expected, without):
    """Statements with a session-77 rule on, then off (`stance.extract.<module>.<flag>`)."""
    assert _with_and_without(nlp, monkeypatch, module, flag, text) == (expected, without)


@pytest.mark.parametrize("module, flag, text, expected, without", [
    # a participle after a quotation ending a said clause is the speaker's (`attribution.QUOTE_CLOSED_PARTICIPLES`)
    ('attribution', 'QUOTE_CLOSED_PARTICIPLES',
     'Cash machines\n\nA Treasury spokesman added that ministers expected lenders to "keep branches open where they '
     'are needed", pointing to the new shared banking hubs.',
     [('A Treasury spokesman', 'ministers expected lenders to "keep branches open where they are needed"'),
      ('A Treasury spokesman', 'the new shared banking hubs')],
     [('A Treasury spokesman', 'ministers expected lenders to "keep branches open where they are needed"'),
      ('ministers', 'the new shared banking hubs')]),
    # a participle after a quotation ending a said clause is the speaker's (`attribution.QUOTE_CLOSED_PARTICIPLES`)
    ('attribution', 'QUOTE_CLOSED_PARTICIPLES',
     'Debate checked\n\nThe fact-checking group TruthLens said Ms Varga\'s claim about the budget was "misleading," '
     'noting that the cuts she named had been reversed.',
     [('TruthLens', 'Ms Varga\'s claim about the budget was "misleading,"'),
      ('TruthLens', 'the cuts she named had been reversed')],
     [('TruthLens', 'Ms Varga\'s claim about the budget was "misleading," noting that the cuts she named had been '
                   'reversed'),
      ('Varga', 'the cuts she named had been reversed')]),
    # a participle hung on a clause of comparison has the main clause's subject (`attribution.RELATIVE_PARTICIPLES`)
    ('attribution', 'RELATIVE_PARTICIPLES',
     'Fraud sentence\n\nJudge Amira Castell imposed a sentence two years longer than the one defence lawyers had '
     'asked for, saying Pruett had "preyed on the trust of his neighbours."',
     [('Amira Castell', 'Pruett had "preyed on the trust of his neighbours."')],
     [('the one defence lawyers', 'Pruett had "preyed on the trust of his neighbours."')]),
    # 'he' beside another person's untagged name is no vote for one tagged (`speakers.UNTAGGED_OTHERS`)
    ('speakers', 'UNTAGGED_OTHERS',
     'Insurance trial\n\nProsecutors told jurors that a former coach shot his partner, as the murder trial of Dale '
     'Coburn got under way. "This case is about money," Deputy District Attorney Nerys Okonkwo-Reyes told the '
     'jury.\n\nOkonkwo-Reyes said phone records would place Coburn near the cabin, despite his telling police he was '
     'at home. "He had every reason to lie," she said.',
     [('Prosecutors', 'a former coach shot his partner, as the murder trial of Dale Coburn got under way'),
      ('Nerys Okonkwo-Reyes', 'This case is about money'),
      ('Nerys Okonkwo-Reyes', 'phone records would place Coburn near the cabin, despite his telling police he was at '
                             'home'),
      ('Nerys Okonkwo-Reyes', 'He had every reason to lie')],
     [('Prosecutors', 'a former coach shot his partner, as the murder trial of Dale Coburn got under way'),
      ('Nerys Okonkwo-Reyes', 'This case is about money'),
      ('Nerys Okonkwo-Reyes', 'phone records would place Coburn near the cabin, despite his telling police he was at '
                             'home'),
      ('Dale Coburn', 'He had every reason to lie')]),
    # 'she' is not the person her statement names (`speakers.NAMED_IN_CONTENT_ASIDE`)
    ('speakers', 'NAMED_IN_CONTENT_ASIDE',
     'Insurance trial\n\nProsecutors told jurors that a former coach shot his partner, as the murder trial of Dale '
     'Tennant got under way. "This case is about money," Deputy District Attorney Nerys Okonkwo-Reyes told the '
     'jury.\n\nOkonkwo-Reyes said phone records would place Tennant near the cabin, despite his telling police he was '
     'at home. She said Tennant stood to collect a large payout.',
     [('Prosecutors', 'a former coach shot his partner, as the murder trial of Dale Tennant got under way'),
      ('Nerys Okonkwo-Reyes', 'This case is about money'),
      ('Nerys Okonkwo-Reyes', 'phone records would place Tennant near the cabin, despite his telling police he was at '
                             'home'),
      ('Nerys Okonkwo-Reyes', 'Tennant stood to collect a large payout')],
     [('Prosecutors', 'a former coach shot his partner, as the murder trial of Dale Tennant got under way'),
      ('Nerys Okonkwo-Reyes', 'This case is about money'),
      ('Nerys Okonkwo-Reyes', 'phone records would place Tennant near the cabin, despite his telling police he was at '
                             'home'),
      ('Dale Tennant', 'Tennant stood to collect a large payout')]),
    # a headline's words in lower case tagged a person are not 'she' (`speakers.LOWER_CASE_PEOPLE`)
    ('speakers', 'LOWER_CASE_PEOPLE',
     'Appeal judges quash murder conviction of man jailed for 12 years\n\nThe Court of Appeal quashed the conviction '
     'on Thursday.\n\nThe senior judge said new tests had found DNA from an unknown man. "The conviction is unsafe," '
     'she said.',
     [('The senior judge', 'new tests had found DNA from an unknown man'),
      ('The senior judge', 'The conviction is unsafe')],
     [('quash murder conviction', 'new tests had found DNA from an unknown man'),
      ('quash murder conviction', 'The conviction is unsafe')]),
    # a judge's title and surname are a person's name (`speakers.JUDGES_TITLED`)
    ('speakers', 'JUDGES_TITLED',
     'Conviction quashed\n\nLady Justice Penrose, sitting with two other judges, said the new evidence was strong. '
     '"The verdict cannot stand," she said.',
     [('Lady Justice Penrose', 'the new evidence was strong'),
      ('Lady Justice Penrose', 'The verdict cannot stand')],
     [('Justice Penrose', 'the new evidence was strong'),
      ('Justice Penrose', 'The verdict cannot stand')]),
    # 'chairman' beside a name is no vote for a man (`speakers.CHAIRMEN_ANY_GENDER`)
    ('speakers', 'CHAIRMEN_ANY_GENDER',
     'Oakfield Rise: 400-home estate approved\n\nThe Oakfield Rise estate will be built in three phases.\n\nThe '
     'committee chairman, Cllr Morwen Ashby, said the council had little choice. "We have a target to meet," she '
     'said.',
     [('Cllr Morwen Ashby', 'the council had little choice'),
      ('Cllr Morwen Ashby', 'We have a target to meet')],
     [('Cllr Morwen Ashby', 'the council had little choice'),
      (None, 'We have a target to meet')]),
    # more first names of one gender: the name a person, and 'she' theirs (`speakers.ADDED_FIRST_NAMES`)
    ('speakers', 'ADDED_FIRST_NAMES',
     'Election night\n\nTurnout was 61 per cent, the commission said.\n\nAmong the crowd at the depot, retired '
     'teacher Imogen Okafor, 71, said she had waited years for the night. "I have voted for them nine times," she '
     'said.',
     [('the commission', 'Turnout was 61 per cent'),
      ('Imogen Okafor', 'she had waited years for the night'),
      ('Imogen Okafor', 'I have voted for them nine times')],
     [('the commission', 'Turnout was 61 per cent'),
      ('Among the crowd at the depot, retired teacher Imogen Okafor', 'she had waited years for the night'),
      ('Turnout', 'I have voted for them nine times')]),
    # 'the county council' is not the villagers who spoke before (`speakers.GROUPS_NOT_BODIES`)
    ('speakers', 'GROUPS_NOT_BODIES',
     'Bypass inquiry\n\nVillagers in Upper Wendle said living beside the lorry route had been "years of '
     'misery".\n\nThe road would carry traffic around the village. The county council says it would remove 8,000 '
     'vehicles a day.',
     [('Villagers in Upper Wendle', 'living beside the lorry route had been "years of misery"'),
      ('The county council', 'it would remove 8,000 vehicles a day')],
     [('Villagers in Upper Wendle', 'living beside the lorry route had been "years of misery"'),
      ('Villagers in Upper Wendle', 'it would remove 8,000 vehicles a day')]),
    # an office owned by a title is not a person with that title (`speakers.OWNED_OFFICES`)
    ('speakers', 'OWNED_OFFICES',
     'Roofer sentenced\n\nAssistant District Attorney Lena Marsh said the roofer had spent the deposits on '
     "gambling.\n\nThe state attorney general's office, which brought the case, said only a fraction had been "
     'recovered.',
     [('Lena Marsh', 'the roofer had spent the deposits on gambling'),
      ("The state attorney general's office", 'only a fraction had been recovered')],
     [('Lena Marsh', 'the roofer had spent the deposits on gambling'),
      ('Lena Marsh', 'only a fraction had been recovered')]),
    # 'Its foreign ministry' is that of the country the sentence before is about (`speakers.ITS_BODIES`)
    ('speakers', 'ITS_BODIES',
     'Jet sale\n\nOstrava approved the sale of 20 fighter jets to Zelmar on Monday.\n\nVarnia reacted angrily. Its '
     "foreign ministry summoned Ostrava's ambassador and said the sale upset the balance in the region.",
     [("Varnia's foreign ministry", 'the sale upset the balance in the region')],
     [('Its foreign ministry', 'the sale upset the balance in the region')]),
    # a name with 'and' in it is kept whole (`speakers.AND_NAMES`)
    ('speakers', 'AND_NAMES',
     "Port strike\n\nThe walkout by members of the Coastal and Harbour Workers' Union began on Monday.\n\nThe union "
     'said the strike would go on until the company gave a written guarantee on jobs.',
     [("Coastal and Harbour Workers' Union", 'the strike would go on until the company gave a written guarantee on '
                                            'jobs')],
     [("Harbour Workers' Union", 'the strike would go on until the company gave a written guarantee on jobs')]),
    # a lede's 'A coroner' is the coroner the article names below (`speakers.LEDE_OFFICES`)
    ('speakers', 'LEDE_OFFICES',
     'Care home death\n\nA coroner has ruled that neglect contributed to the death of a 90-year-old woman at a care '
     'home in Lowbridge, and said staff had missed "clear warnings".\n\nRecording his conclusion on Friday, senior '
     'coroner Idris Penhale said the home had failed her.',
     [('Idris Penhale', 'staff had missed "clear warnings"'),
      ('Idris Penhale', 'the home had failed her')],
     [('A coroner', 'staff had missed "clear warnings"'),
      ('Idris Penhale', 'the home had failed her')]),
    # a surname tagged alone takes the first name written before it (`speakers.SURNAME_FIRST_NAMES`)
    ('speakers', 'SURNAME_FIRST_NAMES',
     'Border markers\n\nThe two ministries traded accusations on Monday.\n\nFarmer Teodric Vaskin said the guards had '
     'moved the markers. "Nobody shows me the paper," Vaskin said.',
     [('Farmer Teodric Vaskin', 'the guards had moved the markers'),
      ('Teodric Vaskin', 'Nobody shows me the paper')],
     [('Farmer Teodric Vaskin', 'the guards had moved the markers'),
      ('Vaskin', 'Nobody shows me the paper')]),
    # a body's name cut in two at a plural possessive is one name (`speakers.SPLIT_BODY_NAMES`)
    ('speakers', 'SPLIT_BODY_NAMES',
     "Club sale\n\nThe Port Elwood Supporters' Collective claimed the fund had doubled ticket prices.",
     [("The Port Elwood Supporters' Collective", 'the fund had doubled ticket prices')],
     [('Collective', 'the fund had doubled ticket prices')]),
    # a first name before a surname tagged alone joins it (`speakers.FIRST_NAMES_JOINED`)
    ('speakers', 'FIRST_NAMES_JOINED',
     'Mayor rejects calls to quit\n\nMayor Renata Solberg on Monday rejected calls for her resignation over harbour '
     'contracts won by a company run by her brother-in-law.\n\n"I was elected to do a job," Solberg told '
     'reporters.\n\nThe company is owned by Gunnar Solberg, who did not respond to messages.',
     [('Renata Solberg', 'calls for her resignation over harbour contracts won by a company run by her brother-in-law'),
      ('Renata Solberg', 'I was elected to do a job')],
     [('Gunnar Solberg', 'calls for her resignation over harbour contracts won by a company run by her brother-in-law'),
      ('Gunnar Solberg', 'I was elected to do a job')]),
    # the object of a cue's own 'in' is not its subject (`attribution.OWN_ADJUNCTS_NOT_SUBJECTS`)
    ('attribution', 'OWN_ADJUNCTS_NOT_SUBJECTS',
     'Turbine lease\n\nFarmer Colm Brady has agreed to lease part of his land for the turbines. He did not attend the '
     'meeting, but in a short statement said the rent would "keep the farm in the family".',
     [('Farmer Colm Brady', 'the rent would "keep the farm in the family"')],
     [('a short statement', 'the rent would "keep the farm in the family"')]),
    # a cue whose object is the said clause's subject is the speaker's (`attribution.REFERRING_OBJECTS`)
    ('attribution', 'REFERRING_OBJECTS',
     'Rents rise\n\nThe opposition\'s housing spokesman, Ravi Mistry, said the minister was "out of touch" and called '
     'on her to cap rent rises for sitting tenants.',
     [('Ravi Mistry', 'the minister was "out of touch"'),
      ('Ravi Mistry', 'her to cap rent rises for sitting tenants')],
     [('Ravi Mistry', 'the minister was "out of touch" and called on her to cap rent rises for sitting tenants'),
      ('the minister', 'her to cap rent rises for sitting tenants')]),
    # a cue whose object is the said clause's subject is the speaker's (`attribution.REFERRING_OBJECTS`)
    ('attribution', 'REFERRING_OBJECTS',
     'Depot closure\n\nThe union leader said the council was out of touch with its workers and urged it to think '
     'again.',
     [('The union leader', 'the council was out of touch with its workers'),
      ('The union leader', 'it to think again')],
     [('The union leader', 'the council was out of touch with its workers and urged it to think again'),
      ('the council', 'it to think again')]),
    # a headline's 'X urged to act' is a passive: X does not urge (`attribution.HEADLINE_PASSIVES`)
    ('attribution', 'HEADLINE_PASSIVES',
     'Council urged to halt library closures as campaigners rally\n\nThe Friends of Elmfield Library called on the '
     'council to think again.',
     [('The Friends of Elmfield Library', 'the council to think again')],
     [('Council', 'to halt library closures as campaigners rally'),
      ('The Friends of Elmfield Library', 'the council to think again')]),
    # '..., he said' is no vote for the gender of the person named in what he said (`speakers.SPEAKER_PRONOUNS_ASIDE`)
    ('speakers', 'SPEAKER_PRONOUNS_ASIDE',
     'Shelter full\n\nTomasz Reyna, who runs the shelter, said the quota would leave families waiting.\n\nReyna '
     'pointed to the case of the Okafor family. Ngozi Okafor and her two sons have been living in a school gym since '
     'May, he said, and could wait another year.',
     [('Tomasz Reyna', 'the quota would leave families waiting'),
      ('Tomasz Reyna', 'the case of the Okafor family'),
      ('Tomasz Reyna', 'Ngozi Okafor and her two sons have been living in a school gym since May')],
     [('Tomasz Reyna', 'the quota would leave families waiting'),
      ('Tomasz Reyna', 'the case of the Okafor family'),
      ('Ngozi Okafor', 'Ngozi Okafor and her two sons have been living in a school gym since May')]),
], ids=["quote-closed-participles", "quote-closed-participles-2", "relative-participles", "untagged-others",
        "named-in-content-aside", "lower-case-people", "judges-titled", "chairmen-any-gender", "added-first-names",
        "groups-not-bodies", "owned-offices", "its-bodies", "and-names", "lede-offices", "surname-first-names",
        "split-body-names", "first-names-joined", "own-adjuncts-not-subjects", "referring-objects",
        "referring-objects-2", "headline-passives", "speaker-pronouns-aside"])
def test_session_76_rules(nlp, monkeypatch, module, flag, text, expected, without):
    """Statements with a session-76 rule on, then off (`stance.extract.<module>.<flag>`)."""
    assert _with_and_without(nlp, monkeypatch, module, flag, text) == (expected, without)


@pytest.mark.parametrize("module, flag, text, expected, without", [
    # a cue in the past after a said clause in another tense speaks for the speaker (`attribution.TENSE_SHIFTED_OUTERS`)
    ('attribution', 'TENSE_SHIFTED_OUTERS',
     'Teachers\' pay\n\nCouncillor Edwin Marlow said the unions were "asking for money the county does not have" and '
     'accused them of timing the strike to disrupt the budget vote.',
     [('Edwin Marlow', 'the unions were "asking for money the county does not have"'),
      ('Edwin Marlow', 'them of timing the strike to disrupt the budget vote')],
     [('Edwin Marlow', 'the unions were "asking for money the county does not have"'),
      ('the unions', 'them of timing the strike to disrupt the budget vote')]),
    # a cue in the past after a said clause in another tense speaks for the speaker (`attribution.TENSE_SHIFTED_OUTERS`)
    ('attribution', 'TENSE_SHIFTED_OUTERS',
     'Quarry trial\n\nDefence lawyer Claire Whitby said Dunmore Aggregates had "spent millions putting the site '
     'right" and accused the villagers of rewriting history.',
     [('Claire Whitby', 'Dunmore Aggregates had "spent millions putting the site right"'),
      ('Claire Whitby', 'the villagers of rewriting history')],
     [('Claire Whitby', 'Dunmore Aggregates had "spent millions putting the site right"'),
      ('Dunmore Aggregates', 'the villagers of rewriting history')]),
    # a relative read as the said clause's subject leaves the speaker out (`attribution.RELATIVE_CONTENT_SUBJECTS`)
    ('attribution', 'RELATIVE_CONTENT_SUBJECTS',
     'Rail talks\n\nNorthway Trains has offered 3 per cent, tied to changes in night working that the union says '
     'would push drivers onto longer shifts.',
     [('the union', 'would push drivers onto longer shifts')],
     [(None, 'the union says would push drivers onto longer shifts')]),
    # 'the lender' after what it said is the bank the clause opens with (`speakers.MORE_ORG_NOUNS`)
    ('speakers', 'MORE_ORG_NOUNS',
     'Branch closures\n\nCopperleaf Bank is to close 60 branches next year, the lender said on Monday.',
     [('Copperleaf Bank', 'Copperleaf Bank is to close 60 branches next year')],
     [('the lender', 'Copperleaf Bank is to close 60 branches next year')]),
    # a body a description names is whom 'it' is next (`speakers.NAMED_BODIES_SPEAK`)
    ('speakers', 'NAMED_BODIES_SPEAK',
     "Weedkiller review\n\nThe Harrow Valley Farmers' Union welcomed the findings.\n\nDr Anya Petrakis called on the "
     'Pesticides Safety Directorate to reopen its review. The directorate said it would study the paper. It noted '
     'that its last assessment had found no risk.',
     [("The Harrow Valley Farmers' Union", 'the findings'),
      ('Anya Petrakis', 'the Pesticides Safety Directorate to reopen its review'),
      ('Pesticides Safety Directorate', 'it would study the paper'),
      ('Pesticides Safety Directorate', 'its last assessment had found no risk')],
     [("The Harrow Valley Farmers' Union", 'the findings'),
      ('Anya Petrakis', 'the Pesticides Safety Directorate to reopen its review'),
      ('Pesticides Safety Directorate', 'it would study the paper'),
      ("The Harrow Valley Farmers' Union", 'its last assessment had found no risk')]),
    # a name written after 'firm' is a company whose spokesman speaks for it (`speakers.INTRODUCED_FIRMS`)
    ('speakers', 'INTRODUCED_FIRMS',
     'Tribunal ruling\n\nMarcus Doyle worked for the logistics firm Garrow Freight for six years.\n\nHis union, the '
     "Road Workers' Union, said the ruling was a warning to employers.\n\nGarrow Freight said it was disappointed. A "
     'company spokesman said the firm took safety seriously.',
     [("the Road Workers' Union", 'the ruling was a warning to employers'),
      ('Garrow Freight', 'it was disappointed'),
      ('Garrow Freight', 'the firm took safety seriously')],
     [("the Road Workers' Union", 'the ruling was a warning to employers'),
      ('Garrow Freight', 'it was disappointed'),
      ("the Road Workers' Union", 'the firm took safety seriously')]),
    # a name written after 'firm' is a company whose spokesman speaks for it (`speakers.INTRODUCED_FIRMS`)
    ('speakers', 'INTRODUCED_FIRMS',
     'Satellite launch\n\nA rocket built by the launch company Orvane Space lifted off on Friday after two '
     'delays.\n\nAbout an hour later, the company confirmed that the satellite had separated.',
     [('Orvane Space', 'the satellite had separated')],
     [('the company', 'the satellite had separated')]),
    # 'he' or 'she' after a person described and not named is that person (`speakers.ANONYMOUS_DESCRIPTIONS`)
    ('speakers', 'ANONYMOUS_DESCRIPTIONS',
     'Bin rounds\n\nCouncillor Owen Pratt defended the new rounds.\n\nOne bin collector, who did not want to be '
     'named, was less sure. He said crews had been told little.\n\n"We are the ones people shout at," he said.',
     [('Owen Pratt', 'the new rounds'),
      ('One bin collector', 'crews had been told little'),
      ('One bin collector', 'We are the ones people shout at')],
     [('Owen Pratt', 'the new rounds'),
      ('Owen Pratt', 'crews had been told little'),
      ('Owen Pratt', 'We are the ones people shout at')]),
    # 'he' or 'she' after a person described and not named is that person (`speakers.ANONYMOUS_DESCRIPTIONS`)
    ('speakers', 'ANONYMOUS_DESCRIPTIONS',
     'Ward closure\n\nMaria Lund, whose mother is a patient, said she backed the plan.\n\nOne Alder Road nurse, who '
     'asked not to be named, said staff had been warned to keep quiet.\n\n"We were told to say nothing," she said.',
     [('Maria Lund', 'she backed the plan'),
      ('One Alder Road nurse', 'staff had been warned to keep quiet'),
      ('One Alder Road nurse', 'We were told to say nothing')],
     [('Maria Lund', 'she backed the plan'),
      ('One Alder Road nurse', 'staff had been warned to keep quiet'),
      ('Maria Lund', 'We were told to say nothing')]),
    # 'the councillor' or 'they' after a person who would not be named is that person (`speakers.ANONYMOUS_REFERENCES`)
    ('speakers', 'ANONYMOUS_REFERENCES',
     'Rates rise\n\nCouncillor Nadia Brook led the vote.\n\nOne member of the ruling group, who asked not to be '
     'named, said several colleagues had wanted a smaller rise.\n\n"It was closer than it looked," the councillor '
     'said.',
     [('One member of the ruling group', 'several colleagues had wanted a smaller rise'),
      ('One member of the ruling group', 'It was closer than it looked')],
     [('One member of the ruling group', 'several colleagues had wanted a smaller rise'),
      ('Nadia Brook', 'It was closer than it looked')]),
    # 'the councillor' or 'they' after a person who would not be named is that person (`speakers.ANONYMOUS_REFERENCES`)
    ('speakers', 'ANONYMOUS_REFERENCES',
     'Fraud verdict\n\nA former colleague of Mr Tarrant, who asked not to be named, said he had been made a '
     'scapegoat. They added that senior officers had faced no action.',
     [('A former colleague of Mr Tarrant', 'he had been made a scapegoat'),
      ('A former colleague of Mr Tarrant', 'senior officers had faced no action')],
     [('A former colleague of Mr Tarrant', 'he had been made a scapegoat'),
      (None, 'senior officers had faced no action')]),
], ids=["tense-shifted-outers", "tense-shifted-outers", "relative-content-subjects", "more-org-nouns",
        "named-bodies-speak", "introduced-firms", "introduced-firms", "anonymous-descriptions",
        "anonymous-descriptions", "anonymous-references", "anonymous-references"])
def test_session_75_rules(nlp, monkeypatch, module, flag, text, expected, without):
    """Statements with a session-75 rule on, then off (`stance.extract.<module>.<flag>`)."""
    assert _with_and_without(nlp, monkeypatch, module, flag, text) == (expected, without)


@pytest.mark.parametrize("module, flag, text, expected, without", [
    # a verb parsed as a clause of the quotation has the name after it as speaker (`attribution.QUOTED_INVERSIONS`)
    ('attribution', 'QUOTED_INVERSIONS',
     'Ring road vote\n\n"Nobody can promise that," replied the county\'s head of roads, Graham Tolley. "What I can '
     'say is that the budget holds a reserve."',
     [('Graham Tolley', 'Nobody can promise that'),
      ('Graham Tolley', 'What I can say is that the budget holds a reserve.')],
     [(None, 'What I can say is that the budget holds a reserve.')]),
    # a quotation right after a reported statement goes on with its speaker (`assemble.REPORTED_THEN_QUOTED`)
    ('assemble', 'REPORTED_THEN_QUOTED',
     'Custody death inquiry\n\nHelen Orwell spoke outside the hearing. She added that the family had waited three '
     'years for answers. "Every delay felt like another door shut in our faces."',
     [('Helen Orwell', 'the family had waited three years for answers'),
      ('Helen Orwell', 'Every delay felt like another door shut in our faces.')],
     [('Helen Orwell', 'the family had waited three years for answers'),
      (None, 'Every delay felt like another door shut in our faces.')]),
    # a name tagged an organisation with the titles before it is a person (`speakers.TITLED_ORG_NAMES`)
    ('speakers', 'TITLED_ORG_NAMES',
     'Camera vans\n\n"They told us it was safe," said Marco Bellini.\n\nDeputy Chief Constable Martin Egley said the '
     'pilot led to arrests. "This is not about watching people," he said.',
     [('Marco Bellini', 'They told us it was safe'),
      ('Martin Egley', 'the pilot led to arrests'),
      ('Martin Egley', 'This is not about watching people')],
     [('Marco Bellini', 'They told us it was safe'),
      ('Deputy Chief Constable Martin Egley', 'the pilot led to arrests'),
      ('Marco Bellini', 'This is not about watching people')]),
    # a participle hung on a name parsed as the root has that name as subject (`attribution.ROOT_NOUN_PARTICIPLES`)
    ('attribution', 'ROOT_NOUN_PARTICIPLES',
     'Sanctions agreed\n\nNadia Korvalen, whose Freedom Bloc was barred from the election on technical grounds, '
     'called for sanctions on the president himself and his family.',
     [('Nadia Korvalen', 'sanctions on the president himself and his family')],
     []),
    # a bare 'One' is one of the plural source of an 'according to' before (`speakers.ONE_OF_SOURCES`)
    ('speakers', 'ONE_OF_SOURCES',
     'Snap election\n\nAccording to two senior party officials, the premier had been warned that an early vote could '
     'cost seats. One said the premier had decided that waiting would be worse.',
     [('two senior party officials', 'the premier had been warned that an early vote could cost seats'),
      ('One of two senior party officials', 'the premier had decided that waiting would be worse')],
     [('two senior party officials', 'the premier had been warned that an early vote could cost seats'),
      (None, 'the premier had decided that waiting would be worse')]),
    # a 'who' after the object of 'according to' is that object (`speakers.WHO_AFTER_COMMAS`)
    ('speakers', 'WHO_AFTER_COMMAS',
     'Milk price protest\n\nTractors blocked five depots on Tuesday, according to police, who said the protests had '
     'been peaceful.',
     [('police', 'Tractors blocked five depots on Tuesday'),
      ('police', 'the protests had been peaceful')],
     [('police', 'Tractors blocked five depots on Tuesday'),
      (None, 'the protests had been peaceful')]),
    # 'it' later in a sentence whose subject is a body named in apposition is that body (`speakers.IT_SENTENCE_BODIES`)
    ('speakers', 'IT_SENTENCE_BODIES',
     "Nitrate rules\n\nThe Lowland Anglers' Club welcomed the plan.\n\nGreen Furrow, a campaign group, said the "
     'proposal was a step forward, though it pointed out that scientists had asked for a lower limit.',
     [('Green Furrow', 'the proposal was a step forward'),
      ('Green Furrow', 'scientists had asked for a lower limit')],
     [('Green Furrow', 'the proposal was a step forward'),
      (None, 'scientists had asked for a lower limit')]),
    # a body's last word tagged a person is the body, named in full (`speakers.BODY_WORD_PEOPLE`)
    ('speakers', 'BODY_WORD_PEOPLE',
     "Prison report\n\nThe Prison Officers' Guild, which represents frontline staff, said the findings came as no "
     'surprise. It added that staff were exhausted.',
     [("The Prison Officers' Guild", 'the findings came as no surprise'),
      ("The Prison Officers' Guild", 'staff were exhausted')],
     [('Guild', 'the findings came as no surprise'),
      (None, 'staff were exhausted')]),
    # a hyphened noun split into several subjects speaks as a whole (`attribution.HYPHENED_SUBJECTS`)
    ('attribution', 'HYPHENED_SUBJECTS',
     'Tram line\n\n"We would have spent millions and got nothing," said its co-ordinator, Daniel Prewell. "Finish the '
     'line."',
     [('Daniel Prewell', 'We would have spent millions and got nothing'),
      ('Daniel Prewell', 'Finish the line.')],
     [('its co', 'We would have spent millions and got nothing'),
      ('its co', 'Finish the line.')]),
    # of an office and a name parsed as two subjects, the name speaks (`attribution.TITLE_SECOND_SUBJECTS`)
    ('attribution', 'TITLE_SECOND_SUBJECTS',
     'Steel tariffs\n\n"For two years we watched the order book shrink," said shop steward Dervla Okonjo-Price.',
     [('Dervla Okonjo-Price', 'For two years we watched the order book shrink')],
     [('shop steward', 'For two years we watched the order book shrink')]),
    # a name parsed as an adverb between a noun and a speech verb speaks (`attribution.ZERO_RELATIVE_NAMES`)
    ('attribution', 'ZERO_RELATIVE_NAMES',
     'River spill\n\nShe added that Orvane would contribute 1.5 million crowns to a river fund, an offer Tully said '
     'he would "believe when the money arrives."',
     [(None, 'Orvane would contribute 1.5 million crowns to a river fund'),
      ('Tully', 'he would "believe when the money arrives."')],
     [(None, 'Orvane would contribute 1.5 million crowns to a river fund'),
      ('an offer', 'he would "believe when the money arrives."')]),
    # a cue's participle hung on a said clause has that clause's speaker (`attribution.PARTICIPLE_SPEAKERS`)
    ('attribution', 'PARTICIPLE_SPEAKERS',
     'Tram costs\n\nMs Marchant insisted that the extension would still deliver value for money, pointing to '
     'forecasts of nine million passengers a year.',
     [('Marchant', 'the extension would still deliver value for money'),
      ('Marchant', 'forecasts of nine million passengers a year')],
     [('Marchant', 'the extension would still deliver value for money'),
      ('the extension', 'forecasts of nine million passengers a year')]),
    # 'One, who ...,' is one of the plural noun after 'Some of' before (`speakers.ONE_OF_SOME`)
    ('speakers', 'ONE_OF_SOME',
     "Coalition ends\n\nSome of the party's members of parliament privately opposed leaving government, fearing "
     'voters would punish them. One, who declined to be named, said the decision was "politically reckless."',
     [("Some of the party's members of parliament", 'voters would punish them'),
      ("One of the party's members of parliament", 'the decision was "politically reckless."')],
     [("Some of the party's members of parliament", 'voters would punish them'),
      ('One', 'the decision was "politically reckless."')]),
    # 'it' after an untagged name that spoke is that name (`speakers.IT_UNTAGGED_SPEAKERS`)
    ('speakers', 'IT_UNTAGGED_SPEAKERS',
     'Power returned on Monday.\n\nEastline Grid said in a statement after the hearing that it was "cooperating fully '
     'with the inquiry" and had since invested 420 million pounds in the network. It said it would not comment on '
     'evidence.',
     [('Eastline Grid', 'it was "cooperating fully with the inquiry"'),
      ('Eastline Grid', 'it would not comment on evidence')],
     [('Eastline Grid', 'it was "cooperating fully with the inquiry"'),
      (None, 'it would not comment on evidence')]),
    # 'one' after a quotation is one of the plural subject of the sentence before (`speakers.ONE_AFTER_QUOTES`)
    ('speakers', 'ONE_AFTER_QUOTES',
     'Meter data sold\n\nTwo former employees, who asked not to be named, said concerns had been raised in 2021. "We '
     'were told it was fine," one said.',
     [('Two former employees', 'concerns had been raised in 2021'),
      ('One of two former employees', 'We were told it was fine')],
     [('Two former employees', 'concerns had been raised in 2021'),
      (None, 'We were told it was fine')]),
    # a name tagged a person that the article also writes as a company's name is the company (`speakers.FIRM_PREFIXES`)
    ('speakers', 'FIRM_PREFIXES',
     'Turbines split a village\n\nTallow Ridge Renewables filed its plans last month.\n\nAt a packed meeting on '
     "Wednesday, the firm's project director, Owen Mackie, said the scheme would bring lasting benefits. Under the "
     'plans, Tallow Ridge would pay a million pounds a year into a village fund.\n\n"We are not asking people to take '
     'this on trust," he told the meeting.',
     [('Owen Mackie', 'the scheme would bring lasting benefits'),
      ('Owen Mackie', 'We are not asking people to take this on trust')],
     [('Owen Mackie', 'the scheme would bring lasting benefits'),
      ('Tallow Ridge Renewables', 'We are not asking people to take this on trust')]),
    # 'the 61-year-old former general' is the person named just before (`speakers.LONGER_AGE_DESCRIPTIONS`)
    ('speakers', 'LONGER_AGE_DESCRIPTIONS',
     'Truce under strain\n\nPresident Matvei Lorin of Kordania, who signed the ceasefire in April, faces growing '
     'pressure to abandon it. The 61-year-old former general has argued that the truce gives the army time to '
     'rebuild.',
     [('Matvei Lorin', 'the truce gives the army time to rebuild')],
     [('The 61-year-old former general', 'the truce gives the army time to rebuild')]),
    # 'the diplomat' is the last speaker described as one of some diplomats (`speakers.DESCRIBED_ONE_OF`)
    ('speakers', 'DESCRIBED_ONE_OF',
     "Truce under strain\n\nThe president's chief of staff, Ilya Brenner, said the ceasefire had cut "
     'casualties.\n\nWestern diplomats are worried. One, speaking on condition of anonymity, said there was a real '
     'risk of collapse. "Nobody is ready for a new war," the diplomat said.',
     [('Ilya Brenner', 'the ceasefire had cut casualties'),
      ('One of the western diplomats', 'there was a real risk of collapse'),
      ('One of the western diplomats', 'Nobody is ready for a new war')],
     [('Ilya Brenner', 'the ceasefire had cut casualties'),
      ('One of the western diplomats', 'there was a real risk of collapse'),
      ('Ilya Brenner', 'Nobody is ready for a new war')]),
    # of two subjects, a relative 'which' and a speaker, the speaker speaks (`attribution.GAP_RELATIVE_SUBJECTS`)
    ('attribution', 'GAP_RELATIVE_SUBJECTS',
     "Age checks\n\nPlatforms must verify every user's age by spring, the minister confirmed on Monday, in a move "
     "that parents' groups hailed as long overdue but which privacy campaigners warned could force adults to hand "
     'over identity documents.',
     [('the minister', "Platforms must verify every user's age by spring"),
      ('privacy campaigners', 'could force adults to hand over identity documents')],
     [('the minister', "Platforms must verify every user's age by spring"),
      (None, 'could force adults to hand over identity documents')]),
    # 'they' after a plural acronym that spoke ('thirty local GPs') is that group (`speakers.ACRONYM_PLURALS`)
    ('speakers', 'ACRONYM_PLURALS',
     'Clinic closure\n\nIn an open letter to the council, thirty local GPs said the closure was a false economy. They '
     'urged a twelve-month delay.',
     [('thirty local GPs', 'the closure was a false economy'),
      ('thirty local GPs', 'a twelve-month delay')],
     [('thirty local GPs', 'the closure was a false economy'),
      (None, 'a twelve-month delay')]),
], ids=["quoted-inversions", "reported-then-quoted", "titled-org-names", "root-noun-participles", "one-of-sources",
        "who-after-commas", "it-sentence-bodies", "body-word-people", "hyphened-subjects", "title-second-subjects",
        "zero-relative-names", "participle-speakers", "one-of-some", "it-untagged-speakers", "one-after-quotes",
        "firm-prefixes", "longer-age-descriptions", "described-one-of", "gap-relative-subjects", "acronym-plurals"])
def test_session_74_rules(nlp, monkeypatch, module, flag, text, expected, without):
    """Statements with a session-74 rule on, then off (`stance.extract.<module>.<flag>`)."""
    assert _with_and_without(nlp, monkeypatch, module, flag, text) == (expected, without)


@pytest.mark.parametrize("module, flag, text, expected, without", [
    # an attribution set off by commas may name whom it was told (`attribution.TOLD_GAPS`)
    ('attribution', 'TOLD_GAPS',
     'Wildfire meeting\n\nFire captain Joel Marsh spoke first. The fire, he told the meeting, had jumped the ridge '
     'overnight.',
     [('Joel Marsh', 'The fire'),
      ('Joel Marsh', 'had jumped the ridge overnight')],
     []),
    # a number with its thousands set off by a comma is no age after a name (`lexicon.DIGIT_GROUPS`)
    ('lexicon', 'DIGIT_GROUPS',
     'Evacuation row\n\nResidents of this foothill town of 3,800 say the evacuation order came too late.',
     [('Residents of this foothill town of 3,800', 'the evacuation order came too late')],
     [('Residents of this foothill town of 3', 'the evacuation order came too late')]),
    # the speaker of a participle on a noun is the noun's words before it (`attribution.ACL_SUBJECT_ENDS`)
    ('attribution', 'ACL_SUBJECT_ENDS',
     'Bid inquiry\n\nThe paper cited emails suggesting that the team for Marenga had paid "advisers" in Suvara.',
     [('emails', 'the team for Marenga had paid "advisers" in Suvara')],
     [('emails suggesting that the team for Marenga had paid "advisers" in Suvara', 'the team for Marenga had paid '
                                                                                   '"advisers" in Suvara')]),
    # a lower-case quotation after the comma that ends a content goes on that statement (`linking.CONTINUED_CONTENTS`)
    ('linking', 'CONTINUED_CONTENTS',
     'Bid inquiry\n\nMayor Siobhan Tuala spoke on Friday. She added that her city was not seeking a new vote, "but '
     'the athletes deserve to know whether the vote was clean."',
     [('Siobhan Tuala', 'her city was not seeking a new vote'),
      ('Siobhan Tuala', 'but the athletes deserve to know whether the vote was clean.')],
     [('Siobhan Tuala', 'her city was not seeking a new vote'),
      (None, 'but the athletes deserve to know whether the vote was clean.')]),
    # a name a common first name opens, tagged an organisation, is a person (`speakers.FIRST_NAME_PEOPLE`)
    ('speakers', 'FIRST_NAME_PEOPLE',
     'Plant to close\n\nDeclan Moriarty, 47, a shift supervisor, said members had been told the unit would run until '
     '2027.\n\n"They looked us in the eye," Moriarty said.\n\nHe said the union would seek talks.',
     [('Declan Moriarty', 'members had been told the unit would run until 2027'),
      ('Declan Moriarty', 'They looked us in the eye'),
      ('Declan Moriarty', 'the union would seek talks')],
     [('Declan Moriarty', 'members had been told the unit would run until 2027'),
      ('Declan Moriarty', 'They looked us in the eye'),
      (None, 'the union would seek talks')]),
    # a name in apposition to a place noun is no person (`speakers.PLACE_NAMES`)
    ('speakers', 'PLACE_NAMES',
     "Bid inquiry\n\nThe bid team for the winning city, Marenga, had arranged contracts. Marenga's bid committee "
     'denied any wrongdoing.',
     [("Marenga's bid committee", 'any wrongdoing')],
     [('Marenga', 'any wrongdoing')]),
    # 'that person' is the indefinite main subject of the sentence before (`speakers.SUBJECT_DESCRIBED_AGAIN`)
    ('speakers', 'SUBJECT_DESCRIBED_AGAIN',
     "Bus talks\n\nA person close to the operator's negotiating team offered a different view. The rostering changes, "
     'that person said, were modest.',
     [("A person close to the operator's negotiating team", 'The rostering changes'),
      ("A person close to the operator's negotiating team", 'were modest')],
     [('that person', 'The rostering changes'),
      ('that person', 'were modest')]),
    # 'the statement' is the subject who put out a statement just before (`speakers.STATEMENT_ISSUERS`)
    ('speakers', 'STATEMENT_ISSUERS',
     'Squad strike\n\nThe players announced the decision in a statement posted on their social media accounts.\n\n"We '
     'love representing our country," the statement said.',
     [('The players', 'the decision in a statement posted on their social media accounts'),
      ('The players', 'We love representing our country')],
     [('The players', 'the decision in a statement posted on their social media accounts'),
      ('the statement', 'We love representing our country')]),
    # 'whose chairman, X,' that speaks is X (`speakers.WHOSE_APPOSITIONS`)
    ('speakers', 'WHOSE_APPOSITIONS',
     'League row\n\nThe eight clubs are led by Deportivo Candelaria, whose chairman, Tadeo Villarreal-Obi, has been '
     'the most outspoken critic of the current deal.',
     [('Tadeo Villarreal-Obi', 'the current deal')],
     [('whose chairman, Tadeo Villarreal-Obi', 'the current deal')]),
    # an organisation's name in apposition stops before its relative clause (`speakers.APPOSED_RELATIVES`)
    ('speakers', 'APPOSED_RELATIVES',
     'Boat capsizes\n\nAccording to the charity Blue Line Rescue, which operates a ship in the area, passengers had '
     'called for help for 12 hours.',
     [('Blue Line Rescue', 'passengers had called for help for 12 hours'),
      ('passengers', 'help')],
     [('Blue Line Rescue, which operates a ship in the area', 'passengers had called for help for 12 hours'),
      ('passengers', 'help')]),
    # a bare 'One' is one of the plural subject of the sentence before (`speakers.ONE_OF_BEFORE`)
    ('speakers', 'ONE_OF_BEFORE',
     'Lifting inquiry\n\nSeveral current lifters declined to comment. One, speaking on condition of anonymity, said '
     'the mood had become "poisonous."',
     [('One of several current lifters', 'the mood had become "poisonous."')],
     [(None, 'the mood had become "poisonous."')]),
    # a live blog's time stamp is no part of the speaker (`lexicon.TIMESTAMP_DATELINES`)
    ('lexicon', 'TIMESTAMP_DATELINES',
     'Live: the vote\n\n10:31 - A delegate from one of the Balkan federations tells us that several bodies are '
     'undecided.',
     [('A delegate from one of the Balkan federations', 'several bodies are undecided')],
     [('10:31 - A delegate from one of the Balkan federations', 'several bodies are undecided')]),
    # 'it' after a sentence about a report is the report (`speakers.IT_DOCUMENTS`)
    ('speakers', 'IT_DOCUMENTS',
     'Crush report\n\nThe 212-page report, published on Tuesday, was led by a retired judge. It said warnings had '
     'been ignored.',
     [('The 212-page report', 'warnings had been ignored')],
     [(None, 'warnings had been ignored')]),
    # 'they' after a sentence whose subject is an organisation is that organisation (`speakers.THEY_BODIES`)
    ('speakers', 'THEY_BODIES',
     "Lithium mine\n\nThe Valle Sereno Irrigators' Federation said it would file an appeal. They argue that the model "
     'underestimates the risk.',
     [("The Valle Sereno Irrigators' Federation", 'it would file an appeal'),
      ("The Valle Sereno Irrigators' Federation", 'the model underestimates the risk')],
     [("The Valle Sereno Irrigators' Federation", 'it would file an appeal'),
      (None, 'the model underestimates the risk')]),
    # a time in 'p.m.' ends its sentence before a capitalised function word (`pipeline.TIME_STOPS`)
    ('pipeline', 'TIME_STOPS',
     'Phone ban\n\nPupils handed their phones over at the gate, where the devices were sealed until 3.30 p.m. By the '
     'second week, head teacher Rosalind Achterberg said, the corridors sounded different.',
     [('Rosalind Achterberg', 'By the second week'),
      ('Rosalind Achterberg', 'the corridors sounded different')],
     [('Rosalind Achterberg', 'Pupils handed their phones over at the gate, where the devices were sealed until 3.30 '
                             'p.m. By the second week'),
      ('Rosalind Achterberg', 'the corridors sounded different')]),
    # a frame inside another's content is no trailing attribution of a quotation (`linking.NESTED_NOT_AFTER`)
    ('linking', 'NESTED_NOT_AFTER',
     'Border checks\n\nHenrik Aalto spoke for the hauliers. "If this becomes permanent," he said, "it will cost our '
     'members millions." He added that the association would ask the government for dedicated lanes.',
     [('Henrik Aalto', 'If this becomes permanent'),
      ('Henrik Aalto', 'it will cost our members millions.'),
      ('Henrik Aalto', 'the association would ask the government for dedicated lanes')],
     [('Henrik Aalto', 'If this becomes permanent'),
      ('the association', 'it will cost our members millions.'),
      ('Henrik Aalto', 'the association would ask the government for dedicated lanes')]),
    # a bare 'Several' is several of the plural subject of the sentence before (`speakers.MANY_OF_BEFORE`)
    ('speakers', 'MANY_OF_BEFORE',
     'Brake plant to close\n\nWorkers learned of the closure at a meeting on Monday. Several said they had been given '
     'no warning.',
     [('Several of the workers', 'they had been given no warning')],
     [('Several', 'they had been given no warning')]),
    # 'she' with no person to be is the last untagged name that spoke (`speakers.UNTAGGED_LAST`)
    ('speakers', 'UNTAGGED_LAST',
     'Poll disputed\n\nJoseph Mwangala said turnout had been inflated. Commission chairwoman Fatoumata Diallo-Reyes '
     'rejected the allegations. In a written statement, she said the results had been verified.',
     [('Joseph Mwangala', 'turnout had been inflated'),
      ('Commission chairwoman Fatoumata Diallo-Reyes', 'the allegations'),
      ('Commission chairwoman Fatoumata Diallo-Reyes', 'the results had been verified')],
     [('Joseph Mwangala', 'turnout had been inflated'),
      ('Commission chairwoman Fatoumata Diallo-Reyes', 'the allegations'),
      (None, 'the results had been verified')]),
    # a person's former employer, named in apposition, is that organisation (`speakers.EMPLOYERS`)
    ('speakers', 'EMPLOYERS',
     "Smuggler jailed\n\nRafael Quintanilla was jailed for 14 years. Quintanilla's former employer, Elsworth Terminal "
     'Holdings, said it had since overhauled its access controls.',
     [('Elsworth Terminal Holdings', 'it had since overhauled its access controls')],
     [('Rafael Quintanilla', 'it had since overhauled its access controls')]),
    # a name in a phrase before 'he' in its sentence yields to the subject before (`speakers.PHRASES_BEFORE_PRONOUNS`)
    ('speakers', 'PHRASES_BEFORE_PRONOUNS',
     'Extradition approved\n\nThe court approved the extradition of Bogdan Iliescu on Friday. Iliescu did not speak '
     'in court. In a statement read afterwards by his spokesman, Teodor Rus, he said he was disappointed.',
     [('Bogdan Iliescu', 'he was disappointed')],
     [('Teodor Rus', 'he was disappointed')]),
    # a participle set off by commas after a name is cut from the speaker (`speakers.PARTICIPLE_ASIDES`)
    ('speakers', 'PARTICIPLE_ASIDES',
     'Shooting inquiry\n\nThe officer who fired, W7, gave evidence on Tuesday. W7, giving evidence from behind a '
     'screen, said he had believed his life was in danger.',
     [('W7', 'he had believed his life was in danger')],
     [('W7, giving evidence from behind a screen', 'he had believed his life was in danger')]),
    # 'its founder, schoolteacher Nadia Rahmani' is Nadia Rahmani (`speakers.APPOSED_OCCUPATIONS`)
    ('speakers', 'APPOSED_OCCUPATIONS',
     'Island base\n\nA petition against the base has gathered more than 3,000 signatures, according to its founder, '
     'schoolteacher Nadia Rahmani.',
     [('Nadia Rahmani', 'A petition against the base has gathered more than 3,000 signatures')],
     [('its founder', 'A petition against the base has gathered more than 3,000 signatures')]),
    # a name the parse makes a root with a 'who' clause is the subject 'she' refers to (`speakers.ROOT_NAMES`)
    ('speakers', 'ROOT_NAMES',
     'Observers fault vote\n\n"Those months were not fair," said the chief observer, Beatriz Urquiza-Salgado. The '
     'report noted that the main challenger, Comfort Asamoah-Reyes, had been denied a permit.\n\nAsamoah-Reyes, who '
     'won 37 percent, seized on the findings. "The observers have confirmed it," she wrote.',
     [('Beatriz Urquiza-Salgado', 'Those months were not fair'),
      ('The report', 'the main challenger, Comfort Asamoah-Reyes, had been denied a permit'),
      ('Comfort Asamoah-Reyes', 'The observers have confirmed it')],
     [('Beatriz Urquiza-Salgado', 'Those months were not fair'),
      ('The report', 'the main challenger, Comfort Asamoah-Reyes, had been denied a permit'),
      ('Beatriz Urquiza-Salgado', 'The observers have confirmed it')]),
    # 'it' in what a participle on the main verb says is the main verb's subject (`speakers.IT_PARTICIPLE_OWNERS`)
    ('speakers', 'IT_PARTICIPLE_OWNERS',
     'Bail refused\n\nHarrow argued that his client should be released on bail. The prosecution opposed bail, citing '
     'what it called "substantial assets overseas."',
     [('Harrow', 'his client should be released on bail'),
      ('The prosecution', '"substantial assets overseas."')],
     [('Harrow', 'his client should be released on bail'),
      (None, '"substantial assets overseas."')]),
    # 'the chief medical officer' is not the health minister named last (`speakers.FIELD_CHIEFS`)
    ('speakers', 'FIELD_CHIEFS',
     'Hospital strain\n\nDr Mina Okafor, the health minister, visited the ward on Monday. The chief medical officer '
     'said the hospital was coping.',
     [('The chief medical officer', 'the hospital was coping')],
     [('Mina Okafor', 'the hospital was coping')]),
], ids=["told-gaps", "digit-groups", "acl-subject-ends", "continued-contents", "first-name-people", "place-names",
        "subject-described-again", "statement-issuers", "whose-appositions", "apposed-relatives", "one-of-before",
        "timestamp-datelines", "it-documents", "they-bodies", "time-stops", "nested-not-after", "many-of-before",
        "untagged-last", "employers", "phrases-before-pronouns", "participle-asides", "apposed-occupations",
        "root-names", "it-participle-owners", "field-chiefs"])
def test_session_73_rules(nlp, monkeypatch, module, flag, text, expected, without):
    """Statements with a session-73 rule on, then off (`stance.extract.<module>.<flag>`)."""
    assert _with_and_without(nlp, monkeypatch, module, flag, text) == (expected, without)


@pytest.mark.parametrize("module, flag, text, expected, without", [
    # a name tagged a person only where it modifies a noun is no one 'she' can be (`speakers.MODIFIER_NAMES`)
    ('speakers', 'MODIFIER_NAMES',
     "Tariff talks stall\n\nThe bloc's lead negotiator, Ottilie Korrud, said the offer had been final. In a written "
     'statement, she said the Lusaran delegation had raised new demands.\n\n"It is a pity," she wrote.',
     [('Ottilie Korrud', 'the offer had been final'),
      ('Ottilie Korrud', 'the Lusaran delegation had raised new demands'),
      ('Ottilie Korrud', 'It is a pity')],
     [('Ottilie Korrud', 'the offer had been final'),
      ('Ottilie Korrud', 'the Lusaran delegation had raised new demands'),
      ('Lusaran', 'It is a pity')]),
    # a speaker in the pronoun's own content is passed over for the description before it (`speakers.OWN_CONTENT_ASIDE`)
    ('speakers', 'OWN_CONTENT_ASIDE',
     "Tariff talks stall\n\nThe bloc's lead negotiator, Ottilie Korrud, said the offer had been final.\n\nAccording "
     'to a diplomat close to the talks, divisions inside the bloc made a deal impossible. At least two member '
     'governments had told the bloc they would not ratify a deal, he said.',
     [('Ottilie Korrud', 'the offer had been final'),
      ('a diplomat close to the talks', 'divisions inside the bloc made a deal impossible'),
      ('a diplomat close to the talks', 'At least two member governments had told the bloc they would not ratify a '
                                       'deal'),
      ('At least two member governments', 'they would not ratify a deal')],
     [('Ottilie Korrud', 'the offer had been final'),
      ('a diplomat close to the talks', 'divisions inside the bloc made a deal impossible'),
      ('Ottilie Korrud', 'At least two member governments had told the bloc they would not ratify a deal'),
      ('At least two member governments', 'they would not ratify a deal')]),
    # an untagged surname before a description in apposition is the person (`speakers.APPOSED_SURNAMES`)
    ('speakers', 'APPOSED_SURNAMES',
     'School board row\n\nAlan Grieve defended the change. Grieve, 58, a former insurance executive first elected to '
     'the board in 2017, has said he will not quit.',
     [('Alan Grieve', 'the change'),
      ('Alan Grieve', 'he will not quit')],
     [('Alan Grieve', 'the change'),
      ('Grieve, 58, a former insurance executive', 'he will not quit')]),
    # an adjective set off by commas is not part of the speaker's name (`speakers.APPOSED_ADJECTIVES`)
    ('speakers', 'APPOSED_ADJECTIVES',
     "Housing plan\n\nThe regional builders' federation, broadly supportive, said the new rules would cut costs by a "
     'fifth.',
     [("The regional builders' federation", 'the new rules would cut costs by a fifth')],
     [("The regional builders' federation, broadly supportive", 'the new rules would cut costs by a fifth')]),
    # a name the recogniser cut short takes the capitalised word it modifies (`speakers.CUT_NAMES`)
    ('speakers', 'CUT_NAMES',
     'Warehouse vote\n\nThe town administrator, Neil Farraday, warned in a memo last month that taxes would rise.',
     [('Neil Farraday', 'taxes would rise')],
     [('Neil', 'taxes would rise')]),
    # 'she' is the untagged titled name, main subject of the sentence before (`speakers.UNTAGGED_SUBJECTS_BEFORE`)
    ('speakers', 'UNTAGGED_SUBJECTS_BEFORE',
     'Aid corridor vote\n\nSecretary-General Amara Diallo-Fenn welcomed the vote. In a statement read by her '
     'spokesman, she said the relief agency had trucks ready.',
     [('Amara Diallo-Fenn', 'the relief agency had trucks ready')],
     [(None, 'the relief agency had trucks ready')]),
    # a title joined to 'General' by a hyphen is a title before a name (`speakers.HYPHENED_TITLES`)
    ('speakers', 'HYPHENED_TITLES',
     'Aid corridor vote\n\nSecretary-General Amara Diallo-Fenn welcomed the vote. In a statement read by her '
     'spokesman, she said the relief agency had trucks ready.',
     [('Amara Diallo-Fenn', 'the relief agency had trucks ready')],
     [(None, 'the relief agency had trucks ready')]),
    # 'it' in a relative clause on the object is the main verb's subject (`speakers.IT_OWNS_OBJECTS`)
    ('speakers', 'IT_OWNS_OBJECTS',
     'Diplomats expelled\n\nThe foreign ministry said the four had been caught near a naval base. State radio later '
     'aired a recording that it said showed two men at the gate.',
     [('The foreign ministry', 'the four had been caught near a naval base'),
      ('State radio', 'showed two men at the gate')],
     [('The foreign ministry', 'the four had been caught near a naval base'),
      ('The foreign ministry', 'showed two men at the gate')]),
    # 'it' of what a body said is that body when a participle climbs to it (`speakers.IT_REPORTERS`)
    ('speakers', 'IT_REPORTERS',
     'Grocery merger\n\nThe interior ministry said on Monday that prices had risen. The competition watchdog said it '
     'would sue to block the merger, arguing that the deal would leave rural towns with one grocer.',
     [('The interior ministry', 'prices had risen'),
      ('The competition watchdog', 'it would sue to block the merger'),
      ('The competition watchdog', 'the deal would leave rural towns with one grocer')],
     [('The interior ministry', 'prices had risen'),
      ('The competition watchdog', 'it would sue to block the merger'),
      ('The interior ministry', 'the deal would leave rural towns with one grocer')]),
    # a name in apposition at the end of the subject is whom 'he' is next (`speakers.SUBJECT_END_NAMES`)
    ('speakers', 'SUBJECT_END_NAMES',
     'Recall drive\n\nMayor Leonard Ashby said the petition was a stunt.\n\nA lawyer for a group of Ashby supporters, '
     'Phillip Sorensen, filed a complaint on Monday. He said a challenge would follow this week.',
     [('Leonard Ashby', 'the petition was a stunt'),
      ('Phillip Sorensen', 'a challenge would follow this week')],
     [('Leonard Ashby', 'the petition was a stunt'),
      ('Leonard Ashby', 'a challenge would follow this week')]),
    # 'the union' is not an authority that spoke last (`speakers.KIND_SYNONYMS`)
    ('speakers', 'KIND_SYNONYMS',
     "Pilots' protest\n\nThe Civil Aviation Authority said it had written to the airline. The transport minister "
     'urged both sides to accept mediation, an offer the union said it would welcome.',
     [('The Civil Aviation Authority', 'it had written to the airline'),
      ('The transport minister', 'both sides to accept mediation'),
      ('the union', 'it would welcome')],
     [('The Civil Aviation Authority', 'it had written to the airline'),
      ('The transport minister', 'both sides to accept mediation'),
      ('The Civil Aviation Authority', 'it would welcome')]),
    # a person's assistant is not that person (`speakers.MORE_RELATIONS`)
    ('speakers', 'MORE_RELATIONS',
     "Pension fraud trial\n\nDesmond Carrick was convicted on Friday. The key evidence came from Carrick's former "
     'assistant, Felicity Rowe, who testified that she had been told to shred files.',
     [("Carrick's former assistant, Felicity Rowe", 'she had been told to shred files')],
     [('Desmond Carrick', 'she had been told to shred files')]),
    # a long headline name gives way to the body's one-word name (`speakers.HEADLINE_ONLY_MATCHES`)
    ('speakers', 'HEADLINE_ONLY_MATCHES',
     'Parents Sue Social App Pixora Over Teen Harm\n\nSixty families sued Pixora on Tuesday. Pixora denied the '
     'allegations.',
     [('Pixora', 'the allegations')],
     [('Parents Sue Social App Pixora', 'the allegations')]),
    # a speaker inside another's content is not the description 'he' refers to (`speakers.NESTED_NOT_DESCRIBED`)
    ('speakers', 'NESTED_NOT_DESCRIBED',
     "Singer's trial\n\nThe singer Jade Marlowe testified on Monday.\n\nAccording to Carl Benning, a lawyer not "
     'involved in the case, courts give weight to a signature even when the artist claims not to have read the '
     'contract.\n\n"Her story is sympathetic," he said.',
     [('Carl Benning', 'courts give weight to a signature even when the artist claims not to have read the contract'),
      ('the artist', 'not to have read the contract'),
      ('Carl Benning', 'Her story is sympathetic')],
     [('Carl Benning', 'courts give weight to a signature even when the artist claims not to have read the contract'),
      ('the artist', 'not to have read the contract'),
      ('the artist', 'Her story is sympathetic')]),
    # a cue climbing to a subject opened by 'whose' takes the noun before ', whose' (`attribution.WHOSE_CLIMBS`)
    ('attribution', 'WHOSE_CLIMBS',
     'Language law\n\nThe assembly approved the bill. Ilievski, whose Velmark First party has championed the '
     'legislation for years, called the vote "a historic act of respect" for the language.',
     [('Ilievski', 'the vote "a historic act of respect" for the language')],
     [('whose Velmark First party', 'the vote "a historic act of respect" for the language')]),
    # a past tense hung on a noun root with a 'that' clause is a cue (`attribution.NOUN_ROOT_CUES`)
    ('attribution', 'NOUN_ROOT_CUES',
     'Aid corridor vote\n\nWhether the vote changes anything is another question. A senior diplomat from a country '
     'that backed the resolution admitted privately that the blockade would stay.',
     [('A senior diplomat from a country', 'the blockade would stay')],
     []),
    # the words before an attribution inside a relative clause start at its noun (`attribution.RELATIVE_GAPS`)
    ('attribution', 'RELATIVE_GAPS',
     'Aid corridor vote\n\nSeveral abstaining states said they backed the aims but had objected to language that, '
     'they argued, blamed only one side.',
     [('Several abstaining states', 'they backed the aims but had objected to language that, they argued, blamed only '
                                   'one side'),
      ('Several abstaining states', 'language that'),
      ('Several abstaining states', 'blamed only one side')],
     [('Several abstaining states', 'Several abstaining states said they backed the aims but had objected to language '
                                   'that'),
      ('Several abstaining states', 'they backed the aims but had objected to language that, they argued, blamed only '
                                   'one side'),
      ('Several abstaining states', 'blamed only one side')]),
    # a word the parse hangs on 'according' after the source is the source's (`attribution.ACCORDING_TAILS`)
    ('attribution', 'ACCORDING_TAILS',
     'Summit\n\nAccording to three officials present, the dispute delayed the communique by eight hours.',
     [('three officials present', 'the dispute delayed the communique by eight hours')],
     [('three officials', 'present, the dispute delayed the communique by eight hours')]),
    # an office's spokesperson is not the person named last with a title sharing a word (`speakers.OWNED_SPOKESPEOPLE`)
    ('speakers', 'OWNED_SPOKESPEOPLE',
     "Minister quits\n\nHousing Minister Richard Albury resigned on Friday. The prime minister's official "
     'spokesperson said the resignation had been accepted with regret.',
     [("The prime minister's official spokesperson", 'the resignation had been accepted with regret')],
     [('Richard Albury', 'the resignation had been accepted with regret')]),
    # a name after a preposition gets no gender from a 'she' in its sentence (`speakers.GENDER_NOT_OBJECTS`)
    ('speakers', 'GENDER_NOT_OBJECTS',
     'Grant inquiry\n\nCouncillor Jo Brandt spoke first at the hearing. She said the grant had been paid to Sacha '
     'Halloran in March.\n\n"We were misled," she said.',
     [('Jo Brandt', 'the grant had been paid to Sacha Halloran in March'),
      ('Jo Brandt', 'We were misled')],
     [('Jo Brandt', 'the grant had been paid to Sacha Halloran in March'),
      ('Sacha Halloran', 'We were misled')]),
    # 'One of the staff, a medical secretary,' is the description 'she' refers to next (`speakers.ONE_OF_DESCRIPTIONS`)
    ('speakers', 'ONE_OF_DESCRIPTIONS',
     'Missing referrals\n\nChief executive Alan Prescott apologised to patients. One of the staff, a medical '
     'secretary who asked not to be named, said she had raised the problem three times. "Nobody wanted to hear it," '
     'she said.',
     [('One of the staff', 'she had raised the problem three times'),
      ('One of the staff', 'Nobody wanted to hear it')],
     [('One of the staff', 'she had raised the problem three times'),
      ('Alan Prescott', 'Nobody wanted to hear it')]),
    # 'the official' after 'A senior government official' is that official (`speakers.DESCRIBED_AGAIN`)
    ('speakers', 'DESCRIBED_AGAIN',
     'Bank row\n\nFinance Minister Stefan Dorval has blamed the bank for slow growth. A senior government official, '
     'speaking on condition of anonymity, said the cabinet was studying the law. "Nothing has been decided," the '
     'official said.',
     [('Stefan Dorval', 'the bank for slow growth'),
      ('A senior government official', 'the cabinet was studying the law'),
      ('A senior government official', 'Nothing has been decided')],
     [('Stefan Dorval', 'the bank for slow growth'),
      ('A senior government official', 'the cabinet was studying the law'),
      ('Stefan Dorval', 'Nothing has been decided')]),
    # a content stops before a 'while' clause after a comma inside quotation marks (`attribution.QUOTED_CONTRASTS`)
    ('attribution', 'QUOTED_CONTRASTS',
     "Coup reactions\n\nReactions came quickly from abroad. Corvath, the country's largest trading partner, said it "
     '"stands firmly with the elected authorities," while Esmerel urged both sides to avoid further bloodshed.',
     [('Corvath', 'it "stands firmly with the elected authorities,"'),
      ('Esmerel', 'both sides to avoid further bloodshed')],
     [('Corvath', 'it "stands firmly with the elected authorities," while Esmerel urged both sides to avoid further '
                 'bloodshed'),
      ('Esmerel', 'both sides to avoid further bloodshed')]),
    # 'reads' after a quotation with a document as its subject is a cue (`attribution.READ_DOCUMENTS`)
    ('attribution', 'READ_DOCUMENTS',
     'Ferry vote\n\nAmadi has been criticised at home. “Even jellyfish have more backbone than Senator Ruth Amadi,” '
     'reads a Friday editorial in The Harbour Courier.',
     [('The Harbour Courier', 'Even jellyfish have more backbone than Senator Ruth Amadi')],
     [(None, 'Even jellyfish have more backbone than Senator Ruth Amadi')]),
    # an editorial in a publication is the publication's (`speakers.PUBLISHED_IN`)
    ('speakers', 'PUBLISHED_IN',
     'Ferry vote\n\nAmadi has been criticised at home. “Even jellyfish have more backbone than Senator Ruth Amadi,” '
     'reads a Friday editorial in The Harbour Courier.',
     [('The Harbour Courier', 'Even jellyfish have more backbone than Senator Ruth Amadi')],
     [('a Friday editorial in The Harbour Courier', 'Even jellyfish have more backbone than Senator Ruth Amadi')]),
    # a participle after a 'with' phrase set off by a dash is said by its object (`attribution.WITH_SAYERS`)
    ('attribution', 'WITH_SAYERS',
     'Ferry ruling\n\nThe decision has also stirred up debate between ferry groups and their counterparts in the '
     'haulage industry – with groups like People for the Protection of Island Ferries (PPIF) saying the decision '
     'keeps the boats running.',
     [('groups like People for the Protection of Island Ferries', 'the decision keeps the boats running')],
     [('The decision', 'the decision keeps the boats running')]),
    # 'Anneliese' is a woman's name, so 'she' is not the man named last (`speakers.MORE_FIRST_NAMES`)
    ('speakers', 'MORE_FIRST_NAMES',
     "Tariff talks stall\n\nThe bloc's negotiator, Anneliese Korrud, said the offer had been final. Trade minister "
     'Tomas Brandt said talks would resume in May.\n\n"It is a pity," she wrote.',
     [('Anneliese Korrud', 'the offer had been final'),
      ('Tomas Brandt', 'talks would resume in May'),
      ('Anneliese Korrud', 'It is a pity')],
     [('Anneliese Korrud', 'the offer had been final'),
      ('Tomas Brandt', 'talks would resume in May'),
      ('Tomas Brandt', 'It is a pity')]),
    # a name met only inside quotation marks comes last for 'he' (`speakers.QUOTED_NOT_REFERENTS`)
    ('speakers', 'QUOTED_NOT_REFERENTS',
     'School vaccines\n\nHealth minister Dermot Sollis announced the change on Monday. Fiona Garrity, who chairs the '
     'doctors\' society, said: "Even Ambrose Kettering, who wrote the old rules, knows this is a mistake."\n\nAsked '
     'whether he had ignored medical advice, he insisted that the government still encourages vaccination.',
     [('Dermot Sollis', 'the change on Monday'),
      ('Fiona Garrity', 'Even Ambrose Kettering, who wrote the old rules, knows this is a mistake.'),
      ('Dermot Sollis', 'the government still encourages vaccination')],
     [('Dermot Sollis', 'the change on Monday'),
      ('Fiona Garrity', 'Even Ambrose Kettering, who wrote the old rules, knows this is a mistake.'),
      ('Ambrose Kettering', 'the government still encourages vaccination')]),
], ids=["modifier-names", "own-content-aside", "apposed-surnames", "apposed-adjectives", "cut-names",
        "untagged-subjects-before", "hyphened-titles", "it-owns-objects", "it-reporters", "subject-end-names",
        "kind-synonyms", "more-relations", "headline-only-matches", "nested-not-described", "whose-climbs",
        "noun-root-cues", "relative-gaps", "according-tails", "owned-spokespeople", "gender-not-objects",
        "one-of-descriptions", "described-again", "quoted-contrasts", "read-documents", "published-in", "with-sayers",
        "more-first-names", "quoted-not-referents"])
def test_session_72_rules(nlp, monkeypatch, module, flag, text, expected, without):
    """Statements with a session-72 rule on, then off (`stance.extract.<module>.<flag>`)."""
    assert _with_and_without(nlp, monkeypatch, module, flag, text) == (expected, without)


def test_a_side_noun_in_a_description_hands_on_no_quotation(nlp, monkeypatch):
    """'said Sen. Eleanor Whitfield, the bill's lead sponsor.' gives her a side on the bill, but the quotation after
    the sentence carries on the 'said', not 'lead sponsor' (`assemble.SIDE_NOUNS_NOT_CARRIED`)."""
    import importlib

    text = ('Ferry bill\n\n"Nobody should have to choose between the ferry and the rent," said Sen. Eleanor Whitfield '
            '(D-Wash.), the bill\'s lead sponsor. "That is the choice islanders make every month."')

    def cues():
        return [(s.cue, s.text) for s in extract(text, nlp=nlp, tagger=None)]

    assert cues()[-1] == ("said", "That is the choice islanders make every month.")
    monkeypatch.setattr(importlib.import_module("stance.extract.assemble"), "SIDE_NOUNS_NOT_CARRIED", False)
    assert cues()[-1] == ("lead sponsor", "That is the choice islanders make every month.")


def test_a_country_s_institution_keeps_the_country(nlp):
    """"India's Kestrel" speaks as Kestrel (`speakers.COUNTRY_OWNED_NAMES`), but a court or a senate needs its
    country: "Kenya's High Court" stays whole."""
    text = ("Court halts ferry sale\n\nKenya's High Court on Monday blocked the government's plan to sell the "
            "Lake Victoria ferries, saying the sale was unlawful.")
    assert {s.speaker for s in extract(text, nlp=nlp, tagger=None)} == {"Kenya's High Court"}
