"""Scratch harness: candidate features and recipes measured on the cross-domain protocols.

Candidate features are computed here (not in the shipped extractor) and cached in
benchmarks/.work/experiment-cache.json, so one recipe can be compared with another in about a minute:

    python benchmarks/classifier_experiments.py --config base --config base+new ...

Config parts joined by "+": base (the shipped FEATURE_NAMES, which since stylometry-2 include the
candidates below), new (the candidates again: a no-op now), add:/drop:NAME,..., p:PARAM=VALUE (tree
parameters), labelw (data set x label weights; the shipped default), domainw (domain x label weights),
langz/humanz (per-language z-scores), domainz (robust z-scores per domain from that domain's own files,
labels unseen: transductive), without:DOMAIN / without-set:DATA_SET (never trained on, still evaluated),
mode:mono|consistent|consistent-gbt|experts (experts: one model per training domain family, scores
z-normalised and averaged). The first table in MODEL_CARD.md was measured while `base` meant stylometry-1;
the ablations of the current card with:

    python benchmarks/classifier_experiments.py --config base+labelw --config base+labelw+without:algo \
        --config base+labelw+without-set:debian-human --config base+domainw --config base+labelw+p:max_depth=3 \
        --config base+labelw+mode:experts --config base+labelw+domainz \
        --config base+labelw+add:genre.stdin_reads_per_100_lines,genre.entry_point --datasets

Prints, per config: pooled leave-one-domain-out AUROC and TPR @1% FPR, per-domain AUROC, and
leave-one-data-set-out AUROC for the research sets.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from classifier_datasets import WORK, all_samples, featurise_cached
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import roc_auc_score, roc_curve

from provenance.classifier.features.languages import language_by_name
from provenance.classifier.features.lexical import _IDENTIFIER, split_source
from provenance.classifier.features.normalise import normalise_source
from provenance.classifier.features.vector import FEATURE_NAMES
from provenance.classifier.training.estimators import TREE_PARAMETERS
from provenance.classifier.training.matrix import imputation_values
from provenance.classifier.training.weighting import balanced_weights

CACHE = WORK / "experiment-cache.json"
EXTRA_VERSION = "x5"

_NONE_CHECK = re.compile(
    r"\bis not None\b|\bis None\b|[!=]==? ?null\b|\bnull ?[!=]==?|[!=]= ?nil\b|== ?NULL\b|!= ?NULL\b"
    r"|\.is_none\(\)|\.is_some\(\)|== ?undefined\b|!== ?undefined\b"
)
_NOT_CHECK = re.compile(r"\bif not \w|\bif \(!\w|\bif !\w")
_ASSIGN_LINE = re.compile(
    r"^[ ]*[\w.\[\]<>\"]+(?: [\w.\[\]<>\"]+)*?(?:[ ]*,[ ]*[\w.\[\]\"]+)*(?:[ ]*:[ ]*[\w.\[\], ]+)?"
    r"( ?)(?:[-+*/%|&^]|//|<<|>>)?=( ?)(?!=)(?!.*,$)",
    re.M,
)
_COMPARE = re.compile(r"(?<![=!<>])( ?)(?:==|!=|<=|>=)( ?)(?![=>])")
_RAISE = re.compile(r"\b(?:raise|throw)\b")
_FSTRING = re.compile(r"(?<![\w\"'])[fF]['\"]")
# Genre, not style: lets the trees tell programs that read standard input from modules, because
# several style directions invert between contest programs and library code.
_STDIN_READ = re.compile(
    r"\binput\(|sys\.stdin|Scanner\(System\.in|\bscanf\(|\bcin\s*>>|os\.Stdin|io::stdin|readLine\("
)
_ENTRY_POINT = re.compile(
    r"__name__\s*==|static\s+void\s+main\s*\(|\bfunc\s+main\s*\(|\bfn\s+main\s*\(|\bint\s+main\s*\("
)
_FORMAT = re.compile(r"\.format\(|%\s*\(|\" ?% ?\w")


def _entropy(counts) -> float:
    total = sum(counts)
    return -sum(c / total * math.log2(c / total) for c in counts if c)


def extra_features(text: str, language_name: str) -> dict[str, float | None]:
    language = language_by_name(language_name)
    text = normalise_source(text)
    if not text:
        return {}
    split = split_source(text, language.comment_style)
    lines = text.split("\n")[:-1]
    code_lines = [line for line in lines if line]
    n_code = max(1, len(code_lines))
    out: dict[str, float | None] = {}
    out.update(_paragraph_rhythm(lines))
    out["rhythm.comment_led_paragraph_fraction"] = _comment_led_paragraph_fraction(lines, language.comment_style)
    out.update(_line_length_shape(code_lines))
    out.update(_identifier_features(split.code, language.keywords))
    out["lexis.quote_consistency"] = _quote_consistency(text)
    out.update(_comment_features(split.comment_texts, n_code))
    out.update(_operator_spacing(split.code))
    out.update(_pattern_rates(split.code, n_code))
    out["era.fstring_fraction"] = _fstring_fraction(text) if language.comment_style == "hash" else None
    return out


def _paragraph_rhythm(lines: list[str]) -> dict[str, float | None]:
    """Blank-line rhythm: the lengths of the runs of non-blank lines."""
    runs, current = [], 0
    for line in lines:
        if line:
            current += 1
        elif current:
            runs.append(current)
            current = 0
    if current:
        runs.append(current)
    if len(runs) < 2:
        return {"rhythm.paragraph_mean": None, "rhythm.paragraph_cv": None}
    mean = sum(runs) / len(runs)
    std = math.sqrt(sum((r - mean) ** 2 for r in runs) / len(runs))
    return {"rhythm.paragraph_mean": mean, "rhythm.paragraph_cv": std / mean}


def _comment_led_paragraph_fraction(lines: list[str], comment_style: str) -> float | None:
    """Paragraphs that open with a comment line (AI: "# Step" comment then code)."""
    comment_prefixes = ("#",) if comment_style == "hash" else ("//", "/*", "*")
    para_starts, para_comment = 0, 0
    previous_blank = True
    for line in lines:
        if line and previous_blank:
            para_starts += 1
            if line.lstrip().startswith(comment_prefixes):
                para_comment += 1
        previous_blank = not line
    return para_comment / para_starts if para_starts >= 2 else None


def _line_length_shape(code_lines: list[str]) -> dict[str, float | None]:
    lengths = sorted(len(line) for line in code_lines)
    if not lengths:
        return {}

    def quantile(p: float) -> int:
        return lengths[min(len(lengths) - 1, int(p * len(lengths)))]

    mean = sum(lengths) / len(lengths)
    var = sum((v - mean) ** 2 for v in lengths) / len(lengths)
    return {
        "layout.p90_over_mean_length": quantile(0.9) / mean if mean else None,
        "layout.short_line_fraction": sum(1 for v in lengths if v <= 20) / len(lengths),
        "layout.line_length_skew": (
            sum((v - mean) ** 3 for v in lengths) / len(lengths) / var ** 1.5 if var > 0 else None
        ),
    }


_IDENTIFIER_FEATURES = (
    "distinct_name_mean_length", "distinct_name_length_std", "short_name_fraction",
    "descriptive_name_fraction", "identifier_char_entropy", "identifier_token_entropy",
)


def _identifier_features(code: str, keywords) -> dict[str, float | None]:
    identifiers = [name for name in _IDENTIFIER.findall(code) if name not in keywords]
    distinct = set(identifiers)
    if not distinct:
        return {"lexis." + key: None for key in _IDENTIFIER_FEATURES}
    lengths = [len(n) for n in distinct]
    mean = sum(lengths) / len(lengths)
    chars: dict[str, int] = {}
    for name in identifiers:
        for c in name.lower():
            chars[c] = chars.get(c, 0) + 1
    counts: dict[str, int] = {}
    for name in identifiers[:300]:
        counts[name] = counts.get(name, 0) + 1
    return {
        "lexis.distinct_name_mean_length": mean,
        "lexis.distinct_name_length_std": math.sqrt(sum((v - mean) ** 2 for v in lengths) / len(lengths)),
        "lexis.short_name_fraction": sum(1 for v in lengths if v <= 2) / len(lengths),
        "lexis.descriptive_name_fraction": sum(1 for v in lengths if v >= 6) / len(lengths),
        "lexis.identifier_char_entropy": _entropy(chars.values()),
        "lexis.identifier_token_entropy": (
            _entropy(counts.values()) / math.log2(max(2, len(identifiers[:300])))
        ),
    }


def _quote_consistency(text: str) -> float | None:
    singles = len(re.findall(r"(?<![\w\"'])[rRbBuUfF]{0,2}'(?:[^'\\\n]|\\.)*'", text))
    doubles = len(re.findall(r'(?<![\w"\'])[rRbBuUfF]{0,2}"(?:[^"\\\n]|\\.)*"', text))
    return max(singles, doubles) / (singles + doubles) if singles + doubles >= 3 else None


def _comment_features(comment_texts, n_code: int) -> dict[str, float | None]:
    """Comments: how many, how long their words, how many are full sentences."""
    bodies = [re.sub(r"^(?:#+|//+|/\*+|\*+/?|\*)", "", t.strip()).strip() for t in comment_texts]
    bodies = [b for b in bodies if b]
    if not bodies:
        return {
            "comments.full_sentence_fraction": None,
            "comments.mean_word_length": None,
            "comments.per_100_lines": 0.0,
        }
    sentences = sum(
        1 for b in bodies if b[0].isupper() and len(b.split()) >= 4 and b.rstrip("*/ ").endswith(".")
    )
    words = [w for b in bodies for w in b.split()]
    return {
        "comments.full_sentence_fraction": sentences / len(bodies),
        "comments.mean_word_length": sum(map(len, words)) / len(words) if words else None,
        "comments.per_100_lines": 100 * len(bodies) / n_code,
    }


def _spaced_fraction(matches: list[tuple[str, str]], minimum: int) -> float | None:
    """The share of operator matches with a space on both sides, given at least `minimum` of them."""
    return sum(1 for a, b in matches if a and b) / len(matches) if len(matches) >= minimum else None


def _operator_spacing(code: str) -> dict[str, float | None]:
    return {
        "layout.spaced_assignment_fraction": _spaced_fraction(_ASSIGN_LINE.findall(code), 3),
        "layout.spaced_comparison_fraction": _spaced_fraction(_COMPARE.findall(code), 2),
    }


def _pattern_rates(code: str, n_code: int) -> dict[str, float | None]:
    """Defensive patterns and genre markers per 100 code lines."""
    return {
        "defensive.none_checks_per_100_lines": 100 * len(_NONE_CHECK.findall(code)) / n_code,
        "defensive.not_checks_per_100_lines": 100 * len(_NOT_CHECK.findall(code)) / n_code,
        "defensive.raises_per_100_lines": 100 * len(_RAISE.findall(code)) / n_code,
        "genre.stdin_reads_per_100_lines": 100 * len(_STDIN_READ.findall(code)) / n_code,
        "genre.entry_point": 1.0 if _ENTRY_POINT.search(code) else 0.0,
    }


def _fstring_fraction(text: str) -> float | None:
    f, fm = len(_FSTRING.findall(text)), len(_FORMAT.findall(text))
    return f / (f + fm) if f + fm else None


EXTRA_NAMES = (
    "rhythm.paragraph_mean", "rhythm.paragraph_cv", "rhythm.comment_led_paragraph_fraction",
    "layout.p90_over_mean_length", "layout.short_line_fraction", "layout.line_length_skew",
    "lexis.distinct_name_mean_length", "lexis.distinct_name_length_std", "lexis.short_name_fraction",
    "lexis.descriptive_name_fraction", "lexis.identifier_char_entropy", "lexis.identifier_token_entropy",
    "lexis.quote_consistency", "comments.full_sentence_fraction", "comments.mean_word_length",
    "comments.per_100_lines", "defensive.none_checks_per_100_lines", "defensive.not_checks_per_100_lines",
    "defensive.raises_per_100_lines", "era.fstring_fraction",
    "layout.spaced_assignment_fraction", "layout.spaced_comparison_fraction",
    "genre.stdin_reads_per_100_lines", "genre.entry_point",
)


def extra_matrix(samples) -> np.ndarray:
    cache = {}
    if CACHE.is_file():
        document = json.loads(CACHE.read_text())
        if document.get("version") == EXTRA_VERSION:
            cache = document["rows"]
    before = len(cache)
    rows = []
    for sample in samples:
        key = hashlib.sha256(f"{sample.language}\0{sample.text}".encode("utf-8", "surrogateescape")).hexdigest()
        if key not in cache:
            values = extra_features(sample.text, sample.language)
            cache[key] = [values.get(name) for name in EXTRA_NAMES]
        rows.append([math.nan if v is None else v for v in cache[key]])
    if len(cache) != before:
        CACHE.write_text(json.dumps({"version": EXTRA_VERSION, "rows": cache}))
    return np.array(rows, dtype=float)


def tpr_at_fpr(labels, scores, limit=0.01):
    fpr, tpr, _ = roc_curve(labels, scores)
    return float(tpr[fpr <= limit].max())


# Per-sample arrays set in main (module state, not constants): which labelled pair set each sample
# belongs to (for in-fold directions), and which expert of mode:experts it trains.
pair_set_of = None
expert_family_of = None


def fold_directions(x, labels, train, low=0.45, high=0.55):
    """+1/-1 where a feature points the same way in every training pair set, else 0."""
    directions = []
    sets = [s for s in sorted(set(pair_set_of[train])) if len(set(labels[train & (pair_set_of == s)])) == 2]
    for column in range(x.shape[1]):
        aurocs = [
            roc_auc_score(labels[train & (pair_set_of == s)], x[train & (pair_set_of == s), column]) for s in sets
        ]
        directions.append(1 if min(aurocs) > high else -1 if max(aurocs) < low else 0)
    return np.array(directions)


def experts_scores(x, labels, test, train, weights, params):
    """One model per expert family (training part only); z-normalised decision values averaged."""
    total, used = np.zeros(test.sum()), 0
    for family in sorted(set(expert_family_of[train])):
        inside = train & (expert_family_of == family)
        if len(set(labels[inside])) < 2 or (labels[inside] == 1).sum() < 20:
            continue
        model = GradientBoostingClassifier(random_state=0, **params)
        model.fit(x[inside], labels[inside], sample_weight=weights[inside])
        own = model.decision_function(x[inside])
        total += (model.decision_function(x[test]) - own.mean()) / (own.std() or 1.0)
        used += 1
    return total / max(used, 1)


@dataclass
class Experiment:
    """What one --config sets: feature columns, tree parameters, weights, transform, model mode."""

    columns: list[int]
    params: dict
    transform: Callable | None = None
    weights: np.ndarray | None = None  # None: main's data-set weights
    mode: str = "gbt"
    trainable: np.ndarray | None = None  # None: every sample outside the held-out unit trains


def loo_scores(values, labels, units, weights, experiment):
    from sklearn.ensemble import HistGradientBoostingClassifier

    params, mode = experiment.params, experiment.mode
    scores = np.zeros(len(labels))
    for unit in sorted(set(units)):
        test = units == unit
        train = ~test if experiment.trainable is None else ~test & experiment.trainable
        fill = imputation_values(values[train])
        x = np.where(np.isnan(values), fill, values)
        if experiment.transform is not None:
            x = experiment.transform(x, train)
        if mode in ("mono", "consistent", "consistent-gbt"):
            directions = fold_directions(x, labels, train)
            if mode.startswith("consistent"):
                keep = directions != 0
                x, directions = x[:, keep], directions[keep]
        if mode == "experts":
            scores[test] = experts_scores(x, labels, test, train, weights, params)
            continue
        if mode in ("mono", "consistent"):
            model = HistGradientBoostingClassifier(
                max_iter=params.get("n_estimators", 150), learning_rate=params.get("learning_rate", 0.05),
                max_depth=params.get("max_depth", 3), min_samples_leaf=params.get("min_samples_leaf", 20),
                max_leaf_nodes=None, early_stopping=False, random_state=0, monotonic_cst=directions.tolist())
        else:
            model = GradientBoostingClassifier(random_state=0, **params)
        model.fit(x[train], labels[train], sample_weight=weights[train])
        scores[test] = model.decision_function(x[test])
    return scores


RESEARCH_SETS = ("whodunit", "codenet-gpt", "gptsniffer-java")


def main() -> int:
    global pair_set_of, expert_family_of
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", action="append", default=[])
    parser.add_argument("--signal", action="store_true", help="univariate AUROC of extra features per data set")
    parser.add_argument("--datasets", action="store_true", help="also leave-one-data-set-out")
    arguments = parser.parse_args()
    samples = all_samples()
    matrix = featurise_cached(samples)
    started = time.perf_counter()
    extra = extra_matrix(matrix.samples)
    print(f"extra features in {time.perf_counter() - started:.0f}s", file=sys.stderr)
    names = list(FEATURE_NAMES) + list(EXTRA_NAMES)
    values = np.hstack([matrix.values, extra])
    labels = matrix.labels
    datasets = np.array([s.dataset for s in matrix.samples])
    domains = np.array([s.domain for s in matrix.samples])
    languages = np.array([s.language for s in matrix.samples])
    weights = balanced_weights(datasets)
    pair_set_of = np.array([d if d in RESEARCH_SETS else "ordinary" for d in datasets])
    expert_family_of = np.where(np.isin(domains, ["competitive", "exercises", "algo"]), domains, "ordinary")

    if arguments.signal:
        print_signal_table(names, values, labels, datasets, languages)

    for config in arguments.config:
        experiment = parse_config(config, names, languages, labels, datasets, domains)
        w = experiment.weights if experiment.weights is not None else weights
        started = time.perf_counter()
        raw = loo_scores(values[:, experiment.columns], labels, domains, w, experiment)
        per_domain = []
        for d in sorted(set(domains)):
            m = domains == d
            if len(set(labels[m])) == 2:
                per_domain.append(f"{d} {roc_auc_score(labels[m], raw[m]):.3f}")
        line = (
            f"{config}: LODO pooled AUROC {roc_auc_score(labels, raw):.3f} TPR@1% {tpr_at_fpr(labels, raw):.3f}; "
            + ", ".join(per_domain)
        )
        ordinary = ~np.isin(domains, ["competitive", "exercises"])
        line += f"; ordinary-pooled {roc_auc_score(labels[ordinary], raw[ordinary]):.3f}"
        research_competitive = (domains == "competitive") & np.isin(datasets, ["whodunit", "codenet-gpt"])
        research_auroc = roc_auc_score(labels[research_competitive], raw[research_competitive])
        line += f"; competitive research files {research_auroc:.3f}"
        if arguments.datasets:
            raw_sets = loo_scores(values[:, experiment.columns], labels, datasets, w, experiment)
            line += "; LODS " + leave_one_data_set_out_summary(raw_sets, labels, datasets)
        print(line + f" [{time.perf_counter() - started:.0f}s]", flush=True)
    return 0


def leave_one_data_set_out_summary(raw_sets, labels, datasets) -> str:
    parts = []
    for d in RESEARCH_SETS:
        m = datasets == d
        parts.append(f"{d} {roc_auc_score(labels[m], raw_sets[m]):.3f}/{tpr_at_fpr(labels[m], raw_sets[m]):.2f}")
    # npm FPR at the threshold from the other sets' humans at 1%
    human = labels == 0
    npm = datasets == "npm-human"
    thr = np.quantile(raw_sets[human & ~npm], 0.99)
    parts.append(f"npm>p99(other humans) {np.mean(raw_sets[npm] > thr):.3f}")
    return ", ".join(parts)


def print_signal_table(names, values, labels, datasets, languages) -> None:
    """Univariate AUROC of every feature in each research set and in training-data-ai against the human corpus."""
    print(
        "| feature | " + " | ".join(RESEARCH_SETS)
        + " | tdai-vs-human(py) | tdai-vs-human(js/ts) | pre-2021 human py mean | tdai py mean |"
    )
    for column, name in enumerate(names):
        cells = [_measurable_auroc(labels, values[:, column], datasets == d) for d in RESEARCH_SETS]
        for langs in (("python",), ("javascript", "typescript")):
            m = np.isin(datasets, ["training-data-ai", "pypi-human", "npm-human"]) & np.isin(languages, langs)
            cells.append(_measurable_auroc(labels, values[:, column], m))
        hp = values[(datasets == "pypi-human") & (languages == "python"), column]
        ap = values[(datasets == "training-data-ai") & (languages == "python"), column]
        measured = [c for c in cells if not math.isnan(c)]
        flag = "yes" if all(c > 0.55 for c in measured) or all(c < 0.45 for c in measured) else "no"
        print(
            f"| {name} | " + " | ".join(f"{c:.2f}" for c in cells)
            + f" | {np.nanmean(hp):.3f} | {np.nanmean(ap):.3f} | {flag}"
        )


def _measurable_auroc(labels, column_values, selected) -> float:
    """AUROC of one feature over the selected samples where it was measured; NaN if too few or one label."""
    v = column_values[selected]
    ok = ~np.isnan(v)
    if ok.sum() > 10 and len(set(labels[selected][ok])) == 2:
        return roc_auc_score(labels[selected][ok], v[ok])
    return float("nan")


def parse_config(config, names, languages, labels, datasets, domains):
    chosen: list[str] = []
    experiment = Experiment(columns=[], params=dict(TREE_PARAMETERS))
    for part in config.split("+"):
        if not _choose_features(part, chosen):
            _configure(part, experiment, languages, labels, datasets, domains)
    experiment.columns = [names.index(n) for n in chosen]
    return experiment


def _choose_features(part, chosen) -> bool:
    """Apply a feature-selection part (base, new, add:, drop:) to `chosen`; False for any other part."""
    if part == "base":
        chosen += list(FEATURE_NAMES)
    elif part == "new":
        chosen += [n for n in EXTRA_NAMES if n != "era.fstring_fraction"]
    elif part.startswith("add:"):
        chosen += part[4:].split(",")
    elif part.startswith("drop:"):
        for n in part[5:].split(","):
            chosen.remove(n)
    else:
        return False
    return True


def _configure(part, experiment, languages, labels, datasets, domains) -> None:
    """Apply a model or data part to the experiment; unknown parts are ignored."""
    params = experiment.params
    if part.startswith("p:"):
        key, value = part[2:].split("=")
        params[key] = type(params.get(key, 1.0))(value) if key in params else float(value)
    elif part.startswith("mode:"):
        experiment.mode = part[5:]
    elif part.startswith(("without:", "without-set:")):
        _exclude_from_training(part, experiment, datasets, domains)
    elif part == "labelw":
        experiment.weights = balanced_weights(np.array([f"{d}/{lb}" for d, lb in zip(datasets, labels, strict=True)]))
    elif part == "domainw":
        experiment.weights = balanced_weights(np.array([f"{d}/{lb}" for d, lb in zip(domains, labels, strict=True)]))
    elif part == "domainz":
        experiment.transform = domain_z(domains)
    elif part == "langz":
        experiment.transform = language_z(languages, labels)
    elif part == "humanz":
        experiment.transform = language_z(languages, labels, human_only=True)


def _exclude_from_training(part, experiment, datasets, domains) -> None:
    """without:DOMAIN / without-set:DATA_SET: never trained on, still evaluated."""
    name = part.split(":", 1)[1]
    excluded = (domains == name) if part.startswith("without:") else (datasets == name)
    if not excluded.any():
        raise SystemExit(f"{part}: no such domain or data set")
    trainable = experiment.trainable
    experiment.trainable = ~excluded if trainable is None else trainable & ~excluded


def domain_z(domains):
    """Robust z-scores per domain, from all of that domain's files (labels unseen; transductive)."""

    def transform(x, train):
        x = x.copy()
        for domain in set(domains):
            inside = domains == domain
            median = np.median(x[inside], axis=0)
            spread = np.percentile(x[inside], 75, axis=0) - np.percentile(x[inside], 25, axis=0)
            spread[spread == 0] = 1
            x[inside] = (x[inside] - median) / spread
        return x

    return transform


LANGUAGE_FAMILY = {"typescript": "javascript", "tsx": "javascript", "cpp": "c"}


def language_z(languages, labels, human_only=False):
    families = np.array([LANGUAGE_FAMILY.get(language, language) for language in languages])

    def transform(x, train):
        x = x.copy()
        for fam in set(families):
            m = families == fam
            ref = m & train & ((labels == 0) if human_only else True)
            if ref.sum() < 30:
                ref = train & ((labels == 0) if human_only else True)
            mean = x[ref].mean(axis=0)
            std = x[ref].std(axis=0)
            std[std == 0] = 1
            x[m] = (x[m] - mean) / std
        return x

    return transform


if __name__ == "__main__":
    sys.exit(main())
