"""Reported numbers: "achieves 79.2% zero-shot accuracy on ImageNet",
"+14.6% average accuracy on XNLI", "a BLEU of 28.4 on WMT14".

A result needs a number and a metric mention close to it in the same sentence; a
percentage of something ("10% of the labels") is no score, and of "from 35.5% to 44.5%"
the score reached is the second, as of "improved to 86.3%" (the first is a score too, of no
one named: what came before). A number is a gain after "+" or
a gain word ("improves … by 3.2%", "an increase over … of 0.4", "outperforms … by a
classification accuracy of 2.6%"), before one ("a 4% improvement", "36.5 points higher"), at
the top of a range of gains ("improvement … ranging from 1 to 10 points", "by 2 to 10
percentage points"), in a list after a gain ("by 7.06 mAP for NuImages and 12.9 mAP for
COCO"), or before a gain word after its metric ("a 1.1% accuracy gain").
A factor ("36.5x faster", "2.8$\times$"), a size or a time ("1.3M parameters", "1.6 ms"), a
previous record ("the previous record FID of 2.41"), a loss ("an accuracy loss of 0.07",
"reduces F1 by 0.8 points", "at a cost of 1 point", "an LAS 1.5% lower than"), a bound
("below 78.7%", "over 88% F1", "a success rate of over 75%"), a baseline's number
("(baseline 0.55)"), a section or table number and a dataset's version ("Penn Chinese
Treebank (CTB) 5.0") are neither. A number's metric is the nearest within 40 characters, on
its side of a comma first. The dataset is
the first Dataset mention after the metric, else one between the number and its metric,
else the nearest before the number; none when the name right after the result ("for
NuImages") is one kg does not know as a dataset, rather than one further on that belongs to
the next result, nor the first of a list in parentheses ("on standard benchmarks (CIFAR-10,
CIFAR-100, ImageNet1K)"); never data added in training or learned from by another system. The
subject is the nearest Method/Model before the number that is neither a training procedure
nor a task's name ("a QA model") nor named after a comparison ("than NeRF", "outperforms
P-CFG", "over a baseline using MMR"), nor aside (across a colon, in a remark in parentheses,
modifying a task), nor used by the name before it ("the CRF using the Viterbi path", "GRPO, using
reinforcement learning (RL) …"), unless "our model" or "we" stand between
(then the method or model the paper proposes, or none), else that (in a "we" sentence),
else a Method/Model named after the number by "using" or "with" ("73.9% top-1 accuracy
using ResNet-50"); none when the number is in parentheses after a name kg does not know
("as fast as MobileNetV2x1.4 (1.6 ms, 74.7% top-1)"). A list of numbers that "respectively"
follows takes its subjects from the list of names before it, in order ("BERT and RoBERTa
reach 81.2% and 84.5%, respectively"), and gives no result when the two lists differ in
length. A list of numbers that as many datasets follow takes them in order and shares its
metric ("71.3%, 65.0% and 60.5% mIoU on Cityscapes, ADE20K and Pascal VOC"); a number right
after a result's dataset takes that result's metric ("85.1% accuracy on ImageNet and 77.2% on
ImageNet-V2"); the source domain of an adaptation ("GTA5-to-Cityscapes") is no dataset.
A sentence's one metric holds the gains it says are made however far from it ("The mean
Intersection-over-Union on X is improved by 0.7%; on Y … by 12.28%"), a change names its metric
("a 6% increase in Hits@10"), and a "from A to B" takes the metric before its "from". A cost
("83% faster"), a share of the data ("31% labeled data"), a threshold ("p > 0.05") and a spread
("± 2.09%") are no scores.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.components import GLUED_METRICS, SUBJECT_TYPES, modifier_suffixes, patterns_config
from kg.extract.gazetteer import curated_forms, load_entries, task_forms
from kg.extract.names import looks_named, readable, slash_variants
from kg.extract.relations import training_procedure_names
from kg.models import Mention, Result

# the units of a reported number, and the nouns that name a gain, as the patterns below spell them
UNITS = r"%|percentage\s+points?|points?|pp|pts|dB"
GAIN_NOUNS = r"improvements?|gains?|increases?|boosts?|margins?"
# what may qualify an amount: "by up to 4%", "by as much as 5.4%", "saving about 12%", "by over 7%"
APPROX = r"(?:up\s+to\s+|as\s+much\s+as\s+|about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|at\s+least\s+)?"
# (a decimal may open on its point, "an AUC of .991", even glued to "of": "of.991")
NUMBER = re.compile(r"(?:(?<![\w.])|(?<=\bof)(?=\.\d))([+\-−]?)(\d{1,4}(?:[.,]\d+)?|(?:(?<=[\s(])|(?<=\bof))\.\d{1,4}(?!,\d))\s?("
                    + UNITS + r")?(?![\w.]\d)")
WINDOW = 40  # characters between a number and its metric
# "10% of the dataset", "1% of the labels": a share of something, not a score
PROPORTION = re.compile(r"\s*of\b", re.IGNORECASE)
# "with only 47% to 75% of the poisoned sample volume": a range of shares
PROPORTION_RANGE = re.compile(r"\s*(?:to|[-–])\s*\d{1,4}(?:[.,]\d+)?\s?%\s*of\b", re.IGNORECASE)
# "with 31% labeled data", "using 10% training samples": a share of the data (but "by 1.3% with
# equivalent parameters" is a gain under a condition)
DATA_SHARE = re.compile(r"\s*(?:(?!(?:on|in|for|across|over|than|with|at|under|using|while)\b)[\w-]+\s+){0,2}?"
                        r"(?:data|samples|examples|labels|annotations|parameters|params)\b", re.IGNORECASE)
# "83% faster than ResNet-50", "in 29% fewer steps", "50% less memory", "33.68 frames per
# second": a comparison of cost, or a speed, not the sentence's metric
COST_AFTER = re.compile(r"\s*(?:faster|slower|fewer|less|smaller|cheaper|lighter|shorter|frames\s+per\s+second|fps|"
                        r"ms|milliseconds|seconds|hours|GB|MB|param(?:eter)?s?)\b", re.IGNORECASE)
# "while saving 12% in parameter storage", "reduces the number of parameters needing fine-tuning
# to 10%": a cost saved
COST_BEFORE = re.compile(r"\bsav(?:e|es|ed|ing)\s+" + APPROX + r"$|\bparam(?:eter)?s\b[^.,;:%\d]{0,40}\b(?:to|by)\s+"
                         r"(?:only\s+)?" + APPROX + "$", re.IGNORECASE)
# "73.9% top-1 accuracy … using ResNet-50": what achieved it, named after the number
SUBJECT_AFTER = re.compile(r"\b(?:using|with)\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
# "20%-70% improvement", "1.3-4.4 BLEU points": the dash between a range's ends (at the first
# end: the second follows; at the second: the first stands before); a range is read as its
# first end
RANGE_NEXT = re.compile(r"\s*(?:[-–~∼]|\\sim)\s*\d")
# "17% ~ 30%", LaTeX's "17\% \sim 30\%": the end of a range, read with its start
RANGE_JOIN_BEFORE = re.compile(r"\d\s?%?\s*(?:[~∼–]|\\sim)\s*$")
RANGE_END = re.compile(r"\d\s?%?\s?$")
# "from 35.5% to 44.5%": the first number is where the score started
FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# (a setting may come between: "from 19% with a single … prompt to 44% with the AlphaCodium flow")
# (or a remark in brackets: "from 0.9489 (baseline) to 0.9982")
FROM_TO = re.compile(r"\s*(?:%|points?|pp|pts)?\s*(?:\b(?:with|using|for|on|in|under)\s[^.;:%\d]{0,60}?)?"
                     r"(?:\([^()]{0,30}\)\s*)?\bto\s+[+\-−]?\d", re.IGNORECASE)
# "a 12.1% absolute improvement in Success Rate (SR) over strong baselines (from": a gain, then its
# two ends in brackets
GAIN_THEN_FROM = re.compile(r"[^.;()]{0,120}(?:\([^()]{0,20}\)[^.;()]{0,80})?\(\s*from\s+", re.IGNORECASE)
# "ROC-AUC from 0.9489", "precision ($0.7620": a metric right before the score it changes from
METRIC_FROM = re.compile(r"\s*(?:from\s+|\(\s*\$?\s*)")
# "precision (0.7620 → 0.9060)", LaTeX's "\rightarrow": the first is the score before
ARROW_TO = re.compile(r"\s*%?\s*(?:\\rightarrow|\\to\b|→|->|⇒)\s*\$?\s*[+\-−]?\d")
# "an accuracy below 78.7%", "more than 90%", "between 92% and 100%", "a mAP exceeding 85%": a bound, not a score
BOUND_BEFORE = re.compile(r"\b(?:below|above|under|at\s+least|at\s+most|between|exceed(?:s|ed|ing)?)\s+$"
                          # "when SIR is smaller than 0dB", "with larger-than-15dB SNR"
                          r"|\b(?:less|more|larger|smaller|greater|lower|higher)[\s-]+than[\s-]+$"
                          r"|[<>≥≤]=?\s*$"
                          # "a False Rejection Rate (FRR) fixed at 1%", "for fixed FRR at 1%": an operating point set
                          r"|\bfixed\b[^.;:%\d]{0,30}?\b(?:at|to)\s+$",
                          re.IGNORECASE)
# "an upper bound of accuracy of 77%", "between 92% and 100%": one further back
NAMED_BOUND_BEFORE = re.compile(r"\b(?:upper|lower)\s+bounds?\b[^.;:%\d]{0,30}$|"
                                r"\bbetween\s+[+\-−]?\d+(?:[.,]\d+)?\s?%?\s+and\s+$", re.IGNORECASE)
# "over 88% F1": a bound too (but "by over 2%", "an improvement of over 5%", "gains over 1
# point" and "over 21% Dice improvement" are gains)
OVER_BEFORE = re.compile(r"(?<!by )(?<!of )\bover\s+$", re.IGNORECASE)
# "a success rate of over 75%": a bound too, after a metric's "of" (but "an improvement of over 5%")
OF_OVER_BEFORE = re.compile(r"\b(\w+)\s+of\s+over\s+$", re.IGNORECASE)
# "by over 10%", "an improvement of over 5%": a gain's lower bound
GAIN_OVER = re.compile(r"\b(?:by|of)\s+over\s+$", re.IGNORECASE)
# the stems of the verbs a result follows ("we achieve", "outperforming … by", "yields")
RESULT_STEMS = ("achiev", "reach", "obtain", "attain", "yield", "outperform", "surpass", "improv", "boost", "deliver",
                "gain", "increas", "enhanc")
# and those that state a bound as a result ("achieves a success rate of over 95%", "exceeding 85% mAP")
BOUND_VERB = re.compile(r"\b(?:" + "|".join(RESULT_STEMS + ("exceed", "maintain", "keep", "score")) + r")\w*\b",
                        re.IGNORECASE)


def _bound(words: str) -> str | None:
    """The bound the words before a number set ("above" at least, "below" at most), or None for a
    condition or range ("larger than" a setting, "between", "fixed at", "<")."""
    words = words.lower()
    if re.search(r"\b(?:above|at\s+least|exceed\w*|more|greater|higher)\b", words):
        return "at least"
    if re.search(r"\b(?:below|under|at\s+most|less|lower)\b", words):
        return "at most"
    return None


# "outperforms the latest methods by a classification accuracy of 2.6%": a gain
OUTPERFORMS_BY_OF = re.compile(r"\b(?:outperform\w*|surpass\w*|exceed\w*|beat\w*)\b[^.;:%]{0,40}\bby\s+(?:an?\s+)?"
                               r"(?:[\w-]+\s+){0,3}of\s+$", re.IGNORECASE)
GAIN_SOON = re.compile(r"\s*(?:[\w-]+\s+){0,2}(?:" + GAIN_NOUNS + r"|higher|better)\b", re.IGNORECASE)
# "… and reduces the average performance by 0.8 F1 points", "accuracies drop insignificantly
# (p > 0.05) by 0.3%": a loss of a higher-is-better metric
REDUCED_BEFORE = re.compile(r"\b(?:reduces?|reduced|reducing|decreases?|decreased|decreasing|lowers?|lowered|lowering|"
                            r"hurts?|hurting|degrades?|degraded|degrading|drops?|dropped|dropping|falls?|fell|falling|"
                            r"declines?|declined|declining)\b"
                            r"(?:\s+[\w-]+|\s*\([^()]{0,20}\)){0,4}\s+by\s+$", re.IGNORECASE)
# "0.65dB higher PSNR than NeRF and yielding 0.95dB …": NeRF is what was compared with
# (or "improvement over a baseline using MMR", "HBG outperforms P-CFG": up to three words between)
COMPARED_BEFORE = re.compile(r"\b(?:than|over|versus|vs\.?|against|compared\s+(?:with|to)|outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|"
                             r"beats?)\s+(?:[\w-]+,?\s+){0,3}$", re.IGNORECASE)  # ("outperforms ResNet, ViT and Swin")
# "Compared to existing PPTs, PLPDP improves …": a comparison that opens a sentence or clause and
# whose comma closes it compares nothing with the name after it
OPENING_COMPARISON = re.compile(r"(?:^|[,;:]|\bthat)\s*(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to))"
                                r"\s+[^,;]{1,60},\s*$", re.IGNORECASE)
# "R2D2 from HarmBench": where a model or method comes from
NAME_FROM = re.compile(r"\s+from\s+(?:the\s+)?")
# "in terms of HOTA and IDF1": the words between two metrics named together
METRICS_JOINED = re.compile(r"\s*\)?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|/\s*|&\s*)")
# "can mislead Bard to …", "attacking GPT-4": a name an attack targets, whose rate of success is the attack's
ATTACKED_BEFORE = re.compile(r"\b(?:attack(?:s|ed|ing)?|mislead(?:s|ing)?|misled|fool(?:s|ed|ing)?|jailbreak(?:s|ed|ing)?|"
                             r"deceiv(?:e|es|ed|ing))\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "an increase over the regular MSD models of 0.4", "error rate reductions of up to 10.5%", "a
# relative decrease of the error rate of 7.1%" (of an error only): a gain named before the
# number, further back than three words (but "our improvements yield a new FID of 1.79": the
# gain is the subject of a verb whose object is the score)
# "achieving gains as high as around 7%", "gains of up to 7%": a gain named before the number
GAIN_AS_HIGH_AS = re.compile(r"\b(?:" + GAIN_NOUNS + r")\s+(?:of\s+|reaching\s+|[^.;:%\d]{0,40}?\b(?:could|can|may|might)\s+be\s+)?"
                             r"(?:as\s+(?:high|large|much)\s+as|up\s+to)\s+"
                             r"(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$", re.IGNORECASE)
GAIN_OF = re.compile(r"\b(?:" + GAIN_NOUNS + r"|increments?|reductions?|decreases?(?=[^.;:%]{0,20}\berrors?\b))"
                     r"\b(?:(?!\b(?:yields?|achieves?|leads?|results?|gives?|reach(?:es)?|sets?|to)\b)[^.;:%]){0,40}\bof\s+"
                     r"(?:up\s+to\s+|about\s+|around\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)
# "a maximum decrease in RMSE of 31.05%": a gain when lower is better
DECREASE_OF = re.compile(r"\b(?:decreases?|reductions?|drops?)\b[^.;:%]{0,40}\bof\s+" + APPROX + "$", re.IGNORECASE)
# "the relative improvement of the proposed method over the state-of-the-art method is around 9.4%"
GAIN_IS = re.compile(r"\b(?:" + GAIN_NOUNS + r")\b[^.;:%\d]{0,80}\b(?:is|was|are|were)\s+"
                     r"(?:about\s+|around\s+|approximately\s+|nearly\s+|almost\s+|over\s+)?$", re.IGNORECASE)
# "consistent improvement on IDF1 scores ranging from 1 to 10 points": the top of a range of gains
GAIN_RANGE = re.compile(r"\b(?:" + GAIN_NOUNS + r")\b[^.;:%]{0,40}\brang(?:e|es|ing)\s+from\s+[+\-−]?\d+(?:\.\d+)?"
                        r"\s*(?:" + UNITS + r")?\s*(?:to|-|–)\s*$", re.IGNORECASE)
# "MixUp yields the greatest improvement on … for ResNet-50 with 79.19% accuracy": the backbone a
# method was used with, said after the method's verb
FOR_BACKBONE_BEFORE = re.compile(r"\bfor\s+(?:the\s+)?$", re.IGNORECASE)
WITH_SCORE_AFTER = re.compile(r"\s*(?:backbones?\s+)?,?\s*with\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}", re.IGNORECASE)
YIELDS_AFTER = re.compile(r"\s+(?:yields?|achieves?|gives?|obtains?|attains?|reaches|shows?|brings?)\b", re.IGNORECASE)
# "an increase between 1.47% to 11.47% in mAP": both ends of a range of gains
GAIN_BETWEEN = re.compile(r"\b(?:" + GAIN_NOUNS + r")\s+(?:of\s+)?between\s+(?:[+\-−]?\d+(?:\.\d+)?\s*(?:"
                          + UNITS + r")?\s*(?:to|and|-|–)\s*)?$", re.IGNORECASE)
# "improves upon ResNet-50-FPN baseline with 1.9% AP": what improving on another comes with is a gain
IMPROVES_UPON_WITH = re.compile(r"\bimprov(?:es|ed|ing|e)\s+(?:up)?on\b[^.;:%]{0,60}\bwith\s+(?:an?\s+)?$",
                                re.IGNORECASE)
# "reduced the perplexity of sparse LLaMA-2-7B by 68.73": the name a metric is "of" is what is measured
METRIC_OF_NAME = re.compile(r"\s+of\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?")
# "Penn Chinese Treebank (CTB) 5.0": a version of the name before it
VERSION_AFTER_NAME = re.compile(r"^\)?\s?$")
# "a 4% improvement in MRR", "36.5 points higher accuracy": a gain named after the number
GAIN_AFTER = re.compile(r"\s*(?:db\s*)?(?:-\s?points?\s+)?(?:absolute\s+|relative\s+)?(" + GAIN_NOUNS
                        + r"|higher|better|lower|reductions?|decreases?|declines?|more)\b", re.IGNORECASE)
# "a 30% accuracy gap", "a 20% absolute drop in accuracy", "a 0.028 dB PSNR loss": a difference
# or a loss, after the number and perhaps its metric (of one or two words)
DIFFERENCE_AFTER = re.compile(r"\s*(?:absolute\s+|relative\s+)?(?:[\w@-]+\s+){0,2}?"
                              r"(?:gaps?|differences?|drops?|degradations?|declines?|loss)\b", re.IGNORECASE)
# a change after the number that makes the metric smaller ("a 4% reduction in WER") is a gain
# only for a lower-is-better metric, and one that makes it larger only for the others
DOWN_WORDS = frozenset({"lower", "reduction", "reductions", "decrease", "decreases", "decline", "declines"})
UP_WORDS = frozenset({"higher", "more"})
# "our method can improve the …": the paper's own method, then the verb of a gain over what follows
OUR_VERB_BEFORE = re.compile(r"\bour\s+(?:[\w-]+\s+){0,2}?(?:method|model|approach|system|framework|technique|algorithm"
                             r"|pipeline|agent|network)s?\s+(?:\w+\s+){0,2}?(?:improv|boost|enhanc|increas|outperform"
                             r"|surpass|beat)\w*\b[^.;:]*$", re.IGNORECASE)
# "our" as the subject's, not after a preposition ("ResNet-50 trained with our method")
OUR_NOT_AFTER_PREPOSITION = r"(?<!with )(?<!using )(?<!by )(?<!via )(?<!on )(?<!of )\bour"
# "our manifold-aware DiT": the paper's own version of a model, right before its name
OUR_KIND_BEFORE = re.compile(OUR_NOT_AFTER_PREPOSITION + r"\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "our approach with ResNet-50-FPN harvests 76.25% mAP": the paper's own method, used with the name after
OUR_TOOL_BEFORE = re.compile(OUR_NOT_AFTER_PREPOSITION + r"\s+(?:[\w-]+\s+){0,2}?(?:method|model|approach|system"
                             r"|framework|technique|algorithm|pipeline|detector|network)s?\s+(?:with|using|based\s+on"
                             r"|built\s+on|on\s+top\s+of)\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
# "an addition to DeepLabV3+ by using … supervisors trained with multi-task learning, which improves
# its mIoU …": what the paper's method is added to, and what trains it, score nothing of their own
ADDED_TO_OR_TRAINED_WITH = re.compile(r"\b(?:(?:addition|extension|add-on|plug-in|modification)\s+(?:to|of)"
                                      r"|(?:trained|learned|learnt|optimi[sz]ed)\s+(?:with|using|via|by))"
                                      r"\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
# "by 4%+ in both accuracy and F1 score": one number for two metrics
BOTH_METRICS = re.compile(r"\+?\s*(?:in|on)\s+both\s+", re.IGNORECASE)
BOTH_AND = re.compile(r"\s+and\s+")
# "our model achieves …", "we improve …": the paper's own method, not a name before it
# (but "ResNet-50 trained with our method achieves …" and "trained on our dataset" are ResNet's)
OURS = re.compile(r"\b(?:we|ours)\b|" + OUR_NOT_AFTER_PREPOSITION + r"(?:\s+[\w-]+){0,2}?"
                  r"\s+(?:method|model|approach|system|framework|technique|algorithm|pipeline|agent)s?\b",
                  re.IGNORECASE)
# "a 6% increase in Hits@10", "a 27% decrease in average content distance": the change names
# its metric, whatever stands nearer on the other side
CHANGE_IN = re.compile(r"\s*(?:absolute\s+|relative\s+)?(?:" + GAIN_NOUNS + r"|reductions?|decreases?)\s+(?:in|of)\s+"
                       r"(?:the\s+)?", re.IGNORECASE)
# "4dB higher PSNR and 25% better LPIPS": a comparative between a number and its metric
COMPARED_METRIC = re.compile(r"\s*(?:higher|better|lower|greater|smaller)\s+(?:the\s+)?", re.IGNORECASE)
# "improves the previous state-of-the-art by 7% by achieving an F1 score of 0.87": what is bettered, then
# the metric the gain is in
BETTERED_OBJECT = re.compile(r"\s*(?:(?:over|upon|on)\s+)?(?:the\s+)?(?:previous|prior|current|existing|strongest|best)?[\s-]*"
                             r"(?:state[- ]of[- ]the[- ]art|SOTA|baselines?|best)(?:\s+(?:methods?|models?|results?))?\s*",
                             re.IGNORECASE)
BY_ACHIEVING = re.compile(r"\s*,?\s*by\s+(?:achieving|reaching|obtaining)\s+(?:an?\s+|the\s+)?", re.IGNORECASE)
# "is improved by 0.7%", "boosts … by up to 4%": a gain verb's amount
GAIN_VERB_BY = re.compile(r"\b(?:improv|increas|boost|rais|enhanc)\w*\b([^.;:%\d]{0,40})\bby\s+" + APPROX + "$",
                          re.IGNORECASE)
# "P4Q compressed CLIP", "X-pruned Y": the paper's method done to a model
OWN_PARTICIPLE_BETWEEN = re.compile(r"(?:\s+|-)[a-z]+ed\s+")
BRACKET_CLOSE = re.compile(r"\s*\)")
# "the perplexity of sparse LLaMA-2-7B by ": from a metric a change verb names to its "by"
METRIC_CHANGED_BY = re.compile(r"(?:\s+(?:of|on|for)\s+[^.;:%]{0,40}?)?\s+by\s+" + APPROX, re.IGNORECASE)
# "with AuPRC improving by 34.25% and FPR95 decreasing by 21.42%": a metric, its change verb and amount
METRIC_VERB_BY = re.compile(r"\s+(?:(?:is|are|was|were)\s+)?(?:improv|increas|decreas|reduc|rais|boost|enhanc|lower|drop)\w*"
                            r"(?:\s+(?:significantly|dramatically|substantially|notably|considerably))?\s+by\s+" + APPROX,
                            re.IGNORECASE)
# the verbs of a change, and which of them say the change is a gain
CHANGE_VERB = re.compile(r"\b(improv|increas|boost|rais|enhanc|outperform|surpass|exceed|beat|reduc|decreas|lower|cut|"
                         r"sav|drop)\w*\b", re.IGNORECASE)
GAIN_VERB_STEMS = frozenset({"improv", "increas", "boost", "rais", "enhanc", "outperform", "surpass", "exceed", "beat"})
# what stands between the last list boundary and a "by": "a plainly trained DR by 19%"
OUTPERFORMING = re.compile(r"(?:outperform|surpass|exceed|beat)\w*\s", re.IGNORECASE)
BETTERED = re.compile(r"(?:^|[,;]|\band\b)\s*([^,;]*?)\s*$")
# "…, and the previous best DR model by 5%": the name before a gain's "by" is what was bettered
BETTERED_BY = re.compile(r"\)?(?:'s)?(?:\s+(?:models?|methods?|baselines?|approach|approaches|systems?))?\s+by\s+"
                         + APPROX, re.IGNORECASE)
# "`CAMF` improves `MF-T`'s few-step FID by 29%": the name whose score a change verb improves
POSSESSED_METRIC = re.compile(r"\s*`?'s(?:\s+[\w-]+){0,2}\s+")
BY_BEFORE = re.compile(r"\bby\s+" + APPROX + "$", re.IGNORECASE)
# "by 4.3% on ScanNetv2 hidden test set in terms of mAP": the metric said after the dataset
IN_TERMS_OF = re.compile(r"[^.;:%]{0,60}\bin\s+terms\s+of\s+(?:the\s+)?", re.IGNORECASE)
# "75.6% mAPH on the test set": a split, of a dataset named before
SPLIT_AFTER = re.compile(r"\s*(?:[\w@-]+\s+){0,2}?on\s+the\s+(?:validation|val|test|dev|development|held-out)\s+"
                         r"(?:set|split)s?\b", re.IGNORECASE)
# "Stanford cars (96.0%)", "PASCAL VOC (+3.6%, +1.5%, +1.2% mIoU)": a dataset's figures in brackets
# after its name
DATASET_BRACKET = re.compile(r"\s?\(\s*(?:[+\-−]?\d{1,4}(?:\.\d+)?\s?%?\s*(?:,|/|;)?\s*(?:and\s+)?)*$")
# a sentence about the paper's own method: "we …", "our …", "It yields 7% increase in …" (its
# opening "It" or "Its"), "The base model presented in this paper …", "80.5 MOTA … are achieved"
OWN_SENTENCE = re.compile(r"\b(?:we|our|ours)\b|\bthe\s+proposed\b|^\s*(?:[^,.;:()]{1,40},\s*)?Its?\s|\b(?:presented|proposed|introduced)\s+in\s+this\s+"
                          r"(?:paper|work)\b|\b(?:is|are|was|were)\s+(?:achieved|obtained|attained|reached)\b",
                          re.IGNORECASE)
# "by 7.06 mAP for NuImages and 12.9 mAP for COCO": the second gain of a list of them
LIST_GAP = re.compile(r"^(?:[^.;:]|(?<=\d)\.(?=\d)){0,40}(?:,|\band\b)[^.;:]{0,10}$")  # ("mAP@0.5 and")
# "85.1% accuracy on ImageNet and 77.2% on …", "by 3.7% on XNLI and by 2.1% on …", "… on CASIA-B
# under different conditions, and 97.6% on OU-MVLP": the words between a result's dataset and the
# next number, which takes the result's metric
ELIDED_GAP = re.compile(r"(?:\s+(?:under|in|with)(?:\s+[a-z][\w-]*){1,3})?\s*(?:,\s*(?:and\s+)?|and\s+)(?:by\s+)?")
# "SQuAD v1.1 question answering Test F1": plain words between a dataset and its metric
WORDS_ONLY = re.compile(r"[A-Za-z\s-]*")
# "86.7% (4.6% absolute improvement)": a number in brackets right after another, and the gain
# words after it
NUMBER_BRACKET = re.compile(r"\s*\(\s*")
# "(DynUNet, 0.224)"; "compared to 58.14% for a DenseNet"
NAME_THEN_NUMBER = re.compile(r"\s*,\s*")
COMPARED_TO_BEFORE = re.compile(r"\bcompared\s+(?:to|with)\s+$", re.IGNORECASE)
FOR_NAME = re.compile(r"\s*(?:for|by|of)\s+(?:a|an|the)?\s*")
BRACKETED_GAIN = re.compile(r"\s*(?:points?\s+)?(?:absolute\s+|relative\s+)?(?:" + GAIN_NOUNS + r")\b",
                            re.IGNORECASE)
# "68%, 16% and 7%", "by 2.6 / 7.0 AP": the words between two numbers of one list
NUMBER_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|/\s*|vs\.?\s+|versus\s+)$")
# "better on DAIC+ than on DEPTALK (F1=0.70 vs 0.45)": two numbers set against each other
VERSUS_GAP = re.compile(r"^\s*(?:vs\.?|versus)\s+$")
# "+2.4% AP and +3.3% AP": each number of a list followed by the same metric word
NUMBER_LIST_GAP_WORD = re.compile(r"^\s*([^\W\d][\w-]*)\s*(?:,\s*(?:and\s+)?|and\s+)$")
# "an mIoU of 71.3% and …", "mIoU: 71.3%, …": a metric named before a list of numbers
# "42.5% and 60.8% validation accuracy on …": a word or two may qualify the metric;
# "10.2% and 5.1% absolute gains in accuracy": a gain noun names it after "in" or "of"
METRIC_AFTER_LIST = re.compile(r"\s*(?:[a-z][\w-]*\s+){0,2}|\s*(?:(?:absolute|relative|average)\s+)?(?:"
                               + GAIN_NOUNS + r")\s+(?:in|of)\s+(?:the\s+)?|\s*in\s+terms\s+of\s+(?:the\s+)?")
# "RoI AP", "BEV AP": a word that says which, before a metric of a list
QUALIFIED_METRIC = re.compile(r"[A-Za-z][\w-]{0,10}\s+")
QUALIFIED_METRIC_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)[A-Za-z][\w-]{0,10}\s+")
# "by over 9% and 7% absolute improvements in terms of recall and normalized discounted
# cumulative gain": a list of as many metrics, one for each number in order
METRICS_OPENING = re.compile(r"\s*(?:absolute\s+|relative\s+)?(?:(?:" + GAIN_NOUNS + r")\s+)?"
                             r"(?:in\s+terms\s+of|on|in|for)\s+(?:the\s+)?", re.IGNORECASE)
# "an mIoU of 71.3% and 65.0%", "accuracy improvements of …", "accuracy (94.56% and 97.37%)", "the mean
# average precision (mAP/%) of 80.08% and 49.44%": from a metric to the list of numbers it is of
# ("accuracy by absolute values of 4.20%, 5.50%, and 4.40%")
METRIC_BEFORE_LIST = re.compile(r"\s*(?:\(\s*[\w@.-]{0,12}\s*(?:/\s*)?%?\s*\)\s*)?\)?\s*(?:(?:" + GAIN_NOUNS
                                + r")\s+)?(?:of|:|=|by|\(|by\s+(?:absolute|relative)\s+(?:values?|margins?)\s+of)?\s*")
# "… mIoU on Cityscapes, ADE20K and …", "… for the", "on the validation unseen splits of", "in
# adaptation from GTA5 to" (the source named before the target): what opens the datasets of a
# list of numbers
DATASETS_OPENING = re.compile(r"\s*,?\s*(?:(?:over|than)\s+[^.,;]{0,40}?\s+)?(?:(?:in\s+(?:the\s+)?)?(?:adaptation|transfer)"
                              r"\s+from\s+[\w.-]+(?:\s+[\w.-]+)?\s+to\s+|(?:on|for|across|in|over)\s+(?:the\s+)?)"
                              r"(?:(?:validation|val|test|dev|development)\s+(?:[a-z-]+\s+)?(?:sets?|splits?)\s+of\s+(?:the\s+)?)?"
                              # "for benchmark datasets PAMAP2, DaLiAc, …", "on the four datasets, i.e., …"
                              r"(?:(?:[\w-]+\s+){0,2}?(?:datasets|benchmarks)\s*[,:]?\s+(?:i\.e\.,?\s+|namely\s+)?)?")
# "A, B, and C": the words between two names of one list
# (a short form in brackets may follow a name: "on the ShipRSImageNet (SRSIN) and FAIR1M-v1.0 datasets")
NAME_LIST_GAP = re.compile(r"^\s*(?:\(\s*[\w.-]{1,20}\s*\)\s*)?(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)?$")
# "… in Maz-5 and ASAP by 21.9% and 3.1%": the datasets of the list of numbers after them
DATASETS_THEN_BY = re.compile(r"\s*(?:datasets?|benchmarks?)?\s*,?\s*by\s+(?:up\s+to\s+)?")
RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
RESPECTIVELY_NEXT = re.compile(r"\s*,?\s*respectively\b", re.IGNORECASE)
# "94.9% and 80.2% image-level AUROC in an 8-shot scenario, respectively": said of the list after its metric
RESPECTIVE_AFTER = re.compile(r"[^.;%()]{0,40}?\brespectively\b", re.IGNORECASE)
RESPECTIVELY_SOON = re.compile(r"[^.;%()]{0,50}?,\s*respectively\b", re.IGNORECASE)
# "with Dirichlet coefficient $\alpha=0.1$", "k = 5", "(p > 0.05)": a setting of a variable or a
# test's threshold, not a score
SETTING_BEFORE = re.compile(r"(?:\\[A-Za-z]+|(?<![\w-])[A-Za-z]|[α-ωΑ-Ω])\s*(?:[=<>≤≥]|<=|>=)\s*$")
SPREAD_BEFORE = re.compile(r"(?:±|\\pm|\+/-)\s*\$?\s*$")
SPREAD_AFTER = re.compile(r"\s*(?:±|\\pm|\+/-)\s*\$?\s*\d+(?:\.\d+)?\s*%?")
# "(Section 5.1)", "Table 2": a reference to part of the paper, not a score
BENCHMARK_SCORE_GAP = re.compile(r"\s?(?:(?:average|overall|mean)\s)?", re.IGNORECASE)
REFERENCE_BEFORE = re.compile(r"\b(?:sections?|tables?|figures?|figs?\.?|equations?|eqs?\.?|chapters?)\s+$",
                              re.IGNORECASE)
# "reduces the search time by 36.5x", "a 10-fold speed-up", LaTeX's "2.8$\times$ smaller": a
# factor, not a score
FACTOR = re.compile(r"\s?(?:(?:x|×|times|-?fold)\b|\$?\\times\b)", re.IGNORECASE)
# "with 1.3M parameters", "1.6 ms latency", "0.8~ms", "7.3B": a size, a time or a count, not
# a score (but "0.65dB higher PSNR" and "3.5AP" are)
QUANTITY = re.compile(r"(?!dB|(?:" + GLUED_METRICS + r")\b)[A-Za-z]|"
                      r"\s?~?\s?(?:ms|s|secs?|seconds?|mins?|minutes?|hours?|days?|[KMGT]B|"
                      r"(?i:[GMT]?flops)|[GM]?MACs|params|parameters|tokens|epochs|layers|steps|bits?|fps|FPS)\b")
# "retain as high as 60% top-1 accuracy on ImageNet even after randomly occluding 80%": what
# is kept under a perturbation, not the benchmark's score
RETAINED_BEFORE = re.compile(r"\bretain(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}$|"
                             # "approximate the original test accuracy by 95.3%": a share of another's score
                             # (and the next of a list: ", 99.8% on Flickr")
                             r"\bapproximat\w*\b[^.;:%\d]{0,40}\bby\s+(?:[\d.]+\s?%?\s+on\s+[^.;:,\d]{1,30},?\s+(?:and\s+)?)*$",
                             re.IGNORECASE)
# "the previous record FID of 2.41", "the previous best result was 98.71": another's score (but
# "improves over the previous best by 2.1%" is a gain)
PREVIOUS_BEFORE = re.compile(r"\b(?:previous|prior|former)\b(?:(?!\bby\b)[^.;:%\d]){0,30}$", re.IGNORECASE)
# "an accuracy loss of 0.07", "a drop of 2.1 points", "a decrease in accuracy of 2.1%" (but
# "a decrease in error rate of 7%" is a gain)
LOSS_BEFORE = re.compile(r"\b(?:loss|losses|drop|drops|degradation|decrease|cost)\s+"
                         r"(?:of\s+|in\s+(?![^.;:%]{0,25}\berrors?\b)(?:[\w-]+\s+){1,3}of\s+)?"
                         r"(?:only\s+|just\s+|about\s+)?"
                         r"(?:\d+(?:\.\d+)?\s*%?\s*(?:~|-|–|to)\s*)?$", re.IGNORECASE)
# "… on the Commonsense Reasoning benchmark", "for NuImages": the name a result is on
DATASET_SLOT = re.compile(r"\s*(?:" + UNITS + r")?\s*(?:(?:" + GAIN_NOUNS + r")\s+)?"
                          r"(?:on|for)\s+(?:the\s+)?([A-Z][\w.-]*)")
TASK_SLOT = re.compile(r"\s*(?:on|for|in)\s+(?:the\s+)?(\w)")
BARE_DATASET_SLOT = re.compile(r"\s+([A-Z][\w.-]*)")
# "74% on the movie review data", "1.53 points on 7 other domains": a result on data kg may not
# know by name (but "on the test set of GLUE", "on gold data (the TiGer Treebank)" go on to name it)
DATA_SLOT = re.compile(r"\s*(?:" + UNITS + r")?\s*(?:on|for|across|over)\s+(?:the\s+)?((?:[a-z0-9][\w-]*\s+){0,3}"
                       r"(?:data|dataset|datasets|corpus|corpora|collection|test\s+set|domains?)\b)(?!\s*(?:of\b|\())")
# "1.1% average accuracy gain": a gain word after the metric
# (and "1.5 BLEU points improvement")
GAIN_AFTER_METRIC = re.compile(r"\s*(?:points?\s+)?(?:" + GAIN_NOUNS + r")\b", re.IGNORECASE)
# "1.1 BLEU higher than mBART", "0.8 FID lower than …": better than another, in the metric's direction
BETTER_AFTER_METRIC = re.compile(r"\s*(?:points?\s+)?(higher|lower|better)\s+than\b", re.IGNORECASE)
# "80.5% macro-average F1, 87.6% … LAS", "high accuracy (94.1% Dice on …)": what stands
# between a number and another's metric
CLAUSE_MARK = re.compile(r"[,;:()]")
# "(CIFAR-10, CIFAR-100, …": the words between two members of a list
LISTED_NEXT = re.compile(r"\s*(?:,|and|or)\s*(?:and\s+)?$")
# "an F1 score of 68.81 (80.8 for the WSJ test)": the words before a dataset another number has
ANOTHER_NUMBERS_DATASET = re.compile(r"[^()]*\(\s*[+\-−]?\d[^()]*$")
# "HumanEval 93.9%", "MBPP: 83.1%": a number right after the name of its benchmark
DATASET_THEN_NUMBER = re.compile(r" ?:? ?")
# "the CRF using the Viterbi path has an error rate of 0.84%", "GRPO, using reinforcement
# learning (RL) …, boosting pass@1", "Chameleon with GPT-4 achieves": the words between a name
# and what it uses ("The MSANet with the backbone of ResNet-101 achieves": a part of it)
USING_BETWEEN = re.compile(r"^\s*,?\s*(using|with)\s+(?:an?\s+|the\s+)?"
                           r"(?:(?:backbones?|encoders?|base\s+models?)\s+of\s+(?:an?\s+|the\s+)?)?$", re.IGNORECASE)
# "a precision score of 0.65 (baseline 0.55)": the baseline's score, no result
BASELINE_BEFORE = re.compile(r"\bbaselines?(?:'s)?\s*(?:of|:|=|is|was|at)?\s*$", re.IGNORECASE)
# "phrases learnt from EG data over AR data …", "the MST parser trained on Penn Chinese
# Treebank (CTB) 5.0, the classifier …": data another system learned from (but "86.3% when
# trained on CTB 5.1")
LEARNED_FROM = re.compile(r"(?<!when )\b(?:trained|learnt|learned)\s+(?:on|from|over)\s+(?:the\s+)?"
                          r"(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
# "on GTA5-to-Cityscapes", "SYNTHIA → Cityscapes": the source domain of an adaptation, not
# the data the result is measured on
SOURCE_DOMAIN = re.compile(r"-to-|\s?(?:→|->)\s?")
# "compared to ImageNet-based models": the data other models were trained on, no result's dataset
TRAINED_ON_IT = re.compile(r"-(?:based|pretrained|pre-trained|trained)\b")
# "When using the Swin Transformer backbone, …", "With a ResNet-50 backbone, …": an opening
# phrase naming a part the subject after it uses
OPENING_USING = re.compile(r"\s*(?:when\s+|while\s+|by\s+)?(?:using|with|equipped\s+with|built\s+on)\b[^,]*$",
                           re.IGNORECASE)
# "our method, based on GPT-4, outperforms …": a name in a remark on what the subject is built on
BASED_ON_ASIDE = re.compile(r",\s*(?:which\s+is\s+)?(?:based|built)\s+(?:on|upon)\s+(?:the\s+|an?\s+)?"
                            r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "Adding 15,000 Penn Treebank sentences during training leads to …": data added in training
TRAINING_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}(?:during|for|in)\s+training\b", re.IGNORECASE)


def _latex_blanked(text: str) -> str:
    """The text as the pipeline read it (`readable`), and LaTeX's math dollars blanked too:
    "achieving $3.3$ higher mAP", "from $32.5\\%$ to …", BibTeX's "3.7{\\%}" (so every offset stays)."""
    text = readable(text)
    if "$" in text or "{ %}" in text:
        return text.replace("{ %}", " %  ").replace("$", " ")
    return text


