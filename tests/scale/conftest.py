"""A small corpus written for these tests: short articles in a few newsroom styles."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLES = {
    "wire.txt": (
        "BRUSSELS (Reuters) - European ministers agreed on Monday to release 2.5 billion euros "
        "in emergency aid to farmers hit by the drought, officials said.\n\n"
        '"This money has to reach the fields before the winter," said Ana Ribeiro, the '
        "Portuguese agriculture minister, after the meeting.\n\n"
        "The drought, the worst since 1976, cut wheat harvests by a fifth across the south of "
        "the bloc, according to the European Commission.\n"
    ),
    "feature.txt": (
        "Every morning at five, Tom Okafor unlocks the bakery his grandmother opened in 1962.\n\n"
        "The shop on Elm Street sells about 400 loaves a day, he said, and has never closed "
        'for more than a week. "People come for the rye and stay for the gossip," Okafor said.\n\n'
        "Rising flour prices have pushed the cost of a loaf up 30 percent since last year, "
        "according to the county bakers' association.\n"
    ),
    "release.txt": (
        "SAN JOSE, Calif. - Acme Robotics Inc. today announced that it will hire 1,200 "
        "engineers over the next two years at a new plant in Austin, Texas.\n\n"
        '"Austin gives us the talent we need," said Maria Chen, chief executive of Acme '
        "Robotics, in a statement.\n\n"
        "The company was founded in 2009 and employs 5,000 people worldwide.\n"
    ),
    "council.txt": (
        "The city council voted 7-2 on Tuesday to ban cars from the old town center starting "
        "in March, the mayor's office said.\n\n"
        "Shop owners warned that sales could fall by as much as 15 percent. "
        '"We were not consulted," said Luis Gomez, who runs a hardware store on Main Street.\n\n'
        "A similar plan was rejected by voters in 2018.\n"
    ),
}


@pytest.fixture(scope="session")
def corpus_texts() -> dict[str, str]:
    return dict(ARTICLES)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder of the articles above plus one empty file (an input that must fail)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "zz-empty.txt").write_text("", encoding="utf-8")
    return folder
