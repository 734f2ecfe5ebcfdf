"""The generated model card (README.md) written next to every saved model."""
from __future__ import annotations

import json
from typing import Any


def _metrics_table(metrics: dict[str, Any], order: list[str] | None = None, *, star: bool = False) -> list[str]:
    rows = ["| test set | n | F_avg | macro-F1 | accuracy |", "|---|---|---|---|---|"]
    # config.json stores keys sorted; settings['test_sets'] keeps the intended order (headline first)
    order = order or []
    names = [n for n in order if n in metrics] + [n for n in metrics if n not in order]
    for name in names:
        m = metrics[name]
        f_avg = "—" if m.get("f_avg") is None else f"{100 * m['f_avg']:.2f}"
        macro = f"{100 * m['macro_f1']:.2f}"
        if star and m.get("metric") == "f_avg":
            f_avg += "*"
        elif star and m.get("metric") == "macro_f1":
            macro += "*"
        rows.append(f"| {name} | {m['n']} | {f_avg} | {macro} | {100 * m['accuracy']:.2f} |")
    return rows


def model_card(labels: tuple[str, ...], settings: dict[str, Any]) -> str:
    """Markdown describing a model: base, labels, data and licenses, settings, scores, limits."""
    training = settings.get("training") or {}
    lines = [
        "---",
        "library_name: transformers",
        "pipeline_tag: text-classification",
        "tags: [stance-detection, stance]",
        "---",
        f"# {settings.get('name', 'stance model')}",
        "",
        "A stance classifier for (statement, target) pairs, made with the `stance` library.",
        "",
        f"- **Labels** (output order): {', '.join(labels)}",
        f"- **Base encoder**: `{settings.get('base_model', 'unknown')}`",
        f"- **Max length**: {settings.get('max_length', 128)} tokens per pair",
    ]
    if settings.get("delta"):
        lines += [
            "- **Stored as a delta**: this folder holds only the weights that training changed "
            "(everything but the frozen token embeddings, float16); `stance.load` takes the rest from "
            "the base encoder. `stance.load(dir).save(out)` writes a full transformers directory that "
            "`AutoModelForSequenceClassification.from_pretrained(out)` loads.",
        ]
    lines += ["", "## Use", "", "```python", "import stance",
              "model = stance.load(\"<this directory>\")",
              "model.predict(\"We will never accept this vote.\", target=\"the independence referendum\")",
              "```", ""]
    corpora = settings.get("corpora") or []
    if corpora:
        lines += ["## Training data", "", "| corpus | rows | license (as stated by its source) |", "|---|---|---|"]
        lines += [f"| {c.get('name')} | {c.get('rows', '')} | {c.get('license', 'unknown')} |" for c in corpora]
        lines.append("")
    if training:
        hp = {k: v for k, v in training.items() if k not in ("dev_history", "label_counts")}
        lines += ["## Training", "", "```json", json.dumps(hp, indent=1, sort_keys=True), "```", ""]
        if training.get("label_counts"):
            lines += [f"Label counts: {training['label_counts']}", ""]
        if training.get("dev_history"):
            lines += [f"Dev history: {training['dev_history']}", ""]
    heads = settings.get("ngram_heads")
    if heads:
        names = heads.get("targets", [])
        lines += ["## Per-target n-gram heads", "",
                  f"For {len(names)} targets seen in training (matched case- and space-insensitively) the "
                  f"probabilities are {heads['weight']:.2f} x the transformer's + {1 - heads['weight']:.2f} x those "
                  "of a logistic regression over hashed word 1-3-grams and character 2-5-grams, fitted on that "
                  "target's training rows; the weight was chosen on the dev set. Every other target gets the "
                  "transformer alone, or the target-masked head below. A head learns the wording of its own "
                  "rows, so for text of another genre it can hurt: `stance.load(dir, ngram_heads=\"news\")` keeps "
                  "only the heads fitted on news (and those with no recorded genre), which is what "
                  "`stance.analyze` uses for articles; "
                  "`ngram_heads=False` turns them all off.", ""]
        sources = heads.get("sources") or {}
        if sources:
            lines += ["| target | training rows | " + " / ".join(labels) + " | corpora | genres |",
                      "|---|---|---|---|---|"]
            for name in names:
                src = sources.get(name, {})
                counts = " / ".join(str(src.get("labels", {}).get(l, "")) for l in labels)
                lines.append(f"| `{name}` | {src.get('rows', '')} | {counts} | {', '.join(src.get('corpora', []))} "
                             f"| {', '.join(src.get('genres', []))} |")
            lines.append("")
        else:
            lines += ["Targets: " + ", ".join(f"`{t}`" for t in names) + ".", ""]
        generic = heads.get("generic")
        if generic:
            lines += [f"Every other target gets a target-masked head instead: the probabilities are "
                      f"{generic['weight']:.2f} x the transformer's + {1 - generic['weight']:.2f} x those of one "
                      "logistic regression over hashed word 1-3-grams of the statement with the target's own words "
                      f"replaced by `{generic.get('placeholder', '')}` and word 1-2-grams of the cue "
                      f"({generic.get('columns', '')} columns, {generic.get('rows', '')} training rows from "
                      f"{', '.join(generic.get('corpora', [])) or 'the training data'}; genres: "
                      f"{', '.join(generic.get('genres', [])) or 'not recorded'}). It cannot learn who a target is, "
                      "only how a statement takes a side toward whatever it names.", ""]
    if settings.get("news_metrics"):
        lines += ["## Scores on news", "", "Measured with `stance evaluate-news --data-dir ../shared/data` on the folder "
                  "as saved, float32, each test split scored once (`*` marks a set's headline metric):", ""]
        lines += _metrics_table(settings["news_metrics"], settings.get("news_sets"), star=True) + [""]
    if settings.get("news_dev_metrics"):
        lines += ["The news dev sets, which every choice (checkpoint, mix) was made on "
                  "(`stance evaluate-news --split dev`):", ""]
        lines += _metrics_table(settings["news_dev_metrics"], settings.get("news_sets"), star=True) + [""]
    metrics = settings.get("metrics") or {}
    if metrics:
        lines += ["## Scores", "", "Measured with `stance evaluate` on the folder as saved (F_avg = mean F1 of "
                  "support and oppose), at float32 precision (`precision=\"fp32\"`, the reference):", ""]
        lines += _metrics_table(metrics, settings.get("test_sets")) + [""]
    if settings.get("metrics_int8"):
        lines += ["At int8 precision (`precision=\"int8\"`; what `\"auto\"` picks on CPUs with VNNI and without AMX):", ""]
        lines += _metrics_table(settings["metrics_int8"], settings.get("test_sets")) + [""]
    if settings.get("metrics_transformer_only"):
        lines += ["The transformer alone (`ngram_heads=False`, float32):", ""]
        lines += _metrics_table(settings["metrics_transformer_only"], settings.get("test_sets")) + [""]
    if settings.get("notes"):
        lines += ["## Notes", "", settings["notes"], ""]
    lines += [
        "## Limits",
        "",
        "- English only; scores on genres other than those it was trained on will differ.",
        ("- The speaker and the attribution cue go into the input (`predict(..., speaker=, cue=)`); "
         "the model does not see the rest of the article." if settings.get("speaker_input") else
         "- A statement is scored against the target text you give: the model does not know who "
         "said it or what the article is about beyond that."),
        "- Neutral covers both 'no stance' and 'unrelated to the target'.",
    ]
    if settings.get("mention_input"):
        lines.append("- Where the article names the target (`stance.targets.mention_level`) goes into the input "
                     "(`predict(..., mention=)`); `analyze` and `stance score --mode articles` compute it.")
    if settings.get("analysis_neutral_margin"):
        margin = float(settings["analysis_neutral_margin"])
        lines.append(f"- In article analysis (`analyze`, `stance score --mode articles`) a statement's label is "
                     f"the argmax after p(neutral) is {'lowered' if margin > 0 else 'raised'} by {abs(margin):g} "
                     "(`analysis_neutral_margin`, chosen on the per-article gold dev tables); `predict` takes "
                     "the plain argmax.")
    weight = float(settings.get("analysis_speaker") or 0.0)
    if weight and settings.get("speaker_input"):
        lines.append("- In article analysis each statement is read " + (
            "with its speaker and cue" if weight >= 1 else
            f"alone and with its speaker and cue, the two readings' probabilities averaged with weight {weight:g} "
            "on the second") + " (`analysis_speaker`, chosen on the per-article gold dev tables with the neutral "
            "margin; `analyze(..., use_speaker=)` reads it another way).")
    lines.append("")
    return "\n".join(lines)
