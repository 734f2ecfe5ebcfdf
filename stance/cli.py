"""The `stance` command: thin wrappers over the library's functions.

Each subcommand parses options, calls one importable function, and prints. Every argparse
parser, print and exit code of the command lives here; the library returns values and raises.
The research commands (evaluate-news, evaluate-analysis, evaluate-extraction) import
`stance.research` only when they run.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Any

from .analyze import Target, analyze
from .data import read_examples
from .evaluate import evaluate, format_report
from .extract import extract
from .model import BATCH_SIZE, PRECISIONS, load
from .score import MODES, score_corpus
from .storage import default_model_dir, load_tagger
from .train import train

#: The `--precision` help of every command.
PRECISION_HELP = ("auto = bf16 on CPUs with AMX, else int8 on CPUs with VNNI, else bf16 on CPUs with native bf16, "
                  "else fp32; fp32 gives the reference numbers; openvino-int8 (pip install 'stance[openvino]') "
                  "is faster than int8 on VNNI CPUs and a little further from fp32")
#: The `--no-ngram-heads` help of every command.
NO_NGRAM_HEADS_HELP = "score with the transformer alone, without the model's per-target n-gram heads"
#: The `--ngram-heads-genre` help of every command.
NGRAM_HEADS_GENRE_HELP = ("use only the n-gram heads fitted on this kind of text (e.g. news, tweets), and "
                          "those with no recorded genre; the model card lists each head's genres")

EXAMPLES = """examples:
  stance predict --statement "We will never accept this vote." --target "the referendum"
  stance predict --input pairs.jsonl --output scored.jsonl      (JSONL with statement, target)
  stance train train.csv --eval dev.csv --output-dir models/mine --epochs 3
  stance evaluate test.csv --model models/mine
  stance evaluate-news --data-dir ../shared/data                (the news test sets in one report)
  stance evaluate-analysis --data-dir ../shared/data            (analyze vs per-article gold tables)
  stance extract article.txt
  stance analyze article.txt --target "the referendum" --target "the new US policy on Syria|Washington's new approach"
  stance score corpus.jsonl --output scored.jsonl --target "the referendum"
