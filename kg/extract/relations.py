"""Relations between the mentions of one sentence, from cue words between them.

Rules are deliberately local (same sentence, cue between or just before the
mentions) because precision matters more than recall for a graph people query.
Each rule has an id that is stored on the edge it produces.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from kg.extract.components import SUBJECT_TYPES, head_noun_type, introducing_words, patterns_config, verbs_after_name
from kg.extract.gazetteer import task_forms
from kg.models import Evidence, Mention, Relation


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[set[str], set[tuple[str, ...]]]]:
    """Cue words per relation, split into single words and multi-word phrases."""
    out = {}
    for name, phrases in patterns_config()["relation_cues"].items():
        # cue phrases are compared with tokens, and the tokenizer splits "fine-tuned"
        # into fine - tuned: split the phrases the same way
        split = [tuple(re.sub(r"(?<=[a-z])-(?=[a-z])", " - ", p).split()) for p in phrases]
        words = {p[0] for p in split if len(p) == 1}
        multi = {p for p in split if len(p) > 1}
        out[name] = (words, multi)
    return out


def _has_cue(tokens: list[str], name: str) -> bool:
    words, multi = _cues()[name]
    if not words.isdisjoint(tokens):
        return True
    if not multi:
        return False
    present = set(tokens)
    for m in multi:
        if m[0] in present:
            k = len(m)
            for i, token in enumerate(tokens):
                if token == m[0] and tuple(tokens[i:i + k]) == m:
                    return True
    return False


# "… and VBench for video generation—XAttention achieves accuracy …": a dash or a semicolon
# between a name and a metric after it ends the name's clause
_CLAUSE_BREAKS = frozenset({"—", "–", "--", ";"})


_A_TASKS_OUTPUT = (["transcripts"], ["transcriptions"], ["outputs"], ["output"], ["hypotheses"])


def _words(tokens: list[str]) -> int:
    """How many words the tokens are, a hyphenated word once ("speed - accuracy trade - off": 2)."""
    return len(tokens) - 2 * tokens.count("-")


def _hyphens_joined(tokens: list[str]) -> str:
    """The tokens as text with each hyphenated word whole ("state-of-the-art model-free")."""
    return " ".join(tokens).replace(" - ", "-")


# what opens a list of names under a class noun: "benchmarks (e.g., MMLU, …", "datasets such as"
_LIST_OPENERS = (("(", "e.g.", ","), ("(", "e.g."), ("(", "i.e.", ","), ("(", "i.e."), ("(", "including"),
                 ("such", "as"), ("including",), ("like",), ("(",))
_LIST_OPENER_ENDS = frozenset(o[-1] for o in _LIST_OPENERS)


def _clause_before(gap: list[str], sentence: list[str]) -> bool:
    """The words between a name and a metric after it end one clause and open the next, and
    the name's clause is no opening phrase: "Since … larger than the Penn Treebank POS tag set,
    the accuracy of supertagging …" (but "On SQuAD, the F1 …", "On a subset of the SENSEVAL-2
    nouns, the accuracy …")."""
    if "," not in gap[1:] or sentence[0] in _PHRASE_PREPOSITIONS:
        return False
    comma = len(gap) - 1 - gap[::-1].index(",")
    return comma + 1 < len(gap) and gap[comma + 1] in _OBJECT_DETERMINERS


def _object_of_training(lead: list[str]) -> bool:
    """The words before a name make it the object of a training procedure: "pretraining of a
    big", "fine-tuning of the"."""
    return any(lead[i] == "of" and _ends_in_cue(lead[:i], "TRAINED_ON") for i in range(1, len(lead)))


# nouns of a training: "causal language modeling training", "contrastive pre-training"
_TRAINING_NOUNS = frozenset({"training", "pretraining", "finetuning", "tuning"})


def _kind_of_training(gap: list[str]) -> bool:
    """The words after a method make it the kind of a training: "causal language modeling
    training on …", "contrastive pre-training on …"."""
    return bool(gap) and (gap[0] in _TRAINING_NOUNS or (len(gap) > 2 and gap[1] == "-" and gap[2] in _TRAINING_NOUNS))


def _means_of_training(lead: list[str]) -> bool:
    """The words before a name make it the means of a training, not what was trained: "the
    models learned by Supervised Learning on …", "BERT fine-tuned via LoRA on …", "fine-tuning
    Phi-2 (2.7B), Llama-2 (7B), and Mistral (7B) with ORPO on …" (the training's clause, back
    from the preposition)."""
    if len(lead) < 2 or lead[-1] not in _MEANS_PREPOSITIONS:
        return False
    for i in range(len(lead) - 2, -1, -1):
        if lead[i] in _CLAUSE_ENDS or _has_cue(lead[i:i + 1], "EVALUATION_VERBS"):
            return False
        if _ends_in_cue(lead[:i + 1], "TRAINED_ON"):
            return True
    return False


_CLAUSE_ENDS = frozenset({".", ";", ":", "which", "that", "while", "whereas"})


def _training_verb_in(tokens: list[str], n: int) -> bool:
    """A training cue among the last `n` words of `tokens` (a hyphenated word counts once:
    "we fine - tuned roberta - large"), used as a verb: not a participle after a determiner,
    which describes a name ("the fine - tuned ov - dino")."""
    k, counted = len(tokens), 0
    while k > 0 and counted < n:
        k -= 1
        if tokens[k] != "-" and not (k > 0 and tokens[k - 1] == "-"):
            counted += 1
    words, multi = _cues()["TRAINED_ON"]
    for i in range(k, len(tokens)):
        if i > 0 and tokens[i - 1] in _OBJECT_DETERMINERS:
            continue
        if tokens[i] in words or any(tuple(tokens[i:i + len(m)]) == m for m in multi):
            return True
    return False


def _negated(words: list[str]) -> bool:
    """A negated verb among `words` that no punctuation closes before their end ("could not
    use the", "does not outperform"; but "not only", "is not the case for", "without")."""
    for i in range(len(words) - 1, -1, -1):
        if words[i] in _PUNCTUATION_BREAKS:
            return False
        if words[i] in _NEGATIONS and not (i + 1 < len(words) and words[i + 1] in _NOT_NEGATING_NEXT):
            return True
    return False


def _ends_in_cue(tokens: list[str], name: str) -> bool:
    """The last of `tokens` ends a cue phrase ("trained", "fine - tuned")."""
    words, multi = _cues()[name]
    return bool(tokens) and (tokens[-1] in words or any(
        tuple(tokens[-len(m):]) == m for m in multi if m[-1] == tokens[-1]))


def construct(cls, values: dict):
    """A pydantic model from values that are already of the right types (no validation;
    `values` must hold every field, in definition order)."""
    obj = _new(cls)
    _set(obj, "__dict__", values)
    fields = _FIELDS.get(cls)
    if fields is None or len(fields) != len(values):
        fields = _FIELDS[cls] = set(values)
    # one set per model class: every field is set, so pydantic's fields_set.add(name)
    # on attribute assignment never changes it
    _set(obj, "__pydantic_fields_set__", fields)
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_private__", None)
    return obj


