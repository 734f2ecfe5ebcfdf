"""Time `StanceModel.predict` against the transformers text-classification pipeline.

Both run the same weights on the same N (statement, target) pairs, sampled (with repeats) from the
TweetEval test set. Variants, all in one run after a warm-up: the pipeline (batch_size=32, the
baseline), then `StanceModel.predict` (length-sorted batches) at each precision: fp32, bf16
(bf16 linear weights under autocast), int8 (per-token int8 activations, per-channel int8 weights,
torch.compile'd quantisation), openvino-int8 (OpenVINO with NNCF's static int8, when the
``openvino`` extra is installed; the one-off quantisation is printed apart) and 'auto' (what this
CPU gets by default); the bf16/int8 copies
compiled whole (`StanceModel.compile`, what a long job switches to; the compiler's one-off time is
printed apart); predict at other torch
thread counts; onnxruntime when it is installed (fp32, its dynamic int8, and a per-token int8
graph that computes what `precision="int8"` computes). The precisions run in --rounds interleaved rounds
and the median time is kept, since a shared machine is noisy; the n-gram heads' cache of hashed words
is emptied before each timed call, so that the same pairs in later rounds do not gain from it.
Printed: pairs/s, the speed-up over the pipeline, and label agreement with predict fp32. With --eval
also macro-F1 on the full TweetEval test set at each precision. Set ONEDNN_MAX_CPU_ISA (e.g.
AVX512_CORE_VNNI) to time the int8 and bf16 paths as on a CPU without the instructions above that level.

Example:
    python benchmarks/bench_predict.py --n 5000 --data-dir ../shared/data --eval
"""
from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

import numpy as np
import torch

import stance
from stance.fast import cpu_has_fast_bf16, cpu_has_fast_int8, cpu_model, speed_flags
from stance.model import default_model_dir, quiet_transformers, resolve_base
from stance.openvino_int8 import INSTALL_HINT
from stance.openvino_int8 import available as openvino_available
from stance.research.corpora import load_corpus

stance.fast.INT8_COMPILE_AFTER_SECONDS = 0  # time the compiled int8 kernel, as long jobs run it

ROOT = Path(__file__).resolve().parents[1]


def model_dir(arg: str | None, tmp: Path) -> tuple[Path, str]:
    """The model to time and a line saying which it is."""
    if arg:
        return Path(arg), f"model: {arg}"
    shipped = default_model_dir()
    if (shipped / "config.json").exists():
        return shipped, f"model: the shipped default model ({shipped})"
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    base = resolve_base(None)
    labels = ("support", "oppose", "neutral")
    torch.manual_seed(0)
    with quiet_transformers():  # no report of the (expected) newly initialised head
        model = AutoModelForSequenceClassification.from_pretrained(
            base, num_labels=3, id2label=dict(enumerate(labels)), label2id={l: i for i, l in enumerate(labels)})
    out = tmp / "minilm-random-head"
    model.save_pretrained(out, safe_serialization=True)
    AutoTokenizer.from_pretrained(base).save_pretrained(out)
    return out, ("model: MiniLM-L6 with a RANDOM 3-label head (models/default is not written yet); "
                 "speed is representative, labels are not")


def pairs(data_dir: Path, n: int, seed: int, corpus: str = "tweeteval:test") -> tuple[list[str], list[str]]:
    name, _, split = corpus.partition(":")
    test = load_corpus(name, data_dir, split or "test")
    idx = np.random.default_rng(seed).choice(len(test), size=n, replace=n > len(test))
    return test["statement"].iloc[idx].tolist(), test["target"].iloc[idx].tolist()