# "Further it sets new baselines … on the same datasets (68.78% and 69.40%, respectively)", "KDBoost
# further improves these metrics by 3.4%, 3.1%, and 4.9%": the sentence before's measures, again
SAID_AGAIN = re.compile(r"\b(?:these|those|the\s+same)\s+(?:metrics|measures|datasets|benchmarks)\b", re.IGNORECASE)


def results_said_again(text: str, before: list[Result], make_evidence) -> list[Result]:
    """The results of a sentence that names no metric but points back to the sentence
    before's ("on the same datasets", "these metrics") with as many numbers as that sentence
    had results: each in its place's metric, on its dataset, of its subject and kind."""
    if not before or not SAID_AGAIN.search(text):
        return []
    text = _latex_blanked(text)
    numbers = [m for m in NUMBER.finditer(text) if m.group(3) or "." in m.group(2)]
    if len(numbers) != len(before) or any(m.group(3) and m.group(3) != "%" for m in numbers) \
            or len({m.group(3) for m in numbers}) != 1:
        return []
    return [result.model_copy(update={"value": float(m.group(2).replace(",", ".")), "unit": _unit_label(m.group(3)),
                                      "evidence": make_evidence("result-said-again", 0.6)})
            for result, m in zip(before, numbers)]


def sentence_results(text: str, offset: int, mentions: list[Mention], proposed: list[Mention],
                     make_evidence, datasets_before: list[Mention] = ()) -> list[Result]:
    """Results stated in one sentence; `text` is the sentence, `offset` its start in the field;
    `datasets_before` the dataset mentions of the sentence before, in order: the one dataset it
    names may be that of a split "on the val set", and the datasets it lists those of a list of
    numbers "respectively"."""
    dataset_before = datasets_before[0] if len({m.canonical for m in datasets_before}) == 1 else None
    metrics = [m for m in mentions if m.type == "Metric"]
    if text.rstrip().endswith("?"):
        return []  # (a question claims nothing: "how can a binary network achieve … (e.g., 80%) on ImageNet?")
    if not metrics:
        return _unnamed_metric_results(text, offset, _with_datasets_of_task_names(mentions), proposed, make_evidence)
    mentions = _with_datasets_of_task_names(mentions)
    text = _latex_blanked(text)
    gain_words = set(patterns_config()["relation_cues"]["GAIN"])
    # the paper's own method or model ("our method achieves …"); a task or dataset it
    # proposes reports no score of its own
    own = next((p for p in proposed if p.type in SUBJECT_TYPES), None)
    # a benchmark the paper introduces is where its unplaced numbers are ("MMMU: A … Benchmark
    # …": "GPT-4V and Gemini Ultra only achieve accuracies of 56% and 59%")
    own_data = [p for p in proposed if p.type == "Dataset"]
    own_dataset = own_data[0] if len(own_data) == 1 and own is None else None
    out = []
    used_metrics = set()
    sole_metric = metrics[0] if len({m.canonical for m in metrics}) == 1 else None
    previous = None  # (end of the previous result's number, its kind, its subject)
    stated = None  # (the previous result's metric, where its dataset's name ends in `text`)
    said_before = None  # (where the previous result's number ends in `text`, its metric named before it)
    numbers = _numbers(text, offset, mentions)
    lists = _number_lists(text, numbers)
    respective = _respective_subjects(text, offset, mentions, lists)
    listed_datasets, list_metrics = _listed_datasets(text, offset, mentions, metrics, lists, datasets_before)
    respective_metrics = _respective_metrics(text, offset, metrics, lists)
    list_metrics.update(respective_metrics)
    for start in respective_metrics:
        if start in listed_datasets and listed_datasets[start] is None:
            # "on the Drone-RGBT dataset, HyperCounter improves the GAME(0) and RMSE metrics by 7.58% and
            # 9.71%, respectively": the list pairs with metrics, and its dataset is the sentence's
            del listed_datasets[start]
    # "8.0% and 5.4% improvements in ROUGE-2": the gain word after a list's last number is each one's
    listed_gains = {match.start() for listed in lists if len(listed) > 1
                    and GAIN_AFTER.match(text, listed[-1].end()) for match in listed}
    # "MultiNLI accuracy to 86.7% (4.6% absolute improvement)": a number in brackets right
    # after another is that one's gain, or nothing of its own
    bracketed = {b.start(): a.start() for a, b in zip(numbers, numbers[1:])
                 if NUMBER_BRACKET.fullmatch(text, a.end(), b.start())}
    made: dict[int, Result] = {}  # start of a number -> its result
    metric_of: dict[int, Mention] = {}  # start of a number -> its result's metric
    last_dataset = dataset_before  # the dataset of the sentence's last result (or the sentence before's:
    # "… experiments on the PASCAL VOC 2012 dataset. Our method achieved 67.2% mIoU on the val set")
    changed = None  # the metric a "from A to B" changes, for its B
    started = None  # the A of a "from A to B": (its value, its unit)
    list_head = {match.start(): listed[0].start() for listed in lists for match in listed[1:]}
    in_list = {match.start(): (listed, position) for listed in lists if len(listed) > 1
               for position, match in enumerate(listed)}
    for match in numbers:
        # "1.2% in AJI and 0.76% in Dice for CoNSeP, 0.7% and 0.5% for PanNuke": a list of as many
        # numbers as the metrics just stated, on a dataset of its own, is in those metrics in order
        parallel = _parallel_metric(text, offset, mentions, match, in_list, numbers, metric_of) \
            if match.start() in in_list else None
        if match.start() in bracketed:
            owner = made.get(bracketed[match.start()])
            if owner is not None and (match.group(1) == "+" or BRACKETED_GAIN.match(text, match.end())):
                out.append(owner.model_copy(update={
                    "value": float(match.group(2).replace(",", ".")), "kind": "gain",
                    "unit": _unit_label(match.group(3))}))
            continue
        twin = _gain_of_an_earlier_list(text, match, in_list, lists, made) \
            if match.start() not in listed_datasets else None
        if twin is not None:
            # "achieve 48.7%/51.1%/52.3% mIoU …, surpassing RMT-T/S/B by 0.7%/1.3%/0.3%": each gain is
            # the score's at its place in the list before, over what it surpasses
            out.append(twin.model_copy(update={"value": float(match.group(2).replace(",", ".")), "kind": "gain",
                                               "unit": _unit_label(match.group(3))}))
            continue
        baseline = _bracketed_after_name(text, offset, mentions, match) if made else None
        if baseline is not None:
            # "GFL achieves 45.0% AP …, surpassing previous state-of-the-art Cascade R-CNN (42.8%) and ATSS
            # (43.6%)": the score of the name before the bracket, in the metric and on the dataset of the
            # sentence's result before it
            before = next(reversed(made))
            out.append(made[before].model_copy(update={
                "value": float(match.group(2).replace(",", ".")), "unit": _unit_label(match.group(3)),
                "kind": "score", "subject": baseline.canonical, "subject_type": baseline.type}))
            made[match.start()], metric_of[match.start()] = out[-1], metric_of[before]
            continue
        if match.start() in respective and respective[match.start()] is None and parallel is None \
                and match.start() not in listed_datasets and match.start() not in list_metrics:
            continue  # one of a "respectively" list whose names kg cannot pair with its numbers (but
            # "by 2.6 / 7.0 AP gain, respectively" pairs them with what came before: one metric each)
        sign, number, unit = match.group(1), match.group(2), match.group(3) or ""
        start, end = offset + match.start(), offset + match.end()
        if sign in "-−" and RANGE_END.search(text, max(0, match.start() - 8), match.start()) or \
                RANGE_JOIN_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "20%-70%": the end of a range, read with its start
        # "20%-70% improvement": what follows a range follows its end
        ranged = RANGE_NEXT.match(text, match.end())
        after = NUMBER.match(text, ranged.end() - 1).end() if ranged else match.end()
        if ranged and not unit:
            unit = NUMBER.match(text, ranged.end() - 1).group(3) or ""  # "80-87% F1": the range's unit
        if not unit and (FACTOR.match(text, match.end()) or QUANTITY.match(text, match.end(2))
                         or REFERENCE_BEFORE.search(text, max(0, match.start() - 12), match.start())):
            continue
        if SETTING_BEFORE.search(text, max(0, match.start() - 12), match.start()) or \
                SPREAD_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # (nor is "87.48% ± 2.09%": the spread of the score before it)
        if any(m.rule == "metric-score" and m.type == "Dataset" and BENCHMARK_SCORE_GAP.fullmatch(
                text, match.end(), m.start - offset) for m in mentions):
            continue  # "86.4 GLUE score": the benchmark's own score, no metric kg names
        if not unit and any(m.type == "Dataset" and 0 <= start - m.end <= 2
                            and VERSION_AFTER_NAME.match(text[m.end - offset:match.start()]) for m in mentions):
            continue  # "Penn Chinese Treebank (CTB) 5.0": the dataset's version
        gain_between = GAIN_BETWEEN.search(text, max(0, match.start() - 60), match.start())
        bounded = not gain_between and BOUND_BEFORE.search(text, max(0, match.start() - 45), match.start())
        if _a_loss(text, offset, metrics, match) or not gain_between and (
                NAMED_BOUND_BEFORE.search(text, max(0, match.start() - 45), match.start())):
            continue  # "with an accuracy loss of 0.07", "an upper bound of accuracy of 77%", "between 92% and
            # 100%": neither a score nor a gain
        bound = _bound(bounded.group(0)) if bounded else "at least" if (
                OVER_BEFORE.search(text, max(0, match.start() - 8), match.start())
                and not GAIN_SOON.match(text, match.end())
                and not gain_words.intersection(text[max(0, match.start() - 30):match.start()].lower().split()[-3:])) or (
                (of_over := OF_OVER_BEFORE.search(text, max(0, match.start() - 40), match.start())) is not None
                and not re.fullmatch(GAIN_NOUNS, of_over.group(1), re.IGNORECASE)) \
            or GAIN_OVER.search(text, max(0, match.start() - 10), match.start()) else ""
        if bound is None or bound and not BOUND_VERB.search(text, 0, match.start()):
            continue  # "when SIR is smaller than 0dB", "for fixed FRR at 1%", "accuracies between …": a
            # condition; and a bound no result's verb states ("models with over 90% …")
        if not unit and "." not in number and not _whole_gain_in_terms_of(text, offset, metrics, match):
            continue  # bare integers are counts and years more often than scores
        if BASELINE_BEFORE.search(text, max(0, match.start() - 16), match.start()) or \
                PREVIOUS_BEFORE.search(text, max(0, match.start() - 40), match.start()) or \
                RETAINED_BEFORE.search(text, max(0, match.start() - 120), match.start()):
            continue
        if unit == "%" and (PROPORTION.match(text, match.end()) or PROPORTION_RANGE.match(text, match.end())
                            or DATA_SHARE.match(text, match.end())):
            continue
        if COST_AFTER.match(text, match.end()) or COST_BEFORE.search(text, max(0, match.start() - 60), match.start()):
            continue
        if sign != "+" and FROM_BEFORE.search(text, max(0, match.start() - 8), match.start()) and \
                FROM_TO.match(text, match.end()) or ARROW_TO.match(text, match.end()):
            # "raising ROC-AUC from 0.9489 (baseline) to 0.9982 and F1 from 0.8048 to 0.9746": the
            # metric before "from" is the score reached's
            changed = next((m for m in metrics if METRIC_FROM.fullmatch(text, m.end - offset, match.start())), None)
            if changed is None and previous is not None and previous[1] == "gain" \
                    and GAIN_THEN_FROM.fullmatch(text, previous[0], match.start()):
                # "a 12.1% absolute improvement in Success Rate (SR) over strong baselines (from 56.5% to
                # 68.6%)": the bracket spells out the gain before it, in its metric
                changed = metric_of[next(reversed(made))]
            started = (float(number.replace(",", ".")), unit)
            continue  # "improve PASS@100 from 35.5% to 44.5%": the score reached is the second
        value = float(number.replace(",", "."))
        from_metric, changed = changed, None
        from_value, started = started, None
        elided = False
        if match.start() in list_metrics and list_metrics[match.start()] is None:
            continue  # "…, and SBERT, respectively": in a measure kg does not know
        metric = from_metric or list_metrics.get(match.start()) or next(
            (m for m in metrics if m.start >= end and (CHANGE_IN.fullmatch(text, after, m.start - offset)
                                                       or COMPARED_METRIC.fullmatch(text, after, m.start - offset))), None) \
            or _nearest(metrics, start, end, text, offset)
        if ranged and metric is not None and any(
                m.canonical != metric.canonical and METRICS_JOINED.fullmatch(
                    text, min(m.end, metric.end) - offset, max(m.start, metric.start) - offset) for m in metrics):
            continue  # "in terms of HOTA and IDF1 … by 1.3 - 2.2": a range spread over two metrics is neither's
        if metric is not None and metric.start >= end:
            # "reduced the perplexity of sparse LLaMA-2-7B by 68.73 and increased zero-shot accuracy by …":
            # the metric a change verb names before "by" is the number's, not the next clause's
            metric = next((m for m in reversed(metrics) if m.end <= start and (
                           METRIC_CHANGED_BY.fullmatch(text, m.end - offset, match.start())
                           and CHANGE_VERB.search(text, max(0, m.start - offset - 25), m.start - offset)
                           or METRIC_VERB_BY.fullmatch(text, m.end - offset, match.start()))), metric)
        # the dataset the number follows: "CIFAR-10 (99.0%)", "(HumanEval 93.9%, MBPP 83.1%, …)"
        dataset_at_number = _bracketed_after_dataset(text, offset, mentions, match.start()) or next(
            (m for m in mentions if m.type == "Dataset" and DATASET_THEN_NUMBER.fullmatch(text, m.end - offset, match.start())),
            None)
        verb_by = GAIN_VERB_BY.search(text, max(0, match.start() - 60), match.start())
        # (and each "by" of a list: "we outperform BM25 by 44%, a plainly trained DR by 19%, …")
        improved_by = _last_change_is_a_gain(text, match.start()) and (verb_by is not None or (
            (by := BY_BEFORE.search(text, max(0, match.start() - 12), match.start())) is not None
            and _names_what_is_bettered(text, offset, mentions, by.start())))
        # "improves the previous state-of-the-art by 7% by achieving an F1 score of 0.87": the gain is in the
        # metric of the score achieved (which that score's number still has)
        achieving = verb_by is not None and metric is not None and metric.start >= end \
            and BETTERED_OBJECT.fullmatch(verb_by.group(1)) is not None \
            and BY_ACHIEVING.fullmatch(text, after, metric.start - offset) is not None
        if verb_by is not None and metric is not None and metric.start >= end and verb_by.group(1).strip() \
                and match.start() not in list_metrics \
                and not any(verb_by.start(1) <= m.start - offset < verb_by.end(1) for m in metrics) \
                and not METRIC_AFTER_LIST.fullmatch(text, after, metric.start - offset) and not achieving:
            continue  # "improves the inlier ratio by 17% ~ 30% and the registration recall by …": a gain
            # of what the verb names, not of the metric of the next clause
        # the sentence's one metric, named further back than WINDOW, holds a gain the sentence
        # says it improves ("The mean Intersection-over-Union on ISPRS Potsdam dataset is
        # improved by 0.7%; on CVPR DGLC dataset is improved by 12.28%") and a dataset's figure in
        # brackets ("state-of-the-art accuracy on … datasets such as Stanford cars (96.0%),
        # CIFAR-10 (99.0%)"), once for each, or one said after the dataset ("in terms of mAP")
        far = sole_metric is not None and metric in (None, sole_metric) and ((sole_metric.end <= start and (
            dataset_at_number is not None or improved_by or GAIN_AFTER.match(text, after) is not None
            or match.start() in listed_gains  # ("with 17%, 13%, and 9% relative improvement")
            or GAIN_OF.search(text, max(0, match.start() - 50), match.start()) is not None  # ("an increase of 4%")
            or _metric_is(text, offset, sole_metric, match)
            or PERFORMANCE_BEFORE.search(text, max(0, match.start() - 30), match.start()) is not None))
            or (sole_metric.start >= end and IN_TERMS_OF.fullmatch(text, after, sole_metric.start - offset)))
        if from_metric is not None:
            far = True  # (its metric may have been another number's)
        elif far:
            metric = sole_metric
        elif metric is None and list_head.get(match.start()) in made:
            # "surpassing LoRA by 33.52% and 36.41%": a list's later numbers take its first one's metric
            metric, far = metric_of[list_head[match.start()]], True
        # (a number a list of metrics pairs with keeps its metric, though an earlier number used it)
        reused = metric is None or (id(metric) in used_metrics and match.start() not in respective_metrics)
        if parallel is not None and reused:
            metric, far = parallel, True
        if stated is not None and reused \
                and ELIDED_GAP.fullmatch(text, stated[1], match.start()) \
                and _names_a_dataset(text, offset, mentions, match.end()):
            metric = stated[0]  # "85.1% accuracy on ImageNet and 77.2% on ImageNet-V2": said once for both
            elided = True
        elif said_before is not None and parallel is None and reused \
                and ELIDED_GAP.fullmatch(text, said_before[0], match.start()):
            metric = said_before[1]  # "a Dice score of 82.52% in fully-supervised mode and 78.63% …": the
            # metric before the first number is the second's too
            elided = True
        elif metric is None or (id(metric) in used_metrics and match.start() not in respective and not far
                                and match.start() not in listed_datasets and match.start() not in list_metrics
                                and not gain_between):  # (a range's two ends share their metric)
            continue
        if not achieving:
            used_metrics.add(id(metric))
        if _higher_is_better(metric) and REDUCED_BEFORE.search(text, max(0, match.start() - 60),
                                                                          match.start()):
            continue
        better = _better_after(text, metric, offset) if metric.start >= end else None
        if better is False:
            continue  # "0.8 WER higher than Whisper": worse than another
        if DIFFERENCE_AFTER.match(text, match.end()):
            continue  # "a 30% accuracy gap on MATH", "an up to 20% absolute drop in accuracy"
        change = GAIN_AFTER.match(text, after)
        word = change.group(1).lower() if change is not None else ""
        # "by 1.8% accuracy on ImageNet, 2.9% for face recognition, and 2.3% mIoU": the gains of one list
        listed_gain = previous is not None and previous[1] == "gain" and LIST_GAP.match(text[previous[0]:match.start()])
        if (word in DOWN_WORDS and _higher_is_better(metric)) or (
                word in UP_WORDS and not _higher_is_better(metric)):
            continue  # a loss: "an LAS just 1.5% lower than our baseline", "2% higher WER"
        # (the metric's own words are no gain word: "a mean absolute error of 0.52")
        preceding = _blanked(text, max(0, match.start() - 30), match.start(),
                             metric.start - offset, metric.end - offset).lower().split()
        # "is further improved to 86.3%": the score reached, whatever the gain word before it
        # (but "improvements up to 29%" is a gain)
        # (nor "improve … by 2 to 10 percentage points": a range of gains)
        reached = preceding[-1:] == ["to"] and preceding[-2:-1] != ["up"] and preceding[-3:-2] != ["by"]
        kind = "gain" if (sign == "+" or (not reached and _gain_word_before(preceding, gain_words))
                          or GAIN_OF.search(text, max(0, match.start() - 80), match.start())
                          or (DECREASE_OF.search(text, max(0, match.start() - 60), match.start())
                              and not _higher_is_better(metric))
                          or GAIN_IS.search(text, max(0, match.start() - 100), match.start())
                          or GAIN_AS_HIGH_AS.search(text, max(0, match.start() - 50), match.start())
                          or GAIN_RANGE.search(text, max(0, match.start() - 80), match.start()) or gain_between
                          or IMPROVES_UPON_WITH.search(text, max(0, match.start() - 90), match.start())
                          or OUTPERFORMS_BY_OF.search(text, max(0, match.start() - 80), match.start())
                          or change is not None or match.start() in listed_gains
                          or (metric.start >= end and GAIN_AFTER_METRIC.match(text, metric.end - offset))
                          or better
                          or listed_gain
                          ) else "score"
        dataset = listed_datasets[match.start()] if match.start() in listed_datasets else dataset_at_number or (
            _clause_dataset(text, offset, mentions, match.start())
            if far and improved_by and not DATASET_SLOT.match(text, match.end()) else None) or \
            _dataset_of(text, offset, mentions, start, end, metric, elided)
        # (nor the name whose score a change verb improves, nor one a metric is of, nor one added to
        # or trained with)
        subjects = [m for m in _possible_subjects(text, offset, mentions, match.start(), kind)
                    if not (kind == "gain" and metric.start >= m.end
                             and POSSESSED_METRIC.fullmatch(text, m.end - offset, metric.start - offset)
                             and CHANGE_VERB.search(text, max(0, m.start - offset - 20), m.start - offset))
                    and not any(0 < m.start - n.end <= 30 and METRIC_OF_NAME.fullmatch(text, n.end - offset, m.start - offset)
                                and any(o.type in SUBJECT_TYPES and o.end <= n.start for o in mentions) for n in metrics)
                    and not ADDED_TO_OR_TRAINED_WITH.search(text, max(0, m.start - offset - 30), m.start - offset)]
        if kind == "gain" and len(subjects) >= 2 and 0 <= metric.start - subjects[-1].end <= 1:
            # "prompt tuning … improve CLIP accuracy by 19.5 points": CLIP is what was
            # measured; the gain is the earlier method's
            subjects.pop()
        if len(subjects) >= 2 and (using := USING_BETWEEN.match(
                text[subjects[-2].end - offset:subjects[-1].start - offset])) is not None and not (
                using.group(1).lower() == "with" and own is not None and subjects[-1].canonical == own.canonical):
            subjects.pop()  # "the CRF using the Viterbi path has an error rate of 0.84%": the CRF's (but
            # "latent diffusion models with U-ViT achieve …" in U-ViT's paper: U-ViT's)
        if len(subjects) >= 2 and own is not None and subjects[-2].canonical == own.canonical \
                and OWN_PARTICIPLE_BETWEEN.fullmatch(text, subjects[-2].end - offset, subjects[-1].start - offset):
            subjects.pop()  # "an 8-bit P4Q compressed CLIP-ViT/B-32 achieves 66.94%": the paper's method's
        if len(subjects) >= 2 and FOR_BACKBONE_BEFORE.search(text, max(0, subjects[-1].start - offset - 6),
                                                              subjects[-1].start - offset) \
                and WITH_SCORE_AFTER.fullmatch(text, subjects[-1].end - offset, match.start()) \
                and YIELDS_AFTER.match(text, subjects[-2].end - offset):
            subjects.pop()  # "MixUp yields the greatest improvement … for ResNet-50 with 79.19% accuracy": the
            # backbone it was used with; the score is MixUp's
        subject = subjects[-1] if subjects else None
        if listed_gain and kind == "gain":
            subject = previous[2]  # (the list's gains are one subject's)
        if respective.get(match.start()) is not None:
            subject = respective[match.start()]  # "A, B and C … improved by 68%, 16% and 7%, respectively"
        elif subject is not None and kind == "gain" and OUR_VERB_BEFORE.search(text, 0, subject.start - offset):
            # "our method can improve the Oriented … (R-CNN) by about 1.45 mAP": what the paper's own
            # method improves is no subject of the gain
            subject = own
        elif subject is not None and OUR_TOOL_BEFORE.search(text, max(0, subject.start - offset - 60),
                                                            subject.start - offset):
            subject = own  # "our approach with ResNet-50-FPN harvests 76.25% mAP": the backbone is the tool
        elif subject is not None and (OURS.search(_without_asides(text), subject.end - offset, match.start()) or (
                own is not None and not subject.canonical.startswith(own.canonical)
                and all(subject.canonical != p.canonical for p in proposed)
                and OUR_KIND_BEFORE.search(text, max(0, subject.start - offset - 40), subject.start - offset))):
            # "…pretraining tasks yield 78.7%, our model achieves 82.6%": the paper's own result; and "our
            # manifold-aware DiT … achieving an exceptional gFID of 1.96": the paper's own kind of DiT
            subject = own
        elif subject is None and own is not None and (OWN_SENTENCE.search(text) or (
                not any(m.type in SUBJECT_TYPES for m in mentions) and (
                    kind == "gain" or (_named_before(own, mentions[0], offset) and not OTHERS_SCORE.search(text))))):
            subject = own  # (a gain no name in the sentence is said to make is the paper's method's:
            # "The mean Intersection-over-Union on ISPRS Potsdam dataset is improved by 0.7%", and so is a
            # score after the paper named its method: "The test AUC … can be up to 93.09% over CAMELYON16")
        if subject is None:
            subject = next((m for m in mentions if m.type in SUBJECT_TYPES and m.start >= end
                            and SUBJECT_AFTER.search(text, 0, m.start - offset) and not _compared(text, offset, m)),
                           None)  # (but "… over a baseline using MMR", "over the baseline pipeline using cosine
            # similarity" are no subject)
        if subject is not None and _figures_of_another_name(text, offset, subject, match.start(), mentions):
            subject = None
        subject_name = subject.canonical if subject else None
        if subject is not None and match.start() in in_list and "/" in subject.text \
                and (variants := slash_variants(subject.text.split(" ", 1)[0])) is not None \
                and len(variants[1]) == len(in_list[match.start()][0]):
            subject_name = variants[1][in_list[match.start()][1]]  # "PPMA-T/S/B models achieve
            # 48.7%/51.1%/52.3% mIoU": each number is one variant's, in order
        previous = (match.end(), kind, subject)
        stated = (metric, dataset.end - offset) if dataset is not None else None
        said_before = (match.end(), metric) if metric.end <= start else None
        if dataset is None and SPLIT_AFTER.match(text, after):
            dataset = last_dataset  # "on the Waymo Open Dataset, with 73.7% mAPH on the validation set and
            # 75.6% mAPH on the test set": a split of the dataset the sentence's results are on
        if dataset is None and kind == "score":
            dataset = own_dataset
        last_dataset = dataset or last_dataset
        unit = _unit_label(unit)
        out.append(Result(value=value, unit=unit, kind=kind, bound=bound, metric=metric.canonical,
                          dataset=dataset.canonical if dataset else None,
                          subject=subject_name,
                          subject_type=subject.type if subject else None,
                          evidence=make_evidence("result-number-metric", 0.75)))
        made[match.start()] = out[-1]
        metric_of[match.start()] = metric
        if from_value is not None and kind == "score":
            # "top-1 accuracy from 76.3% to 82.78%": the level it started from is a score too, of what
            # came before (the sentence seldom names it)
            out.append(out[-1].model_copy(update={"value": from_value[0], "unit": _unit_label(from_value[1]),
                                                  "subject": None, "subject_type": None}))
        both = BOTH_METRICS.match(text, match.end())
        if both is not None and metric.start - offset == both.end():
            # "outperforms the second-best baseline by 4%+ in both accuracy and F1 score": one
            # number, each metric's
            joined = BOTH_AND.match(text, metric.end - offset)
            second = next((m for m in metrics if m.start - offset == joined.end()), None) if joined else None
            if second is not None and second.canonical != metric.canonical:
                out.append(out[-1].model_copy(update={"metric": second.canonical}))
        if dataset is not None and dataset.start >= end and match.start() not in in_list \
                and match.start() not in listed_datasets:
            # "it boosts almost 10 points of MOTA … on BDD100K and Waymo datasets": one number, on
            # each dataset of the list after it
            joined = _joined_after(text, offset, mentions, dataset)
            clause = max(text.rfind(",", 0, match.start()), text.rfind(";", 0, match.start()))
            if joined and not any(n is not match and clause < n.start() < joined[-1].end - offset for n in numbers):
                # (but "2.4% AP and 3.3 BLEU on COCO and WMT14" pairs each number with its own)
                result = made[match.start()]
                out.extend(result.model_copy(update={"dataset": other.canonical}) for other in joined)
    return out


