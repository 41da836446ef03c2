"""Relations between the mentions of one sentence, from cue words between them.

Rules are deliberately local (same sentence, cue between or just before the
mentions) because precision matters more than recall for a graph people query.
Each rule has an id that is stored on the edge it produces.
"""

from __future__ import annotations

from functools import lru_cache

from kg.extract.components import patterns_config
from kg.models import Evidence, Mention, Relation

SUBJECT_TYPES = {"Method", "Model"}


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[set[str], set[tuple[str, ...]]]]:
    """Cue words per relation, split into single words and multi-word phrases."""
    out = {}
    for name, phrases in patterns_config()["relation_cues"].items():
        words = {p for p in phrases if " " not in p}
        multi = {tuple(p.split()) for p in phrases if " " in p}
        out[name] = (words, multi)
    return out


def _has_cue(tokens: list[str], name: str) -> bool:
    words, multi = _cues()[name]
    if any(t in words for t in tokens):
        return True
    return any(tuple(tokens[i:i + len(m)]) == m for m in multi for i in range(len(tokens)))


def sentence_relations(
    mentions: list[Mention],
    tokens: list[tuple[int, str]],
    make_evidence,
    proposed: list[Mention],
) -> list[Relation]:
    """Relations stated in one sentence.

    `mentions` are the sentence's mentions in order; `tokens` its (char offset, lower
    text) pairs; `make_evidence(rule, confidence)` builds the sentence's Evidence;
    `proposed` are the entities this paper introduces (the "we" of its sentences).
    """
    out: list[Relation] = []
    if not mentions:
        return out

    def between(a: Mention, b: Mention) -> list[str]:
        lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
        return [t for off, t in tokens if lo <= off < hi]

    def before(m: Mention, n: int = 3) -> list[str]:
        preceding = [t for off, t in tokens if off < m.start]
        return preceding[-n:]

    def rel(kind: str, a: Mention, b: Mention, rule: str, confidence: float) -> None:
        if a.canonical == b.canonical and a.type == b.type:
            return
        out.append(Relation(type=kind, source=a.canonical, source_type=a.type, target=b.canonical,
                            target_type=b.type, evidence=make_evidence(rule, confidence)))

    sentence_words = {t for _, t in tokens}
    we_sentence = bool(sentence_words & {"we", "our", "ours"})
    subjects = [m for m in mentions if m.type in SUBJECT_TYPES]
    proposed_here = [p for p in proposed if p.type in SUBJECT_TYPES]

    for j, target in enumerate(mentions):
        prior_subjects = [m for m in mentions[:j] if m.type in SUBJECT_TYPES]
        subject = prior_subjects[-1] if prior_subjects else None
        if subject is None and we_sentence and proposed_here and target not in proposed_here:
            subject = proposed_here[0]
        if target.type == "Dataset":
            lead = before(target)
            if subject and _has_cue(lead, "TRAINED_ON") or (subject and _has_cue(between(subject, target), "TRAINED_ON")
                                                             and lead and lead[-1] in {"on", "the"}):
                rel("TRAINED_ON", subject, target, "trained-on", 0.8)
            elif subject and any(w in _cues()["EVALUATED_ON"][0] for w in lead) and (
                    _has_cue([t for _, t in tokens], "EVALUATION_VERBS")):
                rel("EVALUATED_ON", subject, target, "evaluated-on", 0.8)
        elif target.type in SUBJECT_TYPES and subject is not None and subject is not target:
            gap = between(subject, target)
            if _has_cue(gap, "OUTPERFORMS"):
                rel("OUTPERFORMS", subject, target, "outperforms", 0.85)
                rel("COMPARED_WITH", subject, target, "outperforms", 0.85)
            elif _has_cue(gap, "COMPARED_WITH"):
                rel("COMPARED_WITH", subject, target, "compared-with", 0.8)
            elif _has_cue(gap, "FINE_TUNED_FROM") and target.type == "Model" and subject.type == "Model":
                rel("FINE_TUNED_FROM", subject, target, "fine-tuned-from", 0.8)
            elif _has_cue(gap, "BASED_ON"):
                rel("BASED_ON", subject, target, "based-on", 0.75)
            elif _has_cue(before(target, 2), "USES") and len(gap) <= 8:
                rel("USES", subject, target, "uses", 0.7)
        elif target.type == "Task":
            owner = subject
            if owner is None:
                datasets = [m for m in mentions[:j] if m.type == "Dataset"]
                owner = datasets[-1] if datasets else None
            if owner is not None and _has_cue(before(target, 4), "ADDRESSES"):
                rel("ADDRESSES", owner, target, "addresses", 0.7)
        elif target.type == "Metric":
            for other in mentions:
                if other.type in {"Dataset", "Task"} or (other.type in SUBJECT_TYPES and other is subject):
                    rel("MEASURED_WITH", other, target, "measured-with", 0.7)
    del subjects
    return out


def paper_relations(paper_key: str, mentions: list[Mention], introduced: list[Mention],
                    make_evidence_for) -> list[Relation]:
    """MENTIONS for every mention and PROPOSES for every introduced name."""
    out = []
    for m in mentions:
        out.append(Relation(type="MENTIONS", source=paper_key, source_type="Paper", target=m.canonical,
                            target_type=m.type, evidence=make_evidence_for(m, "mention:" + m.rule, m.confidence)))
    for m in introduced:
        out.append(Relation(type="PROPOSES", source=paper_key, source_type="Paper", target=m.canonical,
                            target_type=m.type, evidence=make_evidence_for(m, m.rule, m.confidence)))
    return out


def dedupe(relations: list[Relation]) -> list[Relation]:
    """Drop exact repeats (same type, ends and sentence) keeping the first."""
    seen = set()
    out = []
    for r in relations:
        key = (r.type, r.source, r.source_type, r.target, r.target_type, r.evidence.field, r.evidence.start)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def evidence(paper: str, field: str, text: str, start: int, end: int, rule: str, confidence: float) -> Evidence:
    return Evidence(paper=paper, sentence=text[start:end], field=field, start=start, end=end,
                    rule=rule, confidence=confidence)