def timed(fn, warm) -> tuple[float, list[str]]:
    fn(warm)
    t0 = time.perf_counter()
    labels = fn(None)
    return time.perf_counter() - t0, labels


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5000, help="statement/target pairs to score")
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--model", help="model directory (default: models/default, else MiniLM with a random head)")
    parser.add_argument("--batch-size", type=int, default=32, help="pipeline batch size")
    parser.add_argument("--predict-batch-size", type=int, default=32, help="StanceModel.predict batch size")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved timing rounds (median kept)")
    parser.add_argument("--threads", default="", help="extra torch thread counts to time predict at, e.g. 1,4")
    parser.add_argument("--eval", action="store_true", help="also macro-F1 on TweetEval test at each precision")
    parser.add_argument("--precisions", default="fp32,bf16,int8,openvino-int8,auto",
                        help="predict precisions to time (fp32 always runs: it is the label reference); "
                             "leave out the ones a CPU emulates, e.g. int8 without VNNI/AMX")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--pairs", default="tweeteval:test", metavar="CORPUS:SPLIT",
                        help="where the timed pairs come from, e.g. news_stance:dev (news targets, which have no "
                             "per-target head: the target-masked head is what they get)")
    args = parser.parse_args(argv)

    from transformers import pipeline

    tmp = Path(tempfile.mkdtemp(prefix="bench_predict-"))
    path, which = model_dir(args.model, tmp)  # predict runs with the model's n-gram heads, if any
    model = stance.load(path, precision="fp32")
    statements, targets = pairs(args.data_dir, args.n, args.seed, args.pairs)
    warm_s, warm_t = statements[:64], targets[:64]
    print(which)
    print(f"{args.n} {args.pairs} pairs; torch {torch.__version__}, {torch.get_num_threads()} threads, "
          f"native bf16: {cpu_has_fast_bf16()}, int8 dot products (VNNI/AMX): {cpu_has_fast_int8()}")
    print(f"CPU: {cpu_model()}; flags: {' '.join(speed_flags()) or 'unknown'}")
    if os.environ.get("ONEDNN_MAX_CPU_ISA"):
        print(f"oneDNN capped at ONEDNN_MAX_CPU_ISA={os.environ['ONEDNN_MAX_CPU_ISA']} (an emulated CPU kind: "
              "the int8 and bf16 products run without the instructions above it)")

    pipe = pipeline("text-classification", model=model.model, tokenizer=model.tokenizer, device=model.device)

    def run_pipe(warm):
        s, t = (warm_s, warm_t) if warm else (statements, targets)
        out = pipe([{"text": a, "text_pair": b} for a, b in zip(s, t)], batch_size=args.batch_size,
                   truncation=True, max_length=model.max_length)
        return [o["label"] for o in out]

    heads = model.ngram_heads

    def run_predict(precision, batch_size=args.predict_batch_size, with_heads=True, compiled=False):
        def run(warm):
            model.precision, model.ngram_heads = precision, heads if with_heads else None
            model.compile = compiled  # never 'auto' here: a variant must not change mid-run
            s, t = (warm_s, warm_t) if warm else (statements, targets)
            if heads is not None and not warm:  # the timed call does not reuse the words hashed by earlier rounds
                heads.clear_cache()
            return [p.label for p in model.predict(s, target=t, batch_size=batch_size)]
        return run

    bs = args.predict_batch_size
    model.precision = "auto"
    auto, model.precision = model.resolved_precision, "fp32"
    wanted = {p.strip() for p in args.precisions.split(",") if p.strip()}
    variants = [("pipeline fp32 (batch 32)", run_pipe), (f"predict fp32 (batch {bs})", run_predict("fp32"))]
    if "openvino-int8" in wanted and not openvino_available():
        print(f"predict openvino-int8: OpenVINO and NNCF are not installed, skipped ({INSTALL_HINT})")
        wanted.discard("openvino-int8")
    variants += [(f"predict {p} (batch {bs})", run_predict(p)) for p in ("bf16", "int8", "openvino-int8")
                 if p in wanted]
    if "auto" in wanted:
        variants.append((f"predict auto = {auto} (batch {bs})", run_predict("auto")))
    # the same copies through torch.compile (what compile='auto' switches to in a long job); the compiler's
    # one-off cost falls in the first warm-up call and is printed apart
    variants += [(f"predict {p} compiled", run_predict(p, compiled=True)) for p in ("bf16", "int8", "auto")
                 if p in wanted and not (p == "auto" and (auto == "fp32" or auto in wanted))]
    if heads is not None:  # the variants above blend in the model's n-gram heads, as users get them
        print(f"predict variants include the model's n-gram heads ({len(heads)} targets)")
        variants.append((f"predict {'auto' if 'auto' in wanted else 'fp32'}, no n-gram heads",
                         run_predict("auto" if "auto" in wanted else "fp32", with_heads=False)))
    times: dict[str, list[float]] = {name: [] for name, _ in variants}
    labels_of: dict[str, list[str]] = {}
    for round_ in range(args.rounds):
        for name, fn in variants:
            if round_ == 0 and (name.endswith(" compiled") or "openvino" in name):
                t0 = time.perf_counter()
                fn(True)
                what = "quantising, or reading the cached copy" if "openvino" in name else "compiling"
                print(f"{name}: first call ({what}) {time.perf_counter() - t0:.1f} s")
            seconds, labels_of[name] = timed(fn, True)
            times[name].append(seconds)
    results = [(name, float(np.median(times[name])), labels_of[name]) for name, _ in variants]
    default_threads = torch.get_num_threads()
    for n in [int(x) for x in args.threads.split(",") if x.strip()]:
        torch.set_num_threads(n)
        for precision in ("fp32", "bf16"):
            seconds, labels = timed(run_predict(precision), True)
            results.append((f"predict {precision}, {n} thread(s)", seconds, labels))
        torch.set_num_threads(default_threads)
    results.extend(onnx_variant(model, statements, targets, warm_s, warm_t, tmp))

    base_rate = args.n / results[0][1]
    reference = results[1][2]
    print(f"\n{'variant':42s} {'pairs/s':>9s} {'x pipeline':>10s} {'same label as fp32':>19s}")
    for name, seconds, labels in results:
        same = np.mean([a == b for a, b in zip(labels, reference)])
        print(f"{name:42s} {args.n / seconds:9.1f} {args.n / seconds / base_rate:10.2f} {same:19.3%}")

    if args.eval:
        test = load_corpus("tweeteval", args.data_dir, "test")
        print(f"\nTweetEval test ({len(test)} pairs), macro-F1:")
        model.compile = False
        runs = [(p, heads) for p in ("fp32", "bf16", "int8", "openvino-int8", "auto") if p in wanted | {"fp32"}]
        runs += [(p, None) for p in ("fp32", "auto")] if heads is not None else []
        for precision, run_heads in runs:
            model.precision, model.ngram_heads = precision, run_heads
            report = stance.evaluate(model, test[["statement", "target", "label"]])
            which = "" if heads is None else (", with n-gram heads" if model.ngram_heads else ", transformer alone")
            print(f"  {precision:5s} ({model.resolved_precision}{which}): macro-F1 {100 * report['macro_f1']:.2f}, "
                  f"F_avg {100 * report['f_avg']:.2f}")