# "achieves 79.8% on ImageNet-1K", "by **6.1%** on MLVU test", "+2.3% on SHS100K-TEST": from a number
# that names no metric to the dataset it is on ("79.8% using ResNet-50 on …": what it used between)
UNNAMED_GAP = re.compile(r"\s*(?:(?:absolute|relative|average)\s+)?(?:(?:" + GAIN_NOUNS + r")\s+)?"
                         r"(?:(?:using|with)\s+[^,;:.()%]{1,30}?\s+)?(?:on|in|across)\s+(?:the\s+)?")
# the verbs a result follows in its sentence ("we achieve", "outperforming … by", "yields")
RESULT_VERB = re.compile(r"\b(?:" + "|".join(RESULT_STEMS + ("record",)) + r")\w*\b", re.IGNORECASE)
# the last of these, "by" or a change's word before a number says what it is: a score after SCORE_VERBS,
# nothing after CHANGE_STEMS (whose direction only a metric would tell: "decreased from 4-5% in MMLU to
# 2%"), else a gain ("outperforming … by ~1.0%")
SCORE_VERBS = ("achiev", "reach", "obtain", "attain", "yield", "record", "deliver")
CHANGE_STEMS = ("reduc", "decreas", "lower", "drop", "declin")
RESULT_CUE = re.compile(RESULT_VERB.pattern + r"|\bby\b|\b(?:" + "|".join(CHANGE_STEMS) + r")\w*", re.IGNORECASE)
UNNAMED_GAIN_AFTER = re.compile(r"\s*(?:(?:absolute|relative|average)\s+)?(?:" + GAIN_NOUNS + ")", re.IGNORECASE)