_LIST_JOINS = (["and"], ["or"], [","], [",", "and"], [",", "or"])
_FIELDS: dict[type, set[str]] = {}
_new = object.__new__
_set = object.__setattr__


def _cue_near_target(gap: list[str], limit: int):
    """A test that a cue of the relation ends at most `limit` tokens before the target, and
    that no object of its own stands between ("outperforms humans in designing CNN-LSTM
    models": humans were outperformed)."""
    def near(source: list[str], words, multi) -> bool | None:
        tail = source[-(limit + 3):]
        for i, token in enumerate(tail):
            end = i + 1 if token in words else next(
                (i + len(m) for m in multi if tuple(tail[i:i + len(m)]) == m), None)
            if end is not None and len(tail) - end <= limit:
                return not _OBJECT_THEN_GERUND.search(" ".join(tail[end:]))
        return None

    def test(name: str) -> bool:
        words, multi = _cues()[name]
        found = near(gap, words, multi)
        if found is None and ("-" in gap or "of" in gap):
            # "exceeds the performance of state-of-the-art model-free offline RL": a hyphenated
            # word counts once, and "the performance of" stands for the name after it
            found = near(_PERFORMANCE_OF.sub(" ", _hyphens_joined(gap)).split(), words, multi)
        return bool(found)
    return test


_PERFORMANCE_OF = re.compile(r" (?:the|that) (?:performance|results?|accuracy|quality)? ?of ")


# "humans in designing", "them at building": an object of the cue's own, then what it was at
_OBJECT_THEN_GERUND = re.compile(r"^\S+ (?:in|at|on|when) \S+ing\b")


@lru_cache(maxsize=1)
def _comparison_words() -> tuple[dict, frozenset[str], frozenset[str], frozenset[str]]:
    cfg = patterns_config()["comparison"]
    return cfg, frozenset(cfg["than"]), frozenset(cfg["over"]), frozenset(cfg["better"])


def _without_class_of_examples(gap: list[str]) -> list[str]:
    """The words before a name without the class it is an example of: "large gains over base
    models such as" -> "large gains over" (for GCN in "… such as GCN, GAT and GraphSage")."""
    opener = 2 if gap[-2:] == ["such", "as"] else 1 if gap[-1:] in (["like"], ["including"]) else 0
    end = len(gap) - opener
    if not opener or not end or head_noun_type(gap[end - 1:end]) is None:
        return gap
    start = end - 1
    while start > 0 and end - start < 3 and gap[start - 1].isalpha() and gap[start - 1].islower() \
            and gap[start - 1] not in ("than", "over"):
        start -= 1
    return gap[:start]


def _comparison(gap: list[str]) -> str | None:
    """"better" or "compared" when the words between a subject and a name compare the two
    ("… improves average NLG performance over", "… is more sample-efficient than
    non-exploratory"), else None (rules.json "comparison")."""
    cfg, than, over, better = _comparison_words()
    gap = _without_class_of_examples(gap)
    if not gap or len(gap) > cfg["window"]:
        return None
    words = 0
    for k in range(len(gap) - 1, -1, -1):
        word = gap[k]
        if word in {",", "and", "or", ";"}:
            return None
        if word not in ("than", "over"):
            # a hyphenated word counts once ("non-exploratory DPO")
            words += word != "-" and not (k + 1 < len(gap) and gap[k + 1] == "-")
            if words > cfg["modifiers"]:
                return None
        else:
            lead = gap[:k]
            cues = than if word == "than" else over
            cue = next((i for i in range(k - 1, -1, -1) if lead[i] in cues), None)
            if cue is None or "," in lead[cue:]:
                return None  # no comparative, or one of another clause
            return "better" if better.intersection(lead) else "compared"
    return None


_OPENING_ENDS = frozenset({",", "that"})
_TRAINING_PREPOSITIONS = frozenset({"on", "over", "with", "using", "from"})
_OBJECT_DETERMINERS = frozenset({"a", "an", "the", "our", "their", "its", "this", "these", "each"})
_DATA_NOUNS = frozenset({"dataset", "datasets", "corpus", "corpora", "data"})
_BENCHMARK_NOUNS = ("benchmark", "benchmarks", "task", "tasks")
_PHRASE_PREPOSITIONS = frozenset({"on", "over", "across", "with", "using", "from", "in"})
# a pronoun between a name and a verb after it is the verb's subject: "The stemming model is
# based on statistical machine translation and it uses an English stemmer"
_SUBJECT_PRONOUNS = frozenset({"it", "they"})
_NEGATIONS = frozenset({"not", "cannot", "never", "n't"})
_PUNCTUATION_BREAKS = frozenset({",", ";", ":", "(", ")"})
_NOT_NEGATING_NEXT = frozenset({"only", "just", "merely", "a", "an", "the", "all"})  # after "not"
_MEANS_PREPOSITIONS = frozenset({"by", "via", "through", "with", "using"})  # "learned by X", "fine-tuned via X"


@lru_cache(maxsize=1)
def _data_class_nouns() -> frozenset[str]:
    """The plural nouns a list of datasets follows ("on three benchmarks, MS-COCO, …"): rules.json
    listed_names' Dataset heads of one word."""
    return frozenset(h for h in patterns_config()["listed_names"]["heads"]["Dataset"] if " " not in h)


@lru_cache(maxsize=1)
def _word_sets() -> tuple[frozenset[str], frozenset[str]]:
    """rules.json "object_markers" (words before a name that make it an object) and
    "naming_words" ("a … detection method called OV-DINO"), read once, not per sentence."""
    cfg = patterns_config()
    return frozenset(cfg["object_markers"]), frozenset(cfg["naming_words"])


@lru_cache(maxsize=1)
def training_procedure_names() -> frozenset[str]:
    """Names of training procedures ("pre-training", "fine-tuning"): the TRAINED_ON cues."""
    words, multi = _cues()["TRAINED_ON"]
    return frozenset([*words, *("".join(m) for m in multi)])