"""


def ngram_heads_option(no_heads: bool, genre: str | None,
                       default: bool | str | None = True) -> bool | str | None:
    """The ``ngram_heads=`` value for the command-line flags --no-ngram-heads / --ngram-heads-genre."""
    if no_heads and genre:
        raise SystemExit("--no-ngram-heads and --ngram-heads-genre contradict each other; give one")
    return False if no_heads else (genre or default)


def _column_mapping(pairs: list[str] | None) -> dict[str, str] | None:
    if not pairs:
        return None
    mapping = {}
    for pair in pairs:
        if "=" not in pair:
            raise SystemExit(f"--column expects YOURS=OURS (e.g. text=statement), got {pair!r}")
        theirs, ours = pair.split("=", 1)
        mapping[theirs] = ours
    return mapping


def _load_model(ns: argparse.Namespace, path: str | None = None):
    """The model the options name: ``path`` if given, else --model (None: the shipped model)."""
    return load(path or ns.model, precision=ns.precision,
                ngram_heads=ngram_heads_option(ns.no_ngram_heads, ns.ngram_heads_genre))


# -- predict ------------------------------------------------------------------------------------
def _cmd_predict(ns: argparse.Namespace) -> int:
    model = _load_model(ns)
    if ns.statement is not None:
        if ns.target is None:
            raise SystemExit("--statement needs --target")
        p = model.predict(ns.statement, target=ns.target, speaker=ns.speaker, cue=ns.cue)
        if ns.jsonl:
            print(json.dumps({"statement": p.statement, "target": p.target, "label": p.label,
                              "score": p.score, "scores": p.scores}))
        else:
            print(f"{p.label}\t{p.score:.3f}\t" + "  ".join(f"{k}={v:.3f}" for k, v in p.scores.items()))
        return 0
    if ns.input is None:
        raise SystemExit("give --statement and --target, or --input FILE.jsonl (- for standard input)")
    src = sys.stdin if ns.input == "-" else open(ns.input, encoding="utf-8")
    try:
        rows = [json.loads(line) for line in src if line.strip()]
    finally:
        if src is not sys.stdin:
            src.close()
    frame = read_examples(rows, column_mapping=_column_mapping(ns.column), require_label=False, name="input") \
        if ns.target is None else None
    statements = list(frame["statement"]) if frame is not None else [r.get(ns.statement_column) for r in rows]
    targets = list(frame["target"]) if frame is not None else ns.target
    speakers = [r.get("speaker") for r in rows] if any("speaker" in r for r in rows) else ns.speaker
    cues = [r.get("cue") for r in rows] if any("cue" in r for r in rows) else ns.cue
    preds = model.predict(statements, target=targets, speaker=speakers, cue=cues, batch_size=ns.batch_size)
    out = sys.stdout if ns.output in (None, "-") else open(ns.output, "w", encoding="utf-8")
    try:
        for row, p in zip(rows, preds):
            out.write(json.dumps({**row, "target": p.target, "label": p.label, "score": round(p.score, 6),
                                  **{f"p_{k}": round(v, 6) for k, v in p.scores.items()}}) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


# -- train / evaluate ---------------------------------------------------------------------------
def _cmd_train(ns: argparse.Namespace) -> int:
    overrides: dict[str, Any] = {k: v for k, v in {
        "epochs": ns.epochs, "seed": ns.seed, "learning_rate": ns.learning_rate, "batch_size": ns.batch_size,
        "max_length": ns.max_length, "patience": ns.patience}.items() if v is not None}
    if ns.no_class_weights:
        overrides["class_weights"] = False
    if ns.ngram_min_rows is not None:
        overrides["ngram_min_rows"] = ns.ngram_min_rows
    if ns.bf16:
        overrides["bf16"] = True
    labels = [l.strip() for l in ns.labels.split(",")] if ns.labels else None
    model = train(ns.train, eval=ns.eval, labels=labels, base=ns.base, output_dir=ns.output_dir,
                  column_mapping=_column_mapping(ns.column), progress=not ns.quiet, **overrides)
    print(f"saved {model!r} to {ns.output_dir}")
    if ns.eval is not None:
        print(format_report(evaluate(model, ns.eval, column_mapping=_column_mapping(ns.column)),
                            title="dev (best checkpoint)"))
    return 0


def _cmd_evaluate(ns: argparse.Namespace) -> int:
    report = evaluate(_load_model(ns), ns.data, column_mapping=_column_mapping(ns.column),
                      batch_size=ns.batch_size)
    print(json.dumps(report, indent=1) if ns.json else format_report(report, title=str(ns.data)))
    return 0


def _cmd_evaluate_news(ns: argparse.Namespace) -> int:
    from .research.news_eval import evaluate_news, format_news_report

    results = evaluate_news(_load_model(ns), ns.data_dir, split=ns.split)
    if ns.json:
        print(json.dumps({k: {m: v[m] for m in ("n", "f_avg", "macro_f1", "accuracy", "metric")}
                          for k, v in results.items()}, indent=1))
    else:
        print(format_news_report(results))
    return 0


def _cmd_evaluate_analysis(ns: argparse.Namespace) -> int:
    from .research.analysis_eval import (analysis_report, analyze_articles, choose_neutral_margin, choose_reading,
                                         compare_analysis, format_analysis_report, format_comparison, gold_articles,
                                         score_article)

    options = dict(relevance_check=not ns.no_relevance, tagger=_tagger(ns.tagger), relevance_gate=ns.relevance_gate,
                   ngram_heads=ngram_heads_option(ns.no_ngram_heads, ns.ngram_heads_genre, "news"),
                   neutral_margin=ns.neutral_margin, use_speaker=ns.speaker_weight)
    articles = gold_articles(ns.split, path=ns.gold, corpus=ns.corpus)

    def run(model) -> tuple[dict, dict | None]:
        results = analyze_articles(model, ns.data_dir, articles, **options)
        report = analysis_report([score_article(a, r) for a, r in zip(articles, results)], ns.split)
        if ns.choose_speaker_weight:
            readings = [analyze_articles(model, ns.data_dir, articles, **{**options, "use_speaker": w}) for w in (0, 1)]
            return report, choose_reading(articles, *readings, split=ns.split)
        return report, (choose_neutral_margin(articles, results, split=ns.split) if ns.choose_margin else None)

    def show(report: dict, chosen: dict | None) -> str:
        if chosen is None:
            return format_analysis_report(report)
        if "weight" in chosen:
            return "\n".join([format_analysis_report(report), f"speaker weight and neutral margin chosen on these "
                              f"articles: {chosen['weight']:g}, {chosen['margin']:+.2f} (in sample cell F_avg "
                              f"{100 * chosen['by_setting'][(chosen['weight'], chosen['margin'])]:.2f})",
                              f"out of fold ({len(chosen['fold_choices'])} folds by article; chosen "
                              f"{', '.join(f'{w:g}/{m:+.2f}' for w, m in chosen['fold_choices'])}):",
                              format_analysis_report(chosen["out_of_fold"])])
        margins = ", ".join(f"{m:+.2f}: {100 * f:.2f}" for m, f in chosen["by_margin"].items())
        return "\n".join([format_analysis_report(report), f"neutral margin chosen on these articles: "
                          f"{chosen['margin']:+.2f} (cell F_avg by margin: {margins})",
                          f"out of fold ({len(chosen['fold_margins'])} folds by article; margins chosen "
                          f"{', '.join(f'{m:+.2f}' for m in chosen['fold_margins'])}):",
                          format_analysis_report(chosen["out_of_fold"])])

    def with_choice(report: dict, chosen: dict | None) -> dict:
        if chosen is not None and "by_setting" in chosen:  # tuple keys do not go into JSON
            chosen = {**chosen, "by_setting": {f"{w:g}/{m:+.2f}": f for (w, m), f in chosen["by_setting"].items()}}
        return report if chosen is None else {**report, "choose_margin": chosen}

    report, chosen = run(_load_model(ns))
    if ns.against is None:
        print(json.dumps(with_choice(report, chosen), indent=1) if ns.json else show(report, chosen))
        return 0
    other, other_chosen = run(_load_model(ns, str(default_model_dir()) if ns.against == "default" else ns.against))
    comparison = compare_analysis(report, other)
    out_of_fold = compare_analysis(chosen["out_of_fold"], other_chosen["out_of_fold"]) if chosen else None
    names = (ns.model or "the shipped model", ns.against)
    if ns.json:
        print(json.dumps({"report": with_choice(report, chosen), "against": with_choice(other, other_chosen),
                          "comparison": comparison, "comparison_out_of_fold": out_of_fold}, indent=1))
    else:
        print(show(report, chosen), f"against {ns.against}:", show(other, other_chosen),
              format_comparison(comparison, names), sep="\n")
        if out_of_fold:
            print("out of fold, each with its own chosen margins:", format_comparison(out_of_fold, names), sep="\n")
    return 0


# -- extraction ---------------------------------------------------------------------------------
def _read_text(path: str) -> str:
    return sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")


def _score_tagger(args: argparse.Namespace):
    """`stance score`'s tagger: loaded here for one process; by name for workers, which load their own."""
    if args.mode != "articles":
        return None
    value = getattr(args, "tagger", None)
    if getattr(args, "workers", 1) > 1:
        return None if value in (None, "none") else value
    return _tagger(value)