def _unnamed_metric_results(text: str, offset: int, mentions: list[Mention], proposed: list[Mention],
                            make_evidence) -> list[Result]:
    """Results of a sentence that names no metric: a percentage or points right before the known
    dataset it is on, after a result's verb ("We achieve 79.8% using ResNet-50 on ImageNet-1K",
    "improves over … methods by **6.1%** on MLVU test, **8.3%** on LVBench"). A gain when the last
    result's word before it is a gain's ("improvement", "outperforming", "by") or it has "+" or a
    gain's noun; the subject is the nearest method or model before it that is not compared with,
    else the paper's own in a "we" sentence. No bound ("over 95% on …"), no share of the data."""
    datasets = [m for m in mentions if m.type == "Dataset"]
    if not datasets:
        return []
    text = _latex_blanked(text)
    own = next((p for p in proposed if p.type in SUBJECT_TYPES), None)
    out = []
    numbers = _numbers(text, offset, mentions)
    # ("13.0% and 13.3% improvement on MATH and HumanEval, respectively": a list of numbers)
    listed = {m.start() for a, b in zip(numbers, numbers[1:]) if NUMBER_LIST_GAP.match(text[a.end():b.start()])
              for m in (a, b)}
    for match in numbers:
        sign, unit = match.group(1), match.group(3)
        if not unit or unit == "dB" or match.start() in listed:
            continue  # (a list of numbers before a list of datasets is theirs in order: not paired here)
        dataset = next((d for d in datasets if d.start - offset >= match.end()
                        and UNNAMED_GAP.fullmatch(text, match.end(), d.start - offset)), None)
        before = text[:match.start()]
        if dataset is None or not RESULT_VERB.search(before) or BOUND_BEFORE.search(before[-45:]) \
                or OVER_BEFORE.search(before[-8:]) or OF_OVER_BEFORE.search(before[-40:]) \
                or PROPORTION.match(text, match.end()):
            continue
        # ("… improvement … by **6.1%** on MLVU test, **8.3%** on LVBench": the last result's word before it)
        cue = [c.group(0).lower() for c in RESULT_CUE.finditer(before)]
        if cue[-1].startswith(CHANGE_STEMS):
            continue
        kind = "gain" if sign == "+" or UNNAMED_GAIN_AFTER.match(text, match.end()) or (
            not cue[-1].startswith(SCORE_VERBS)) else "score"
        subjects = _possible_subjects(text, offset, mentions, match.start(), kind)
        subject = subjects[-1] if subjects else None
        if subject is None and OWN_SENTENCE.search(text) or subject is not None and OURS.search(before, subject.end - offset):
            subject = own  # ("Our model achieves", "X, we reach"; but "our X achieves" is X's)
        out.append(Result(value=float(match.group(2).replace(",", ".")), unit=_unit_label(unit), kind=kind,
                          metric=None, dataset=dataset.canonical,
                          subject=subject.canonical if subject else None,
                          subject_type=subject.type if subject else None,
                          evidence=make_evidence("result-number-dataset", 0.6)))
    return out