def evaluated_first(mentions: list[Mention], between, before, rel) -> None:
    """"On 0-shot MMLU, UL2 20B outperforms T0", "Experimental results on PASCAL VOC2012 and
    Cityscapes reveal that MGD …": datasets named before the subject, in an opening phrase
    after an evaluation cue, are what the subject right after the opening is evaluated on,
    and tasks named there are what it addresses ("Evaluations on tasks including question
    answering demonstrate ChiMed-GPT's …", "sentiment analysis experiments show that AfroLM …").
    The subject follows the opening's comma or "that" ("…, Janus outperforms LLaMA 3":
    LLaMA 3, named later, is no subject), or what the opening's results show of it
    ("Experiments on MS-COCO show the effectiveness of our DCD framework")."""
    first = next((k for k, m in enumerate(mentions) if m.type in SUBJECT_TYPES or m.type in _OPENING_TYPES), None)
    if first is None or mentions[first].type not in _OPENING_TYPES:
        return
    opening = before(mentions[first], 6)
    if _has_cue(opening, "TRAINED_ON"):
        return
    if not set(opening) & _cues()["EVALUATED_ON"][0] and not (
            first + 1 < len(mentions) and between(mentions[first], mentions[first + 1])[:1] in _RESULTS_NOUNS):
        return
    named = [mentions[first]]
    for k in range(first + 1, len(mentions)):
        m, gap = mentions[k], between(mentions[k - 1], mentions[k])
        if gap[:1] == ["/"]:
            gap = gap[2:] or [","]  # "on MNIST/FEMNIST, CIFAR10/CIFAR100, and YELP datasets": pairs of a list
        if len(gap) > 12:
            return
        opening_ends = any(w in _OPENING_ENDS for w in gap)
        if m.type in _OPENING_TYPES and (not opening_ends or gap in _LIST_JOINS):
            named.append(m)
        elif m.type in SUBJECT_TYPES and (_shown_of(gap) if not opening_ends else gap[-1] in _OPENING_ENDS or (
                len(gap) > 1 and gap[-2] in _OPENING_ENDS and gap[-1] in ("the", "our"))):
            # the subject, and any listed with it ("On GSM8K, SLoRA and NLoRA achieve …")
            subjects = [m]
            for later in mentions[k + 1:]:
                if later.type not in SUBJECT_TYPES or between(subjects[-1], later) not in _LIST_JOINS:
                    break
                subjects.append(later)
            for subject in subjects:
                for d in named:
                    if d.type == "Dataset":
                        rel("EVALUATED_ON", subject, d, "evaluated-on-opening", 0.75)
                    else:
                        rel("ADDRESSES", subject, d, "evaluated-on-opening", 0.7)
            return
        elif opening_ends:
            return  # the opening ended without a subject right after it


def purpose_first(mentions: list[Mention], between, before, rel) -> None:
    """"For dependency parsing we use MaltParser", "For POS tagging, we apply the Stanford
    tagger": a task in an opening phrase of purpose is what the method the sentence then uses
    addresses."""
    first = mentions[0]
    if first.type != "Task" or before(first, 0) != ["for"] or len(mentions) < 2:
        return
    subject = mentions[1]
    gap = between(first, subject)
    if subject.type in SUBJECT_TYPES and len(gap) <= 5 and "we" in gap[:2] and set(gap) & _USING_VERBS:
        rel("ADDRESSES", subject, first, "purpose-opening", 0.7)


_USING_VERBS = frozenset({"use", "used", "apply", "applied", "employ", "employed", "adopt", "adopted"})
_OPENING_TYPES = frozenset({"Dataset", "Task"})
_NAMED_THINGS = frozenset({"Method", "Model", "Dataset"})
# words after which a task names no longer what the described name is for ("FaceExpr, a framework
# using standalone text-to-image models": what the models it uses are for)
_NOT_DESCRIBING = frozenset({",", "that", "which", "and", "or", "for", "of", "on", "in", "with", "to", "using", "via",
                             "by"})
_PROCEDURE_PARTS = frozenset({"tokens", "stage", "stages", "phase", "phases", "recipe", "recipes", "step", "steps"})
_RESULTS_NOUNS = (["experiments"], ["experiment"], ["evaluations"], ["evaluation"], ["results"])


def _named_in_commas(lead: list[str]) -> bool:
    """The two words before a name that a comma follows set it off as the name of a noun:
    "approach ," in "our proposed approach, Loki, gains …"."""
    return len(lead) == 2 and lead[1] == "," and head_noun_type(lead[:1]) is not None


def _opens_appositive(words: list[str]) -> bool:
    """The words after a name open an appositive: ", a …", ", an …"."""
    return words[:1] == [","] and words[1:2] in (["a"], ["an"])


_ASIDE_OPENERS = frozenset({"under", "with", "without", "despite", "at", "using", "given"})


def _aside_end(gap: list[str]) -> int:
    """Where a phrase the commas set off after a name ends: ", under the comparable parameter
    complexity ," in "Conformer, under …, outperforms DeiT-B" (0 when none does)."""
    if gap[:1] != [","] or gap[1:2] == [] or gap[1] not in _ASIDE_OPENERS or "," not in gap[2:12]:
        return 0
    return gap.index(",", 2) + 1


def _describes(gap: list[str]) -> bool:
    """The words after a name open a description of it: ", a", "is an", "may be a"."""
    k = next((i for i, w in enumerate(gap[:3]) if w in ("a", "an")), None)
    if k is None:
        return False
    lead = gap[:k]
    return lead in ([","], ["is"], ["was"], ["are"], ["were"]) or (len(lead) == 2 and lead[1] == "be")


# "…, outperforming LoRA", "…, significantly surpassing GPT-4": a participle clause after the
# main one (the last words between its subject and the name compared with)
_PARTICIPLE_OUTPERFORMS = re.compile(r"(?:.* )?, (?:\w+ly )?(?:outperforming|surpassing|beating|exceeding)")
# "… compared to state-of-the-art convolutional networks", "… comparable performance to other
# … methods": a comparison right before the name (up to two words between), however far its subject
_COMPARED_RIGHT_BEFORE = re.compile(r"\b(?:compared (?:to|with)|in comparison (?:to|with)|comparable (?:\S+ )?(?:to|with))"
                                    r"(?: \S+){0,2}$")
# "we compare BERT with GPT-2", "we compare our MARL+GNN system with DEFO", "we compare our
# method against LoRA": a comparing verb before the subject, a preposition right before the target
_COMPARE_VERB = re.compile(r"\b(?:compare|compares|compared|comparing)(?: (?:our|the|a|proposed|new))*$")
_COMPARE_OWN = re.compile(r"\b(?:compare|compares|compared|comparing) (?:our|the proposed)(?: \S+){1,2} "
                          r"(?:with|to|against)$")
_COMPARE_GAP = frozenset({"with", "to", "against"})
_COMPARING_WORDS = frozenset({"over", "than", "against"})
_TRAINED_ON_IT = (["-", "based"], ["-", "pretrained"], ["-", "trained"])
# "instruction-following abilities": a model's ability at a task, which a name addresses only
# when it improves it ("fine-tuning to improve instruction following capability")
_ABILITY_NOUNS = frozenset({"ability", "abilities", "capability", "capabilities", "skill", "skills"})
_IMPROVING_VERBS = frozenset({"improve", "improves", "improved", "improving", "enhance", "enhances", "enhanced",
                              "enhancing", "boost", "boosts", "boosting", "strengthen", "strengthens"})


def _part_of_the_bettered(lead: list[str]) -> bool:
    """The words before a name say it is a part of what the subject betters: "surpassing the
    state-of-the-art methods with non-maximum suppression (NMS) on the nuScenes dataset"."""
    return bool(lead) and lead[-1] in ("with", "using") and any(
        w.startswith(("surpass", "outperform", "beat", "exceed")) for w in lead[:-1])


