"""Regression fixtures from hand checks of extracted edges.

tests/data/edge_check.jsonl holds 50 edges (no MENTIONS) sampled with a fixed seed from
the bundled samples, mixing relation types; edge_check_2.jsonl holds 50 more, drawn
uniformly (seed 20261130) from the edges of a later extractor that the first check did
not hold; edge_check_3.jsonl 50 more, drawn the same way (seed 20261202) from the edges
of the stop 23 extractor that neither earlier check held; edge_check_5.jsonl 50 more
(seed 20261204, extractor ac5b01d) from the edges no earlier check held; edge_check_6.jsonl
holds all 30 edges of the stop 24 extractor (d743ff9) that no earlier check held, a census
rather than a draw. Each edge is judged by hand as correct or wrong with a short note. Every
edge judged correct must still be extracted; each check's precision is reported (and must
stay at or above 90%).

edge_check_4.jsonl (seed 20261203, extractor f910c0a) was a development check: its
errors (43/50 correct) were studied and fixed, so it no longer measures anything. It stays
as a regression fixture: its correct edges are still extracted and its wrong ones are not.
edge_check_7.jsonl is a development census too: the 43 edges of the stop 25 extractor
(1c6477f) that no earlier check held, each one made by a rule of that stop and judged while
that rule was written (the wrong edges met then were fixed, not kept).

edge_check_8.jsonl is the first check on text no rule was written for: 50 edges drawn (seed
20261208, extractor 4ba6996) from the 241 non-MENTIONS edges kg extracts on SciERC dev and
train and TDMSci. 41 were correct (0.82). It was then used for development: eight of the nine
wrong edges are fixed, each by a general rule, so it is a regression fixture like
edge_check_4; its correct edges must still be extracted there and its fixed errors stay gone.
edge_check_9.jsonl measures the extractor those fixes made (f632d25): 50 edges drawn (seed
20261209) from the 195 held-out edges edge_check_8 did not hold, 42 correct (0.84). Four of
its eight wrong edges are fixed since, the same way. edge_check_10.jsonl measures the
extractor after those (8cf53c1): 50 edges drawn (seed 20261211) from the 145 held-out edges
neither earlier check held, 44 correct (0.88); three of its six wrong edges are pieces of paper
titles that TDMSci writes inside its joined sentences, three are fixed since. edge_check_11.jsonl
measures the extractor after those (95371b4): 50 edges drawn (seed 20261213) from the 94
held-out edges no earlier check held, 44 correct (0.88); all six of its wrong ones are fixed
since. edge_check_12.jsonl is a census of the stop 26 extractor (36519f8): all 48 held-out
edges no earlier check held, 41 correct (0.85); three of its seven wrong ones are fixed since.
The held-out checks report their precision without a floor: the issue's 90% goal is for the
bundled samples.

unseen_abstracts.jsonl holds 51 recent ML abstracts (NLP and LLMs, vision, generation,
graphs, recommendation, reinforcement learning, 2016-2025) copied from the READMEs of their
papers' GitHub repositories (the "source" of each line), none of them in the samples: text no
rule was written for, and the kind of text kg is for. edge_check_13.jsonl is a census of the
edges the extractor at 29887b3 made there (all 63 non-MENTIONS edges: 54 correct, 0.86),
results_check_5.jsonl of its results (10: 4 correct), and mention_check.jsonl a draw of 50
of its 319 distinct entities (a paper's name and type; seed 20261206): 41 correct, 0.82.
Their errors were then fixed with general rules, so these three are development checks now.
unseen_abstracts_2.jsonl holds 30 more, collected the same way after those fixes (12 NLP and
LLMs, 12 vision and multimodal, 6 speech, graphs and time series), and measures the extractor
that came of them (9f93c98): edge_check_14.jsonl, all 52 edges, 50 correct (0.96; one first
judged wrong, a title's "Graph Neural Networks for Link Prediction", was judged again as the
samples' check had judged "Target-Oriented Pretraining for … Question Answering");
results_check_6.jsonl, all 5 results, 4 correct; mention_check_2.jsonl, 50 of 211 entities
(seed 20261207), 44 correct (0.88). Its errors were fixed in turn; unseen_abstracts_3.jsonl
holds 39 more (13 NLP and LLMs, 14 vision, 12 speech, time series, federated learning,
optimization, medical imaging and graphs), collected after those, and measures the extractor
at 23edcd2: edge_check_15.jsonl, all 60 edges, 56 correct (0.93; two first judged wrong
were judged again as earlier checks had judged the same construction: "over other Vision
Transformers and ResNets on ImageNet-1k" as "11.0% higher than SVM on Twitter conversations
dataset", "… with HyperNetworks for Real Image Editing" as "via Multi-task Learning for
Implicit Discourse Relation Recognition"); results_check_7.jsonl, all 13
results, 12 correct; mention_check_3.jsonl, 50 of 211 entities (seed 20261208), 44 correct (0.88).
Its errors were fixed in turn; unseen_abstracts_4.jsonl holds 36 more (13 NLP, 14 vision, 9
other), collected after those, and measures the extractor at f359215: edge_check_16.jsonl, all
51 edges, 47 correct (0.92; the four wrong ones come of one misread name, "namely BEV map
reconstruction"); results_check_8.jsonl, all 9 results, 6 correct; mention_check_4.jsonl, 50 of
202 entities (seed 20261209), 49 correct (0.98). Its wrong edges and results are fixed since. unseen_abstracts_5.jsonl holds 35 more (12 NLP,
12 vision, 11 other), collected after those fixes, and measures the extractor at 6b23510:
edge_check_17.jsonl, all 52 edges, 47 correct (0.90); results_check_9.jsonl, all 4 results, 1
correct; mention_check_5.jsonl, 50 of 220 entities (seed 20261210), 45 correct (0.90).

results_check.jsonl holds 30 Result records drawn (seed 20261207, extractor 9eea638) from
those kg extracts on SciERC dev and train and TDMSci, text no rule was written for, each
judged by hand: 18 correct (0.60; 17 of the 29 never seen before the draw). Older NLP
abstracts state results in ways the samples do not. Ten of the twelve wrong ones are fixed
since; each result judged correct must still be extracted. results_check_2.jsonl holds 30 more,
drawn (seed 20261210, extractor 7144e78) from the 97 held-out results the first did not hold:
17 correct (0.57). All thirteen of its wrong ones are gone since. results_check_3.jsonl
measures the result rules those fixes made (570d52f): 30 drawn (seed 20261212) from the 46
held-out results whose number neither earlier check judged, 25 correct (0.83); four of its
five wrong ones are fixed since. results_check_4.jsonl is a census of the stop 26 extractor
(36519f8): all 32 held-out results whose number no earlier check judged, 31 correct (0.97).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kg.extract import build_nlp, extract_batch
from kg.rejects import RejectSink

from conftest import ROOT, SAMPLES, skip_or_fail

DATA = Path(__file__).parent / "data"
FIXTURES = [DATA / name for name in ("edge_check.jsonl", "edge_check_2.jsonl", "edge_check_3.jsonl",
                                     "edge_check_5.jsonl", "edge_check_6.jsonl")]
# censuses; the others are draws of 50 edges or 30 results
SIZES = {"edge_check_6.jsonl": 30, "edge_check_7.jsonl": 43, "edge_check_12.jsonl": 48, "results_check_4.jsonl": 32}
DEVELOPMENT = [DATA / "edge_check_4.jsonl", DATA / "edge_check_7.jsonl"]
RESULTS = [DATA / "results_check.jsonl", DATA / "results_check_2.jsonl", DATA / "results_check_3.jsonl",
           DATA / "results_check_4.jsonl"]
HELD_OUT_EDGES = [DATA / f"edge_check_{n}.jsonl" for n in (8, 9, 10, 11, 12)]
# right edges of the held-out and unseen checks that came from a wrong reading, gone with it
LOST_FOR_A_REASON = {
    **{("gh:AIGeeksGroup/MediAug", "EVALUATED_ON", backbone, "MediAug"):
       "the results \"MixUp yields the greatest improvement … for ResNet-50 with 79.19% accuracy\" are the "
       "augmentations' now, the backbone the setting they were used with; the edges from them name the "
       "augmentations, and no sentence evaluates the backbones apart" for backbone in ("ResNet-50", "ViT-B")},
    ("gh:lsmcolab/Semantic-Segmentation-under-Adverse-Conditions", "accuracy", "Metric"):
        "\"improves its mIoU accuracy by 14 percentage points\": the word qualifies the curated mIoU before it, "
        "one mention of mIoU, no accuracy of its own",
    ("gh:OpenRobotLab/DORT", "ADDRESSES", "DORT", "nuScenes detection"):
        "\"the nuScenes detection and tracking benchmarks\" are the curated nuScenes' benchmarks, no task named "
        "\"nuScenes detection\": the sentence gives DORT EVALUATED_ON nuScenes instead",
    ("gh:OpenRobotLab/DORT", "MEASURED_WITH", "nuScenes detection", "NDS"):
        "\"the nuScenes detection and tracking benchmarks\" are the curated nuScenes' benchmarks: the NDS "
        "and AMOTA results are on nuScenes now",
    ("tdmsci-58", "ADDRESSES", "SUSSX-FR", "WSD"):
        "made as if the paper proposed SUSSX-FR (\"the best systems, namely SUSSX-FR\"); it names another's system",
    ("gh:OmkarThawakar/MSSTS-VIS", "ADDRESSES", "MS-STS", "VIS"):
        "read from the system's name in \"MS-STS VIS achieves mask AP of 61.0% on Youtube-VIS 2019 val\"; with "
        "YouTube-VIS curated since, the sentence gives MS-STS EVALUATED_ON YouTube-VIS instead",
    ("gh:xmindflow/LHUNet", "U-Net", "Model"):
        "the title's \"A Light Hybrid U-Net\" is the long form of LHU-Net, which the abstract spells in its "
        "appositive since: no U-Net of its own, as \"Denoising Diffusion Transformer (DDT)\" names no DiT",
    ("gh:Md-Ashraful-Pramanik/MapCoder", "MEASURED_WITH", "MBPP", "pass@1"):
        "made for the benchmark nearest the metric while \"—(HumanEval\" was one token; HumanEval, named "
        "first since, takes the edge (and each benchmark of the list its pass@1 result)",
    ("gh:kaai520/PGFA", "MEASURED_WITH", "PGFA", "accuracy"):
        "made while PGFA was typed a task by the nearest head noun (\"a … paradigm for … action recognition, "
        "termed PGFA\"); typed the method it is since, its gains in accuracy are results of its own",
}
# right results of the held-out checks read differently since, for a reason: as judged -> as read now
RESULTS_READ_AGAIN = {
    ("P03-1050", 38.0, "gain", "average precision", None, None): (
        ("P03-1050", 22.0, "gain", "average precision", None, None),
        "\"an improvement of 22-38%\": a range is read at its start, as \"20%-70%\" always was; its start, written "
        "without the unit, now takes the range's"),
    ("tdmsci-142", 80.0, "score", "accuracy", "English texts", None): (
        ("tdmsci-142", 80.0, "score", "accuracy", None, None),
        "\"a set of English texts\" names no dataset (edge_check_12): the score stays, without one"),
    ("P05-1010", 86.6, "score", "F1", "Penn WSJ", None): (
        ("P05-1010", 86.6, "score", "F1", "Penn WSJ", "latent-annotation PCFG"),
        "\"which we call PCFG-LA\" introduces the paper's model, whose score \"our automatically trained model "
        "gave\" is"),
}
STILL_WRONG = {  # wrong edges of the held-out checks not fixed yet
    ("tdmsci-111", "MEASURED_WITH", "Machine Translation GALE Evaluation", "NIST"),
    ("tdmsci-1", "MEASURED_WITH", "English lexicon", "accuracy"),
    ("tdmsci-48", "ADDRESSES", "Character-Level", "machine translation"),
    ("tdmsci-52", "ADDRESSES", "CSNIPER", "grammatical error correction"),
    ("tdmsci-9", "MEASURED_WITH", "passage retrieval", "recall"),
    ("tdmsci-115", "MEASURED_WITH", "Image", "precision"),
    ("tdmsci-99", "MEASURED_WITH", "Multilingual Grammar-Based Translation", "Web The best"),
    ("tdmsci-30", "ADDRESSES", "Improving Word Alignment", "machine translation"),
    ("tdmsci-143", "MEASURED_WITH", "Character-Level Machine Translation", "BLEU"),
    ("tdmsci-115", "MEASURED_WITH", "Image", "BLEU"),
    ("tdmsci-122", "PROPOSES", "tdmsci-122", "DCOP"),
    ("tdmsci-142", "MEASURED_WITH", "natural language inference", "accuracy"),
    ("tdmsci-84", "ADDRESSES", "Penn Treebank", "CoNLL shared tasks"),
}
SHARED = Path(os.environ.get("KG_SHARED_DATA", ROOT.parent / "shared" / "data"))
HELD_OUT = [SHARED / "scierc" / "dev.json", SHARED / "scierc" / "train.json", SHARED / "tdmsci" / "train_1500_v2.conll"]


def _edge_key(row: dict) -> tuple[str, str, str, str]:
    return row["paper"], row["relation"], row["source"], row["target"]


def _rows(fixture: Path) -> list[dict]:
    with open(fixture, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture(scope="module")
def extracted_edges() -> set[tuple[str, str, str, str]]:
    from loaders import read_papers

    return _extracted(extract_batch(build_nlp(), list(read_papers([SAMPLES], RejectSink()))), "edges")


@pytest.mark.parametrize("fixture", [*FIXTURES, *DEVELOPMENT], ids=lambda p: p.name)
def test_fixture_is_a_mixed_hand_checked_sample(fixture):
    rows = _rows(fixture)
    assert len(rows) == SIZES.get(fixture.name, 50)
    assert len({r["relation"] for r in rows}) >= 6
    assert not any(r["relation"] == "MENTIONS" for r in rows)
    for row in rows:
        assert row["verdict"] in {"correct", "wrong"}
        assert row["sentence"] and row["rule"]
        if row["verdict"] == "wrong":
            assert row["note"], "a wrong edge says why"


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_fixture_precision(fixture, capsys):
    rows = _rows(fixture)
    correct = sum(r["verdict"] == "correct" for r in rows)
    precision = correct / len(rows)
    with capsys.disabled():
        print(f"\n{fixture.name}: {correct}/{len(rows)} correct, precision {precision:.2f}")
    assert precision >= 0.9


BLENDED = ("a name blended from its capitalised long form is that long form's short form: \"Surgical "
           "Transformer (Surgformer)\", \"Restoration Transformer (Restormer)\"")
CURATED_DEFINITION = ("a short form defined by a curated name of its head noun's type is that entity: "
                      "\"singular value decomposition (SVD)\", \"Chinese Treebank (CTB)\"")
CURATED_KIND = ("a method and a model are one kind: a short form defined by a curated method is that method, "
                "whatever its head noun says: \"Graph Neural Networks (GNNs)\", \"Hidden Markov Model (HMM)\"")
CURATED_BEFORE_HEAD = "a curated name before its head noun (\"NLU tasks\", \"RL agents\") is named as curated"
# edges of the checks whose entity kg names otherwise since: as judged -> as named now (right ones
# must still be found under the new name, wrong ones not, unless still wrong)
RENAMED = {
    ("gh:hkzhang-git/FcaFormer", 0.7, "gain", "accuracy", None, None): (
        ("gh:hkzhang-git/FcaFormer", 0.7, "gain", "accuracy", "ImageNet", "FcaFormer"),
        "a sentence opening on \"This\" keeps the dataset and subject of the results before"),
    ("gh:Inha-CVAI/HDA-Net", "HDA-Net", "Method"): (
        ("gh:Inha-CVAI/HDA-Net", "HDA-Net", "Model"),
        "\"This study proposes an H&E and RGB dual attention network (HDA-Net)\" introduces it, typed by its head noun"),
    ("gh:Yanglianpu/GAF", 98.38, "score", "accuracy", None, None): (
        ("gh:Yanglianpu/GAF", 98.38, "score", "accuracy", None, "FlameGAF-GateNet"),
        "\"This study introduces a gated multimodal network, FlameGAF-GateNet\" introduces it, whose score \"our approach\" states"),
    ("gh:Yanglianpu/GAF", 98.04, "score", "macro-F1", None, None): (
        ("gh:Yanglianpu/GAF", 98.04, "score", "macro-F1", None, "FlameGAF-GateNet"),
        "\"This study introduces a gated multimodal network, FlameGAF-GateNet\" introduces it, whose score \"our approach\" states"),
    ("gh:Madjeisah/gda-overview", "GCN", "Model"): (
        ("gh:Madjeisah/gda-overview", "graph convolutional network", "Method"),
        "a bracket listing names (\"GNN backbones (GCN, GAT, and GraphSAGE)\") defines no short form: GCN is the curated one"),
    ("gh:olgarithmics/ICLR_CAMIL", 97.5, "score", "AUC", None, "CAMIL"): (
        ("gh:olgarithmics/ICLR_CAMIL", 97.5, "score", "AUC", "TCGA-NSCLC", "CAMIL"),
        "as many datasets as numbers, all before them in the sentence, pair with a list \"respectively\" in order"),
    ("gh:olgarithmics/ICLR_CAMIL", 95.9, "score", "AUC", None, "CAMIL"): (
        ("gh:olgarithmics/ICLR_CAMIL", 95.9, "score", "AUC", "Camelyon16", "CAMIL"),
        "as many datasets as numbers, all before them in the sentence, pair with a list \"respectively\" in order"),
    ("gh:olgarithmics/ICLR_CAMIL", 88.1, "score", "AUC", None, "CAMIL"): (
        ("gh:olgarithmics/ICLR_CAMIL", 88.1, "score", "AUC", "Camelyon17", "CAMIL"),
        "as many datasets as numbers, all before them in the sentence, pair with a list \"respectively\" in order"),
    ("gh:naver-ai/relabel_imagenet", "MEASURED_WITH", "ImageNet", "accuracy"): (
        ("gh:naver-ai/relabel_imagenet", "MEASURED_WITH", "ImageNet", "top-1 accuracy"),
        "\"top-1 classification accuracy\" is top-1 accuracy, one metric"),
    ("gh:LIUYUANWEI98/NERTNet", "DO Eliminating", "Method"): (
        ("gh:LIUYUANWEI98/NERTNet", "DO Eliminating Module", "Method"),
        "a capitalised \"Module\", \"Encoder\" or \"Networks\" after a plain capitalised word is part of the name (\"a Route Choice Encoder\")"),
    ("gh:heqin-zhu/structRFM", 0.873, "score", "F1", None, "structRFM"): (
        ("gh:heqin-zhu/structRFM", 0.873, "score", "F1", "ArchiveII", "structRFM"),
        "a written name in the slot of a number beside a dataset's (\"0.873 on ArchiveII and 0.641 on bpRNA-TS0 dataset\") is a dataset now"),
    ("gh:Sengokuuuu/HASTNet", 5.25, "gain", "mIoU", "CVC-ColonDB", None): (
        ("gh:Sengokuuuu/HASTNet", 5.25, "gain", "mIoU", "CVC-ColonDB", "HASTNet"),
        "a comparison opening a clause (\"results show that, compared to state-of-the-art methods, HASTNet achieves …\") leaves HASTNet the subject"),
    ("gh:ClaudiaShu/DeformTime", "EVALUATED_ON", "DeformTime", "MTS data"): (
        ("gh:ClaudiaShu/DeformTime", "EVALUATED_ON", "DeformTime", "MTS"),
        "plain words after a written dataset name are no part of it; MTS (multivariate time series) is still no dataset"),
    ("tdmsci-46", "ADDRESSES", "MSRA benchmark", "word segmentation"): (
        ("tdmsci-46", "ADDRESSES", "MSRA", "word segmentation"),
        "plain words after a written dataset name, before or as its head noun, are no part of it: \"the MSD_Task08 liver tumor datasets\" is MSD_Task08, \"the EUROVOC thesaurus\" EUROVOC"),
    ("gh:IDKiro/DehazeFormer", "MEASURED_WITH", "SOTS indoor", "PSNR"): (
        ("gh:IDKiro/DehazeFormer", "MEASURED_WITH", "RESIDE", "PSNR"),
        "\"the SOTS indoor set\" is SOTS, curated as part of RESIDE, by the same rule"),
    ("gh:IDKiro/DehazeFormer", "EVALUATED_ON", "DehazeFormer", "SOTS indoor"): (
        ("gh:IDKiro/DehazeFormer", "EVALUATED_ON", "DehazeFormer", "RESIDE"),
        "\"the SOTS indoor set\" is SOTS, curated as part of RESIDE, by the same rule"),
    ("gh:XyJin99/VCDFormer", "EVALUATED_ON", "VCDFormer", "Jilin-1 satellite videos"): (
        ("gh:XyJin99/VCDFormer", "EVALUATED_ON", "VCDFormer", "Jilin-1"),
        "plain words after a written dataset name, before or as its head noun, are no part of it: \"the MSD_Task08 liver tumor datasets\" is MSD_Task08, \"the EUROVOC thesaurus\" EUROVOC"),
    ("gh:XyJin99/VCDFormer", "Jilin-1 satellite videos", "Dataset"): (
        ("gh:XyJin99/VCDFormer", "Jilin-1", "Dataset"),
        "plain words after a written dataset name, before or as its head noun, are no part of it: \"the MSD_Task08 liver tumor datasets\" is MSD_Task08, \"the EUROVOC thesaurus\" EUROVOC"),
    **{("gh:nhattruongpham/osw-1d-prn-shap", value, "score", "accuracy", dataset, None): (
        ("gh:nhattruongpham/osw-1d-prn-shap", value, "score", "accuracy", dataset, "PRN"),
        "\"a classifier scheme called the deep Pattern Recognition Network (PRN)\" introduces PRN now, the "
        "subject of \"the proposed method achieves …\"") for value, dataset in ((98.5, "EMO-DB"), (87.1, "AESSD"))},
    ("gh:KanokphanL/PCIE_Ego4D_Social_Interaction", 0.71, "score", "mean average precision",
     "TTM challenge leaderboards", None): (
        ("gh:KanokphanL/PCIE_Ego4D_Social_Interaction", 0.71, "score", "mean average precision", "TTM", None),
        "a written name, then the task its data serve, then a data noun names the dataset by the written name "
        "alone: \"TTM challenge leaderboards\" is TTM's"),
    ("tdmsci-46", "ADDRESSES", "CoNLL'03 shared task", "named entity recognition"): (
        ("tdmsci-46", "ADDRESSES", "CoNLL'03", "named entity recognition"),
        "\"the CoNLL'03 shared task\" is CoNLL'03's, by the same rule"),
    ("gh:code-philia/Dynaphish", 28.0, "gain", "recall", None, None): (
        ("gh:code-philia/Dynaphish", 28.0, "gain", "recall", None, "Dynaphish"),
        "\"we propose Dynaphish as a remedy …\" introduces Dynaphish now, the subject of its recall gain"),
    ("gh:NoOneUST/IS-MVSNet", 62.82, "score", "F-measure", None, "IS-MVSNet"): (
        ("gh:NoOneUST/IS-MVSNet", 62.82, "score", "F-measure", "Tanks and Temples", "IS-MVSNet"),
        "TNT is curated now as Tanks and Temples' short form, so \"on TNT's intermediate benchmark with an "
        "F-score of 62.82\" places the score"),
    **{("gh:hellowangqian/UDA-norm-VAE", value, "score", "accuracy", None, "norm-AE"): (
        ("gh:hellowangqian/UDA-norm-VAE", value, "score", "accuracy", dataset, "norm-AE"),
        "Office-Caltech is curated now, so \"the average accuracy of 93.4% and 90.4% on Office-Caltech and "
        "ImageCLEF-DA datasets\" pairs each score with its dataset")
       for value, dataset in ((93.4, "Office-Caltech"), (90.4, "ImageCLEF-DA"))},
    **{("gh:yaramohamadi/CAMFT", "PROPOSES", "gh:yaramohamadi/CAMFT", long): (
        ("gh:yaramohamadi/CAMFT", "PROPOSES", "gh:yaramohamadi/CAMFT", short),
        "a README's markdown code quotes are read as spaces, so \"MeanFlow-Transfer (`MF-T`)\" and \"Continuous "
        "Adversarial MeanFlow (`CAMF`)\" define short forms, which name the entities")
       for long, short in (("MeanFlow-Transfer", "MF-T"), ("Continuous Adversarial MeanFlow", "CAMF"))},
    ("gh:yaramohamadi/CAMFT", "Continuous Adversarial MeanFlow", "Method"): (
        ("gh:yaramohamadi/CAMFT", "CAMF", "Method"),
        "a README's markdown code quotes are read as spaces, so \"Continuous Adversarial MeanFlow (`CAMF`)\" defines CAMF"),
    **{("gh:xdzzy8/SFDN", value, kind, "mean average precision", None, "SFDN"): (
        ("gh:xdzzy8/SFDN", value, kind, "mean average precision", "FAIR1M-v1.0", "SFDN"),
        "ShipRSImageNet is curated now, and a short form in brackets between two names keeps their list: \"on the "
        "ShipRSImageNet (SRSIN) and FAIR1M-v1.0 datasets\"") for value, kind in ((49.44, "score"), (1.46, "gain"))},
    **{("gh:ZhiChen902/AMR", value, kind, "recall", None, None): (
        ("gh:ZhiChen902/AMR", value, kind, "recall", "3DLoMatch", None),
        "3DLoMatch is curated now: \"on 3DLoMatch, our method reaches 80.4% recall rate\"")
       for value, kind in ((80.4, "score"), (1.2, "gain"))},
    ("gh:Jhewu/YOLOSeg-mantic", 0.87, "score", "Dice coefficient", None, "YOLOSeg-mantic"): (
        ("gh:Jhewu/YOLOSeg-mantic", 0.87, "score", "Dice coefficient", "BraTS-SSA", "YOLOSeg-mantic"),
        "BraTS-SSA, the BraTS challenge's Sub-Saharan Africa data, is a curated dataset: \"On our validation set "
        "(BraTS-SSA), YOLOSeg-mantic achieves …\""),
    **{("gh:DavuluriLab/DNABERT-Enhancer", value, "score", metric, None, None): (
        ("gh:DavuluriLab/DNABERT-Enhancer", value, "score", metric, None, "DNABERT-Enhancer"),
        "a score no name in its sentence holds, after the paper named its method, is the method's: \"The best "
        "fine-tuned model achieved performance of 88.05% accuracy\" after \"a novel enhancer prediction method, "
        "called DNABERT-Enhancer\"") for value, metric in ((88.05, "accuracy"), (76.0, "Matthews correlation coefficient"))},
    **{("gh:CycloneBoy/slm_sql", value, "score", "execution accuracy", None, None): (
        ("gh:CycloneBoy/slm_sql", value, "score", "execution accuracy", None, "SLM-SQL"),
        "a score no name in its sentence holds, after the paper named its method, is the method's: \"Notably, the "
        "0.5B model reached 56.87% execution accuracy\" after \"our method, SLM-SQL\"") for value in (56.87, 67.08)},
    ("gh:Mengqi-Lei/HyperCounter", 9.71, "gain", "root mean squared error", None, "HyperCounter"): (
        ("gh:Mengqi-Lei/HyperCounter", 9.71, "gain", "root mean squared error", "Drone-RGBT", "HyperCounter"),
        "a \"respectively\" list paired with metrics is on the dataset the sentence names before it"),
    ("tdmsci-136", "TRAINED_ON", "SVM classifier", "Chicago-hotel"): (
        ("tdmsci-136", "TRAINED_ON", "support vector machine", "Chicago-hotel"),
        "a curated method's kind in lower-case words after its name is the method: \"SVM classifier\""),
    ("tdmsci-106", "TRAINED_ON", "SVM binary classifier", "EUROVOC thesaurus"): (
        ("tdmsci-106", "TRAINED_ON", "support vector machine", "EUROVOC"),
        "a curated method's kind in lower-case words after its name is the method: \"SVM binary classifier\"; "
        "and plain words after a written dataset name are no part of it: \"the EUROVOC thesaurus\""),
    ("gh:graphwave/graphwave", "Transformer encoders", "Model"): (
        ("gh:graphwave/graphwave", "Transformer", "Method"),
        "a curated method's parts in lower-case words after its name are the method: \"Transformer encoders\""),
    ("gh:Mengqi-Lei/HyperCounter", "USES", "HyperCounter", "Transformer backbones"): (
        ("gh:Mengqi-Lei/HyperCounter", "USES", "HyperCounter", "Transformer"),
        "a curated method's parts in lower-case words after its name are the method: \"Transformer backbones\""),
    ("gh:nipdep/TEZARNet", 4.7, "gain", "accuracy", None, None): (
        ("gh:nipdep/TEZARNet", 4.7, "gain", "accuracy", "PAMAP2", "TEZARNet"),
        "\"… for benchmark datasets PAMAP2, DaLiAc, UTD-MHAD, and MHEALTH, respectively\" pairs each gain with its "
        "dataset; the title \"TEZARNet - TEmporal Zero-shot …\" names the proposed model"),
    ("gh:nipdep/TEZARNet", 7.8, "gain", "accuracy", None, None): (
        ("gh:nipdep/TEZARNet", 7.8, "gain", "accuracy", "DaLiAc", "TEZARNet"),
        "\"… for benchmark datasets PAMAP2, DaLiAc, UTD-MHAD, and MHEALTH, respectively\" pairs each gain with its "
        "dataset; the title \"TEZARNet - TEmporal Zero-shot …\" names the proposed model"),
    ("gh:nipdep/TEZARNet", 3.7, "gain", "accuracy", None, None): (
        ("gh:nipdep/TEZARNet", 3.7, "gain", "accuracy", "UTD-MHAD", "TEZARNet"),
        "\"… for benchmark datasets PAMAP2, DaLiAc, UTD-MHAD, and MHEALTH, respectively\" pairs each gain with its "
        "dataset; the title \"TEZARNet - TEmporal Zero-shot …\" names the proposed model"),
    ("gh:nipdep/TEZARNet", 9.3, "gain", "accuracy", None, None): (
        ("gh:nipdep/TEZARNet", 9.3, "gain", "accuracy", "MHEALTH", "TEZARNet"),
        "\"… for benchmark datasets PAMAP2, DaLiAc, UTD-MHAD, and MHEALTH, respectively\" pairs each gain with its "
        "dataset; the title \"TEZARNet - TEmporal Zero-shot …\" names the proposed model"),
    ("gh:yangyangxu0/TPANet", "MEASURED_WITH", "NYUD-v2", "mIoU"): (
        ("gh:yangyangxu0/TPANet", "MEASURED_WITH", "NYU Depth V2", "mIoU"),
        "\"NYUD-v2\" is the curated NYU Depth V2 now"),
    ("gh:yangyangxu0/TPANet", 4.5, "gain", "mIoU", "NYUD-v2", "TPANet"): (
        ("gh:yangyangxu0/TPANet", 4.5, "gain", "mIoU", "NYU Depth V2", "TPANet"),
        "\"NYUD-v2\" is the curated NYU Depth V2 now"),
    ("gh:yangyangxu0/TPANet", "NYUD-v2", "Dataset"): (
        ("gh:yangyangxu0/TPANet", "NYU Depth V2", "Dataset"), "\"NYUD-v2\" is the curated NYU Depth V2 now"),
    ("gh:pixeli99/InfiLoop", 97.9, "score", "accuracy", None, "InfiLoop"): (
        ("gh:pixeli99/InfiLoop", 97.9, "score", "accuracy", "Sudoku-Extreme", "InfiLoop"),
        "Sudoku-Extreme is curated now, the dataset the sentence names"),
    ("gh:LINs-lab/CIM", 48.7, "score", "top-1 accuracy", None, None): (
        ("gh:LINs-lab/CIM", 48.7, "score", "top-1 accuracy", "ImageNet-1K", "CIM"),
        "\"Notably, it distills …, achieving 48.7% Top-1 accuracy\": an opening word before \"it\" still makes it the "
        "paper's own method; and \"on ResNet-18\" is the network the score is measured with, so the data are the "
        "one dataset the sentence names, ImageNet-1K"),
    ("gh:iLearn-Lab/CVPR25-CCFS", 60.2, "score", "accuracy", None, "CCFS"): (
        ("gh:iLearn-Lab/CVPR25-CCFS", 60.2, "score", "accuracy", "Tiny ImageNet", "CCFS"),
        "\"60.2% test accuracy on ResNet-18 with a 20% compression ratio of Tiny-ImageNet\": ResNet-18 is the network "
        "the score is measured with, so the data are the one dataset the sentence names"),
    ("gh:yanx27/PhraseRefer", 63.0, "score", "accuracy", None, "PhraseRefer"): (
        ("gh:yanx27/PhraseRefer", 63.0, "score", "accuracy", "Sr3D", "PhraseRefer"),
        "Sr3D, Nr3D and ScanRefer are curated now, so the \"respectively\" list pairs each score with its dataset"),
    ("gh:yanx27/PhraseRefer", 54.4, "score", "accuracy", None, "PhraseRefer"): (
        ("gh:yanx27/PhraseRefer", 54.4, "score", "accuracy", "Nr3D", "PhraseRefer"),
        "Sr3D, Nr3D and ScanRefer are curated now, so the \"respectively\" list pairs each score with its dataset"),
    ("gh:yanx27/PhraseRefer", 55.5, "score", "accuracy", None, "PhraseRefer"): (
        ("gh:yanx27/PhraseRefer", 55.5, "score", "accuracy", "ScanRefer", "PhraseRefer"),
        "Sr3D, Nr3D and ScanRefer are curated now, so the \"respectively\" list pairs each score with its dataset"),
    ("gh:jshilong/SEPC", "EVALUATED_ON", "SEPC", "MS-COCO2017"): (
        ("gh:jshilong/SEPC", "EVALUATED_ON", "SEPC", "MS COCO"),
        "\"MS-COCO2017\" is a year's release of MS COCO, as \"COCO2017\" already was"),
    ("gh:rulixiang/vwe", 67.2, "score", "mIoU", None, None): (
        ("gh:rulixiang/vwe", 67.2, "score", "mIoU", "PASCAL VOC 2012", None),
        "\"… experiments on the PASCAL VOC 2012 dataset. Our proposed method achieved … on the val set\": a split "
        "of the one dataset the sentence before names"),
    ("gh:rulixiang/vwe", 67.3, "score", "mIoU", None, None): (
        ("gh:rulixiang/vwe", 67.3, "score", "mIoU", "PASCAL VOC 2012", None),
        "\"… experiments on the PASCAL VOC 2012 dataset. Our proposed method achieved … on the val set\": a split "
        "of the one dataset the sentence before names"),
    ("gh:Sam1224/KITS", "MAE", "Metric"): (
        ("gh:Sam1224/KITS", "mean absolute error", "Metric"),
        "\"MAE score\" is named as the curated metric it is, mean absolute error"),
    ("gh:yuxin-jiang/PCSNet", 94.9, "score", "AUC", None, "PCSNet"): (
        ("gh:yuxin-jiang/PCSNet", 94.9, "score", "AUC", "MVTec AD", "PCSNet"),
        "\"on MVTec and MPDD … with 94.9% and 80.2% image-level AUROC in an 8-shot scenario, respectively\": a "
        "\"respectively\" after the list's metric pairs it with the datasets named before"),
    ("gh:yuxin-jiang/PCSNet", 80.2, "score", "AUC", None, "PCSNet"): (
        ("gh:yuxin-jiang/PCSNet", 80.2, "score", "AUC", "MPDD", "PCSNet"),
        "\"on MVTec and MPDD … with 94.9% and 80.2% image-level AUROC in an 8-shot scenario, respectively\": a "
        "\"respectively\" after the list's metric pairs it with the datasets named before"),
    ("gh:Haijun-Xiong/GaitGS", 98.2, "score", "Rank-1 accuracy", None, "GaitGS"): (
        ("gh:Haijun-Xiong/GaitGS", 98.2, "score", "rank-1 accuracy", "CASIA-B", "GaitGS"),
        "rank-1 accuracy and CASIA-B are curated since (the metric had been named as written), and place the score"),
    ("gh:Haijun-Xiong/GaitGS", 96.5, "score", "Rank-1 accuracy", None, "GaitGS"): (
        ("gh:Haijun-Xiong/GaitGS", 96.5, "score", "rank-1 accuracy", "CASIA-B", "GaitGS"),
        "rank-1 accuracy and CASIA-B are curated since (the metric had been named as written), and place the score"),
    ("gh:Haijun-Xiong/GaitGS", 89.7, "score", "Rank-1 accuracy", None, "GaitGS"): (
        ("gh:Haijun-Xiong/GaitGS", 89.7, "score", "rank-1 accuracy", "CASIA-B", "GaitGS"),
        "rank-1 accuracy and CASIA-B are curated since (the metric had been named as written), and place the score"),
    ("gh:HRNet/HigherHRNet-Human-Pose-Estimation", 67.6, "score", "average precision", None, "HigherHRNet"): (
        ("gh:HRNet/HigherHRNet-Human-Pose-Estimation", 67.6, "score", "average precision", "CrowdPose", "HigherHRNet"),
        "CrowdPose is curated since, and places the score"),
    ("gh:S-M-J-I/Multimodal-SER", 0.9711, "score", "F1", None, None): (
        ("gh:S-M-J-I/Multimodal-SER", 0.9711, "score", "F1", "RAVDESS", None),
        "RAVDESS and SAVEE are curated since, so the \"respectively\" list pairs each score with its dataset"),
    ("gh:S-M-J-I/Multimodal-SER", 0.9965, "score", "F1", None, None): (
        ("gh:S-M-J-I/Multimodal-SER", 0.9965, "score", "F1", "SAVEE", None),
        "RAVDESS and SAVEE are curated since, so the \"respectively\" list pairs each score with its dataset"),
    ("gh:S-M-J-I/Multimodal-SER", 0.899, "score", "F1", None, None): (
        ("gh:S-M-J-I/Multimodal-SER", 0.899, "score", "F1", "CREMA-D", None),
        "RAVDESS and SAVEE are curated since, so the \"respectively\" list pairs each score with its dataset"),
    ("gh:OpenRobotLab/DORT", 62.5, "score", "NDS", None, "DORT"): (
        ("gh:OpenRobotLab/DORT", 62.5, "score", "NDS", "nuScenes", "DORT"),
        "\"on the nuScenes detection and tracking benchmarks\" names the curated nuScenes, which places the score"),
    ("gh:OpenRobotLab/DORT", 57.6, "score", "AMOTA", None, "DORT"): (
        ("gh:OpenRobotLab/DORT", 57.6, "score", "AMOTA", "nuScenes", "DORT"),
        "\"on the nuScenes detection and tracking benchmarks\" names the curated nuScenes, which places the score"),
    ("gh:hustvl/MapTR", 13.5, "gain", "mean average precision", None, "MapTR"): (
        ("gh:hustvl/MapTR", 13.5, "gain", "mean average precision", None, "MapTR-tiny"),
        "a size glued to a name the paper introduced is read with it: \"MapTR-tiny\", a variant of MapTR's family"),
    ("gh:youngwanLEE/CenterMask", 33.4, "score", "average precision", None, None): (
        ("gh:youngwanLEE/CenterMask", 33.4, "score", "average precision", None, "CenterMask-Lite"),
        "\"CenterMask-Lite also achieves …\": the variant of the introduced CenterMask is read as a name, so it is "
        "the subject"),
    ("gh:youngwanLEE/CenterMask", 38.0, "score", "average precision", None, None): (
        ("gh:youngwanLEE/CenterMask", 38.0, "score", "average precision", None, "CenterMask-Lite"),
        "\"CenterMask-Lite also achieves …\": the variant of the introduced CenterMask is read as a name, so it is "
        "the subject"),
    ("gh:lhoyer/DAFormer", 10.8, "gain", "mIoU", None, "DAFormer"): (
        ("gh:lhoyer/DAFormer", 10.8, "gain", "mIoU", "GTA→Cityscapes", "DAFormer"),
        "the adaptation benchmark \"GTA→Cityscapes\" is curated since, and places the gain"),
    ("gh:lhoyer/DAFormer", 5.4, "gain", "mIoU", None, "DAFormer"): (
        ("gh:lhoyer/DAFormer", 5.4, "gain", "mIoU", "SYNTHIA→Cityscapes", "DAFormer"),
        "the adaptation benchmark \"Synthia→Cityscapes\" is curated since, and places the gain"),
    ("gh:lhoyer/DAFormer", 10.8, "gain", "mIoU", "Cityscapes", "DAFormer"): (
        ("gh:lhoyer/DAFormer", 10.8, "gain", "mIoU", "GTA→Cityscapes", "DAFormer"),
        "the census named the target domain; the benchmark is the adaptation GTA→Cityscapes, as curated since"),
    ("gh:lhoyer/DAFormer", 5.4, "gain", "mIoU", "Cityscapes", "DAFormer"): (
        ("gh:lhoyer/DAFormer", 5.4, "gain", "mIoU", "SYNTHIA→Cityscapes", "DAFormer"),
        "the census named the target domain; the benchmark is the adaptation Synthia→Cityscapes, as curated since"),
    ("t:d6df88a4b7e5d166", "ADDRESSES", "SIB-200", "NLU"): (
        ("t:d6df88a4b7e5d166", "ADDRESSES", "SIB-200", "natural language understanding"),
        "a curated task defined in the text takes its curated name: \"Natural Language Understanding (NLU)\""),
    ("t:71ee7aeed8f73c03", "USES", "Unlearnable Clusters", "VisionandLanguage Pre-trained Models"): (
        ("t:71ee7aeed8f73c03", "USES", "UCs", "VisionandLanguage Pre-trained Models"),
        "of the names the paper proposes, the one its sentence writes (\"UCs\", the short form of the same "
        "Unlearnable Clusters)"),
    ("gh:sh-lee-prml/HierSpeechpp", "ADDRESSES", "HierSpeech++", "speech synthesis"): (
        ("gh:sh-lee-prml/HierSpeechpp", "ADDRESSES", "TTV", "speech synthesis"),
        "\"For text-to-speech, we introduce text-to-vec (TTV) frameworks\": of the names the paper proposes, "
        "the one its sentence writes"),
    ("t:ed4de3d48b1a61a5", "PROPOSES", "t:ed4de3d48b1a61a5", "BTM"): (
        ("t:ed4de3d48b1a61a5", "PROPOSES", "t:ed4de3d48b1a61a5", "Branch-Train-Merge"),
        "\"a study of scaling BTM\" proposes nothing (its object is the study); the paper's proposal is "
        "found in \"We present Branch-Train-Merge (BTM), …\", under the curated name"),
    ("P05-1010", "USES", "PCFG-LA", "EM-algorithm"): (
        ("P05-1010", "USES", "latent-annotation PCFG", "EM-algorithm"),
        "\"a PCFG-LA model\": a curated method before a model's head noun is that method, by its curated name"),
    ("gh:mit-han-lab/x-attention", "USES", "Transformers", "sparse attention"): (
        ("gh:mit-han-lab/x-attention", "USES", "Transformer", "sparse attention"),
        "\"Transformers models\" is the curated Transformer (a wrong edge, still extracted under that name)"),
    ("t:7c37d0f04cc3871c", "ADDRESSES", "UniEval", "NLG"): (
        ("t:7c37d0f04cc3871c", "ADDRESSES", "UniEval", "natural language generation"),
        CURATED_BEFORE_HEAD),
    ("t:ec7d6a786f23bf16", "ADDRESSES", "LiST", "NLU"): (
        ("t:ec7d6a786f23bf16", "ADDRESSES", "LiST", "natural language understanding"),
        CURATED_BEFORE_HEAD),
    ("tdmsci-58", "MEASURED_WITH", "WSD", "recall"): (
        ("tdmsci-58", "MEASURED_WITH", "word sense disambiguation", "recall"),
        CURATED_BEFORE_HEAD),
    ("gh:pkasela/DESIRE-ME", "USES", "DESIRE-ME", "Mixture-of-Experts"): (
        ("gh:pkasela/DESIRE-ME", "USES", "DESIRE-ME", "mixture of experts"),
        CURATED_BEFORE_HEAD),
    ("gh:terarachang/DataICL", "ICL", "Method"): (
        ("gh:terarachang/DataICL", "in-context learning", "Method"),
        CURATED_BEFORE_HEAD),
    ("gh:bthananjeyan/saved-rl", "RL", "Method"): (
        ("gh:bthananjeyan/saved-rl", "reinforcement learning", "Method"),
        CURATED_BEFORE_HEAD),
    ("gh:TaoWangzj/LLDiffusion", "ADDRESSES", "LLDiffusion", "LLIE"): (
        ("gh:TaoWangzj/LLDiffusion", "ADDRESSES", "LLDiffusion", "low-light image enhancement"),
        "LLIE is a curated short form of low-light image enhancement now"),
    ("gh:TaoWangzj/LLDiffusion", "LLIE", "Task"): (
        ("gh:TaoWangzj/LLDiffusion", "low-light image enhancement", "Task"),
        "LLIE is a curated short form of low-light image enhancement now"),
    ("gh:microsoft/CvT", "EVALUATED_ON", "ResNets", "ImageNet-1K"): (
        ("gh:microsoft/CvT", "EVALUATED_ON", "ResNet", "ImageNet-1K"), "\"ResNets\" is the curated ResNet now"),
    ("tdmsci-114", "MEASURED_WITH", "semantic role labeling", "Test F1"): (
        ("tdmsci-114", "MEASURED_WITH", "semantic role labeling", "F1"),
        "\"Test F1\": a split before a curated metric is no part of its name"),
    ("gh:OmkarThawakar/MSSTS-VIS", 50.1, "score", "average precision", None, "MS-STS"): (
        ("gh:OmkarThawakar/MSSTS-VIS", 50.1, "score", "average precision", "YouTube-VIS", "MS-STS"),
        "\"… on Youtube-VIS 2019 val\": the dataset, curated since, is named now"),
    ("gh:OmkarThawakar/MSSTS-VIS", 4.8, "gain", "average precision", None, "MS-STS"): (
        ("gh:OmkarThawakar/MSSTS-VIS", 4.8, "gain", "average precision", "YouTube-VIS", "MS-STS"),
        "\"… on Youtube-VIS 2019 val\": the dataset, curated since, is named now"),
    ("gh:bfs18/rfwave", "Rectified Flow", "Method"): (
        ("gh:bfs18/rfwave", "rectified flow", "Method"),
        CURATED_BEFORE_HEAD),
    ("t:0caa12252a7a7a17", "USES", "SVFit", "SVD"): (
        ("t:0caa12252a7a7a17", "USES", "SVFit", "singular value decomposition"),
        CURATED_DEFINITION),
    ("tdmsci-53", "ADDRESSES", "CTB", "dependency parsing"): (
        ("tdmsci-53", "ADDRESSES", "Chinese Treebank", "dependency parsing"),
        CURATED_DEFINITION),
    ("tdmsci-53", "ADDRESSES", "CTB", "part-of-speech tagging"): (
        ("tdmsci-53", "ADDRESSES", "Chinese Treebank", "part-of-speech tagging"),
        CURATED_DEFINITION),
    ("tdmsci-93", "TRAINED_ON", "MSTParser", "CTB"): (
        ("tdmsci-93", "TRAINED_ON", "MSTParser", "Chinese Treebank"),
        CURATED_DEFINITION),
    ("tdmsci-144", "ADDRESSES", "CTB", "POS tagging"): (
        ("tdmsci-144", "ADDRESSES", "Chinese Treebank", "POS tagging"),
        CURATED_DEFINITION),
    ("tdmsci-74", "MEASURED_WITH", "PTB", "F-measure"): (
        ("tdmsci-74", "MEASURED_WITH", "Penn Treebank", "F-measure"),
        CURATED_DEFINITION),
    ("CVPR_2001_111_abs", "PROPOSES", "CVPR_2001_111_abs", "LNMF"): (
        ("CVPR_2001_111_abs", "PROPOSES", "CVPR_2001_111_abs", "local non-negative matrix factorization"),
        CURATED_DEFINITION),
    ("gh:NJU-LHRS/official-CMID", "MIM", "Method"): (
        ("gh:NJU-LHRS/official-CMID", "masked image modeling", "Method"),
        CURATED_DEFINITION),
    ("gh:xfcui/CoAtGIN", "MEASURED_WITH", "OGB Large-Scale", "MAE"): (
        ("gh:xfcui/CoAtGIN", "MEASURED_WITH", "OGB Large-Scale", "mean absolute error"),
        CURATED_DEFINITION),
    ("gh:xfcui/CoAtGIN", 0.0933, "score", "MAE", None, "CoAtGIN"): (
        ("gh:xfcui/CoAtGIN", 0.0933, "score", "mean absolute error", None, "CoAtGIN"),
        CURATED_DEFINITION),
    ("gh:ZhengxiangShi/DePT", "PEFT", "Method"): (
        ("gh:ZhengxiangShi/DePT", "parameter-efficient fine-tuning", "Method"),
        CURATED_DEFINITION),
    ("t:9ba2e1166c6fc0bc", "COMPARED_WITH", "CCL", "CL"): (
        ("t:9ba2e1166c6fc0bc", "COMPARED_WITH", "CCL", "curriculum learning"),
        CURATED_DEFINITION),
    ("tdmsci-150", "MEASURED_WITH", "MA", "accuracy"): (
        ("tdmsci-150", "MEASURED_WITH", "morphological analysis", "accuracy"),
        CURATED_DEFINITION),
    ("gh:sacs-epfl/cpfl", "FL", "Method"): (
        ("gh:sacs-epfl/cpfl", "federated learning", "Method"),
        CURATED_DEFINITION),
    ("gh:maum-ai/assem-vc", "ADDRESSES", "GTA finetuning", "VC"): (
        ("gh:maum-ai/assem-vc", "ADDRESSES", "GTA finetuning", "voice conversion"),
        CURATED_DEFINITION),
    ("gh:McGill-NLP/length-generalization", "PEs", "Method"): (
        ("gh:McGill-NLP/length-generalization", "positional encoding", "Method"),
        CURATED_DEFINITION),
    ("gh:eoduself/UDL", "IR", "Task"): (
        ("gh:eoduself/UDL", "information retrieval", "Task"),
        CURATED_DEFINITION),
    ("gh:donghao51/NNG-Mix", "ADDRESSES", "NNG-Mix", "AD"): (
        ("gh:donghao51/NNG-Mix", "ADDRESSES", "NNG-Mix", "anomaly detection"),
        CURATED_DEFINITION),
    ("gh:donghao51/NNG-Mix", "AD", "Task"): (
        ("gh:donghao51/NNG-Mix", "anomaly detection", "Task"),
        CURATED_DEFINITION),
    ("gh:corwinliu9669/Learning-a-Few-shot-Embedding-Model-with-Contrastive-Learning", "FSL", "Method"): (
        ("gh:corwinliu9669/Learning-a-Few-shot-Embedding-Model-with-Contrastive-Learning", "few-shot learning", "Method"),
        CURATED_DEFINITION),
    ("gh:buildingamind/ViT-CoT", "ViTs", "Model"): (
        ("gh:buildingamind/ViT-CoT", "ViT", "Model"),
        CURATED_DEFINITION),
    ("gh:Nokia-Bell-Labs/CroSSL", "OUTPERFORMS", "CroSSL", "SSL"): (
        ("gh:Nokia-Bell-Labs/CroSSL", "OUTPERFORMS", "CroSSL", "self-supervised learning"),
        CURATED_DEFINITION),
    ("gh:Nokia-Bell-Labs/CroSSL", "COMPARED_WITH", "CroSSL", "SSL"): (
        ("gh:Nokia-Bell-Labs/CroSSL", "COMPARED_WITH", "CroSSL", "self-supervised learning"),
        CURATED_DEFINITION),
    ("gh:Chaolei98/FreeZAD", "USES", "TTA", "PCS"): (
        ("gh:Chaolei98/FreeZAD", "USES", "test-time adaptation", "PCS"),
        CURATED_DEFINITION),
    ("gh:McGill-NLP/VinePPO", "RL", "Method"): (
        ("gh:McGill-NLP/VinePPO", "reinforcement learning", "Method"),
        CURATED_DEFINITION),
    ("gh:UNITES-Lab/moe-quantization", "MoE", "Method"): (
        ("gh:UNITES-Lab/moe-quantization", "mixture of experts", "Method"),
        CURATED_DEFINITION),
    ("gh:clovaai/AdamP", "GD", "Method"): (
        ("gh:clovaai/AdamP", "gradient descent", "Method"),
        CURATED_DEFINITION),
    ("gh:hayeong0/DDDM-VC", "ADDRESSES", "DDDMs", "VC"): (
        ("gh:hayeong0/DDDM-VC", "ADDRESSES", "DDDMs", "voice conversion"),
        CURATED_DEFINITION),
    ("gh:hayeong0/DDDM-VC", "VC", "Task"): (
        ("gh:hayeong0/DDDM-VC", "voice conversion", "Task"),
        CURATED_DEFINITION),
    ("gh:naver/gems", "RL", "Method"): (
        ("gh:naver/gems", "reinforcement learning", "Method"),
        CURATED_DEFINITION),
    ("gh:sapientinc/HRM", "CoT", "Method"): (
        ("gh:sapientinc/HRM", "chain-of-thought prompting", "Method"),
        CURATED_DEFINITION),
    ("gh:yl4579/DMOSpeech2", "TTS", "Method"): (
        ("gh:yl4579/DMOSpeech2", "speech synthesis", "Method"),
        CURATED_DEFINITION),
    ("gh:yl4579/StyleTTS2", "TTS", "Model"): (
        ("gh:yl4579/StyleTTS2", "speech synthesis", "Model"),
        CURATED_DEFINITION),
    ("gh:ywher/SAM4UDASS", "ADDRESSES", "UDA", "semantic segmentation"): (
        ("gh:ywher/SAM4UDASS", "ADDRESSES", "domain adaptation", "semantic segmentation"),
        CURATED_DEFINITION),
    ("gh:ywher/SAM4UDASS", "UDA", "Method"): (
        ("gh:ywher/SAM4UDASS", "domain adaptation", "Method"),
        CURATED_DEFINITION),
    ("gh:donghao51/NNG-Mix", "PROPOSES", "gh:donghao51/NNG-Mix", "Nearest Neighbor Gaussian Mixup"): (
        ("gh:donghao51/NNG-Mix", "PROPOSES", "gh:donghao51/NNG-Mix", "NNG-Mix"),
        "the definition \"named Nearest Neighbor Gaussian Mixup (NNG-Mix)\" is one mention of NNG-Mix "
        "now that the naming word is no part of its long form"),
    ("gh:jindongwang/transferlearning", "ADDRESSES", "AdaRNN", "action recognition"): (
        ("gh:jindongwang/transferlearning", "ADDRESSES", "AdaRNN", "human activity recognition"),
        "human activity recognition (sensors) is a task of its own in the gazetteer, no longer an alias of "
        "action recognition (video)"),
    ("gh:isyangshu/Surgformer", "PROPOSES", "gh:isyangshu/Surgformer", "Surgical Transformer"): (
        ("gh:isyangshu/Surgformer", "PROPOSES", "gh:isyangshu/Surgformer", "Surgformer"),
        BLENDED),
    ("gh:isyangshu/Surgformer", "Surgical Transformer", "Method"): (
        ("gh:isyangshu/Surgformer", "Surgformer", "Model"),
        BLENDED),
    ("gh:swz30/Restormer", "PROPOSES", "gh:swz30/Restormer", "Restoration Transformer"): (
        ("gh:swz30/Restormer", "PROPOSES", "gh:swz30/Restormer", "Restormer"),
        BLENDED),
    ("gh:swz30/Restormer", "Restoration Transformer", "Model"): (
        ("gh:swz30/Restormer", "Restormer", "Model"),
        BLENDED),
    ("t:a72818b0a3ed92ce", "COMPARED_WITH", "Exploratory Preference Optimization", "DPO"): (
        ("t:a72818b0a3ed92ce", "COMPARED_WITH", "XPO", "DPO"),
        "\"We propose a new algorithm …, Exploratory Preference Optimization (XPO)\": the name the paper gives is the "
        "bracketed one its sentences use"),
    ("P02-1060", "EVALUATED_ON", "HMM", "MUC-6"): (
        ("P02-1060", "EVALUATED_ON", "hidden Markov model", "MUC-6"),
        CURATED_KIND),
    ("P02-1060", "PROPOSES", "P02-1060", "HMM"): (
        ("P02-1060", "PROPOSES", "P02-1060", "hidden Markov model"),
        CURATED_KIND),
    ("gh:BNN-UPC/MARL-GNN-TE", "GNN", "Model"): (
        ("gh:BNN-UPC/MARL-GNN-TE", "graph neural network", "Method"),
        CURATED_KIND),
    ("gh:NVlabs/stylegan2-ada-pytorch", "GAN", "Model"): (
        ("gh:NVlabs/stylegan2-ada-pytorch", "generative adversarial network", "Method"),
        CURATED_KIND),
    ("gh:Visual-Attention-Network/VAN-Classification", "CNNs", "Model"): (
        ("gh:Visual-Attention-Network/VAN-Classification", "CNN", "Method"),
        CURATED_KIND),
    ("gh:basiralab/predUncertaintywithDomainShift", "GNN", "Model"): (
        ("gh:basiralab/predUncertaintywithDomainShift", "graph neural network", "Method"),
        CURATED_KIND),
    ("gh:chao92/CE-FGAT", "GNNs", "Model"): (
        ("gh:chao92/CE-FGAT", "graph neural network", "Method"),
        CURATED_KIND),
    ("gh:microsoft/CvT", "CNNs", "Model"): (
        ("gh:microsoft/CvT", "CNN", "Method"),
        CURATED_KIND),
    ("gh:snap-research/MLPInit-for-GNNs", "GNNs", "Model"): (
        ("gh:snap-research/MLPInit-for-GNNs", "graph neural network", "Method"),
        CURATED_KIND),
    ("gh:terarachang/ACCV_TinyGAN", "GANs", "Model"): (
        ("gh:terarachang/ACCV_TinyGAN", "generative adversarial network", "Method"),
        CURATED_KIND),
    ("gh:zhengchen1999/HI-Diff", "DMs", "Model"): (
        ("gh:zhengchen1999/HI-Diff", "diffusion model", "Method"),
        CURATED_KIND),
    ("gh:emalgorithm/directed-graph-neural-network", "MPNNs", "Model"): (
        ("gh:emalgorithm/directed-graph-neural-network", "message passing neural network", "Method"),
        CURATED_KIND),
    ("gh:caiyuanhao1998/MST-plus-plus", "CNNs", "Model"): (
        ("gh:caiyuanhao1998/MST-plus-plus", "CNN", "Method"),
        CURATED_KIND),
    ("gh:zhengzhi-1997/LLM-TRSR", "RNN", "Model"): (
        ("gh:zhengzhi-1997/LLM-TRSR", "RNN", "Method"),
        CURATED_KIND),
    ("gh:caiyuanhao1998/MST-plus-plus", "PROPOSES", "gh:caiyuanhao1998/MST-plus-plus",
     "Multi-stage Spectral-wise Transformer"): (
        ("gh:caiyuanhao1998/MST-plus-plus", "PROPOSES", "gh:caiyuanhao1998/MST-plus-plus", "MST++"),
        "a short form ending in \"++\" is defined by its long form: \"Multi-stage Spectral-wise Transformer (MST++)\""),
    ("gh:zhoudw-zdw/RevisitingCIL", "PROPOSES", "gh:zhoudw-zdw/RevisitingCIL", "ADapt And Merge"): (
        ("gh:zhoudw-zdw/RevisitingCIL", "PROPOSES", "gh:zhoudw-zdw/RevisitingCIL", "ADAM"),
        "\"ADapt And Merge (ADAM)\": a long form may open with a word in capitals; in this paper ADAM is "
        "its definition, not the Adam optimizer"),
    ("gh:zjt-gpu/FDF", "USES", "FDF", "PTM"): (
        ("gh:zjt-gpu/FDF", "USES", "FDF", "Polynomial Trend Module"),
        "PTM is a generic short form (\"pre-trained models (PTMs)\"), so \"a Polynomial Trend Module (PTM)\" "
        "is named by its long form"),
    ("gh:magic-research/PLLaVA", 58.1, "score", "accuracy", None, "PLLaVA"): (
        ("gh:magic-research/PLLaVA", 58.1, "score", "accuracy", "MVBench", "PLLaVA"),
        "\"On the latest multi-choice benchmark MVBench\": a name right after \"benchmark\" is one"),
    ("gh:seoultech-bigbase/2L-GRL", "PROPOSES", "gh:seoultech-bigbase/2L-GRL", "Subgraph-as-a-Node Graph"): (
        ("gh:seoultech-bigbase/2L-GRL", "PROPOSES", "gh:seoultech-bigbase/2L-GRL", "SaaN"),
        "\"called Subgraph-as-a-Node Graph (SaaN in short)\": the short name given is the name"),
    ("gh:arbishakram/US-GAN", 7.0, "gain", "FVS", None, None): (
        ("gh:arbishakram/US-GAN", 7.0, "gain", "FVS", None, "US-GAN"),
        "\"It yields 7% increase in face verification score\": a sentence's opening \"It\" is the paper's method"),
    ("gh:justinkay/aldi", 2.0, "gain", "average precision", None, None): (
        ("gh:justinkay/aldi", 2.0, "gain", "average precision", None, "ALDI++"),
        "the \"ours\" of a remark in brackets (\"(where ours is the only method …)\") does not take the "
        "result from ALDI++"),
    ("gh:evennnm/EMSUNet-Ultra-Lightweight-Network", 93.19, "score", "Dice coefficient", "Kvasir-SEG", None): (
        ("gh:evennnm/EMSUNet-Ultra-Lightweight-Network", 93.19, "score", "Dice coefficient", "Kvasir-SEG", "EMSUNet"),
        "\"The base model presented in this paper … attaining a Dice score of 93.19%\" is the paper's EMSUNet"),
    **{("gh:NirAharon/BoT-SORT", value, "score", metric, "MOT17", None): (
        ("gh:NirAharon/BoT-SORT", value, "score", metric, "MOT17", "BoT-SORT"),
        "\"For MOT17: 80.5 MOTA, 80.2 IDF1, and 65.0 HOTA are achieved\": what \"are achieved\" is the paper's method's")
       for value, metric in ((80.5, "MOTA"), (80.2, "IDF1"), (65.0, "HOTA"))},
    ("gh:TuSimple/centerformer", 75.6, "score", "mAPH", None, "CenterFormer"): (
        ("gh:TuSimple/centerformer", 75.6, "score", "mAPH", "Waymo Open Dataset", "CenterFormer"),
        "\"on the Waymo Open Dataset, with 73.7% mAPH on the validation set and 75.6% mAPH on the test set\": a "
        "split of the dataset named before"),
    ("gh:thangvubk/SoftGroup", 6.8, "gain", "average precision", "S3DIS", None): (
        ("gh:thangvubk/SoftGroup", 6.8, "gain", "average precision", "S3DIS", "SoftGroup"),
        "\"this paper proposes … a method referred to as SoftGroup\" introduces it, and \"Its performance\" is its"),
    ("gh:sunjiahao1999/SPFormer", "EVALUATED_ON", "SPFormer", "ScanNetv2"): (
        ("gh:sunjiahao1999/SPFormer", "EVALUATED_ON", "SPFormer", "ScanNet"),
        "ScanNet v2 is a version of the curated ScanNet, now one of its aliases"),
    ("gh:sunjiahao1999/SPFormer", 4.3, "gain", "mean average precision", "ScanNetv2", "SPFormer"): (
        ("gh:sunjiahao1999/SPFormer", 4.3, "gain", "mean average precision", "ScanNet", "SPFormer"),
        "ScanNet v2 is a version of the curated ScanNet, now one of its aliases"),
    ("gh:tanfiona/CausalNewsCorpus", 64.0, "score", "F1", None, None): (
        ("gh:tanfiona/CausalNewsCorpus", 64.0, "score", "F1", "CNC", None),
        "\"Our corpus is known as the Causal News Corpus (CNC)\" introduces CNC, so \"on the CNC test set\" names it"),
    ("P02-1060", "MEASURED_WITH", "MUC-7 English NE", "F-measures"): (
        ("P02-1060", "MEASURED_WITH", "MUC-7 English NE", "F-measure"),
        "\"F-measures\" is a plural of the curated F-measure, now its alias"),
    **{key: ((*key[:2], variant, key[3]) if len(key) == 4 else (*key[:5], variant),
             f"a model's name with a size glued on is that variant's: \"{variant}\"")
       for key, variant in (
           (("gh:open-mmlab/mmsegmentation", "EVALUATED_ON", "SegFormer", "Cityscapes"), "SegFormer-B5"),
           (("gh:open-mmlab/mmsegmentation", 84.0, "score", "mIoU", "Cityscapes", "SegFormer"), "SegFormer-B5"),
           (("gh:czczup/ViT-Adapter", "EVALUATED_ON", "ViT-Adapter", "MS COCO"), "ViT-Adapter-L"),
           *((("gh:czczup/ViT-Adapter", value, "score", "average precision", "MS COCO", "ViT-Adapter"), "ViT-Adapter-L")
             for value in (53.0, 60.9)),
           # (and of the paper's own name: "Our VCMamba-B achieves 82.6% top-1 accuracy", "GroupMixFormer-L … attains")
           (("gh:Wertyuui345/VCMamba", "EVALUATED_ON", "VCMamba", "ImageNet-1K"), "VCMamba-B"),
           (("gh:Wertyuui345/VCMamba", "EVALUATED_ON", "VCMamba", "ADE20K"), "VCMamba-B"),
           (("gh:Wertyuui345/VCMamba", 82.6, "score", "top-1 accuracy", "ImageNet-1K", "VCMamba"), "VCMamba-B"),
           (("gh:Wertyuui345/VCMamba", 0.3, "gain", "top-1 accuracy", "ImageNet-1K", "VCMamba"), "VCMamba-B"),
           (("gh:Wertyuui345/VCMamba", 47.1, "score", "mIoU", "ADE20K", "VCMamba"), "VCMamba-B"),
           (("gh:Wertyuui345/VCMamba", 2.0, "gain", "mIoU", "ADE20K", "VCMamba"), "VCMamba-B"),
           (("gh:badripatro/SpectFormers", "EVALUATED_ON", "SpectFormer", "ImageNet-1K"), "SpectFormer-S"),
           (("gh:badripatro/SpectFormers", 84.25, "score", "top-1 accuracy", "ImageNet-1K", "SpectFormer"), "SpectFormer-S"),
           (("gh:AILab-CVC/GroupMixFormer", 86.2, "score", "top-1 accuracy", "ImageNet-1K", "GroupMixFormer"),
            "GroupMixFormer-L"),
           (("gh:AILab-CVC/GroupMixFormer", 51.2, "score", "mIoU", "ADE20K", "GroupMixFormer"), "GroupMixFormer-B"))},
    **{("gh:Chenkehan21/CA-Nav-code", value, "gain", "success rate", None, "CA-Nav"): (
        ("gh:Chenkehan21/CA-Nav-code", value, "gain", "success rate", dataset, "CA-Nav"),
        "R2R-CE and RxR-CE are variants of curated datasets now, and \"on the validation unseen splits of R2R-CE "
        "and RxR-CE, respectively\" opens a list's datasets") for value, dataset in ((12.0, "R2R-CE"), (13.0, "RxR-CE"))},
    **{("gh:HaixiaBi1982/ECP-Mamba", value, "score", metric, None, "ECP-Mamba"): (
        ("gh:HaixiaBi1982/ECP-Mamba", value, "score", metric, "Flevoland 1989", "ECP-Mamba"),
        "a name, a year and a data noun name a dataset: \"On the Flevoland 1989 dataset, ECP-Mamba achieves …\"")
       for value, metric in ((99.7, "OA"), (99.64, "AA"))},
    ("gh:pranzalkhadka/T-Gated-Adapter", 0.366, "score", "Dice coefficient", None, "T-Gated Adapter"): (
        ("gh:pranzalkhadka/T-Gated-Adapter", 0.366, "score", "Dice coefficient", "AMOS22", "T-Gated Adapter"),
        "a dataset's code found before its head noun (\"on BTCV and AMOS22 datasets\") is found where written "
        "alone: \"in a cross-modality evaluation on AMOS22 MRI …, our method achieves a mean Dice of 0.366\""),
    **{("gh:yuhui-zh15/MixedModalitySearch", value, "gain", "NDCG", None, "GR-CLIP"): (
        ("gh:yuhui-zh15/MixedModalitySearch", value, "gain", "NDCG", "MixBench", "GR-CLIP"),
        "a written name ending in \"Bench\" names a benchmark: \"Evaluated on MixBench—the first benchmark …—GR-CLIP "
        "improves NDCG@10 by up to 26 percentage points\"") for value in (26.0, 4.0)},
    **{("gh:lzw514601882/PLNet", value, "score", metric, None, None): (
        ("gh:lzw514601882/PLNet", value, "score", metric, None, "PLNet"),
        "an \"it\" after an opening phrase is the paper's method too: \"On skin cancer images, it attains an IoU of "
        "79.57%\"") for value, metric in ((79.57, "IoU"), (88.62, "Dice coefficient"))},
    ("gh:Alibaba-MIIL/TResNet", 99.1, "score", "accuracy", "Oxford-Flowers", "TResNet"): (
        ("gh:Alibaba-MIIL/TResNet", 99.1, "score", "accuracy", "Oxford Flowers-102", "TResNet"),
        "the census wrote the name as the abstract does; \"Oxford-Flowers\" is the curated Oxford Flowers-102 (its "
        "alias \"Oxford Flowers\" with a hyphen)"),
    ("gh:wkdgnsgo/HAE", "Directional Feature Alignment objective", "Method"): (
        ("gh:wkdgnsgo/HAE", "Directional Feature Alignment", "Method"),
        "\"objective\" is a generic head now, as \"method\" is: the name before it names the entity"),
    **{("gh:hellowangqian/UDA-norm-VAE", value, "score", "accuracy", None, "norm-AE"): (
        ("gh:hellowangqian/UDA-norm-VAE", value, "score", "accuracy", dataset, "norm-AE"),
        "a capitalised word opening a list of datasets that a plural data noun closes is one too (\"on Digits, "
        "Office31 and Office-Home datasets\"), so the list pairs with the numbers \"respectively\"")
       for value, dataset in ((97.2, "Digits"), (87.6, "Office-31"), (68.6, "Office-Home"))},
    ("gh:shuibinlong/ConvR", 7.0, "gain", "MRR", None, None): (
        ("gh:shuibinlong/ConvR", 7.0, "gain", "MRR", None, "ConvR"),
        "\"It offers a 7% increase in MRR\": a sentence's opening \"It\" is the paper's method"),
}


@pytest.mark.parametrize("fixture", [*FIXTURES, *DEVELOPMENT], ids=lambda p: p.name)
def test_every_edge_judged_correct_is_still_extracted(fixture, extracted_edges):
    missing = [_edge_key(r) for r in _rows(fixture)
               if r["verdict"] == "correct" and RENAMED.get(_edge_key(r), (_edge_key(r),))[0] not in extracted_edges]
    assert not missing, missing


def test_the_development_checks_errors_stay_fixed(extracted_edges):
    back = [_edge_key(r) for fixture in DEVELOPMENT for r in _rows(fixture)
            if r["verdict"] == "wrong" and _edge_key(r) in extracted_edges]
    assert not back, back


# Checked by hand in stop 22: each sample paper introduces this name in a definition ("we
# propose Gradient Low-Rank Projection (GaLore), a training strategy", "we introduce the
# Reasoning-augmented Continual Learning (RCL) approach"); no rule proposed them before.
PROPOSED_BY_DEFINITION = [
    ("t:05df81763fc6f6c8", "PCP"), ("t:1807540dd572be8a", "GaLore"), ("t:1f3a10e311886d7c", "RCL"),
    ("t:36463784747de15e", "UniCode"), ("t:412dc4679963593b", "MulKI"), ("t:457bb7a38f5d46e0", "MoD"),
    ("t:46486904f2381436", "RST"), ("t:486e15d5aa332922", "HLE"), ("t:4e51cff3c34f2180", "JARe"),
    ("t:4e51cff3c34f2180", "SLM"), ("t:5c1af395a82ac9bd", "SynthER"), ("t:63ffbe7e26298a38", "EFT"),
    ("t:714674d3ffdaef12", "DRM"), ("t:71ee7aeed8f73c03", "UCs"), ("t:7cd22b30726e434d", "UDR"),
    ("t:87d8fa6cedb16b64", "IntTune"), ("t:87d8fa6cedb16b64", "SLoRA"), ("t:9ba2e1166c6fc0bc", "CCL"),
    ("t:be1212cbc30ae9fc", "MetaCLIP"), ("t:e9e99b0d5634dfdf", "LASF"), ("t:e9e99b0d5634dfdf", "UniDI"),
    ("t:ed4de3d48b1a61a5", "Branch-Train-Merge"), ("t:f84cd755b79d1c9c", "GRL"), ("t:f95d2d85e4b5b4f5", "DyLoRA"),
]


def test_names_the_samples_introduce_in_a_definition_are_proposed(extracted_edges):
    missing = [(paper, name) for paper, name in PROPOSED_BY_DEFINITION
               if (paper, "PROPOSES", paper, name) not in extracted_edges]
    assert not missing, missing


def _result_key(r) -> tuple:
    return r["paper"], r["value"], r["kind"], r["metric"], r["dataset"], r["subject"]


@pytest.fixture(scope="module")
def held_out() -> list:
    """kg's extractions of SciERC dev and train and TDMSci, text no rule was written for."""
    from kg.evaluate import guess_format, load_gold
    from kg.models import Paper

    missing = [path for path in HELD_OUT if not path.exists()]
    if missing:
        skip_or_fail(f"annotated corpora {missing} are missing (set KG_SHARED_DATA to ../shared/data)")
    papers = [Paper(key=doc.key, title="", abstract=doc.text)
              for path in HELD_OUT for doc in load_gold(str(path), guess_format(str(path)))]
    return extract_batch(build_nlp(), papers)