def _tagger(value: str | None):
    """--tagger: None or 'none' (the rules alone), 'default' (the shipped tagger) or a tagger folder."""
    if value is None or value == "none":
        return None
    return load_tagger(None if value == "default" else value)


def _cmd_extract(ns: argparse.Namespace) -> int:
    statements = extract(_read_text(ns.file), tagger=_tagger(ns.tagger))
    if ns.jsonl:
        for s in statements:
            print(json.dumps(s.to_dict(), ensure_ascii=False))
        return 0
    print(f"{'#':>3}  {'speaker':<24}{'cue':<16}{'kind':<9}statement")
    for i, s in enumerate(statements):
        text = s.text if len(s.text) <= 70 else s.text[:67] + "..."
        speaker = (s.speaker or "?") + (f" (via {s.source})" if s.source else "")
        print(f"{i:>3}  {speaker[:23]:<24}{(s.cue or '')[:15]:<16}{s.kind:<9}{text}")
    return 0


def _cmd_evaluate_extraction(ns: argparse.Namespace) -> int:
    from .research.attribution_eval import evaluate_extraction, format_report as format_extraction_report

    report = evaluate_extraction(ns.data, split=ns.split, limit=ns.limit, tagger=_tagger(ns.tagger),
                                 mode="tagger" if ns.tagger_only else "both")
    print(json.dumps(report, indent=1) if ns.json else format_extraction_report(report))
    return 0


# -- analysis -----------------------------------------------------------------------------------
def _speaker_weight(value: str) -> float | None:
    if value == "model":
        return None
    weight = float(value)
    if not 0.0 <= weight <= 1.0:
        raise argparse.ArgumentTypeError(f"expected 'model' or a weight from 0 to 1, got {value!r}")
    return weight