def _numbers(text: str, offset: int, mentions: list[Mention]) -> list[re.Match]:
    """The numbers of the sentence `text`, but not the digits inside a name (GPT-4, CIFAR-10)."""
    return [match for match in NUMBER.finditer(text) if not any(m.start <= offset + match.start() < m.end
                                                                for m in mentions)]


def _possible_subjects(text: str, offset: int, mentions: list[Mention], at: int, kind: str) -> list[Mention]:
    """The methods and models before the number at `at` (in `text`) that may have achieved it: not a
    training procedure ("strategies for fine-tuning LLMs, with gains of 1.77%") nor a task's name ("a
    QA model"), not what the result is compared with ("higher PSNR than NeRF") nor, for a gain, what it
    is over ("outperforms the visual transformer (DeiT-B) by 2.3%"), not aside and not a modifier."""
    training_names = training_procedure_names()
    return [m for m in mentions if m.type in SUBJECT_TYPES and m.end <= offset + at
            and m.canonical.lower() not in training_names and m.canonical.lower() not in task_forms()
            and not _compared(text, offset, m)
            and not (kind == "gain" and BETTERED_BY.fullmatch(text, m.end - offset, at))
            and not _aside(text, offset, m, offset + at, mentions)
            and not _modifies(text, m.end - offset)]