@pytest.fixture(scope="module")
def held_out_results(held_out) -> set[tuple]:
    return _extracted(held_out, "results")


@pytest.mark.parametrize("fixture", HELD_OUT_EDGES, ids=lambda p: p.name)
def test_held_out_edge_check(fixture, held_out, capsys):
    rows = _rows(fixture)
    assert len(rows) == SIZES.get(fixture.name, 50) and not any(r["relation"] == "MENTIONS" for r in rows)
    assert all(r["note"] for r in rows if r["verdict"] == "wrong"), "a wrong edge says why"
    edges = _extracted(held_out, "edges")
    correct = [_edge_key(r) for r in rows if r["verdict"] == "correct"]
    with capsys.disabled():
        print(f"\n{fixture.name}: {len(correct)}/{len(rows)} correct when drawn, precision {len(correct) / len(rows):.2f}")
    missing = [k for k in correct if RENAMED.get(k, (k,))[0] not in edges and k not in LOST_FOR_A_REASON]
    assert not missing, missing
    back = [_edge_key(r) for r in rows
            if r["verdict"] == "wrong" and _edge_key(r) in edges and _edge_key(r) not in STILL_WRONG]
    assert not back, back


@pytest.mark.parametrize("fixture", RESULTS, ids=lambda p: p.name)
def test_held_out_results_check(fixture, held_out_results, capsys):
    rows = _rows(fixture)
    assert len(rows) == SIZES.get(fixture.name, 30) and all(r["verdict"] in {"correct", "wrong"} for r in rows)
    assert all(r["note"] for r in rows if r["verdict"] == "wrong"), "a wrong result says why"
    correct = [r for r in rows if r["verdict"] == "correct"]
    with capsys.disabled():
        print(f"\n{fixture.name}: {len(correct)}/{len(rows)} correct when drawn, "
              f"precision {len(correct) / len(rows):.2f}")
    keys = [RESULTS_READ_AGAIN.get(_result_key(r), (_result_key(r),))[0] for r in correct]
    missing = [key for key in keys if key not in held_out_results]
    assert not missing, missing


