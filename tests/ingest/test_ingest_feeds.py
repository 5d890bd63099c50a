"""RSS, Atom and RDF feeds: one Article per entry; a broken entry is reported, not fatal."""

from __future__ import annotations

import datetime
from pathlib import Path

from topline.ingest import IngestError, load
from topline.model import Article

PARA = "The regional water board said on Tuesday that reservoir levels had fallen to 41 percent."

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Valley Times</title><link>https://valley.example.org</link>
<language>en-us</language>
<item><title>Reservoirs fall to 41 percent</title>
  <link>https://valley.example.org/reservoirs</link>
  <pubDate>Tue, 02 Mar 2021 08:00:00 GMT</pubDate><dc:creator>Ana Lim</dc:creator>
  <description>Short teaser.</description>
  <content:encoded><![CDATA[<p>{PARA}</p><p>Farmers asked for emergency relief.</p>
  <ul><li>Rationing starts in April.</li><li>Fines double.</li></ul>]]></content:encoded>
</item>
<item><link>https://valley.example.org/broken</link></item>
<item><title>Second story</title><link>https://valley.example.org/second</link>
  <description>The city library will open on Sundays from May, its director said.</description>
</item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry><title>Bridge reopens</title><link href="https://wire.example.org/bridge"/>
<updated>2022-07-01T10:00:00Z</updated><author><name>Kim Dale</name></author>
<content type="html">&lt;p&gt;The river bridge reopened on Friday after two years of repairs.&lt;/p&gt;</content>
</entry></feed>"""

RDF = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="https://rdf.example.org"><title>RDF News</title></channel>
<item rdf:about="https://rdf.example.org/a"><title>Trains delayed</title>
<link>https://rdf.example.org/a</link>
<description>Trains into the capital ran late on Monday after a signal failure.</description></item>
</rdf:RDF>"""


def test_rss_entries_become_articles_and_a_malformed_entry_is_reported(tmp_path: Path) -> None:
    feed = tmp_path / "valley.rss"
    feed.write_text(RSS, encoding="utf-8")
    items = list(load(str(feed)))
    assert [type(i) for i in items] == [Article, IngestError, Article]
    first, broken, second = items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.text.startswith(PARA + "\n\nFarmers asked")
    assert "• Rationing starts in April.\n• Fines double." in first.text
    assert first.title == "Reservoirs fall to 41 percent"
    assert first.url == "https://valley.example.org/reservoirs"
    assert first.published == datetime.date(2021, 3, 2)
    assert first.byline == "Ana Lim" and first.outlet == "Valley Times"
    assert first.language == "en" and first.raw_kind == "rss"
    assert isinstance(broken, IngestError)
    assert broken.source == f"{feed}#2" and "neither content nor a summary" in broken.reason
    assert second.text.startswith("The city library will open on Sundays")


def test_atom_and_rdf_feeds_are_read_by_content_sniffing(tmp_path: Path) -> None:
    (tmp_path / "wire.xml").write_text(ATOM, encoding="utf-8")
    (tmp_path / "rdf.xml").write_text(RDF, encoding="utf-8")
    items = list(load(str(tmp_path)))
    assert all(isinstance(i, Article) for i in items)
    by_title = {i.title: i for i in items if isinstance(i, Article)}
    bridge = by_title["Bridge reopens"]
    assert bridge.text == "The river bridge reopened on Friday after two years of repairs."
    assert bridge.raw_kind == "atom" and bridge.byline == "Kim Dale"
    assert bridge.published == datetime.date(2022, 7, 1)
    assert by_title["Trains delayed"].text.startswith("Trains into the capital ran late")


def test_unreadable_feed_is_one_error(tmp_path: Path) -> None:
    feed = tmp_path / "bad.rss"
    feed.write_text("this is no feed at all <<< >>>", encoding="utf-8")
    (item,) = list(load(str(feed)))
    assert isinstance(item, IngestError) and item.source == str(feed)
    assert "not a readable RSS/Atom/RDF feed" in item.reason


def test_feed_cut_inside_an_entry_reports_that_entry(tmp_path: Path) -> None:
    feed = tmp_path / "cut.rss"
    feed.write_text("<rss><channel><item><title>cut", encoding="utf-8")
    (item,) = list(load(str(feed)))
    assert isinstance(item, IngestError) and item.source == f"{feed}#1"