def onnx_variant(model, statements, targets, warm_s, warm_t, tmp: Path) -> list:
    """onnxruntime on the same weights, when onnxruntime is installed (pip install stance[onnx])."""
    try:
        import onnxruntime as ort
    except ImportError:
        print("onnxruntime: not installed, skipped (pip install 'stance[onnx]')")
        return []
    path = tmp / "model.onnx"
    enc = model.tokenizer(warm_s[:2], warm_t[:2], padding=True, return_tensors="pt")
    names = [k for k in ("input_ids", "attention_mask", "token_type_ids") if k in enc]
    try:
        torch.onnx.export(model.model.float(), tuple(enc[k] for k in names), str(path), input_names=names,
                          output_names=["logits"], dynamo=False, opset_version=17,
                          dynamic_axes={k: {0: "batch", 1: "seq"} for k in names} | {"logits": {0: "batch"}})
    except Exception as err:  # noqa: BLE001 - a benchmark variant, not the library
        print(f"onnxruntime: export failed ({type(err).__name__}: {err}), skipped")
        return []
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantized = tmp / "model-int8.onnx"
    quantize_dynamic(str(path), str(quantized), weight_type=QuantType.QInt8)
    per_token = tmp / "model-int8-per-token.onnx"
    per_token_int8(path, per_token)
    results = []
    for name, file in (("onnxruntime fp32", path), ("onnxruntime dynamic int8", quantized),
                       ("onnxruntime per-token int8", per_token)):
        session = ort.InferenceSession(str(file), providers=["CPUExecutionProvider"])

        def run(warm, session=session):
            s, t = (warm_s, warm_t) if warm else (statements, targets)
            lengths = [len(x) for x in model.tokenizer(s, t)["input_ids"]]
            order = np.argsort(lengths, kind="stable")
            labels = [None] * len(s)
            for lo in range(0, len(order), 64):
                idx = order[lo:lo + 64]
                batch = model.tokenizer([s[i] for i in idx], [t[i] for i in idx], padding=True, truncation=True,
                                        max_length=model.max_length, return_tensors="np")
                logits = session.run(None, {k: batch[k].astype(np.int64) for k in names})[0]
                for i, k in zip(idx, logits.argmax(1)):
                    labels[i] = model.labels[k]
            return labels

        seconds, labels = timed(run, True)
        results.append((f"{name} (length-sorted, batch 64)", seconds, labels))
    return results