@pytest.fixture(scope="module")
def unseen() -> dict[str, list]:
    """kg's extractions of the recent abstracts in tests/data/unseen_abstracts*.jsonl, by file name."""
    from loaders import read_papers

    nlp = build_nlp()
    return {path.name: extract_batch(nlp, list(read_papers([path], RejectSink())))
            for path in sorted(DATA.glob("unseen_abstracts*.jsonl"))}


STILL_WRONG_UNSEEN = {
    ('gh:mit-han-lab/x-attention', 'USES', 'Transformers', 'sparse attention'),
    ('gh:eladrich/pixel2style2pixel', 'ADDRESSES', 'StyleGAN', 'image-to-image translation'),
    ('gh:mit-han-lab/qserve', 'QServe inference', 'Method'),
    ('gh:mit-han-lab/x-attention', 'LCTMs', 'Model'),
    ('gh:EleutherAI/lm-evaluation-harness', 'ADDRESSES', 'MMLU-ProX', 'machine translation'),
    ('gh:bernardoleite/question-generation-t5-pytorch-lightning', 'QG', 'Method'),
    ('gh:jaywalnut310/vits', 'TTS', 'Method'),
    ('gh:yl4579/StyleTTS2', 'TTS', 'Model'),
    ('gh:zouharvi/mt-peek', 'MT toolkits', 'Method'),
    ('gh:preceptorai-org/NLLB_CS_EM_NLP2024', 'MT', 'Method'),
    ('gh:yl4579/DMOSpeech2', 'TTS', 'Method'),
    ('gh:fahadshamshad/Clip2Protect', 'ADDRESSES', 'CLIP2Protect', 'face recognition'),
    ('gh:hayeong0/DDDM-VC', 'ADDRESSES', 'mixup', 'voice conversion'),
    ('gh:hayeong0/DDDM-VC', 'ADDRESSES', 'mixup', 'style transfer'),
    ('gh:hayeong0/DDDM-VC', 'OUTPERFORMS', 'DDDM-VC', 'VC'),
    ('gh:hayeong0/DDDM-VC', 'COMPARED_WITH', 'DDDM-VC', 'VC'),
    ('gh:mmaaz60/mvits_for_class_agnostic_od', 'MViT', 'Model'),
    ('gh:maum-ai/assem-vc', 'VC', 'Method'),
    ('gh:eoduself/UDL', 'IR', 'Model'),
    ('gh:ADMAntwerp/GraphXAIN', 'GNN predictions', 'Task'),
    ('gh:SALT-NLP/DARG', 'DARG', 'Model'),
    # sets 10 and 11, judged at 66193dd (the fixes that came of them drop their keys)
    ("gh:DeLin1001/SDHN", "Moving Agents", "Model"),
    ("gh:Chaolei98/FreeZAD", "ZS-TAD", "Method"),
    ("gh:Cloudcatcher888/FeSAIL", "CTR prediction", "Model"),
    ("gh:SunJ000/WDMamba", "ADDRESSES", "Mamba", "image dehazing"),
    ("gh:prs-eth/ResDepth", "DSMs", "Model"),
    # set 12, judged at 9a316ab
    ("gh:mlkk518/INN-RSIC", "PnP", "Method"),
    ("gh:AIRLABkhu/SACuP", "Sonar image Augmentation", "Method"),
    ("gh:QiushiYang/McSc", "RM-preferred videos", "Dataset"),
    # sets 13 and 14, judged at fd30c2a
    ("gh:drumpt/SGEM", "speech recognition", "Model"),
    ("gh:XiangZ-0/HiT-SR", "USES", "SR", "self-attention"),
    ("gh:zqhang/AnomalyCLIP", "ADDRESSES", "CLIP", "ZSAD"),
    ("gh:orrzohar/PROB", "ADDRESSES", "OD", "OWOD"),
    ("gh:orrzohar/PROB", "OUTPERFORMS", "PROB", "OWOD"),
    ("gh:orrzohar/PROB", "COMPARED_WITH", "PROB", "OWOD"),
    ("gh:orrzohar/PROB", 10.0, "score", "mean average precision", None, "PROB"),
    ("gh:sarulab-speech/UTMOS22", "UTokyo-SaruLab mean opinion", "Metric"),
    ("gh:nickgkan/3d_diffuser_actor", "3D translation", "Task"),
    # set 15, judged at db157e3 (after the fixes of sets 13 and 14)
    ("gh:seoultech-bigbase/2L-GRL", "OUTPERFORMS", "SaaN 2L-GRL", "GRL"),
    ("gh:seoultech-bigbase/2L-GRL", "COMPARED_WITH", "SaaN 2L-GRL", "GRL"),
    ("gh:HYU-NLP/BlendX", "task-oriented dialogue", "Method"),
    ("gh:iai-group/cikm2018-intentsKB", "IntentsKB", "Method"),
    ("gh:MoonshotAI/Kimi-Linear", "KDA kernel", "Method"),
    ("gh:tokeron/DeLeaker", "T2I", "Model"),
    ("gh:tokeron/DeLeaker", "text-to-image generation", "Model"),
    ("gh:stanford-oval/dialogues", "task-oriented dialogue", "Model"),
    ("gh:BingguangHao/FunReason", "CoT reasoning", "Task"),
    ("gh:stanford-oval/dialogues", "ToD agents", "Model"),
    # sets 16 and 17, judged at 695d8e3
    ("gh:Alibaba-MIIL/TResNet", "EVALUATED_ON", "ResNet-50", "ImageNet"),
    ("gh:BangguWu/ECANet", "Theproposed ECA", "Method"),
    ("gh:Sonata165/ControllableLyricTranslation", "English-Chinese lyric translation", "Method"),
    ("gh:PixArt-alpha/PixArt-alpha", "T2I", "Model"),
    ("gh:S-LoRA/S-LoRA", "CUDA kernels", "Method"),
    # set 18, judged at 1bc5cf6 (after the fixes of sets 16 and 17)
    ("gh:badripatro/SpectFormers", "EVALUATED_ON", "transfer learning", "CIFAR-10"),
    ("gh:ibrahim-radwan/synpredict", "MEASURED_WITH", "ONEIL", "CSS"),
    ("gh:ClaudiaShu/DeformTime", "EVALUATED_ON", "DeformTime", "MTS data"),
    ("gh:kevinhu-nv/NeMo_CoT", "MEASURED_WITH", "En->X", "BLEU"),
    ("gh:KellerJordan/REPAIR", 1.5, "score", "error rate", None, "ResNet-18"),
    ("gh:rabiul-ai/ProKDF-Nodule-Classification", 87.48, "score", "F1", "LIDC-IDRI", "DTS"),
    ("gh:rabiul-ai/ProKDF-Nodule-Classification", "Image Database", "Dataset"),
    ("gh:ibrahim-radwan/synpredict", "TranSynergy Loewe score prediction", "Task"),
    ("gh:Inha-CVAI/HDA-Net", "RGB dual attention", "Model"),
    ("gh:ibrahim-radwan/synpredict", "HSA", "Model"),
    ("gh:Aitical/CFSR", "SR", "Method"),
    ("gh:Zi-Jian-Gao/Stabilizing-Zero-Shot-Prediction-ZAF", "EMA-LoRA neural", "Model"),
    ("gh:Inha-CVAI/HDA-Net", "RGB representation", "Method"),
    # set 19, judged at be0b902 (after the first fixes of stop 33)
    ("gh:lhoyer/DAFormer", "Thing-Class ImageNet Feature Distance", "Metric"),
    # set 20, judged at 1cda095 (stop 34, after its first fixes)
    ("gh:yhli-ml/PLNL", "EVALUATED_ON", "CLL", "STL-10"),
    ("gh:DL4mHealth/TS-Contrastive-Augmentation-Recommendation", "recommendation", "Task"),
    # set 21, judged at a4e2811 (stop 34, after the fixes for set 20)
    ("gh:YounggjuuChoi/HiRN", "ADDRESSES", "RNN", "video super-resolution"),
    # set 22, judged at c0dbe00 (stop 34, after the fixes of sets 20 and 21)
    ("gh:kkfaraz/fyp-novel-object-detection", "NOD", "Method"),
    ("gh:SmartBot-PJLab/P3Former", "PA-Seg", "Task"),
    # set 23, judged at 5597214 (stop 35, after the fixes of its first commit)
    ("gh:yanx27/PhraseRefer", "3DVG", "Method"),
    ("gh:yanx27/PhraseRefer", "3DVG", "Dataset"),
    # set 24, judged at 32e133d (stop 35, after the fixes of set 23)
    ("gh:mileyan/Pseudo_Lidar_V2", "ADDRESSES", "Pseudo-LiDAR++", "3D detection"),
    # set 25, judged at b389afe (stop 35, after the fixes of set 24)
    ("gh:shengyin1224/MADE", "MEASURED_WITH", "MADE", "average precision"),
    ("gh:shengyin1224/MADE", "MADE", "Task"),
    ("gh:nipdep/TEZARNet", "IMU", "Dataset"),
    ("gh:nipdep/TEZARNet", "ZS-HAR", "Model"),
    ("gh:nipdep/TEZARNet", "IMU-data", "Dataset"),
    ("gh:yunzhengzhu/DART", "CT registration", "Model"),
    ("gh:nipdep/TEZARNet", "IMU", "Model"),
    ("gh:nipdep/TEZARNet", "ZS-HAR", "Method"),
    # set 26, judged at c49eb90 (stop 36, before any rule for it)
    ("gh:KanokphanL/PCIE_Ego4D_Social_Interaction", "LAM", "Dataset"),
    ("gh:mh-miao/CVIS", "CVIS", "Method"),
    ("gh:MeiqiZhang7/LGF-SLR", "WLASL American Sign Language", "Dataset"),
    # set 27, judged at 39d85d3 (stop 36, after the fixes of set 26)
    ("gh:MengfeiD/PanOoS", "OoS", "Model"),
    ("gh:gibbsy619/AN-OPTIMISED-END-TO-END-SYSTEM-TO-IDENTIFY-HIGH-RISK-RUGBY-TACKLES", "AN-OPTIMISED-END-TO-END-SYSTEM", "Method"),
    ("gh:gibbsy619/AN-OPTIMISED-END-TO-END-SYSTEM-TO-IDENTIFY-HIGH-RISK-RUGBY-TACKLES", "HIA", "Method"),
    ("gh:ninpei7114/galactic_bubble", "math word problem solving", "Task"),
    # set 28, judged at a42ec57 (stop 36, after the fixes of set 27)
    ("gh:hellowangqian/UDA-norm-VAE", "ADDRESSES", "domain adaptation", "image classification"),
    ("gh:chengyi-chris/UPure", 0.0, "score", "attack success rate", None, "SSL"),
    ("gh:hellowangqian/UDA-norm-VAE", "domain adaptation", "Method"),
    ("gh:yaramohamadi/CAMFT", "MF generator", "Model"),
    ("gh:hellowangqian/UDA-norm-VAE", "SPL", "Task"),
    # set 29, judged at 2b7a33a (stop 37, after stop 36's fixes and this stop's first three)
    ("gh:KaiTang-eng/CoIFNet", "EVALUATED_ON", "CoIFNet", "MSTF"),
    ("gh:jxthyatt/DDA-CoSoAdapt", "Regularization Adaptation", "Method"),
    ("gh:KaiTang-eng/CoIFNet", "MSTF", "Dataset"),
    ("gh:nicklashansen/voice-activity-detection", "speech recognition", "Method"),
    ("gh:hariharan98m/covid-ct-seg", "Decoder CNN", "Model"),
    ("gh:hariharan98m/covid-ct-seg", "Cross Context Attention", "Method"),
    ("gh:hariharan98m/covid-ct-seg", "Contour-enhanced Attention", "Method"),
    # set 30, judged at 191e8bf (stop 37, after the fixes of set 29)
    ("gh:UKPLab/naacl2025-cove", "COntext", "Task"),
    ("gh:LuciaGomZa/INTERSPEECH2023_AlzheimersDisease", "speech recognition", "Model"),
    # set 32, judged at 1a7e4ea (stop 38, after this stop's first fixes)
    ("gh:Qi-Yangsjtu/LGSCV", "BASED_ON", "Compression", "LGSCV"),
    ("gh:human-analysis/3dfacefill", "UV representation", "Method"),
    ("gh:Qi-Yangsjtu/LGSCV", "Compression", "Method"),
    ("gh:human-analysis/3dfacefill", "2D completions", "Task"),
    # set 33, judged at cf2475d (stop 38, after the fixes of set 32)
    ("gh:MODAL-UNINA/GRAPHITE", "ITS", "Method"),
    # set 34, judged at 4004163 (stop 38, after the fixes of set 33)
    ("gh:EmorZz1G/PatchAD", "USES", "MLP-Mixer", "contrastive learning"),
    ("gh:Sengokuuuu/HASTNet", "Transformer", "Method"),
    # judged wrong when kg read it as the score reached; since stop 39 kg states the level a change
    # starts from as a score of no one named, which it is
    ("gh:pis2016004-prog/ACTIVE-LEARNING-ANOMALY", 0.762, "score", "precision", None, None),
    # judged wrong as a score; since stop 39 a bound a result's verb states is a result marked "at least",
    # which this is ("a mean Average Precision (mAP) exceeding 85%"; DBL's "to exceed 90% mark on the mIoU
    # score" is now read on CF, the dataset of the sentence before)
    ("gh:Pengyu-gis/Historical-Aerial-Photos", 85.0, "score", "mAP", None, "YOLOv11n"),
    # set 35, judged at 39c4b85 (stop 39, after this stop's first rule: results with no metric named)
    ("gh:caoji2001/CORE", "OUTPERFORMS", "CORE", "TRL"),
    ("gh:caoji2001/CORE", "COMPARED_WITH", "CORE", "TRL"),
    ("gh:BioMedIA-MBZUAI/SimLVSeg", "precision", "Metric"),
    ("gh:amazon-science/zero-shot-e2e-slu", "SLU", "Method"),
    ("gh:amazon-science/zero-shot-e2e-slu", "speech recognition", "Method"),
    ("gh:BioMedIA-MBZUAI/SimLVSeg", "accuracy", "Metric"),
    ("gh:caoji2001/CORE", "TRL", "Method"),
    ("gh:amazon-science/zero-shot-e2e-slu", "spoken language understanding", "Method"),
    ("gh:amazon-science/zero-shot-e2e-slu", "natural language understanding", "Method"),
    # set 36, judged at 39c4b85 (stop 39, as set 35)
    ("gh:Jia7888/MA-HybridBTS", "BTS", "Method"),
    # set 37, judged at 39c4b85 (stop 39, as set 35)
    ("gh:yzyouzhang/AIR-ASVspoof", "speaker verification", "Method"),
    ("gh:yzyouzhang/AIR-ASVspoof", "ASV", "Method"),
    # set 40, judged at 1d29203 (stop 39, after three fixes of sets 35 to 37; sets 38 and 39 were still being collected)
    # set 38, judged at a0e7381 (stop 39, after set 40's fixes)
    ("gh:Audio-WestlakeU/audiossl", "SSL", "Model"),
    ("gh:FinnBehrendt/Mahalanobis-Unsupervised-Anomaly-Detection", "UAD", "Method"),
    # set 39, judged at df4956b (stop 39, as set 38)
    # set 41, judged at 0dfea37 (stop 39, after the fixes of sets 35 to 40 so far)
    ("gh:wiktormucha/effhandegonet", "ADDRESSES", "EffHandNet", "action recognition"),
    ("gh:wiktormucha/effhandegonet", "EVALUATED_ON", "EffHandNet", "H2O"),
    ("gh:wiktormucha/effhandegonet", "EVALUATED_ON", "EffHandNet", "FPHA"),
    ("gh:wiktormucha/effhandegonet", 91.32, "score", "accuracy", "H2O", "EffHandNet"),
    ("gh:wiktormucha/effhandegonet", 94.43, "score", "accuracy", "FPHA", "EffHandNet"),
    ("gh:olgarithmics/ICLR_CAMIL", "MIL", "Model"),
    ("gh:omkarsoak/DFANet-SCD", "TERRA-CD", "Model"),
}


