"""Resolution's hard cases: one key per real thing, variants as their own nodes, and
abbreviations that join forms across papers without ever merging curated entities."""

from __future__ import annotations

from functools import lru_cache

import pytest

from kg.extract import build_nlp, extract_batch
from kg.extract.names import entity_key, family_of
from kg.models import Mention, Paper, PaperExtraction
from kg.resolve import Resolver


def _mention(text: str, type_: str = "Model", rule: str = "test") -> Mention:
    return Mention(text=text, type=type_, start=0, end=len(text), field="abstract", canonical=text,
                   rule=rule, confidence=0.9)


def _extraction(key: str, mentions: list[Mention], abbreviations=()) -> PaperExtraction:
    paper = Paper(key=key, title="", abstract="")
    return PaperExtraction(paper_id=key, title="", paper=paper, entities=mentions,
                           abbreviations=list(abbreviations))


def _resolved_keys(resolver: Resolver, abstract: str) -> dict[str, str]:
    """The key of each mention kg extracts from `abstract`, resolved by `resolver`."""
    batch = extract_batch(_nlp(), [Paper(key=f"p{len(resolver.entities)}", title="", abstract=abstract)])
    resolver.resolve(batch)
    return {m.text: m.key for m in batch[0].entities}


@lru_cache(maxsize=1)
def _nlp():
    return build_nlp()


@pytest.mark.parametrize("forms", [
    ["GPT-4", "GPT 4", "gpt4", "Gpt-4"],
    ["Llama 2", "LLaMA-2", "llama-2", "LLaMA 2"],
    ["CNNs", "CNN", "CNN's"],
    ["BERT's", "BERT", "the BERT"],
    ["transformers", "Transformer"],
])
def test_variants_of_one_name_share_a_key(forms):
    assert len({entity_key(f) for f in forms}) == 1, {f: entity_key(f) for f in forms}


def test_different_names_keep_different_keys():
    keys = [entity_key(n) for n in ("GPT-4", "GPT-3", "GPT-4o", "Llama 2", "Llama 3", "BERT", "RoBERTa")]
    assert len(set(keys)) == len(keys)


def test_resolver_merges_surface_variants_across_papers():
    resolver = Resolver()
    batch = [_extraction("p1", [_mention("GPT 4")]), _extraction("p2", [_mention("gpt4")]),
             _extraction("p3", [_mention("LLaMA-2")]), _extraction("p4", [_mention("Llama 2")])]
    resolver.resolve(batch)
    assert batch[0].entities[0].key == batch[1].entities[0].key
    assert batch[2].entities[0].key == batch[3].entities[0].key
    assert batch[0].entities[0].key != batch[2].entities[0].key


def test_size_variant_is_its_own_node_with_its_family():
    assert family_of("Llama-2-7B") == "Llama-2"
    assert family_of("BERT-base") == "BERT"
    assert family_of("GPT-4") is None
    resolver = Resolver()
    batch = [_extraction("p1", [_mention("Llama-2-7B"), _mention("Llama 2")])]
    resolver.resolve(batch)
    variant, family = (m.key for m in batch[0].entities)
    assert variant != family
    info = resolver.entities[variant]
    assert info.type == "Model"
    assert info.family == family  # written as (variant)-[:VARIANT_OF]->(family)


def test_a_listed_version_or_edition_is_its_own_entity_in_its_family():
    """CodeGen2 is not CodeGen, nor PASCAL VOC 2012 PASCAL VOC 2007 (their leaderboards
    differ): each version or edition the gazetteer lists is its own entity, of its family's
    type, pointing to the family; a spelling of one edition is still that edition."""
    resolver = Resolver()
    keys = _resolved_keys(resolver, "We fine-tune CodeGen2 and CodeGen with MoCo v2 on PASCAL VOC 2012, PASCAL "
                                    "VOC2007 and PASCAL VOC-2012.")
    assert keys["PASCAL VOC 2012"] == keys["PASCAL VOC-2012"] != keys["PASCAL VOC2007"]
    assert keys["CodeGen2"] != keys["CodeGen"]
    # an ambiguous name is no edition of a corpus it may mean: WSJ (the Penn Treebank's
    # newspaper text to a parser) is not the WSJ0 speech corpus
    wsj = _resolved_keys(resolver, "We parse the WSJ corpus and WSJ0 speech.")
    assert wsj["WSJ corpus"] != wsj["WSJ0"], wsj
    for variant, family, etype in (("CodeGen2", "codegen", "Model"), ("MoCo v2", "moco", "Method"),
                                   ("PASCAL VOC 2012", "pascalvoc", "Dataset"),
                                   ("PASCAL VOC2007", "pascalvoc", "Dataset")):
        info = resolver.entities[keys[variant]]
        assert (info.type, info.family) == (etype, family), (variant, info)
        assert resolver.entities[family].type == etype


def test_numbered_members_of_a_series_are_not_one_entity():
    """IBM Model 4 is not IBM Model 1, ModelNet10 not ModelNet40, MUC-7 not MUC-6: a score
    on one is no score on the other, so a leaderboard must not mix them (the gazetteer once
    listed each as an alias of the other). Where the series has a name of its own, each
    member points to it."""
    resolver = Resolver()
    keys = _resolved_keys(resolver, "We compare IBM Model 1 with IBM Model 4 and the IBM models on ModelNet40 and "
                                    "ModelNet10, MUC-6 and MUC-7, ACE 2004 and ACE 2005, and report mAP@0.5 and "
                                    "mAP@[.5:.95] on MOT17 and MOT20.")
    for one, other in (("IBM Model 1", "IBM Model 4"), ("ModelNet40", "ModelNet10"), ("MUC-6", "MUC-7"),
                       ("ACE 2004", "ACE 2005"), ("mAP@0.5", "mAP@[.5:.95]"), ("MOT17", "MOT20")):
        assert keys[one] != keys[other], (one, other, keys)
    assert resolver.entities[keys["IBM Model 4"]].family == keys["IBM models"]
    assert resolver.entities[keys["ModelNet10"]].family == resolver.entities[keys["ModelNet40"]].family
    assert resolver.entities[keys["MOT20"]].family == resolver.entities[keys["MOT17"]].family