def per_token_int8(src: Path, dst: Path) -> int:
    """Rewrite every MatMul with a constant 2-D weight as `stance.fast.Int8Linear` computes it:
    activations quantised per row (token) over the row's [min, max] to uint8, weights per output
    channel to 8 bits (stored as uint8 around 128: u8 x s8 products saturate in int16 on AVX2),
    one MatMulInteger, then y = s_row * s_col * (q @ Wq) + min_row * colsum(W). Returns how many
    MatMuls were rewritten. Plain ONNX ops, so onnxruntime runs it on any CPU."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    m = onnx.load(str(src))
    g = m.graph
    inits = {i.name: i for i in g.initializer}
    g.initializer.extend([numpy_helper.from_array(np.array(1e-8, np.float32), "pt_eps"),
                          numpy_helper.from_array(np.array(255.0, np.float32), "pt_255"),
                          numpy_helper.from_array(np.array(128, np.uint8), "pt_zp")])
    nodes, n = [], 0
    for node in g.node:
        w = numpy_helper.to_array(inits[node.input[1]]) if node.op_type == "MatMul" and node.input[1] in inits else None
        if w is None or w.ndim != 2:
            nodes.append(node)
            continue
        w = w.astype(np.float32)  # [K, N]
        sw = np.maximum(np.abs(w).max(0), 1e-12) / 127.0
        wq = np.clip(np.round(w / sw), -127, 127)
        p, a = f"pt{n}_", node.input[0]
        g.initializer.extend([numpy_helper.from_array((wq + 128).astype(np.uint8), p + "w"),
                              numpy_helper.from_array(sw.astype(np.float32), p + "sw"),
                              numpy_helper.from_array((wq.sum(0) * sw).astype(np.float32), p + "colsum")])
        nodes += [
            helper.make_node("ReduceMin", [a], [p + "lo"], axes=[-1], keepdims=1),
            helper.make_node("ReduceMax", [a], [p + "hi"], axes=[-1], keepdims=1),
            helper.make_node("Sub", [p + "hi", p + "lo"], [p + "range"]),
            helper.make_node("Max", [p + "range", "pt_eps"], [p + "range1"]),
            helper.make_node("Div", [p + "range1", "pt_255"], [p + "s"]),
            helper.make_node("Sub", [a, p + "lo"], [p + "shifted"]),
            helper.make_node("Div", [p + "shifted", p + "s"], [p + "scaled"]),
            helper.make_node("Round", [p + "scaled"], [p + "rounded"]),
            helper.make_node("Cast", [p + "rounded"], [p + "q"], to=TensorProto.UINT8),
            helper.make_node("MatMulInteger", [p + "q", p + "w", "", "pt_zp"], [p + "acc"]),
            helper.make_node("Cast", [p + "acc"], [p + "accf"], to=TensorProto.FLOAT),
            helper.make_node("Mul", [p + "s", p + "sw"], [p + "scale"]),
            helper.make_node("Mul", [p + "accf", p + "scale"], [p + "y"]),
            helper.make_node("Mul", [p + "lo", p + "colsum"], [p + "offset"]),
            helper.make_node("Add", [p + "y", p + "offset"], [node.output[0]]),
        ]
        n += 1
    del g.node[:]
    g.node.extend(nodes)
    used = {i for nd in g.node for i in nd.input}
    keep = [i for i in g.initializer if i.name in used]
    del g.initializer[:]
    g.initializer.extend(keep)
    onnx.save(m, str(dst))
    return n


if __name__ == "__main__":
    main()