def _mention_key(r) -> tuple:
    return r["paper"], r["canonical"], r["type"]


def _extracted(extractions: list, kind: str) -> set[tuple]:
    """What a check compares its verdicts with: the extracted edges, results or entities."""
    if kind == "edges":
        return {(ex.paper_id, r.type, r.source, r.target) for ex in extractions for r in ex.relations}
    if kind == "results":
        return {_result_key({"paper": ex.paper_id, **r.model_dump()}) for ex in extractions for r in ex.results}
    return {(ex.paper_id, m.canonical, m.type) for ex in extractions for m in ex.entities}


# (abstracts, check, what it judged, its size): censuses of edges and results, draws of 50 entities
UNSEEN_CHECKS = [
    ("unseen_abstracts.jsonl", "edge_check_13.jsonl", "edges", 63),
    ("unseen_abstracts.jsonl", "results_check_5.jsonl", "results", 10),
    ("unseen_abstracts.jsonl", "mention_check.jsonl", "entities", 50),
    ("unseen_abstracts_2.jsonl", "edge_check_14.jsonl", "edges", 52),
    ("unseen_abstracts_2.jsonl", "results_check_6.jsonl", "results", 5),
    ("unseen_abstracts_2.jsonl", "mention_check_2.jsonl", "entities", 50),
    ("unseen_abstracts_3.jsonl", "edge_check_15.jsonl", "edges", 60),
    ("unseen_abstracts_3.jsonl", "results_check_7.jsonl", "results", 13),
    ("unseen_abstracts_3.jsonl", "mention_check_3.jsonl", "entities", 50),
    ("unseen_abstracts_4.jsonl", "edge_check_16.jsonl", "edges", 51),
    ("unseen_abstracts_4.jsonl", "results_check_8.jsonl", "results", 9),
    ("unseen_abstracts_4.jsonl", "mention_check_4.jsonl", "entities", 50),
    ("unseen_abstracts_5.jsonl", "edge_check_17.jsonl", "edges", 52),
    ("unseen_abstracts_5.jsonl", "results_check_9.jsonl", "results", 4),
    ("unseen_abstracts_5.jsonl", "mention_check_5.jsonl", "entities", 50),
    ("unseen_abstracts_6.jsonl", "edge_check_18.jsonl", "edges", 56),
    ("unseen_abstracts_6.jsonl", "results_check_10.jsonl", "results", 5),
    ("unseen_abstracts_6.jsonl", "mention_check_6.jsonl", "entities", 50),
    ("unseen_abstracts_7.jsonl", "edge_check_19.jsonl", "edges", 62),
    ("unseen_abstracts_7.jsonl", "results_check_11.jsonl", "results", 10),
    ("unseen_abstracts_7.jsonl", "mention_check_7.jsonl", "entities", 50),
    ("unseen_abstracts_8.jsonl", "edge_check_20.jsonl", "edges", 42),
    ("unseen_abstracts_8.jsonl", "mention_check_8.jsonl", "entities", 50),
    ("unseen_abstracts_9.jsonl", "edge_check_21.jsonl", "edges", 37),
    ("unseen_abstracts_9.jsonl", "results_check_12.jsonl", "results", 4),
    ("unseen_abstracts_9.jsonl", "mention_check_9.jsonl", "entities", 50),
    ("unseen_abstracts_10.jsonl", "edge_check_22.jsonl", "edges", 43),
    ("unseen_abstracts_10.jsonl", "results_check_13.jsonl", "results", 2),
    ("unseen_abstracts_10.jsonl", "mention_check_10.jsonl", "entities", 50),
    ("unseen_abstracts_11.jsonl", "edge_check_23.jsonl", "edges", 42),
    ("unseen_abstracts_11.jsonl", "results_check_14.jsonl", "results", 9),
    ("unseen_abstracts_11.jsonl", "mention_check_11.jsonl", "entities", 50),
    ("unseen_abstracts_12.jsonl", "edge_check_24.jsonl", "edges", 45),
    ("unseen_abstracts_12.jsonl", "results_check_15.jsonl", "results", 7),
    ("unseen_abstracts_12.jsonl", "mention_check_12.jsonl", "entities", 50),
    ("unseen_abstracts_13.jsonl", "edge_check_25.jsonl", "edges", 56),
    ("unseen_abstracts_13.jsonl", "results_check_16.jsonl", "results", 3),
    ("unseen_abstracts_13.jsonl", "mention_check_13.jsonl", "entities", 50),
    ("unseen_abstracts_14.jsonl", "edge_check_26.jsonl", "edges", 74),
    ("unseen_abstracts_14.jsonl", "results_check_17.jsonl", "results", 6),
    ("unseen_abstracts_14.jsonl", "mention_check_14.jsonl", "entities", 50),
    ("unseen_abstracts_15.jsonl", "edge_check_27.jsonl", "edges", 31),
    ("unseen_abstracts_15.jsonl", "results_check_18.jsonl", "results", 1),
    ("unseen_abstracts_15.jsonl", "mention_check_15.jsonl", "entities", 50),
    ("unseen_abstracts_16.jsonl", "edge_check_28.jsonl", "edges", 56),
    ("unseen_abstracts_16.jsonl", "results_check_19.jsonl", "results", 14),
    ("unseen_abstracts_16.jsonl", "mention_check_16.jsonl", "entities", 50),
    ("unseen_abstracts_17.jsonl", "edge_check_29.jsonl", "edges", 43),
    ("unseen_abstracts_17.jsonl", "results_check_20.jsonl", "results", 21),
    ("unseen_abstracts_17.jsonl", "mention_check_17.jsonl", "entities", 50),
    ("unseen_abstracts_18.jsonl", "edge_check_30.jsonl", "edges", 65),
    ("unseen_abstracts_18.jsonl", "results_check_21.jsonl", "results", 27),
    ("unseen_abstracts_18.jsonl", "mention_check_18.jsonl", "entities", 50),
    ("unseen_abstracts_19.jsonl", "edge_check_31.jsonl", "edges", 35),
    ("unseen_abstracts_19.jsonl", "results_check_22.jsonl", "results", 18),
    ("unseen_abstracts_19.jsonl", "mention_check_19.jsonl", "entities", 50),
    ("unseen_abstracts_20.jsonl", "edge_check_32.jsonl", "edges", 49),
    ("unseen_abstracts_20.jsonl", "results_check_23.jsonl", "results", 36),
    ("unseen_abstracts_20.jsonl", "mention_check_20.jsonl", "entities", 50),
    ("unseen_abstracts_21.jsonl", "edge_check_33.jsonl", "edges", 27),
    ("unseen_abstracts_21.jsonl", "results_check_24.jsonl", "results", 12),
    ("unseen_abstracts_21.jsonl", "mention_check_21.jsonl", "entities", 50),
    ("unseen_abstracts_22.jsonl", "edge_check_34.jsonl", "edges", 18),
    ("unseen_abstracts_22.jsonl", "results_check_25.jsonl", "results", 19),
    ("unseen_abstracts_22.jsonl", "mention_check_22.jsonl", "entities", 50),
    ("unseen_abstracts_23.jsonl", "edge_check_35.jsonl", "edges", 27),
    ("unseen_abstracts_23.jsonl", "results_check_26.jsonl", "results", 24),
    ("unseen_abstracts_23.jsonl", "mention_check_23.jsonl", "entities", 50),
    ("unseen_abstracts_24.jsonl", "edge_check_36.jsonl", "edges", 26),
    ("unseen_abstracts_24.jsonl", "results_check_27.jsonl", "results", 14),
    ("unseen_abstracts_24.jsonl", "mention_check_24.jsonl", "entities", 50),
    ("unseen_abstracts_25.jsonl", "edge_check_37.jsonl", "edges", 19),
    ("unseen_abstracts_25.jsonl", "results_check_28.jsonl", "results", 11),
    ("unseen_abstracts_25.jsonl", "mention_check_25.jsonl", "entities", 48),
    ("unseen_abstracts_26.jsonl", "edge_check_38.jsonl", "edges", 14),
    ("unseen_abstracts_26.jsonl", "results_check_29.jsonl", "results", 14),
    ("unseen_abstracts_26.jsonl", "mention_check_26.jsonl", "entities", 50),
    ("unseen_abstracts_27.jsonl", "edge_check_39.jsonl", "edges", 22),
    ("unseen_abstracts_27.jsonl", "results_check_30.jsonl", "results", 21),
    ("unseen_abstracts_27.jsonl", "mention_check_27.jsonl", "entities", 50),
    ("unseen_abstracts_28.jsonl", "edge_check_40.jsonl", "edges", 14),
    ("unseen_abstracts_28.jsonl", "results_check_31.jsonl", "results", 24),
    ("unseen_abstracts_28.jsonl", "mention_check_28.jsonl", "entities", 50),
    ("unseen_abstracts_29.jsonl", "edge_check_41.jsonl", "edges", 23),
    ("unseen_abstracts_29.jsonl", "results_check_32.jsonl", "results", 19),
    ("unseen_abstracts_29.jsonl", "mention_check_29.jsonl", "entities", 50),
    ("unseen_abstracts_30.jsonl", "edge_check_42.jsonl", "edges", 21),
    ("unseen_abstracts_30.jsonl", "results_check_33.jsonl", "results", 13),
    ("unseen_abstracts_30.jsonl", "mention_check_30.jsonl", "entities", 50),
    ("unseen_abstracts_31.jsonl", "edge_check_43.jsonl", "edges", 5),
    ("unseen_abstracts_31.jsonl", "results_check_34.jsonl", "results", 5),
    ("unseen_abstracts_31.jsonl", "mention_check_31.jsonl", "entities", 25),
    ("unseen_abstracts_32.jsonl", "edge_check_44.jsonl", "edges", 17),
    ("unseen_abstracts_32.jsonl", "results_check_35.jsonl", "results", 12),
    ("unseen_abstracts_32.jsonl", "mention_check_32.jsonl", "entities", 50),
    ("unseen_abstracts_33.jsonl", "edge_check_45.jsonl", "edges", 21),
    ("unseen_abstracts_33.jsonl", "results_check_36.jsonl", "results", 18),
    ("unseen_abstracts_33.jsonl", "mention_check_33.jsonl", "entities", 50),
    ("unseen_abstracts_34.jsonl", "edge_check_46.jsonl", "edges", 11),
    ("unseen_abstracts_34.jsonl", "results_check_37.jsonl", "results", 7),
    ("unseen_abstracts_34.jsonl", "mention_check_34.jsonl", "entities", 37),
    ("unseen_abstracts_35.jsonl", "edge_check_47.jsonl", "edges", 14),
    ("unseen_abstracts_35.jsonl", "results_check_38.jsonl", "results", 5),
    ("unseen_abstracts_35.jsonl", "mention_check_35.jsonl", "entities", 50),
    ("unseen_abstracts_36.jsonl", "edge_check_48.jsonl", "edges", 11),
    ("unseen_abstracts_36.jsonl", "results_check_39.jsonl", "results", 2),
    ("unseen_abstracts_36.jsonl", "mention_check_36.jsonl", "entities", 22),
    ("unseen_abstracts_37.jsonl", "edge_check_49.jsonl", "edges", 5),
    ("unseen_abstracts_37.jsonl", "results_check_40.jsonl", "results", 5),
    ("unseen_abstracts_37.jsonl", "mention_check_37.jsonl", "entities", 26),
    ("unseen_abstracts_38.jsonl", "edge_check_51.jsonl", "edges", 3),
    ("unseen_abstracts_38.jsonl", "results_check_42.jsonl", "results", 2),
    ("unseen_abstracts_38.jsonl", "mention_check_38.jsonl", "entities", 34),
    ("unseen_abstracts_39.jsonl", "edge_check_52.jsonl", "edges", 4),
    ("unseen_abstracts_39.jsonl", "results_check_43.jsonl", "results", 2),
    ("unseen_abstracts_39.jsonl", "mention_check_39.jsonl", "entities", 26),
    ("unseen_abstracts_40.jsonl", "edge_check_50.jsonl", "edges", 5),
    ("unseen_abstracts_40.jsonl", "results_check_41.jsonl", "results", 1),
    ("unseen_abstracts_40.jsonl", "mention_check_40.jsonl", "entities", 16),
    ("unseen_abstracts_41.jsonl", "edge_check_53.jsonl", "edges", 16),
    ("unseen_abstracts_41.jsonl", "results_check_44.jsonl", "results", 7),
    ("unseen_abstracts_41.jsonl", "mention_check_41.jsonl", "entities", 50),
]
_KEYS = {"edges": _edge_key, "results": _result_key, "entities": _mention_key}