def _speaker_reading_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--speaker-weight", type=_speaker_weight, default=None, metavar="W",
                   help="how a speaker-aware model reads each statement: 0 alone, 1 with its speaker and cue, "
                        "between them the two readings averaged with weight W on the second; default: the "
                        "model's own (settings['analysis_speaker'])")


def _cmd_analyze(ns: argparse.Namespace) -> int:
    model = _load_model(ns)
    targets = None
    if ns.target:
        targets = []
        for spec in ns.target:
            name, *aliases = [part.strip() for part in spec.split("|")]
            targets.append(Target(name, aliases=[a for a in aliases if a]))
    result = analyze(_read_text(ns.file), targets=targets, model=model, tagger=_tagger(ns.tagger),
                     ngram_heads=ngram_heads_option(ns.no_ngram_heads, ns.ngram_heads_genre, "news"),
                     relevance_gate=ns.relevance_gate, classify_all=ns.classify_all,
                     use_speaker=ns.speaker_weight)
    speakers = list(dict.fromkeys(result.by_speaker()["speaker"]))
    unknown = [sp for sp in ns.explain or () if sp not in speakers]
    if unknown:
        raise ValueError(f"--explain: no statement by {unknown[0]!r}; the speakers are {speakers}")
    frame = result.to_pandas()
    if ns.format == "jsonl":
        for rec in frame.astype(object).where(frame.notna(), None).to_dict(orient="records"):
            print(json.dumps(rec, ensure_ascii=False, default=str))  # NaN (not scored) as null
    elif ns.format == "csv":
        frame.assign(co_speakers=frame["co_speakers"].map("; ".join)).to_csv(sys.stdout, index=False)
    else:
        print(result.format_table())
    for speaker in ns.explain or ():
        _print_explanation(result, speaker)
    if ns.plot:
        result.plot().savefig(ns.plot, dpi=150, bbox_inches="tight")
        print(f"wrote {ns.plot}", file=sys.stderr)
    return 0


def _print_explanation(result, speaker: str) -> None:
    """`Analysis.explain` for each target of one speaker, as plain text (the output of `--explain`)."""
    print(f"\n{speaker}")
    for target in (t.name for t in result.targets):
        rows = result.explain(speaker, target)
        print(f"  {target}:")
        for r in rows.itertuples():
            mark = "counted" if r.counted else "not counted"
            text = r.statement if len(r.statement) <= 100 else r.statement[:97] + "..."
            score = "not scored" if r.score != r.score else f"{r.score:.2f}"  # NaN: the classifier did not run
            print(f"    [{r.label} {score}, {mark}: {r.reason or 'takes this side'}] {text}")


