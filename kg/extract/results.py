"""Reported numbers: "achieves 79.2% zero-shot accuracy on ImageNet",
"+14.6% average accuracy on XNLI", "a BLEU of 28.4 on WMT14".

A result needs a number and a metric mention close to it in the same sentence; a
percentage of something ("10% of the labels") is no score, and of "from 35.5% to 44.5%"
the score reached is the second. A number is a gain after "+" or a gain word ("improves
… by 3.2%"), before one ("a 4% improvement", "36.5 points higher"), or in a list after a
gain ("by 7.06 mAP for NuImages and 12.9 mAP for COCO"). The dataset is the nearest
Dataset mention after the metric (or after "on"); the subject is the nearest Method/Model
before the number, unless "our model" or "we" stand between (then what the paper
proposes, or none), else what the paper proposes (in a "we" sentence), else a
Method/Model named after the number by "using" or "with" ("73.9% top-1 accuracy using
ResNet-50").
"""

from __future__ import annotations

import re

from kg.extract.components import patterns_config
from kg.models import Mention, Result

NUMBER = re.compile(r"(?<![\w.])([+\-−]?)(\d{1,4}(?:[.,]\d+)?)\s?(%|points?|pp|pts)?(?![\w.]\d)")
WINDOW = 40  # characters between a number and its metric
# "10% of the dataset", "1% of the labels": a share of something, not a score
PROPORTION = re.compile(r"\s*of\b", re.IGNORECASE)
# "73.9% top-1 accuracy … using ResNet-50": what achieved it, named after the number
SUBJECT_AFTER = re.compile(r"\b(?:using|with)\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
# "from 35.5% to 44.5%": the first number is where the score started
FROM_TO = re.compile(r"\s*(?:%|points?|pp|pts)?\s+to\s+[+\-−]?\d", re.IGNORECASE)
# "a 4% improvement in MRR", "36.5 points higher accuracy": a gain named after the number
GAIN_AFTER = re.compile(r"\s*(?:absolute\s+|relative\s+)?(?:improvements?|gains?|increases?|boosts?|higher|better|"
                        r"lower|reductions?|more)\b", re.IGNORECASE)
# "our model achieves …", "we improve …": the paper's own method, not a name before it
# (but "ResNet-50 trained with our method achieves …" and "trained on our dataset" are ResNet's)
OURS = re.compile(r"\b(?:we|ours)\b|(?<!with )(?<!using )(?<!by )(?<!via )(?<!on )(?<!of )\bour(?:\s+[\w-]+){0,2}?"
                  r"\s+(?:method|model|approach|system|framework|technique|algorithm|pipeline|agent)s?\b",
                  re.IGNORECASE)
# "by 7.06 mAP for NuImages and 12.9 mAP for COCO": the second gain of a list of them
LIST_GAP = re.compile(r"^[^.;:]{0,40}(?:,|\band\b)[^.;:]{0,10}$")


def sentence_results(text: str, offset: int, mentions: list[Mention], proposed: list[Mention],
                     make_evidence) -> list[Result]:
    """Results stated in one sentence; `text` is the sentence, `offset` its start in the field."""
    metrics = [m for m in mentions if m.type == "Metric"]
    if not metrics:
        return []
    gain_words = set(patterns_config()["relation_cues"]["GAIN"])
    out = []
    used_metrics = set()
    previous = None  # (end of the previous result's number, its kind)
    for match in NUMBER.finditer(text):
        sign, number, unit = match.group(1), match.group(2), match.group(3) or ""
        start, end = offset + match.start(), offset + match.end()
        if any(m.start <= start < m.end for m in mentions):
            continue  # digits inside a name (GPT-4, ImageNet-1K)
        if not unit and "." not in number:
            continue  # bare integers are counts and years more often than scores
        if unit == "%" and PROPORTION.match(text, match.end()):
            continue
        if sign != "+" and text[max(0, match.start() - 5):match.start()].lower().endswith("from ") and \
                FROM_TO.match(text, match.end()):
            continue  # "improve PASS@100 from 35.5% to 44.5%": the score reached is the second
        value = float(number.replace(",", "."))
        metric = _nearest(metrics, start, end)
        if metric is None or id(metric) in used_metrics:
            continue
        used_metrics.add(id(metric))
        preceding = text[max(0, match.start() - 30):match.start()].lower().split()
        kind = "gain" if (sign == "+" or any(w in gain_words for w in preceding[-3:])
                          or GAIN_AFTER.match(text, match.end())
                          or (previous and previous[1] == "gain" and LIST_GAP.match(text[previous[0]:match.start()]))
                          ) else "score"
        previous = (match.end(), kind)
        datasets = [m for m in mentions if m.type == "Dataset" and m.start > metric.start]
        datasets = datasets or [m for m in mentions if m.type == "Dataset"]
        dataset = min(datasets, key=lambda d: abs(d.start - end)) if datasets else None
        subjects = [m for m in mentions if m.type in {"Method", "Model"} and m.end <= start]
        if kind == "gain" and len(subjects) >= 2 and 0 <= metric.start - subjects[-1].end <= 1:
            # "prompt tuning … improve CLIP accuracy by 19.5 points": CLIP is what was
            # measured; the gain is the earlier method's
            subjects.pop()
        subject = subjects[-1] if subjects else None
        if subject is not None and OURS.search(text, subject.end - offset, match.start()):
            # "…pretraining tasks yield 78.7%, our model achieves 82.6%": the paper's own result
            subject = proposed[0] if proposed else None
        elif subject is None and proposed and re.search(r"\b(?:we|our|ours)\b", text, re.IGNORECASE):
            subject = proposed[0]
        if subject is None:
            subject = next((m for m in mentions if m.type in {"Method", "Model"} and m.start >= end
                            and SUBJECT_AFTER.search(text, 0, m.start - offset)), None)
        unit = "%" if unit == "%" else ("points" if unit else "")
        out.append(Result(value=value, unit=unit, kind=kind, metric=metric.canonical,
                          dataset=dataset.canonical if dataset else None,
                          subject=subject.canonical if subject else None,
                          subject_type=subject.type if subject else None,
                          evidence=make_evidence("result-number-metric", 0.75)))
    return out


def _nearest(metrics: list[Mention], start: int, end: int) -> Mention | None:
    best, distance = None, WINDOW + 1
    for m in metrics:
        d = m.start - end if m.start >= end else start - m.end
        if 0 <= d < distance:
            best, distance = m, d
    return best