def _named_ap_keys() -> dict[tuple, tuple]:
    """Every judged key that names the metric "AP", under the name it has since stop 32: the
    case-sensitive "AP" was a gazetteer entry of its own, and is now an alias of average
    precision (one node for "AP", "mask AP" and "AP50")."""
    renamed = {}
    for path in DATA.glob("*check*.jsonl"):
        for row in _rows(path):
            key = (_edge_key(row) if "relation" in row else _result_key(row) if "value" in row
                   else _mention_key(row))
            if "AP" in key:
                renamed[key] = (tuple("average precision" if part == "AP" else part for part in key),
                                "\"AP\" is an alias of average precision, no metric of its own")
    return renamed


RENAMED.update(_named_ap_keys())


@pytest.mark.parametrize("abstracts,check,kind,size", UNSEEN_CHECKS, ids=[c[1] for c in UNSEEN_CHECKS])
def test_unseen_abstracts_check(abstracts, check, kind, size, unseen, capsys):
    rows = _rows(DATA / check)
    assert len(rows) == size and all(r["verdict"] in {"correct", "wrong"} for r in rows)
    assert all(r["note"] for r in rows if r["verdict"] == "wrong"), "a wrong one says why"
    assert kind != "edges" or not any(r["relation"] == "MENTIONS" for r in rows)
    key = _KEYS[kind]
    found = _extracted(unseen[abstracts], kind)
    correct = [key(r) for r in rows if r["verdict"] == "correct"]
    with capsys.disabled():
        print(f"\n{check}: {len(correct)}/{len(rows)} correct when judged, precision {len(correct) / len(rows):.2f}")
    missing = [k for k in correct if RENAMED.get(k, (k,))[0] not in found and k not in LOST_FOR_A_REASON]
    assert not missing, missing
    back = [key(r) for r in rows if r["verdict"] == "wrong" and RENAMED.get(key(r), (key(r),))[0] in found
            and key(r) not in STILL_WRONG_UNSEEN and key(r) not in correct]
    # an edge right from one sentence and wrong from another is judged by its sentence
    said = {(ex.paper_id, r.type, r.source, r.target, r.evidence.sentence) for ex in unseen[abstracts]
            for r in ex.relations} if kind == "edges" else set()
    back += [key(r) for r in rows if r["verdict"] == "wrong" and key(r) in correct
             and (*key(r), r["sentence"]) in said]
    assert not back, back