# -- score --------------------------------------------------------------------------------------
def add_score_parser(subparsers) -> argparse.ArgumentParser:
    """Add the `score` subcommand to the `stance` command's subparsers."""
    p = subparsers.add_parser(
        "score", help="score a whole corpus (JSONL, CSV, Parquet) in constant memory",
        description="Score every statement (or every statement extracted from every article) against "
                    "targets, chunk by chunk. Malformed records go to an errors file; --resume finishes "
                    "an interrupted run.")
    p.add_argument("input", help="input file: .jsonl, .csv, .tsv or .parquet (.jsonl.gz, .csv.gz)")
    p.add_argument("--output", "-o", required=True, help="output file: .jsonl, .csv, .tsv or .parquet")
    p.add_argument("--target", action="append", dest="targets", metavar="TARGET",
                   help="score against this target (repeatable); needed in articles mode, optional "
                        "in statements mode (default: each record's own target column)")
    p.add_argument("--mode", choices=MODES, default="statements",
                   help="statements: records hold statements; articles: records hold article texts")
    p.add_argument("--text-column", default="text", help="article text field (articles mode)")
    p.add_argument("--statement-column", default="statement", help="statement field (statements mode)")
    p.add_argument("--target-column", default="target", help="target field (statements mode)")
    p.add_argument("--id-column", help="a field copied into each error record")
    p.add_argument("--model", default=None, help="model directory (default: the shipped default model)")
    p.add_argument("--precision", default="auto", choices=PRECISIONS, help=PRECISION_HELP)
    p.add_argument("--compile", default="auto", choices=("auto", "yes", "no"),
                   help="run the bf16/int8 model through torch.compile: 'auto' once 50,000 pairs are scored "
                        "(about 1.2x faster from there, after a one-off 8-30 s), 'yes' from the start, 'no' never")
    p.add_argument("--no-ngram-heads", action="store_true", help=NO_NGRAM_HEADS_HELP)
    p.add_argument("--ngram-heads-genre", metavar="GENRE",
                   help=NGRAM_HEADS_GENRE_HELP + " (default: all in statements mode, news in articles mode)")
    p.add_argument("--resume", action="store_true", help="finish an interrupted run (same input and options)")
    p.add_argument("--errors", help="errors file (default: OUTPUT.errors.jsonl)")
    p.add_argument("--batch-size", type=int, default=BATCH_SIZE, help="pairs per forward pass")
    p.add_argument("--chunk-size", type=int, default=1000, help="records per chunk (memory, resume granularity)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--tagger", default="default",
                   help="articles mode: the learned attribution tagger added to the extraction rules: "
                        "'default' (the shipped one), a tagger folder, or 'none' for the rules alone")
    p.add_argument("--workers", type=int, default=1,
                   help="processes scoring chunks side by side (each loads the model; same output as one)")
    p.add_argument("--no-relevance", action="store_true",
                   help="articles mode: give every statement/target pair the classifier's label, also when "
                        "the statement does not concern the target (default: neutral, as `stance analyze`)")
    p.add_argument("--relevance-gate", action="store_true",
                   help="articles mode: decide relevance with the model's learned relevance gate, as "
                        "`stance analyze --relevance-gate` (adds a relevance_score column)")
    _speaker_reading_option(p)
    p.add_argument("--classify-all", action="store_true",
                   help="articles mode: run the classifier on every pair, also those that do not concern the "
                        "target (default: their label is neutral and score and p_* are left empty)")
    p.set_defaults(func=run_score)
    return p