def _shown_of(gap: list[str]) -> bool:
    """The words between results and a name say what the results show of it: "show the
    effectiveness and efficiency of our"."""
    if not gap or len(gap) > 8 or gap[0] not in _cues()["RESULT_VERBS"][0]:
        return False
    # "demonstrate ChiMed-GPT's superior performance", "show the effectiveness of our"
    return len(gap) == 1 or gap[-1] == "of" or (len(gap) > 1 and gap[-2] == "of" and gap[-1] in ("the", "our"))


def sentence_relations(
    mentions: list[Mention],
    tokens: list[tuple[int, str]],
    make_evidence,
    proposed: list[Mention],
) -> list[Relation]:
    """Relations stated in one sentence.

    `mentions` are the sentence's mentions in order; `tokens` its (char offset, lower
    text) pairs, or a pair (char offsets, lower texts) of lists; `make_evidence(rule, confidence)` builds the sentence's Evidence;
    `proposed` are the entities this paper introduces (the "we" of its sentences).
    """
    out: list[Relation] = []
    if not mentions:
        return out

    if isinstance(tokens, tuple):
        offsets, all_words = tokens
    else:
        offsets, all_words = [off for off, _ in tokens], [t for _, t in tokens]
    if all_words and all_words[-1] == "?":
        return out  # "can a purely modality-based model (MoRec) outperform … (IDRec)?": a question claims nothing

    # offsets are ascending: the tokens of a char range are one slice
    def between(a: Mention, b: Mention) -> list[str]:
        lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
        if hi <= lo:
            return []
        return all_words[bisect_left(offsets, lo):bisect_left(offsets, hi)]

    def before(m: Mention, n: int = 3) -> list[str]:
        k = bisect_left(offsets, m.start)
        return all_words[max(0, k - n):k] if n > 0 else all_words[:k]

    def words_after(m: Mention, n: int) -> list[str]:
        k = bisect_left(offsets, m.end)
        return all_words[k:k + n]

    def first_listed(j: int) -> Mention:
        # the first member of the list mention j ends ("from Mistral and LLaMA2": Mistral)
        while j > 0 and between(mentions[j - 1], mentions[j]) in _LIST_JOINS:
            j -= 1
        return mentions[j]

    compared_by: dict[int, Mention] = {}  # id of a name compared with -> the subject comparing

    def rel(kind: str, a: Mention, b: Mention, rule: str, confidence: float) -> None:
        if id(a) in appositive_owner and id(b) in described:
            a = appositive_owner[id(a)]  # "REBEL, a seq2seq model based on BART": REBEL is
        if kind in ("COMPARED_WITH", "OUTPERFORMS") and id(a) in compared_by:
            a = compared_by[id(a)]  # "RepVGG models run 83% faster than ResNet-50 or 101% faster than
            # ResNet-101": what one name is compared with, so is the next, by the same subject
        if a.canonical == b.canonical:
            return  # one name, even typed twice ("on our HLE setup" after "we propose … (HLE)")
        if kind == "COMPARED_WITH":
            compared_by[id(b)] = a
        out.append(construct(Relation, {
            "type": kind, "source": a.canonical, "source_type": a.type, "target": b.canonical,
            "target_type": b.type, "evidence": make_evidence(rule, confidence), "source_key": "",
            "target_key": ""}))

    windows = patterns_config()["relation_windows"]
    sentence_words = set(all_words)
    # (and "the proposed approach significantly outperforms …" speaks of the paper's own, as
    # does "it" after an opening phrase: "On the CALVIN benchmark, it outperforms the current SOTA")
    we_sentence = bool(sentence_words & {"we", "our", "ours"}) or (
        "proposed" in sentence_words and any(
            a == "the" and b == "proposed" for a, b in zip(all_words, all_words[1:]))) or (
        "it" in sentence_words and all_words[:1] in (["on"], ["in"], ["across"]) and any(
            a == "," and b == "it" for a, b in zip(all_words[1:12], all_words[2:13])))
    compares = "than" in sentence_words or "over" in sentence_words
    proposed_here = [p for p in proposed if p.type in SUBJECT_TYPES]
    # the one the sentence names first ("… demonstrate the benefits of our DwinFormer", not
    # NDA, a part the paper introduced before it)
    if len(proposed_here) > 1:
        named = {m.canonical for m in mentions}
        proposed_here.sort(key=lambda p: p.canonical not in named)
    def introduced_after(p: Mention, target: Mention) -> bool:
        # the sentence introduces p after the target ("… leverage hierarchical variational
        # autoencoder …, and present a BiT-Flow"; but "… demonstrate the benefits of our DwinFormer")
        at = next((m.start for m in mentions if m.canonical == p.canonical), None)
        return at is not None and at > target.end and not introducing_words().verbs.isdisjoint(
            all_words[bisect_left(offsets, target.end):bisect_left(offsets, at)])

    # "ZetaNet, a transformer for long documents, which outperforms BERT": the appositive
    # describes ZetaNet; no name in it is a subject, and its words are no gap. A relative
    # clause in it goes on describing the name ("SVFit, a novel PEFT approach that leverages
    # SVD"): its words after "that" are the name's own gap.
    appositive_ends: dict[int, tuple[int, int | None]] = {}  # id of a subject -> (after it, after its "that")
    described: set[int] = set()  # ids of the mentions inside an appositive, before any "that"
    appositive_owner: dict[int, Mention] = {}  # id of the name opening an appositive -> the name it describes
    in_clause: dict[int, int] = {}  # ids of the mentions in its relative clause -> where it ends
    for m in (mentions if "," in sentence_words and not sentence_words.isdisjoint(("a", "an")) else ()):
        if m.type in SUBJECT_TYPES and id(m) not in described:
            k = bisect_left(offsets, m.end)
            if k + 2 < len(all_words) and _opens_appositive(all_words[k:k + 2]):
                window = range(k + 2, min(len(all_words), k + 20))
                close = next((i for i in window if all_words[i] == ","), None)
                clause = next((i for i in window if all_words[i] in ("that", "which")
                               and (close is None or i < close)), None)
                if close is None and clause is None:
                    if len(all_words) > k + 20:
                        continue
                    close = len(all_words) - 1  # "…, a hierarchical VC system based on two diffusion models."
                after_clause = offsets[clause + 1] if clause is not None and clause + 1 < len(all_words) else None
                after = offsets[close + 1] if close is not None and close + 1 < len(all_words) else (
                    offsets[close] if close is not None else None)
                if after is None and after_clause is None:
                    continue
                appositive_ends[id(m)] = (after if after is not None else after_clause, after_clause)
                end = after_clause if after_clause is not None else after
                described.update(id(o) for o in mentions if m.end < o.start < end)
                # "REBEL, a seq2seq model based on BART": the name that opens the description
                # stands for REBEL in the relations of the rest of it
                # (within five words of the comma, a hyphenated word counting once: "Li3DeTr, an end-to-end
                # LiDAR based 3D Detection Transformer for autonomous driving")
                head_limit = offsets[min(k + 5 + 2 * sum(w == "-" for w in all_words[k:k + 12]), len(all_words) - 1)]
                opener = next((o for o in mentions if m.end < o.start), None)
                if opener is not None and opener.start <= head_limit and (end is None or opener.start < end):
                    appositive_owner[id(opener)] = m
                if after is not None and after_clause is not None:
                    # "DeBERTa, a model that uses BERT, outperforms GPT-2": BERT is no subject after it
                    in_clause.update({id(o): after for o in mentions if after_clause <= o.start < after})

    # "Our objective, which combines future prediction and data augmentation, achieves …": a
    # relative clause set off by commas describes what it follows; no name in it is a subject
    # of what the sentence says after it
    if "which" in sentence_words or "that" in sentence_words:
        for i in range(1, len(all_words) - 1):
            if all_words[i] in ("which", "that") and all_words[i - 1] == ",":
                close = next((c for c in range(i + 1, min(len(all_words), i + 20)) if all_words[c] == ","), None)
                if close is not None and close + 1 < len(all_words) and all_words[close + 1] in verbs_after_name():
                    described.update(id(o) for o in mentions if offsets[i] < o.start < offsets[close])

    def others_before(m: Mention) -> bool:
        # "we saw a surge of Deep Learning methods that … underperformed compared to Gradient
        # Boosting": what a relative clause says is of the methods it follows, not the paper's
        k = bisect_left(offsets, m.start)
        return any(all_words[i] in ("that", "which") and all_words[i - 1].endswith("s")
                   and head_noun_type([all_words[i - 1]]) in SUBJECT_TYPES for i in range(1, k))

    def subject_gap(subject: Mention, target: Mention) -> list[str]:
        ends = appositive_ends.get(id(subject))
        if ends is not None:
            for end in ends:
                if end is not None and end <= target.start:
                    return all_words[bisect_left(offsets, end):bisect_left(offsets, target.start)]
        return between(subject, target)

    def gap_of(subject: Mention, target: Mention, in_sentence: bool) -> list[str]:
        # a proposed name from elsewhere in the paper ("our method") stands just before the cue
        return subject_gap(subject, target) if in_sentence else before(target, windows["proposed"])

    object_markers, naming_words = _word_sets()
    training_words = training_procedure_names()

    def class_noun_preposition(k: int) -> int | None:
        # the preposition that opens the class noun's phrase before a list opening at word k
        # ("on" of "on three benchmarks (")
        return next((i for i in range(k - 1, max(-1, k - 7), -1) if all_words[i] in _PHRASE_PREPOSITIONS), None)

    def class_noun_lead(k: int) -> list[str]:
        # the words before "on three benchmarks (" for a list opening at word k, up to that
        # preposition
        i = class_noun_preposition(k)
        return [] if i is None else all_words[max(0, i - 2):i + 1]

    def list_opener(m: Mention) -> int | None:
        # where the list a name opens under a class noun begins ("(" of "tasks (e.g., MMLU", ","
        # of "on three benchmarks, MS-COCO, DiffusionDB, and WikiArt")
        k = bisect_left(offsets, m.start)
        if k >= 2 and all_words[k - 1] == "," and all_words[k - 2] in _data_class_nouns():
            return k - 1
        if k == 0 or all_words[k - 1] not in _LIST_OPENER_ENDS:
            return None
        return next((k - len(o) for o in _LIST_OPENERS if tuple(all_words[max(0, k - len(o)):k]) == o), None)

    def opening_lead(m: Mention) -> list[str]:
        # the words before a name, or before the class noun it is listed under ("over four
        # image-text datasets (COCO, …", "on NLP tasks (e.g., MMLU, …", "on benchmarks such as
        # MMLU")
        k = list_opener(m)
        return before(m, 3) if k is None else class_noun_lead(k)

    def class_noun_words(m: Mention) -> int:
        # how many words a list's class noun phrase puts between its preposition and the name
        k = list_opener(m)
        i = None if k is None else class_noun_preposition(k)
        return 0 if i is None else bisect_left(offsets, m.start) - i - 1

    def task_of_named_thing(j: int) -> Mention | None:
        # a task before the noun of what a name is, says what it is for: "Reddit-Impacts, a
        # challenging Named Entity Recognition (NER) dataset", "a novel unified open-vocabulary
        # detection method called OV-DINO"
        task = mentions[j]
        k = bisect_left(offsets, task.end)
        if k >= len(all_words) or head_noun_type([all_words[k]]) not in _NAMED_THINGS:
            return None
        if j + 1 < len(mentions) and mentions[j + 1].type in _NAMED_THINGS:
            gap = between(task, mentions[j + 1])
            if len(gap) == 2 and gap[1] in naming_words:
                return mentions[j + 1]
        if j > 0 and mentions[j - 1].type in _NAMED_THINGS:
            gap = between(mentions[j - 1], task)
            if _opens_appositive(gap) and len(gap) <= 5 \
                    and not set(gap[2:]) & _NOT_DESCRIBING:
                return mentions[j - 1]
        return None

    def example_of_previous(j: int) -> bool:
        # mention j is an example of the class mention j - 1 names: "outperforms other
        # parameter-efficient fine-tuning methods such as LoRA"
        join = between(mentions[j - 1], mentions[j])
        return 2 <= len(join) <= 3 and tuple(join[-2:]) == ("such", "as") and (
            len(join) == 2 or head_noun_type(join[:1]) is not None)

    def listed_after(j: int) -> bool:
        # mention j follows mention j - 1 in a list closed by "and" or "or" ("GLUE, SQuAD,
        # RACE and MMLU") or by a parenthesis ("(AfriBERTa, XLMR-base, mBERT)"); a bare comma
        # may end one clause ("X using SimCLRv2, supervised fine-tuning on …")
        k, kind = j, mentions[j].type
        while k < len(mentions) and mentions[k].type == kind:
            join = between(mentions[k - 1], mentions[k])
            if join not in _LIST_JOINS:
                return False
            if join[-1] in ("and", "or"):
                return True
            k += 1
        closing = bisect_left(offsets, mentions[k - 1].end)
        return closing < len(all_words) and all_words[closing] == ")"

    def procedure_of_a_noun(m: Mention) -> bool:
        # "combines diverse pre-training paradigms", "uses pre-training data": what is used is
        # the paradigms or the data, not pre-training
        k = bisect_left(offsets, m.end)
        return m.canonical.lower() in training_words and k < len(all_words) and (
            head_noun_type([all_words[k]]) is not None or all_words[k] in _PROCEDURE_PARTS)

    def trained_before(m: Mention) -> bool:
        # "a base model trained on HelpSteer2", "we fine-tune BERT on the SQuAD data", "we
        # fine-tuned RoBERTa-large on SQuAD"
        lead = before(m, 10)
        on = next((i for i in range(len(lead) - 1, -1, -1) if lead[i] in _TRAINING_PREPOSITIONS
                   or lead[i] in (",", ";")), None)
        return on is not None and lead[on] in _TRAINING_PREPOSITIONS and _training_verb_in(lead[:on], 4)

    def trains_object(subject: Mention, m: Mention) -> bool:
        # "we trained a linear SVM classifier on Ott's Chicago-hotel dataset": a training verb,
        # its object (the subject, after a determiner) and the data after a preposition; "the
        # fine-tuned OV-DINO on COCO achieves …" reports a score there
        gap = between(subject, m)
        if not gap or gap[0] not in _TRAINING_PREPOSITIONS or len(gap) > 4 or "," in gap:
            return False
        lead = before(subject, 5)
        return any(lead[i] in _OBJECT_DETERMINERS and _ends_in_cue(lead[max(0, i - 3):i], "TRAINED_ON")
                   for i in range(1, len(lead)))

    def on_benchmark(m: Mention) -> bool:
        k = bisect_left(offsets, m.end)
        return m.text.lower().endswith(_BENCHMARK_NOUNS) or (k < len(all_words) and all_words[k] in _BENCHMARK_NOUNS)

    def trained_after(m: Mention) -> bool:
        # "on the RedPajama dataset to continually pre-train a 3B LM"
        k = bisect_left(offsets, m.end)
        if k < len(all_words) and all_words[k] in _DATA_NOUNS:
            k += 1
        return k < len(all_words) and all_words[k] == "to" and _has_cue(all_words[k + 1:k + 5], "TRAINED_ON")

    evaluated_first(mentions, between, before, rel)
    purpose_first(mentions, between, before, rel)

    # a sentence that opens with a name and a colon: a title, "Name: what it is"
    first_k = bisect_left(offsets, mentions[0].end)
    titled = mentions[0] if (mentions[0].type in SUBJECT_TYPES and mentions[0].start == offsets[0]
                             and first_k < len(all_words) and all_words[first_k] == ":") else None

    # a list goes on with the relation of its first member: "trained on C4 and The Pile",
    # "evaluated on GLUE, SQuAD, RACE and MMLU", "outperforms BERT, RoBERTa and XLNet" (methods
    # and models are one list: "outperforms vision transformers (ViTs) and CNNs")
    made_from = len(out)  # out[made_from:]: the relations made for the previous mention
    # "outperforms the visual transformer (DeiT-B)": the name in brackets is the one meant, not
    # the kind before it
    kinds_named = {id(m) for m, n in zip(mentions, mentions[1:])
                   if m.type in SUBJECT_TYPES and n.type in SUBJECT_TYPES and n.start - m.end <= 3
                   and between(m, n) == ["("] and n.rule != "abbreviation-short"}
    # names that are parts of what a subject betters, which no dataset is evaluated with (once a sentence)
    bettered_parts = {k for k in range(1, len(mentions)) if _part_of_the_bettered(before(mentions[k], 14))} \
        if any(m.type == "Dataset" for m in mentions) else set()
    for j, target in enumerate(mentions):
        made, made_from = out[made_from:], len(out)
        same_kind = mentions[j - 1].type == target.type or {mentions[j - 1].type, target.type} <= SUBJECT_TYPES
        if made and j and same_kind and (listed_after(j) or example_of_previous(j)):
            for r in made:
                if r.source != target.canonical:
                    out.append(construct(Relation, {**r.__dict__, "target": target.canonical,
                                                    "target_type": target.type}))
                    if r.type == "COMPARED_WITH":
                        compared_by[id(target)] = compared_by[id(mentions[j - 1])]
            continue
        if id(target) in kinds_named:
            continue
        prior_subjects = [k for k in range(j) if mentions[k].type in SUBJECT_TYPES
                          and id(mentions[k]) not in kinds_named
                          and not (target.type == "Dataset" and k in bettered_parts)
                          and (not described or id(mentions[k]) not in described or id(target) in described)
                          and (id(mentions[k]) not in in_clause or target.start < in_clause[id(mentions[k])])]
        subject = mentions[prior_subjects[-1]] if prior_subjects else None
        if target.type == "Dataset" and len(prior_subjects) >= 2 \
                and between(mentions[prior_subjects[-2]], subject) in (["with"], ["using"]) \
                and not any(subject.canonical == p.canonical for p in proposed_here):
            # "Chameleon with GPT-4 achieves 86.54% on ScienceQA": what runs on GPT-4 is evaluated
            # (but "latent diffusion models with U-ViT achieve …" in U-ViT's paper is U-ViT's)
            subject = mentions[prior_subjects[-2]]
        elif target.type == "Dataset" and len(prior_subjects) >= 2 and {"with", "using"} & set(before(subject, 2)) \
                and all_words[bisect_left(offsets, subject.end) - 1] in ("backbone", "backbones"):
            subject = mentions[prior_subjects[-2]]  # "GFL achieves 45.0% AP with ResNet101 backbone on COCO"
        comparing = None  # the name that a name compared with on the dataset is compared by
        if target.type == "Dataset" and len(prior_subjects) >= 2 and id(subject) not in compared_by \
                and _COMPARING_WORDS & set(before(subject, 12)):
            # "the superiority of PLNL over the state-of-the-art CLL methods, e.g., on STL-10, we
            # increase …": both are evaluated there, the one compared by too
            comparing = next((mentions[k] for k in reversed(prior_subjects[:-1])
                              if not _COMPARING_WORDS & set(before(mentions[k], 12))), None)
        in_sentence = subject is not None
        if in_sentence and (_negated(before(subject, 5)) or _negated(subject_gap(subject, target)[:3])):
            continue  # "we could not use the parser for ASR rescoring", "we do not fine-tune RoBERTa on SQuAD"
        # (pydantic's == on these models is a comparison of their __dict__s, made directly)
        if subject is None and we_sentence and proposed_here and not any(
                target.__dict__ == p.__dict__ for p in proposed_here) and not (
                target.type in SUBJECT_TYPES and others_before(target)):
            # (not one the sentence names only after the target: "We also leverage hierarchical
            # variational autoencoder …, and present a BiT-Flow" is the paper's main name's)
            subject = next((p for p in proposed_here if not introduced_after(p, target)), None)
        if target.type == "Dataset":
            lead = opening_lead(target)
            if subject is None:
                continue
            how_trained = in_sentence and (subject.canonical.lower() in training_words or (
                subject.type == "Method" and _kind_of_training(subject_gap(subject, target))))
            means = in_sentence and not how_trained and _means_of_training(before(subject, 30))
            if how_trained or means:
                # how something was trained, not what was: "UNITER, …, learned through
                # large-scale pre-training over …", "continued causal language modeling training
                # on SLTrans", "BERT fine-tuned via LoRA on GLUE" (the one trained is named
                # before); "attributed to pre-training on … ImageNet": nothing named was
                if len(prior_subjects) < 2:
                    continue
                subject = mentions[prior_subjects[-2]]
            gap = gap_of(subject, target, in_sentence)
            trained = means or trained_before(target) or (in_sentence and trains_object(subject, target))
            if _words(gap) > windows["TRAINED_ON"]:
                pass
            elif in_sentence and trained:
                rel("TRAINED_ON", subject, target, "trained-on", 0.8)
                if on_benchmark(target) and _has_cue(before(target, 7), "FINE_TUNING"):
                    # "fine-tuning RoBERTa on the GLUE benchmark": its scores are reported there
                    rel("EVALUATED_ON", subject, target, "fine-tuned-on-benchmark", 0.75)
                continue
            if _words(gap) - class_noun_words(target) <= windows["EVALUATED_ON"] \
                    and any(w in _cues()["EVALUATED_ON"][0] for w in lead) and (
                    _has_cue(all_words, "EVALUATION_VERBS")) and not (trained or trained_after(target)):
                # "ZetaNet outperforms BERT on GLUE": the one compared with is no subject
                rel("EVALUATED_ON", compared_by.get(id(subject), subject), target, "evaluated-on", 0.8)
                if comparing is not None:
                    rel("EVALUATED_ON", comparing, target, "evaluated-on", 0.8)
        elif target.type in SUBJECT_TYPES and subject is not None and subject is not target \
                and target.canonical.lower() not in task_forms():  # "matches state-of-the-art TTS models"
            gap = gap_of(subject, target, in_sentence)
            # the cue follows the subject closely; for the paper's own name, not written in the
            # sentence ("Our method consistently outperforms PPO"), it is in the words before the target
            head = gap[:windows["cue_after_subject"]] if in_sentence else gap
            # the compared name follows the cue closely ("outperforms a CLIP model"), or the
            # class noun it is listed under ("outperforms many multilingual pretrained language
            # models (AfriBERTa, …")
            near = _cue_near_target(gap, windows["cue_before_target"] + (
                windows["class_noun"] if gap[-1:] == ["("] else 0))
            if in_sentence and gap[:1] == [","] and _named_in_commas(before(subject, 2)):
                # "our proposed approach, Loki, gains … over SimCLR": the commas set off the name
                gap, head = gap[1:], gap[1:1 + windows["cue_after_subject"]]
            elif in_sentence and (aside := _aside_end(gap)):
                # "Conformer, under the comparable parameter complexity, outperforms …": the
                # commas set off an aside
                gap, head = gap[aside:], gap[aside:aside + windows["cue_after_subject"]]
            if in_sentence and _PARTICIPLE_OUTPERFORMS.fullmatch(" ".join(gap[-3:])):
                # "On VTAB-1k, SparseAdapter achieves 76.1%, outperforming LoRA": the participle's
                # subject is the sentence's, when a name opens the sentence (or its opening phrase)
                main = mentions[prior_subjects[0]]
                k = bisect_left(offsets, main.start)
                if k == 0 or (all_words[k - 1] == "," and k <= 8 and "," not in all_words[:k - 1]):
                    rel("OUTPERFORMS", main, target, "outperforms-participle", 0.75)
                    rel("COMPARED_WITH", main, target, "outperforms-participle", 0.75)
                continue
            if in_sentence and "," in head and not _opens_appositive(gap):
                # "… at in-context learning, outperforming GPT-3": the subject is elsewhere (but
                # "DeBERTa, a generalization of BERT": the appositive says what DeBERTa is)
                continue
            if _words(gap) <= windows["OUTPERFORMS"] and _has_cue(head, "OUTPERFORMS") and near("OUTPERFORMS"):
                rel("OUTPERFORMS", subject, target, "outperforms", 0.85)
                rel("COMPARED_WITH", subject, target, "outperforms", 0.85)
            elif len(gap) <= windows["COMPARED_WITH"] and _has_cue(head, "COMPARED_WITH") and near("COMPARED_WITH"):
                rel("COMPARED_WITH", subject, target, "compared-with", 0.8)
            elif (in_sentence and 1 <= len(gap) <= 3 and gap[-1] in _COMPARE_GAP and "," not in gap
                  and _COMPARE_VERB.search(" ".join(before(subject, 4)))) or (
                    not in_sentence and _COMPARE_OWN.search(" ".join(before(target, 6)))):
                rel("COMPARED_WITH", subject, target, "compared-with", 0.75)
            elif in_sentence and _words(gap) <= windows["COMPARED_WITH"] and "," not in gap \
                    and before(subject, 1) not in (["by"], ["via"]) \
                    and _COMPARED_RIGHT_BEFORE.search(_hyphens_joined(gap)):
                # "ViT attains excellent results compared to state-of-the-art convolutional networks"
                # (but "prompts generated by Vicuna-7b yield … compared to …", "pairs auto-collected via
                # SELMA show comparable performance to …": the name only made the data)
                rel("COMPARED_WITH", subject, target, "compared-with", 0.75)
            elif compares and (kind := _comparison(gap if in_sentence
                                      else before(target, _comparison_words()[0]["window"]))) is not None:
                # "our method improves … over BERT": the subject is the paper's proposed name
                rel("COMPARED_WITH", subject, target, "comparison", 0.75)
                if kind == "better":
                    rel("OUTPERFORMS", subject, target, "comparison", 0.75)
            elif (in_sentence and len(gap) <= windows["FINE_TUNED_FROM"] and _has_cue(gap, "FINE_TUNED_FROM")
                  and target.type == "Model" and subject.type == "Model"):
                rel("FINE_TUNED_FROM", subject, target, "fine-tuned-from", 0.8)
            elif in_sentence and len(gap) <= windows["BASED_ON"] and _has_cue(gap, "BASED_ON") \
                    and not _has_cue(before(subject, 3), "BASED_ON"):
                # (but "a component based on the Perceiver on top of a DINOv2 model": what is
                # built on is the component, not the Perceiver)
                rel("BASED_ON", subject, target, "based-on", 0.75)
            elif len(gap) <= windows["USES"] and _has_cue(before(target, 2), "USES") and (
                    in_sentence or {"we", "our"} & set(before(target, 4))) and not (
                    in_sentence and set(before(first_listed(prior_subjects[-1]), 2)) & object_markers) \
                    and not procedure_of_a_noun(target) and not (in_sentence and (
                        _object_of_training(before(subject, 4)) or not _SUBJECT_PRONOUNS.isdisjoint(gap))):
                # ("fine-tuned from Mistral and LLaMA2 through X": LLaMA2 is not the one using X;
                # "pretraining of a big ResNet model using SimCLRv2": the pretraining uses it;
                # "… is based on X and it uses Y": whom "it" names is not known)
                rel("USES", subject, target, "uses", 0.7)
        elif target.type == "Task":
            if words_after(target, 1) in _A_TASKS_OUTPUT:
                continue  # "recurrent neural networks on manual and ASR transcripts": what the task
                # produced, which nothing here addresses
            named = task_of_named_thing(j)
            if named is not None:
                rel("ADDRESSES", named, target, "task-of-description", 0.7)
                continue
            owner = subject if in_sentence else None
            if titled is not None and titled is not owner and in_sentence \
                    and _has_cue(before(target, 3), "ADDRESSES") and not _has_cue(before(target, 3), "NOT_ADDRESSES"):
                # a title "ICL-D3IE: In-Context Learning with Diverse Demonstrations Updating for
                # Document Information Extraction" says what its first name is for, too
                rel("ADDRESSES", titled, target, "addresses", 0.7)
            cue = "ADDRESSES"
            if owner is None:
                datasets = [m for m in mentions[:j] if m.type == "Dataset"]
                owner = datasets[-1] if datasets else None
                cue = "ADDRESSES_BY_DATASET"  # "a benchmark for X", not "fine-tune on X tasks"
            if owner is None and we_sentence and proposed_here:
                if before(target, 2)[:1] and head_noun_type(before(target, 2)[:1]) == "Dataset":
                    continue  # "we unify nine … dialogue datasets for language modeling": the
                    # data is for the task, not the paper's name
                owner, in_sentence = proposed_here[0], False
            gap = gap_of(owner, target, in_sentence) if owner is not None else []
            # the cue stands between the two ("DSL, tailored for recommendation"), not before
            # both ("the approach to sequence-to-sequence text generation")
            lead = gap[-3:] if in_sentence else before(target, 3)
            # a description says what its name is for: a title "Name: A Novel Paradigm for
            # Efficient Recommendation", an appositive "DreamOmni, a unified model for image
            # generation", a copula "SetFit may be a promising alternative for document classification"
            described_by = in_sentence and (owner is titled or (_describes(gap) and "," not in gap[1:]))
            window = windows["ADDRESSES_DESCRIBED"] if described_by else windows["ADDRESSES"]
            if in_sentence and owner is titled:
                window = windows["ADDRESSES_IN_TITLE"]  # "DMDDT: Dynamic Mask and Denoising
                # Diffusion Transformer for Time Series Anomaly Detection"
            k = bisect_left(offsets, target.end)
            if all_words[k:k + 1] and all_words[k] in _ABILITY_NOUNS and _IMPROVING_VERBS.isdisjoint(gap):
                continue  # "to maintain its instruction-following abilities", "the impact of … on the
                # instruction following abilities": a model's ability, not what the name is for
            if owner is not None and len(gap) <= window \
                    and _has_cue(lead, cue) and not _has_cue(lead, "NOT_ADDRESSES"):
                # ("MOON outperforms the other federated learning algorithms on … image
                # classification tasks": the tasks are the comparer's, not of the ones compared)
                rel("ADDRESSES", compared_by.get(id(owner), owner), target, "addresses", 0.7)
            elif owner is not None and in_sentence and owner.type in SUBJECT_TYPES \
                    and _words(gap) - class_noun_words(target) <= windows["EVALUATED_ON"] \
                    and "for" not in before(owner, 6) \
                    and set(opening_lead(target)) & _cues()["EVALUATED_ON"][0] \
                    and _has_cue(all_words, "EVALUATION_VERBS") and not trained_before(target) \
                    and not _has_cue(before(target, 3), "BASED_ON"):
                # "UNITER achieves new state of the art across six V+L tasks", as for a dataset
                rel("ADDRESSES", compared_by.get(id(owner), owner), target, "evaluated-on-task", 0.7)
        elif target.type == "Metric":
            if not (_has_cue(all_words, "MEASURED_CONTEXT") or any(ch.isdigit() for ch in "".join(all_words))):
                continue  # "associative recall" in a sentence that reports nothing
            measured = [m for m in mentions if m.type in {"Dataset", "Task"}
                        # (a number and its "%" are one amount: "On ImageNet, RepVGG reaches over 80% top-1")
                        and len(gap := between(m, target)) - gap.count("%") <= windows["MEASURED_WITH"]
                        and not (m.end <= target.start and (_clause_before(gap, all_words)
                                                            or not _CLAUSE_BREAKS.isdisjoint(gap)))
                        and not (m.type == "Dataset"  # (nor "ImageNet-based models")
                                 and (trained_before(m) or words_after(m, 2) in _TRAINED_ON_IT))
                        # (nor the source of "adaptation from GTA5 to Foggy Cityscapes")
                        and not (m.type == "Dataset" and before(m, 1) == ["from"] and words_after(m, 1) == ["to"])]
            k = bisect_left(offsets, target.end)
            if all_words[k:k + 1] in (["for"], ["on"]):
                # "the F score for NER, and the UAS for DE-PAR": a metric that says what it is
                # for measures no name that is what an earlier one is for
                measured = [m for m in measured if m.start > target.start or before(m, 1) not in (["for"], ["on"])]
            if any(m.end <= target.start and "(" in between(m, target) for m in measured):
                # a metric in parentheses after a name measures that name, not the one after
                # them: "word alignment (up to +6.7 F1) and translation quality (up to +1.4 Bleu)"
                measured = [m for m in measured if m.end <= target.start or ")" not in between(target, m)]
            if any(m.start >= target.end and words_after(m, 1) == ["("] for m in measured):
                # "competitive accuracies, such as DOTA-v1 (75.41% mAP)": a dataset with its own
                # metric in the bracket after it is measured with that one
                measured = [m for m in measured if not (m.start >= target.end and any(
                    n.type == "Metric" and n.start > m.end and n.canonical != target.canonical
                    and len(gap := between(m, n)) <= 4 and gap[:1] == ["("] and ")" not in gap for n in mentions))]
            for other in measured:
                nearer = [m for m in measured if m.type == other.type and m is not other
                          and min(abs(m.start - target.end), abs(target.start - m.end))
                          < min(abs(other.start - target.end), abs(target.start - other.end))]
                if not nearer:
                    rel("MEASURED_WITH", other, target, "measured-with", 0.7)
    return out