def _joined_after(text: str, offset: int, mentions: list[Mention], first: Mention) -> list[Mention]:
    """The datasets listed right after `first` ("BDD100K and Waymo", "A, B and C"), when no number
    stands among them."""
    joined, last = [], first
    for m in mentions:
        if m.start < last.end or m.type != "Dataset":
            continue
        if not NAME_LIST_GAP.match(text[last.end - offset:m.start - offset]) or m.canonical == last.canonical:
            break
        joined.append(m)
        last = m
    return joined


# what may stand between "by" and a gain: "by up to 4%", "by about 2 points", "by a further 1.2"
_BY_QUALIFIERS = frozenset({"up", "to", "about", "around", "nearly", "almost", "approximately", "roughly", "over",
                            "more", "than", "at", "least",
                            "a", "an", "further", "only", "just", "as", "much", "significant", "substantial",
                            "considerable", "notable", "remarkable", "large", "clear", "wide"})


def _blanked(text: str, lo: int, hi: int, start: int, end: int) -> str:
    """text[lo:hi] with its characters from `start` to `end` made spaces."""
    a, b = max(lo, min(start, hi)), max(lo, min(end, hi))
    return text[lo:a] + " " * (b - a) + text[b:hi]


def _better_after(text: str, metric: Mention, offset: int) -> bool | None:
    """Whether the words after a number's metric say it is better than another's: "1.1 BLEU
    higher than mBART" (for a metric where higher is better), "0.8 FID lower than" (lower), or
    worse ("0.8 WER higher than"); None when they compare nothing."""
    said = BETTER_AFTER_METRIC.match(text, metric.end - offset)
    if said is None:
        return None
    word = said.group(1).lower()
    return word == "better" or (word == "higher") == _higher_is_better(metric)


def _gain_word_before(preceding: list[str], gain_words: set[str]) -> bool:
    """One of the three words before a number says it is a gain ("improves accuracy by 3%",
    "a relative 4.1"); "by" only when what follows it qualifies the number ("by up to 4%"), not
    in "the best accuracies achieved by language are 81.9%"."""
    last = preceding[-4:] if preceding[-3:] == ["as", "much", "as"] or preceding[-2:] in (["more", "than"], ["at", "least"]) \
        else preceding[-3:]  # "by as much as 5.4%", "by more than 5%"
    return any(w in gain_words and (w != "by" or all(x in _BY_QUALIFIERS or x[:1].isdigit() for x in last[i + 1:]))
               for i, w in enumerate(last))  # (and "by 2 to 10 points": a range of gains)


def _unit_label(unit: str | None) -> str:
    """A number's unit as a Result writes it: "%", "dB" (decibels: "4dB higher PSNR"), "points"
    (any spelling of points) or none."""
    return unit if unit in ("%", "dB") else ("points" if unit else "")


def _names_a_dataset(text: str, offset: int, mentions: list[Mention], at: int) -> bool:
    """A Dataset's name follows `at` ("on ImageNet-V2", "for the COCO benchmark"), or a task's ("2.9%
    for face recognition", a gain on another task in the metric said before)."""
    slot = DATASET_SLOT.match(text, at) or TASK_SLOT.match(text, at)
    if slot is None and (bare := BARE_DATASET_SLOT.match(text, at)) is not None:
        # "(97.98% ShanghaiTech, 87.12% UCF-Crime)": each figure, then its dataset
        return any(m.type == "Dataset" and m.start == offset + bare.start(1) for m in mentions)
    return slot is not None and any(m.type in ("Dataset", "Task") and m.start == offset + slot.start(1)
                                    for m in mentions)


# ", which is based on the blackbox commercial ": a relative clause the name stands in
RELATIVE_ASIDE = re.compile(r",\s*(?:which|that|who)\b[^,;.()]*$", re.IGNORECASE)


def _aside(text: str, offset: int, m: Mention, number: int, mentions: list[Mention]) -> bool:
    """A name that achieved nothing the number says: one across a colon or semicolon ("… to
    that of Moses: on the NIST05 test set, L-Hiero achieves 25.1"), one inside a remark in
    parentheses ("(also released as a modification to GIZA++) … improvements of +1.4"), or
    one modifying a task ("improves distantly supervised relation extraction, boosting
    recall to 61.2%")."""
    between = text[m.end - offset:number - offset]
    if ";" in between or ":" in between:
        return True
    if "," in between and OPENING_USING.match(text, 0, m.start - offset):
        return True  # "When using the Swin Transformer backbone, MS-STS VIS achieves …": a part
    if "," in between and BASED_ON_ASIDE.search(text, max(0, m.start - offset - 40), m.start - offset):
        return True  # "our method, based on GPT-4, outperforms …": what the method is built on
    if "," in between and RELATIVE_ASIDE.search(text, max(0, m.start - offset - 80), m.start - offset):
        return True  # "Our objective, which combines future prediction and data augmentation, achieves
        # …": what a relative clause says of the name before it
    opened = text.rfind("(", 0, m.start - offset)
    if opened != -1 and ")" not in text[opened:m.start - offset] and ")" in between \
            and re.search(r"\w", text[opened + 1:m.start - offset]):
        return True
    return any(t.type == "Task" and 0 <= t.start - m.end <= 1 for t in mentions)


def _without_asides(text: str) -> str:
    """`text` with what its brackets hold blanked, offsets kept: "ALDI++ outperforms … (where ours
    is the only method to …), and +2.0 AP50" says no "ours" of the result after it."""
    if "(" not in text:
        return text
    return re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), text)


def _last_change_is_a_gain(text: str, number: int) -> bool:
    """The last verb of a change before the number is a gain's: "improves the Top-1 accuracy by
    3.2% to 6.1% while reducing the forgetting rate by 2.6%" makes the 2.6% no gain in accuracy."""
    last = None
    for last in CHANGE_VERB.finditer(text, 0, number):
        pass
    return last is not None and last.group(1).lower() in GAIN_VERB_STEMS


def _names_what_is_bettered(text: str, offset: int, mentions: list[Mention], by: int) -> bool:
    """The words before a list item's "by" name what was bettered, a name or a metric ("we
    outperform BM25 by 44%, a plainly trained DR by 19%, docT5query by 11%"), not another
    measure ("improves TruthfulQA accuracy by 12 points and misinformation rejection by 30
    points") nor nothing ("…, by over 10% for nearly all ranking metrics")."""
    words = BETTERED.search(text, max(0, by - 60), by) or BETTERED.search(text, max(0, by - 90), by)
    if words is None or not words.group(1):
        return False
    lo, hi = words.start(1), words.end(1)
    return any(lo <= m.start - offset < hi for m in mentions if m.type in SUBJECT_TYPES or m.type == "Metric") \
        or any(looks_named(w) for w in words.group(1).split()) \
        or OUTPERFORMING.match(words.group(1)) is not None  # "…, outperforming the baseline by 3.2 points"


TERMS_OF_AFTER = re.compile(r"\s*in\s+terms\s+of\s+(?:the\s+)?")


def _whole_gain_in_terms_of(text: str, offset: int, metrics: list[Mention], match: re.Match) -> bool:
    """A whole number that is a gain in a metric named right after it: "an absolute gain of 25 in
    terms of Fréchet inception distance (FID)" (other whole numbers are counts and years)."""
    terms = TERMS_OF_AFTER.match(text, match.end())
    return terms is not None and GAIN_OF.search(text, max(0, match.start() - 80), match.start()) is not None \
        and any(0 <= m.start - offset - terms.end() <= 35 for m in metrics)


# from the last of a list of metrics to the numbers they are: "… and RMSE are 0.96, 7.21 and 13.00"
# (or "precision and recall scores of 0.8877 and 0.8809 respectively")
METRICS_ARE = re.compile(r"\s*\)?\s*(?:(?:scores?|values?|rates?)\s+of|are|were|is|was|of|:|=)\s*")
# between two lists of numbers in the same metrics: ", and " after what the first list was for
PARALLEL_LIST = re.compile(r",?\s+and\s+$")


def _respective_metrics(text: str, offset: int, metrics: list[Mention],
                        lists: list[list[re.Match]]) -> dict[int, Mention]:
    """The metric of each number of a list that as many metrics, named together before it, pair
    in order, keyed by the number's start in `text`: a "respectively" list ("in RMSE, R^2, and SRCC
    metrics, with average improvements of 6.89%, 21.04%, and 8.15%, respectively"), a list the
    metrics "are" ("MAE and RMSE are 0.21 and 0.25"), and a list of as many after a paired one, with
    no metric between ("… for emission wavelength prediction, and 0.81, 0.11 and 0.15 for …")."""
    out: dict[int, Mention] = {}
    paired, paired_end = None, 0  # the metrics the list before paired with, and where that list ends
    for listed in lists:
        n = len(listed)
        if n < 2:
            continue
        named = [m for m in metrics if m.end - offset <= listed[0].start()][-n:]
        joined = len(named) == n and len({m.canonical for m in named}) == n and all(
            METRICS_JOINED.fullmatch(text, a.end - offset, b.start - offset) for a, b in zip(named, named[1:]))
        if joined and (RESPECTIVELY_SOON.match(text, listed[-1].end())
                       or METRICS_ARE.fullmatch(text, named[-1].end - offset, listed[0].start())):
            # (or said right before the numbers: "(R^2), mean absolute error (MAE), and root mean square
            # error (RMSE) are 0.96, 7.21 nm and 13.00 nm")
            paired, paired_end = named, listed[-1].end()
        elif not (paired is not None and len(paired) == n and PARALLEL_LIST.search(text, paired_end, listed[0].start())
                  and not any(paired_end <= m.start - offset < listed[0].start() for m in metrics)):
            continue  # (but a list of as many after it, with no metric between, pairs the same way: "…
            # for emission wavelength prediction, and 0.81, 0.11 and 0.15 for PL quantum yield prediction")
        out.update({match.start(): metric for match, metric in zip(listed, paired)})
        paired_end = listed[-1].end()
    return out


def _gain_of_an_earlier_list(text: str, match: re.Match, in_list: dict, lists: list[list[re.Match]],
                             made: dict[int, Result]) -> Result | None:
    """The score whose gain the number at `match` is: the number is at place k of a list after
    "by" ("surpassing RMT-T/S/B by 0.7%/1.3%/0.3%") and a list of as many numbers before it, all
    read as scores, holds that score at place k; or the one score before it ("achieving 48.7%
    Top-1 accuracy … outperforming … NRR-DD and DELT, by 2.6% and 2.9%, respectively")."""
    if match.start() not in in_list:
        return None
    listed, place = in_list[match.start()]
    if not BY_BEFORE.search(text, max(0, listed[0].start() - 20), listed[0].start()):
        if GAIN_OF.search(text, max(0, listed[0].start() - 50), listed[0].start()) \
                and RESPECTIVELY_NEXT.match(text, listed[-1].end()):
            # "We achieve 46.2 mAP and 55.5 NDS on …, with a gain of 2.7 and 2.1 points, respectively":
            # the scores the sentence made before, one for each
            scores = [r for at, r in made.items() if at < listed[0].start() and r.kind == "score"]
            return scores[place] if len(scores) == len(listed) else None
        return None
    earlier = next((other for other in reversed(lists) if other[-1].end() <= listed[0].start()), None)
    if earlier is None or len(earlier) not in (1, len(listed)) or \
            not all(m.start() in made and made[m.start()].kind == "score" for m in earlier):
        return None
    return made[earlier[place if len(earlier) > 1 else 0].start()]


