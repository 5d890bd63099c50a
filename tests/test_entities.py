"""Canonical entities: aliases, demonyms, surnames, short forms and the small model's errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.tokens import Doc

from topline.analyze.aliases import ENV_VAR, load_aliases, normalize, set_alias_table
from topline.analyze.entities import find_entities
from topline.errors import InputError
from topline.model import EntityCluster
from topline.nlp import get_nlp


def _clusters(text: str) -> dict[str, EntityCluster]:
    _, clusters = find_entities(get_nlp()(text))
    return {c.canonical: c for c in clusters}


def _mentions(text: str, cluster: EntityCluster) -> set[str]:
    return {s.of(text) for s in cluster.mentions}


def test_us_aliases_and_demonym_form_one_cluster() -> None:
    text = (
        "The U.S. sent more troops. The United States said America would stay, "
        "and American officials agreed."
    )
    us = _clusters(text)["United States"]
    assert _mentions(text, us) >= {"U.S.", "United States", "America", "American"}
    assert us.label == "GPE"


def test_outlet_aliases_join_the_canonical_outlet() -> None:
    text = (
        "The New York Times reported the deal on Monday. The Times said the Associated Press "
        "confirmed it, and AP later published the documents."
    )
    clusters = _clusters(text)
    assert _mentions(text, clusters["The New York Times"]) == {"New York Times", "Times"}
    assert "AP" in _mentions(text, clusters["Associated Press"])


def test_surname_joins_the_full_name_of_the_article() -> None:
    text = (
        "Prime minister Adel Abdul-Mahdi asked the troops to leave. "
        "Abdul-Mahdi said on Wednesday that the vote was binding."
    )
    c = _clusters(text)["Adel Abdul-Mahdi"]
    assert _mentions(text, c) == {"Adel Abdul-Mahdi", "Abdul-Mahdi"}
    assert c.label == "PERSON"


def test_the_place_after_of_in_a_name_is_not_a_short_form_of_it() -> None:
    """ "Vietnam" after "a speech to the Diplomatic Academy of Vietnam" is the country, not
    the academy (a statement of Vietnam's was credited to the academy): the words after a
    preposition inside a name are its complement, never the name shortened."""
    text = (
        "The minister spoke to the Diplomatic Academy of Vietnam on Wednesday. "
        "Vietnam has accused Beijing of entering its waters, and Vietnam wants support. "
        "The Bank of England raised rates; England lost the match."
    )
    clusters = _clusters(text)
    assert _mentions(text, clusters["Diplomatic Academy of Vietnam"]) == {
        "Diplomatic Academy of Vietnam"
    }
    assert _mentions(text, clusters["Vietnam"]) == {"Vietnam"}
    assert "England" not in _mentions(text, clusters["Bank of England"])


def test_acronym_joins_its_expansion() -> None:
    text = (
        "The National Transportation Safety Board opened an inquiry. "
        "The NTSB will publish a report next year."
    )
    c = _clusters(text)["National Transportation Safety Board"]
    assert "NTSB" in _mentions(text, c)


def test_possessive_is_not_part_of_the_entity() -> None:
    text = "Angela Merkel’s government fell after Merkel's coalition partner left."
    _, clusters = find_entities(get_nlp()(text))
    spans = [s.of(text) for c in clusters for s in c.mentions]
    assert spans and not any(s.endswith(("’s", "'s")) for s in spans)


def test_breadcrumb_glued_to_a_country_is_cut_off() -> None:
    text = "Home World News U.S. And Iraq Restart Talks\n\nThe U.S. and Iraq restarted talks on Monday."
    entities, clusters = find_entities(get_nlp()(text))
    spans = {e.span.of(text) for e in entities}
    assert not any("Home World News" in s for s in spans)
    assert "United States" in {c.canonical for c in clusters}


def test_entity_spans_never_cross_a_line_break() -> None:
    text = "Talks resumed with the U.S.\n  • Officials in Baghdad welcomed them."
    entities, _ = find_entities(get_nlp()(text))
    assert entities
    assert all(
        "\n" not in e.span.of(text) and e.span.of(text).strip() == e.span.of(text) for e in entities
    )


def test_surname_tagged_as_place_becomes_the_person() -> None:
    text = (
        "Qassem Soleimani was killed in a strike. After Soleimani died, the strike on "
        "Soleimani angered Iran."
    )
    c = _clusters(text)["Qassem Soleimani"]
    assert c.label == "PERSON"
    assert _mentions(text, c) == {"Qassem Soleimani", "Soleimani"}


def test_two_people_with_one_surname_keep_apart_by_proximity() -> None:
    text = (
        "Hillary Clinton spoke first. Clinton thanked the crowd. Later Bill Clinton spoke, "
        "and Clinton praised the nurses."
    )
    _, clusters = find_entities(get_nlp()(text))
    people = {c.canonical: c for c in clusters if c.label == "PERSON"}
    assert {"Hillary Clinton", "Bill Clinton"} <= set(people)
    assert len(people["Bill Clinton"].mentions) == 2


def test_every_entity_span_slices_the_text(seed_text: str) -> None:
    doc: Doc = get_nlp()(seed_text)
    entities, clusters = find_entities(doc)
    for e in entities:
        assert e.span.of(seed_text) and 0 <= e.span.start < e.span.end <= len(seed_text)
    ids = {c.id for c in clusters}
    assert len(ids) == len(clusters)


def test_alias_lookup_ignores_case_full_stops_the_and_possessive() -> None:
    assert normalize("the U.S.’s") == normalize("US") == "us"


def test_user_alias_table_from_env_var_extends_the_packaged_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    extra = tmp_path / "mine.json"
    extra.write_text(
        json.dumps(
            {"entities": [{"canonical": "Acme Corporation", "label": "ORG", "aliases": ["Acme"]}]}
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv(ENV_VAR, str(extra))
    table = load_aliases()
    entry = table.lookup("Acme")
    assert entry is not None and entry.canonical == "Acme Corporation"
    assert table.lookup("U.S.") is not None
    set_alias_table(table)
    try:
        text = "Acme Corporation cut prices. Acme said demand was weak."
        assert "Acme Corporation" in _clusters(text)
    finally:
        set_alias_table(None)


def test_bad_alias_table_is_an_input_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(InputError):
        load_aliases(extra=[bad])


def test_a_headline_verb_in_title_case_is_not_part_of_a_name() -> None:
    text = (
        "Ben Carson Slams Hillary Clinton Over Benghazi Emails\n\n"
        "Republican candidate Ben Carson criticised Hillary Clinton on Tuesday. "
        "Carson said the emails showed poor judgement."
    )
    entities, clusters = find_entities(get_nlp()(text))
    people = {e.span.of(text) for e in entities if e.label == "PERSON"}
    assert "Ben Carson Slams Hillary Clinton" not in people
    first_line = text.split("\n")[0]
    in_headline = sorted(e.span.of(text) for e in entities if e.span.end <= len(first_line))
    assert "Ben Carson" in in_headline and "Hillary Clinton" in in_headline
    assert {c.canonical for c in clusters if c.label == "PERSON"} == {
        "Ben Carson",
        "Hillary Clinton",
    }