# (abstracts, census, its size): every result the abstracts state, as a careful reader writes it
# down: a number reported as a score or a gain, with the metric the sentence names for it (not
# a bound such as "over 80%", a factor such as "4 times", a cost or a share of the data), the
# dataset the sentence names for it and the method or model that achieved it (None where the
# text leaves either unnamed), each with whether kg extracted it, key for key, when judged
RESULTS_RECALL = [
    ("unseen_abstracts_16.jsonl", "results_recall_16.jsonl", 25),
    ("unseen_abstracts_17.jsonl", "results_recall_17.jsonl", 34),
    ("unseen_abstracts_18.jsonl", "results_recall_18.jsonl", 52),
    ("unseen_abstracts_19.jsonl", "results_recall_19.jsonl", 26),
    ("unseen_abstracts_20.jsonl", "results_recall_20.jsonl", 50),
    ("unseen_abstracts_21.jsonl", "results_recall_21.jsonl", 16),
    ("unseen_abstracts_22.jsonl", "results_recall_22.jsonl", 20),
    ("unseen_abstracts_23.jsonl", "results_recall_23.jsonl", 35),
    ("unseen_abstracts_24.jsonl", "results_recall_24.jsonl", 31),
    ("unseen_abstracts_25.jsonl", "results_recall_25.jsonl", 19),
    ("unseen_abstracts_26.jsonl", "results_recall_26.jsonl", 26),
    ("unseen_abstracts_27.jsonl", "results_recall_27.jsonl", 29),
    ("unseen_abstracts_28.jsonl", "results_recall_28.jsonl", 31),
    ("unseen_abstracts_29.jsonl", "results_recall_29.jsonl", 21),
    ("unseen_abstracts_30.jsonl", "results_recall_30.jsonl", 17),
    ("unseen_abstracts_31.jsonl", "results_recall_31.jsonl", 6),
    ("unseen_abstracts_32.jsonl", "results_recall_32.jsonl", 18),
    ("unseen_abstracts_33.jsonl", "results_recall_33.jsonl", 26),
    ("unseen_abstracts_34.jsonl", "results_recall_34.jsonl", 13),
    ("unseen_abstracts_35.jsonl", "results_recall_35.jsonl", 8),
    ("unseen_abstracts_36.jsonl", "results_recall_36.jsonl", 9),
    ("unseen_abstracts_37.jsonl", "results_recall_37.jsonl", 8),
    ("unseen_abstracts_38.jsonl", "results_recall_38.jsonl", 21),
    ("unseen_abstracts_39.jsonl", "results_recall_39.jsonl", 9),
    ("unseen_abstracts_40.jsonl", "results_recall_40.jsonl", 9),
    ("unseen_abstracts_41.jsonl", "results_recall_41.jsonl", 11),
]