def _with_datasets_of_task_names(mentions: list[Mention]) -> list[Mention]:
    """The mentions, and the curated dataset a task's name opens with as a dataset of its own:
    "84.1% top-1 accuracy on ImageNet classification", "mIoU on the ADE20K semantic segmentation
    task" are on ImageNet and ADE20K (the task's name stays one entity)."""
    forms = curated_forms("Dataset")
    found = [m.model_copy(update={"type": "Dataset", "end": m.start + len(first), "text": first,
                                  "canonical": forms[first]})
             for m in mentions if m.type == "Task" and m.rule == "name-head-noun"
             and (first := m.text.split(" ", 1)[0]) in forms]
    return sorted(mentions + found, key=lambda m: (m.start, m.type != "Dataset")) if found else mentions


def _modifies(text: str, end: int) -> bool:
    """The name ending at `end` is glued to a modifier's suffix: "transformer-based WSSS models",
    "BERT-style encoders" (rules.json "modifier_suffixes") describe other things."""
    return text[end:end + 1] == "-" and text[end + 1:end + 12].split(" ", 1)[0].strip(",.;:)").lower() \
        in modifier_suffixes()


def _compared_before(text: str, at: int) -> bool:
    """A comparison ends right before `at` ("outperforms ResNet, ViT and …"), but not one that
    opens the sentence or a clause and its comma closes: "Compared to existing PPTs, PLPDP
    improves …", "results show that, compared to state-of-the-art methods, HASTNet achieves …"."""
    return COMPARED_BEFORE.search(text, max(0, at - 40), at) is not None \
        and OPENING_COMPARISON.search(text, max(0, at - 100), at) is None


def _compared(text: str, offset: int, m: Mention) -> bool:
    """The name is what a result is compared with ("higher PSNR than NeRF"), or what that uses ("over
    the baseline pipeline using cosine similarity"), or what an attack scoring it targets ("mislead
    Bard … with a 22% success rate")."""
    at = m.start - offset
    using = SUBJECT_AFTER.search(text, max(0, at - 12), at)
    return _compared_before(text, at) \
        or ATTACKED_BEFORE.search(text, max(0, at - 30), at) is not None or (
        using is not None and _compared_before(text, using.start()))


def _bracketed_after_name(text: str, offset: int, mentions: list[Mention], match: re.Match) -> Mention | None:
    """The method or model whose score, compared with the one before it, a number holds: in a
    bracket right after its name ("surpassing … Cascade R-CNN (42.8%)"), after its name in a
    bracket ("outperforming a fully supervised 3D baseline (DynUNet, 0.224)") or before it after
    "compared to" ("a FAR of 48.13% … compared to 58.14% for a DenseNet"). A percentage or a
    decimal, no gain."""
    if match.group(1) or not (match.group(3) == "%" or (not match.group(3) and "." in match.group(2))):
        return None
    if BRACKET_CLOSE.match(text, match.end()):
        return next((m for m in mentions if m.type in SUBJECT_TYPES and (
            NUMBER_BRACKET.fullmatch(text, m.end - offset, match.start())
            or NAME_THEN_NUMBER.fullmatch(text, m.end - offset, match.start())
            and text[:m.start - offset].rstrip().endswith("("))), None)
    if COMPARED_TO_BEFORE.search(text, max(0, match.start() - 20), match.start()):
        return next((m for m in mentions if m.type in SUBJECT_TYPES
                     and FOR_NAME.fullmatch(text, match.end(), m.start - offset)), None)
    return None


def _clause_dataset(text: str, offset: int, mentions: list[Mention], number: int) -> Mention | None:
    """The last dataset named before the number at `number` in its clause (from the last
    semicolon): "; on CVPR DGLC dataset is improved by 12.28%"."""
    clause = text.rfind(";", 0, number) + 1
    return next((m for m in reversed(mentions) if m.type == "Dataset" and clause <= m.start - offset
                 and m.end - offset <= number), None)


def _bracketed_after_dataset(text: str, offset: int, mentions: list[Mention], number: int) -> Mention | None:
    """The dataset whose name the number at `number` follows in brackets: "CIFAR-10 (99.0%)"."""
    opened = text.rfind("(", 0, number)
    if opened == -1 or not DATASET_BRACKET.fullmatch(text, opened - 1 if opened else 0, number) and \
            not DATASET_BRACKET.fullmatch(text, opened, number):
        return None
    return next((m for m in mentions if m.type == "Dataset" and 0 <= opened - (m.end - offset) <= 1), None)


def _figures_of_another_name(text: str, offset: int, subject: Mention, number: int,
                             mentions: list[Mention]) -> bool:
    """A number in parentheses right after a name kg does not know states that name's
    figures, not the subject's: "EfficientFormer … runs as fast as MobileNetV2x1.4 (1.6 ms,
    74.7% top-1)" (but "ULIP-2 achieves … on ModelNet40 (74% Top1 Accuracy)")."""
    opened = text.rfind("(", subject.end - offset, number)
    if opened == -1 or ")" in text[opened:number]:
        return False
    before = text[subject.end - offset:opened].rstrip()
    words = before.split()
    word = words[-1] if words else ""
    at = subject.end + len(before) - 1  # the word's last character
    return looks_named(word) and not any(m.start <= at < m.end for m in mentions)


def _parallel_metric(text: str, offset: int, mentions: list[Mention], match: re.Match, in_list: dict,
                     numbers: list[re.Match], metric_of: dict[int, Mention]) -> Mention | None:
    """The metric of a listed number whose list stands for the results just before it: as many
    numbers, each with a metric of its own, and the list followed by its dataset ("1.2% in AJI
    and 0.76% in Dice for CoNSeP, 0.7% and 0.5% for PanNuke": 0.5 is in Dice)."""
    listed, position = in_list[match.start()]
    slot = DATASET_SLOT.match(text, listed[-1].end())
    if slot is None or not any(m.type == "Dataset" and m.start - offset == slot.start(1) for m in mentions):
        return None
    first = next(i for i, number in enumerate(numbers) if number.start() == listed[0].start())
    earlier = numbers[first - len(listed):first] if first >= len(listed) else []
    metrics = [metric_of.get(number.start()) for number in earlier]
    if not earlier or None in metrics or len({m.canonical for m in metrics}) < len(listed):
        return None
    return metrics[position]


def _number_lists(text: str, numbers: list[re.Match]) -> list[list[re.Match]]:
    """The numbers in runs of one list each ("68%, 16% and 7%"); a number on its own is a run of one."""
    lists: list[list[re.Match]] = []
    for match in numbers:
        if lists and _list_gap(text, lists[-1][-1], match):
            lists[-1].append(match)
        else:
            lists.append([match])
    return lists


def _list_gap(text: str, previous: re.Match, match: re.Match) -> bool:
    """The words between two numbers join them in one list: "68%, 16% and 7%", or the same
    metric word after each ("+2.4% AP and +3.3% AP")."""
    gap = text[previous.end():match.start()]
    if NUMBER_LIST_GAP.match(gap):
        return True
    worded = NUMBER_LIST_GAP_WORD.match(gap)
    return worded is not None and re.compile(r"\s*" + re.escape(worded.group(1)) + r"\b").match(
        text, match.end()) is not None


def _listed_datasets(text: str, offset: int, mentions: list[Mention], metrics: list[Mention],
                     lists: list[list[re.Match]], listed_before: list[Mention] = ()
                     ) -> tuple[dict[int, Mention], dict[int, Mention]]:
    """The datasets of the numbers of a list that a list of as many datasets follows, in
    order ("71.3%, 65.0%, and 60.5% mIoU on Cityscapes, ADE20K and Pascal VOC", with or
    without "respectively"), and the one metric they share (after the last number or before
    the first: "an mIoU of 71.3% and 65.0% on …"), each keyed by the number's start in `text`.
    A list whose datasets are fewer or more pairs none. In a sentence naming no dataset, a
    list "respectively" pairs with the datasets the sentence before lists (`listed_before`)."""
    datasets: dict[int, Mention | None] = {}
    shared: dict[int, Mention] = {}
    names = [m for m in mentions if m.type == "Dataset" and not SOURCE_DOMAIN.match(text, m.end - offset)]
    for listed in lists:
        if len(listed) < 2:
            continue
        first, last = listed[0], listed[-1]
        # "7.6%, 7.4%, and 10.5% in AUC, AUPR, and F1-score, respectively": as many metrics after the
        # list, one for each number, before the first of them is taken for all
        metrics_after = _metrics_listed_after(text, offset, metrics, mentions, last.end())
        metric = None if len(metrics_after) == len(listed) else next((m for m in metrics if 0 <= m.start - offset - last.end() <= 32
                       and METRIC_AFTER_LIST.fullmatch(text, last.end(), m.start - offset)), None) or next(
            (m for m in metrics if 0 <= first.start() - (m.end - offset) <= 30
             and METRIC_BEFORE_LIST.fullmatch(text, m.end - offset, first.start())), None) or next(
            (m for m in reversed(metrics) if m.end - offset <= first.start() and _metric_is(text, offset, m, first)), None)
        if metric is None and not names and len(listed_before) == len(listed) and len({m.canonical for m in metrics}) == 1 \
                and metrics[0].end - offset <= first.start() and RESPECTIVELY_NEXT.match(text, last.end()):
            # "It achieves the highest average Dice score on each dataset, outperforming the second-best
            # method by 1.02%, 1.22%, 0.06%, and 0.06%, respectively": the sentence's one metric, on each
            # dataset the sentence before lists
            metric = metrics[0]
        if metric is None and RESPECTIVELY_NEXT.match(text, last.end()):
            # "PLPDP improves the F1 score for beat tracking in Maz-5 and ASAP by 21.9% and 3.1%,
            # respectively": the metric, then as many datasets, then "by" the list
            run = _name_run_before(text, offset, [m for m in names if m.end - offset <= first.start()], len(listed))
            measured = next((m for m in reversed(metrics) if run and m.end <= run[0].start
                             and run[0].start - m.end <= 45), None) \
                if run and DATASETS_THEN_BY.fullmatch(text, run[-1].end - offset, first.start()) else None
            if measured is not None:
                datasets.update((match.start(), m) for match, m in zip(listed, run))
                shared.update((match.start(), measured) for match in listed)
                continue
        if metric is None:
            paired = metrics_after
            if len(paired) == len(listed):
                shared.update((match.start(), m) for match, m in zip(listed, paired))
                run = _name_run_before(text, offset, [m for m in names if m.end - offset <= first.start()], len(listed))
                if run and RESPECTIVELY.search(text, last.end()):
                    # "outperforming … in the VoD and TJ4DRadSet datasets by 6.53% and 2.03% in RoI AP and
                    # BEV AP, respectively": a dataset and a metric for each
                    datasets.update((match.start(), m) for match, m in zip(listed, run))
            continue
        slot = DATASETS_OPENING.match(text, max(last.end(), metric.end - offset))
        found = [m for m in names if slot is not None and m.start - offset == slot.end()]
        for m in names:
            if found and m.start > found[-1].end and NAME_LIST_GAP.match(text[found[-1].end - offset:m.start - offset]):
                found.append(m)
        if not found and (RESPECTIVELY_NEXT.match(text, last.end())
                          or RESPECTIVELY_SOON.match(text, max(last.end(), metric.end - offset))):
            # "Experiments on EMO-DB and IEMOCAP database obtain the UAR of 87.86 and 68.50%,
            # respectively": the datasets named before, when no other dataset stands between
            before = [m for m in names if m.end - offset <= min(first.start(), metric.start - offset)]
            found = _name_run_before(text, offset, before, len(listed))
            if not found and len(before) == len(listed) == len({m.canonical for m in before}) \
                    and not any(m.type == "Dataset" and m.start - offset >= last.end() for m in names):
                # "evaluated CAMIL on subtyping … (TCGA-NSCLC) and detecting lymph node (CAMELYON16 and
                # CAMELYON17) metastasis, achieving test AUCs of 97.5%, 95.9%, and 88.1%, respectively":
                # the sentence's datasets, as many as the numbers and all before them, in order
                found = before
            if not names and len(listed_before) == len(listed):
                # "The network is tested on … PASCAL-5i 1-shot, PASCAL-5i 5-shot, COCO-20i 1-shot, and
                # COCO-20i 5-shot. The MSANet … achieves … mIoU of 69.13%, 73.99%, 51.09%, 56.80%, respectively."
                found = list(listed_before)
        if not found:
            # "by 3.7% and 3.6% mAPs for object detection and instance segmentation", "a grasp
            # success rate of 83.6%, 86.3%, and 97.8% in the cluttered, … scenarios": the metric of a
            # list no datasets follow is each number's
            shared.update((match.start(), metric) for match in listed)
            respectively = RESPECTIVELY.search(text, last.end())
            if respectively is not None and len([m for m in mentions if m.type not in ("Dataset", "Metric") and last.end() <= m.start - offset
                                                 < respectively.start()]) != len(listed):
                # "on MUC-6 and MUC-7 English NE tasks achieves F-measures of 96.6% and 94.1%
                # respectively": each on a dataset kg cannot pair it with, so on none (but "On MSCOCO,
                # … by 3.7% and 3.6% mAPs for object detection and instance segmentation,
                # respectively" pairs them with tasks, and "by 3.1% and 2.2% over ResNet and ViT,
                # respectively" with the names bettered, both on the sentence's dataset)
                datasets.update((match.start(), None) for match in listed)
        if not found and len(listed) == 2 and VERSUS_GAP.match(text[first.end():last.start()]):
            # "Text models perform better on DAIC+ than on DEPTALK (F1=0.70 vs 0.45)": the two
            # datasets just named, in order
            before = [m for m in names if m.end - offset <= first.start()]
            found = before[-2:] if len(before) >= 2 and before[-2].canonical != before[-1].canonical else []
        if len(found) == 1 and not RESPECTIVE_AFTER.match(text, found[0].end - offset):
            found = found * len(listed)  # "98.2%, 96.5%, and 89.7% on CASIA-B under different conditions" (but
            # "73.30% and 74.12%, on TERRA-CD and SECOND datasets respectively" pairs with two names, one unknown)
        if len(found) != len(listed):
            continue
        for match, dataset in zip(listed, found):
            datasets[match.start()] = dataset
            shared[match.start()] = metric
    return datasets, shared


def _metrics_listed_after(text: str, offset: int, metrics: list[Mention], mentions: list[Mention],
                          at: int) -> list[Mention | None]:
    """The metrics listed right after `at` ("… in terms of recall and NDCG"), in order. A list
    of two or more that a name of another type ends, before "respectively", has a None for it:
    "by 14.49%, …, and 12.94% in terms of BLEU, METEOR, ROUGE-L, and SBERT, respectively"
    (SBERT, a model to kg, names a measure there that kg does not know)."""
    opening = METRICS_OPENING.match(text, at)
    if opening is None:
        return []
    # (each may have a word before it that says which: "in RoI AP and BEV AP")
    run = [m for m in metrics if m.start - offset == opening.end()
           or QUALIFIED_METRIC.fullmatch(text, opening.end(), m.start - offset)][:1]
    for m in metrics:
        if run and m.start > run[-1].end and (
                NAME_LIST_GAP.match(text[run[-1].end - offset:m.start - offset])
                or QUALIFIED_METRIC_NEXT.fullmatch(text, run[-1].end - offset, m.start - offset)):
            run.append(m)
    if len(run) >= 2:
        last = next((m for m in mentions if m.type != "Metric" and m.start > run[-1].end
                     and NAME_LIST_GAP.match(text[run[-1].end - offset:m.start - offset])), None)
        if last is not None and RESPECTIVELY_NEXT.match(text, last.end - offset):
            return [*run, None]
    return run