def run_score(args: argparse.Namespace) -> int:
    """Run `stance score` (`stance.score.score_corpus`); print the run's summary (`ScoreRun.as_dict`) as JSON.
    Returns the exit code."""
    which = ngram_heads_option(getattr(args, "no_ngram_heads", False), getattr(args, "ngram_heads_genre", None),
                               default=None)
    compile_ = {"yes": True, "no": False}.get(getattr(args, "compile", "auto"), "auto")
    model = load(args.model, precision=getattr(args, "precision", "auto"), ngram_heads=which is not False,
                 compile=compile_)
    try:
        run = score_corpus(
            args.input, model=model, targets=args.targets, mode=args.mode, output=args.output, ngram_heads=which,
            text_column=args.text_column, statement_column=args.statement_column,
            target_column=args.target_column, id_column=args.id_column, chunk_size=args.chunk_size,
            batch_size=args.batch_size, errors=args.errors, resume=args.resume, progress=not args.no_progress,
            tagger=_score_tagger(args),
            relevance_check=not getattr(args, "no_relevance", False),
            relevance_gate=getattr(args, "relevance_gate", False), workers=getattr(args, "workers", 1),
            classify_all=getattr(args, "classify_all", False), use_speaker=getattr(args, "speaker_weight", None))
    except (FileExistsError, IsADirectoryError) as err:  # the others are reported by main
        print(f"stance score: error: {err}", file=sys.stderr)
        return 2
    if run.errors:
        print(f"{run.errors} malformed records skipped; see {run.errors_file}", file=sys.stderr)
    print(json.dumps(run.as_dict()))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="stance", description="Find who said what in news articles and whether they support or oppose a target.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-v", "--verbose", action="store_true", help="log what the library does")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def model_opts(p: argparse.ArgumentParser, heads_default: str = "all") -> None:
        p.add_argument("--model", default=None, help="model directory (default: the shipped default model)")
        p.add_argument("--precision", default="auto", choices=PRECISIONS, help=PRECISION_HELP)
        p.add_argument("--no-ngram-heads", action="store_true", help=NO_NGRAM_HEADS_HELP)
        p.add_argument("--ngram-heads-genre", metavar="GENRE",
                       help=f"{NGRAM_HEADS_GENRE_HELP} (default: {heads_default})")

    col_help = "rename a column of your data: YOURS=OURS, e.g. --column text=statement (repeatable)"

    def scoring_opts(p: argparse.ArgumentParser) -> None:
        """The options of the commands that score pairs from a file."""
        p.add_argument("--column", action="append", help=col_help)
        p.add_argument("--batch-size", type=int, default=BATCH_SIZE, help="pairs per forward pass")
        model_opts(p)
    p = sub.add_parser("predict", help="label statements with their stance toward a target",
                       description="Score one pair from flags, or a JSONL file of records (statement, target).")
    p.add_argument("--statement", help="one statement to score")
    p.add_argument("--target", help="the target; with --input it applies to every record")
    p.add_argument("--speaker", help="who made the statement (used by a speaker-aware model); records may "
                                     "carry their own speaker and cue fields")
    p.add_argument("--cue", help="the words attributing it, e.g. 'accused' (with --speaker)")
    p.add_argument("--input", help="JSONL file of records with statement (and target) fields; - reads stdin")
    p.add_argument("--output", help="JSONL file to write (default: stdout)")
    p.add_argument("--statement-column", default="statement", help="statement field when --target is given")
    p.add_argument("--jsonl", action="store_true", help="print JSON for a single statement")
    scoring_opts(p)
    p.set_defaults(func=_cmd_predict)

    p = sub.add_parser("train", help="fine-tune a model on your labelled data",
                       description="Train on a CSV/JSONL/Parquet file with columns statement, target, label.")
    p.add_argument("train", help="training data file")
    p.add_argument("--eval", help="dev data file: picks the best checkpoint and stops early")
    p.add_argument("--output-dir", required=True, help="where to save the model")
    p.add_argument("--labels", help="comma-separated label set in output order (default: from the data)")
    p.add_argument("--base", help="base encoder (dir or hub id) or a stance model dir (default: MiniLM-L6)")
    p.add_argument("--epochs", type=float)
    p.add_argument("--seed", type=int)
    p.add_argument("--learning-rate", type=float)
    p.add_argument("--batch-size", type=int)
    p.add_argument("--max-length", type=int)
    p.add_argument("--patience", type=int)
    p.add_argument("--no-class-weights", action="store_true", help="do not weight the loss by label frequency")
    p.add_argument("--bf16", action="store_true",
                   help="bfloat16 autocast in the forward pass: about 2x faster on CPUs with native bf16 "
                        "(AVX512-BF16, AMX), slower on others")
    p.add_argument("--ngram-min-rows", type=int, metavar="N",
                   help="fit a per-target n-gram head for targets with >= N training rows, blended in when it "
                        "helps on --eval (default 300; 0 = none)")
    p.add_argument("--column", action="append", help=col_help)
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=_cmd_train)

    p = sub.add_parser("evaluate", help="score a model on labelled data",
                       description="Accuracy, macro-F1, per-label P/R/F1, F_avg and the confusion matrix.")
    p.add_argument("data", help="labelled data file (statement, target, label)")
    p.add_argument("--json", action="store_true")
    scoring_opts(p)
    p.set_defaults(func=_cmd_evaluate)

    def news_eval_opts(p: argparse.ArgumentParser, default_split: str) -> None:
        """The options of the commands that score on the project's news data."""
        p.add_argument("--data-dir", required=True, help="the shared corpora folder (e.g. ../shared/data)")
        p.add_argument("--split", choices=["dev", "test"], default=default_split,
                       help="dev: the sets every choice is made on; test: the reported numbers, scored once")
        p.add_argument("--json", action="store_true")

    p = sub.add_parser("evaluate-news", help="score a model on the named news test sets in one report",
                       description="The project's labelled news statements (all, and unseen targets), "
                                   "directed_sentiment_news, GWSD, NewsMTSC, with TweetEval and Task B as guards.")
    news_eval_opts(p, "test")
    model_opts(p)
    p.set_defaults(func=_cmd_evaluate_news)

    p = sub.add_parser("evaluate-analysis", help="score `analyze` against the per-article gold tables",
                       description="Cell accuracy, F_avg over speaker x target cells and the share of gold cells "
                                   "found, on data/news_stance/articles (texts from --data-dir).")
    news_eval_opts(p, "dev")
    p.add_argument("--no-relevance", action="store_true", help="analyze with relevance_check=False")
    p.add_argument("--relevance-gate", action="store_true",
                   help="decide relevance with the model's learned relevance gate instead of the word match "
                        "(fewer false stances on real news; see docs/evaluation.md)")
    p.add_argument("--tagger", default="default",
                   help="the learned attribution tagger added to the rules: 'default' (the shipped one), "
                        "a tagger folder, or 'none' for the rules alone")
    p.add_argument("--gold", default=None, metavar="FILE",
                   help="another gold file in the same format (default: data/news_stance/articles/gold.jsonl)")
    p.add_argument("--corpus", default=None, choices=["polnear", "fnc1"],
                   help="only the gold articles from this source corpus (PolNeAR: US politics, 2016; FNC-1: "
                        "general news)")
    p.add_argument("--against", default=None, metavar="MODEL",
                   help="also score this model ('default' for the shipped one) with the same options, and print "
                        "the paired difference with its 95%% bootstrap interval over articles")
    p.add_argument("--neutral-margin", type=float, default=None, metavar="X",
                   help="analyze with this neutral margin instead of the model's own (p(neutral) lowered by X; "
                        "negative raises it; with --against, for both models)")
    _speaker_reading_option(p)
    p.add_argument("--choose-speaker-weight", action="store_true",
                   help="also choose the speaker weight and the neutral margin together on these articles (the "
                        "model's settings['analysis_speaker'] and ['analysis_neutral_margin']; the articles are "
                        "analysed twice more, alone and with speakers) and print what the choice gives out of fold")
    p.add_argument("--choose-margin", action="store_true",
                   help="also choose the neutral margin on these articles (the value for the model's "
                        "settings['analysis_neutral_margin']) and print the cells a margin chosen that way gives "
                        "out of fold (5 folds by article)")
    model_opts(p, heads_default="news")
    p.set_defaults(func=_cmd_evaluate_analysis)

    p = sub.add_parser("extract", help="list the attributed statements in an article",
                       description="Who said what: speaker, cue, kind and text of each statement.")
    p.add_argument("file", help="a plain-text article; - reads stdin")
    p.add_argument("--jsonl", action="store_true", help="one JSON record per statement, with offsets")
    p.add_argument("--tagger", default="default",
                   help="the learned attribution tagger added to the rules: 'default' (the shipped one), a tagger "
                        "folder, or 'none' for the rules alone (faster, misses beliefs, polls and noun cues)")
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("evaluate-extraction", help="score extraction on PolNeAR (brat standoff)")
    p.add_argument("--data", required=True, help="the polnear_attribution folder")
    p.add_argument("--split", default="dev")
    p.add_argument("--limit", type=int, help="only the first N articles")
    p.add_argument("--tagger", default="default",
                   help="the learned attribution tagger added to the rules: 'default' (the shipped one), a tagger "
                        "folder, or 'none' to score the rules alone")
    p.add_argument("--tagger-only", action="store_true", help="score the tagger's statements alone")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_evaluate_extraction)

    p = sub.add_parser("analyze", help="who stands where on what, for one article",
                       description="Extract statements, score each against each target, summarise by speaker.")
    p.add_argument("file", help="a plain-text article; - reads stdin")
    p.add_argument("--target", action="append",
                   help="a target, with other names the article may use after '|': "
                        "\"the Harbour Bridge toll|the charge\" (repeatable; none: suggested from the article)")
    p.add_argument("--format", choices=["table", "jsonl", "csv"], default="table")
    p.add_argument("--plot", help="write a speakers x targets picture to this PNG file")
    p.add_argument("--relevance-gate", action="store_true",
                   help="decide relevance with the model's learned relevance gate instead of the word match "
                        "(fewer false stances on real news; see docs/evaluation.md)")
    p.add_argument("--tagger", default="default",
                   help="the learned attribution tagger added to the extraction rules: 'default' (the shipped "
                        "one), a tagger folder, or 'none' for the rules alone (faster, finds fewer speakers)")
    _speaker_reading_option(p)
    p.add_argument("--classify-all", action="store_true",
                   help="run the classifier on every statement/target pair, also those that do not concern the "
                        "target (their label stays neutral; by default their scores are left empty)")
    p.add_argument("--explain", action="append", metavar="SPEAKER",
                   help="after the table, list the statements behind this speaker's cells: label, score, "
                        "relevance and why a statement was set aside (repeatable; the speaker as the table names "
                        "them)")
    model_opts(p, heads_default="news")
    p.set_defaults(func=_cmd_analyze)

    add_score_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    ns = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if ns.verbose else logging.WARNING, format="%(levelname)s %(message)s")
    try:
        return int(ns.func(ns) or 0)
    except (ValueError, FileNotFoundError, TypeError, NotADirectoryError) as err:
        print(f"stance {ns.command}: error: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
