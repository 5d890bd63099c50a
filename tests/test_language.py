"""Language: English is analysed; other languages are refused with a clear message, exit 2 /
HTTP 422, unless ``--language en`` says to go on; the text outweighs a declared language."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from topline.analyze.language import (
    detect,
    detect_text,
    overriding,
    require_supported,
)
from topline.cli import app
from topline.errors import UnsupportedLanguage
from topline.ingest import article_from_text

ENGLISH = (
    "The city council voted on Tuesday to close the old harbor bridge for six months of "
    "repairs, after inspectors found cracks in two of its supports, the mayor said."
)
SPANISH = (
    "El ayuntamiento votó el martes cerrar el viejo puente del puerto durante seis meses "
    "para repararlo, después de que los inspectores encontraran grietas en dos de sus "
    "soportes, dijo la alcaldesa."
)
TEXTS = {
    "en": ENGLISH,
    "es": SPANISH,
    "fr": "Le conseil municipal a voté mardi la fermeture du vieux pont du port pendant six "
    "mois de travaux, après que les inspecteurs ont trouvé des fissures dans deux de ses "
    "piliers, a déclaré le maire.",
    "de": "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke für sechs Monate zu "
    "sperren, nachdem die Prüfer Risse in zwei ihrer Stützen gefunden hatten, sagte der "
    "Bürgermeister.",
    "ru": "Городской совет во вторник проголосовал за закрытие старого портового моста на "
    "шесть месяцев ремонта, после того как инспекторы нашли трещины в двух опорах.",
}


@pytest.mark.parametrize("code", list(TEXTS))
def test_the_text_tells_its_language(code: str) -> None:
    assert detect_text(TEXTS[code]).language == code


def test_chinese_is_not_english() -> None:
    found = detect_text(
        "市议会周二投票决定关闭旧港口大桥六个月进行维修，因为检查人员在两个支柱上发现了裂缝。"
    )
    assert found.language == "und" and found.evidence == "script"


def test_a_short_text_falls_back_on_the_declared_language() -> None:
    short = article_from_text("Bridge closed for repairs.")
    assert detect(short).language == "en"
    assert detect(replace(short, language="es-ES")).language == "es"
    with pytest.raises(UnsupportedLanguage, match=r"declares Spanish \(es\)"):
        require_supported(replace(short, language="es"))


def test_the_text_outweighs_a_wrong_declaration() -> None:
    require_supported(replace(article_from_text(ENGLISH), language="es"))  # no error
    with pytest.raises(UnsupportedLanguage, match=r"reads as Spanish \(es\)"):
        require_supported(replace(article_from_text(SPANISH), language="en"))


def test_the_override_lets_analysis_go_on() -> None:
    with overriding("en"):
        require_supported(article_from_text(SPANISH))


@pytest.fixture
def spanish_file(tmp_path: Path) -> Path:
    (tmp_path / "in").mkdir()
    path = tmp_path / "in" / "puente.txt"
    path.write_text(SPANISH)
    return path


def test_brief_refuses_spanish_with_exit_2_and_one_line(spanish_file: Path) -> None:
    result = CliRunner().invoke(app, ["brief", str(spanish_file)])
    assert result.exit_code == 2
    (line,) = result.stderr.strip().splitlines()
    assert str(spanish_file) in line and "Spanish (es)" in line and "--language en" in line


def test_language_en_briefs_it_anyway_and_other_codes_need_a_model(spanish_file: Path) -> None:
    result = CliRunner().invoke(app, ["brief", str(spanish_file), "--language", "en"])
    assert result.exit_code == 0, result.output
    assert "ayuntamiento" in result.stdout
    result = CliRunner().invoke(app, ["extract", str(spanish_file), "--language", "es"])
    assert result.exit_code == 2
    assert "no model for Spanish is installed" in result.stderr


def test_ingest_stores_the_english_article_and_fails_the_spanish_one(
    spanish_file: Path, tmp_path: Path
) -> None:
    (spanish_file.parent / "bridge.txt").write_text(ENGLISH)
    db = tmp_path / "news.db"
    result = CliRunner().invoke(app, ["ingest", str(spanish_file.parent), "--db", str(db)])
    assert result.exit_code == 2
    assert "added 1," in result.stderr and "failed 1;" in result.stderr
    assert "puente.txt: its text reads as Spanish" in result.stderr


def test_the_api_answers_422_with_the_message() -> None:
    from fastapi.testclient import TestClient

    from topline.web import create_app

    with TestClient(
        create_app(warm_model=False), raise_server_exceptions=False, base_url="http://localhost"
    ) as client:
        response = client.post("/v1/brief", json={"text": SPANISH})
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "unsupported_language" and "Spanish" in error["message"]


def test_the_verdict_is_kept_for_a_bounded_number_of_texts() -> None:
    """A batch checks each article twice (before parsing, then in the analysis): the second
    check is a cache hit, and the cache stays bounded over a long batch (issue #19)."""
    from topline.analyze.language import DETECT_CACHE

    detect_text.cache_clear()
    detect_text(ENGLISH)
    detect_text(ENGLISH)
    assert detect_text.cache_info().hits == 1
    for i in range(DETECT_CACHE + 10):
        detect_text(f"{ENGLISH} {i}")
    assert detect_text.cache_info().currsize == DETECT_CACHE


def test_the_shipped_stop_lists_are_what_the_installed_spacy_has() -> None:
    """``data/stop_words.json`` is spaCy's stop lists read ahead of time, so no process
    compiles spaCy's ``stop_words.py`` files; a spaCy upgrade that changes a list fails here
    (regenerate with ``python -m topline.analyze.stop_table``)."""
    from topline.analyze.language import LANGUAGES
    from topline.analyze.stop_table import TABLE, build, render

    assert TABLE.read_text(encoding="utf-8") == render(build(LANGUAGES))


def test_every_compared_language_has_a_shipped_stop_list() -> None:
    from topline.analyze.language import LANGUAGES, stop_words

    assert all(len(stop_words(code)) >= 50 for code in LANGUAGES)
    assert {"the", "and", "of"} <= stop_words("en")
    assert {"der", "und"} <= stop_words("de")