def _name_run_before(text: str, offset: int, names: list[Mention], count: int) -> list[Mention]:
    """The last run of `count` names joined as a list ("SLoRA and NLoRA") among `names`, if
    the last name ends one."""
    paired = names[-1:]
    for m in reversed(names[:-1]):
        if len(paired) == count or not NAME_LIST_GAP.match(text[m.end - offset:paired[0].start - offset]):
            break
        paired.insert(0, m)
    return paired if len(paired) == count else []


def _sole_subject(text: str, offset: int, names: list[Mention]) -> Mention | None:
    """The one name among `names`, those before a comparison, that is not compared with, if there is
    one: X-Net in "X-Net outperforms ResNet, ViT and Swin …"."""
    before = [m for m in names if not _compared_before(text, m.start - offset)]
    return before[0] if len({m.canonical for m in before}) == 1 else None


def _respective_subjects(text: str, offset: int, mentions: list[Mention],
                         lists: list[list[re.Match]]) -> dict[int, Mention | None]:
    """The subject of each number of a list that pairs with a list of as many names before
    it ("Fourier Neural Operator and Message Passing PDE Solver accuracy is improved by 16% and
    7%, respectively", "SLoRA and NLoRA achieve accuracies of 56.48% and 57.70%"; but not the
    names after a comparison: "surpassing LoRA and DoRA by 3% and 4%"), keyed by the number's
    start in `text`. When "respectively" follows a list whose names kg cannot pair, None for
    each of its numbers."""
    out: dict[int, Mention | None] = {}
    for listed in lists:
        if len(listed) < 2:
            continue
        names = [m for m in mentions if m.type in SUBJECT_TYPES and m.end - offset <= listed[0].start()]
        paired = _name_run_before(text, offset, names, len(listed))
        if not paired:
            while names and _compared_before(text, names[-1].start - offset):
                names.pop()  # "SLoRA and NLoRA achieve accuracies of 56.48% and 57.70%, surpassing LoRA by
                # 33.52% and 36.41%": what was surpassed is no subject; the run before holds them (but
                # "surpassing LoRA and DoRA by 33.52% and 36.41%" pairs the gains with what they are over)
            paired = _name_run_before(text, offset, names, len(listed))
        if paired and not _compared_before(text, paired[0].start - offset):
            out.update((match.start(), name) for match, name in zip(listed, paired))
        elif paired:
            # "surpassing LoRA and DoRA by 33.52% and 36.41%": a gain over each, whose subjects the
            # sentence does not pair, unless it names one ("X-Net outperforms ResNet, ViT and Swin by
            # 1.2%, 2.3% and 3.4%, respectively": each X-Net's)
            sole = _sole_subject(text, offset, [m for m in names if m.end <= paired[0].start])
            out.update((match.start(), sole) for match in listed)
        elif (respectively := RESPECTIVELY.search(text, listed[-1].end())) is not None and len(
                [m for m in mentions if m.type == "Task"
                 and listed[-1].end() <= m.start - offset < respectively.start()]) != len(listed):
            # (but "by 3.7% and 3.6% mAPs for object detection and instance segmentation,
            # respectively" pairs the numbers with tasks, and their subject is the sentence's; and
            # "DART outperforms the baseline models (Voxelmorph, ViT-V-Net, and MAE-TransRNet) … with
            # 17%, 13%, and 9% relative improvement, respectively" are DART's gains over each)
            verb = next(reversed(list(OUTPERFORMING.finditer(text, 0, listed[0].start()))), None)
            sole = _sole_subject(text, offset, [m for m in names if m.end - offset <= verb.start()]) \
                if verb is not None else None
            out.update((match.start(), sole) for match in listed)
    return out


def _dataset_of(text: str, offset: int, mentions: list[Mention], start: int, end: int,
                metric: Mention, elided: bool = False) -> Mention | None:
    """The dataset of the number at start..end: the first named after its metric ("79.2%
    zero-shot accuracy on ImageNet"), else one between the number and a metric after it
    ("73.9% ImageNet top-1 accuracy"), else the nearest before the number ("On GSM8K, SLoRA
    achieves 56.48%"). None when the name right after it ("on/for X") is one kg does not
    know: "7.06 mAP for NuImages and 12.9 mAP for COCO" leaves COCO to the 12.9, and "74% on
    the movie review data" leaves the dataset named next to the result after it."""
    mentions = [m for m in mentions if m.type != "Dataset" or not (
        _added_in_training(text, offset, m) or SOURCE_DOMAIN.match(text, m.end - offset)
        or TRAINED_ON_IT.match(text, m.end - offset) or _where_a_name_comes_from(text, offset, mentions, m))]
    if metric.end <= start:
        # "MultiNLI accuracy to 86.7%", "SQuAD v1.1 question answering Test F1 to 93.2": the
        # dataset written just before the metric, only words between
        adjacent = [m for m in mentions if m.type == "Dataset" and 0 <= metric.start - m.end <= 30
                    and WORDS_ONLY.fullmatch(text, m.end - offset, metric.start - offset)]
        if adjacent:
            return adjacent[-1]
        # "Entity F1 on VoxPopuli2SLUE increases 3.4%": the dataset the metric is said on, before the number
        slot = DATASET_SLOT.match(text, metric.end - offset)
        named = slot and next((m for m in mentions if m.start == offset + slot.start(1) and m.type == "Dataset"
                               and m.end <= start), None)
        if named is not None and not elided and not NUMBER.search(text, named.end - offset, start - offset):
            return named  # (but "1.8% accuracy on ImageNet, 2.9% for face recognition": the 1.8%'s metric)
    after_metric = max(end, metric.end)
    slot = DATASET_SLOT.match(text, after_metric - offset)
    if slot is not None:
        name_at = offset + slot.start(1)
        named = next((m for m in mentions if m.start <= name_at < m.end), None)
        if named is not None and named.type in SUBJECT_TYPES:
            # "distills ImageNet-1K …, achieving 48.7% Top-1 accuracy on ResNet-18": the network the
            # score is measured with; the data are the one dataset the sentence names
            datasets = {m.canonical: m for m in mentions if m.type == "Dataset"}
            return next(iter(datasets.values())) if len(datasets) == 1 else None
        if named is None or named.type != "Dataset":
            return None  # (or one kg takes for a task: "on the Commonsense Reasoning benchmark")
        return named
    slot = DATA_SLOT.match(text, after_metric - offset)
    if slot is not None:
        # "74% on the movie review data and 71% on the multi-domain sentiment dataset": the
        # 74% is on data kg has no name for, not on the dataset named further on (and "an
        # average improvement of 2.50% mIoU across nine datasets" on none of them)
        name_at, name_end = offset + slot.start(1), offset + slot.end(1)
        return next((m for m in mentions if m.type == "Dataset" and name_at <= m.start < name_end), None)
    after = [m for m in mentions if m.type == "Dataset" and m.start >= after_metric]
    if elided and (slot := TASK_SLOT.match(text, end - offset)) is not None \
            and any(m.type == "Task" and m.start == offset + slot.start(1) for m in mentions):
        # "2.29 in image generation on ImageNet, and 5.48 in text-to-image generation on MS-COCO": on the dataset
        # after the task; but "by 1.8% accuracy on ImageNet, 2.9% for face recognition, and 2.3% mIoU on
        # Cityscapes": a gain on another task, on no dataset named
        return after[0] if after and not NUMBER.search(text, end - offset, after[0].start - offset) else None
    if after and not ANOTHER_NUMBERS_DATASET.match(text, after_metric - offset, after[0].start - offset):
        if len(after) > 1 and text[after[0].start - offset - 1:after[0].start - offset] == "(" \
                and LISTED_NEXT.match(text, after[0].end - offset, after[1].start - offset):
            return None  # "gains ranging from 10%-24% … on standard benchmarks (CIFAR-10, CIFAR-100,
            # ImageNet1K)": a number for a list, no one dataset's
        return after[0]  # (but "an F1 score of 68.81 (80.8 for the WSJ test)": WSJ is the 80.8's)
    inside = [m for m in mentions if m.type == "Dataset" and end <= m.start and m.end <= metric.start]
    if inside:
        return inside[-1]
    before = [m for m in mentions if m.type == "Dataset" and m.end <= start]
    return before[-1] if before else None


def _a_loss(text: str, offset: int, metrics: list[Mention], match: re.Match) -> bool:
    """The number is a loss ("with an accuracy loss of 0.07", "a drop of 2%"), unless what drops
    is a metric where lower is better ("a maximum decrease in RMSE of 31.05%": a gain)."""
    loss = LOSS_BEFORE.search(text, max(0, match.start() - 30), match.start())
    return loss is not None and not any(
        loss.start() <= m.start - offset < loss.end() and not _higher_is_better(m) for m in metrics)


def _where_a_name_comes_from(text: str, offset: int, mentions: list[Mention], m: Mention) -> bool:
    """The dataset says where the model or method just before it comes from ("… on GPT-4, Gemma-7B,
    and R2D2 from HarmBench that was adversarially trained"), not where a result was measured."""
    at = m.start - offset
    return text.endswith(("from ", "from the "), max(0, at - 10), at) and any(
        n.type in SUBJECT_TYPES and n.end <= m.start and NAME_FROM.fullmatch(text, n.end - offset, at) for n in mentions)


def _added_in_training(text: str, offset: int, m: Mention) -> bool:
    """Data added in training is no result's dataset ("Adding 15,000 Penn Treebank sentences
    during training leads to 78.5%"), nor is what another system learned from ("phrases learnt
    from EG data over AR data performed the best with a BLEU score of 16.96", "the MST parser
    trained on Penn Chinese Treebank (CTB) 5.0, the classifier gives …"). But "86.3% when trained
    on CTB 5.1" is on CTB 5.1's test set: a benchmark's results come from training on its
    training split."""
    return TRAINING_AFTER.match(text, m.end - offset) is not None or LEARNED_FROM.search(
        text, max(0, m.start - offset - 40), m.start - offset) is not None


@lru_cache(maxsize=1)
def _directions() -> dict[str, bool]:
    return {e.name: e.higher_is_better for e in load_entries() if e.higher_is_better is not None}


# the last words of an uncurated metric's written form that say lower is better ("average
# content distance (ACD)", "mean absolute error")
_LOWER_IS_BETTER_HEADS = re.compile(r"\b(?:error|errors|distance|loss|divergence|perplexity|latency)\b(?:\s*\(\w+\))?$",
                                    re.IGNORECASE)


# "an average classification accuracy of 66.14% …, with performance reaching 78.06% in base classes":
# "performance" is the sentence's one metric again (but "surpassing the previous state-of-the-art
# performance of 72.19%" is another's)
PERFORMANCE_BEFORE = re.compile(r"\bperformance\s+(?:reaching|reaches|reached)\s+(?:up\s+to\s+)?$",
                                re.IGNORECASE)
# "The test AUC for the binary tumor classification can be up to 93.09%": the number the metric,
# the subject of its clause, is
METRIC_IS = re.compile(r"\b(?:is|are|was|were|reaches|reached|can\s+be|could\s+be)"
                       r"(?:\s+(?:up\s+to|about|around|approximately|nearly|almost))?\s*$", re.IGNORECASE)


# a score said of others than the paper's method: "existing methods reach only 60%", "human accuracy is …"
OTHERS_SCORE = re.compile(r"\b(?:existing|previous|prior|baselines?|state[- ]of[- ]the[- ]art|SOTA|current|other|others"
                          r"|humans?|they|their|only|random|chance|oracle|annotators?|inter-annotator)\b", re.IGNORECASE)


def _named_before(own: Mention, first: Mention, offset: int) -> bool:
    """The paper named its own method (`own`) before the sentence at `offset` in the field of
    `first`, one of its mentions: in the title, or earlier in the same field."""
    return own.field == "title" != first.field or (own.field == first.field and own.end <= offset)


def _metric_is(text: str, offset: int, metric: Mention, match: re.Match) -> bool:
    """The metric is the subject of a verb "is" or "can be" right before the number, however
    long the phrase it heads, with no number or clause break between them."""
    gap = text[metric.end - offset:match.start()]
    return len(gap) <= 100 and METRIC_IS.search(gap) is not None and not any(c in gap for c in ";:,(") \
        and NUMBER.search(gap) is None


def _higher_is_better(metric: Mention) -> bool:
    known = _directions().get(metric.canonical)
    if known is not None:
        return known
    return not _LOWER_IS_BETTER_HEADS.search(metric.text)


OWN_VALUE_AFTER = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?(?:of|=|:)\s*[+\-−]?\.?\d")


def _nearest(metrics: list[Mention], start: int, end: int, text: str, offset: int) -> Mention | None:
    """The metric of the number at start..end: the nearest within WINDOW characters, but one
    on the number's side of a comma first ("80.5% macro-average F1, 87.6% syntactic
    dependencies LAS": the 87.6 is the LAS)."""
    best, rank = None, (True, WINDOW + 1)
    spread = SPREAD_AFTER.match(text, end - offset)  # ("92.56% ± 1.16% AUC": the AUC is next to it)
    after = offset + spread.end() if spread else end
    for m in metrics:
        if m.start >= after and OWN_VALUE_AFTER.match(text, m.end - offset) \
                and not BY_ACHIEVING.fullmatch(text, after - offset, m.start - offset):
            continue  # "achieves over 90% detection, and a false positive rate of 1 in …": a metric with
            # its own value after it is that value's (but "by 7% by achieving an F1 score of 0.87" is F1)
        lo, hi = (after, m.start) if m.start >= after else (m.end, start)
        if lo == m.end and text[m.start - offset - 1:m.start - offset] == "(" and text[lo - offset:lo - offset + 1] == ")":
            lo += 1  # "Area Under the Curve (AUC) of .991": the short form's own bracket parts nothing
        if not 0 <= hi - lo <= WINDOW:
            continue
        here = (CLAUSE_MARK.search(text, lo - offset, hi - offset) is not None, hi - lo)
        if here < rank:
            best, rank = m, here
    return best