def paper_relations(paper_key: str, mentions: list[Mention], introduced: list[Mention],
                    make_evidence_for) -> list[Relation]:
    """MENTIONS for every mention and PROPOSES for every introduced name."""
    out = []
    for kind, items in (("MENTIONS", mentions), ("PROPOSES", introduced)):
        for m in items:
            rule = "mention:" + m.rule if kind == "MENTIONS" else m.rule
            out.append(construct(Relation, {
                "type": kind, "source": paper_key, "source_type": "Paper", "target": m.canonical,
                "target_type": m.type, "evidence": make_evidence_for(m, rule, m.confidence),
                "source_key": "", "target_key": ""}))
    return out


def evaluated_by_results(results: list) -> list[Relation]:
    """EVALUATED_ON edges the results of a sentence state: a score or gain of a named method or
    model on a named dataset says it was evaluated there ("LSKNet sets new state-of-the-art scores on
    standard benchmarks, i.e., HRSC2016 (98.46% mAP), …"), with the result's sentence as evidence."""
    out = []
    for r in results:
        if r.subject and r.dataset and r.subject_type in SUBJECT_TYPES:
            e = r.evidence
            out.append(construct(Relation, {
                "type": "EVALUATED_ON", "source": r.subject, "source_type": r.subject_type, "target": r.dataset,
                "target_type": "Dataset", "evidence": evidence(e.paper, e.field, "", e.start, e.end, "evaluated-by-result",
                                                               min(e.confidence, 0.7), e.sentence),
                "source_key": "", "target_key": ""}))
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


def evidence(paper: str, field: str, text: str, start: int, end: int, rule: str, confidence: float,
             sentence: str | None = None) -> Evidence:
    """The Evidence of a rule in text[start:end] (`sentence`, when the caller has it)."""
    return construct(Evidence, {
        "paper": paper, "sentence": text[start:end] if sentence is None else sentence, "field": field,
        "start": start, "end": end, "rule": rule, "confidence": float(confidence)})
