"""Entity names: normal forms, keys, families and what counts as a *name*.

One entity, one key: case, hyphen and spacing variants (GPT-4 / GPT 4 / gpt4,
Llama 2 / LLaMA-2), plurals (CNNs, convolutional networks) and possessives
(BERT's) all reduce to the same key.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# the words that name a size of a model family ("BERT-base", "CenterMask-Lite")
SIZE_WORDS = r"base|large|small|tiny|xl|xxl|mini|medium|huge|giant|lite"
_SIZE_SUFFIX = re.compile(
    r"^(?P<family>.*?[A-Za-z0-9.])[\s-]*(?P<size>\d+(?:\.\d+)?\s?[BMKT]|\d+x\d+B|"
    + SIZE_WORDS + r"|chat|instruct)$",
    re.IGNORECASE,
)
_QUOTES = str.maketrans({"’": "'", "‘": "'", "–": "-", "—": "-", "‐": "-", "‑": "-"})


_MARKDOWN_ESCAPE = re.compile(r"\\([_*#])")


@lru_cache(maxsize=65536)
def clean_surface(text: str) -> str:
    """Surface form as it should be shown: unified dashes/quotes, no possessive, single spaces."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).strip()
    # A leading article as prose writes it ("The", "an"), never an all-caps name ("AN 7B").
    text = re.sub(r"^(?:[Tt]he|[Aa]n?|[Oo]ur)\s+", "", text)
    text = re.sub(r"\s+", " ", text).strip(" .,;:`")  # (and a README's `code` quotes: "`N-HiTS`")
    if "\\" in text:
        text = _MARKDOWN_ESCAPE.sub(r"\1", text)  # a README's escaped underscore: "MSD\_Task08"
    while True:  # "the models'", "GPT-4's.", and what is left of "'s'" once its "'" goes
        bare = re.sub(r"'s$|(?<=s)'$", "", text).strip(" .,;:")
        if bare == text:
            return text
        text = bare


def singular(word: str) -> str:
    """Plural to singular for the last word of a name (CNNs -> CNN, networks -> network)."""
    if len(word) > 2 and word.endswith("s") and word[-2].isupper():  # LLMs, GANs
        return word[:-1]
    if word.islower() and len(word) > 3:
        if word.endswith("ies"):
            return word[:-3] + "y"
        if word.endswith(("sses", "xes", "ches", "shes")):
            return word[:-2]
        if word.endswith("s") and not word.endswith(("ss", "us", "is", "ics")):
            return word[:-1]
    return word


@lru_cache(maxsize=262144)
def entity_key(name: str) -> str:
    """The graph key of a name: lower-case, singular, without spaces, hyphens or dots."""
    text = clean_surface(name)
    words = text.split(" ")
    words[-1] = singular(words[-1])
    text = " ".join(words).lower()
    return re.sub(r"[\s\-_./'’()]+", "", text) or text


@lru_cache(maxsize=65536)
def family_of(name: str) -> str | None:
    """The family a size or flavour variant belongs to: Llama-2-7B -> Llama-2, BERT-base -> BERT."""
    match = _SIZE_SUFFIX.match(clean_surface(name))
    if not match:
        return None
    family = match.group("family").rstrip(" -")
    if len(family) < 2 or not re.search(r"[A-Za-z]", family):
        return None
    return family


# "PPMA-T/S/B", "GPT-3.5/4": a family and the variants a slash list names at once
# (letters each, or numbers each: "ViT-L/14" is a size and a patch)
_SLASH_VARIANTS = re.compile(r"(?P<family>[A-Za-z][\w.-]*?)-(?P<variants>[A-Za-z]{1,5}(?:/[A-Za-z]{1,5})+|"
                             r"\d+(?:\.\d+)?[BM]?(?:/\d+(?:\.\d+)?[BM]?)+)")


def slash_variants(name: str) -> tuple[str, list[str]] | None:
    """The family and the variants' names of "PPMA-T/S/B" (PPMA; PPMA-T, PPMA-S, PPMA-B), or None."""
    match = _SLASH_VARIANTS.fullmatch(name)
    if match is None:
        return None
    family = match.group("family")
    return family, [f"{family}-{v}" for v in match.group("variants").split("/")]


@lru_cache(maxsize=1)
def _named() -> re.Pattern:
    # rules.json's NAMED token flag, so that the Matcher's flag and this test are one definition
    from kg.extract.components import patterns_config  # components imports this module

    return re.compile(patterns_config()["token_flags"]["NAMED"])


def named_pattern() -> str:
    """The NAMED regex as rules.json writes it."""
    return _named().pattern


def looks_named(text: str) -> bool:
    """Text that reads like a name: an acronym, camelCase, or letters mixed with digits,
    and not a web address (rules.json "token_flags" NAMED)."""
    return bool(_named().search(text))


# LaTeX left in a README, read as what it writes, each the same length as what it replaces
_LATEX_READINGS = (("$\\%$", "%   "), ("\\%", " %"), ("$\\approx$", "  \u2248      "))
_LATEX_SUPERSCRIPT = re.compile(r"\^\{(\w)\}")


def readable(text: str) -> str:
    """A README's markdown code quotes ("We propose MeanFlow-Transfer (`MF-T`)"), its bold
    ("**50.5%**") and LaTeX's opening `` read as spaces, LaTeX's escaped percent ("by 14.49\\%")
    as " %", a superscript ("$R^{2}$") as written plainly ("$R^2  $") and "F1$\\approx$0.60" as
    "F1 ≈ 0.60": the same length, so every offset still points into the paper's own text."""
    if "`" in text:
        text = text.replace("`", " ")
    if "**" in text:
        text = text.replace("**", "  ")
    if "^{" in text:
        text = _LATEX_SUPERSCRIPT.sub(lambda m: f"^{m.group(1)}  ", text)
    if "\\" in text:
        for latex, reading in _LATEX_READINGS:
            text = text.replace(latex, reading)
    return text