def test_abbreviation_in_one_paper_joins_the_short_form_of_another():
    """An invented method (no gazetteer entry), defined in one paper, short form in another."""
    resolver = Resolver()
    first = _extraction("p1", [_mention("Gradient Folding Adaptation", "Method")],
                        [("Gradient Folding Adaptation", "GFA")])
    resolver.resolve([first])
    second = _extraction("p2", [_mention("GFA", "Method")])
    resolver.resolve([second])  # a later batch agrees with the earlier one
    third = _extraction("p3", [_mention("gradient folding adaptation", "Method")])
    resolver.resolve([third])
    assert first.entities[0].key == second.entities[0].key == third.entities[0].key


def test_lora_definition_and_bare_short_form_are_one_entity_end_to_end():
    nlp = _nlp()
    papers = [
        Paper(key="a", title="", abstract="We fine-tune the model with Low-Rank Adaptation (LoRA) on two tasks."),
        Paper(key="b", title="", abstract="Compared with LoRA, our adapters use fewer parameters."),
    ]
    resolver = Resolver()
    batch = resolver.resolve(extract_batch(nlp, papers))
    keys_a = {m.key for m in batch[0].entities if "LoRA" in m.text or "Low-Rank" in m.text}
    keys_b = {m.key for m in batch[1].entities if m.text == "LoRA"}
    assert keys_a and keys_a == keys_b


def test_two_gazetteer_entities_are_never_merged_by_one_papers_abbreviation():
    resolver = Resolver()
    gazetteer_keys = list(resolver.gazetteer)
    # two curated names, wrongly "defined" as each other by one paper
    bert, gpt = entity_key("BERT"), entity_key("GPT-4")
    assert bert in resolver.gazetteer and gpt in resolver.gazetteer, gazetteer_keys[:5]
    batch = [_extraction("p1", [_mention("BERT"), _mention("GPT-4")], [("BERT", "GPT-4")])]
    resolver.resolve(batch)
    assert batch[0].entities[0].key != batch[0].entities[1].key


def test_curated_entities_are_not_merged_through_a_shared_short_form():
    """Paper 1: BERT (XQ); paper 2: GPT-4 (XQ). The short form may join one of them, never both."""
    resolver = Resolver()
    resolver.resolve([_extraction("p1", [_mention("BERT"), _mention("XQ")], [("BERT", "XQ")])])
    second = _extraction("p2", [_mention("GPT-4"), _mention("XQ")], [("GPT-4", "XQ")])
    resolver.resolve([second])
    assert resolver.canonical_key(entity_key("BERT")) != resolver.canonical_key(entity_key("GPT-4"))


def test_a_seeded_resolver_resolves_like_the_build_that_wrote_the_store():
    """Incremental and resumed builds start from the store's entities: a long form whose
    definition was read in an earlier build still resolves to the stored key."""
    resolver = Resolver()
    resolver.seed([{"key": "gfu", "name": "GFU", "type": "Method",
                    "aliases": ["GFU", "Gated Frobnicator Units"]}])
    ex = _extraction("p2", [_mention("Gated Frobnicator Units", "Method")])
    resolver.resolve([ex])
    assert ex.entities[0].key == "gfu"
    assert resolver.entities["gfu"].name == "GFU"


def test_a_seeded_variant_gets_every_missing_family_of_its_chain():
    """A build killed after writing FLAN-PaLM 62B and its family FLAN-PaLM, before PaLM: the
    resumed build makes PaLM, as the uninterrupted build did."""
    resolver = Resolver()
    resolver.seed([{"key": "flanpalm62b", "name": "FLAN-PaLM 62B", "type": "Model", "family": "flanpalm"},
                   {"key": "flanpalm", "name": "Flan-PaLM", "type": "Model", "family": "palm"}])
    resolver.resolve([_extraction("p4", [_mention("FLAN-PaLM 62B", "Model")])])
    assert resolver.entities["palm"].type == "Model"


def test_seeded_entities_are_never_merged_with_each_other():
    resolver = Resolver()
    resolver.seed([{"key": "abc", "name": "ABC", "type": "Method", "aliases": ["ABC"]},
                   {"key": "xyz", "name": "XYZ", "type": "Method", "aliases": ["XYZ"]}])
    ex = _extraction("p3", [_mention("ABC", "Method"), _mention("XYZ", "Method")],
                     abbreviations=[("ABC", "XYZ")])
    resolver.resolve([ex])
    assert {m.key for m in ex.entities} == {"abc", "xyz"}


def test_a_variant_only_a_result_names_is_shown_as_written():
    """"PPMA-T/S/B models achieve 48.7%/51.1%/52.3% mIoU": the results' subjects PPMA-T, PPMA-S and
    PPMA-B are nodes named as written, of the type of the mention they come from."""
    batch = extract_batch(_nlp(), [Paper(key="p", title="", abstract=(
        "Our proposed PPMA-T/S/B models achieve 48.7%/51.1%/52.3% mIoU on the ADE20K semantic segmentation task."))])
    resolver = Resolver()
    resolver.resolve(batch)
    subjects = [resolver.entities[r.subject_key] for r in batch[0].results]
    assert [(info.name, info.type) for info in subjects] == [("PPMA-T", "Model"), ("PPMA-S", "Model"), ("PPMA-B", "Model")]