@pytest.mark.parametrize("abstracts,census,size", RESULTS_RECALL, ids=[c[1] for c in RESULTS_RECALL])
def test_unseen_results_recall(abstracts, census, size, unseen, capsys):
    """How many of the results the abstracts state kg extracts whole (value, kind, metric,
    dataset and subject all right), and how many with the right value, kind and metric; a
    result kg extracted when judged stays extracted."""
    rows = _rows(DATA / census)
    assert len(rows) == size and all(isinstance(r["found_when_judged"], bool) for r in rows)
    extractions = unseen[abstracts]
    found = _extracted(extractions, "results")
    numbers = {(ex.paper_id, r.value, r.kind, r.metric) for ex in extractions for r in ex.results}
    keys = [RENAMED.get(_result_key(r), (_result_key(r),))[0] for r in rows]
    whole = sum(k in found for k in keys)
    read = sum((r["paper"], r["value"], r["kind"], r["metric"]) in numbers for r in rows)
    with capsys.disabled():
        print(f"\n{census}: {whole}/{len(rows)} stated results extracted whole (recall {whole / len(rows):.2f}), "
              f"{read}/{len(rows)} with the right value, kind and metric; "
              f"{sum(r['found_when_judged'] for r in rows)} whole when judged")
    lost = [k for r, k in zip(rows, keys) if r["found_when_judged"] and k not in found]
    assert not lost, lost
