"""`accords draft`: from an article to draft records, each field with the sentence it came from."""

from __future__ import annotations

import functools
import hashlib
import re
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, DataDir

from accords.counts import Count
from accords.dates import PartialDate
from accords.drafting.documents import a_place, display
from accords.drafting.drafts import party_key
from accords.drafting.evaluate import Tally, evaluate, expected_from_fixture, identify_with, read_test_article
from accords.drafting.extract import Extractor
from accords.drafting.mentions import Mention, people
from accords.drafting.reading import read_source
from accords.drafting.sentences import sentences, split_sentences
from accords.drafting.titles import title_of
from accords.drafting.when import dates_in
from accords.drafting.write import Planner
from accords.loader import check_data
from accords.model import AgreementKind
from accords.names import NameIndex

FIXTURES = ROOT / "tests" / "drafting"
YENI_SAFAK = "000_e2686305d3f5ba83.txt"  # the seed articles (../shared/seeds, the `seeds` fixture), by name
TENGRI = "002_99c7033213b7d9fe.txt"
TREND = "004_0bfe2ff4a49fc2b7.txt"


@pytest.fixture(scope="module")
def real_names(real_data):
    return NameIndex(real_data)


# --- Dates at the text's precision ----------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    ("The sides signed it on Wednesday.", PartialDate(2026, 3, 12), "2026-03-11"),  # Thursday 12 March 2026
    ("Earlier this month the ministers met.", PartialDate(2026, 2, 20), "2026-02"),
    ("They first met in 2022.", PartialDate(2026, 2, 20), "2022"),
    ("It opens in the second half of 2026.", PartialDate(2026, 2, 20), "2026"),
    ("The agreement, signed on Thursday, targets minerals.", PartialDate(2026, 1, 30), "2026-01-29"),
    ("BAKU, Azerbaijan, February 3.", PartialDate(2026, 2, 3), "2026-02-03"),
    ("The summit will be held next Friday.", PartialDate(2026, 1, 30), "2026-02-06"),
    ("Signed last month.", PartialDate(2026, 1, 5), "2025-12"),
    ("On December 11, 2025, the MoU was signed.", None, "2025-12-11"),
    ("held on 25 April 2024 in Ankara", None, "2024-04-25"),
    ("In June 2025, the commission signed", None, "2025-06"),
    ("30/01/2026, Friday19:18", None, "2026-01-30"),
    # a range of days in words
    ("He paid an official visit to Mongolia from 23 to 24 October.", PartialDate(2025, 11, 1), "2025-10-23/2025-10-24"),
    ("The forum was held from October 23 to 24, 2025.", None, "2025-10-23/2025-10-24"),
    # a month named by "last", and the end or start of a month
    ("The declaration, adopted last July, set the course.", PartialDate(2025, 4, 23), "2024-07"),
    ("They signed a memorandum last September.", PartialDate(2025, 9, 6), "2024-09"),
    ("They signed a memorandum last February.", PartialDate(2025, 9, 6), "2025-02"),
    ("At the end of August, the delegation visited Ashgabat.", PartialDate(2025, 9, 6), "2025-08"),
    ("At the beginning of October, the sides met.", PartialDate(2025, 9, 6), "2024-10"),
])
def test_dates_keep_the_texts_precision_against_the_publication_date(sentence, published, expected):
    assert str(dates_in(sentence, published)[0].date) == expected


def test_a_copy_dated_by_a_range_reads_a_day_without_its_year_back_from_the_ranges_first_day():
    """A copy showing no publication date is dated from the last day it reports to the day it was read: '25 October'
    is then the last 25 October up to that first day; 'yesterday' and a day to come are unknown days."""
    copy = PartialDate.parse("2023-10-26/2026-12-04")
    assert [str(d.date) for d in dates_in("They signed it on 25 October and in March.", copy)] == ["2023-10-25", "2023-03"]
    assert [str(d.date) for d in dates_in("They signed it yesterday and will meet on 3 November.", copy)] == []
    assert [str(d.date) for d in dates_in("They signed it on 4 July 2024.", copy)] == ["2024-07-04"]


def test_relative_dates_need_the_publication_date():
    assert dates_in("They signed it on Wednesday.", None) == []
    assert dates_in("They signed it earlier this month.", PartialDate(2026)) == []
    assert dates_in("No month 13: 2026-13-01 or 31/02/2026.", None)[0].date == PartialDate(2026)  # only the year is a date


def test_a_full_stop_after_an_abbreviation_or_initial_does_not_end_a_sentence():
    assert split_sentences("Talks began on Dec. 3 in Astana. Mr. A. Karimov signed it. It runs to 2030.") == [
        "Talks began on Dec. 3 in Astana.", "Mr. A. Karimov signed it.", "It runs to 2030."]


# --- Reading sources ------------------------------------------------------------------------------


def test_a_text_copy_of_a_page_is_cut_to_its_article(seeds):
    article = read_source(str(seeds / YENI_SAFAK))
    assert (article.title, article.publisher, str(article.date)) == (
        "Türkiye and Uzbekistan sign pact for cooperation on critical minerals", "Yeni Şafak", "2026-01-30")
    text = " ".join(article.paragraphs)
    assert text.startswith("Turkish President Recep Tayyip Erdogan")
    assert "Comments you share" not in text and "Download Mobile Apps" not in text and "LEGAL DISCLAIMER" not in text


def test_the_publisher_a_report_relays_is_read_from_its_dateline(seeds):
    article = read_source(str(seeds / TREND))
    assert (article.publisher, article.via, article.date) == ("Trend", "Turkish Foreign Ministry", None)


def test_a_saved_page_keeps_its_article_and_drops_related_news_and_comments():
    article = read_test_article(FIXTURES / "articles" / "heavy-boilerplate.html")
    assert (article.publisher, str(article.date)) == ("Ashgabat Herald", "2026-02-03")
    text = " ".join(article.paragraphs)
    assert "natural gas supplies" in text
    assert "Georgia and Azerbaijan" not in text and "Great news" not in text and "Weather" not in text


def minimal_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with the lines in Helvetica: the shape of a ministry's statement."""
    text = " ".join(f"({line}) Tj 0 -16 Td" for line in lines)
    stream = f"BT /F1 11 Tf 72 720 Td {text} ET".encode("latin-1")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_a_pdf_statement_is_read(tmp_path):
    pdf = tmp_path / "statement.pdf"
    pdf.write_bytes(minimal_pdf(["FICTIONAL TEST FIXTURE: not a real statement", "Press release, 6 March 2026",
                                 "Kazakhstan and Uzbekistan signed an agreement on water resources on 5 March 2026",
                                 "in Tashkent, the two foreign ministries announced."]))
    article = read_source(str(pdf))
    assert str(article.date) == "2026-03-06"
    assert "Kazakhstan and Uzbekistan signed an agreement on water resources on 5 March 2026 in Tashkent" in " ".join(article.paragraphs)


# --- Drafting -------------------------------------------------------------------------------------


def test_each_test_article_comes_back_as_written_by_hand(real_data, real_names):
    expectations = yaml.safe_load((FIXTURES / "expected.yml").read_text(encoding="utf-8"))
    assert len(expectations) >= 6
    total = Tally()
    for name, entry in expectations.items():
        article = read_test_article(FIXTURES / "articles" / name)
        assert str(article.date) == str(entry["published"]), name
        drafts = Extractor(real_data, real_names, article.date).read(sentences(article.paragraphs))
        agreements, events = expected_from_fixture(entry)
        total.merge(evaluate(drafts, agreements, events, identify_with(real_names)))
    print("\n" + "\n".join(total.lines()))
    for what in ("agreements found (recall)", "agreements drafted that the article states (precision)", "dates (at the stated precision)",
                 "parties", "signatories", "witnesses", "planned or signed", "events found (recall)"):
        assert total.rate(what) >= 0.9, (what, total.misses)


@pytest.fixture(scope="module")
def base(base_dataset):
    """Countries, sources and topics only: what the seeds are drafted from."""
    return base_dataset


def drafts_from(base, published: PartialDate, paragraphs: list[str]):
    """The drafts of paragraphs written for a test, read against the dataset of countries, sources and topics only."""
    _, dataset, names = base
    return Extractor(dataset, names, published).read(sentences(paragraphs))


def parties_of_the_one(base, published: PartialDate, text: str) -> list[str]:
    """The parties of the one agreement a sentence drafts, by name or record id."""
    [agreement] = drafts_from(base, published, [text]).agreements
    return [party_key(p.value) for p in agreement.parties]


def test_the_seed_articles_come_back_as_they_read(base, real_names, seeds):
    """Drafted from a dataset of countries, sources and topics only, each seed article gives what it states
    (tests/drafting/seeds.yml, written by hand from the articles; the dataset's records also draw on other sources)."""
    _, dataset, names = base
    expectations = yaml.safe_load((FIXTURES / "seeds.yml").read_text(encoding="utf-8"))
    total = Tally()
    for seed, entry in expectations.items():
        article = read_source(str(seeds / seed))
        drafts = Extractor(dataset, names, article.date or PartialDate.parse(str(entry["published"]))).read(sentences(article.paragraphs))
        total.merge(evaluate(drafts, *expected_from_fixture(entry), identify_with(real_names)))
    print("\n" + "\n".join(total.lines()))
    assert total.rate("agreements found (recall)") >= 0.9 and total.rate("events found (recall)") >= 0.9
    fields = [total.counts[f] for f in ("dates (at the stated precision)", "parties")]
    assert sum(r for r, _ in fields) / sum(t for _, t in fields) >= 0.9, total.misses


def test_a_document_whose_parties_the_report_does_not_give_is_found_by_its_kind(base, real_names):
    """The sentences are written for this test: the facts give no party (as for a list cut off before them); a drafted
    document of the kind is the one stated, and the parties it has count as drafted wrong."""
    drafts = drafts_from(base, PartialDate(2027, 1, 7), ["Kazakhstan and Uzbekistan signed an agreement on film production on 5 January."])
    agreements, events = expected_from_fixture({"agreements": [{"kind": "agreement", "status": "signed", "date_signed": "2027-01", "parties": []}]})
    tally = evaluate(drafts, agreements, events, identify_with(real_names))
    assert tally.counts["agreements found (recall)"] == [1, 1]
    assert tally.counts["parties drafted that are right (precision)"] == [0, 2]


@pytest.mark.parametrize("seed", [YENI_SAFAK, TENGRI, TREND])
def test_with_the_full_dataset_nothing_is_drafted_twice(seed, real_data, real_names, seeds):
    article = read_source(str(seeds / seed))
    published = article.date or PartialDate(2026, 2, 3)
    drafts = Extractor(real_data, real_names, published).read(sentences(article.paragraphs))
    plan = Planner(real_data, real_names, article, drafts, published).plan()
    assert [f.record_id for f in plan.files if f.collection in ("agreements", "events")] == []
    assert plan.duplicates  # recognised, with what the text adds


def digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_drafts_are_written_with_their_evidence_validate_and_are_never_overwritten(tmp_path, cli):
    out = tmp_path / "drafts"
    article = FIXTURES / "articles" / "transliterated-names.txt"
    # a part of the real data that loads by itself, with the two presidents the article names (four loads of it)
    data = DataDir(tmp_path / "data").copy_real_part("kassym-jomart-tokayev", "shavkat-mirziyoyev").path
    result = cli("draft", str(article), "--data", str(data), "--out", str(out))
    assert result.returncode == 0, result.stderr
    roadmap = (out / "agreements" / "kazakhstan-uzbekistan-industrial-roadmap-2025.yml").read_text(encoding="utf-8")
    assert "# (paragraph 1, sentence 1) «Kazakh President Kassym-Jomart Tokaev and Uzbek President Shavkat Mirziyoev witnessed" in roadmap
    assert "date_signed: 2025-05-20" in roadmap and "parties:\n" in roadmap
    assert "  - kassym-jomart-tokayev" in roadmap and "  - shavkat-mirziyoyev" in roadmap  # "Tokaev", "Mirziyoev" resolved
    assert "office: \"Kazakh Minister of Industry\"" in roadmap
    assert "# summary: |" in roadmap  # never the source's words as a summary
    assert (out / "actors" / "erlan-sadykov.yml").exists()
    assert "The drafts validate" in result.stdout and "left open" in result.stdout
    _, problems = check_data(data, files=sorted(out.rglob("*.yml")), root=tmp_path)
    assert problems == []
    before = digest(out)
    again = cli("draft", str(article), "--data", str(data), "--out", str(out))
    assert again.returncode == 1 and "never overwritten" in again.stderr
    assert digest(out) == before
    # The same input gives the same files.
    other = tmp_path / "other"
    assert cli("draft", str(article), "--data", str(data), "--out", str(other)).returncode == 0
    assert digest(other) == before


def test_drafts_go_into_the_data_folder_only_when_asked(tmp_path, cli):
    data = DataDir(tmp_path / "data").copy_real_part("kazakhstan", "china").path  # a part that loads by itself: three loads of it
    result = cli("draft", str(FIXTURES / "articles" / "company-deal.txt"), "--data", str(data), "--into", "data", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    drafted = data / "agreements" / "aral-lithium-sinostone-mining-development-deposit-contract-2026.yml"
    assert drafted.exists()
    # The source's sentences are evidence for the review; in data/ they are refused until deleted.
    refused = cli("validate", "--data", str(data), cwd=tmp_path)
    assert refused.returncode == 1 and "the draft's quoted sentences are still in the file" in refused.stdout
    for path in data.rglob("*.yml"):
        lines = path.read_text(encoding="utf-8").split("\n")
        path.write_text("\n".join(line for line in lines if not line.lstrip().startswith("# (paragraph")), encoding="utf-8")
    assert cli("validate", "--data", str(data), cwd=tmp_path).returncode == 0


def test_without_a_publication_date_it_asks_for_one_and_writes_nothing(tmp_path, seeds, cli, base_dataset):
    result = cli("draft", str(seeds / TREND), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "give it with --date YYYY-MM-DD" in result.stderr
    assert not (tmp_path / "out").exists()
    # (against the countries, publishers, sources and topics of data/ only: what is read here needs no more)
    dated = cli("draft", str(seeds / TREND), "--date", "2026-02-03", "--data", str(base_dataset[0]), "--out", str(tmp_path / "out"))
    assert dated.returncode == 0, dated.stderr


@pytest.mark.parametrize(("content", "message"), [
    (b"", "the file is empty"),
    (b"Menu\nHome\nNews\nSport\n", "no paragraph of text found"),
    (b"FICTIONAL TEST FIXTURE: not a real report\n12 March 2026\nThe weather in Astana was sunny and warm for most of the week, forecasters said on Monday.\n",
     "states no agreement or event"),
    (b"\xff\xfe\x00\xd8 not text", "not UTF-8"),
])
def test_an_empty_unreadable_or_empty_handed_source_is_refused(tmp_path, content, message, cli, base_dataset):
    source = tmp_path / "article.txt"
    source.write_bytes(content)
    result = cli("draft", str(source), "--data", str(base_dataset[0]), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_url_is_fetched_and_read_like_the_saved_page(tmp_path, cli, base_dataset):
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(FIXTURES / "articles"))
    handler.log_message = lambda *args: None  # type: ignore[attr-defined]
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/heavy-boilerplate.html"
        result = cli("draft", url, "--data", str(base_dataset[0]), "--out", str(tmp_path / "out"))
        missing = cli("draft", url.replace("heavy", "missing"), "--data", str(base_dataset[0]), "--out", str(tmp_path / "none"))
    finally:
        server.shutdown()
        server.server_close()
    assert result.returncode == 0, result.stderr
    source = next((tmp_path / "out" / "sources").glob("*.yml")).read_text(encoding="utf-8")
    assert f'url: "{url}"' in source
    assert missing.returncode == 1 and "the server answered 404" in missing.stderr
    assert cli("draft", "ftp://127.0.0.1/x", "--out", str(tmp_path / "ftp")).returncode == 1


@pytest.mark.parametrize(("office", "person"), [
    ("Turkish Energy Minister", "alparslan-bayraktar"),  # Minister of Energy and Natural Resources of Türkiye
    ("Kazakh Foreign Minister", "yermek-kosherbayev"),
    ("Uzbek President", "shavkat-mirziyoyev"),
    ("Kyrgyz Energy Minister", None),  # the data shows its holder in it only in January 2023, three years before the text
    ("Uzbek Minister", None),  # a minister of Uzbekistan: which, the words do not say, however few the data holds
])
def test_an_office_names_the_person_who_holds_it(office, person, real_data, real_names):
    assert Extractor(real_data, real_names, PartialDate(2026, 2, 10)).actors.holder_of(office) == person


def test_the_first_words_of_an_office_that_goes_on_name_no_one(real_data, real_names):
    """Written for this test: the fictional test article transliterated-names.txt, read with the full data, had a third
    signatory, Uzbekistan's Minister of Transport (the one Uzbek minister the data showed in office then), from the words
    "Uzbek Minister" of "Uzbek Minister of Investment Aziz Karimov"."""
    text = ("FICTIONAL TEST SENTENCE. The roadmap on industrial cooperation was signed in Tashkent on 20 May 2025 by Kazakh Minister "
            "of Industry Erlan Sadykov and Uzbek Minister of Investment Aziz Karimov.")
    extractor = Extractor(real_data, real_names, PartialDate(2024, 6, 10))
    assert extractor.actors.holder_of("Uzbek Minister") is None
    drafts = extractor.read(sentences([text]))
    assert [(getattr(s[0].value, "name", s[0]).value, s[2]) for s in drafts.agreements[0].signatories] == [
        ("Erlan Sadykov", "kazakhstan"), ("Aziz Karimov", "uzbekistan")]


def test_a_signatory_named_by_office_alone_is_linked(real_data, real_names):
    text = ("FICTIONAL TEST SENTENCE. On Monday, Türkiye and Uzbekistan signed a memorandum of understanding on uranium, "
            "which the Turkish Energy Minister signed with his Uzbek counterpart.")
    drafts = Extractor(real_data, real_names, PartialDate(2026, 2, 10)).read(sentences([text]))
    assert [(s[0].value, s[2]) for s in drafts.agreements[0].signatories] == [("alparslan-bayraktar", "turkiye")]
    assert str(drafts.agreements[0].date_signed.value) == "2026-02-09"


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    ("The deal was signed in early March.", PartialDate(2026, 3, 20), "2026-03"),
    ("The deal was signed in November.", PartialDate(2026, 2, 20), "2025-11"),  # a past November: last year's
    ("They signed it last week.", PartialDate(2026, 3, 19), "2026-03"),  # 9–15 March 2026
    ("They signed it last week.", PartialDate(2026, 3, 4), "2026"),  # 23 February – 1 March: only the year is sure
])
def test_months_and_weeks_without_a_year_keep_what_is_certain(sentence, published, expected):
    assert str(dates_in(sentence, published)[0].date) == expected


def test_a_project_the_text_names_is_drafted_in_its_countries(base, real_data, real_names):
    _, dataset, names = base
    text = ("FICTIONAL TEST SENTENCE. The construction of the China-Kyrgyzstan-Uzbekistan railway will change the logistics "
            "of mineral transport, the article says.")
    [project] = Extractor(dataset, names, PartialDate(2025, 12, 15)).read(sentences([text])).projects
    assert (project.name.value, project.kind, project.countries) == ("China-Kyrgyzstan-Uzbekistan railway", "railway",
                                                                     ["china", "kyrgyzstan", "uzbekistan"])
    assert Extractor(real_data, real_names, PartialDate(2025, 12, 15)).read(sentences([text])).projects == []  # recorded already


@pytest.fixture
def draft_report(real_data, real_names):
    def drafts_of_report(tmp_path: Path, content: str):
        """Drafts of a test report saved as a text file: read as `accords draft` reads a source, dated by its header."""
        report = tmp_path / "report.txt"
        report.write_text(content, encoding="utf-8")
        article = read_test_article(report)
        return Extractor(real_data, real_names, article.date).read(sentences(article.paragraphs))
    return drafts_of_report


def test_the_end_of_a_period_is_not_a_date_of_signing():
    assert dates_in("They signed a programme of cooperation through 2030.", PartialDate(2025, 6, 17)) == []
    assert dates_in("A programme for 2026-2027 was signed on 3 May 2025.", None)[0].date == PartialDate(2025, 5, 3)
    # a span written with a minus sign (U+2212), as some sites write one
    assert dates_in("The presidents welcomed the adoption of the Programme of partnership for 2025\u22122027.", PartialDate(2025, 6, 17)) == []


def test_a_relayed_body_may_be_written_in_lower_case(tmp_path):
    text = tmp_path / "report.txt"
    text.write_text("FICTIONAL TEST FIXTURE: not a real report\nDUSHANBE, June 17. Two ministries signed a memorandum on "
                    "water, Example Wire reports via the presidential administration of Tajikistan.\n", encoding="utf-8")
    article = read_source(str(text))
    assert (article.publisher, article.via) == ("Example Wire", "presidential administration of Tajikistan")


def test_a_headline_is_a_line_of_words_not_the_counters_under_it(tmp_path):
    text = tmp_path / "report.txt"
    text.write_text("FICTIONAL TEST FIXTURE: not a real report\nTwo ministries agree on water sharing\n\n512 views Politics 3\n\n"
                    "The ministries of two neighbouring states signed a memorandum on water sharing on Monday, the ministries "
                    "said in a joint release.\n", encoding="utf-8")
    assert read_source(str(text)).title == "Two ministries agree on water sharing"


def test_a_long_headline_above_the_lead_is_the_headline_not_the_first_paragraph(tmp_path):
    """A shape of the blind set's development half (sohar-gulf-kazakh-fertiliser-jv, tajik-pakistan-commission-business-forum):
    a headline of running words without a full stop was read as the first paragraph, and its "sign" drafted the lead's
    document a second time. A sentence the copy wraps onto the next line is still one paragraph."""
    text = tmp_path / "report.txt"
    text.write_text("FICTIONAL TEST FIXTURE: not a real report\nNorthwind Media — Press room\nPress release | 3 February 2026\n\n"
                    "Aral Chemicals and Gulf Phosphates sign joint venture agreement for a fertiliser complex in the south of Kazakhstan\n\n"
                    "ASTANA — Aral Chemicals JSC and Gulf Phosphates LLC yesterday signed a shareholders' agreement establishing a "
                    "joint venture.\n", encoding="utf-8")
    article = read_source(str(text))
    assert article.title == "Aral Chemicals and Gulf Phosphates sign joint venture agreement for a fertiliser complex in the south of Kazakhstan"
    assert article.paragraphs == ("ASTANA — Aral Chemicals JSC and Gulf Phosphates LLC yesterday signed a shareholders' agreement "
                                  "establishing a joint venture.",)
    text.write_text("FICTIONAL TEST FIXTURE: not a real report\nNorthwind Media — Press room\n\n"
                    "ASTANA — Aral Chemicals JSC and Gulf Phosphates LLC yesterday signed a shareholders' agreement establishing\n"
                    "a joint venture that will build a fertiliser complex.\n", encoding="utf-8")
    assert read_source(str(text)).paragraphs[0].startswith("ASTANA — Aral Chemicals JSC")


def test_presidents_named_after_their_office_sign_and_a_dateline_is_not_the_signing_date(real_data, real_names):
    text = ["FICTIONAL TEST TEXT. ASTANA, March 3 - After the talks, several documents were signed.",
            "The President of Kazakhstan, Kassym-Jomart Tokayev, and the President of the Republic of Uzbekistan, "
            "Shavkat Mirziyoyev, signed the Joint Statement of Kazakhstan and Uzbekistan."]
    package, statement = Extractor(real_data, real_names, PartialDate(2026, 3, 3)).read(sentences(text)).agreements
    assert package.is_package and package.documents is None  # "several documents": a package the text does not count
    assert [(s[0].value, s[1], s[2]) for s in statement.signatories] == [
        ("kassym-jomart-tokayev", "President of Kazakhstan", "kazakhstan"),
        ("shavkat-mirziyoyev", "President of the Republic of Uzbekistan", "uzbekistan")]
    assert statement.date_signed is None  # "March 3" dates the report


def test_a_short_introduction_and_middle_dot_bullets_make_a_list_dated_by_the_sentence_before(tmp_path, draft_report):
    drafts = draft_report(
        tmp_path,
        "FICTIONAL TEST FIXTURE: not a real report\nSteppe Courier\n2024-04-05\nTwo documents signed\n\n"
        "After talks between Kazakhstan and Kyrgyzstan, a signing ceremony of new documents took place yesterday in Bishkek.\n"
        "The parties signed:\n"
        "· A Cooperation Program between the Ministry of Culture of the Republic of Kazakhstan and the Ministry of Culture of the Kyrgyz Republic for 2025-2026;\n"
        "· An Agreement on cooperation between the Institute of History of the Academy of Sciences of Kazakhstan and the Institute of Archaeology of the Academy of Sciences of Kyrgyzstan.\n")
    # "a signing ceremony of new documents" counts none: a package, beside the documents the list names (CONTRIBUTING)
    assert [(str(a.kind.value), str(a.date_signed.value)) for a in drafts.agreements] == [
        ("package", "2024-04-04"), ("programme", "2024-04-04"), ("agreement", "2024-04-04")]
    assert [str(p.value.name.value) for p in drafts.agreements[2].parties] == [
        "Institute of History of the Academy of Sciences of Kazakhstan", "Institute of Archaeology of the Academy of Sciences of Kyrgyzstan"]


def test_a_list_of_short_items_without_bullets_after_its_introduction(tmp_path, draft_report):
    drafts = draft_report(
        tmp_path,
        "FICTIONAL TEST FIXTURE: not a real report\nSteppe Courier\n2025-07-08\nDocuments of a visit\n\n"
        "During the state visit of the President of Kazakhstan to Kyrgyzstan, a series of documents were signed and exchanged.\n"
        "The documents signed and exchanged include:\n"
        "An agreement on tourism cooperation;\n"
        "A cooperation plan on industry for 2025–2026;\n"
        "A memorandum on environmental protection.\n")
    # "a series of documents" counts none: a package between the states of the visit, beside the documents the list names
    assert [(str(a.kind.value), str(a.title.value)) for a in drafts.agreements] == [
        ("package", "Documents signed between Kazakhstan and Kyrgyzstan"),
        ("agreement", "Agreement on tourism cooperation"), ("plan", "Cooperation plan on industry for 2025–2026"),
        ("memorandum of understanding", "Memorandum on environmental protection")]


def test_a_russian_list_of_items_in_lower_case_after_its_introduction(tmp_path, draft_report):
    drafts = draft_report(
        tmp_path,
        "FICTIONAL TEST FIXTURE: not a real report\nСтепной вестник\n2025-11-16\nДокументы саммита\n\n"
        "Президенты Казахстана и Узбекистана провели встречу в Ташкенте.\n"
        "Фото пресс-службы\n"
        "По итогам встречи президентов Казахстана и Узбекистана подписан ряд документов, в том числе:\n"
        "совместное заявление о стратегическом партнёрстве;\n"
        "концепция сотрудничества в области энергетики;\n"
        "решение о создании совета.\n")
    # the items in lower case are the documents, each of its kind; the caption is not read
    assert [a.kind.value for a in drafts.agreements] == ["package", "joint statement", "concept", "decision"]


def test_bullet_items_named_after_a_year_range_and_items_that_are_no_document_keep_the_list_going(tmp_path, draft_report):
    drafts = draft_report(
        tmp_path,
        "FICTIONAL TEST FIXTURE: not a real report\nSteppe Courier\n2025-04-29\nDocuments of a visit\n\n"
        "Iran and Azerbaijan signed new agreements in Baku on Monday.\n"
        "At the end of the visit, the parties signed several agreements, including:\n"
        "• A 2025–2027 Political Consultation Program between the Foreign Ministries of Azerbaijan and Iran.\n"
        "• Cooperation in seafaring, with standards of its own.\n"
        "• A Memorandum on Media Cooperation.\n")
    # "signed new agreements" is a package, of no number; the list's items after it, the one that names no document left out
    assert [(a.kind.value, a.title.value) for a in drafts.agreements][1:] == [
        ("programme", "2025–2027 Political Consultation Program between the Foreign Ministries of Azerbaijan and Iran"),
        ("memorandum of understanding", "Memorandum on Media Cooperation")]
    assert drafts.agreements[0].is_package


def test_a_capitalised_word_is_not_an_acronym_and_regulations_are_a_listed_document(tmp_path, draft_report):
    drafts = draft_report(
        tmp_path,
        "FICTIONAL TEST FIXTURE: not a real report\nSteppe Courier\n2023-05-21\nA summit's documents\n\n"
        "As a result of the summit of the heads of state in Khiva, the Khiva Declaration was adopted by Kazakhstan and Uzbekistan.\n"
        "The summit participants also signed:\n"
        "A Memorandum of Understanding on cooperation in digital trade;\n"
        "Regulations on the work of the meeting of the heads of customs services.\n")
    assert [(str(a.kind.value), str(a.title.value)) for a in drafts.agreements] == [
        ("declaration", "Khiva Declaration"),
        ("memorandum of understanding", "Memorandum of Understanding on cooperation in digital trade"),
        ("other", "Regulations on the work of the meeting of the heads of customs services")]
    # "As" opening the sentence is a word, not the acronym of the Academy of Agricultural Sciences (AS)
    assert [p.value for p in drafts.agreements[0].parties] == ["kazakhstan", "uzbekistan"]


def test_a_document_named_with_a_capitalised_between_is_a_new_document(real_data, real_names):
    text = ["FICTIONAL TEST TEXT. After the talks, the two presidents jointly signed the Joint Statement Between the "
            "People's Republic of China and the Republic of Kazakhstan, and mapped out their next steps."]
    [statement] = Extractor(real_data, real_names, PartialDate(2024, 7, 12)).read(sentences(text)).agreements
    assert (statement.kind.value, [p.value for p in statement.parties]) == ("joint statement", ["china", "kazakhstan"])


def test_an_agreement_reached_to_do_something_is_not_a_document(real_data, real_names):
    text = ["FICTIONAL TEST TEXT. An agreement was also reached to hold the next meeting of the Kazakh-Uzbek "
            "Intergovernmental Commission in Tashkent.", "The two presidents signed a joint declaration on Kazakhstan and Uzbekistan."]
    drafts = Extractor(real_data, real_names, PartialDate(2024, 4, 25)).read(sentences(text))
    assert [a.kind.value for a in drafts.agreements] == ["declaration"]


def test_heads_of_state_named_before_give_the_parties_of_their_statement_and_of_the_list_after_it(tmp_path, draft_report):
    drafts = draft_report(
        tmp_path,
        "FICTIONAL TEST FIXTURE: not a real report\nSteppe Courier\n2022-09-14\nDocuments of a visit\n\n"
        "Documents were signed after the talks of the President of the Republic of Kazakhstan and the President of the Republic of Uzbekistan.\n"
        "The heads of state signed a Joint Statement on the results of the visit.\n"
        "Nine documents were also signed during the high-level visit, including:\n"
        "– A letter on the exchange of weather data;\n"
        "– A cooking festival for 2023;\n"
        "– Memorandum of cooperation in geology.\n")
    assert [(a.kind.value, [p.value for p in a.parties or a.fallback_parties]) for a in drafts.agreements] == [
        ("joint statement", ["kazakhstan", "uzbekistan"]), ("package", ["kazakhstan", "uzbekistan"]),  # the nine, of their parts' parties
        ("other", ["kazakhstan", "uzbekistan"]),
        ("memorandum of understanding", ["kazakhstan", "uzbekistan"])]  # the festival is no document, and the list goes on past it
    assert drafts.agreements[1].documents.value == Count(9)
    # "the high-level visit" is no recorded event (it was taken for the Tajik delegation's visit to Bishkek)
    assert not [a.event.value for a in drafts.agreements if a.event and isinstance(a.event.value, str)]


def test_a_list_introduced_by_including_alone(tmp_path, draft_report):
    drafts = draft_report(tmp_path, "FICTIONAL TEST FIXTURE: not a real report\nSteppe Courier\n2022-03-29\nDocuments\n\n"
                    "The presidents of Kazakhstan and Uzbekistan signed a joint statement after their talks.\n"
                    "Including:\n– Agreement on Preferential Trade;\n– Memorandum of Understanding in construction.\n")
    assert [a.kind.value for a in drafts.agreements] == ["joint statement", "agreement", "memorandum of understanding"]


# --- The signing verb's own clause decides (issue 25, item 1) -------------------------------------------------------

WEDNESDAY = PartialDate(2026, 2, 4)  # the publication date these sentences are read against


def drafted(real_data, real_names, text: str):
    return Extractor(real_data, real_names, WEDNESDAY).read(sentences(["FICTIONAL TEST TEXT. " + text])).agreements


@pytest.mark.parametrize("text", [
    "Kazakhstan and Uzbekistan did not sign the memorandum on water.",
    "Kazakhstan refused to sign the agreement on transit with Uzbekistan.",
    "Kazakhstan and Uzbekistan could sign an agreement on transit.",
    # a wish for a signing soon, an understanding reached, documents still under consideration
    "The readiness of Germany to support Uzbekistan and the soonest signing of the Partnership Agreement with the EU was expressed.",
    "An agreement on launching a Germany–Central Asia dialogue platform was reached during the talks.",
    "The ministers agreed to meet again once the package of bilateral documents under consideration by the parties is ready.",
])
def test_a_signing_that_did_not_happen_drafts_nothing(real_data, real_names, text):
    assert drafted(real_data, real_names, text) == []


def test_a_will_in_another_clause_leaves_a_past_signing_in_the_past(real_data, real_names):
    [agreement] = drafted(real_data, real_names, "Kazakhstan and Uzbekistan signed an agreement on transit on Monday, "
                                                 "and the ministers will meet again in May.")
    assert (agreement.planned, str(agreement.date_signed.value), agreement.place) == (False, "2026-02-02", None)


def test_an_inserted_clause_neither_dates_nor_plans_the_signing(real_data, real_names):
    [agreement] = drafted(real_data, real_names, "The ministers of Kazakhstan and Uzbekistan, who will meet again next year, "
                                                 "signed a memorandum on energy on Monday.")
    assert (agreement.planned, str(agreement.date_signed.value)) == (False, "2026-02-02")


def test_an_expected_signing_is_planned_and_a_month_is_not_a_place(real_data, real_names):
    [agreement] = drafted(real_data, real_names, "A memorandum between Kazakhstan and Uzbekistan on energy is expected to be signed in March.")
    assert (agreement.planned, agreement.date_signed, agreement.place) == (True, None, None)
    [agreement] = drafted(real_data, real_names, "Kazakhstan and China signed an agreement on transit in Beijing on Monday.")
    assert agreement.place.value == "Beijing"  # a city of GeoNames' list, where "March" is not


def party_names(agreement) -> list[str]:
    """A draft's parties as a test names them: a record's id, or "new: <name>" for a body the data does not hold."""
    return [p.value if isinstance(p.value, str) else f"new: {p.value.name.value}" for p in agreement.parties]


@pytest.mark.parametrize(("text", "parties"), [
    ("Kazakhstan Temir Zholy and Azerbaijan Railways signed a memorandum on container transport on Monday.",
     ["kazakhstan-railways", "azerbaijan-railways"]),  # both recorded since the coverage work of December 2026
    ("The Ministry of Industry and Trade of Uzbekistan and Sinostone Mining Corporation signed a contract on Monday.",
     ["new: Ministry of Industry and Trade of Uzbekistan", "new: Sinostone Mining Corporation"]),
    ("Kazinform News Agency correspondent reports that Kazakhstan and Uzbekistan signed an agreement on transit on Monday.",
     ["kazakhstan", "uzbekistan"]),
])
def test_coordinated_names_are_separate_parties_and_who_reports_is_none(real_data, real_names, text, parties):
    [agreement] = drafted(real_data, real_names, text)
    assert party_names(agreement) == parties


@pytest.mark.parametrize(("text", "parties"), [
    ("Kazakhstan and Uzbekistan signed an agreement on transit, Steppe News Agency reports, citing the Administration of the President of "
     "Uzbekistan.", ["kazakhstan", "uzbekistan"]),
    ("Kazakhstan and Uzbekistan signed a memorandum on transit, a joint statement carried by the official Steppe Press Agency said.",
     ["kazakhstan", "uzbekistan"]),
    ("The presidents signed a protocol on transit, said a statement from the Prime Minister’s Office.", []),
    ("Steppe News Agency: the Ministry of Energy of Uzbekistan and Sinostone Mining Corporation signed a contract.",
     ["ministry-of-energy-uzbekistan", "new: Sinostone Mining Corporation"]),
    ('The company\'s chief said: "We have signed an agreement with the Ministry of Energy of Uzbekistan."', ["ministry-of-energy-uzbekistan"]),
    ("Steppe Wind Company and the Ministry of Energy of Uzbekistan signed an agreement to build a wind farm in the Karakum region.",
     ["new: Steppe Wind Company", "ministry-of-energy-uzbekistan"]),
    # (SOCAR, whose alias the data gives as "State Oil Company of the Republic of Azerbaijan")
    ("A memorandum on transit was signed between the State Oil Company of Azerbaijan and JSC Steppe Gas.",
     ["socar", "new: JSC Steppe Gas"]),
    # the last word of a document's name before "signed" is no signer
    ("The plan is supported by a Memorandum of Understanding signed in April 2025 by Kazakhstan and Uzbekistan.", ["kazakhstan", "uzbekistan"]),
])
def test_who_tells_speaks_or_is_where_is_no_party(real_data, real_names, text, parties):
    """A news agency, the body a statement comes from, 'we', and a region where a project is are never parties."""
    [agreement] = drafted(real_data, real_names, text)
    assert party_names(agreement) == parties


def test_surnames_of_people_named_before_a_project_and_an_office_are_no_parties(real_data, real_names):
    drafts = Extractor(real_data, real_names, WEDNESDAY).read(sentences([
        "FICTIONAL TEST TEXT. Foreign Secretary Tom Cameron met Minister Aibek Nurtleu on Monday.",
        "Cameron and Nurtleu signed a Strategic Partnership Agreement.",  # not Cameroon, nor two bodies
        "Azerbaijan and Türkiye signed a Protocol of Intent on the Steppe Railway Project.",
        "An agreement on visas was signed by the Secretary of Administration and Justice, Wang Chon, and Kazakhstan."]))
    assert [party_names(a) for a in drafts.agreements] == [
        [], ["azerbaijan", "turkiye"], ["kazakhstan"]]


@pytest.mark.parametrize("text", [
    "The minister confirmed the readiness of Uzbekistan to sign an agreement with Kyrgyzstan on the border.",
    "The exact timeframe for signing a border agreement between Kyrgyzstan and Tajikistan remains uncertain.",
    "It is anticipated that a weighty package of documents on trade will be signed.",
])
def test_a_signing_only_wished_or_expected_is_no_signed_document(real_data, real_names, text):
    assert [a for a in drafted(real_data, real_names, text) if not a.planned] == []


def test_a_document_proposed_for_signing_soon_is_planned_and_a_subject_of_adjectives_keeps_its_commas(real_data, real_names):
    [agreement] = drafted(real_data, real_names, "The Memorandum of Understanding between Kazakhstan and Uzbekistan on Climate is proposed "
                                                 "for signing in the near future.")
    assert agreement.planned and [p.value for p in agreement.parties] == ["kazakhstan", "uzbekistan"]
    [agreement] = drafted(real_data, real_names, "Kazakhstan and Uzbekistan signed an agreement on economic, commercial and technical cooperation.")
    assert agreement.title.value == "Agreement on economic, commercial and technical cooperation"


def test_a_text_the_heads_of_state_approved_is_drafted_approved_not_signed(tmp_path, real_data, real_names):
    report = tmp_path / "report.txt"
    report.write_text("FICTIONAL TEST FIXTURE: not a real report\nSteppe Courier\n2022-07-22\nA roadmap\n\n"
                      "The heads of state of Kazakhstan, Kyrgyzstan and Uzbekistan approved a roadmap for regional cooperation "
                      "on Thursday.\n", encoding="utf-8")
    article = read_test_article(report)
    drafts = Extractor(real_data, real_names, article.date).read(sentences(article.paragraphs))
    plan = Planner(real_data, real_names, article, drafts, article.date).plan()
    [draft] = [f for f in plan.files if f.collection == "agreements"]
    record = yaml.safe_load("\n".join(line for line in draft.lines if not line.lstrip().startswith("#")))
    assert record["status"] == "approved" and "date_signed" not in record
    assert record["status_history"] == [{"status": "approved", "verb": "approved", "date": "2022-07-21", "sources": [plan.source_id]}]
    assert record["parties"] == ["kazakhstan", "kyrgyzstan", "uzbekistan"]


def test_a_document_initialled_is_drafted_initialled_not_signed(tmp_path, real_data, real_names):
    report = tmp_path / "report.txt"
    report.write_text("FICTIONAL TEST FIXTURE: not a real report\nSteppe Courier\n2027-01-08\nA border treaty\n\n"
                      "Kyrgyzstan and Tajikistan initialled the border treaty in Batken on 6 January.\n", encoding="utf-8")
    article = read_test_article(report)
    drafts = Extractor(real_data, real_names, article.date).read(sentences(article.paragraphs))
    plan = Planner(real_data, real_names, article, drafts, article.date).plan()
    [draft] = [f for f in plan.files if f.collection == "agreements"]
    record = yaml.safe_load("\n".join(line for line in draft.lines if not line.lstrip().startswith("#")))
    assert record["status"] == "initialled" and "date_signed" not in record
    assert record["status_history"] == [{"status": "initialled", "verb": "initialled", "date": "2027-01-06", "sources": [plan.source_id]}]
    assert record["parties"] == ["kyrgyzstan", "tajikistan"]


def test_a_signatory_drafted_without_any_party_is_written_for_the_reviewer_not_a_crash(tmp_path, real_data, real_names):
    """A draft with a signer and no party (a report of the Iranian president's visit to Dushanbe) had stopped
    `accords draft` with an IndexError and written nothing: the signer is written, and the missing party said."""
    report = tmp_path / "report.txt"
    report.write_text("FICTIONAL TEST FIXTURE: not a real report\nSteppe Courier\n2027-01-08\nA memorandum\n\n"
                      "Kyrgyzstan and Tajikistan signed a memorandum on water in Batken on 6 January.\n", encoding="utf-8")
    article = read_test_article(report)
    drafts = Extractor(real_data, real_names, article.date).read(sentences(article.paragraphs))
    [agreement] = drafts.agreements
    agreement.signatories.append((agreement.parties[0], "Minister", None))
    agreement.parties.clear()
    plan = Planner(real_data, real_names, article, drafts, article.date).plan()
    [draft] = [f for f in plan.files if f.collection == "agreements"]
    assert any("on_behalf_of: CHECK" in line and "no party drafted" in line for line in draft.lines), draft.lines


# --- Ratification: a step of a recorded agreement's history ------------------------------------------


def _plan(real_data, real_names, text: str, published: str):
    from accords.drafting.reading import Article

    article = Article((text,), "test-article.txt", "text", None, "Test Wire", PartialDate.parse(published))
    drafts = Extractor(real_data, real_names, article.date).read(sentences(article.paragraphs))
    return drafts, Planner(real_data, real_names, article, drafts, article.date).plan()


def test_a_ratification_of_a_recorded_treaty_is_a_step_of_its_history_not_a_new_agreement(real_data, real_names):
    # Fictional: the recorded agreement (data/agreements/kazakhstan-china-cultural-centres-agreement.yml) shows Kazakhstan's
    # steps only; this sentence reports a vote of China's parliament, which is a chamber's vote, not a ratification complete.
    drafts, plan = _plan(real_data, real_names, "The Chinese parliament ratified the Agreement on the establishment of cultural centres "
                         "with Kazakhstan on 3 June 2025.", "2025-06-04")
    [agreement] = drafts.agreements
    assert (agreement.kind.value, agreement.ratified.value, agreement.ratified_by) == ("agreement", "ratified", ["china"])
    assert not [f for f in plan.files if f.collection == "agreements"]
    [(_, existing, proposed)] = plan.duplicates
    assert existing == "kazakhstan-china-cultural-centres-agreement"
    step = next(p for p in proposed if p.startswith("status_history"))
    for part in ("'status': 'approved'", "'stage': 'chamber vote'", "'by': ['china']", "'chamber': 'CHECK: the chamber that voted",
                 "'date': '2025-06-03'"):
        assert part in step, part


def test_the_stage_of_a_ratification_is_read_from_its_words():
    from accords.drafting.documents import ratification_stage

    assert [ratification_stage(t) for t in (
        "The sides exchanged the instruments of ratification in Khujand.",
        "President Tokayev signed the law on the ratification of the treaty.",
        "The Senate ratified the agreement.",
        "Сенат Казахстана ратифицировал соглашение.",
        "Uzbek President Shavkat Mirziyoyev ratified the treaty.")] == [
        "notes exchanged", "law signed", "chamber vote", "chamber vote", None]  # a bare "ratified" says no stage


def test_a_ratification_already_recorded_proposes_no_step(real_data, real_names):
    _, plan = _plan(real_data, real_names, "Kazakh President Kassym-Jomart Tokayev ratified the Treaty on Allied Relations with "
                    "Uzbekistan on 20 May 2024.", "2024-05-21")
    [(_, existing, proposed)] = plan.duplicates
    assert existing == "kazakhstan-uzbekistan-treaty-on-allied-relations"
    assert not [p for p in proposed if p.startswith("status_history")]


def test_a_ratification_of_an_unrecorded_agreement_is_drafted_ratified_by_its_country(base):
    _, dataset, names = base
    drafts = Extractor(dataset, names, PartialDate(2023, 10, 6)).read(sentences([
        "The Senate of Kazakhstan ratified the agreement on the establishment of the Turkic Investment Fund on Thursday."]))
    [agreement] = drafts.agreements
    assert [p.value for p in agreement.parties] == ["kazakhstan"]  # the Fund is what it establishes, not a party
    assert (agreement.ratified.value, agreement.ratified_by, str(agreement.ratified_on.value)) == ("ratified", ["kazakhstan"], "2023-10-05")
    assert agreement.date_signed is None  # the day it was ratified, not signed
    [chamber] = Extractor(dataset, names, PartialDate(2023, 10, 6)).read(sentences([
        "The Lower House of the Parliament of Tajikistan ratified the agreement between Tajikistan, Kyrgyzstan and "
        "Uzbekistan on the junction point of their borders."])).agreements
    # the chamber ratified it; the three states are its parties, and no body of the chamber
    assert ([p.value for p in chamber.parties], chamber.ratified_by) == (["tajikistan", "kyrgyzstan", "uzbekistan"], ["tajikistan"])


def test_a_page_that_is_a_joint_statement_drafts_it_from_its_heading(real_data, real_names):
    """The sentences are written for this test."""
    heading = ("Joint Statement of the Ministers of Foreign Affairs of the Republic of Türkiye and the Republic of Kazakhstan "
               "Following the 9th Meeting of the Joint Strategic Planning Group, 3 March 2027")
    drafts = Extractor(real_data, real_names, PartialDate(2027, 3, 3)).read(sentences([heading, "The Sides exchanged views."]))
    [statement] = drafts.agreements
    assert statement.kind.value == "joint statement"
    assert statement.title.value == heading.removesuffix(", 3 March 2027")
    assert [p.value for p in statement.parties] == ["ministry-of-foreign-affairs-turkiye", "ministry-of-foreign-affairs-kazakhstan"]
    assert str(statement.date_signed.value) == "2027-03-03" and statement.approved is not None and statement.signatories == []


def test_a_document_between_the_foreign_ministries_is_theirs(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 3, 3)).read(sentences([
        "Tajikistan and China signed a programme of economic cooperation.",
        "Several other documents were signed, including:",
        "- A memorandum of cooperation between the foreign ministries on consular matters;"]))
    memorandum = drafts.agreements[-1]
    assert [p.value for p in memorandum.parties] == ["ministry-of-foreign-affairs-tajikistan", "ministry-of-foreign-affairs-china"]


def test_a_list_item_with_its_dash_against_its_first_word_is_read(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("FICTIONAL TEST FIXTURE: not a real report\n\nThe two sides signed several other documents, including:\n"
                    "-An agreement between the governments on cooperation in the field of intellectual property;\n"
                    "- A memorandum of cooperation between the foreign ministries on consular matters.\n-- menu\n", encoding="utf-8")
    assert read_source(str(page)).paragraphs[1:] == (
        "-An agreement between the governments on cooperation in the field of intellectual property;",
        "- A memorandum of cooperation between the foreign ministries on consular matters.")


@pytest.mark.parametrize(("text", "paragraphs"), [
    # "Share" under a picture's caption neither ends the article nor leaves the caption in it
    ("Two presidents shake hands as they meet in New York City, New York, U.S., September 23, 2025. (Photo file)\n"
     "Share\n|\nThe U.S. government has signed an agreement with Uzbekistan on critical minerals, the agency said.\n"
     "The framework between the two aims to advance the countries' strategic cooperation, its outline said.\n"
     "Share this article\nRelated news: something else entirely happened somewhere else today.\n",
     ["The U.S. government has ", "The framework between th"]),
    # "Subscribe" under a site's motto does not end the article before it starts
    ("- Example Wire International, 2027\nWorld\n"
     "The latest news and stories from the world. Stay tuned for updates and breaking news on politics and more.\n"
     "Subscribe\nMOSCOW - The presidents of two states signed a declaration on strategic partnership on Friday in Moscow.\n"
     "The declaration covers trade, energy and transport, its text said.\nSubscribe\nMore news\n",
     ["MOSCOW - The presidents ", "The declaration covers t"]),
    # a list of the site's other news, each a dated headline, is none of the article (shapes of the blind set's development
    # half, prezident-t1-kg-tr-gosvizit-perechen-ru, mert-t2-tj-koreya-mpk-tretye-ru): a headline of a law signed was a
    # ratification, one of a memorandum signed a signing
    ("Президенты подписали совместное заявление о стратегическом партнерстве в Бишкеке 17 октября.\n"
     "Главы государств также приняли участие в бизнес-форуме, где было подписано несколько контрактов.\n"
     "Поделиться: Facebook | Telegram\nДругие новости\n"
     "16.10.2024 | Президент подписал Закон «О ратификации Соглашения между Кабинетом Министров Кыргызской Республики и "
     "Правительством Республики Казахстан о сотрудничестве в сфере водного хозяйства»\n"
     "09.06.2025 Подписан меморандум с Всемирным банком о поддержке экспорта\n",
     ["Президенты подписали сов", "Главы государств также п"]),
    ("The two ministers signed a memorandum of understanding on water management in Ashgabat on Monday.\n"
     "The document provides for joint projects in the two countries' river basins, the ministry said.\n"
     "Other news\n18.11.2025 Turkmenistan and Hungary signed a memorandum on consular matters in Budapest yesterday\n",
     ["The two ministers signed", "The document provides fo"]),
    # "Читайте также:" above headlines alone ends the article (kabar-u3-kg-cn-mezhpravkomitet-surma-transport-ru, set u's
    # development half: a dated headline of a draft approved was an approval); above a headline and more of the article, the
    # article goes on past the headline it points to
    ("Стороны подписали протокол седьмого заседания комитета в пятницу в Пекине.\n"
     "Восьмое заседание комитета решено провести в 2026 году в Бишкеке.\nЧитайте также:\n"
     "11.06.2025 Кыргызстан и Узбекистан подписали протокол о работе пунктов пропуска\n"
     "09.06.2025 Кабмин одобрил проект соглашения с Казахстаном о совместном мониторинге ледников\n",
     ["Стороны подписали проток", "Восьмое заседание комите"]),
    ("Стороны подписали протокол седьмого заседания комитета в пятницу в Пекине.\nЧитайте также:\n"
     "В Астане обсудили цифровизацию таможенных процедур в ЕАЭС\n"
     "Восьмое заседание комитета решено провести в 2026 году в Бишкеке, сообщили в министерстве.\n",
     ["Стороны подписали проток", "Восьмое заседание комите"]),
])
def test_a_button_above_the_article_neither_ends_it_nor_leaves_what_came_before_it_in_it(tmp_path, text, paragraphs):
    page = tmp_path / "page.txt"
    page.write_text("FICTIONAL TEST FIXTURE: not a real report\n\n" + text, encoding="utf-8")
    assert [p[:24] for p in read_source(str(page)).paragraphs] == paragraphs


def test_a_full_stop_with_no_space_after_it_still_ends_a_sentence():
    assert split_sentences("We held talks on the bilateral relations.We signed a joint statement. See kazinform.kz.Other news.") == [
        "We held talks on the bilateral relations.", "We signed a joint statement.", "See kazinform.kz.Other news."]


def test_what_a_president_says_we_signed_on_a_visit_is_of_the_visits_countries(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2023, 5, 18)).read(sentences([
        "President Kassym-Jomart Tokayev paid a state visit to China on May 17.",
        "«We achieved certain agreements and signed a joint statement,» the President said."]))
    [statement] = drafts.agreements  # the joint statement, not "agreements" achieved
    assert statement.kind.value == "joint statement"
    assert sorted(p.value for p in statement.fallback_parties) == ["china", "kazakhstan"]


def test_documents_being_prepared_for_signing_are_a_planned_package_of_the_visits_countries(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "President of Turkmenistan Serdar Berdimuhamedov paid a state visit to China on 6 January 2027.",
        "The Chinese leader said that the agreements reached, enshrined in the documents being prepared for signing, will help."]))
    [package] = drafts.agreements
    assert (package.is_package, package.planned, package.plan.value, package.date_signed) == (
        True, True, "documents being prepared for signing", None)
    assert [p.value for p in package.parties] == ["turkmenistan", "china"]


def test_a_plural_document_with_a_subject_each_is_one_document_per_subject(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "Kazakhstan and China also signed memoranda on e-commerce and on the digital economy on 6 January 2027."]))
    assert [(a.kind.value, a.title.value, [p.value for p in a.parties]) for a in drafts.agreements] == [
        ("memorandum of understanding", "Memorandum on e-commerce", ["kazakhstan", "china"]),
        ("memorandum of understanding", "Memorandum on the digital economy", ["kazakhstan", "china"])]
    one = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "Kazakhstan and China signed memoranda on e-commerce and digital economy."]))
    assert len(one.agreements) == 1  # one subject: how many memoranda, the text does not say


def test_documents_a_prose_list_names_each_with_its_noun(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "Kazakhstan and Azerbaijan signed 12 documents on 6 January 2027.",
        "The signed documents include a roadmap to increase trade, cooperation in culture, agreements on customs and on "
        "transit, and memorandums of understanding on cooperation in machine and aircraft building.",
        "Reports say the signed documents include a roadmap to increase trade."]))
    listed = [(a.kind.value, a.title.value, [p.value for p in a.parties]) for a in drafts.agreements if not a.is_package]
    assert listed == [  # "cooperation in culture": a document of a kind the list does not say; the roadmap told twice is one
        ("roadmap", "Roadmap to increase trade", ["kazakhstan", "azerbaijan"]),
        ("other", "Cooperation in culture", ["kazakhstan", "azerbaijan"]),
        ("agreement", "Agreements on customs", ["kazakhstan", "azerbaijan"]),
        ("agreement", "Agreement on transit", ["kazakhstan", "azerbaijan"]),
        ("memorandum of understanding", "Memorandums of understanding on cooperation in machine and aircraft building", ["kazakhstan", "azerbaijan"])]
    others = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "Kazakhstan and Azerbaijan signed 12 documents on 6 January 2027.",
        "The signed documents include an agreement on customs, and others."]))
    assert [a.title.value for a in others.agreements if not a.is_package] == ["Agreement on customs"]  # "others" is no document
    about = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "Kazakhstan and Azerbaijan signed 12 documents on 6 January 2027.",
        "The signed documents include an agreement on customs, focusing on legal, digital and green sectors, showing trust."]))
    # what the documents are about, after a participle, is no document of its own
    assert [a.title.value for a in about.agreements if not a.is_package] == ["Agreement on customs"]


def test_a_document_of_a_visit_with_one_of_its_two_states_named_has_the_other_too(base):
    """The sentences are written for this test."""
    _, dataset, names = base
    [statement] = Extractor(dataset, names, PartialDate(2027, 2, 18)).read(sentences([
        "The leaders issued a joint statement during the official visit of the President of Uzbekistan to the State "
        "of Kuwait on February 17-18."])).agreements
    assert [(p.value, p.note) for p in statement.parties] == [
        ("uzbekistan", None), ("kuwait", "the other country of Official visit to Kuwait, during which it was signed")]
    [loan] = Extractor(dataset, names, PartialDate(2027, 2, 18)).read(sentences([
        "Uzbekistan signed a loan agreement with the World Bank during the official visit of the President of "
        "Uzbekistan to the State of Kuwait."])).agreements
    assert "kuwait" not in [p.value for p in loan.parties]  # a party that is no state: the visit does not say whose it is


@pytest.mark.parametrize(("text", "kind"), [
    ("Kazakhstan and Kyrgyzstan adopted the Concept of scientific and technical cooperation.", "concept"),
    ("Kazakhstan and Kyrgyzstan adopted a resolution on the secretariat of their council.", "decision"),
    ("Kazakhstan and Kyrgyzstan signed minutes of the meeting of their commission.", "minutes"),
    ("Kazakhstan and Kyrgyzstan signed a document on twin cities.", "other"),
    ("Kazakhstan and Kyrgyzstan signed a plan of practical measures for trade.", "plan"),
])
def test_documents_of_the_kinds_the_data_records_them_as(base, text, kind):
    """The sentences are written for this test; the kinds are those the data gives such titles."""
    _, dataset, names = base
    [document] = Extractor(dataset, names, PartialDate(2027, 1, 7)).read(sentences([text])).agreements
    assert document.kind.value == kind


@pytest.mark.parametrize("text", [
    "Türkiye and Hungary have signed agreements on many fields, including aviation, security and culture.",
    "Türkiye and Turkmenistan signed cooperation agreements in 13 fields during the visit.",
])
def test_documents_signed_in_fields_not_given_one_by_one_are_a_package(base, text):
    """The sentences are written for this test."""
    _, dataset, names = base
    [package] = Extractor(dataset, names, PartialDate(2027, 1, 7)).read(sentences([text])).agreements
    assert package.kind.value == "package"


def test_a_communique_is_of_kind_other_as_the_data_records_communiques(base):
    """The sentence is written for this test."""
    _, dataset, names = base
    [communique] = Extractor(dataset, names, PartialDate(2027, 1, 7)).read(sentences([
        "Following the meeting, the prime ministers of Uzbekistan and Russia signed a joint communiqué."])).agreements
    assert (communique.kind.value, communique.title.value) == ("other", "Joint communiqué between Uzbekistan and Russian Federation")


def test_twin_cities_are_the_parties_and_their_states_are_not(base):
    """The sentence is written for this test."""
    _, dataset, names = base
    [memorandum] = Extractor(dataset, names, PartialDate(2027, 1, 7)).read(sentences([
        "A memorandum on establishing twin-city relations between the cities of Khujand of the Republic of Tajikistan and "
        "Turkestan of the Republic of Kazakhstan was signed."])).agreements
    assert [p.value.name.value for p in memorandum.parties] == ["City of Khujand", "City of Turkestan"]


def test_capitals_that_sign_are_their_states_except_as_twin_cities(base):
    """The sentences are written for this test."""
    _, dataset, names = base
    drafts = Extractor(dataset, names, PartialDate(2027, 1, 7)).read(sentences([
        "Doha and Astana signed a memorandum of understanding on cooperation in agriculture.",
        "Bishkek and Baku signed a twinning agreement."])).agreements
    assert [p.value for p in drafts[0].parties] == ["qatar", "kazakhstan"]  # wire prose's capitals for their states
    assert "kyrgyzstan" not in [p.value for p in drafts[1].parties]  # twin cities sign for themselves


def test_a_date_that_names_another_document_neither_dates_nor_cuts_the_title(real_data, real_names):
    """The sentence is written for this test."""
    [protocol] = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "Kazakhstan and Kyrgyzstan adopted a protocol on amendment of the December 10, 2010 treaty on arrest warrants."])).agreements
    assert (protocol.title.value, protocol.date_signed) == ("Protocol on amendment of the December 10, 2010 treaty on arrest warrants", None)


def test_a_counted_package_is_drafted_where_its_sentence_names_a_document_told_of_before(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "Kazakhstan and Tajikistan signed the Treaty on Allied Relations on 6 January 2027.",
        "“16 documents were signed during the visit, including the Treaty on Allied Relations,” he said."]))
    assert [(a.kind.value, a.documents.value.number if a.documents else None) for a in drafts.agreements] == [("treaty", None), ("package", 16)]


def test_documents_they_signed_belong_to_the_states_of_the_heads_named_just_before(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "Chinese President Xi Jinping and Azerbaijan President Ilham Aliyev announced a strategic partnership.",
        "They signed 20 cooperation documents under the Belt and Road Initiative."]))
    assert [(a.kind.value, sorted(p.value for p in a.parties)) for a in drafts.agreements] == [("package", ["azerbaijan", "china"])]
    one = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "Azerbaijan President Ilham Aliyev spoke of a strategic partnership.",
        "They signed a joint statement on the partnership."]))
    assert [a.parties for a in one.agreements] == [[]]  # one state named before: whose the statement is, the text does not say


def test_plural_agreements_between_pairs_are_one_per_pair_and_whose_places_are_no_parties(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "Agreements on twin-city relations between Kazakhstan’s Aktau and Azerbaijan’s Ganja, as well as between "
        "North Kazakhstan region and Shaanxi province were signed too."]))
    def party(value):
        return value if isinstance(value, str) else (value.name.value, value.country)
    assert [(a.title.value, [party(p.value) for p in a.parties]) for a in drafts.agreements] == [
        # the cities' (new bodies, named as the dataset names a city's), not the countries'
        ("Agreement on twin-city relations between Kazakhstan’s Aktau and Azerbaijan’s Ganja",
         [("City of Aktau", "kazakhstan"), ("City of Ganja", "azerbaijan")]),
        ("Agreement on twin-city relations between North Kazakhstan region and Shaanxi province",
         ["north-kazakhstan-region", "shaanxi-province"])]


def test_memorandums_signed_on_a_list_of_fields_and_between_pairs_are_one_each(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "Uzbekistan and Azerbaijan signed 12 documents on 6 January 2027.",
        "Memorandums were also signed on cooperation in customs, horticulture and greenhouses, tourism, as well as on "
        "cooperation between the Tashkent Institute of Irrigation and the Azerbaijan Technical University, Samarkand region "
        "and Azerbaijan’s Ganja."]))
    def party(value):
        return value if isinstance(value, str) else value.name.value
    listed = [(a.title.value, [party(p.value) for p in a.parties]) for a in drafts.agreements if not a.is_package]
    assert listed == [
        # the fields (an "and" inside a field before the last is the field's), of the documents signed that day
        ("Memorandum on cooperation in customs", ["uzbekistan", "azerbaijan"]),
        ("Memorandum on cooperation in horticulture and greenhouses", ["uzbekistan", "azerbaijan"]),
        ("Memorandum on cooperation in tourism", ["uzbekistan", "azerbaijan"]),
        # each pair its two names, and no name runs on over the comma into the next pair
        ("Memorandum on cooperation between the Tashkent Institute of Irrigation and the Azerbaijan Technical University",
         ["Tashkent Institute of Irrigation", "Azerbaijan Technical University"]),
        ("Memorandum on cooperation between Samarkand region and Azerbaijan’s Ganja", ["samarkand-region", "City of Ganja"])]
    assert all(str(a.date_signed.value) == "2027-01-06" for a in drafts.agreements)


def test_a_region_a_city_after_between_and_a_quoted_newspaper_are_parties_but_a_city_elsewhere_is_a_place(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "An agreement on sister-region ties between Uzbekistan’s Jizzakh region and China’s Hunan province was signed on 5 January.",
        "A memorandum between the Kyrgyz newspaper “Erkin Too” and China Media Group was signed in China’s Xi’an on 6 January.",
        "The sides also signed an agreement between Kyrgyzstan’s Osh and Turkey’s Bursa on 6 January."]))
    names = [[(p.value.name.value, p.value.country) if not isinstance(p.value, str) else p.value for p in a.parties] for a in drafts.agreements]
    assert names == [["jizzakh-region", ("Hunan province", "china")],  # the region recorded since December 2026
                     [("Erkin Too", None), "china-media-group"],
                     ["osh-city", ("City of Bursa", "turkiye")]]  # Osh's recorded since December 2026, under the name "Osh"


def test_the_two_presidents_who_held_the_talks_sign_and_foreign_ministries_are_those_of_the_signatories(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "On 6 January 2027, President Serdar Berdimuhamedov and President Shavkat Mirziyoyev held talks in Tashkent.",
        "Following the talks, the two presidents signed a Joint Statement.",
        "Turkish Foreign Minister Hakan Fidan and his Kazakh counterpart, Yermek Kosherbayev, signed the 2027-2028 Cooperation Plan "
        "between the Foreign Ministries of the two countries."]))
    statement, plan = drafts.agreements
    assert [s[0].value for s in statement.signatories] == ["serdar-berdimuhamedov", "shavkat-mirziyoyev"]
    assert [p.value for p in plan.parties] == ["ministry-of-foreign-affairs-turkiye", "ministry-of-foreign-affairs-kazakhstan"]


def test_various_agreements_signed_on_a_weekday_are_a_package_and_the_weekday_no_party(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "Kazakhstan and Azerbaijan on Thursday signed various agreements and memorandums of understanding."]))
    [package] = drafts.agreements
    assert (package.is_package, package.planned, [p.value for p in package.parties], str(package.date_signed.value)) == (
        True, False, ["kazakhstan", "azerbaijan"], "2027-01-07")  # Thursday 7 January 2027: a date, not a signer
    assert drafts.actors == []


def test_documents_the_report_then_names_one_by_one_with_who_signed_each_are_each_drafted(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "Kazakhstan and Azerbaijan on Thursday signed various agreements and memorandums of understanding.",
        "The agreement on cooperation in broadcasting between Khabar Agency and Azerbaijan Television was signed by the two ministers.",
        "The MoU between the Uzbek Ministry of Tourism and Sports and Azerbaijan’s Ministry of Culture on pilgrimage tourism was signed "
        "by the ministers.",
        "The agreement on cooperation in broadcasting was signed by the heads of the two companies."]))
    package, agreement, memorandum = drafts.agreements  # the last sentence tells of the agreement again
    assert package.is_package
    assert (agreement.kind.value, memorandum.kind.value) == ("agreement", "memorandum of understanding")
    assert [p.value if isinstance(p.value, str) else p.value.name.value for p in memorandum.parties] == [
        "Ministry of Tourism and Sports of Uzbekistan", "ministry-of-culture-azerbaijan"]  # the second recorded since December 2026


def test_a_state_the_dataset_has_no_record_of_is_drafted_as_a_new_country_with_its_iso_code(tmp_path, cli, base_dataset):
    # (against the base data, whose countries are the real data's: Mongolia is none of them, Pakistan, which it was, is one now)
    report = tmp_path / "report.txt"
    report.write_text("FICTIONAL TEST FIXTURE: not a real report\nTest Gazette\n2026-11-20\n\n"
                      "Mongolia and Uzbekistan signed a memorandum on rail transit on 19 November 2026.\n", encoding="utf-8")
    out = tmp_path / "drafts"
    result = cli("draft", str(report), "--data", str(base_dataset[0]), "--out", str(out))
    assert result.returncode == 0, result.stderr
    country = (out / "countries" / "mongolia.yml").read_text(encoding="utf-8")
    assert 'iso2: "MN"' in country  # ISO 3166, from pycountry: reference data, not the report's claim
    memorandum = next((out / "agreements").glob("*.yml")).read_text(encoding="utf-8")
    assert "  - mongolia\n" in memorandum and "  - uzbekistan\n" in memorandum
    _, problems = check_data(base_dataset[0], files=sorted(out.rglob("*.yml")), root=ROOT)
    assert problems == []


def test_documents_told_one_by_one_after_a_dated_package_are_of_it_and_take_its_date(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 8)).read(sentences([
        "Kazakhstan and Azerbaijan on Thursday signed various agreements and memorandums of understanding.",
        "The MoU on cooperation in tourism was signed by the two ministers of tourism.",
        "In 2019, the countries had discussed a memorandum on culture."]))
    package, memorandum = drafts.agreements
    assert memorandum.part_of is package and str(memorandum.date_signed.value) == "2027-01-07"  # Thursday 7 January 2027


def test_a_company_with_a_descriptive_lead_is_no_person_and_two_signers_joined_by_and_are_two(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "National Mining Company Altynken and Qaztungsten signed a memorandum of understanding on 5 January."]))
    (memorandum,) = drafts.agreements
    assert [p.value.name.value for p in memorandum.parties] == ["National Mining Company Altynken", "Qaztungsten"]
    assert memorandum.signatories == []  # no person: "Mining Company Altynken" is a company's name
    assert [a.kind for a in drafts.actors] == ["company", "company"]


def test_the_document_told_of_again_by_the_definite_article_is_not_drafted_twice(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "Qaztungsten has signed a road map for a tungsten plant in Kazakhstan on 5 January.",
        "“We welcome the signing of the project road map,” its chairman said.",
        "On 6 January Kazakhstan and Uzbekistan signed the Roadmap on Water Cooperation."]))
    assert [(a.kind.value, a.title.value) for a in drafts.agreements] == [
        ("roadmap", "Road map for a tungsten plant"), ("roadmap", "Roadmap on Water Cooperation")]


def test_presidents_who_sign_a_counted_package_are_its_signatories_for_the_states_of_their_offices(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "Turkish President Recep Tayyip Erdogan and Kyrgyz President Sadyr Japarov have signed 12 agreements on energy and health."]))
    (package,) = drafts.agreements
    assert package.is_package and str(package.documents.value) == "12"
    assert [p.value for p in package.parties] == ["turkiye", "kyrgyzstan"]
    assert [(s[0].value, s[2]) for s in package.signatories] == [("recep-tayyip-erdogan", "turkiye"), ("sadyr-zhaparov", "kyrgyzstan")]


def test_ministries_and_railways_named_by_their_countries_adjectives_and_a_company_named_before_its_word(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "Tajik and Kyrgyz Energy Ministries strengthen ties as the ministers signed a memorandum in Bishkek on 5 January.",
        "Following talks in Ashgabat between the presidents of Turkmenistan and Kazakhstan, a memorandum on rail freight was "
        "signed between Turkmen and Kazakh railways on 6 January.",
        "On 6 January the Aktau International Seaport signed a memorandum with the Kedentransservice company (Kazakhstan)."]))
    def party(value):
        return value if isinstance(value, str) else (value.name.value, value.kind, value.country)
    assert [[party(p.value) for p in a.parties] for a in drafts.agreements] == [
        [("Ministry of Energy of Tajikistan", "government-body", "tajikistan"), "ministry-of-energy-kyrgyzstan"],  # not "in Bishkek"
        [("Turkmen Railways", "company", "turkmenistan"), ("Kazakh Railways", "company", "kazakhstan")],  # not the talks' countries
        [("Aktau International Seaport", "company", None), ("Kedentransservice", "company", "kazakhstan")]]  # Kazakhstan: whose, not a party


def test_a_country_named_as_whose_company_or_partners_is_no_party_and_an_exonym_is_a_state(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "It follows an agreement between the UAE company and its Kazakh partners, signed on 5 January 2027."]))
    (agreement,) = drafts.agreements
    assert agreement.parties == []  # neither "the UAE company" nor "UAE" itself is named as who signs
    assert not any(a.name.value == "UAE" for a in drafts.actors)


def test_plural_documents_in_listed_fields_are_one_each_but_a_counted_package_is_one_package(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "On 5 January Kazakhstan and Uzbekistan signed agreements on cooperation in energy, transport and agriculture."]))
    assert [(a.kind.value, a.title.value, [p.value for p in a.parties]) for a in drafts.agreements] == [
        ("agreement", "Agreement on cooperation in energy", ["kazakhstan", "uzbekistan"]),
        ("agreement", "Agreement on cooperation in transport", ["kazakhstan", "uzbekistan"]),
        ("agreement", "Agreement on cooperation in agriculture", ["kazakhstan", "uzbekistan"])]
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "On 5 January Kazakhstan and Uzbekistan signed 12 agreements in the fields of energy and transport."]))
    assert [(a.kind.value, a.is_package) for a in drafts.agreements] == [("package", True)]


def test_plural_documents_between_ministries_in_listed_fields_are_one_each(real_data, real_names):
    """The sentences are written for this test."""
    def read(text: str) -> list[tuple[str, list[str]]]:
        drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([text]))
        return [(a.title.value, [p.value for p in a.parties]) for a in drafts.agreements]

    # signers told by their kind alone ("between ministries and agencies"), then the fields: one each, of the two states
    assert read("Following the talks of the presidents of Kazakhstan and Uzbekistan, cooperation agreements were signed between "
                "ministries and agencies in agriculture, customs, youth support, as well as a joint statement.")[:3] == [
        ("Cooperation agreement in the field of agriculture", ["kazakhstan", "uzbekistan"]),
        ("Cooperation agreement in the field of customs", ["kazakhstan", "uzbekistan"]),
        ("Cooperation agreement in the field of youth support", ["kazakhstan", "uzbekistan"])]
    # places after "in" are no fields
    assert not any("field" in t for t, _ in read("Following the talks of the presidents of Kazakhstan and Uzbekistan, cooperation "
                                                 "agreements were signed between ministries and agencies in Tashkent, Samarkand and Bukhara."))


def test_plural_documents_covering_listed_subjects_are_one_each(real_data, real_names):
    """The sentences are written for this test: subjects of up to four words, one with an "and" of its own."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "On 5 January Kazakhstan and Uzbekistan signed agreements covering labour migration, veterinary and plant matters, "
        "sustainable water resource use and transport."]))
    assert [(a.title.value, [p.value for p in a.parties]) for a in drafts.agreements] == [
        ("Agreement on labour migration", ["kazakhstan", "uzbekistan"]),
        ("Agreement on veterinary and plant matters", ["kazakhstan", "uzbekistan"]),
        ("Agreement on sustainable water resource use", ["kazakhstan", "uzbekistan"]),
        ("Agreement on transport", ["kazakhstan", "uzbekistan"])]
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "Kazakhstan and Uzbekistan signed cooperation agreements covering innovation in science and technology, finance, and media."]))
    assert [a.title.value for a in drafts.agreements] == [
        "Cooperation agreement on innovation in science and technology", "Cooperation agreement on finance", "Cooperation agreement on media"]


def test_documents_signed_in_addition_are_of_the_states_of_the_one_before(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "Kazakhstan and Germany signed a joint declaration on Monday.",
        "In addition, agreements were signed covering labour migration and transport.",
        "Agreements were also signed covering energy and water.",  # no "in addition": no states said
        "Moreover, a contract for the construction of a power plant was signed."]))  # a contract is a company's
    assert [(a.title.value, [p.value for p in a.parties or a.fallback_parties]) for a in drafts.agreements][1:] == [
        ("Agreement on labour migration", ["kazakhstan", "germany"]), ("Agreement on transport", ["kazakhstan", "germany"]),
        ("Agreement on energy", []), ("Agreement on water", []), ("Contract for the construction of a power plant", [])]


def test_a_document_whose_capitalised_name_goes_on_in_lower_case_is_new_and_a_second_one_after_and_the(real_data, real_names):
    """The sentences are written for this test: "the Joint Declaration on the establishment of …" is a document named,
    not one told of before; "… and the MOU in the fields of …" is one more."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "Today Kazakhstan and Pakistan signed a historic document - the Joint Declaration on the establishment of a strategic partnership.",
        "Kazakhstan and Pakistan also signed the Joint Declaration on Economic Partnership and the MOU in the fields of transport and energy."]))
    assert [(a.kind.value, a.title.value if a.title else None, [p.value for p in a.parties]) for a in drafts.agreements] == [
        ("declaration", "Joint Declaration", ["kazakhstan", "pakistan"]),
        ("declaration", "Joint Declaration on Economic Partnership", ["kazakhstan", "pakistan"]),
        ("memorandum of understanding", "MOU in the fields of transport and energy", ["kazakhstan", "pakistan"])]


@pytest.mark.parametrize(("text", "kind", "title"), [
    # a title cut where its words go on in lower case ends at its last name, not at "of the"
    ("The forum adopted the Declaration of the Heads of State of the founding states of the fund.", AgreementKind.declaration,
     "Declaration of the Heads of State"),
    # a relative clause is no subject: no title
    ("The first meeting was held, the relevant memorandum on the establishment of which was signed.", AgreementKind.memorandum, None),
    # a verb of its own after "and" ends it; a subject's own "and" does not
    ("The two leaders adopted a joint declaration on strategic partnership and witnessed the exchange of 12 documents.",
     AgreementKind.declaration, "Joint declaration on strategic partnership"),
    ("They signed an agreement on combating terrorism and organized crime.", AgreementKind.agreement,
     "Agreement on combating terrorism and organized crime"),
])
def test_a_title_ends_where_its_words_do(text, kind, title):
    found = title_of(text, kind)
    assert (found[0] if found else None) == title


def test_a_document_adopted_by_two_heads_of_state_is_of_their_states(real_data, real_names):
    """The sentences are written for this test. Who adopts a declaration does not sign it: no signatories."""
    (declaration,) = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "ASTANA – President Kassym-Jomart Tokayev and French President Emmanuel Macron adopted a joint declaration on "
        "strategic partnership."])).agreements
    assert [p.value for p in declaration.parties or declaration.fallback_parties] == ["kazakhstan", "france"]
    assert declaration.signatories == []
    # one head of state, or a subject that is more than offices and names, gives no states
    (declaration,) = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "Experts close to President Kassym-Jomart Tokayev and French President Emmanuel Macron adopted a joint declaration."])).agreements
    assert declaration.parties == declaration.fallback_parties == []


def test_leaders_who_also_signed_one_document_witness_the_others_told_of_one_by_one(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "Pakistan and Uzbekistan on Thursday signed various agreements on trade and culture.",
        "Prime Minister Imran Khan and Uzbek President Shavkat Mirziyoyev, who also signed the joint declaration, witnessed the "
        "signing ceremony.",
        "The MoU between the Uzbek Ministry of Culture and Pakistan’s Ministry of Information was signed by the ministers."]))
    package, declaration, memorandum = drafts.agreements
    def name(value):
        return value if isinstance(value, str) else value.name.value
    assert [name(s[0].value) for s in declaration.signatories] == ["Imran Khan", "shavkat-mirziyoyev"]
    assert declaration.witnesses == []
    assert [name(w.value) for w in package.witnesses] == [name(w.value) for w in memorandum.witnesses] == ["Imran Khan", "shavkat-mirziyoyev"]
    # the recorded ministry (recorded since the test was written), and a ministry of a state without a record, under the
    # name a record would have
    assert [name(p.value) for p in memorandum.parties] == ["ministry-of-culture-uzbekistan", "Ministry of Information of Pakistan"]


def test_the_ministries_of_a_field_of_two_countries_and_today_after_a_dash_and_agreements_reached_are_no_date(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "DUSHANBE (Khovar) – Today, the ministries of foreign affairs of Tajikistan and China signed a Cooperation Program for 2027-2028.",
        "They discussed the agreements reached by the leaders of the two countries in February 2026."]))
    (programme,) = drafts.agreements
    assert [p.value for p in programme.parties] == ["ministry-of-foreign-affairs-tajikistan", "ministry-of-foreign-affairs-china"]
    assert str(programme.date_signed.value) == "2027-01-07"  # "Today", not February 2026 nor the years of the period


def test_two_companies_that_sign_one_described_as_a_firm_and_a_visit_to_the_region(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "During a visit by French President Emmanuel Macron to the region, Qaztungsten and French firm Eramet signed a deal "
        "on 5 January."]))
    (deal,) = drafts.agreements
    assert [(p.value.name.value, p.value.kind) for p in deal.parties] == [("Qaztungsten", "company"), ("Eramet", "company")]
    assert [e.name.value for e in drafts.events] == ["Visit by French President Emmanuel Macron"]  # no dangling "to"


@pytest.mark.parametrize(("sentence", "parties", "title"), [
    # surnames the dataset does not know that sign are people, not bodies: no party drafted from them
    ("Following the talks, Karimov and Sadykova signed a joint declaration on 5 January.", [], "Declaration"),
    # people it knows: the states of their offices
    ("Following the talks, Tokayev and Erdogan signed a joint declaration on 5 January.", ["kazakhstan", "turkiye"],
     "Declaration between Kazakhstan and Türkiye"),
    # a country's cabinet signs for the country; "on 5 January" is no title
    ("Kyrgyzstan's Cabinet of Ministers and the Asian Development Bank signed a grant agreement on 5 January.",
     ["kyrgyzstan", "asian-development-bank"], "Agreement between Kyrgyzstan and Asian Development Bank"),
    # a bank, then a state or its government: both sign
    ("A grant agreement between the Asian Development Bank and the Government of Uzbekistan was signed on 5 January.",
     ["asian-development-bank", "uzbekistan"], "Agreement between Asian Development Bank and Uzbekistan"),
    ("A grant agreement between the Asian Development Bank and Uzbekistan was signed on 5 January.",
     ["asian-development-bank", "uzbekistan"], "Agreement between Asian Development Bank and Uzbekistan"),
    # a state's cabinet, then a company whose name begins with a state's: the state and the company
    ("Kyrgyzstan's Cabinet and China Road and Bridge Corporation signed an investment agreement on 5 January.",
     ["kyrgyzstan", "China Road and Bridge Corporation"], "Agreement between Kyrgyzstan and China Road and Bridge Corporation"),
    # two names the dataset does not know, after "between": the bodies that sign
    ("An agreement on a joint venture was signed between Uzbekneftegaz and Lukoil on 5 January.",
     ["Uzbekneftegaz", "Lukoil"], "Agreement on a joint venture"),
])
def test_who_signs_surnames_a_cabinet_and_unknown_names_after_between(real_data, real_names, sentence, parties, title):
    """The sentences are written for this test."""
    (agreement,) = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([sentence])).agreements
    assert [p.value if isinstance(p.value, str) else p.value.name.value for p in agreement.parties] == parties
    assert agreement.title.value == title


@pytest.mark.parametrize(("text", "whose"), [
    ("between the National Energy Administration of the People's Republic of China and …", True),  # the body's state
    ("between the Asian Development Bank and the Government of Uzbekistan", False),  # the state, by its government
    ("between the Ministry of Energy and the Cabinet of Ministers of Uzbekistan", False),
])
def test_a_state_after_a_bodys_name_is_whose_it_is_but_not_after_its_government(text, whose):
    """The texts are written for this test."""
    state = re.search(r"(?:People's Republic of )?(?:China|Uzbekistan)", text)
    assert a_place(text, Mention(state.group(0), state.start(), state.end(), None, "country", "name")) is whose


def test_a_parliament_ratifies_or_approves_an_agreement_it_names_with_its_partner_and_the_next_meeting_is_one(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "Kazakhstan's Senate ratified the agreement with China on the mutual protection of investments on 6 January.",
        "The parliament of Kyrgyzstan approved the agreement on the Kambarata-1 HPP.",
        "The next meeting of the commission will be held in Astana in 2028."]))
    ratified, approved = drafts.agreements
    assert ([p.value for p in ratified.parties], ratified.ratified_by, str(ratified.ratified_on.value)) == (["kazakhstan", "china"], ["kazakhstan"], "2027-01-06")
    assert approved.approved is not None and approved.ratified is None
    assert [(e.name.value, e.planned, str(e.date.value)) for e in drafts.events] == [("Meeting of the commission", True, "2028")]


def test_a_tally_of_years_is_no_package_a_draft_being_prepared_is_planned_and_a_counted_plan_is_a_planned_package(real_data, real_names):
    """The sentences are written for this test."""
    def read(text):
        return Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([text])).agreements
    assert read("Since 1992, the two countries have signed more than 200 documents.") == []
    (draft,) = read("The draft agreement on free trade between Kazakhstan and Uzbekistan is being prepared for signing.")
    assert draft.planned
    (package,) = read("Kazakhstan and China are expected to sign 30 documents during the visit.")
    assert package.is_package and package.planned and str(package.documents.value) == "30"
    assert [p.value for p in package.parties] == ["kazakhstan", "china"]


def test_an_official_release_names_a_title_between_governments_and_signers_without_offices(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "Agreement between the Government of the Republic of Azerbaijan and the Government of the Republic of Kazakhstan on "
        "cooperation in the field of transport was signed on 6 January.",
        "Memorandum of Understanding between the Ministry of Economy of Azerbaijan and the Ministry of Trade of Kazakhstan was "
        "signed by Samir Valiyev and Dana Omarova on 6 January."]))
    agreement, memorandum = drafts.agreements
    assert agreement.title.value == ("Agreement between the Government of the Republic of Azerbaijan and the Government of the Republic "
                                     "of Kazakhstan on cooperation in the field of transport")
    assert [p.value for p in agreement.parties] == ["azerbaijan", "kazakhstan"]
    assert [(s[0].value.name.value, s[1]) for s in memorandum.signatories] == [
        ("Samir Valiyev", "CHECK: the text gives no office"), ("Dana Omarova", "CHECK: the text gives no office")]


def test_documents_inked_with_a_list_of_companies_are_one_each_and_a_name_that_begins_with_a_country_is_a_company(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "Agreements were inked with China Power International, CAMC Engineering and Shaanxi Xiangsheng Industrial Group on 5 January."]))
    assert [(a.title.value, [p.value.name.value for p in a.parties]) for a in drafts.agreements] == [
        ("Agreement with China Power International", ["China Power International"]),  # not China
        ("Agreement with CAMC Engineering", ["CAMC Engineering"]),
        ("Agreement with Shaanxi Xiangsheng Industrial Group", ["Shaanxi Xiangsheng Industrial Group"])]


def test_a_new_name_is_compared_case_and_punctuation_aside(real_names):
    from accords.drafting.drafts import DraftActor, Fact
    from accords.drafting.sentences import Sentence

    identify = identify_with(real_names)
    drafted = DraftActor(Fact("Steppe Energy Co. Ltd", Sentence("FICTIONAL", 1, 1)), "company")
    assert identify(drafted) == identify("new: Steppe Energy Co. Ltd.") != identify("new: Steppe Energy Group")
    assert identify("new: Kazakhstan") == "kazakhstan"  # a name a record has is that record
    # a ministry under another of its country's names is the record, as drafting with the whole dataset finds it
    ministry = DraftActor(Fact("Ministry of Foreign Affairs of Uzbekistan", Sentence("FICTIONAL", 1, 1)), "government-body", "uzbekistan")
    assert identify(ministry) == identify("new: Ministry of Foreign Affairs of Uzbekistan") == "ministry-of-foreign-affairs-uzbekistan"
    assert identify("new: Ministry of Foreign Affairs of Belarus") == identify("new: Ministry of Foreign Affairs of Belarus.")


def test_draft_eval_reads_all_the_reports_of_a_file_of_ones_own(tmp_path, base_dataset, monkeypatch):
    """`scripts/draft_eval.py --reports FILE`: every report of a gold-format file, whatever its half (a new batch read once
    before it is split, or a contributor's own set)."""
    import importlib.util

    from accords.drafting.evaluate import identify_with

    spec = importlib.util.spec_from_file_location("draft_eval", ROOT / "scripts" / "draft_eval.py")
    assert spec is not None and spec.loader is not None
    draft_eval = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(draft_eval)
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "steppe-2027-01-08.txt").write_text(
        " date 2027-01-08 FICTIONAL TEST FIXTURE: not a real report.\n\nKazakhstan and Uzbekistan signed a memorandum on water "
        "on 6 January.\n", encoding="utf-8")
    reports = tmp_path / "mine.yml"
    reports.write_text("steppe-2027-01-08:\n  published: 2027-01-08\n  agreements:\n    - kind: memorandum of understanding\n"
                       "      status: signed\n      date_signed: 2027-01-06\n      parties: [kazakhstan, uzbekistan]\n"
                       "steppe-2027-01-09:\n  published: 2027-01-09\n  agreements: []\n", encoding="utf-8")
    monkeypatch.setenv("ACCORDS_REPORT_CACHE", str(cache))
    _, dataset, names = base_dataset
    text = draft_eval.real_reports(dataset, names, identify_with(names), held_out=False, reports=reports)
    assert "all: 1 reports read, 1 not in the cache" in text
    assert "agreements found (recall): 1 of 1 (100%)" in text and "parties drafted that are right (precision): 2 of 2 (100%)" in text


def test_a_listed_protocol_is_between_the_bodies_of_its_pair_and_twin_cities_named_as_cities(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "The following documents were signed on 6 January:",
        "- Protocol between the Customs Service under the Government of the Republic of Tajikistan and the Ministry of Finance of the "
        "Republic of Kazakhstan on the exchange of information on goods transported between the Republic of Tajikistan and the "
        "Republic of Kazakhstan;",
        "- Memorandum on twin-city relations between the cities of Khujand of the Republic of Tajikistan and Turkestan of the Republic "
        "of Kazakhstan."]))
    def party(value):
        return value if isinstance(value, str) else value.name.value
    protocol, memorandum = drafts.agreements
    # the bodies of the pair after the noun, whole ("… under the Government of …"); not the states of its subject
    assert [party(p.value) for p in protocol.parties] == ["customs-service-tajikistan", "ministry-of-finance-kazakhstan"]  # both recorded
    assert [party(p.value) for p in memorandum.parties] == ["khujand-city", "turkestan-city"]  # since December 2026


def test_documents_signed_by_their_worth_and_those_among_them(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "Kyrgyz President Sadyr Japarov and Chinese leader Xi Jinping signed agreements on trade to the tune of $5 bln on 6 January.",
        "Among the agreements signed are memorandums on cooperation in green development and in the digital economy, as well as on "
        "cooperation in mining."]))
    package, *memoranda = drafts.agreements
    assert package.is_package and [p.value for p in package.parties] == ["kyrgyzstan", "china"]  # "leader" is an office
    assert [(m.kind.value, m.title.value, [p.value for p in m.parties]) for m in memoranda] == [
        ("memorandum of understanding", "Memorandum on cooperation in green development", ["kyrgyzstan", "china"]),
        ("memorandum of understanding", "Memorandum in the digital economy", ["kyrgyzstan", "china"]),
        ("memorandum of understanding", "Memorandum on cooperation in mining", ["kyrgyzstan", "china"])]


def test_signers_named_with_the_bodies_they_head_give_those_bodies_as_parties(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "An agreement on a logistics hub was signed on 6 January by Aydin Mammadov, Director General of Alat Free Economic Zone CJSC, and "
        "Serik Nurov, Chairman of the Board of Aktau Sea Port SC."]))
    (agreement,) = drafts.agreements
    assert [p.value.name.value for p in agreement.parties] == ["Alat Free Economic Zone", "Aktau Sea Port"]  # without legal forms
    assert [s[0].value.name.value for s in agreement.signatories] == ["Aydin Mammadov", "Serik Nurov"]  # no "Zone CJSC" person


def test_signers_offices_name_no_body_of_a_ministers_field_nor_a_person_in_a_bodys_name(real_data, real_names):
    """The sentences are written for this test (after a report whose signers' offices had given 'Ministers' Office
    Ikhtiyor' and 'Mining and Geology' as parties, and 'Relations Department' as a person who signed)."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "The agreements were signed by Governor of Navoi region Aziz Karimov, Head of the China Relations Department of the "
        "Cabinet of Ministers' Office Bobur Tashkentov, and First Deputy Minister of Mining and Geology Dilnoza Rahimova, "
        "together with Chen Liang, Chairman of the Silk Road Communication Center."]))
    (agreement,) = drafts.agreements
    assert [s[0].value.name.value for s in agreement.signatories] == ["Aziz Karimov", "Bobur Tashkentov", "Dilnoza Rahimova", "Chen Liang"]
    assert [s[1] for s in agreement.signatories][:1] == ["Governor of Navoi region"]  # his own office, not the next signer's
    assert [p.value.name.value for p in agreement.parties] == ["Cabinet of Ministers' Office", "Silk Road Communication Center"]


def test_a_body_in_a_signers_office_beside_states_is_the_state_he_signs_for(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "On 3 January a declaration was signed by President of Kazakhstan Kassym-Jomart Tokayev, President of Kyrgyzstan Sadyr "
        "Japarov and Chairman of the People's Council of Turkmenistan Gurbanguly Berdimuhamedov."]))
    (declaration,) = drafts.agreements
    assert [p.value for p in declaration.parties] == ["kazakhstan", "kyrgyzstan", "turkmenistan"]
    assert declaration.title.value == "Declaration between Kazakhstan, Kyrgyzstan and Turkmenistan"


def test_regions_where_a_project_is_are_no_parties(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "The Ministry of Finance of Tajikistan and the Asian Development Bank signed a loan agreement on 3 January to replace "
        "power meters in the Khatlon and Sughd regions."]))
    (loan,) = drafts.agreements
    assert [p.value.name.value if hasattr(p.value, "name") else p.value for p in loan.parties] == [
        "Ministry of Finance of Tajikistan", "asian-development-bank"]


def test_the_documents_told_of_again_are_each_of_the_sentence_before_and_an_envoy_is_named_after_his_post(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "The Ministry of Finance of Kyrgyzstan and the Asian Development Bank signed loan and grant agreements on 5 January.",
        "The documents were signed by Kyrgyzstan's Finance Minister Almaz Baketayev and ADB Country Director in Kyrgyzstan "
        "Hanna Lindqvist."]))
    assert [(a.title.value, [s[0].value.name.value for s in a.signatories]) for a in drafts.agreements] == [
        ("Loan agreement", ["Almaz Baketayev", "Hanna Lindqvist"]), ("Grant agreement", ["Almaz Baketayev", "Hanna Lindqvist"])]
    assert drafts.agreements[0].signatories[1][1] == "ADB Country Director in Kyrgyzstan"


def test_the_documents_counted_again_are_signed_by_who_the_sentence_says_concluded_with_their_signing(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "The foreign ministers of Kyrgyzstan and Tajikistan signed two documents, including a Cooperation Programme for "
        "2027-2028 and a Protocol on consular matters, in Bishkek.",
        "Kyrgyzstan's Minister of Foreign Affairs, Jeenbek Kulubaev, and Tajikistan's Minister of Foreign Affairs, Sirojiddin "
        "Muhriddin, concluded their talks in Bishkek with the signing of two documents."]))
    assert [(a.kind.value, [s[0].value if isinstance(s[0].value, str) else s[0].value.name.value for s in a.signatories])
            for a in drafts.agreements] == [
        ("programme", ["zheenbek-kulubaev", "sirojiddin-muhriddin"]), ("protocol", ["zheenbek-kulubaev", "sirojiddin-muhriddin"])]  # as recorded


def test_a_document_adopted_beside_one_signed_is_adopted_and_signed_by_no_one(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "President of Kazakhstan Kassym-Jomart Tokayev and President of Mongolia Ukhnaagiin Khurelsukh signed a Joint Statement "
        "and adopted the Program of cooperation for 2027-2030 on 5 January."]))
    assert [(a.kind.value, a.approved.value if a.approved else None, len(a.signatories)) for a in drafts.agreements] == [
        ("joint statement", None, 2), ("programme", "adopted", 0)]


def test_who_signs_a_resolution_approving_an_agreement_does_not_sign_the_agreement(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "President of Kyrgyzstan Sadyr Japarov has signed a resolution approving an agreement with Tajikistan on water use.",
        "The agreement was signed on 5 November 2026 in Dushanbe."]))
    (agreement,) = drafts.agreements
    assert agreement.signatories == [] and str(agreement.date_signed.value) == "2026-11-05"


def test_a_year_in_parentheses_after_a_documents_name_is_the_year_it_was_signed(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "The new treaty was signed on 3 January in Bishkek and complements the earlier Treaty on Good Neighbourliness (1996)."]))
    assert [(a.title.value, str(a.date_signed.value)) for a in drafts.agreements if a.title.value.startswith("Treaty on Good")] == [
        ("Treaty on Good Neighbourliness", "1996")]


def test_documents_told_of_again_as_newly_signed_are_not_a_new_signing(real_data, real_names):
    """The sentences are written for this test: a 'will' after 'the newly signed agreements' is theirs to do, not a plan
    to sign (a report of the Iranian president's visit to Dushanbe had been drafted as a planned agreement)."""
    drafts = Extractor(real_data, real_names, WEDNESDAY).read(sentences([
        "The presidents and other officials also signed 23 documents on Monday.",
        "President Ozturkov expressed hope that the newly signed agreements will further promote ties and help the two "
        "countries reach the level of cooperation they want."]))
    assert [(a.kind.value, a.planned) for a in drafts.agreements] == [("package", False)]


def test_documents_of_an_organisations_summit_naming_no_state_are_the_organisations(real_data, real_names):
    """The sentences are written for this test. Every document listed after an OTS summit had been drafted with no party;
    the data records such documents as the organisation's, and so does the drafting gold file."""
    drafts = Extractor(real_data, real_names, PartialDate(2024, 11, 7)).read(sentences([
        "The 11th summit of the Organization of Turkic States completed in Bishkek on November 6.",
        "Upon completion, the following documents were signed:",
        "1. Bishkek Declaration of the 11th Summit of the Organization of Turkic States;",
        "2. Decision on the adoption of the Charter of the Turkic World.",
    ]))
    assert [(a.title.value, [p.value for p in a.parties]) for a in drafts.agreements] == [
        ("Bishkek Declaration of the 11th Summit of the Organization of Turkic States", ["organization-of-turkic-states"]),
        ("Decision on the adoption of the Charter of the Turkic World", ["organization-of-turkic-states"])]


def test_the_declaration_of_one_summit_is_not_the_recorded_declaration_of_another(tmp_path, real_data, real_names):
    """The texts are written for this test: 'the Declaration of the 10th Summit of the OTS' had been taken for the recorded
    declaration of the 9th (Samarkand); the 15th, which no record is, stands for it here now that the 10th is recorded."""
    report = tmp_path / "report.txt"
    report.write_text("FICTIONAL TEST FIXTURE: not a real report\nSteppe Courier\n2023-11-03\nOTS documents\n\n"
                      "The 15th Summit of the Organization of Turkic States was held in Astana on 3 November.\n\n"
                      "The documents signed include:\n\n- The Declaration of the 15th Summit of the Organization of Turkic States;\n",
                      encoding="utf-8")
    article = read_test_article(report)
    drafts = Extractor(real_data, real_names, article.date).read(sentences(article.paragraphs))
    plan = Planner(real_data, real_names, article, drafts, article.date).plan()
    assert plan.duplicates == []
    [draft] = [f for f in plan.files if f.collection == "agreements"]
    assert "title: \"Declaration of the 15th Summit of the Organization of Turkic States\"" in draft.lines


def test_a_drafted_title_that_names_a_sector_tags_it(real_data, real_names):
    """The sentence is written for this test; the sectors' title words are the real data's (data/topics)."""
    [agreement] = drafted(real_data, real_names, "Kazakhstan and Uzbekistan signed an Agreement on International Road Transport on Monday.")
    assert [f.value for f in agreement.sectors] == ["transport"]


def test_a_visit_told_of_undated_is_written_and_a_recorded_one_is_recognised_by_its_country_visitor_and_days(tmp_path, real_data, real_names):
    """The texts are written for this test. A visit the text does not date had been left out of the drafts unless a
    document was linked to it; now it is written, and a recorded visit (Mirziyoyev's to Türkiye of 29 January 2026) is
    recognised by its country and visitor in a report of the next days, not drafted again."""
    def plan(body: str, published: str):
        report = tmp_path / f"report-{published}.txt"
        report.write_text(f"FICTIONAL TEST FIXTURE: not a real report\nSteppe Courier\n{published}\nA visit\n\n{body}\n", encoding="utf-8")
        article = read_test_article(report)
        drafts = Extractor(real_data, real_names, article.date).read(sentences(article.paragraphs))
        return Planner(real_data, real_names, article, drafts, article.date).plan()

    told = plan("Uzbek President Shavkat Mirziyoyev's state visit to Türkiye strengthened ties.", "2026-01-31")
    assert [f.record_id for f in told.files if f.collection == "events"] == []
    unrecorded = plan("Kazakh President Kassym-Jomart Tokayev's state visit to Türkiye strengthened ties.", "2026-01-31")
    assert [f.record_id for f in unrecorded.files if f.collection == "events"] == ["state-visit-of-kassym-jomart-tokayev-to-turkiye"]


def test_a_copy_from_the_store_of_pages_takes_its_leading_date_as_the_publication_date_not_as_a_dateline(tmp_path):
    """The store gives each page as ' date YYYY-MM-DD <text>'. Drafted as it was, that date had dated what the lead
    sentence tells of (a coverage helper's consulate agreement 'signed' on the day of publication)."""
    copy = tmp_path / "stored.txt"
    copy.write_text(" date 2023-10-07 FICTIONAL TEST TEXT. Kazakhstan and Uzbekistan signed an agreement on transit in "
                    "Tashkent, the ministry said.\n\nThe sides also discussed trade and investment at length.\n", encoding="utf-8")
    article = read_source(str(copy))
    assert str(article.date) == "2023-10-07"
    assert article.paragraphs[0].startswith("FICTIONAL TEST TEXT. Kazakhstan")


def test_a_state_the_data_lacks_named_near_a_signing_is_never_a_party_of_no_record(real_data, real_names):
    """The sentences are written for this test. 'The situation in Afghanistan' (a state the data does not hold) named just
    before 'the presidents signed' had made a party whose value was None ('Declaration with None')."""
    drafts = Extractor(real_data, real_names, WEDNESDAY).read(sentences([
        "President Mirziyoyev and President Ozturkov discussed ties between Uzbekistan and Germany and the situation in Afghanistan.",
        "The presidents signed a joint declaration on Monday."]))
    assert [[p.value for p in a.parties] for a in drafts.agreements] == [["uzbekistan", "germany"]]


def test_a_copy_broken_at_a_fixed_width_is_read_as_its_sentences(tmp_path):
    """A wire relay's copy whose lines break mid-sentence at about 65 characters had been read as no paragraph of text
    at all (a coverage helper's report of a protocol signed by two presidents, drafted as nothing)."""
    copy = tmp_path / "relay.txt"
    copy.write_text("FICTIONAL TEST TEXT. BAKU, September 26. Kazakhstan and Uzbekistan\n"
                    "signed an agreement on transit in Tashkent on Monday, the\n"
                    "ministry of transport said in a statement issued to the\n"
                    "press on Tuesday morning after the signing ceremony.\n"
                    "The ministers also discussed the new railway line to the\n"
                    "border and the freight volumes expected for next year and\n"
                    "the year after, officials of both countries said later.\n", encoding="utf-8")
    article = read_source(str(copy))
    assert article.paragraphs[0].startswith("FICTIONAL TEST TEXT. BAKU, September 26. Kazakhstan and Uzbekistan signed an agreement")
    assert article.paragraphs[0].endswith("after the signing ceremony.") and len(article.paragraphs) == 2


# --- Rules from the coverage ledger's reports (session of 2026-12-04, sixth stop); the sentences are written for the tests


def test_the_two_countries_of_a_signing_are_the_only_two_the_report_names(real_data, real_names):
    """'The two countries signed …' with no document before it had no party (a relay of a visit to Islamabad). The two
    countries are those the report names up to it, when it names exactly two; a third named leaves them to the reviewer."""
    lead = "FICTIONAL TEST TEXT. ISLAMABAD: Pakistan and Azerbaijan decided to raise mutual investment."
    [package] = Extractor(real_data, real_names, WEDNESDAY).read(sentences([
        lead, "The two countries signed several agreements and memoranda of understanding."])).agreements
    assert [p.value for p in package.parties] == ["pakistan", "azerbaijan"]
    assert str(package.title.value) == "Documents signed between Pakistan and Azerbaijan"
    [package] = Extractor(real_data, real_names, WEDNESDAY).read(sentences([
        lead + " Türkiye welcomed it.", "The two countries signed several agreements and memoranda of understanding."])).agreements
    assert package.parties == []


def test_documents_of_unnamed_companies_get_no_country_for_a_party(real_data, real_names):
    drafts = Extractor(real_data, real_names, WEDNESDAY).read(sentences([
        "FICTIONAL TEST TEXT. Turkmen and Japanese companies signed several documents during the talks of the two countries."]))
    assert [a.parties for a in drafts.agreements] == [[]]


def test_a_signing_the_sides_would_be_prepared_for_is_no_signing(real_data, real_names):
    assert drafted(real_data, real_names, "Pakistan hoped that the two countries would be prepared to sign agreements worth "
                                          "US$2 billion in November.") == []


def test_leaders_who_witnessed_the_signing_of_agreements_and_memoranda_make_a_package_they_witness(real_data, real_names):
    drafts = Extractor(real_data, real_names, WEDNESDAY).read(sentences([
        "FICTIONAL TEST TEXT. Prime Minister Shehbaz Sharif received Azerbaijani President Ilham Aliyev in Islamabad.",
        "Both leaders witnessed the signing of agreements and memoranda of understanding in diverse areas."]))
    [package] = drafts.agreements  # had been nothing: the witnessed documents were plural, so no one document
    assert (str(package.kind.value), package.planned, package.documents) == ("package", False, None)


def test_documents_listed_by_their_own_titles_after_a_colon_are_one_each(real_data, real_names):
    drafts = Extractor(real_data, real_names, WEDNESDAY).read(sentences([
        "FICTIONAL TEST TEXT. The energy ministers of Türkiye and Pakistan signed three documents: the Protocol on the "
        "Amendment of the Agreement on Cooperation in the Field of Hydrocarbons, Memorandum of Understanding on Cooperation in "
        "Energy Transition, and Memorandum of Understanding on Cooperation in Mining."]))
    assert [(str(a.kind.value), str(a.title.value)) for a in drafts.agreements] == [
        ("protocol", "Protocol on the Amendment of the Agreement on Cooperation in the Field of Hydrocarbons"),
        ("memorandum of understanding", "Memorandum of Understanding on Cooperation in Energy Transition"),
        ("memorandum of understanding", "Memorandum of Understanding on Cooperation in Mining")]
    assert all([p.value for p in a.parties] == ["turkiye", "pakistan"] for a in drafts.agreements)


def test_agreements_a_report_says_a_signed_package_includes_are_its_documents(real_data, real_names):
    drafts = Extractor(real_data, real_names, WEDNESDAY).read(sentences([
        "FICTIONAL TEST TEXT. Türkiye and Pakistan signed 24 agreements on Monday.",
        "Key defence agreements include the Protocol on Training in Military Health and a memorandum on electronic warfare."]))
    assert [(str(a.kind.value), str(a.title.value)) for a in drafts.agreements] == [
        ("package", "Documents signed between Türkiye and Pakistan"), ("protocol", "Protocol on Training in Military Health"),
        ("memorandum of understanding", "Memorandum on electronic warfare")]
    assert [p.value for p in drafts.agreements[1].parties] == ["turkiye", "pakistan"]


def test_a_list_after_a_line_that_breaks_off_at_its_verb_and_a_list_of_decisions(tmp_path, draft_report):
    """An organisation's release: the line introducing each list ends at its verb (no colon), and the decisions are named
    by what was decided ('Adoption of …', 'Proclamation of …'), with no document noun."""
    drafts = draft_report(
        tmp_path,
        "FICTIONAL TEST FIXTURE: not a real report\nSteppe Courier\n2024-11-07\nA summit\n\n"
        "The Council of Heads of State of the Organization of Turkic States met on 6 November 2024 in Bishkek on the theme of the future.\n"
        "Decisions taken within the framework of the Summit included the\n"
        "Adoption of the Turkic Green Vision: Unity for a Sustainable Future;\n"
        "Proclamation of Bishkek as the Digital Capital of the Turkic World in 2025;\n"
        "Charter of the Turkic World;\n"
        "Moreover, the Ministers and Heads of Institutions of the Member States signed\n"
        "The Digital Economy Partnership Agreement between the Governments of the Member States;\n"
        "MoU on the establishment of the Council of Central Banks of the Member States.\n")
    assert [(str(a.kind.value), str(a.title.value)) for a in drafts.agreements] == [
        ("decision", "Adoption of the Turkic Green Vision: Unity for a Sustainable Future"),
        ("decision", "Proclamation of Bishkek as the Digital Capital of the Turkic World in 2025"),
        ("charter", "Charter of the Turkic World"),
        ("agreement", "Digital Economy Partnership Agreement between the Governments of the Member States"),
        ("memorandum of understanding", "MoU on the establishment of the Council of Central Banks of the Member States")]
    # the council that met is the organisation's summit, recorded: linked by its date (not the recorded one of 2022)
    assert drafts.events == [] and "ots-summit-bishkek-2024" in drafts.linked and "ots-summit-samarkand-2022" not in drafts.linked


def test_a_council_of_heads_of_state_that_met_is_its_summit(base):
    _, dataset, names = base
    drafts = Extractor(dataset, names, PartialDate(2024, 11, 7)).read(sentences([
        "FICTIONAL TEST TEXT. The Council of Heads of State of the Organization of Turkic States met on 6 November 2024 in Bishkek.",
        "The intergovernmental commission met in Tashkent on 3 May 2024."]))
    assert [(str(e.name.value), str(e.date.value), e.planned) for e in drafts.events] == [
        ("Summit of the Council of Heads of State of the Organization of Turkic States", "2024-11-06", False),
        ("Meeting of the intergovernmental commission", "2024-05-03", False)]


def test_the_gold_file_names_only_recorded_actors_kinds_and_statuses_and_has_two_halves(real_data):
    """tests/drafting/gold.yml, written by hand: every id it gives (not 'new: …') is a record of the data, every kind and
    status one the model knows, every report in one of the two halves with its publication date; at least 40 reports in
    each half (the drafting issue asks for 40 in all)."""
    from accords.model import AgreementKind, AgreementStatus, EventStatus

    gold = yaml.safe_load((FIXTURES / "gold.yml").read_text(encoding="utf-8"))
    halves = [entry["half"] for entry in gold.values()]
    assert set(halves) == {"development", "held-out"} and min(halves.count("development"), halves.count("held-out")) >= 40
    unknown = []
    for report, entry in gold.items():
        PartialDate.parse(str(entry["published"]))
        for agreement in entry.get("agreements") or []:
            assert AgreementKind(agreement["kind"]) and AgreementStatus(agreement["status"]), report
            for field in ("parties", "signatories", "witnesses"):
                unknown += [(report, who) for who in agreement.get(field, []) if not str(who).startswith("new: ") and who not in real_data.records]
        for event in entry.get("events") or []:
            assert EventStatus(event["status"]) and event["name"], report
    assert unknown == []


def test_a_joint_statement_issued_is_approved_and_one_issued_to_the_press_is_no_document(real_data, real_names):
    [statement] = drafted(real_data, real_names, "The foreign ministers of Kazakhstan and Uzbekistan issued a joint statement on Monday.")
    assert (str(statement.kind.value), statement.approved is not None, [p.value for p in statement.parties]) == (
        "joint statement", True, ["kazakhstan", "uzbekistan"])
    assert drafted(real_data, real_names, "President Tokayev and President Aliyev issued a joint statement to media representatives.") == []


def test_a_year_in_a_name_is_no_date_and_a_signing_is_never_after_its_report(real_data, real_names):
    [package] = drafted(real_data, real_names, "Saudi Arabia and Uzbekistan signed four memoranda in line with Saudi Vision 2030.")
    assert package.date_signed is None  # had been 2030
    [plan] = drafted(real_data, real_names, "Turkmenistan and Pakistan signed a joint implementation plan for the TAPI gas pipeline.")
    assert (str(plan.kind.value), str(plan.title.value)) == ("plan", "Joint implementation plan for the TAPI gas pipeline")


def test_a_visit_told_of_beside_a_participle_that_looks_ahead_was_held(base):
    """'…, expressing confidence that its results will contribute …': the participle's clause is not the visit's tense."""
    _, dataset, names = base
    [visit] = Extractor(dataset, names, PartialDate(2024, 6, 11)).read(sentences([
        "FICTIONAL TEST TEXT. The first visit of President Yoon Suk Yeol to Turkmenistan is an important event, the president noted, "
        "expressing confidence that its results will contribute to closer relations."])).events
    assert (str(visit.name.value), visit.planned) == ("Visit of Yoon Suk Yeol to Turkmenistan", False)


def test_the_republic_of_korea_is_south_korea_and_its_president_holds_talks(base):
    _, dataset, names = base
    drafts = Extractor(dataset, names, PartialDate(2024, 6, 11)).read(sentences([
        "FICTIONAL TEST TEXT. On 10 June 2024, talks were held in Ashgabat between President of Turkmenistan Serdar Berdimuhamedov "
        "and President of Korea Yoon Suk Yeol."]))
    assert [(str(e.name.value), str(e.date.value), e.place.value) for e in drafts.events] == [
        ("Talks of Serdar Berdimuhamedov and Yoon Suk Yeol", "2024-06-10", "Ashgabat")]
    assert names.resolve("Republic of Korea", {"country"}) == "south-korea"


def test_documents_a_sentence_lists_after_a_colon_between_semicolons_are_one_each_with_their_own_parties(base):
    """An agency's list in one sentence ('The documents signed included: …; …; …') had been one agreement with every
    body of the sentence, two of them glued across a comma into one ('Ministry of Energy of Azerbaijan, China Datang
    Overseas Investment Co. Ltd'): now an item each, between the bodies it names; a company after a comma is a body of
    its own, and its legal form cut at a comma ('Co.,') no part of its name."""
    _, dataset, names = base
    drafts = Extractor(dataset, names, PartialDate(2025, 4, 22)).read(sentences([
        "FICTIONAL TEST TEXT. The documents signed included: the Investment Agreement on the Gobustan Solar Plant between the "
        "Government of Azerbaijan and Steppe Solar LLC; an Implementation Agreement between the Ministry of Energy of Azerbaijan, "
        "China Datang Overseas Investment Co. Ltd., and SOCAR Green LLC on a floating solar plant; a Memorandum of Understanding "
        "between the Ministry of Energy of Azerbaijan and Shenzhen Energy Group Co., Ltd. on wind power."]))
    assert [(str(a.kind.value), str(a.title.value)[:40], [p.value if isinstance(p.value, str) else p.value.name.value for p in a.parties])
            for a in drafts.agreements] == [
        ("agreement", "Investment Agreement on the Gobustan Sol", ["azerbaijan", "Steppe Solar LLC"]),
        ("agreement", "Implementation Agreement between the Min",
         ["Ministry of Energy of Azerbaijan", "China Datang Overseas Investment Co. Ltd", "SOCAR Green LLC"]),
        ("memorandum of understanding", "Memorandum of Understanding between the ", ["Ministry of Energy of Azerbaijan", "Shenzhen Energy Group"])]


def test_memoranda_in_the_fields_of_a_list_are_one_per_field_of_the_package_signed_before(real_data, real_names):
    """'Among those signed are MoUs for cooperation in the fields of tourism, energy, sports as well as …': one memorandum
    per field, each one of the package the sentence before counts (its parties: 'the two countries' of the report)."""
    drafts = Extractor(real_data, real_names, WEDNESDAY).read(sentences([
        "FICTIONAL TEST TEXT. Saudi Arabia and Uzbekistan held talks in Jeddah.",
        "To strengthen cooperation between the two countries, 14 bilateral agreements and memoranda of understanding were signed.",
        "Among those signed are MoUs for cooperation in the fields of tourism, energy, sports as well as a cooperation agreement "
        "for the employment of labor."]))
    package, *documents = drafts.agreements
    assert [str(d.title.value) for d in documents] == [
        "MoU for cooperation in the field of tourism", "MoU for cooperation in the field of energy",
        "MoU for cooperation in the field of sports", "Cooperation agreement for the employment of labor"]
    assert [p.value for p in package.parties] == ["saudi-arabia", "uzbekistan"]
    assert all(d.part_of is package and [p.value for p in d.parties] == ["saudi-arabia", "uzbekistan"] for d in documents)


def test_a_package_between_the_parties_of_the_one_package_they_signed_in_the_fortnight_before_is_that_package(tmp_path, real_data, real_names):
    """The texts are written for this test. A counted or uncounted package says little in its title ('Documents signed
    between Pakistan and Azerbaijan') and had never been matched to the recorded package of the same occasion, so each
    report of a visit drafted the package again (drafted against the full data, 260 of the ledger's reports' agreements
    were drafted anew). The one package of the same parties dated in the fortnight before the report is the same."""
    def plan(published: str):
        report = tmp_path / f"report-{published}.txt"
        report.write_text(f"FICTIONAL TEST FIXTURE: not a real report\nSteppe Courier\n{published}\nA visit\n\n"
                          "Pakistan and Azerbaijan signed several agreements and memoranda of understanding.\n", encoding="utf-8")
        article = read_test_article(report)
        drafts = Extractor(real_data, real_names, article.date).read(sentences(article.paragraphs))
        return Planner(real_data, real_names, article, drafts, article.date).plan()

    # Aliyev's visit to Islamabad of 11 July 2024, whose package is recorded
    assert [existing for _, existing, _ in plan("2024-07-12").duplicates] == ["azerbaijan-pakistan-documents-package-2024"]
    later = plan("2024-09-20")  # two months later: another occasion
    assert later.duplicates == [] and [f.record_id for f in later.files if f.collection == "agreements"] != []


def test_today_in_someones_quoted_words_is_the_day_they_spoke_not_the_reports(real_data, real_names):
    """'"Today we signed the final protocol," Tashiev said' in a report three days later had dated the protocol to the
    day of the report."""
    drafts = Extractor(real_data, real_names, PartialDate(2025, 2, 24)).read(sentences([
        "FICTIONAL TEST TEXT. \u201cToday Kyrgyzstan and Tajikistan signed the final protocol on the border,\u201d the security chief said."]))
    [protocol] = drafts.agreements
    assert protocol.date_signed is None
    [again] = Extractor(real_data, real_names, PartialDate(2025, 2, 24)).read(sentences([
        "FICTIONAL TEST TEXT. Kyrgyzstan and Tajikistan signed the final protocol on the border today, the security chief said."])).agreements
    assert str(again.date_signed.value) == "2025-02-24"


def test_a_signing_told_of_again_is_not_dated_by_the_documents_signed_before_it(real_data, real_names):
    """'This signing is a step towards implementing the memoranda previously signed … on June 12, 2023' had dated the
    executive programme of November 2024 to June 2023."""
    drafts = Extractor(real_data, real_names, PartialDate(2024, 11, 15)).read(sentences([
        "FICTIONAL TEST TEXT. Saudi Arabia signed a joint executive programme with Azerbaijan, Uzbekistan and Kazakhstan.",
        "This signing is a step towards implementing the memoranda previously signed between Saudi Arabia and Kazakhstan "
        "on June 12, 2023, in Riyadh."]))
    programme = drafts.agreements[0]
    assert (str(programme.kind.value), programme.date_signed) == ("programme", None)


def test_a_state_named_before_dollars_is_a_currency_not_a_party(real_data, real_names):
    """The sentence is written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2023, 7, 20)).read(sentences([
        "Türkiye and the United Arab Emirates signed 13 agreements worth 50.7 billion U.S. dollars on 19 July 2023."]))
    [package] = drafts.agreements
    assert [p.value for p in package.parties] == ["turkiye", "united-arab-emirates"]


def test_a_plural_item_of_a_list_with_pairs_is_one_document_per_pair_and_a_plural_sentence_after_a_list_is_no_item(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "Following the talks on 6 January 2027, the following documents were signed:",
        "An agreement on cooperation in the processing industry;",
        "Memorandums of cooperation between the universities of Kazakhstan and China — in particular, Al-Farabi Kazakh "
        "National University and Tsinghua University, as well as Satbayev University and universities of the PRC.",
        "Memorandums were also signed on cooperation in customs, tourism, as well as on cooperation between Atyrau region "
        "and Xinjiang Uygur Autonomous Region, Mangystau region and Gansu province."]))
    def party(value):
        return value if isinstance(value, str) else value.name.value
    assert [(a.kind.value, a.title.value, [party(p.value) for p in a.parties]) for a in drafts.agreements[1:3]] == [
        # "universities of the PRC": whose they are, not a party
        ("memorandum of understanding", "Memorandum between Al-Farabi Kazakh National University and Tsinghua University",
         ["Al-Farabi Kazakh National University", "Tsinghua University"]),
        ("memorandum of understanding", "Memorandum between Satbayev University and universities of the PRC", ["Satbayev University"])]
    # the sentence after the list says it signed memorandums: read as a sentence, one per field and per pair
    assert [a.title.value for a in drafts.agreements[3:]] == [
        "Memorandum on cooperation in customs", "Memorandum on cooperation in tourism",
        "Memorandum on cooperation between Atyrau region and Xinjiang Uygur Autonomous Region",
        "Memorandum on cooperation between Mangystau region and Gansu province"]


def test_a_document_told_of_by_its_participle_signed_then_is_drafted_with_its_signers(real_data, real_names):
    """The sentences are written for this test."""
    base = Extractor(real_data, real_names, PartialDate(2025, 8, 24)).read(sentences([
        "The region's trade grew, as the joint statement signed by President of Azerbaijan Ilham Aliyev, President of "
        "Uzbekistan Shavkat Mirziyoyev and Chairman of the People’s Council of Turkmenistan Gurbanguly Berdimuhamedov "
        "following the summit in Turkmenbashi on August 22 shows."]))
    [statement] = base.agreements
    def name(value):
        return value if isinstance(value, str) else value.name.value
    # the chairman's name is his, not the end of the council's; the council ends with its country
    assert [name(s[0].value) for s in statement.signatories] == ["ilham-aliyev", "shavkat-mirziyoyev", "gurbanguly-berdimuhamedow"]  # as the data names them
    assert (statement.kind.value, str(statement.date_signed.value)) == ("joint statement", "2025-08-22")
    today = Extractor(real_data, real_names, PartialDate(2025, 4, 23)).read(sentences([
        "Azerbaijani President Ilham Aliyev met Chinese Premier Li Qiang in Beijing on 23 April 2025.",
        "They stressed the significance of the Joint Statement on a comprehensive strategic partnership signed today."]))
    [signed_today] = today.agreements
    assert ([p.value for p in signed_today.parties], str(signed_today.date_signed.value)) == (["azerbaijan", "china"], "2025-04-23")
    # a document named as signed long ago is not one signed then
    earlier = Extractor(real_data, real_names, PartialDate(2025, 4, 23)).read(sentences([
        "They stressed the significance of the Joint Statement on a comprehensive strategic partnership."]))
    assert earlier.agreements == []


def test_a_pages_time_stamp_before_its_first_sentence_is_no_date_of_the_text(tmp_path):
    page = tmp_path / "report.txt"  # written for this test
    page.write_text("Turkmenistan and Kyrgyzstan hold consultations\n\n26.02.2025 | 22:00 |Turkmenistan and Kyrgyzstan held "
                    "political consultations at the level of diplomatic missions, the ministry said.\n", encoding="utf-8")
    article = read_source(str(page))
    assert article.paragraphs[0].startswith("Turkmenistan and Kyrgyzstan held political consultations")


def test_a_document_between_the_foreign_ministries_of_two_states_is_theirs(base_dataset):
    """The sentences are written for this test."""
    _, dataset, names = base_dataset
    drafts = Extractor(dataset, names, PartialDate(2023, 4, 13)).read(sentences([
        "A Program of consultations between the Ministries of Foreign Affairs of the Republic of Uzbekistan and the Republic "
        "of Belarus for 2023-2024 was signed.",
        "A memorandum of cooperation between the foreign ministries of Kazakhstan and China was signed in Astana."]))
    assert [[p.value.name.value for p in a.parties] for a in drafts.agreements] == [
        ["Ministry of Foreign Affairs of Uzbekistan", "Ministry of Foreign Affairs of Belarus"],  # a state without a record too
        ["Ministry of Foreign Affairs of Kazakhstan", "Ministry of Foreign Affairs of China"]]


def test_documents_told_by_their_ceremony_by_signed_on_a_day_by_by_their_own_words_and_as_loan_and_grant(real_data, real_names):
    """The sentences are written for this test."""
    def read(text: str):
        drafts = Extractor(real_data, real_names, PartialDate(2024, 5, 4)).read(sentences([text]))
        return [(a.kind.value, a.title.value if a.title else None, str(a.date_signed.value) if a.date_signed else None) for a in drafts.agreements]
    # "at the signing ceremony of the …": its signing, and its parties are the names after it
    assert read("The minister spoke at the signing ceremony of the Agreement on road transport with the Ministry of Transport "
                "of Azerbaijan on 3 May 2024.") == [("agreement", "Agreement on road transport", "2024-05-03")]
    # ", signed on February 4 by …": a document told of as signed then
    assert read("This is stated in the joint statement of the two countries on a new era, signed on 3 May by Russian "
                "President Vladimir Putin and Chinese President Xi Jinping.") == [("joint statement", "Joint statement between Russian Federation and China", "2024-05-03")]
    # words before each noun are its own
    assert read("Kazakhstan and Türkiye signed on 3 May a military and financial cooperation agreement, and a protocol on "
                "financial aid.") == [("agreement", "Military and financial cooperation agreement", "2024-05-03"),
                                      ("protocol", "Protocol on financial aid", "2024-05-03")]
    assert read("The Ministry of Finance of Tajikistan and the EBRD signed loan and grant agreements on 3 May.") == [
        ("agreement", "Loan agreement", "2024-05-03"), ("agreement", "Grant agreement", "2024-05-03")]


def test_documents_counted_and_then_told_one_by_one_by_their_ordinals(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2022, 8, 22)).read(sentences([
        "Steppe Power has signed three major energy agreements with the Government of Uzbekistan on 20 August 2022.",
        "The agreements include a Heads of Terms agreement for the development of a 1.5GW wind farm – which will be the largest in the region.",
        "The second agreement covers an Investment Cooperation Agreement on gas-to-power projects; while the third is related to "
        "charting a roadmap for green hydrogen.",
        "The second document is not described."]))
    # all three counted are told of: each is drafted on its own, with the date of the sentence that counts them, and no
    # package beside them (CONTRIBUTING: only documents a report counts and does not name are one package)
    assert [(a.kind.value, a.title.value, str(a.date_signed.value) if a.date_signed else None, a.part_of) for a in drafts.agreements] == [
        ("agreement", "Heads of Terms agreement for the development of a 1.5GW wind farm", "2022-08-20", None),  # the aside after the dash is not its title
        ("agreement", "Agreement that covers an Investment Cooperation Agreement on gas-to-power projects", "2022-08-20", None),
        ("agreement", "Agreement that is related to charting a roadmap for green hydrogen", "2022-08-20", None)]  # of the kind counted


def test_a_package_whose_documents_are_all_told_of_is_its_documents(real_data, real_names):
    """The sentences are written for this test."""
    def read(*lines: str) -> list[tuple[str, str | None]]:
        drafts = Extractor(real_data, real_names, PartialDate(2023, 11, 20)).read(sentences(list(lines)))
        return [(a.kind.value, str(a.date_signed.value) if a.date_signed else None) for a in drafts.agreements]

    # three counted, then three told of: the three, with the month of the sentence that counts them
    assert read("Three important documents were signed in November 2023 at the St. Petersburg International Gas Forum.",
                "Gazprom and the government of Uzbekistan signed a Strategic Memorandum of Cooperation in the energy sector.",
                "Gazprom and the government of Kazakhstan signed a Strategic Partnership Agreement.",
                "Gazprom and the Cabinet of Ministers of the Kyrgyz Republic signed a Memorandum of Cooperation in the gas industry.") == [
        ("memorandum of understanding", "2023-11"), ("agreement", "2023-11"), ("memorandum of understanding", "2023-11")]
    # three counted, two told of: the third is only counted, so the package stays
    assert read("Three important documents were signed in November 2023 at the St. Petersburg International Gas Forum.",
                "Gazprom and the government of Uzbekistan signed a Strategic Memorandum of Cooperation in the energy sector.",
                "Gazprom and the government of Kazakhstan signed a Strategic Partnership Agreement.")[0] == ("package", "2023-11")
    # more than three: the report does not name them all
    assert read("More than three documents were signed in November 2023 at the St. Petersburg International Gas Forum.",
                "Gazprom and the government of Uzbekistan signed a Strategic Memorandum of Cooperation in the energy sector.",
                "Gazprom and the government of Kazakhstan signed a Strategic Partnership Agreement.",
                "Gazprom and the Cabinet of Ministers of the Kyrgyz Republic signed a Memorandum of Cooperation in the gas industry.")[0] == ("package", "2023-11")
    # (on shapes of the blind set's development half, akipress-kg-kitay-urumchi-yarmarka, uza-uz-bahreyn-komissiya-tretya,
    # finvestnik-kg-saudovskiy-fond-zaem) two counted, two told of, and after them a document ratified and one signed
    # in another year: those are not of the two, so the package is still its two documents
    assert read("Two documents were signed in Tashkent on 16 November.",
                "Gazprom and the government of Uzbekistan signed a Strategic Memorandum of Cooperation in the energy sector.",
                "Gazprom and the government of Kazakhstan signed a Strategic Partnership Agreement.",
                "On 10 October the Senate of Kazakhstan ratified a protocol with Kyrgyzstan on the demarcation of the border.",
                "Kazakhstan and Kyrgyzstan signed an agreement on trade in 2019.") == [
        ("memorandum of understanding", "2023-11-16"), ("agreement", "2023-11-16"), ("protocol", None), ("agreement", "2019")]


def test_a_plan_of_cooperation_is_a_plan_and_the_plan_of_a_city_is_no_document(base_dataset):
    """The sentences are written for this test."""
    _, dataset, names = base_dataset
    drafts = Extractor(dataset, names, PartialDate(2023, 4, 13)).read(sentences([
        "A Plan of cooperation between the foreign ministries of Kazakhstan and China was signed in Astana.",
        "The mayor signed off the plan of the new city."]))
    assert [(a.kind.value, [p.value.name.value for p in a.parties]) for a in drafts.agreements] == [
        ("plan", ["Ministry of Foreign Affairs of Kazakhstan", "Ministry of Foreign Affairs of China"])]


def test_people_named_once_with_their_office_sign_later_by_surname_and_a_rank_is_no_part_of_an_office(base_dataset):
    """The sentences and people are written for this test (no record knows them)."""
    _, dataset, names = base_dataset

    def read(*text: str):
        drafts = Extractor(dataset, names, PartialDate(2027, 3, 5)).read(sentences(list(text)))
        return [([s[0].value.name.value for s in a.signatories], [p.value for p in a.parties]) for a in drafts.agreements]
    # the offices of a sentence before ("UK": CLDR's short name; two offices of one person joined by a dash)
    assert read("After meeting Kazakhstan’s Deputy Prime Minister – Foreign Minister Aidos Temirbek on 4 March, UK Foreign "
                "Secretary Jonathan Hale spoke to the press.",
                "Hale and Temirbek signed a Strategic Partnership and Cooperation Agreement.") == [
        (["Jonathan Hale", "Aidos Temirbek"], ["united-kingdom", "kazakhstan"])]
    # "President Hale" later: the person named before, of the state said then
    assert read("UK Foreign Secretary Jonathan Hale arrived in Astana on 4 March.",
                "Kazakh Foreign Minister Aidos Temirbek welcomed the guest.",
                "Secretary Hale and Minister Temirbek signed a memorandum on education.") == [
        (["Jonathan Hale", "Aidos Temirbek"], ["united-kingdom", "kazakhstan"])]
    # a rank between an office and a name
    assert read("Turkish National Defense Minister Orhan Kaya and his Tajik counterpart Gen. Rustam Nazarov signed a protocol on "
                "financial aid on Wednesday.") == [(["Orhan Kaya", "Rustam Nazarov"], ["turkiye", "tajikistan"])]
    # a surname within a longer name is that name's, not the person's; "US$" is a currency, not a party
    assert read("US Secretary of State Jonathan Hale arrived in Tashkent.",
                "Hale Industries and Uzbekneftegaz signed a contract worth US$2bn on 4 March.")[0][0] == []
    assert "united-states" not in read("Uzbekneftegaz signed a contract worth US$2bn with the Uzbek government on 4 March.")[0][1]


def test_names_alone_before_the_signing_verb_sign_and_recorded_people_sign_for_their_states(base_dataset, real_data, real_names):
    """The sentence is written for this test."""
    text = "Kassym-Jomart Tokayev and Ilham Aliyev signed a joint declaration on 4 March."
    _, dataset, names = base_dataset
    [declaration] = Extractor(dataset, names, PartialDate(2027, 3, 5)).read(sentences([text])).agreements
    assert [(s[0].value.name.value, s[1]) for s in declaration.signatories] == [
        ("Kassym-Jomart Tokayev", "CHECK: the text gives no office"), ("Ilham Aliyev", "CHECK: the text gives no office")]
    assert declaration.parties == []  # no record, no office: whose state, the text does not say
    [declaration] = Extractor(real_data, real_names, PartialDate(2027, 3, 5)).read(sentences([text])).agreements
    assert [p.value for p in declaration.parties] == ["kazakhstan", "azerbaijan"]  # the records' states


def test_a_counted_list_after_a_visit_is_a_package_and_its_items_of_the_visits_two_states(base_dataset):
    """The sentences are written for this test."""
    _, dataset, names = base_dataset
    drafts = Extractor(dataset, names, PartialDate(2027, 1, 27)).read(sentences([
        "President of Uzbekistan Shavkat Mirziyoyev paid a state visit to Kyrgyzstan on 26 January.",
        "Twenty documents were signed, including:",
        "– Agreement on the prevention of emergencies;",
        "– Protocol to the Agreement on mutual trips of citizens."]))
    package, *items = drafts.agreements
    assert (package.is_package, package.documents.value, [p.value for p in package.parties]) == (True, Count(20), ["uzbekistan", "kyrgyzstan"])
    assert [(a.kind.value, [p.value for p in a.parties]) for a in items] == [
        ("agreement", ["uzbekistan", "kyrgyzstan"]), ("protocol", ["uzbekistan", "kyrgyzstan"])]


def test_a_body_named_with_its_state_in_full_is_its_record_or_named_as_the_data_names_bodies(base_dataset, real_data, real_names):
    """The sentence is written for this test."""
    text = ("The Ministry of Agriculture of Uzbekistan and the General Administration of Customs of the People's Republic of "
            "China signed a protocol on 4 March.")
    [protocol] = Extractor(real_data, real_names, PartialDate(2027, 3, 5)).read(sentences([text])).agreements
    assert [p.value for p in protocol.parties] == ["ministry-of-agriculture-uzbekistan", "general-administration-of-customs-china"]
    _, dataset, names = base_dataset  # no record of either: new bodies, "of China" as the data names a state's bodies
    [protocol] = Extractor(dataset, names, PartialDate(2027, 3, 5)).read(sentences([text])).agreements
    assert [p.value.name.value for p in protocol.parties] == ["Ministry of Agriculture of Uzbekistan", "General Administration of Customs of China"]


def test_documents_joined_in_one_sentence_are_one_draft_each_with_the_pair_their_own_words_name(real_data, real_names):
    """The sentences are written for this test."""
    def read(text: str) -> list[tuple[str, str, list[str]]]:
        return [(a.kind.value, a.title.value, [p.value if isinstance(p.value, str) else p.value.name.value for p in a.parties])
                for a in drafted(real_data, real_names, text)]

    assert read("Kazakhstan and Uzbekistan signed the Steppe Declaration and adopted a joint action plan for 2027-2029.") == [
        ("declaration", "Steppe Declaration", ["kazakhstan", "uzbekistan"]),
        ("action plan", "Action plan for 2027-2029", ["kazakhstan", "uzbekistan"])]
    assert read("As a result of the talks, the final protocol on strategic dialogue between Azerbaijan and Uzbekistan and a memorandum "
                "on consular cooperation were also signed.") == [
        ("protocol", "Protocol on strategic dialogue", ["azerbaijan", "uzbekistan"]),
        ("memorandum of understanding", "Memorandum on consular cooperation", ["azerbaijan", "uzbekistan"])]  # the states the sentence names
    assert read("Uzbekistan and Kyrgyzstan signed an agreement between the Ministry of Water Resources of Uzbekistan and the Steppe "
                "Water Service on the joint use of a reservoir, a memorandum of cooperation between the Steppe Archive Agency and the "
                "Steppe Library Agency, and a program of cultural cooperation.") == [
        ("agreement", "Agreement on the joint use of a reservoir", ["ministry-of-water-resources-uzbekistan", "Steppe Water Service"]),
        ("memorandum of understanding", "Memorandum of cooperation", ["Steppe Archive Agency", "Steppe Library Agency"]),
        ("programme", "Program of cultural cooperation", ["uzbekistan", "kyrgyzstan"])]
    # a document within another's title is none of its own, and a report's own words after a comma are who tells
    assert read("Kazakhstan and Qatar signed a protocol on amendments to the agreement on visa exemption and the treaty on trade.") == [
        ("protocol", "Protocol on amendments", ["kazakhstan", "qatar"])]
    assert read("Kazakhstan and Qatar signed a memorandum on transit, a joint statement carried by the Steppe Press Agency said.") == [
        ("memorandum of understanding", "Memorandum on transit", ["kazakhstan", "qatar"])]


@pytest.mark.parametrize(("text", "parties", "title"), [
    ("The Kyrgyz and Tajik delegations signed a protocol on border demarcation.", ["kyrgyzstan", "tajikistan"], "Protocol on border demarcation"),
    ("The Uzbek and Chinese sides signed a memorandum on agriculture on 12 January.", ["uzbekistan", "china"], "Memorandum on agriculture"),
    # one side alone does not say who the other is; a document word that begins the sentence is no signer
    ("The Turkish side signed a memorandum on trade.", [], "Memorandum on trade"),
    ("Documents signed at the end of the talks include a roadmap on trade.", [], "Roadmap on trade"),
])
def test_states_by_their_adjectives_before_sides_or_delegations_sign_and_a_title_holds_no_date(real_data, real_names, text, parties, title):
    """The sentences are written for this test."""
    [agreement] = drafted(real_data, real_names, text)
    assert ([p.value for p in agreement.parties], agreement.title.value) == (parties, title)


@pytest.mark.parametrize(("text", "parties"), [
    # the one a document is signed with, a state's possessive before it saying whose it is (not a party of its own)
    ("The Ministry of Transport of Kazakhstan signed an agreement with Steptec on locomotives.", ["ministry-of-transport-kazakhstan", "new: Steptec"]),
    ("Uzbekistan signed a contract with China’s Steppe Construction for a highway.", ["uzbekistan", "new: Steppe Construction"]),
    # a company by what it is after its state's adjective, and "the Uzbek government" for the state
    ("Turkish firm Steppe Enerji signed an agreement with the Uzbek government on a solar plant.", ["new: Steppe Enerji", "uzbekistan"]),
    # a name joined by "and" to a signer the dataset knows
    ("Steppewind and the Ministry of Energy of Uzbekistan signed an implementation agreement for a wind farm.",
     ["new: Steppewind", "ministry-of-energy-uzbekistan"]),
    # a state named beside a bank is the state, not a new body called "Kyrgyzstan"
    ("The Steppe Development Bank and Kyrgyzstan signed a loan agreement to improve roads.", ["new: Steppe Development Bank", "kyrgyzstan"]),
    # not a person, an office, or the state itself
    ("Kazakhstan signed a memorandum with Uzbekistan on water.", ["kazakhstan", "uzbekistan"]),
])
def test_companies_told_of_as_wires_tell_of_them_are_parties(real_data, real_names, text, parties):
    """The sentences are written for this test; the companies are fictional."""
    [agreement] = drafted(real_data, real_names, text)
    assert [p.value if isinstance(p.value, str) else f"new: {p.value.name.value}" for p in agreement.parties] == parties


def test_a_company_after_its_states_possessive_keeps_its_own_name(real_data, real_names):
    """The sentence is written for this test; the companies are fictional."""
    [agreement] = drafted(real_data, real_names, "China's Steppe Group and Uzbekistan's Steppe Copper MMC inked a deal on copper processing.")
    assert [(p.value.name.value, p.value.country) for p in agreement.parties] == [("Steppe Group", "china"), ("Steppe Copper MMC", "uzbekistan")]


def test_a_second_signer_after_and_by_signs_for_the_state_named_on_whose_behalf_and_a_name_after_a_body_is_the_last_words(base_dataset):
    """The sentences are written for this test; the people are fictional."""
    _, dataset, names = base_dataset
    drafts = Extractor(dataset, names, PartialDate(2027, 5, 20)).read(sentences([
        "Kazakhstan and Azerbaijan signed a memorandum on green energy in Baku on 12 May.",
        "The memorandum was signed by Energy Minister Aidar Steppeyev on behalf of Kazakhstan and by Rauf Caspianov on behalf of Azerbaijan.",
        "Kazakhstan and Azerbaijan also signed a roadmap on rail transit in Baku on 12 May.",
        "The document was signed by Chairman of Kazakhstan Temir Zholy Nurlan Steppebayev and ADY Chairman Rauf Caspianov."]))
    energy, rail = drafts.agreements
    assert [(s[0].value.name.value, s[1], s[2]) for s in energy.signatories] == [
        ("Aidar Steppeyev", "Energy Minister", "kazakhstan"), ("Rauf Caspianov", "CHECK: the text gives no office", "azerbaijan")]
    assert [s[0].value.name.value for s in rail.signatories] == ["Nurlan Steppebayev", "Rauf Caspianov"]


@pytest.mark.parametrize(("text", "title"), [
    # "the protocol of the … meeting": the record of that meeting, a document of its own, not one told of before
    ("The talks culminated in the signing of the protocol of the seventh meeting of the Kazakh-Uzbek intergovernmental commission.",
     "Protocol of the seventh meeting of the Kazakh-Uzbek intergovernmental commission"),
    ("At the end of the session, the co-chairs signed the protocol of the meeting.", "Protocol of the meeting"),
])
def test_the_protocol_of_a_meeting_is_a_document_signed(real_data, real_names, text, title):
    """The sentences are written for this test."""
    [protocol] = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([text])).agreements
    assert (protocol.kind.value, protocol.title.value, protocol.planned) == ("protocol", title, False)


def test_the_protocol_told_of_before_is_not_a_new_one(real_data, real_names):
    """The sentences are written for this test."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "Kazakhstan and Uzbekistan signed a protocol on amendments to the transit agreement on Monday.",
        "The protocol was signed by the two foreign ministers."]))
    assert [a.kind.value for a in drafts.agreements] == ["protocol"]


def test_a_parliament_that_approves_an_agreement_between_its_state_and_another_leaves_both_parties(real_data, real_names):
    """The sentence is written for this test: the state named first as the parliament's is a party by the pair after."""
    [agreement] = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "The Milli Majlis of Azerbaijan approved the agreement on cooperation in energy between Azerbaijan and Turkmenistan."])).agreements
    assert [p.value for p in agreement.parties] == ["azerbaijan", "turkmenistan"]


def test_one_more_document_of_another_pair_after_as_well_as_is_drafted_on_its_own(real_data, real_names):
    """The sentences are written for this test: "…, as well as on education between C and D" is a second memorandum,
    of that pair and on that subject; a plural noun's pairs are singular documents."""
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "A memorandum on tourism was signed between the Ministry of Tourism of Uzbekistan and the Korea Tourism Organization, "
        "as well as on education between Tashkent State University and Seoul National University."]))
    assert [(a.title.value, [display(real_data, p.value) for p in a.parties]) for a in drafts.agreements] == [
        ("Memorandum on tourism between the Ministry of Tourism of Uzbekistan and the Korea Tourism Organization",
         ["Ministry of Tourism of Uzbekistan", "Korea Tourism Organization"]),
        ("Memorandum on education between Tashkent State University and Seoul National University",
         ["Tashkent State University", "Seoul National University"])]
    drafts = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "Memorandums of understanding were signed between Example Oil and Sample Gas, as well as between Model Rail and Test Ports."]))
    assert [a.title.value for a in drafts.agreements] == ["Memorandum of understanding between Example Oil and Sample Gas",
                                                          "Memorandum of understanding between Model Rail and Test Ports"]



def test_a_state_named_twice_by_the_sentence_that_tells_of_the_signing_is_one_party(real_data, real_names):
    """The sentences are written for this test: "the Kyrgyz Republic" and "India-Kyrgyzstan" are one state."""
    [agreement] = Extractor(real_data, real_names, PartialDate(2027, 1, 7)).read(sentences([
        "An agreement on investments was signed.",
        "The Foreign Minister of the Kyrgyz Republic and the Finance Minister of India signed the India-Kyrgyzstan agreement on Thursday."])).agreements
    assert [p.value for p in agreement.parties] == ["kyrgyzstan", "india"]


def test_a_document_signed_on_a_date_told_in_a_clause_of_what_is_to_come_is_signed_then(real_data, real_names):
    """The sentence is written for this test."""
    [memorandum] = Extractor(real_data, real_names, PartialDate(2025, 6, 5)).read(sentences([
        "Azerbaijan and Turkmenistan have agreed to develop the Dostluk gas field jointly, according to a memorandum signed "
        "in Ashgabat on January 21."])).agreements
    assert (memorandum.planned, str(memorandum.date_signed.value), [p.value for p in memorandum.parties]) == (
        False, "2025-01-21", ["azerbaijan", "turkmenistan"])


@pytest.mark.parametrize(("text", "parties"), [
    # two companies joined by "and", the second named by its state: two parties, and the first's state is whose it is
    ("Uzbekistan's national railway company Example Yo'llari and China Sample Group signed a framework agreement on the "
     "construction of the Uzbek section of the China–Kyrgyzstan–Uzbekistan railway.", ["Example Yo'llari", "China Sample Group"]),
    # the states of a route's name are the parties where the sentence names no other
    ("An intergovernmental agreement on the China-Kyrgyzstan-Uzbekistan railway project was signed in Beijing, "
     "capital of China, on Thursday.", ["china", "kyrgyzstan", "uzbekistan"]),
])
def test_companies_joined_by_and_and_the_states_of_a_routes_name(real_data, real_names, text, parties):
    """The sentences are written for this test."""
    [agreement] = Extractor(real_data, real_names, PartialDate(2025, 6, 5)).read(sentences([text])).agreements
    assert [display(real_data, p.value) if not isinstance(p.value, str) else p.value for p in agreement.parties] == parties


def test_a_wires_lead_its_deals_included_and_what_its_speaker_says_will_be_signed(real_data, real_names):
    """The sentences are written for this test: a visit by a head during which documents were signed is to the city of
    the dateline; "the deals include" lists them; who says a document was or will be signed is not its signatory."""
    drafts = Extractor(real_data, real_names, PartialDate(2025, 3, 14)).read(sentences([
        "ASTANA, March 12 (Reuters) - Kazakhstan and South Korea signed agreements worth $3.5 billion during a visit by "
        "South Korean President Yoon Suk Yeol, Kazakh President Kassym-Jomart Tokayev's office said.",
        "The deals include a memorandum on critical minerals and a contract for the construction of a gas processing plant.",
        "President Tokayev said the countries would sign an agreement on visa-free travel later this year."]))
    assert [(e.name.value, e.kind.value) for e in drafts.events] == [("Visit of Yoon Suk Yeol to Kazakhstan", "visit")]
    assert [(a.kind.value, a.planned, [s[0].value for s in a.signatories]) for a in drafts.agreements] == [
        ("package", False, []), ("memorandum of understanding", False, []), ("contract", False, []), ("agreement", True, [])]


def test_a_protocol_and_a_number_of_agreements_by_field_each_with_its_own_title(real_data, real_names):
    """The sentences are written for this test: the protocol does not take the agreements' subjects for its title."""
    drafts = Extractor(real_data, real_names, PartialDate(2025, 10, 15)).read(sentences([
        "Following the meeting, Kazakhstan and China signed a protocol and a number of agreements in the fields of agriculture and transport.",
        "Russia and Tajikistan also signed a protocol to the intergovernmental agreement on the conditions for the placement of "
        "diplomatic missions."]))
    assert [(a.kind.value, a.title.value) for a in drafts.agreements] == [
        ("protocol", "Protocol between Kazakhstan and China"), ("agreement", "Agreement in the field of agriculture"),
        ("agreement", "Agreement in the field of transport"),
        ("protocol", "Protocol to the intergovernmental agreement on the conditions for the placement of diplomatic missions")]


def test_the_start_of_what_a_document_provides_for_is_not_its_date_nor_is_a_periods_year():
    """The sentences are written for this test."""
    tuesday = PartialDate(2025, 2, 11)
    assert [d.text for d in dates_in("Türkiye and Turkmenistan signed an agreement to supply gas starting on March 1, the minister "
                                     "said on Tuesday.", tuesday)] == ["Tuesday"]
    assert [d.text for d in dates_in("The deal, effective from 1 January 2025, was signed on Monday.", tuesday)] == ["Monday"]
    assert dates_in("They adopted a plan of action through March 2030.", tuesday) == []


def test_bodies_named_by_what_they_are_a_union_and_a_visit_to_here_or_to_the_country(base):
    """The sentences are written for this test: "the inking of" a declaration a place witnessed is its signing; "the
    European Union" and a company named after a lower-case description ("aerospace giant Boeing") are parties; a visit
    "here" is to the dateline's city, and one "to the country" to that of the city the sentence names."""
    drafts = drafts_from(base, PartialDate(2025, 2, 26), [
        "Shusha also witnessed a more important event, the inking of the Garabagh Declaration.",
        "Kazakhstan and the European Union signed a memorandum on raw materials.",
        "Uzbekistan Airways has inked an $8 billion deal with aerospace giant Boeing."])
    assert [(a.kind.value, [p.value if isinstance(p.value, str) else p.value.name.value for p in a.parties]) for a in drafts.agreements] == [
        ("declaration", []), ("memorandum of understanding", ["kazakhstan", "European Union"]),
        ("agreement", ["Uzbekistan Airways", "Boeing"])]
    assert [(a.name.value, a.kind) for a in drafts.actors if a.name.value in ("European Union", "Boeing")] == [
        ("European Union", "organisation"), ("Boeing", "company")]
    here = drafts_from(base, PartialDate(2025, 2, 26), [
        "TASHKENT, Feb 26 (APP) - Prime Minister Shehbaz Sharif, who arrived here on a two-day visit, held talks with Uzbek "
        "President Shavkat Mirziyoyev.",
        "The agreement was signed in Ankara during British Prime Minister Keir Starmer's first visit to the country."])
    assert [e.name.value for e in here.events if e.kind.value == "visit"] == [
        "Visit of Shehbaz Sharif to Uzbekistan", "Visit of Keir Starmer to Türkiye"]


def test_ministries_named_by_their_field_a_body_after_and_xs_and_a_visit_being_prepared(base):
    """The sentences are written for this test: in a list after two states' talks, "between ministries of health" are
    the two states' ministries of health; "… of Uzbekistan and Israel's Agency for …" are two bodies; a visit a roadmap
    prepares is yet to come."""
    drafts = drafts_from(base, PartialDate(2025, 3, 12), [
        "On March 11, in Tashkent, following the talks between the Uzbek and Kyrgyz leaders, 12 documents were signed:",
        "- Agreement between ministries of health on cooperation in the field of health;",
        "- The program of cooperation between the foreign ministries for 2025–2026.",
        "The Memorandum of Understanding between the Ministry of Investments of Uzbekistan and Israel’s Agency for International "
        "Development Cooperation was signed in Tashkent.",
        "In addition, a roadmap for preparing the state visit of President of Azerbaijan Ilham Aliyev to Uzbekistan was approved."])
    parties = [[p.value if isinstance(p.value, str) else p.value.name.value for p in a.parties] for a in drafts.agreements if not a.is_package]
    assert parties[:3] == [["Ministry of Health of Uzbekistan", "Ministry of Health of Kyrgyzstan"],
                           ["Ministry of Foreign Affairs of Uzbekistan", "Ministry of Foreign Affairs of Kyrgyzstan"],
                           ["Ministry of Investments of Uzbekistan", "Agency for International Development Cooperation of Israel"]]
    assert [(e.name.value, e.planned) for e in drafts.events if e.kind.value == "visit"] == [("State visit of Ilham Aliyev to Uzbekistan", True)]


def test_whose_officials_the_second_partner_and_another_memorandum_with_a_new_party(base):
    """The sentences are written for this test: "officials from Iran" are Iran's; "with Masdar and SOCAR" names two
    partners, "ACWA Power" (a word in capitals) is a company that signs; a memorandum with the European Union after one with
    the United States is another; "today's agreement" is the one told of; "In April" dates the clause it is in."""

    def parties_of(drafts):
        return [[p.value if isinstance(p.value, str) else p.value.name.value for p in a.parties] for a in drafts.agreements]

    officials = drafts_from(base, PartialDate(2025, 1, 16), [
        "Top officials from Iran and Tajikistan have signed 23 memoranda of understanding."])
    assert parties_of(officials) == [["iran", "tajikistan"]]
    partners = drafts_from(base, PartialDate(2025, 1, 16), [
        "ACWA Power signed a memorandum of understanding with Masdar and SOCAR on Monday.",
        "“The signing of today’s agreement is a result of our work,” the minister said."])
    assert parties_of(partners) == [["ACWA Power", "Masdar", "SOCAR"]]
    another = drafts_from(base, PartialDate(2024, 9, 17), [
        "Uzbekistan and the United States have signed a Memorandum of Understanding on Critical Minerals.",
        "In April, Uzbekistan signed a memorandum with the European Union on the supply of critical raw materials.",
        "In April, a similar document was signed with the EU, and a recent declaration was inked with Germany."])
    assert [(a.kind.value, str(a.date_signed.value) if a.date_signed else None) for a in another.agreements] == [
        ("memorandum of understanding", None), ("memorandum of understanding", "2024-04"), ("declaration", None)]
    assert parties_of(another)[1] == ["uzbekistan", "European Union"]


def test_a_summit_named_as_several_recorded_ones_are_is_none_of_them_unless_one_was_just_held(real_data, real_names):
    """The sentence is written for this test: the data records several summits of the Organization of Turkic States that
    this name fits as well; one of them held in the ten days up to the report is the one."""
    sentence = "In addition, the following documents were signed as part of the Summit of the Heads of State of the Organization of Turkic States:"
    just_after = Extractor(real_data, real_names, PartialDate(2024, 11, 6)).read(sentences([sentence]))
    assert [i for i in just_after.linked if real_data.kind(i) == "event"] == ["ots-summit-bishkek-2024"]
    long_after = Extractor(real_data, real_names, PartialDate(2024, 12, 20)).read(sentences([sentence]))
    assert [i for i in long_after.linked if real_data.kind(i) == "event"] == []


def test_a_pairs_partnership_a_package_exchanged_before_the_heads_an_office_in_an_aside_and_whose_visit(base):
    """The sentences are written for this test: "China-Tajikistan … partnership" names both states; "witnessed the exchange
    of more than 20 … documents" is a package signed; "the visit of President of Kazakhstan …" after two companies' memorandum
    names whose president, not a party; "…, President X and South Korean President Y held talks" are their talks, not the
    speaker's; the visitor is the one "who arrived … for an official visit", not a "Parliament …" person."""
    drafts = drafts_from(base, PartialDate(2024, 7, 6), [
        "Chinese President Xi Jinping and Tajik President Emomali Rahmon held talks in Dushanbe on Friday.",
        "They signed a joint statement announcing the establishment of China-Tajikistan comprehensive strategic cooperative partnership.",
        "The two leaders witnessed the exchange of more than 20 inter-governmental and inter-departmental documents.",
        "In November 2022, Orano and Kazatomprom signed a memorandum of cooperation as part of the visit of President of "
        "Kazakhstan Kassym-Jomart Tokayev to France."])
    assert [(a.kind.value, [p.value if isinstance(p.value, str) else p.value.name.value for p in a.parties]) for a in drafts.agreements] == [
        ("joint statement", ["china", "tajikistan"]), ("package", ["china", "tajikistan"]),
        ("memorandum of understanding", ["Orano", "Kazatomprom"])]
    events = drafts_from(base, PartialDate(2024, 5, 20), [
        "Meredov recalled that on the sidelines of the UN General Assembly, President Serdar Berdimuhamedov and South Korean "
        "President Yoon Suk Yeol held talks.",
        "Chairman of the Majilis of the Kazakh Parliament Yerlan Koshanov met today with Speaker of the Grand National Assembly of "
        "the Republic of Türkiye Numan Kurtulmuş, who arrived in Astana for an official visit."]).events
    assert [e.name.value for e in events if e.kind.value in ("visit", "meeting")] == [
        "Talks of Serdar Berdimuhamedov and Yoon Suk Yeol", "Official visit of Numan Kurtulmuş to Kazakhstan",
        "Meeting of Yerlan Koshanov and Numan Kurtulmuş"]


def test_a_name_after_its_office_of_a_state_and_a_comma_and_no_body_for_a_person():
    """The sentences are written for this test."""
    found = people("The memorandum was signed during a meeting between the Minister of Foreign Affairs of the Republic of Kazakhstan, "
                   "Murat Nurtleu, and Member of the Politburo of the CPC Central Committee, Minister of Foreign Affairs of the "
                   "People's Republic of China, Wang Yi, Trend reports.")
    assert [(p.name, p.office) for p in found] == [
        ("Murat Nurtleu", "Minister of Foreign Affairs of the Republic of Kazakhstan"),
        ("Wang Yi", "Minister of Foreign Affairs of the People's Republic of China")]
    assert [p.name for p in people("On the sidelines of the UN General Assembly, President Serdar Berdimuhamedov spoke.")] == [
        "Serdar Berdimuhamedov"]


def test_what_is_only_to_be_signed_ended_with_or_told_of_and_an_adoption_welcomed(base):
    """The sentences are written for this test: "readiness … to sign" and "concluded with an agreement to deepen" sign
    nothing; "an inventory of adopted documents" tells of documents; "a number of new agreements and contracts were
    signed" is a package; "in Sharm El Shaikh, Egypt." is where; "welcomed the adoption of the Program" adopts it, and "a
    key proposal was the adoption of" does not."""
    nothing = drafts_from(base, PartialDate(2024, 3, 23), [
        "In addition, readiness was noted to accelerate the feasibility study, as well as to sign the corresponding agreement.",
        "The meeting concluded with an agreement to further deepen inter-parliamentary dialogue.",
        "The parties stressed the role of the MPs in conducting an inventory of adopted documents.",
        "A key proposal was the adoption of a joint Action Plan to enhance trade turnover."])
    assert nothing.agreements == []
    drafts = drafts_from(base, PartialDate(2024, 8, 9), [
        "The results of the meetings were noted, during which a number of new agreements and contracts were signed.",
        "Kazakhstan and the EU signed an agreement on the sidelines of the COP 27 climate conference in Sharm El Shaikh, Egypt.",
        "The heads of state welcomed the adoption of the Program of strategic partnership and alliance."])
    assert [(a.kind.value, [p.value if isinstance(p.value, str) else p.value.name.value for p in a.parties]) for a in drafts.agreements] == [
        ("package", []), ("agreement", ["kazakhstan", "EU"]), ("programme", [])]


def test_a_visit_that_culminated_in_signings_and_a_programme_for_the_next_years(base):
    """The sentences are written for this test: "culminated in the signing of agreements" is a package signed; a
    programme "for the next 10 years" that "was adopted" is adopted, not planned."""
    drafts = drafts_from(base, PartialDate(2024, 8, 9), [
        "The president welcomed the visit of the delegation, which culminated in the signing of agreements for projects in energy.",
        "As a result of the talks, a Program of strategic partnership and alliance for the next 10 years was adopted."])
    assert [(a.kind.value, a.planned) for a in drafts.agreements] == [("package", False), ("programme", False)]


def test_a_report_that_opens_on_the_document_signed_and_relays_a_body(base):
    """The sentences are written for this test: a report's first document may come with "the" ("The agreement on the
    accession of … has been signed"): it is told for the first time, not a reference to one before; its title stops at
    its verb. Who a report relays ("Trend reports via Kazakhstan Railways", "according to Uzbekistan's ministry") tells,
    and is not a party. "The joint declaration adopted as a result is historic" tells of a document, and "The agreement
    … will enhance transit, X said at a signing ceremony of the memorandum" does not sign an agreement."""
    drafts = drafts_from(base, PartialDate(2025, 11, 18), [
        "The agreement on the accession of Chinese railways to the joint venture Middle Corridor Multimodal Ltd. has been "
        "signed, Trend reports via Kazakhstan Railways (KTZ).",
        "China and Kyrgyzstan signed a memorandum on water, according to Uzbekistan's ministry."])
    assert [(a.kind.value, str(a.title.value), sorted(str(p.value) if isinstance(p.value, str) else p.value.name.value for p in a.parties))
            for a in drafts.agreements] == [
        ("agreement", "Agreement on the accession of Chinese railways", ["Middle Corridor Multimodal Ltd"]),
        ("memorandum of understanding", "Memorandum on water", ["china", "kyrgyzstan"])]
    alone = drafts_from(base, PartialDate(2025, 11, 18), ["The agreement on energy cooperation has been signed in Astana."])
    assert [str(a.title.value) for a in alone.agreements] == ["Agreement on energy cooperation"]
    for told_of in ("Our meeting in Astana and the joint declaration adopted as a result are a historic event, said the president.",
                    "The agreement between the port and the holding will enhance transit, its director said at a signing ceremony of "
                    "the memorandum."):
        assert drafts_from(base, PartialDate(2025, 4, 21), [told_of]).agreements == []


def test_documents_concluded_with_countries_listed_after_a_dash(base):
    """The sentences are written for this test: "agreements have been concluded with five countries – A, B, C, D and E"
    is one with each (the dash opens the list of the clause's own names, it does not end the clause), and "have been
    concluded with" is a signing where "the meeting concluded with an agreement" is not."""
    drafts = drafts_from(base, PartialDate(2023, 9, 20), [
        "Similar bilateral agreements have been concluded with five countries – Azerbaijan, Kyrgyzstan, Tajikistan and Uzbekistan, "
        "the vice minister said."])
    assert [sorted(str(p.value) for p in a.parties) for a in drafts.agreements] == [
        ["azerbaijan"], ["kyrgyzstan"], ["tajikistan"], ["uzbekistan"]]
    assert drafts_from(base, PartialDate(2023, 9, 20), ["The meeting concluded with an agreement to deepen dialogue."]).agreements == []


def test_a_document_between_the_cities_of_two_names_is_theirs(base):
    """The sentence is written for this test: "between the cities of Abu Dhabi and Bishkek" names the pair that signs,
    as "between Abu Dhabi and Bishkek" does."""
    drafts = drafts_from(base, PartialDate(2022, 11, 1), ["A twinning agreement between the cities of Abu Dhabi and Bishkek was also signed."])
    assert [str(a.title.value) for a in drafts.agreements] == ["Agreement between Abu Dhabi and Bishkek"]
    assert len(drafts.agreements[0].parties) == 2


def test_a_company_after_its_countrys_adjective_and_who_said_it_is_a_clause_of_its_own(base):
    """The sentences are written for this test: "with Turkish Albayrak Holding" names the company "Albayrak Holding" (an
    adjective of a country before a company's name says whose it is), where "Turkish Airlines Company" is no "Airlines
    Company"; the "will" of what the director said is his words' own clause, not the signing's he said it at."""
    [memorandum] = drafts_from(base, PartialDate(2022, 7, 15), [
        "The deal will enhance Azerbaijan's transit potential, Director-General Taleh Ziyadov said at a signing ceremony of "
        "the Memorandum of Understanding with Turkish Albayrak Holding on July 15."]).agreements
    assert (memorandum.kind.value, memorandum.planned, str(memorandum.date_signed.value)) == ("memorandum of understanding", False, "2022-07-15")
    assert party_names(memorandum) == ["new: Albayrak Holding"]
    [deal] = drafts_from(base, PartialDate(2022, 7, 15), ["Uzbekistan signed a deal with Turkish Airlines Company."]).agreements
    assert "new: Airlines Company" not in party_names(deal)


def test_a_head_whose_state_is_not_told_signs_for_the_visits_other_state(base):
    """The sentences are written for this test: on the state visit of the President of Uzbekistan to Kyrgyzstan,
    "President Shavkat Mirziyoyev and President Sadyr Zhaparov signed a Declaration" is of Uzbekistan, whose president
    the report named, and of Kyrgyzstan, the visit's other state; without a visit, no state the text does not tell."""
    visit = "Following the talks within the framework of the state visit of the President of Uzbekistan Shavkat Mirziyoyev to Kyrgyzstan, a ceremony took place."
    signing = "President Shavkat Mirziyoyev and President Sadyr Zhaparov signed a Declaration on strategic partnership."
    [declaration] = drafts_from(base, PartialDate(2023, 1, 26), [visit, signing]).agreements
    assert sorted(party_names(declaration)) == ["kyrgyzstan", "uzbekistan"]
    [alone] = drafts_from(base, PartialDate(2023, 1, 26), ["President of Uzbekistan Shavkat Mirziyoyev met the press.", signing]).agreements
    assert "kyrgyzstan" not in party_names(alone)


def test_a_company_enters_into_an_agreement_with_a_government_and_a_commissions_protocol_is_its_states(base):
    """The sentences are written for this test: "entered into" an agreement and "executed" a protocol sign it, "executed
    the project" signs nothing; "Gazprom and the government of Kazakhstan" are the company and the state its government
    signs for; the protocol "of the 14th convening of the Joint Intergovernmental Commission" is the record of that
    meeting of the two states the report names, not an agreement of the commission as a body."""
    [agreement] = drafts_from(base, PartialDate(2024, 3, 22), [
        "Gazprom and the government of Kazakhstan entered into a Strategic Partnership Agreement."]).agreements
    assert sorted(party_names(agreement)) == ["kazakhstan", "new: Gazprom"]
    assert drafts_from(base, PartialDate(2024, 3, 22), ["The company executed the project on time."]).agreements == []
    [protocol] = drafts_from(base, PartialDate(2026, 3, 4), [
        "Turkmenistan and Tajikistan discussed trade during the 14th meeting of their Joint Intergovernmental Commission.",
        "On March 4, the parties executed the protocol of the 14th convening of the Joint Intergovernmental Commission."]).agreements
    assert (protocol.kind.value, sorted(party_names(protocol)), str(protocol.date_signed.value)) == (
        "protocol", ["tajikistan", "turkmenistan"], "2026-03-04")


def test_documents_counted_and_named_then_counted_again_are_no_package(base):
    """The sentences are written for this test: "signed two agreements, including A and B" drafts A and B; "concluded
    their talks with the signing of two documents" tells of the same two again, not of a package beside them. Where
    the count is new ("signed five documents"), the package is drafted."""
    named = "The foreign ministers of Uzbekistan and Turkmenistan have signed two agreements, including a Cooperation Program and a Protocol on consular affairs."
    drafts = drafts_from(base, PartialDate(2025, 1, 28), [named, "The ministers concluded their talks with the signing of two important documents."])
    assert [a.kind.value for a in drafts.agreements] == ["programme", "protocol"]
    drafts = drafts_from(base, PartialDate(2025, 1, 28), [named, "Uzbekistan and Turkmenistan signed five documents in all."])
    assert [a.kind.value for a in drafts.agreements] == ["programme", "protocol", "package"]


def test_an_additional_agreement_of_three_bodies_after_one_signed_before_a_quoted_name(base):
    """The sentences are written for this test: the comma inside the quoted name "Programme to Combat Tuberculosis,
    Stage VI" closes no aside, so the agreement "which was signed in 2020" keeps its date, and its parties are those of
    its own clause before "which"; "an additional agreement" is one more, not the one before told again; the "and" in
    "Ministry of Economic Development and Trade" joins no pair, and "the Pamir Energy company" is a company though a
    sector's word is in its name."""
    drafts = drafts_from(base, PartialDate(2022, 5, 26), [
        "Funds were allocated under the agreement between Tajikistan and Germany on financial cooperation, which was signed in "
        "2020 to finance the project “Programme to Combat Tuberculosis, Stage VI.”",
        "Also, an additional agreement was signed on a grant between the Ministry of Economic Development and Trade of Tajikistan, "
        "the German Development Bank, and the Pamir Energy company."])
    first, second = drafts.agreements
    assert (party_names(first), str(first.date_signed.value)) == (["tajikistan", "germany"], "2020")
    assert party_names(second) == ["new: Ministry of Economic Development and Trade of Tajikistan", "new: German Development Bank", "new: Pamir Energy"]


def test_states_that_signed_told_again_as_their_ministries_are_those_ministries(base):
    """The sentences are written for this test: "Pakistan, Afghanistan, and Uzbekistan have signed a framework agreement",
    then "The framework agreement … was signed between Afghanistan's Ministry of Public Works, Uzbekistan's Ministry of
    Transport, and Pakistan's Ministry of Railways": its parties are the three ministries (each named as a record would
    name it, "Ministry of … of <state>"), one of each state, not the states."""
    [agreement] = drafts_from(base, PartialDate(2025, 7, 18), [
        "Pakistan, Afghanistan, and Uzbekistan have signed a trilateral framework agreement for the railway project.",
        "The framework agreement for the railway project was signed between Afghanistan’s Ministry of Public Works, "
        "Uzbekistan’s Ministry of Transport, and Pakistan’s Ministry of Railways."]).agreements
    assert party_names(agreement) == ["new: Ministry of Public Works of Afghanistan", "new: Ministry of Transport of Uzbekistan",
                                      "new: Ministry of Railways of Pakistan"]


def test_a_headline_is_read_where_the_text_states_no_document(tmp_path, base):
    """The report is written for this test: its headline states the signing ("Uzbekistan and Kazakhstan signed the Treaty
    of Alliance") and its text only the talks; the headline is read with the text, where the text alone states no
    document. Where the text states one, the headline (which tells the same in fewer words) is not read again."""
    from accords.drafting.evaluate import read_test_article
    from accords.drafting.extract import draft_article

    _, dataset, names = base
    report = tmp_path / "report.txt"
    report.write_text("FICTIONAL TEST FIXTURE: not a real report\nUzbekistan and Kazakhstan signed the Treaty of Alliance\n\n"
                      "The presidents of Uzbekistan and Kazakhstan held talks in Tashkent on Thursday, the press service reports.\n\n"
                      "The talks covered trade, energy and transport, and the presidents praised the growth of trade.\n", encoding="utf-8")
    article = read_test_article(report)
    assert article.title == "Uzbekistan and Kazakhstan signed the Treaty of Alliance"
    [treaty] = draft_article(dataset, names, PartialDate(2022, 12, 22), article).agreements
    assert (treaty.kind.value, str(treaty.title.value), sorted(party_names(treaty))) == ("treaty", "Treaty of Alliance", ["kazakhstan", "uzbekistan"])
    report.write_text("FICTIONAL TEST FIXTURE: not a real report\nUzbekistan and Kazakhstan signed the Treaty of Alliance\n\n"
                      "The presidents of Uzbekistan and Kazakhstan signed the Treaty of Alliance in Tashkent on Thursday, the press service reports.\n",
                      encoding="utf-8")
    [told_once] = draft_article(dataset, names, PartialDate(2022, 12, 22), read_test_article(report)).agreements
    assert str(told_once.date_signed.value) == "2022-12-22"


def test_the_two_countries_of_a_package_with_one_state_named_are_the_two_the_report_names(base):
    """The sentences are written for this test: "To strengthen cooperation between the two countries, 14 agreements were
    signed in the presence of … Uzbekistan Deputy Prime Minister …" in a report that names Saudi Arabia and Uzbekistan: the
    package, and the documents its list names, are of both; where the report names three states, no second is guessed."""
    lead = "Saudi Arabia’s Crown Prince discussed cooperation with Uzbekistan President Shavkat Mirziyoyev on Wednesday."
    signed = ("To strengthen cooperation between the two countries, 14 bilateral agreements were signed in the presence of "
              "Uzbekistan Deputy Prime Minister Jamshid Khodjaev.")
    listed = "Among those signed are MoUs for cooperation in the fields of tourism, energy, sports as well as a labour agreement."
    drafts = drafts_from(base, PartialDate(2022, 8, 18), [lead, signed, listed])
    assert [(a.kind.value, sorted(party_names(a))) for a in drafts.agreements] == [
        ("package", ["saudi-arabia", "uzbekistan"]), *[("memorandum of understanding", ["saudi-arabia", "uzbekistan"])] * 3,
        ("agreement", ["saudi-arabia", "uzbekistan"])]
    three = drafts_from(base, PartialDate(2022, 8, 18), [lead.replace("Wednesday", "Wednesday in Qatar"), signed])
    assert [sorted(party_names(a)) for a in three.agreements] == [["uzbekistan"]]


def test_programmes_between_pairs_of_regions_are_each_of_its_two_regions(base):
    """The sentence is written for this test: "between Jizzakh and Issyk-Kul regions, Andijan and Osh regions" is a
    programme of each pair, its parties the two regions named with the word they share; "between Uzbek and Azerbaijani
    regions" names whose regions, not two regions."""
    drafts = drafts_from(base, PartialDate(2023, 1, 26), [
        "Programs were also signed for 2023-2025 between Jizzakh and Issyk-Kul regions, Andijan and Osh regions."])
    assert [sorted(party_names(a)) for a in drafts.agreements] == [
        ["new: Issyk-Kul region", "new: Jizzakh region"], ["new: Andijan region", "new: Osh region"]]
    ties = drafts_from(base, PartialDate(2025, 7, 3), ["An agreement on fraternal ties between Uzbek and Azerbaijani regions was signed."])
    assert not any("region" in name for a in ties.agreements for name in party_names(a))


def test_the_heads_in_whose_presence_documents_were_signed_are_their_witnesses(base):
    """The sentences are written for this test: "In the presence of the heads of state, 2 documents were signed:" after
    the talks of two presidents: the two (named without "Honorable") witness each document of the list; "17 agreements
    were signed in the presence of Prime Minister X" has X as witness; with no heads told of before, no witness."""
    talks = ("The President of Tajikistan, Honorable Emomali Rahmon, and the President of Kazakhstan, Honorable Kassym-Jomart "
             "Tokayev, held talks in Astana on Thursday.")
    drafts = drafts_from(base, PartialDate(2023, 5, 4), [
        talks, "In the presence of the heads of state, 2 new documents of cooperation were signed:",
        "- Memorandum of understanding between the Ministry of Energy of Tajikistan and the Ministry of Energy of Kazakhstan;",
        "- Roadmap between the Ministry of Agriculture of Tajikistan and the Ministry of Agriculture of Kazakhstan."])
    assert [sorted(w.value.name.value for w in a.witnesses) for a in drafts.agreements if not a.is_package] == [
        ["Emomali Rahmon", "Kassym-Jomart Tokayev"]] * 2
    named = drafts_from(base, PartialDate(2023, 5, 4), ["Kazakhstan and China signed 17 agreements in the presence of Prime Minister Li Qiang."])
    assert [[w.value.name.value for w in a.witnesses] for a in named.agreements] == [["Li Qiang"]]
    alone = drafts_from(base, PartialDate(2023, 5, 4), ["Kazakhstan and China signed 17 agreements in the presence of the heads of state."])
    assert [a.witnesses for a in alone.agreements] == [[]]


def test_signers_named_after_a_plural_office_or_their_states_possessive_sign(base):
    """The sentences are written for this test: "Foreign Ministers Murat Nurtleu and Park Jin have signed" names two
    signers of the plural office; "signed by Hakan Fidan, his Azerbaijani counterpart Jeyhun Bayramov and Uzbekistan's
    Bakhtiyor Saidov" three, the last for the state his possessive names."""
    [memorandum] = drafts_from(base, PartialDate(2023, 5, 31), [
        "Kazakhstani and South Korean Foreign Ministers Murat Nurtleu and Park Jin have signed a memorandum of cooperation today."]).agreements
    assert [s[0].value.name.value for s in memorandum.signatories] == ["Murat Nurtleu", "Park Jin"]
    [declaration] = drafts_from(base, PartialDate(2025, 1, 30), [
        "The declaration on demining was signed by Foreign Minister Hakan Fidan, his Azerbaijani counterpart Jeyhun Bayramov and "
        "Uzbekistan's Bakhtiyor Saidov in Ankara."]).agreements
    assert [(s[0].value.name.value, s[2]) for s in declaration.signatories][-1] == ("Bakhtiyor Saidov", "uzbekistan")


@pytest.mark.parametrize("sentence", [
    "The two presidents then witnessed the signing ceremony of several agreements and memoranda of understanding in Astana.",
    "The visit was followed by the exchange of a number of documents on cooperation between the two governments.",
    "At the forum, a series of memoranda and agreements were signed between Kazakhstan and Azerbaijan.",
    "Kazakhstan and Azerbaijan signed numerous partnership deals at the business council."])
def test_documents_signed_without_a_number_by_any_word_that_leaves_it_unsaid_are_a_package(base, sentence):
    """The sentences are written for this test: a signing (a verb, or its noun: "the signing ceremony of", "the exchange
    of") of documents whose number a word leaves unsaid ("several", "a number of", "a series of", "numerous"), in either
    order, is one package the text does not count."""
    drafts = drafts_from(base, PartialDate(2024, 6, 5), [sentence])
    assert [(a.kind.value, a.is_package, a.documents) for a in drafts.agreements] == [("package", True, None)]


def test_a_place_before_an_office_is_no_person_and_a_fathers_name_after_bin_is_no_office():
    """The sentences are written for this test: in "In Abu Dhabi, President X will …" the office after the comma is X's, not
    the office of a person called "In Abu Dhabi"; in "Sheikh Zayed bin Sultan Al Nahyan", "Sultan" after "bin" is a name."""
    assert [(p.name, p.office) for p in people(
        "In Abu Dhabi, President Shavkat Mirziyoyev will hold talks with Sheikh Mohammad bin Zayed Al Nahyan.")] == [
        ("Shavkat Mirziyoyev", "President"), ("Mohammad bin Zayed Al Nahyan", "Sheikh")]
    assert [p.name for p in people("A school will carry the name of the late Sheikh Zayed bin Sultan Al Nahyan.")] == [
        "Zayed bin Sultan Al Nahyan"]


def test_people_a_document_was_signed_between_sign_it_and_who_announces_it_does_not(base):
    """The sentences are written for this test: "signed between" two heads named by their offices: they sign; "signed
    between" two companies, as a minister "has announced": he does not."""
    drafts = drafts_from(base, PartialDate(2023, 11, 8), [
        "The joint statement was signed between Iranian President Ebrahim Raisi and his Tajik counterpart Emomali Rahmon in Dushanbe."])
    assert [str(s[0].value.name.value) for s in drafts.agreements[0].signatories] == ["Ebrahim Raisi", "Emomali Rahmon"]
    drafts = drafts_from(base, PartialDate(2025, 2, 11), [
        "An agreement has been signed between BOTAŞ and Turkmengaz to bring gas to Türkiye, Energy Minister Alparslan Bayraktar has announced."])
    assert drafts.agreements[0].signatories == []


def test_they_who_signed_are_the_two_whose_talks_the_sentence_before_tells_of(base):
    """The sentences are written for this test: "They jointly signed" right after the talks of two named presidents: those
    two sign, with the offices that sentence gives them; two sentences further on, "They" is nobody the tool can tell."""
    talks = "Kazakh President Kassym-Jomart Tokayev and Chinese President Xi Jinping held talks in Astana on Wednesday."
    drafts = drafts_from(base, PartialDate(2024, 7, 3), [talks, "They jointly signed a joint statement on strategic partnership."])
    assert [(s[0].value.name.value, s[1]) for s in drafts.agreements[0].signatories] == [
        ("Kassym-Jomart Tokayev", "Kazakh President"), ("Xi Jinping", "Chinese President")]  # the offices the talks' sentence gives
    drafts = drafts_from(base, PartialDate(2024, 7, 3), [talks, "The sides discussed trade.", "They signed a joint statement on trade."])
    assert drafts.agreements[0].signatories == []


def test_a_ministry_that_reports_a_ratification_and_the_kind_words_after_a_name_are_no_parties(base):
    """The sentences are written for this test: "…, reported the Ministry of Energy" tells who reports; "China Railway (CR)
    State Corporation" is China Railway, "State Corporation" naming no body of its own."""
    drafts = drafts_from(base, PartialDate(2026, 3, 12), [
        "The lower chamber has ratified an agreement on green energy between Kazakhstan, Azerbaijan and Uzbekistan, reported the Ministry of Energy."])
    assert [p.value for p in drafts.agreements[0].parties] == ["kazakhstan", "azerbaijan", "uzbekistan"]
    drafts = drafts_from(base, PartialDate(2025, 7, 9), [
        "A memorandum was signed between Azerbaijan Railways CJSC (ADY) and China Railway (CR) State Corporation on July 8."])
    assert [p.value.name.value for p in drafts.agreements[0].parties] == ["Azerbaijan Railways CJSC", "China Railway"]


def test_a_pair_after_between_that_gives_no_two_parties_leaves_the_two_states_of_the_subject(base):
    """The sentence is written for this test: "Azerbaijan and Iran signed a memorandum on links between the X region and the
    Y Republic through the territory of Iran": the pair names no two parties, so the subject's two states are the parties
    (Iran alone had been)."""
    drafts = drafts_from(base, PartialDate(2022, 3, 12), [
        "Azerbaijan and Iran have signed a memorandum on new links between the East Zangazur economic region and the Nakhchivan "
        "Autonomous Republic through the territory of Iran."])
    assert [p.value for p in drafts.agreements[0].parties] == ["azerbaijan", "iran"]


def test_presidents_named_after_their_plural_office_each_hold_it_in_the_singular():
    """The sentences are written for this test."""
    assert [(p.name, p.office) for p in people("The Agreement was signed by Presidents Ilham Aliyev and Shavkat Mirziyoyev in August.")] == [
        ("Ilham Aliyev", "President"), ("Shavkat Mirziyoyev", "President")]
    assert [(p.name, p.office) for p in people("It was signed by Foreign Ministers Murat Nurtleu and Park Jin.")] == [
        ("Murat Nurtleu", "Foreign Minister"), ("Park Jin", "Foreign Minister")]
    assert [(p.name, p.office) for p in people("Chairman of the Cabinet of Ministers Akylbek Japarov spoke.")] == [
        ("Akylbek Japarov", "Chairman of the Cabinet of Ministers")]


def test_the_heads_of_states_who_signed_are_the_two_of_the_talks_as_the_heads_of_state_are(base):
    """The sentences are written for this test: "The heads of states" (a plural some reports write) sign as "the heads of
    state" do: the two whose talks the report told of before."""
    drafts = drafts_from(base, PartialDate(2022, 9, 15), [
        "Uzbek President Shavkat Mirziyoyev and Chinese leader Xi Jinping held talks in Samarkand on Thursday.",
        "The heads of states signed a joint statement on the comprehensive strategic partnership."])
    assert [s[0].value.name.value for s in drafts.agreements[0].signatories] == ["Shavkat Mirziyoyev", "Xi Jinping"]


def test_a_title_runs_on_over_an_en_dash_between_names():
    """The sentence is written for this test: "EU–Central Asia" with an en dash is one name in the title, as with a hyphen."""
    assert title_of("The Roadmap for Deepening EU–Central Asia Engagement was adopted in Luxembourg.", AgreementKind.roadmap) == (
        "Roadmap for Deepening EU–Central Asia Engagement", True)


def test_a_document_whose_signing_followed_the_dated_talks_takes_their_day(base):
    """The sentences are written for this test: "The meeting was followed with the signing of a protocol" dates the protocol
    by the talks "on Wednesday" (12 October 2022), as "Following the meeting, … signed" does."""
    drafts = drafts_from(base, PartialDate(2022, 10, 12), [
        "The Emir of Qatar held talks with Kazakh President Kassym-Jomart Tokayev in Astana on Wednesday.",
        "The Emir also welcomed all fans to visit Qatar for the World Cup, set to kick off next month.",
        "Both leaders also witnessed the signing ceremony of several agreements and memoranda at the Ak Orda Palace.",
        "The meeting was followed with the signing of a protocol on visa requirements between Qatar and Kazakhstan."])
    assert [(a.kind.value, str(a.date_signed.value) if a.date_signed else None) for a in drafts.agreements][-1] == ("protocol", "2022-10-12")


def test_people_named_after_a_plural_office_or_by_whom_a_document_was_inked_sign_it(base):
    """The sentences are written for this test: "signed by the energy ministers of the two countries, A and B" (each holds
    the office in the singular) and "was inked by A and B" name who signs."""
    drafts = drafts_from(base, PartialDate(2025, 4, 9), [
        "The memorandum on energy between Kazakhstan and Azerbaijan was signed by the energy ministers of the two countries, "
        "Almasadam Satkaliyev and Parviz Shahbazov."])
    assert [(s[0].value.name.value, s[1]) for s in drafts.agreements[0].signatories] == [
        ("Almasadam Satkaliyev", "energy minister"), ("Parviz Shahbazov", "energy minister")]
    drafts = drafts_from(base, PartialDate(2025, 4, 9), [
        "The memorandum on energy between Kazakhstan and Azerbaijan was inked by Almasadam Satkaliyev and Parviz Shahbazov."])
    assert [s[0].value.name.value for s in drafts.agreements[0].signatories] == ["Almasadam Satkaliyev", "Parviz Shahbazov"]


def test_twin_cities_each_named_as_the_city_of_with_its_state_in_brackets_are_the_parties(base):
    """The sentence is written for this test: "between the city of Turkestan (Republic of Kazakhstan) and the city of Khujand
    (Republic of Tajikistan)": the two cities' administrations, not their states."""
    drafts = drafts_from(base, PartialDate(2023, 5, 4), [
        "A memorandum on twin-city relations between the city of Turkestan (Republic of Kazakhstan) and the city of Khujand "
        "(Republic of Tajikistan) was signed."])
    assert [p.value.name.value for p in drafts.agreements[0].parties] == ["City of Turkestan", "City of Khujand"]


def test_documents_the_two_leaders_witnessed_in_a_first_sentence_are_between_the_states_of_the_talks_told_after(base):
    """The sentences are written for this test: a report's first sentence says "Both leaders witnessed the signing of several
    agreements", naming no state; the one talks of two states it tells of after give the package's parties."""
    drafts = drafts_from(base, PartialDate(2025, 11, 18), [
        "Both leaders also witnessed the signing ceremony of several agreements at the presidential palace.",
        "Turkmen President Serdar Berdimuhamedov held talks with Uzbek President Shavkat Mirziyoyev in Tashkent on Monday."])
    [package] = drafts.agreements
    assert (package.is_package, [p.value for p in package.parties]) == (True, ["turkmenistan", "uzbekistan"])


def test_a_ministry_that_reports_named_by_its_states_adjective_is_no_party(base):
    """The sentence is written for this test: "…, reported the Kazakh Ministry of Foreign Affairs press service" tells who
    reports, as "reported the Ministry of Energy" does; the ministry is not the agreement's party."""
    drafts = drafts_from(base, PartialDate(2024, 4, 10), [
        "Kazakhstan and Qatar signed a visa exemption agreement on April 9, reported the Kazakh Ministry of Foreign Affairs press service."])
    assert [p.value for p in drafts.agreements[0].parties] == ["kazakhstan", "qatar"]


def test_a_state_named_as_the_land_or_the_initiative_of_a_document_is_no_party(base):
    """The sentences are written for this test: a state a route passes through, the territory or region a project is in and
    the state on whose initiative a document was written are not its parties."""
    drafts = drafts_from(base, PartialDate(2023, 6, 22), [
        "SOCAR and KazMunayGas signed a memorandum on the transit of oil through the territory of Azerbaijan."])
    assert [party_key(p.value) for p in drafts.agreements[0].parties] == ["SOCAR", "KazMunayGas"]
    drafts = drafts_from(base, PartialDate(2023, 11, 6), [
        "Uzbekistan and the Green Fund signed an agreement to build a wind farm in the Issyk-Kul region of Kyrgyzstan."])
    assert "kyrgyzstan" not in [party_key(p.value) for p in drafts.agreements[0].parties]
    drafts = drafts_from(base, PartialDate(2022, 11, 25), [
        "Kazakhstan and Georgia signed a roadmap on the route passing through Türkiye."])
    assert [p.value for p in drafts.agreements[0].parties] == ["kazakhstan", "georgia"]
    drafts = drafts_from(base, PartialDate(2024, 10, 8), [
        "Russia and Tajikistan signed a programme on de-radicalisation on the initiative of Uzbekistan."])
    assert [p.value for p in drafts.agreements[0].parties] == ["russia", "tajikistan"]


def test_a_state_named_in_a_ministers_office_after_the_document_is_no_party(base):
    """The sentence is written for this test: the ministries the subject names sign; "the Minister of Foreign Affairs of the
    Republic of Kazakhstan" and "… of the People's Republic of China" in the meeting told after the document are whose
    ministers, not more parties."""
    drafts = drafts_from(base, PartialDate(2025, 4, 26), [
        "The Ministries of Foreign Affairs of Kazakhstan and China signed a memorandum of cooperation for 2026-2028, during a "
        "meeting between the Minister of Foreign Affairs of the Republic of Kazakhstan, Murat Nurtleu, and the Minister of "
        "Foreign Affairs of the People's Republic of China, Wang Yi."])
    assert [party_key(p.value) for p in drafts.agreements[0].parties] == [
        "Ministry of Foreign Affairs of Kazakhstan", "Ministry of Foreign Affairs of China"]


def test_names_read_as_new_that_the_data_records_are_those_records(real_data, real_names):
    """The sentences are written for this test, read against the real data: a company named with the kind of company before
    its name ("Kazakhstan's National Company KazMunayGas"), a body named with its state after a name the data gives without
    it ("the National Energy Administration of the People's Republic of China") and a body read from a signer's office ("CEO of
    the Azerbaijan Investment Holding") are the recorded actors, and no word of their names is one more party."""
    def parties(sentence: str) -> list[str]:
        drafts = Extractor(real_data, real_names, PartialDate(2024, 3, 12)).read(sentences([sentence]))
        return [party_key(p.value) for p in drafts.agreements[0].parties]

    assert parties("Azerbaijan’s state oil company SOCAR and Kazakhstan’s National Company KazMunayGas have signed a "
                   "Memorandum of Strategic Cooperation.") == ["socar", "kazmunaygas"]
    assert parties("The Ministry of Energy of Azerbaijan and the National Energy Administration of the People’s Republic of "
                   "China signed a memorandum on energy.") == ["ministry-of-energy-azerbaijan", "national-energy-administration-china"]
    assert parties("The State Oil Company of Azerbaijan and JSC KazMunayGas signed a memorandum on oil transit.") == ["socar", "kazmunaygas"]
    assert "azerbaijan-investment-holding" in parties(
        "Ruslan Aliyev, CEO of the Azerbaijan Investment Holding, and Nurlan Jakupov, Chairman of the Board of Samruk-Kazyna, "
        "signed a Strategic Partnership Agreement.")


def test_an_undated_document_between_the_very_parties_of_one_record_of_the_reports_days_is_that_record(real_data, real_names):
    """The sentences are written for this test, read against the real data: an undated memorandum between the two
    diplomatic academies, reported the day after the one recorded memorandum of theirs was signed, is that record (it had
    been written anew); an undated agreement between Russia and Kyrgyzstan, reported when several were signed, is none of
    them, for the contributor to tell which."""
    _, plan = _plan(real_data, real_names, "The Diplomatic Academy of the University of World Economy and Diplomacy and the Diplomatic "
                    "Academy of the Ministry of Foreign Affairs of Türkiye signed a Memorandum of Understanding.", "2023-09-28")
    assert [existing for _, existing, _ in plan.duplicates] == ["uzbekistan-turkiye-diplomatic-academies-memorandum-2023"]
    assert any("signed within days of the report" in reason for _, _, reasons in plan.duplicates for reason in reasons)
    _, plan = _plan(real_data, real_names, "Russia and Kyrgyzstan signed an agreement.", "2025-11-26")
    assert plan.duplicates == []


def first_parties_against_base_and_real(base, real_data, real_names, published, sentence):
    """The parties of a sentence's first draft, drafted against the base data (countries only) and against the real data."""
    against_base = drafts_from(base, published, [sentence]).agreements[0].parties
    against_real = Extractor(real_data, real_names, published).read(sentences([sentence])).agreements[0].parties
    return [party_key(p.value) for p in against_base], [party_key(p.value) for p in against_real]


def test_two_bodies_each_named_with_its_state_are_two_parties_and_the_state_of_a_recorded_name_is_none(base, real_data, real_names):
    """The sentence is written for this test: "The Ministry of Energy of Azerbaijan and ACWA Power of the Kingdom of Saudi
    Arabia signed …" names two bodies, each ending with its state (read as one body before); against the real data, ACWA
    Power is the record, and "of the Kingdom of Saudi Arabia" says whose it is."""
    sentence = ("The Ministry of Energy of Azerbaijan and ACWA Power of the Kingdom of Saudi Arabia signed a memorandum of understanding "
                "on offshore wind energy.")
    against_base, against_real = first_parties_against_base_and_real(base, real_data, real_names, PartialDate(2022, 1, 13), sentence)
    assert against_base == ["Ministry of Energy of Azerbaijan", "ACWA Power of Saudi Arabia"]
    assert against_real == ["ministry-of-energy-azerbaijan", "acwa-power"]


def test_a_document_two_states_signed_between_their_respective_ministries_is_the_ministries(base):
    """The sentence is written for this test: "A and B signed a programme between their respective foreign ministries": the
    two ministries are its parties, not the states."""
    drafts = drafts_from(base, PartialDate(2024, 1, 10), [
        "Türkiye and Tajikistan have signed a Cooperation Program between their respective foreign ministries for 2024-2026."])
    assert [party_key(p.value) for p in drafts.agreements[0].parties] == [
        "Ministry of Foreign Affairs of Türkiye", "Ministry of Foreign Affairs of Tajikistan"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # an initial within a name, and a name of five words
    ("The agreements were signed by Pakistani Defense Minister Khawaja M. Asif.", [("Khawaja M. Asif", "Pakistani Defense Minister")]),
    ("Pakistani Energy Minister Sardar Awais Ahmed Khan Leghari signed three documents.",
     [("Sardar Awais Ahmed Khan Leghari", "Pakistani Energy Minister")]),
    # a day, or a headline's capitalised verb, after a name is not of it
    ("President Shavkat Mirziyoyev Tuesday received the delegation.", [("Shavkat Mirziyoyev", "President")]),
    ("Russian President Vladimir Putin Jointly Signed the Statement.", [("Vladimir Putin", "Russian President")]),
])
def test_a_name_after_an_office_is_read_whole_and_no_further(sentence, expected):
    """The sentences are written for this test."""
    assert [(p.name, p.office) for p in people(sentence)] == expected


def test_a_person_named_before_another_subject_that_signs_is_no_signatory(base):
    """The sentence is written for this test: "During … his meeting with President Kassym-Jomart Tokayev, the delegations …
    signed three memorandums": the delegations sign, not the president the visitor met."""
    drafts = drafts_from(base, PartialDate(2024, 9, 16), [
        "During the official visit of German Federal Chancellor Olaf Scholz to Kazakhstan and his meeting with President "
        "Kassym-Jomart Tokayev, the delegations held talks and signed three memorandums."])
    [package] = drafts.agreements
    assert package.signatories == []


def test_the_two_sides_are_the_two_states_the_report_names_not_a_states_adjective_in_a_name(base):
    """The sentences are written for this test: the report names China and Azerbaijan, and Japan only in the name of a war
    ("against Japanese Aggression"); "The two sides signed several agreements covering …" is between China and Azerbaijan.
    An adjective before an office or a counterpart ("his Iranian counterpart") still names its state."""
    drafts = drafts_from(base, PartialDate(2025, 8, 31), [
        "Chinese President Xi Jinping on Sunday said China supports Azerbaijan in joining the organisation.",
        "Aliyev is in China to attend the commemorations of the victory in the War of Resistance against Japanese Aggression.",
        "The two sides signed several bilateral cooperation agreements covering artificial intelligence and finance."])
    assert [[p.value for p in a.parties] for a in drafts.agreements] == [["china", "azerbaijan"], ["china", "azerbaijan"]]
    drafts = drafts_from(base, PartialDate(2022, 6, 19), [
        "Kazakh President Kassym-Jomart Tokayev visits Tehran at the invitation of his Iranian counterpart Ebrahim Raeisi.",
        "After an hour-long meeting, the two sides oversaw the signing of several cooperation documents on transport and energy."])
    assert sorted(p.value for p in drafts.agreements[0].parties) == ["iran", "kazakhstan"]


def test_twin_cities_each_named_as_a_city_of_its_state_are_the_parties(base, real_data, real_names):
    """The sentence is written for this test: "between the Baku city of the Azerbaijan Republic and Bishkek city of the Kyrgyz
    Republic": the two cities' administrations (the states had been dropped as whose the cities are, leaving no party); against
    the real data, the records, whichever form of a city's name each has ("Baku City", "Bishkek")."""
    sentence = ("A Memorandum of Understanding on establishing fraternal ties between the Baku city of the Azerbaijan Republic and "
                "Bishkek city of the Kyrgyz Republic was signed.")
    against_base, against_real = first_parties_against_base_and_real(base, real_data, real_names, PartialDate(2022, 10, 12), sentence)
    assert against_base == ["City of Baku", "City of Bishkek"]
    assert against_real == ["baku-city", "bishkek-city"]


def test_an_interagency_document_signed_by_two_ministers_is_between_their_ministries(base):
    """The sentence is written for this test: an "interagency" programme that two foreign ministers sign is between their
    ministries, not their states (a document that does not say so stays between the states its signers sign for)."""
    drafts = drafts_from(base, PartialDate(2025, 2, 13), [
        "Russian Foreign Minister Sergey Lavrov and Tajik Foreign Minister Sirojiddin Muhriddin have signed an interagency "
        "cooperation program for 2025-2026."])
    assert [party_key(p.value) for p in drafts.agreements[0].parties] == [
        "Ministry of Foreign Affairs of Russian Federation", "Ministry of Foreign Affairs of Tajikistan"]
    drafts = drafts_from(base, PartialDate(2025, 2, 13), [
        "Russian Foreign Minister Sergey Lavrov and Tajik Foreign Minister Sirojiddin Muhriddin have signed a cooperation program "
        "for 2025-2026."])
    assert [party_key(p.value) for p in drafts.agreements[0].parties] == ["russia", "tajikistan"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # an office and then, after a comma, the name of who holds it
    ("The Minister of Foreign Affairs of Uzbekistan, Bakhtiyor Saidov, met with the UK Foreign Secretary, David Cameron.",
     [("Bakhtiyor Saidov", "Minister of Foreign Affairs of Uzbekistan"), ("David Cameron", "UK Foreign Secretary")]),
    # not a body's name before a comma: no person "EU Member States"
    ("Memoranda were signed by the European Investment Bank and the European Bank for Reconstruction and Development, EU Member "
     "States and companies.", []),
])
def test_a_name_after_an_office_and_a_comma_holds_that_office(sentence, expected):
    """The sentences are written for this test."""
    assert [(p.name, p.office) for p in people(sentence)] == expected


def test_two_people_one_named_after_an_office_and_a_comma_who_met_hold_a_meeting(base):
    """The sentence is written for this test: "X, Name, met with the UK Foreign Secretary, David Cameron" is their meeting."""
    drafts = drafts_from(base, PartialDate(2024, 4, 25), [
        "The Minister of Foreign Affairs of Uzbekistan, Bakhtiyor Saidov, met with the UK Foreign Secretary, David Cameron, UzA reports."])
    assert [e.name.value for e in drafts.events] == ["Meeting of Bakhtiyor Saidov and David Cameron"]


def test_a_title_read_from_a_quotation_does_not_end_with_its_closing_mark(base):
    """The sentence is written for this test: a minister's quoted words end with the document's name; the closing
    quotation mark is the quotation's, not the title's."""
    drafts = drafts_from(base, PartialDate(2024, 4, 25), [
        "“We also signed the Joint Declaration on Comprehensive Partnership and the MOU in the fields of regional and "
        "international connectivity and infrastructure”, Uzbekistan's minister wrote."])
    assert [a.title.value for a in drafts.agreements if a.title][-1] == "MOU in the fields of regional and international connectivity and infrastructure"


def test_a_signing_scheduled_for_a_month_is_planned_for_that_month(base):
    """The sentences are written for this test: "The signing of <the document> is scheduled for June" and "<the document> is
    scheduled to be signed in June", as a report's first words on it, are a signing to come (not one done, nor nothing), and
    "for June" dates it (not the end of a period, as "a programme for 2026" is)."""
    for sentence in ["The signing of the intergovernmental agreement on the Kambarata-1 hydropower plant is scheduled for June.",
                     "The intergovernmental agreement on the Kambarata-1 hydropower plant is scheduled to be signed in June."]:
        drafts = drafts_from(base, PartialDate(2025, 5, 1), [sentence])
        assert [(a.title.value, a.planned, str(a.planned_for.value)) for a in drafts.agreements if a.title and a.planned_for] == [
            ("Intergovernmental agreement on the Kambarata-1 hydropower plant", True, "2025-06")]
    assert [d.text for d in dates_in("The forum is set for 3 March, under the programme for 2026.", PartialDate(2025, 5, 1))] == ["3 March"]


def test_a_signing_the_signers_expect_is_planned_for_the_month_they_give(base):
    """The sentences are written for this test, on a shape of the blind set's development half (kazinform-ai-datacenter,
    middle-corridor-tariffs): "The parties expect to sign a full investment agreement in May" drafted nothing, as did
    "X expects to sign a contract with Y in April"; each is a signing to come, planned for that month."""
    for sentence, month in [("The parties expect to sign a full investment agreement in May.", "2024-05"),
                            ("Nordvale Energy expects to sign a drilling services contract with Balkan Drilling Company in April.", "2024-04")]:
        drafts = drafts_from(base, PartialDate(2024, 3, 14), [sentence])
        assert [(a.planned, str(a.planned_for.value), a.date_signed) for a in drafts.agreements] == [(True, month, None)]
    assert drafts.agreements[0].plan.value == "expects to sign"


def test_the_minutes_signed_after_an_agreement_are_a_document_of_their_own(base):
    """The sentences are written for this test: "signed the minutes of the 12th meeting" after a report's agreement between
    two companies is a record of its own, one document (not many); its signers do not sign the agreement before it."""
    drafts = drafts_from(base, PartialDate(2025, 5, 1), [
        "Uzbekneftegaz and CNPC signed a framework agreement on geological exploration in the Bukhara region.",
        "Prime Minister Oljas Bektenov and Turkish Vice President Cevdet Yılmaz signed the minutes of the 12th meeting of the joint "
        "intergovernmental commission."])
    agreement, minutes = drafts.agreements
    assert agreement.signatories == []
    assert (minutes.kind.value, minutes.title.value) == ("minutes", "Minutes of the 12th meeting of the joint intergovernmental commission")
    assert [display(base, s[0].value) for s in minutes.signatories] == ["Oljas Bektenov", "Cevdet Yılmaz"]


def test_a_document_a_report_told_of_by_that_is_the_one_before(base):
    """The sentences are written for this test: "That pact was signed …" tells of the memorandum before it; "That" is no
    capitalised name of a document of its own."""
    drafts = drafts_from(base, PartialDate(2025, 2, 11), [
        "Türkiye and Turkmenistan signed an agreement on gas supplies on Tuesday.",
        "In March 2024, the two countries signed a memorandum of understanding on natural gas cooperation.",
        "That pact was signed in the presence of Turkish President Recep Tayyip Erdoğan."])
    assert [a.kind.value for a in drafts.agreements] == ["agreement", "memorandum of understanding"]


def test_a_company_named_after_its_states_adjective_or_possessive_is_a_party_and_the_state_is_whose(base):
    """The sentences are written for this test: "Saudi ACWA Power", "Saudi Arabia's ACWA Power" and "Kazakhstan's sovereign
    wealth fund Samruk-Kazyna" are the company and the fund; the states are whose they are, not parties."""
    for sentence in ["Kazakhstan's sovereign wealth fund Samruk-Kazyna and Saudi ACWA Power signed a power purchase agreement for a 1 GW wind farm.",
                     "Samruk-Kazyna and Saudi Arabia's ACWA Power signed a power purchase agreement for a 1 GW wind farm."]:
        agreement = drafts_from(base, PartialDate(2025, 5, 1), [sentence]).agreements[0]
        assert [party_key(p.value) for p in agreement.parties] == ["Samruk-Kazyna", "ACWA Power"]
        assert agreement.title.value == "Power purchase agreement for a 1 GW wind farm"


@pytest.mark.parametrize(("sentence", "expected"), [
    # the field that is a name's second object is the name's ("for Reconstruction and Development")
    ("Uzbekistan and the European Bank for Reconstruction and Development signed loan agreements worth $300 million.",
     ["uzbekistan", "European Bank for Reconstruction and Development"]),
    # a body, then a company after "and": two
    ("Azerbaijan's Ministry of Energy and ACWA Power signed an agreement on wind energy.", ["Ministry of Energy of Azerbaijan", "ACWA Power"]),
])
def test_a_name_whose_for_has_two_objects_is_one_party(base, sentence, expected):
    """The sentences are written for this test."""
    assert [party_key(p.value) for p in drafts_from(base, PartialDate(2025, 5, 1), [sentence]).agreements[0].parties] == expected


def test_a_number_with_a_comma_or_point_does_not_end_a_title(base):
    """The sentences are written for this test."""
    titles = [drafts_from(base, PartialDate(2025, 5, 1), [s]).agreements[0].title.value for s in [
        "The Ministry of Digital Development of Kazakhstan and Huawei signed a memorandum on training 10,000 specialists in artificial intelligence.",
        "Masdar and Uzbekistan signed an agreement on a 1.5 GW solar plant."]]
    assert titles == ["Memorandum on training 10,000 specialists in artificial intelligence", "Agreement on a 1.5 GW solar plant"]


def test_notes_exchanged_on_an_agreements_entry_into_force_are_no_signing(base):
    """The sentence is written for this test: an exchange of notes is a step after the signing (accords.model.Stage "notes
    exchanged"), drafted as such, never as the agreement signed that day."""
    agreement = drafts_from(base, PartialDate(2025, 5, 1), [
        "Mongolia and Kazakhstan exchanged notes on the entry into force of the visa-free agreement."]).agreements[0]
    assert agreement.ratified is not None and agreement.ratified.value == "exchanged notes"


@pytest.mark.parametrize("sentence", [
    # "will" the noun, not the future: no signing is told
    "The sides expressed their political will to sign an agreement on the border.",
    # a signing weighed among possibilities
    "They explored the possibilities of signing a Free Trade Agreement.",
])
def test_a_will_or_possibilities_to_sign_are_no_document(base, sentence):
    """The sentences are written for this test."""
    assert drafts_from(base, PartialDate(2025, 5, 1), [sentence]).agreements == []


def test_a_document_that_will_be_signed_as_a_reports_first_is_planned_and_its_title_ends_before_will(base):
    """The sentence is written for this test."""
    agreement = drafts_from(base, PartialDate(2025, 5, 1), [
        "The agreement on the Kambarata-1 hydropower plant will be signed in June."]).agreements[0]
    assert (agreement.title.value, agreement.planned, str(agreement.planned_for.value)) == (
        "Agreement on the Kambarata-1 hydropower plant", True, "2025-06")


def test_the_items_of_a_list_after_a_package_are_its_documents_with_its_parties(base):
    """The sentences are written for this test: a package signed by two states, then "a dozen documents were signed,
    including:" and items that name no party: each is one of that package, between its states; a plural item with
    subjects ("accords on A, B and C") is one document each."""
    drafts = drafts_from(base, PartialDate(2025, 7, 3), [
        "Uzbekistan and Azerbaijan concluded the talks in Baku with the signing of a package of cooperation agreements.",
        "In total, a dozen documents were signed in the presence of the presidents, including:",
        "- A protocol on collaboration in shipping and shipbuilding;",
        "- Intergovernmental accords on environmental protection, science and higher education."])
    listed = [a for a in drafts.agreements if not a.is_package]
    assert [(a.title.value, [party_key(p.value) for p in a.parties]) for a in listed] == [
        ("Protocol on collaboration in shipping and shipbuilding", ["uzbekistan", "azerbaijan"]),
        ("Accord on environmental protection", ["uzbekistan", "azerbaijan"]),
        ("Accord on science", ["uzbekistan", "azerbaijan"]),
        ("Accord on higher education", ["uzbekistan", "azerbaijan"])]


@pytest.mark.parametrize(("sentence", "titles"), [
    ("Uzbekistan and Azerbaijan signed agreements on tourism, culture and sports.",
     ["Agreement on tourism", "Agreement on culture", "Agreement on sports"]),
    # adjectives of one field
    ("Uzbekistan and Azerbaijan signed agreements on trade, economic and technical cooperation.",
     ["Agreements on trade, economic and technical cooperation"]),
    # what one "and" joins may be one subject
    ("Kazakhstan and France signed agreements on establishing French schools and French learning classes.",
     ["Agreements on establishing French schools and French learning classes"]),
])
def test_a_plural_on_a_list_of_subjects_is_one_document_each(base, sentence, titles):
    """The sentences are written for this test."""
    assert [a.title.value for a in drafts_from(base, PartialDate(2025, 7, 3), [sentence]).agreements] == titles


def test_the_accord_is_the_document_told_of_before(base):
    """The sentences are written for this test: "inked the accord" after a plan is that plan, signed by those named."""
    drafts = drafts_from(base, PartialDate(2023, 6, 8), [
        "Pakistan and Turkmenistan signed a joint implementation plan in Islamabad on Thursday.",
        "State Minister for Petroleum Musadik Malik and Turkmenistan’s State Minister Maskat Babayev inked the accord."])
    assert [a.kind.value for a in drafts.agreements] == ["plan"]
    assert "Maskat Babayev" in [display(base, s[0].value) for s in drafts.agreements[0].signatories]


@pytest.mark.parametrize("sentence", [
    "The Senate ratified the treaty between Uzbekistan and Azerbaijan on allied relations, signed on August 23, 2024, in Tashkent.",
    # a chamber's vote, in the words of a bill
    "Uzbekistan's Oliy Majlis has approved the draft law on the ratification of the treaty between Uzbekistan and Azerbaijan on allied "
    "relations, signed on August 23, 2024, in Tashkent.",
])
def test_a_ratification_keeps_the_signing_date_its_participle_gives(base, sentence):
    """The sentences are written for this test: "signed on August 23, 2024" dates the signing, not the ratification; the
    approval of a bill on the ratification is a ratification step, not an approval of the treaty."""
    treaty = drafts_from(base, PartialDate(2024, 10, 1), [sentence]).agreements[0]
    assert (str(treaty.date_signed.value), treaty.ratified_on, treaty.approved is None, treaty.ratified is not None) == ("2024-08-23", None, True, True)


def test_a_bill_on_the_ratification_passed_is_a_ratification(base):
    """The sentence is written for this test."""
    agreement = drafts_from(base, PartialDate(2025, 5, 21), [
        "The Mazhilis passed a bill on the ratification of the agreement between Kazakhstan and Turkmenistan on mutual protection of investments."]).agreements[0]
    assert ([party_key(p.value) for p in agreement.parties], agreement.ratified.value) == (["kazakhstan", "turkmenistan"], "passed a bill on the ratification")


@pytest.mark.parametrize("sentence", [
    "A total of 12 documents were signed, including agreements on customs cooperation and on education, and a memorandum on tourism.",
    "A total of 12 documents were signed, including agreements on customs cooperation and on education, as well as a memorandum on tourism.",
])
def test_a_document_joined_after_a_plurals_subjects_is_drafted_too(base, sentence):
    """The sentences are written for this test: after "agreements on A and on B", ", and a memorandum on C" is a third
    document, not lost."""
    titles = [a.title.value for a in drafts_from(base, PartialDate(2025, 5, 1), [sentence]).agreements if not a.is_package]
    assert titles == ["Agreement on customs cooperation", "Agreement on education", "Memorandum on tourism"]


def test_a_listed_document_of_two_states_named_after_of_is_theirs(base):
    """The sentences are written for this test: "Joint Statement of the Republic of Kazakhstan and the Republic of Türkiye"
    in a numbered list names both states, not the first only."""
    drafts = drafts_from(base, PartialDate(2025, 5, 13), [
        "In the presence of the Heads of State, the following documents were exchanged:",
        "1. Joint Statement of the Republic of Kazakhstan and the Republic of Türkiye on the expansion of strategic partnership;",
        "2. Agreement between the Government of the Republic of Kazakhstan and the Government of the Republic of Türkiye on cooperation in the field of mass media."])
    assert [[party_key(p.value) for p in a.parties] for a in drafts.agreements if not a.is_package] == [["kazakhstan", "turkiye"]] * 2


def test_the_two_sides_after_a_list_are_the_states_of_its_intergovernmental_document(base):
    """The sentences are written for this test: after a list whose last item is a memorandum between two ministries, "the
    two sides signed a roadmap" is between the two states of the list's intergovernmental agreement."""
    drafts = drafts_from(base, PartialDate(2025, 5, 20), [
        "Following the talks, the following documents were signed:",
        "- Agreement between the Government of Kazakhstan and the Government of Azerbaijan on international road transport;",
        "- Memorandum of understanding between the Ministry of Energy of Kazakhstan and the Ministry of Energy of Azerbaijan.",
        "In addition, the two sides signed a roadmap on the development of the Middle Corridor."])
    roadmap = drafts.agreements[-1]
    assert (roadmap.kind.value, [party_key(p.value) for p in roadmap.parties]) == ("roadmap", ["kazakhstan", "azerbaijan"])


def test_a_program_between_the_foreign_ministries_of_the_two_countries_is_theirs(base):
    """The sentences are written for this test: "a program of cooperation between the foreign ministries of the two
    countries", after a memorandum between two other bodies, is between the two states' ministries of foreign affairs."""
    drafts = drafts_from(base, PartialDate(2022, 11, 3), [
        "Kyrgyzstan and Uzbekistan signed an agreement on the joint management of water resources.",
        "In addition, a memorandum of cooperation between the Kyrgyzstan's Ministry of Digital Development and the Uzarkhiv Agency, and a "
        "program of cooperation between the foreign ministries of the two countries for 2023-2024 were signed."])
    programme = drafts.agreements[-1]
    assert [party_key(p.value) for p in programme.parties] == ["Ministry of Foreign Affairs of Kyrgyzstan", "Ministry of Foreign Affairs of Uzbekistan"]


@pytest.mark.parametrize(("sentence", "title"), [
    ("Kazakhstan and China put their signatures to an agreement on the mutual recognition of higher education diplomas.",
     "Agreement on the mutual recognition of higher education diplomas"),
    ("Turkmenistan and Afghanistan formalized an agreement on the construction of the TAPI pipeline section.",
     "Agreement on the construction of the TAPI pipeline section"),
])
def test_signatures_put_to_or_an_agreement_formalized_is_a_signing(base, sentence, title):
    """The sentences are written for this test."""
    agreement = drafts_from(base, PartialDate(2025, 5, 20), [sentence]).agreements[0]
    assert (agreement.title.value, agreement.planned, agreement.approved) == (title, False, None)


@pytest.mark.parametrize(("sentence", "people_named"), [
    # a Chinese name in pinyin, with no office nor a surname formed as the region's are
    ("Xi Jinping met with Azerbaijani President Ilham Aliyev in Tianjin.", ["Xi Jinping", "Ilham Aliyev"]),
    # his name after his office and a comma, not part of the body his office names
    ("The plan was signed by Azerbaijan's Deputy Prime Minister Shahin Mustafayev and the Chairman of China's National Development "
     "and Reform Commission, Zheng Shanjie.", ["Shahin Mustafayev", "Zheng Shanjie"]),
    # no Chinese name: "Long March" is not made of pinyin syllables after a surname
    ("The Long March rocket carried the satellite.", []),
])
def test_a_chinese_name_in_pinyin_is_a_person(base, sentence, people_named):
    """The sentences are written for this test."""
    _, dataset, names = base
    extractor = Extractor(dataset, names, PartialDate(2025, 8, 31))
    assert [m.text for m in extractor.actors.people(sentence, extractor.actors.mentions_of(sentence, set()))] == people_named


def test_a_document_a_report_names_first_with_its_signing_participle_is_signed_then(base):
    """The sentence is written for this test: "The roadmap, signed in 2023, provides for …" tells of a roadmap signed in
    2023, where it was read as one told of before and dropped."""
    [roadmap] = drafts_from(base, PartialDate(2025, 5, 20), ["The roadmap, signed in 2023, provides for the construction of three solar plants."]).agreements
    assert (roadmap.kind.value, str(roadmap.date_signed.value), roadmap.planned) == ("roadmap", "2023", False)


def test_a_chinese_leader_named_again_by_surname_alone_is_the_same_person(base):
    """The sentences are written for this test: after "Chinese President Xi Jinping", "Xi" alone is him (the surname comes
    first in a Chinese name); "in the port city of Tianjin" is where they met."""
    drafts = drafts_from(base, PartialDate(2025, 8, 31), [
        "Chinese President Xi Jinping on Sunday said China supports Azerbaijan in joining the SCO.",
        "Xi made the remarks when meeting with Azerbaijani President Ilham Aliyev in the port city of Tianjin."])
    assert [(str(e.name.value), str(e.place.value)) for e in drafts.events] == [("Meeting of Xi Jinping and Ilham Aliyev", "Tianjin")]


@pytest.mark.parametrize("sentence", [
    "Xi Jinping made the remarks as the trilateral intergovernmental agreement on the railway was signed in Beijing on Thursday.",
    "After the meeting between President Recep Tayyip Erdoğan and UAE's President Sheikh Mohammed bin Zayed Al Nahyan, 13 new "
    "agreements were signed between the two countries.",
])
def test_who_a_sentence_names_before_a_signing_in_the_passive_does_not_sign(base, sentence):
    """The sentences are written for this test: a signing in the passive has its signers after "by"; the people named
    before it made remarks or met."""
    assert all(a.signatories == [] for a in drafts_from(base, PartialDate(2024, 6, 7), [sentence]).agreements)


def test_his_excellency_ends_no_sentence():
    """The paragraph is written for this test."""
    assert split_sentences("The ceremony was witnessed by H.E. Dr Sultan Al Jaber and H.E. Jurabek Mirzamakhmudov. The agreement was signed.") == [
        "The ceremony was witnessed by H.E. Dr Sultan Al Jaber and H.E. Jurabek Mirzamakhmudov.", "The agreement was signed."]


@pytest.mark.parametrize(("sentence", "kind", "title"), [
    ("Kazakhstan and France signed a declaration of intent on cooperation in critical minerals.", "declaration",
     "Declaration of intent on cooperation in critical minerals"),
    ("Georgia and Azerbaijan signed a memorandum of intent on the Black Sea cable.", "memorandum of understanding",
     "Memorandum of intent on the Black Sea cable"),
    ("Uzbekneftegaz and Lukoil signed a letter of intent on gas processing.", "other", "Letter of intent on gas processing"),
    ("Kazakhstan and Uzbekistan signed a charter of strategic partnership.", "charter", "Charter of strategic partnership"),
])
def test_documents_of_intent_and_a_charter_of_keep_their_subject(base, sentence, kind, title):
    """The sentences are written for this test."""
    agreement = drafts_from(base, PartialDate(2025, 5, 20), [sentence]).agreements[0]
    assert (agreement.kind.value, agreement.title.value) == (kind, title)


def test_an_agreement_that_entered_into_force_is_drafted_in_force_with_its_signing_date(real_data, real_names):
    """The sentence is fictional, written for this test: an entry into force is a step of every party's (no `by`), its
    status "in force"; "signed in Baku in April" dates the signing, "on July 16" the entry into force."""
    from accords.drafting.documents import ratification_stage

    assert ratification_stage("The agreement entered into force on July 16.") == "in force"
    assert ratification_stage("The sides exchanged notes on the entry into force of the agreement.") == "notes exchanged"
    drafts, plan = _plan(real_data, real_names, "The Agreement on the Joint Use of the Caspian Ferry Line between Azerbaijan and Turkmenistan, "
                         "signed in Baku in April, entered into force on July 16.", "2025-07-20")
    [agreement] = drafts.agreements
    assert (agreement.ratified.value, agreement.ratified_by, str(agreement.date_signed.value), str(agreement.ratified_on.value)) == (
        "entered into force", [], "2025-04", "2025-07-16")
    [draft] = [f for f in plan.files if f.collection == "agreements"]
    text = "\n".join(draft.lines)
    assert "status: in force" in text and "stage: in force" in text and "by:" not in text


def test_a_ratification_then_an_entry_into_force_in_one_sentence_are_two_steps_and_in_force_is_last(real_data, real_names):
    """The sentence is fictional, written for this test: ratified by the Jogorku Kenesh in January, then in force in
    February: the draft is in force, and the record keeps both steps in their order (the chamber's vote, by Kyrgyzstan,
    then the entry into force, by no party in particular)."""
    drafts, plan = _plan(real_data, real_names, "The loan agreement between Kyrgyzstan and Kazakhstan on the Bishkek–Almaty road, signed in "
                         "October 2025 and ratified by the Jogorku Kenesh in January, entered into force on 20 February.", "2026-03-01")
    [agreement] = drafts.agreements
    assert (agreement.status.value, agreement.ratified.value, agreement.in_force.value, agreement.ratified_by) == (
        "in force", "ratified", "entered into force", ["kyrgyzstan"])
    # the chamber that ratified it is no party
    other, _ = _plan(real_data, real_names, "The loan agreement with the Kyrgyz Republic on the Bishkek–Naryn road, signed in October 2025 "
                     "and ratified by the Jogorku Kenesh in January, entered into force on 20 February.", "2026-03-01")
    assert [p.value for p in other.agreements[0].parties] == ["kyrgyzstan"]
    [draft] = [f for f in plan.files if f.collection == "agreements"]
    text = "\n".join(draft.lines)
    assert "status: in force" in text
    assert [(step["status"], step["stage"], step.get("by")) for step in yaml.safe_load(text)["status_history"]] == [
        ("approved", "chamber vote", ["kyrgyzstan"]), ("in force", "in force", None)]


@pytest.mark.parametrize(("sentence", "title"), [
    ("The agreement between Kazakhstan and Kyrgyzstan on electricity transit was signed in Astana.", "Agreement on electricity transit"),
    ('The Agreement between the Government of Azerbaijan and the Government of Georgia "On cooperation in the field of defense" was discussed.',
     "Agreement between the Government of Azerbaijan and the Government of Georgia on cooperation in the field of defense"),
    # what follows a comma in lower case, or a verb, is not the document's name
    ("A university established through a memorandum between Türkiye and Uzbekistan, officially opened on Monday.", None),
    ("An agreement between the Baku port and Albayrak Holding will enhance transit, the director said on Monday.", None),
])
def test_a_document_between_parties_is_titled_by_its_subject(sentence, title):
    """The sentences are written for this test: "an agreement between A and B on C" is titled by what it is on, as documents
    joined in a sentence are (A and B are its parties), not "Agreement between A and B"; "the Agreement between …" in capitals
    is an official title, whole, its subject in quotes too."""
    kind = AgreementKind.memorandum if "memorandum" in sentence else AgreementKind.agreement
    found = title_of(sentence, kind)
    assert (found[0] if found else None) == title


def test_a_signing_near_is_planned_and_agreements_reached_are_no_document(base):
    """The sentences are written for this test: "are close to signing" / "on the verge of signing" is a signing to come,
    undated, never one done on the report's day; "agreements reached by the heads of state on May 9" are understandings."""
    for sentence in ("Russia and Kazakhstan are close to signing agreements in the field of nuclear energy, Tokayev said on Wednesday.",
                     "Kazakhstan and Russia are on the verge of signing an agreement on gas transit."):
        [agreement] = drafts_from(base, PartialDate(2025, 11, 12), [sentence]).agreements
        assert (agreement.planned, agreement.date_signed) == (True, None)
    assert drafts_from(base, PartialDate(2024, 5, 22), [
        "The ministers discussed the implementation of agreements reached by the heads of state of Tajikistan and Russia on May 9, 2024."]).agreements == []


def test_two_documents_signed_then_a_source_named_are_two_each_with_its_own_name(base):
    """The sentence is written for this test: "the Treaty on A and the Khujand Declaration on B were signed …, Kabar
    reports" is two documents ("reports" after the verb names the report's source, not a statement that tells), the
    declaration titled with the city's name before its noun; "the Russia–Turkmenistan Cooperation Program" keeps its name."""
    drafts = drafts_from(base, PartialDate(2025, 4, 1), [
        "The Treaty on the junction point of the borders and the Khujand Declaration on Eternal Friendship were signed today in "
        "Khujand, Kabar reports."])
    assert [(a.kind.value, a.title.value) for a in drafts.agreements] == [
        ("treaty", "Treaty on the junction point of the borders"), ("declaration", "Khujand Declaration on Eternal Friendship")]
    assert title_of("They signed the Russia–Turkmenistan Cooperation Program for 2025–2026.", AgreementKind.programme) == (
        "Russia–Turkmenistan Cooperation Program for 2025–2026", True)


def test_items_of_a_list_of_decisions_are_decisions_told_by_what_they_do(tmp_path, draft_report):
    """Under "The following decisions have been signed …:", "- To approve the road map …" and "- On signing a memorandum
    between A and B" are decisions of the heads of state (not a road map, nor a memorandum between A and B)."""
    drafts = draft_report(
        tmp_path,
        "FICTIONAL TEST FIXTURE: not a real report\nSteppe Courier\n2024-07-04\nSummit decisions\n\n"
        "At the summit of the Steppe Organisation in Astana, the leaders signed a number of key documents.\n"
        "The following decisions have been signed by the Heads of State:\n"
        "- To approve the road map on strengthening interaction with dialogue partners;\n"
        "- On the draft development strategy until 2035;\n"
        "- On signing a memorandum of understanding between the Steppe Secretariat and the Steppe Drug Centre.\n")
    assert [(a.kind.value, str(a.title.value), a.parties) for a in drafts.agreements[-3:]] == [
        ("decision", "Decision to approve the road map on strengthening interaction with dialogue partners", []),
        ("decision", "Decision on the draft development strategy until 2035", []),
        ("decision", "Decision on signing a memorandum of understanding between the Steppe Secretariat and the Steppe Drug Centre", [])]


def test_who_signs_is_read_past_opening_words_meetings_attendance_and_abbreviations(base):
    """The sentences are written for this test: the visitor of an opening "During X's visit, A and B signed" does not
    sign; nor do those of "following a meeting between A and B, chairman of the People's Council of …" (nor is the
    council a party), nor those who attended the event it was signed at; "signed on … during … in Washington by A and B"
    names its signers after a long phrase, and "the U.S. Ambassador to Uzbekistan" signs for the U.S."""
    def signers(text: str) -> list[tuple[str, object]]:
        [agreement] = drafts_from(base, PartialDate(2024, 9, 17), [text]).agreements
        return [(str(s[0].value.name.value), s[2]) for s in agreement.signatories]

    assert signers("During President Kassym-Jomart Tokayev’s official visit to Beijing on Sept. 2, Kazakhtelecom and Huawei signed an agreement.") == []
    assert signers("The deal was signed at an event in Istanbul attended by President Recep Tayyip Erdogan and the company's chief executive.") == []
    [memorandum] = drafts_from(base, PartialDate(2024, 3, 2), [
        "A memorandum on gas was signed between the two countries following a meeting between Turkish President Recep Tayyip Erdogan "
        "and Gurbanguly Berdimuhamedow, chairman of the People's Council of Turkmenistan, on Friday."]).agreements
    assert (memorandum.signatories, [p.value for p in memorandum.parties]) == ([], ["turkmenistan", "turkiye"])
    assert signers("The agreement was signed on February 5 during the Steppe Ministerial Meeting in Washington by Uzbekistan’s foreign "
                   "minister Bakhtiyor Saidov and U.S. Deputy Secretary of State Christopher Landau.") == [
        ("Bakhtiyor Saidov", "uzbekistan"), ("Christopher Landau", "united-states")]
    assert signers("On September 16, the memorandum was signed by Deputy Minister Omonulla Nasritdinkhodjaev and the U.S. Ambassador "
                   "to Uzbekistan Jonathan Henick.") == [("Omonulla Nasritdinkhodjaev", None), ("Jonathan Henick", "united-states")]


@pytest.mark.parametrize(("item", "parties"), [
    ("- investment agreement between the Ministry of Energy and Steppe Power International Development Limited on a solar plant;",
     ["Ministry of Energy", "Steppe Power International Development Limited"]),
    ("- agreement of intent between the Ministry of Energy and STPK;", ["Ministry of Energy", "STPK"]),
    ("- agreement between the Ministry of Culture, Information, Sport and Youth Policy and Steppe Film Company Ltd.;",
     ["Ministry of Culture, Information, Sport and Youth Policy", "Steppe Film Company Ltd"]),
    # one body's name with "and" in it stays one
    ("- memorandum between the Agency for Innovation under the President of Tajikistan and China’s National Development and Reform Commission;",
     ["Agency for Innovation under the President of Tajikistan", "national-development-and-reform-commission-china"]),
])
def test_a_ministry_and_a_company_between_whom_an_item_is_are_two_parties(tmp_path, draft_report, item, parties):
    """The items are written for this test: "between the Ministry of X and <a company's name or acronym>" is two parties,
    the ministry named by its head noun (also with commas and "and" in its name), not one body called "Ministry of Energy
    and STPK" (read against the data: the commission is its record)."""
    drafts = draft_report(tmp_path, "FICTIONAL TEST FIXTURE: not a real report\nSteppe Courier\n2023-05-31\nDeals signed\n\n"
                                    "During the state visit of the President of Kyrgyzstan to China, the following documents were signed:\n" + item + "\n")
    assert [p.value if isinstance(p.value, str) else str(p.value.name.value) for p in drafts.agreements[-1].parties] == parties


def test_a_stored_copys_date_outranks_a_banner_date_above_its_text(tmp_path):
    """The copy is written for this test: the store's ' date 2025-11-14' is the publication date, not the site's banner
    'Tuesday, 02 January 2024' above the headline (the day the page was read, on such copies)."""
    copy = tmp_path / "stored.txt"
    copy.write_text(" date 2025-11-14 Tuesday, 02 January 2024 12:17 GMT\nFICTIONAL TEST TEXT: Steppe and Estonia sign a memo\n\n"
                    "Turkmenistan and Estonia signed a memorandum of understanding on digital governance, the agency reports.\n", encoding="utf-8")
    assert str(read_source(str(copy)).date) == "2025-11-14"


@pytest.mark.parametrize(("header", "expected"), [
    ("3 августа 2022, 10:15", "2022-08-03"),
    ("Политика | 22 ноября 2023, 16:10", "2023-11-22"),
    ("12 июня 2024 года, 17:40", "2024-06-12"),
    ("Экономика | сегодня, 10:15", "None"),  # no year: no publication date read against the day the tool runs
])
def test_a_russian_reports_date_above_its_text_is_its_publication_date(tmp_path, header, expected):
    copy = tmp_path / "report.txt"
    copy.write_text(f"Кабар – Кыргызское национальное информационное агентство\n{header}\n\nЗаголовок новости о подписании\n\n"
                    "Бишкек (Кабар). Министерство транспорта Кыргызстана и компания «Тест Логистик» подписали меморандум о "
                    "сотрудничестве в сфере перевозок грузов.\n", encoding="utf-8")
    assert str(read_source(str(copy)).date) == expected


def test_they_who_also_signed_are_the_signatories_before_and_a_purpose_names_no_party(base):
    """The sentences are written for this test, on a shape of the blind set's development half (adb-uzbek-irrigation-loan):
    "They also signed a … grant agreement that will help the Ministry of Water Resources …" made the ministry, which the
    grant is to help, its only party, with no signatory; and the bank's "Country Director for Uzbekistan" signed for
    Uzbekistan, the country his office is for."""
    drafts = drafts_from(base, PartialDate(2025, 12, 11), [
        "Minister of Economy and Finance of Uzbekistan Sardor Umarov and ADB Country Director for Uzbekistan Yuki Harada signed the "
        "loan agreement. They also signed a $2 million technical assistance grant agreement that will help the Ministry of Water "
        "Resources introduce digital water metering."])
    loan, grant = drafts.agreements
    assert [(party_key(p.value), office, whose) for p, office, whose in loan.signatories] == [
        ("Sardor Umarov", "Minister of Economy and Finance of Uzbekistan", "uzbekistan"), ("Yuki Harada", "ADB Country Director for Uzbekistan", None)]
    assert [party_key(p.value) for p, _, _ in grant.signatories] == ["Sardor Umarov", "Yuki Harada"]
    assert [party_key(p.value) for p in grant.parties] == [party_key(p.value) for p in loan.parties]
    assert "Ministry of Water Resources" not in [party_key(p.value) for p in grant.parties]
    # (a field after "for" is the office's own: "Federal Minister for Communications of Pakistan" signs for Pakistan)
    [memorandum] = drafts_from(base, PartialDate(2025, 12, 11), [
        "Federal Minister for Communications of Pakistan Shahid Awan and Minister of Transport of Uzbekistan Ilkhom Makhkamov signed "
        "a memorandum of understanding."]).agreements
    assert [whose for _, _, whose in memorandum.signatories] == ["pakistan", "uzbekistan"]


def test_a_photos_caption_is_no_part_of_the_text(tmp_path):
    copy = tmp_path / "report.txt"
    copy.write_text("Test Herald\n21 May 2026\n\nFICTIONAL TEST TEXT: transport ministers meet in Bishkek\n\n"
                    "[Photo: Participants of the meeting of the SCO transport ministers at the state residence. Photo: Test Herald]\n\n"
                    "The 11th meeting of the transport ministers of the SCO member states was held in Bishkek on Thursday.\n\n"
                    "Photo caption: the ministers of transport after the meeting of the council in the capital of Kyrgyzstan\n", encoding="utf-8")
    assert [p[:15] for p in read_source(str(copy)).paragraphs] == ["The 11th meetin"]


def test_documents_listed_in_one_sentence_are_each_signed_by_their_own_signers(base):
    """The sentence is written for this test, on a shape of the blind set's development half (kazinform-kz-kg-rail-council):
    each of the documents a sentence lists, with "signed by …" after each, had every signer of the sentence."""
    drafts = drafts_from(base, PartialDate(2025, 3, 14), [
        "Following the meeting, the sides signed an agreement between the Government of the Republic of Kazakhstan and the Cabinet "
        "of Ministers of the Kyrgyz Republic on the modernisation of a border checkpoint, signed by Prime Minister of Kazakhstan "
        "Nurlan Baikadamov and Chairman of the Cabinet of Ministers of Kyrgyzstan Azamat Toktorbaev, a memorandum of understanding "
        "between the Ministry of Transport of Kazakhstan and the Ministry of Transport and Communications of Kyrgyzstan on "
        "electronic consignment notes, signed by Minister of Transport Daniyar Zhaksybekov and Minister Bakyt Osmonaliev, and a "
        "memorandum between Dala Freight Logistics LLP and Ala-Too Cargo Terminal LLC on a joint container yard, signed by the heads "
        "of the two companies, Aidos Mukanov and Emil Sydykov."])
    assert [[party_key(p.value) for p, _, _ in a.signatories] for a in drafts.agreements] == [
        ["Nurlan Baikadamov", "Azamat Toktorbaev"], ["Daniyar Zhaksybekov", "Bakyt Osmonaliev"], ["Aidos Mukanov", "Emil Sydykov"]]
    # one named after his office and a comma: that office is his
    [contract] = drafts_from(base, PartialDate(2023, 4, 13), [
        "On Wednesday, Garagum Gas and Huaxi Pipeline Engineering Corporation signed a contract for a gas treatment plant. The "
        "contract was signed in Ashgabat by the chairman of Garagum Gas, Merdan Annayev, and the vice-president of Huaxi, Li Wenbo."]).agreements
    assert [(party_key(p.value), office) for p, office, _ in contract.signatories][:1] == [("Merdan Annayev", "chairman of Garagum Gas")]


def test_states_goods_move_between_are_no_parties(base):
    """The sentence is written for this test, on a shape of the blind set's development half (kazinform-kz-kg-rail-council):
    the two states freight moves between had been the parties of the rail carriers' agreement."""
    [agreement] = drafts_from(base, PartialDate(2025, 3, 14), [
        "In a separate ceremony, the national rail carriers Steppe Railways JSC and Tien Shan Railway Company signed an agreement on "
        "harmonised through tariffs for transit freight moving between China and Uzbekistan."]).agreements
    assert [party_key(p.value) for p in agreement.parties] == ["Steppe Railways JSC", "Tien Shan Railway Company"]


def test_a_wire_dateline_with_its_country_dates_nothing(base):
    """The sentences are written for this test, on a shape of the blind set's development half (trend-az-uz-wind-roadmap):
    "Baku, Azerbaijan, Nov. 3 (Trend) —" had dated the roadmap the dateline's day, not the Thursday its signing was."""
    drafts = drafts_from(base, PartialDate(2023, 11, 3), [
        "Baku, Azerbaijan, Nov. 3 (Trend) — Uzbekistan and Azerbaijan agreed on a roadmap for building a wind farm.",
        "The document was signed in Baku on Thursday by Deputy Minister of Energy of Uzbekistan Sherzod Tursunov and Deputy Minister "
        "of Energy of Azerbaijan Elnur Hasanli."])
    [roadmap] = drafts.agreements
    assert str(roadmap.date_signed.value) == "2023-11-02"


def test_a_state_named_in_an_office_and_then_as_a_side_is_a_party(base):
    """The sentence is written for this test, on a shape of the blind set's development half (trend-az-uz-wind-roadmap):
    Azerbaijan, named first in the speaker's office, was no party of the declaration it signed."""
    [declaration] = drafts_from(base, PartialDate(2023, 11, 3), [
        "Addressing the forum, Deputy Minister of Energy of Azerbaijan Vugar Mammadli recalled that in 2022 the three countries – "
        "Azerbaijan, Kazakhstan and Uzbekistan – signed a declaration on creating a green energy corridor."]).agreements
    assert [party_key(p.value) for p in declaration.parties] == ["azerbaijan", "kazakhstan", "uzbekistan"]


def test_the_three_countries_are_the_three_of_the_document_before(base):
    """The sentences are written for this test, on a shape of the blind set's development half (trend-az-uz-wind-roadmap): an
    agreement "expected to be signed by the three countries" had no party."""
    drafts = drafts_from(base, PartialDate(2023, 11, 3), [
        "In 2022 the three countries – Azerbaijan, Kazakhstan and Uzbekistan – signed a declaration on creating a green energy corridor.",
        "According to him, an intergovernmental agreement on the transmission of electricity along this corridor is expected to be "
        "signed by the three countries in March next year."])
    declaration, agreement = drafts.agreements
    assert agreement.planned and [party_key(p.value) for p in agreement.parties] == ["azerbaijan", "kazakhstan", "uzbekistan"]


def test_a_document_told_again_by_side_and_another_named_with_its_own_pair(base):
    """The sentences are written for this test, on a shape of the blind set's development half (osh-water-loan-ratified-german-
    grant): "On the Kyrgyz side it was signed by A, …" added no signatory, and "The grant agreement
    between the Cabinet of Ministers of Kyrgyzstan and the Government of Germany was signed last month" was taken for the loan
    agreement told again."""
    drafts = drafts_from(base, PartialDate(2024, 4, 18), [
        "The loan agreement was signed in London in November 2023 by the Kyrgyz Republic and the European Bank for Reconstruction "
        "and Development. On the Kyrgyz side it was signed by Minister of Finance Kanat Sultanaliev, and on behalf of the bank by "
        "its managing director for Central Asia, Helena Markovic.",
        "Alongside the loan, Germany is financing part of the project with a grant. The grant agreement between the Cabinet of "
        "Ministers of Kyrgyzstan and the Government of Germany was signed last month in Bishkek."])
    loan, grant = drafts.agreements
    # (the bank's "managing director for Central Asia, Helena Markovic" is not read as a person yet)
    assert [party_key(p.value) for p, _, _ in loan.signatories][:1] == ["Kanat Sultanaliev"]
    assert (str(grant.date_signed.value), [party_key(p.value) for p in grant.parties]) == ("2024-03", ["kyrgyzstan", "germany"])


def test_drafts_reviewed_are_no_package_signed(base):
    """The sentence is written for this test: ministers who "reviewed the drafts of the Joint Statement …, as well as a
    package of final documents" signed nothing; the package is of drafts."""
    assert drafts_from(base, PartialDate(2023, 9, 13), [
        "During the meeting, the foreign ministers reviewed in detail the drafts of the Joint Statement of the Heads of State, "
        "as well as a package of final documents of the summit."]).agreements == []


def test_a_second_document_of_the_same_kind_and_parties_with_a_name_of_its_own_is_another(base):
    """The sentences are written for this test: "Kazakhstan and Kyrgyzstan also signed an Agreement on Mutual Protection of
    Investments", after their "Agreement on Deepening and Expanding Allied Relations", is a second agreement, not the first
    told again (each is titled as a name)."""
    drafts = drafts_from(base, PartialDate(2024, 4, 19), [
        "The presidents of Kazakhstan and Kyrgyzstan signed an Agreement on Deepening and Expanding Allied Relations.",
        "Today, Kazakhstan and Kyrgyzstan also signed an Agreement on Mutual Protection of Investments."])
    assert [a.title.value for a in drafts.agreements] == [
        "Agreement on Deepening and Expanding Allied Relations", "Agreement on Mutual Protection of Investments"]


def test_a_document_after_an_opening_among_the_pacts_and_two_owned_bodies(base):
    """The sentences are written for this test: "Among the key pacts, a Memorandum … was signed" is that memorandum (not
    the plural "pacts", which had drafted nothing); "between Pakistan’s Drug Regulatory Authority and Uzbekistan’s Agency
    for Pharmaceutical Industry Development" is two bodies."""
    drafts = drafts_from(base, PartialDate(2026, 2, 5), [
        "Pakistan and Uzbekistan on Thursday signed a number of accords.",
        "Among the key pacts, a Memorandum of Understanding between Pakistan’s Drug Regulatory Authority and Uzbekistan’s Agency for "
        "Pharmaceutical Industry Development was signed to enhance cooperation."])
    [memorandum] = [a for a in drafts.agreements if not a.is_package]
    assert [str(p.value.name.value) for p in memorandum.parties] == ["Drug Regulatory Authority", "Agency for Pharmaceutical Industry Development of Uzbekistan"]


def test_a_headline_signing_dozens_of_agreements_is_a_package(base):
    """The headline is written for this test: "X signs dozens of cooperation agreements, MOUs with Y" is a package of
    documents the text does not count exactly, not one agreement between X and Y."""
    [package] = drafts_from(base, PartialDate(2024, 6, 12), ["S. Korea signs dozens of cooperation agreements, MOUs with Kazakhstan"]).agreements
    assert (package.is_package, package.documents) == (True, None)


def test_a_document_named_after_including_in_a_counted_package(base):
    """The sentence is written for this test: "nearly two dozen agreements were signed, including a Joint Declaration to
    elevate …" is the package and the declaration in it (the plural "agreements" had taken the sentence)."""
    drafts = drafts_from(base, PartialDate(2024, 11, 5), [
        "Following the talks, nearly two dozen agreements were signed, including a Joint Declaration to elevate the strategic partnership."])
    assert sorted((a.kind.value, a.is_package) for a in drafts.agreements) == [("declaration", False), ("package", True)]


def test_the_presidents_of_two_named_states_who_met_sign(base):
    """The sentences are written for this test: "The presidents of Kazakhstan and Kyrgyzstan signed …" after the talks of
    Japarov and Tokayev: those two sign it; after talks of two heads of other states, no one is named."""
    def signers(talks: str) -> list[str]:
        drafts = drafts_from(base, PartialDate(2024, 4, 20), [
            talks, "The presidents of Kazakhstan and Kyrgyzstan signed an Agreement on Deepening and Expanding Allied Relations."])
        return [str(s[0].value.name.value) for s in drafts.agreements[0].signatories]

    assert signers("Kyrgyzstan President Sadyr Japarov held talks with Kazakh President Kassym-Jomart Tokayev in Astana.") == [
        "Sadyr Japarov", "Kassym-Jomart Tokayev"]
    assert signers("Turkish President Recep Tayyip Erdogan held talks with Hungarian Prime Minister Viktor Orban in Budapest.") == []


def test_a_title_runs_on_over_fields_of_two_words_listed_with_commas():
    """The sentence is written for this test: "in the fields of Ecology, Climate Change and Disaster Risk Reduction" is one
    subject; "on trade, the ministry said and added …" ends at the comma."""
    assert title_of("They signed a Memorandum of Understanding in the fields of Ecology, Climate Change and Disaster Risk Reduction.",
                    AgreementKind.memorandum)[0] == "Memorandum of Understanding in the fields of Ecology, Climate Change and Disaster Risk Reduction"
    assert title_of("They signed an agreement on trade, the ministry said and added that more will follow.", AgreementKind.agreement)[0] == (
        "Agreement on trade")


def test_the_venue_of_a_signing_ceremony_is_no_party_and_those_it_was_signed_with_are(base):
    """The sentences are written for this test: a ceremony "held at the National Investment Agency" is where it was held;
    "The stabilization agreement was signed with A LLC and B LLC" names its parties (and "stabilization" is part of what
    the agreement is)."""
    [agreement] = drafts_from(base, PartialDate(2026, 3, 6), [
        "On March 6, a ceremony of signing a stabilization agreement for a solar power plant was held at the National Investment Agency "
        "under the President of the Kyrgyz Republic.",
        "The stabilization agreement was signed with Steppe Solar LLC and Steppe Imperial LLC."]).agreements
    assert (str(agreement.title.value), [str(p.value.name.value) for p in agreement.parties]) == (
        "Stabilization agreement for a solar power plant", ["Steppe Solar LLC", "Steppe Imperial LLC"])


@pytest.mark.parametrize("sentence", [
    "It is planned to adopt a set of bilateral documents.",
    "Following the summit, a solid package of bilateral documents is planned to be adopted.",
    "A package of documents is expected to be signed during the visit.",
])
def test_a_package_planned_in_the_passive_or_by_it_is_planned(base, sentence):
    """The sentences are written for this test: a package "is planned to be adopted", "is expected to be signed", or "it is
    planned to adopt a set of …" is a planned package (none was drafted)."""
    [package] = drafts_from(base, PartialDate(2024, 4, 17), [sentence]).agreements
    assert (package.is_package, package.planned) == (True, True)


def test_a_report_in_neither_english_nor_russian_is_refused_with_the_reason(tmp_path, cli, base_dataset):
    """The Turkish text is written for this test (FICTIONAL): where nothing is drafted from a text in another language, the
    error says the drafting reads English and Russian, not only that nothing was found; an English text that states nothing
    gets no such hint."""
    turkish = tmp_path / "haber.txt"
    turkish.write_text(" date 2025-10-22\nFICTIONAL TEST FIXTURE: Türkiye ve Katar arasında savunma alanında beş anlaşma imzalandı ve iki "
                       "ülke arasında işbirliği belgeleri imzalandı.\n", encoding="utf-8")
    result = cli("draft", str(turkish), "--data", str(base_dataset[0]), "--out", str(tmp_path / "out"))
    assert result.returncode == 1 and "reads reports in English and Russian" in result.stderr
    english = tmp_path / "weather.txt"
    english.write_text(" date 2026-03-12\nFICTIONAL TEST FIXTURE: The weather in Astana was sunny and warm for most of the week, forecasters said.\n",
                       encoding="utf-8")
    result = cli("draft", str(english), "--data", str(base_dataset[0]), "--out", str(tmp_path / "out2"))
    assert "states no agreement or event" in result.stderr and "English and Russian" not in result.stderr


def test_such_an_agreement_refers_back_and_a_time_to_come_is_no_title(base):
    """The sentences are written for this test: "China has concluded such an agreement with an entire region" tells of one
    named before, and drafts none of its own; "will prepare to sign an agreement in the very near future" is an agreement
    to come, not one titled "Agreement in the very near future"."""
    assert drafts_from(base, PartialDate(2025, 6, 17), [
        "This is the first time that China has concluded such an agreement with an entire region."]).agreements == []
    [planned] = drafts_from(base, PartialDate(2025, 6, 17), ["We will prepare to sign an agreement in the very near future, Tokayev said."]).agreements
    assert (planned.planned, planned.title.value) == (True, "Agreement")


def test_a_contract_that_was_signed_is_signed_whatever_is_to_come_under_it(base):
    """The sentence is written for this test: "supplies under the contract that was signed between A and B will begin on
    March 1" tells of a contract signed; the future is the supplies'."""
    [contract] = drafts_from(base, PartialDate(2025, 2, 11), [
        "Gas supplies under the contract that was signed between Steppe Gas and Steppe Pipelines will begin on March 1."]).agreements
    assert (contract.planned, contract.planned_for) == (False, None)


def test_the_first_of_its_kind_after_a_package_told_with_the_is_a_document_of_it(base):
    """The sentences are written for this test: after "a package of bilateral documents was signed", "Also, the Protocol
    was signed on making additions to the Agreement … dated August 29, 2008" is a protocol of the package (it had been
    read as the memorandum before, told again, and dated 2008); "The declaration mentioned that … was approved" is no
    document of its own."""
    drafts = drafts_from(base, PartialDate(2023, 1, 6), [
        "Following the talks, a package of bilateral documents was signed in Beijing.",
        "The Steppe Gas company and the Steppe Petroleum company signed a Memorandum of Understanding on cooperation in the gas sector.",
        "Also, the Protocol was signed on making additions to the Agreement on the Steppe Committee dated August 29, 2008."])
    assert sorted(a.kind.value for a in drafts.agreements) == ["memorandum of understanding", "package", "protocol"]
    assert [str(a.date_signed.value) for a in drafts.agreements if a.date_signed and str(a.date_signed.value) == "2008-08-29"] == []
    told = drafts_from(base, PartialDate(2024, 11, 7), [
        "The leaders signed 16 agreements, decisions and protocols.",
        "The declaration mentioned that the Steppe World Charter was approved."])
    assert [a.kind.value for a in told.agreements] == ["package"]


def test_a_document_named_by_its_quoted_title_is_drafted_of_the_kind_its_title_names(base):
    """The sentences are written for this test: 'a document entitled "…"' and 'the document "…"' drafted nothing (a
    document's noun alone is none of the kinds); the quoted name is its title, and a kind its name begins with is its kind."""
    [strategy] = drafts_from(base, PartialDate(2025, 6, 10), [
        'On 10 May 2025, the presidents of Kazakhstan and Kyrgyzstan signed a document entitled "Strategy of Cooperation for 2025-2030".']).agreements
    assert (strategy.kind.value, strategy.title.value, strategy.title_is_official) == ("other", "Strategy of Cooperation for 2025-2030", True)
    assert ([p.value for p in strategy.parties], str(strategy.date_signed.value)) == (["kazakhstan", "kyrgyzstan"], "2025-05-10")
    [roadmap] = drafts_from(base, PartialDate(2025, 6, 10), [
        'Uzbekistan and Tajikistan signed the document "Roadmap for the development of trade" on 3 March 2025.']).agreements
    assert (roadmap.kind.value, roadmap.title.value) == ("roadmap", "Roadmap for the development of trade")
    [approved] = drafts_from(base, PartialDate(2025, 6, 10), [
        'A document titled "Programme of Steppe Cooperation" was approved by the governments of Kazakhstan and China.']).agreements
    assert (approved.kind.value, approved.title.value, approved.approved is not None) == ("programme", "Programme of Steppe Cooperation", True)


def test_the_document_a_first_signing_sentence_names_with_the_is_told_for_the_first_time(base):
    """The sentences are written for this test: "A and B signed the agreement on …" as the report's first document drafted
    nothing ("the" was read as a document told before); "they signed the memorandum" and "ratified the agreement" still
    tell of one known."""
    [agreement] = drafts_from(base, PartialDate(2025, 6, 10), [
        "Uzbekistan and Tajikistan signed the agreement on trade on 3 March 2025."]).agreements
    assert (agreement.kind.value, agreement.title.value, [p.value for p in agreement.parties], str(agreement.date_signed.value)) == (
        "agreement", "Agreement on trade", ["uzbekistan", "tajikistan"], "2025-03-03")
    [memorandum] = drafts_from(base, PartialDate(2025, 6, 10), [
        "Kazakhstan and China signed the Memorandum of Understanding on the development of trade on 2 June 2025."]).agreements
    assert memorandum.kind.value == "memorandum of understanding"
    assert drafts_from(base, PartialDate(2025, 6, 10), ["The minister said that they signed the memorandum on trade with Kazakhstan."]).agreements == []


def test_companies_told_of_by_what_they_are_and_by_their_other_names_are_parties_and_their_states_are_not(base):
    """The sentences are written for this test, on shapes of fresh wire reports: a company named and then described after a
    comma ("Masdar, UAE's leading … company,") was dropped and its state taken as the party; an alias in brackets ("(CEEC
    or Energy China)") added the state; "… International Group" was a mechanism, no party of a package signed with it; a
    grid company "of Uzbekistan" was read as a person ("Electric Grid") and its state taken instead."""
    def parties(sentence: str) -> list:
        [agreement] = drafts_from(base, PartialDate(2025, 12, 10), [sentence]).agreements
        return [p.value if isinstance(p.value, str) else p.value.name.value for p in agreement.parties]
    assert parties("Steppewind, UAE's leading renewable energy company, has signed an agreement with the Ministry of Energy of Kyrgyzstan "
                   "on 1 GW of renewables.") == ["Steppewind", "Ministry of Energy of Kyrgyzstan"]
    assert parties("Lark Capital, a US-based investment firm, and Tau-Steppe Samruk, Kazakhstan's national mining company, signed an "
                   "agreement on tungsten on 6 November 2025.") == ["Lark Capital", "Tau-Steppe Samruk"]
    assert parties("Uzbekistan and China Steppe Engineering Corporation (CSEC or Steppe China) signed a memorandum of understanding on "
                   "solar plants on 15 February 2025.") == ["uzbekistan", "China Steppe Engineering Corporation"]
    assert parties("Uzbekistan has signed three landmark agreements with China Steppe International Group to bolster its energy "
                   "sector.") == ["uzbekistan", "China Steppe International Group"]
    assert parties("SAWA Power signed a Power Purchase Agreement with the National Electric Grid of Uzbekistan for a wind "
                   "project.") == ["SAWA Power", "National Electric Grid of Uzbekistan"]


def test_a_will_in_a_clause_under_the_document_plans_nothing_of_its_signing(base):
    """Written for this test: "have signed an investment agreement, according to which companies will allocate $2
    billion" drafted a planned agreement; the "will" is of what the document provides, in a clause of its own."""
    [agreement] = drafts_from(base, PartialDate(2025, 12, 10), [
        "Uzbekistan and Kazakhstan have signed an investment agreement, according to which companies will allocate $2 billion "
        "to the construction project."]).agreements
    assert (agreement.planned, agreement.planned_for) == (False, None)


def test_a_ratified_document_takes_its_signing_date_from_a_clause_or_brackets_of_its_own(base):
    """Written for this test, on fresh ratification reports: the signing's date in ", which was signed in Washington on 9
    June 2023" or in "(Tashkent, April 15, 2024)" after the document was lost (the ratifying verb's clause has none)."""
    [which] = drafts_from(base, PartialDate(2025, 6, 10), [
        "The Senate ratified the agreement between Kazakhstan and the United States on science, which was signed in Washington "
        "on 9 June 2023."]).agreements
    assert (str(which.date_signed.value), which.ratified is not None) == ("2023-06-09", True)
    [bracketed] = drafts_from(base, PartialDate(2025, 6, 10), [
        "The Oliy Majlis ratified the Agreement between Uzbekistan and Kyrgyzstan on the state border (Tashkent, April 15, 2024)."]).agreements
    assert str(bracketed.date_signed.value) == "2024-04-15"
    [its_own] = drafts_from(base, PartialDate(2025, 6, 10), [
        "On 3 June 2025 the Senate ratified the agreement between Kazakhstan and Japan on steppe research."]).agreements
    assert its_own.date_signed is None and str(its_own.ratified_on.value) == "2025-06-03"


def test_visits_told_by_flying_or_arriving_for_them_and_by_a_states_delegation(base):
    """Written for this test, on shapes of fresh reports: "is set to arrive in Ashgabat … for a two-day state visit" and
    "will fly to Tashkent … for a state visit" named the visit but no place visited, so none was drafted; "Afghanistan's
    delegation visited Ashgabat" had no named visitor and was dropped (it is that state's delegation's visit)."""
    published = PartialDate(2025, 3, 1)
    [arrive] = drafts_from(base, published, ["President Tokayev is set to arrive in Ashgabat on 12 May 2025 for a two-day state visit."]).events
    assert (arrive.kind, arrive.country.value, arrive.place.value, str(arrive.date.value), arrive.planned) == (
        "visit", "turkmenistan", "Ashgabat", "2025-05-12", True)
    [fly] = drafts_from(base, published, ["Kazakh President Kassym-Jomart Tokayev will fly to Tashkent on 5 March 2025 for a state visit."]).events
    assert (fly.country.value, fly.place.value, fly.planned) == ("uzbekistan", "Tashkent", True)
    [delegation] = drafts_from(base, PartialDate(2025, 9, 6), ["At the end of August, Kazakhstan's delegation visited Ashgabat."]).events
    assert (delegation.name.value, delegation.place.value, str(delegation.date.value), delegation.planned) == (
        "Visit of a delegation of Kazakhstan to Turkmenistan", "Ashgabat", "2025-08", False)
    assert drafts_from(base, PartialDate(2025, 9, 6), ["At the end of August, the delegation visited Ashgabat."]).events == []


def test_parties_are_not_the_heads_who_sign_nor_the_framework_and_ministries_of_states_are_each_states(base):
    """Written for this test, on shapes of fresh energy and digital reports: "signed by the Heads of State and Government of
    A, B, C, and D" made a party "Heads of State and Government of A, B, C"; a ministry's name with a comma before "and"
    ("Digital Development, Innovations, and Aerospace Industry") was cut; "a protocol under the Intergovernmental
    Commission" made the commission a party; "The Ministries of Energy of A, B, and C" gave the states, not their ministries."""
    def parties(sentence: str) -> list:
        [agreement] = drafts_from(base, PartialDate(2025, 12, 10), [sentence]).agreements
        return [p.value if isinstance(p.value, str) else p.value.name.value for p in agreement.parties]
    assert parties("The agreement on green energy was signed by the Heads of State and Government of Azerbaijan, Georgia, Romania, "
                   "and Hungary on 17 December 2022.") == ["azerbaijan", "georgia", "romania", "hungary"]
    assert parties("Kazakhstan's Ministry of Digital Development, Innovations, and Aerospace Industry and Steppecom signed a memorandum "
                   "on 10 February 2025.") == ["Ministry of Digital Development, Innovations, and Aerospace Industry of Kazakhstan", "Steppecom"]
    assert parties("Kuwait and Kyrgyzstan signed a protocol under the Intergovernmental Commission on 5 February 2025.") == ["kuwait", "kyrgyzstan"]
    assert parties("The Ministries of Energy of Kyrgyzstan, Kazakhstan, and Uzbekistan signed an interagency agreement on the Steppe "
                   "hydropower plant on 11 June 2024.") == ["Ministry of Energy of Kyrgyzstan", "Ministry of Energy of Kazakhstan",
                                                             "Ministry of Energy of Uzbekistan"]


def test_a_formats_plus_stays_in_an_events_name_and_a_documents_name_before_it_does_not(base):
    """Written for this test, on shapes of fresh reports on partner formats: "the Central Asia + Germany summit" was drafted
    as "Germany summit", and "the Tokyo Declaration of the Central Asia + Japan Dialogue", a document's name (as "the Joint
    Statement of the … Meeting" is), drafted an event "Japan Dialogue"."""
    [summit] = drafts_from(base, PartialDate(2025, 12, 21), ["The leaders met at the Central Asia + Steppe summit in Tokyo on 20 December 2025."]).events
    assert (summit.name.value, str(summit.date.value), summit.place.value) == ("Central Asia + Steppe summit", "2025-12-20", "Tokyo")
    assert drafts_from(base, PartialDate(2025, 12, 21), ["The leaders adopted the Tokyo Declaration of the Central Asia + Steppe Dialogue."]).events == []
    assert drafts_from(base, PartialDate(2022, 6, 9), ["The ministers adopted the Roadmap for Implementing the Consensus of the Steppe Video "
                                                       "Summit."]).events == []
    [forum] = drafts_from(base, PartialDate(2025, 4, 5), ["The bank signed four memorandums of understanding at the first Steppe Summit in "
                                                          "Samarkand."]).events
    assert forum.name.value.endswith("Steppe Summit")


def test_a_decree_approving_a_document_approves_it_and_a_decree_named_for_no_document_drafts_none(base):
    """Written for this test, on fresh ratification reports: "signed a decree on approving the "Agreement …"" did not
    approve it ("signed" in its clause was taken for a signing of it); a resolution "On approval of international
    agreement" drafted a one-party agreement; "the parties … signed a memorandum" after the memorandum drafted it again."""
    [approved] = drafts_from(base, PartialDate(2023, 6, 3), [
        'President Ilham Aliyev signed a decree on approving the "Agreement on cooperation in the field of environmental protection '
        'between the Government of the Republic of Azerbaijan and the Government of Georgia".']).agreements
    assert (approved.approved is not None, approved.signatories) == (True, [])
    assert drafts_from(base, PartialDate(2024, 3, 19), [
        'President Shavkat Mirziyoyev has signed a resolution "On approval of international agreement", Trend reports.']).agreements == []
    told_again = drafts_from(base, PartialDate(2025, 9, 4), [
        "The Mazhilis of Kazakhstan and the Great State Khural of Mongolia signed a memorandum of cooperation in Astana.",
        "At the meeting, the parties discussed inter-parliamentary ties and signed a memorandum of cooperation, according to which "
        "the parties will promote cooperation between Kazakhstan and Mongolia."]).agreements
    assert [a.kind.value for a in told_again] == ["memorandum of understanding"]


def test_the_last_line_of_a_copy_that_stops_mid_sentence_is_read(tmp_path):
    """A stored copy of a page stops at a fixed length, often mid-sentence: its last line of running words had been
    dropped (a fresh Russian report's eight documents signed were its last, cut line); a last line of a few capitalised
    words (a menu, a name) is still no prose."""
    copy = tmp_path / "cut.txt"
    copy.write_text("FICTIONAL TEST TEXT. The presidents of Kazakhstan and Uzbekistan held talks in Tashkent on Monday.\n"
                    "During the visit, the sides signed eight new documents on tra\n", encoding="utf-8")
    assert read_source(str(copy)).paragraphs[-1] == "During the visit, the sides signed eight new documents on tra"
    menu = tmp_path / "menu.txt"
    menu.write_text("FICTIONAL TEST TEXT. The presidents of Kazakhstan and Uzbekistan held talks in Tashkent on Monday.\n"
                    "Home News Politics Economy Society Culture Sport World Opinion\n", encoding="utf-8")
    assert len(read_source(str(menu)).paragraphs) == 1


def test_marked_items_after_a_sentence_of_documents_signed_are_its_list(base):
    """Written for this test, on a fresh report's shape: "… oversaw the signing of a total of 16 bilateral accords." and
    then "- Joint program …;", "- Action Plan …;" lines were dropped (a list was read only under a colon); marked items
    after a sentence that tells of no documents signed are still no list."""
    drafts = drafts_from(base, PartialDate(2022, 10, 5), [
        "Following the talks, the presidents of Uzbekistan and Kazakhstan oversaw the signing of a total of 16 bilateral accords.",
        "- Joint program for development of industrial cooperation for 2023-2024;",
        "- Action Plan for the development of cooperation in the field of science and technology;",
        "- Agreement on cooperation in the field of physical culture and sports."])
    listed = [(a.kind.value, a.title.value) for a in drafts.agreements if not a.is_package]
    assert listed == [("programme", "Joint program for development of industrial cooperation for 2023-2024"),
                      ("action plan", "Action Plan for the development of cooperation in the field of science and technology"),
                      ("agreement", "Agreement on cooperation in the field of physical culture and sports")]
    assert all([p.value for p in a.parties] == ["uzbekistan", "kazakhstan"] for a in drafts.agreements if not a.is_package)
    assert [a for a in drafts_from(base, PartialDate(2022, 10, 5), [
        "The presidents of Uzbekistan and Kazakhstan discussed trade and transport.",
        "- Agreement on cooperation in the field of physical culture and sports."]).agreements if not a.is_package] == []


def test_a_bodys_meeting_told_by_its_ordinal_and_name_is_an_event_and_no_party(base):
    """Written for this test, on shapes of fresh reports: "during the 6th Supreme Council of Cooperation" and "at the 11th
    Intergovernmental Commission in Baku" tell of that body's meeting (none was drafted), and the commission signed at is
    no party of the agreement."""
    drafts = drafts_from(base, PartialDate(2025, 6, 9), ["The agreement was signed at the 11th Intergovernmental Commission in Baku on 5 June 2025."])
    assert [(e.name.value, str(e.date.value), e.place.value) for e in drafts.events] == [
        ("11th meeting of the Intergovernmental Commission", "2025-06-05", "Baku")]
    assert [a.parties for a in drafts.agreements] == [[]]
    [council] = drafts_from(base, PartialDate(2025, 6, 9), ["The documents were signed during the 6th Supreme Council of Cooperation in Ankara."]).events
    assert council.name.value == "6th meeting of the Supreme Council of Cooperation"


def test_parliaments_and_their_chambers_that_sign_are_the_parties_not_their_states(base):
    """Written for this test, on fresh ratification reports: "The Mazhilis of Kazakhstan and the Great State Khural of
    Mongolia signed a memorandum" and "between the legislative assemblies of A and B" gave the states as parties."""
    def parties(sentence: str) -> list:
        return [[p.value if isinstance(p.value, str) else p.value.name.value for p in a.parties]
                for a in drafts_from(base, PartialDate(2025, 9, 5), [sentence]).agreements]
    assert parties("The Mazhilis of Kazakhstan and the Great State Khural of Mongolia signed a memorandum of cooperation in Astana "
                   "on 4 September 2025.") == [["Mazhilis of Kazakhstan", "Great State Khural of Mongolia"]]
    assert parties("A cooperation agreement has been signed between the legislative assemblies of Azerbaijan and Uzbekistan on "
                   "1 April 2022.") == [["Parliament of Azerbaijan", "Parliament of Uzbekistan"]]
    ratified = drafts_from(base, PartialDate(2025, 9, 5), ["The Senate ratified the agreement between Kazakhstan and Uzbekistan on water."]).agreements
    assert [[p.value for p in a.parties] for a in ratified] == [["kazakhstan", "uzbekistan"]]


def test_an_officer_is_no_office_and_makes_no_body(base):
    """Written for this test, on a fresh energy report: "… Taalaibek Ibraev and Chief Executive Officer of …" made a body
    "Kyrgyzstan Taalaibek Ibraev and Chief Executive Office" (the "Office" in "Officer") and drafted it as the party."""
    [agreement] = drafts_from(base, PartialDate(2023, 1, 14), [
        "The agreement was signed by Minister of Energy of Kyrgyzstan Taalaibek Ibraev and Chief Executive Officer of Steppewind "
        "Mohamed Jamel Al Ramah on January 10, 2023."]).agreements
    assert [p.value for p in agreement.parties if isinstance(p.value, str)] == ["kyrgyzstan"]
    assert not any("Office" in str(getattr(p.value, "name", p.value)) for p in agreement.parties)
    assert [s[0].value.name.value for s in agreement.signatories][:1] == ["Taalaibek Ibraev"]


def test_a_signing_that_was_the_outcome_of_the_talks_takes_their_day_and_a_titles_article_before_a_name_stays(base):
    """Written for this test, on a fresh wire report: "A key political outcome of the talks was the signing of the Joint
    Declaration on the Establishment of a Strategic Partnership" had no date (the talks' day is two sentences before) and its
    title stopped at "of a"."""
    drafts = drafts_from(base, PartialDate(2026, 2, 5), [
        "On 4 February 2026, President Tokayev held talks with Prime Minister Shehbaz Sharif in Islamabad.",
        "The leaders discussed trade, energy and transport links.",
        "A key political outcome of the talks was the signing of the Joint Declaration on the Establishment of a Strategic Partnership."])
    [declaration] = drafts.agreements
    assert (declaration.title.value, str(declaration.date_signed.value)) == (
        "Joint Declaration on the Establishment of a Strategic Partnership", "2026-02-04")


def test_packages_to_be_signed_by_a_result_expected_and_exchanged_documents_signed_during_a_visit(base):
    """Written for this test, on fresh wire reports: "is expected to result in the signing of several agreements" (a package
    to come) and "attended a ceremony held to exchange documents signed during the visit" (a package signed) drafted
    nothing."""
    [planned] = drafts_from(base, PartialDate(2024, 4, 23), [
        "The talks between Kazakhstan and Uzbekistan are expected to result in the signing of several bilateral agreements."]).agreements
    assert (planned.is_package, planned.planned, [p.value for p in planned.parties]) == (True, True, ["kazakhstan", "uzbekistan"])
    [signed] = drafts_from(base, PartialDate(2025, 11, 26), [
        "Earlier, the heads of state of Russia and Kyrgyzstan attended a ceremony held to exchange documents signed during the visit."]).agreements
    assert (signed.is_package, signed.planned, [p.value for p in signed.parties]) == (True, False, ["russia", "kyrgyzstan"])


def test_the_month_may_is_no_modal_and_a_listed_documents_title_has_no_date_nor_verb(base):
    """Written for this test: "On 12 May Kazakhstan and Uzbekistan signed a memorandum" drafted nothing ("May" was read as
    the modal of "may sign"), a title stopped at "May" ("… on air services on 12"), and titles of documents listed in one
    sentence kept their date or verb ("… Treaty on 12 May 2025", "… reservoir were signed on Thursday between …")."""
    [memorandum] = drafts_from(base, PartialDate(2025, 6, 1), ["On 12 May Kazakhstan and Uzbekistan signed a memorandum on trade."]).agreements
    assert (memorandum.title.value, str(memorandum.date_signed.value)) == ("Memorandum on trade", "2025-05-12")
    assert drafts_from(base, PartialDate(2025, 6, 1), ["The ministers may sign a memorandum on trade."]).agreements == []
    listed = drafts_from(base, PartialDate(2025, 6, 1), [
        "Kazakhstan and Qatar signed a Double Taxation Agreement and a Bilateral Investment Treaty on 12 May 2025."]).agreements
    assert [a.title.value for a in listed] == ["Double Taxation Agreement", "Bilateral Investment Treaty"]
    three = drafts_from(base, PartialDate(2025, 6, 1), [
        "Uzbekistan and Kuwait signed a joint Action Plan for 2024-2026, a joint Program of cultural cooperation and an agreement on "
        "air services on 12 May 2025."]).agreements
    assert three[-1].title.value == "Agreement on air services"
    water = drafts_from(base, PartialDate(2022, 11, 4), [
        "An agreement on the border and an agreement on joint management of the water resources of the Andijan reservoir were signed "
        "on Thursday between Uzbekistan and Kyrgyzstan."]).agreements
    assert [a.title.value for a in water][-1] == "Agreement on joint management of the water resources of the Andijan reservoir"


def test_a_count_of_the_treaty_base_is_no_package_signed(base):
    """Written for this test, on a fresh official report: "There is a very broad legal framework between us – 245 documents
    have been signed" drafted a package signed; a count of the legal framework is the treaty base, not a signing (a title's
    "Legal and Contractual Framework" is not that)."""
    assert drafts_from(base, PartialDate(2022, 2, 23), [
        '"There is a very broad legal framework between us – 245 documents have been signed," President Aliyev said.']).agreements == []
    assert drafts_from(base, PartialDate(2022, 2, 23), [
        "The legal framework of Kazakh-Chinese relations includes more than 100 agreements signed since 1992."]).agreements == []
    [package] = drafts_from(base, PartialDate(2022, 2, 23), ["Following the talks, 15 documents were signed between Uzbekistan and Russia."]).agreements
    assert package.is_package
    # (documents signed that establish a framework are a package: a gold development report's)
    assert [a.is_package for a in drafts_from(base, PartialDate(2025, 1, 30), [
        "The ministers welcomed the signing of four documents that establish a solid legal framework for cooperation."]).agreements] == [True]


def test_a_state_concern_is_a_party_and_a_name_is_not_read_from_within_a_word(base):
    """Written for this test, on fresh Gulf reports: "The Turkmennebit State Concern of Turkmenistan and the Dragon Oil
    company signed" gave Turkmenistan (a concern was no body), "The State Concern Turkmengaz and CNPC signed" made the concern a
    signatory, and "SFD CEO Sultan al-Marshad signed" made "Marshad" (the end of "al-Marshad") a party."""
    def parties(sentence: str) -> list:
        return [[p.value if isinstance(p.value, str) else p.value.name.value for p in a.parties]
                for a in drafts_from(base, PartialDate(2024, 1, 6), [sentence]).agreements]
    assert parties("The Steppenebit State Concern of Turkmenistan and the Dragon Steppe company signed a Memorandum of Understanding on "
                   "5 January 2024.") == [["Steppenebit State Concern of Turkmenistan", "Dragon Steppe"]]
    assert parties("The State Concern Steppegaz and CNPC signed a contract on gas supplies on 5 January 2024.") == [["State Concern Steppegaz", "CNPC"]]
    assert not any("Marshad" in str(p) for p in parties("SFD CEO Sultan al-Marshad signed an agreement on Monday in Bishkek."))


def test_ports_agencies_and_projects_in_a_city_are_read_as_what_they_are(base):
    """Written for this test, on fresh transport reports: "Port of Baku signed" gave the city "Baku" as a party; "the State
    Civil Aviation Agency under the Cabinet of Ministers of Kyrgyzstan" was read as a person "Civil Aviation" and dropped;
    "the … (UAP) Railway Project in Kabul" was a party; "on July 15 this year" stayed in a title."""
    def drafted(sentence: str) -> list:
        return [(a.title.value, [p.value if isinstance(p.value, str) else p.value.name.value for p in a.parties])
                for a in drafts_from(base, PartialDate(2022, 7, 20), [sentence]).agreements]
    assert drafted("Turkish Albayrak Steppe Holding and Port of Baku signed an agreement on cooperation on July 15 this year.") == [
        ("Agreement on cooperation", ["Albayrak Steppe Holding", "Port of Baku"])]
    assert drafted("The Aviation Administration of Kazakhstan and the State Civil Aviation Agency under the Cabinet of Ministers of "
                   "Kyrgyzstan have signed a Memorandum of Understanding.")[0][1] == [
        "Aviation Administration of Kazakhstan", "State Civil Aviation Agency under the Cabinet of Ministers of Kyrgyzstan"]
    assert drafted("Pakistan, Uzbekistan and Kazakhstan signed the Framework Agreement on the Joint Feasibility Study for the Steppe "
                   "Railway Project in Kabul on Thursday.")[0][1] == ["pakistan", "uzbekistan", "kazakhstan"]


def test_the_government_of_a_state_without_a_record_named_by_its_adjective_is_a_party(base):
    """Written for this test, on a fresh mining report: "between the Korea Zinc company and the Mongolian government" gave
    no Mongolian party (the adjectives of states without a record were not read)."""
    [agreement] = drafts_from(base, PartialDate(2025, 3, 5), [
        "The agreement was signed between the Steppe Zinc company and the Mongolian government on 3 March 2025."]).agreements
    assert [p.value if isinstance(p.value, str) else p.value.name.value for p in agreement.parties] == ["Steppe Zinc", "Mongolia"]
    [event] = drafts_from(base, PartialDate(2025, 3, 5), ["Mongolian President Ukhnaagiin Khurelsukh paid a state visit to Kazakhstan on 3 March 2025."]).events
    assert event.country.value == "kazakhstan"


def test_an_agreement_that_is_a_memorandum_is_a_memorandum(base):
    """Written for this test (a shape the last session's fresh reports left): "One key agreement is an MOU on critical raw
    materials between the European Union and Kazakhstan, signed on 7 November 2022" drafted an agreement."""
    [memorandum] = drafts_from(base, PartialDate(2025, 6, 10), [
        "One key agreement is an MOU on critical raw materials between the European Union and Kazakhstan, signed on 7 November 2022."]).agreements
    assert (memorandum.kind.value, memorandum.title.value, str(memorandum.date_signed.value)) == (
        "memorandum of understanding", "MOU on critical raw materials", "2022-11-07")


def test_a_document_told_in_an_inverted_passive_after_another_is_one_more(base):
    """Written for this test, on a fresh list report: "Also inked was the agreement on mutual protection of investments …"
    after a memorandum was read as that memorandum told again (by "the"), so nothing more was drafted."""
    drafts = drafts_from(base, PartialDate(2025, 6, 1), [
        "Turkmenistan and Oman signed a memorandum on tourism.",
        "Also inked was the agreement on mutual protection of investments between Turkmenistan and Oman."])
    assert [(a.kind.value, a.title.value) for a in drafts.agreements] == [
        ("memorandum of understanding", "Memorandum on tourism"), ("agreement", "Agreement on mutual protection of investments")]


def test_ministers_of_several_states_who_met_or_convened_hold_a_meeting(base):
    """Written for this test, on a fresh transport report: "The transport ministers of A, B, C, D and E convened in Astana on
    8 August 2023" drafted nothing ("convened" was no meeting's word, and the list of states ran on into "met" or "convened",
    read case-blind, so a meeting of more than two was taken for someone's meeting with them)."""
    for verb in ("convened", "met"):
        [meeting] = drafts_from(base, PartialDate(2024, 6, 1), [
            f"The transport ministers of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan {verb} in Astana on 8 August 2023."]).events
        assert (meeting.name.value, str(meeting.date.value), meeting.place.value) == (
            "Meeting of the transport ministers of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan", "2023-08-08", "Astana")


def test_a_meeting_told_by_an_opening_participle_is_of_its_subject_and_the_one_met(base):
    """Written for this test, on a fresh wire report: "Speaking at a meeting with Kyrgyz President Sadyr Japarov on Wednesday
    in Bishkek, Russian President Vladimir Putin said …" drafted no meeting (the clause before the comma names one person)."""
    [meeting] = drafts_from(base, PartialDate(2025, 11, 27), [
        "Speaking at a meeting with Kyrgyz President Sadyr Japarov on Wednesday in Bishkek, Russian President Vladimir Putin said the "
        "ties are strong."]).events
    assert (meeting.name.value, str(meeting.date.value), meeting.place.value, meeting.planned) == (
        "Meeting of Sadyr Japarov and Vladimir Putin", "2025-11-26", "Bishkek", False)


def test_a_business_forum_named_by_its_quoted_format_keeps_the_format(base):
    """Written for this test, on a fresh partner-format report: 'will host a "Central Asia plus Japan" business forum' was
    drafted as "Japan business forum"."""
    [forum] = drafts_from(base, PartialDate(2025, 12, 10), [
        'The Steppe Economy Ministry will host a "Central Asia plus Japan" business forum on the sidelines of the summit on 20 December 2025.']).events
    assert (forum.name.value, forum.planned) == ("Central Asia plus Japan business forum", True)


def test_two_meetings_both_held_in_a_city_share_it_and_keep_their_ordinals(base):
    """Written for this test, on a fresh energy report: "during the 9th ministerial meeting of the A Council and the 1st
    ministerial meeting of the B Council, both of which were held in Baku" gave Baku to the second only, and lost the
    ordinals ("ministerial" stood between them and "meeting")."""
    drafts = drafts_from(base, PartialDate(2023, 2, 5), [
        "The agreement was signed during the 9th ministerial meeting of the Steppe Gas Advisory Council and the 1st ministerial meeting "
        "of the Steppe Energy Advisory Council, both of which were held in Baku."])
    assert [(e.name.value, e.place.value if e.place else None) for e in drafts.events] == [
        ("9th meeting of the Steppe Gas Advisory Council", "Baku"), ("1st meeting of the Steppe Energy Advisory Council", "Baku")]


def test_this_is_the_first_visit_restates_the_visit_to_come(base):
    """Written for this test, on a fresh official report: "This is the first visit of James Cleverly to Kazakhstan" after
    "… will pay an official visit to Kazakhstan on 19-20 April" drafted a second visit, held."""
    drafts = drafts_from(base, PartialDate(2023, 4, 18), [
        "British Foreign Secretary James Cleverly will pay an official visit to Kazakhstan on 19-20 April 2023.",
        "This is the first visit of James Cleverly to Kazakhstan and Central Asia."])
    assert [(e.name.value, e.planned) for e in drafts.events] == [("Official visit of James Cleverly to Kazakhstan", True)]


def test_a_format_told_by_its_founding_is_no_event(base):
    """Written for this test, on a fresh official report: "Launched in 2004 at Japan's initiative, the Central Asia + Japan
    Dialogue has seen 15 meetings" drafted an event of 2004; the format is no one meeting of it."""
    assert drafts_from(base, PartialDate(2024, 5, 15), [
        "Launched in 2004 at Japan's initiative, the Central Asia + Steppe Dialogue has seen 15 meetings of senior officials."]).events == []
    [summit] = drafts_from(base, PartialDate(2024, 5, 15), ["The Central Asia + Steppe Dialogue was held in Astana on 14 May 2024."]).events
    assert str(summit.date.value) == "2024-05-14"


def test_a_convention_is_a_document_of_a_kind_the_model_does_not_name(base):
    """Written for this test, on a fresh official report: "They approved the convention on the legal status of delegations"
    drafted nothing (a convention was no document's noun); it is drafted as kind other, and a convention centre is none."""
    [convention] = drafts_from(base, PartialDate(2024, 4, 13), [
        "Kazakhstan and Uzbekistan signed the Convention on the Legal Status of the Steppe on 12 April 2024."]).agreements
    assert (convention.kind.value, convention.title.value, str(convention.date_signed.value)) == (
        "other", "Convention on the Legal Status of the Steppe", "2024-04-12")
    assert drafts_from(base, PartialDate(2024, 4, 13), ["The forum took place at the convention centre in Astana."]).agreements == []


def test_a_state_abbreviation_after_a_hyphen_ends_no_sentence():
    """Written for this test, on a fresh partner-format report: "The 10th Kazakhstan-U.K. Strategic Dialogue was held …" was
    cut after "U.K." (the abbreviation was read only as a word of its own), so the event lost its ordinal and states."""
    assert [s.text for s in sentences(["The 10th Kazakhstan-U.K. Strategic Dialogue was held in London on Feb. 11, 2025. It was useful."])] == [
        "The 10th Kazakhstan-U.K. Strategic Dialogue was held in London on Feb. 11, 2025.", "It was useful."]


def test_leaders_named_by_their_states_adjectives_who_held_a_closed_door_meeting(base):
    """Written for this test, on a fresh report's shape: "The Uzbek and Pakistani leaders held a closed-door meeting in
    Tashkent" drafted nothing ("closed-door" stood between "held a" and "meeting")."""
    [meeting] = drafts_from(base, PartialDate(2025, 2, 27), [
        "The Uzbek and Pakistani leaders held a closed-door meeting in Tashkent on 26 February 2025."]).events
    assert (meeting.name.value, str(meeting.date.value), meeting.place.value) == (
        "Meeting of the leaders of Uzbekistan and Pakistan", "2025-02-26", "Tashkent")


def test_they_who_signed_after_a_meeting_of_named_states_are_those_states(base):
    """Written for this test, on a fresh transport report: "To solidify these goals, they signed the Astana Communiqué" after
    the ministers of five states convened drafted a communiqué with no party and no name of its own."""
    drafts = drafts_from(base, PartialDate(2023, 8, 9), [
        "The transport ministers of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan convened in Astana on 8 August 2023. "
        "To solidify these goals, they signed the Astana Communiqué."])
    [communique] = drafts.agreements
    assert (communique.title.value, [p.value for p in communique.parties or communique.fallback_parties]) == (
        "Astana Communiqué", ["kazakhstan", "kyrgyzstan", "tajikistan", "turkmenistan", "uzbekistan"])


def test_who_are_set_to_sign_or_will_sign_are_the_parties_of_the_document_to_come(base):
    """Written for this test, on a fresh wire report: "Moscow and Bishkek are set to sign a package of major agreements" gave
    no party (the capitals stand for their states only before "signed"), and "Kazatomprom will sign an agreement with Orano on
    uranium supplies" gave none either."""
    [package] = drafts_from(base, PartialDate(2025, 11, 20), [
        "Moscow and Bishkek are set to sign a package of major agreements during the state visit."]).agreements
    assert (package.is_package, package.planned, [p.value for p in package.parties]) == (True, True, ["russia", "kyrgyzstan"])
    [agreement] = drafts_from(base, PartialDate(2025, 11, 20), ["Steppeprom will sign an agreement with Orano on uranium supplies."]).agreements
    assert (agreement.planned, [p.value.name.value for p in agreement.parties]) == (True, ["Steppeprom", "Orano"])


def test_a_state_visits_documents_listed_by_their_fields_and_the_sides_memorandums(base):
    """Written for this test, on a Kremlin release: "An exchange of documents signed during <name>'s state visit" drafted no
    package; "intergovernmental agreements on cooperation in healthcare, medical education and science, as well as plant
    quarantine and protection" made the later fields documents of no kind; "The sides also signed interagency memorandums
    … with regard to climate change, …, as well as a Memorandum … between the X Fund and the Y Agency" drafted nothing, and
    "the Russian Direct Investment Fund" was no body."""
    [package] = drafts_from(base, PartialDate(2024, 8, 19), [
        "An exchange of documents signed during Vladimir Putin's state visit to the Republic of Azerbaijan was conducted."]).agreements
    assert (package.is_package, package.planned) == (True, False)
    listed = drafts_from(base, PartialDate(2024, 8, 19), [
        "Russia and Azerbaijan signed 10 documents.",
        "The documents signed include intergovernmental agreements on cooperation in healthcare, medical education and science, "
        "as well as plant quarantine and protection."]).agreements
    assert [(a.kind.value, a.title.value) for a in listed if not a.is_package] == [
        ("agreement", "Intergovernmental agreement on cooperation in healthcare"),
        ("agreement", "Intergovernmental agreement on cooperation in medical education and science"),
        ("agreement", "Intergovernmental agreement on cooperation in plant quarantine and protection")]
    memorandums = drafts_from(base, PartialDate(2024, 8, 19), [
        "The sides also signed interagency memorandums of understanding with regard to climate change, low-carbon development, "
        "and labour inspection, as well as a Memorandum of Understanding between the Russian Direct Investment Fund and the "
        "Export and Investment Promotion Agency of the Republic of Azerbaijan."]).agreements
    assert [(a.title.value, [party_key(p.value) for p in a.parties]) for a in memorandums] == [
        ("Memorandum of understanding on climate change", []),
        ("Memorandum of understanding on low-carbon development", []),
        ("Memorandum of understanding on labour inspection", []),
        ("Memorandum of Understanding", ["Russian Direct Investment Fund", "Export and Investment Promotion Agency of Azerbaijan"])]


def test_a_sentence_broken_across_lines_of_a_copy_is_read_whole(tmp_path):
    """Written for this test, on a Kremlin release copied with a sentence over three lines ("An exchange of documents
    signed" / "during the state visit … was conducted" / "in the presence of …"): each line had been a paragraph, and the
    sentence never read. A line that ends no sentence goes on in the next where that starts in lower case; a heading stays
    a paragraph of its own."""
    copy = tmp_path / "release.txt"
    copy.write_text("FICTIONAL TEST TEXT\n\nThe President made a statement for the press after the talks in Baku.\nStatements for the press\n"
                    "An exchange of documents signed\nduring the state visit of the President to Azerbaijan was conducted\n"
                    "in the presence of the heads of state.\nThe sides talked about trade and transport at length.\n", encoding="utf-8")
    assert read_source(str(copy)).paragraphs == (
        "The President made a statement for the press after the talks in Baku.",
        "An exchange of documents signed during the state visit of the President to Azerbaijan was conducted in the presence of the heads of state.",
        "The sides talked about trade and transport at length.")


def test_a_press_centre_that_says_a_month_of_last_year_and_holders_named_after_their_offices_fields(base):
    """Written for this test, on fresh reports of lenders' agreements: "…, says the press center of the Ministry of Finance"
    made the ministry a party; "signed in October last year" gave October of the report's year; "a meeting between
    Uzbekistan's Minister of Economy and Finance, Jamshid Kuchkarov, and the UK Trade Envoy to Azerbaijan and Central Asia,
    Lord John Alderdice" found neither person, so no meeting."""
    [grant] = drafts_from(base, PartialDate(2024, 11, 4), [
        "Tajikistan and the Asian Development Bank have signed a grant agreement for US$86.6 million, says the press center of "
        "the Ministry of Finance."]).agreements
    assert [party_key(p.value) for p in grant.parties] == ["tajikistan", "Asian Development Bank"]
    [investment] = drafts_from(base, PartialDate(2023, 11, 8), [
        "Kazakhstan and Sweden signed the investment agreement in October last year."]).agreements
    assert str(investment.date_signed.value) == "2022-10"
    [meeting] = drafts_from(base, PartialDate(2026, 2, 17), [
        "The memorandum was signed during a meeting between Uzbekistan's Minister of Economy and Finance, Jamshid Kuchkarov, "
        "and the UK Trade Envoy to Azerbaijan and Central Asia, Lord John Alderdice."]).events
    assert meeting.name.value == "Meeting of Jamshid Kuchkarov and John Alderdice"


def test_arrivals_and_visits_told_in_an_aside_and_an_events_place_and_day_in_its_relative_clause(base):
    """Written for this test, on fresh reports: "landed in Tajikistan", "Mirziyoyev, who arrived in the United States on
    Wednesday, met …" and "Nurtleu, who is on a visit to Georgia, met …" drafted no visit; "the upcoming OTS Summit, which
    will be held in Samarkand on 11 November" had no day nor place; "is expected to arrive on Saturday" in a Saturday's
    report was a week on."""
    def events(published: PartialDate, text: str) -> list[tuple[str, str | None, str | None, bool]]:
        return [(e.name.value, str(e.date.value) if e.date else None, e.place.value if e.place else None, e.planned)
                for e in drafts_from(base, published, [text]).events]

    friday = PartialDate(2024, 11, 8)
    assert events(friday, "Qatar's Sheikh Tamim bin Hamad Al-Thani landed in Tajikistan on Thursday.") == [
        ("Visit of Tamim bin Hamad Al-Thani to Tajikistan", "2024-11-07", None, False)]
    assert events(friday, "Uzbek President Shavkat Mirziyoyev, who arrived in the United States on Wednesday, met business leaders.") == [
        ("Visit of Shavkat Mirziyoyev to United States", "2024-11-06", None, False)]
    assert events(friday, "Kazakh Foreign Minister Murat Nurtleu, who is on a visit to Georgia, met his counterpart.") == [
        ("Visit of Murat Nurtleu to Georgia", None, None, False)]
    assert events(friday, "The leaders will meet at the upcoming OTS Summit, which will be held in Samarkand on 11 November.") == [
        ("OTS Summit", "2024-11-11", "Samarkand", True)]
    saturday = PartialDate(2022, 5, 28)
    assert events(saturday, "President Recep Tayyip Erdogan is expected to arrive in Baku on Saturday for a working visit.")[0][1] == "2022-05-28"


def test_an_action_plan_to_do_something_and_an_apposition_that_will_do_something_leave_a_signing_done(real_data, real_names):
    """Written for this test, on fresh transport reports: "An action plan to address bottlenecks … was signed" was planned
    (its name read as "plans to"), and "signed a tripartite framework agreement on July 17 …, a strategic initiative that
    will benefit all of Eurasia" planned for July of the next year (the apposition's "will" read as the signing's)."""
    [plan] = drafted(real_data, real_names, "An action plan to address bottlenecks on the Middle Corridor was signed at the "
                                            "New Silk Way forum in Almaty on Monday.")
    assert (plan.planned, str(plan.date_signed.value)) == (False, "2026-02-02")
    [framework] = drafted(real_data, real_names, "Uzbekistan and Afghanistan signed a framework agreement on January 17 in Kabul "
                                                 "to develop a feasibility study for the railway, a strategic initiative that will benefit all of Eurasia.")
    assert (framework.planned, str(framework.date_signed.value)) == (False, "2026-01-17")
    assert drafted(real_data, real_names, "Kazakhstan plans to sign an agreement on transit with Uzbekistan.")[0].planned


def test_a_summit_told_again_by_its_noun_gives_its_day_and_the_declaration_adopted_at_it_that_day(base):
    """Written for this test, on a fresh summit release: "The Declaration has been adopted at the Extraordinary Summit …
    held in Ankara." then "The summit was held in Ankara on 16 March 2023." left both undated."""
    drafts = drafts_from(base, PartialDate(2023, 3, 17), [
        "The Declaration has been adopted at the Extraordinary Summit of the Heads of State of the Organization of Turkic States held in Ankara.",
        "The summit was held in Ankara on 16 March 2023."])
    [summit] = drafts.events
    assert (str(summit.date.value), summit.place.value) == ("2023-03-16", "Ankara")
    [declaration] = drafts.agreements
    assert str(declaration.date_signed.value) == "2023-03-16"


def test_an_events_days_and_place_in_brackets_after_its_name(base):
    """Written for this test, on a fresh water-agency release: "within the framework of the 10th World Water Forum (May
    18-24, 2024, Bali, Indonesia)" drafted the forum with no day nor place (the brackets were an aside, skipped)."""
    [forum] = drafts_from(base, PartialDate(2024, 4, 12), [
        "The ministers met at the 5th Caspian Economic Forum (12 August 2022, Moscow)."]).events
    assert (forum.name.value, str(forum.date.value), forum.place.value) == ("5th Caspian Economic Forum", "2022-08-12", "Moscow")


def test_a_quantity_is_no_year_regions_listed_after_in_are_where_and_a_range_across_months_beats_the_dateline(base):
    """Written for this test, on fresh China–Central Asia reports: "plants with a total capacity of 2000 MW in
    Kashkadarya, Samarkand and Bukhara regions" gave the memorandum the date 2000 and two regions as parties; "BEIJING,
    Nov. 28 (Xinhua) -- Wang Yi will chair the … Meeting from Nov. 30 to Dec. 1 in Chengdu" dated the meeting by the
    dateline (and, that day reached, held)."""
    [memorandum] = drafts_from(base, PartialDate(2024, 5, 1), [
        "The Ministry of Energy and China Energy Engineering Corporation signed a Memorandum of Understanding on the construction "
        "of solar plants with a total capacity of 2000 MW in Kashkadarya, Samarkand and Bukhara regions."]).agreements
    assert (memorandum.date_signed, [party_key(p.value) for p in memorandum.parties]) == (
        None, ["Ministry of Energy", "China Energy Engineering Corporation"])
    [meeting] = drafts_from(base, PartialDate(2024, 11, 28), [
        "BEIJING, Nov. 28 (Xinhua) -- Wang Yi will chair the fifth China-Central Asia Foreign Ministers' Meeting from Nov. 30 "
        "to Dec. 1 in Chengdu, Mao Ning announced on Thursday."]).events
    assert (str(meeting.date.value), meeting.planned) == ("2024-11-30/2024-12-01", True)


def test_the_ledgers_expectation_of_an_event_of_several_days_is_their_range(real_data):
    """The ledger's part of the evaluation compared a draft's range ("2024-08-22/2024-08-28", as the report gives it) with
    the recorded event's first day alone, counting the right range as a wrong date."""
    from accords.drafting.evaluate import expected_from_dataset

    _, events = expected_from_dataset(real_data, "menafn-2024-08-28")
    assert [(e.label, e.date) for e in events] == [("tajikistan-uzbekistan-demarcation-working-groups-termez-2024", "2024-08-22/2024-08-28")]


def test_documents_of_many_visits_are_background_several_to_be_signed_a_package_and_a_company_under_a_ministry_signs(base):
    """Written for this test, on fresh digital and space reports: "relations … based on … a number of joint statements and
    agreements signed during bilateral visits and meetings" drafted a joint statement; "are set to sign several agreements"
    one agreement, not a package to come; "Azercosmos OJSC under the Ministry of … has signed a memorandum … with the Turkish
    Space Agency" no party (an OJSC was no company, and "Turkish Space Agency" no body)."""
    assert drafts_from(base, PartialDate(2022, 5, 28), [
        "The relations between the two countries are based on shared values, as well as a number of joint statements and "
        "agreements signed during bilateral visits and meetings."]).agreements == []
    [package] = drafts_from(base, PartialDate(2022, 5, 28), [
        "Türkiye and Azerbaijan are set to sign several agreements that will cover space, technology and industry."]).agreements
    assert (package.is_package, package.planned, [p.value for p in package.parties]) == (True, True, ["turkiye", "azerbaijan"])
    [memorandum] = drafts_from(base, PartialDate(2022, 5, 28), [
        "Azerbaijan's Azercosmos OJSC under the Ministry of Digital Development and Transport has signed a memorandum of "
        "understanding with the Turkish Space Agency."]).agreements
    assert [party_key(p.value) for p in memorandum.parties] == ["Azercosmos OJSC", "Turkish Space Agency"]


def test_a_leader_who_will_head_or_travel_to_a_country_makes_a_visit_to_come(base):
    """Written for this test, on a fresh OTS report: "Erdoğan will head to Turkmenistan on Tuesday to attend the first
    summit …" drafted no visit (nor "will travel to"); an arrival's visit was never one to come."""
    for verb in ("will head to", "will travel to"):
        [visit] = drafts_from(base, PartialDate(2022, 12, 12), [f"President Recep Tayyip Erdoğan {verb} Turkmenistan on Tuesday."]).events
        assert (visit.name.value, str(visit.date.value), visit.planned) == ("Visit of Recep Tayyip Erdoğan to Turkmenistan", "2022-12-13", True)


def test_the_two_sides_after_a_ministers_meeting_with_a_funds_head_are_his_state_and_the_fund(base):
    """Written for this test, on a fresh lender's report: "… met with Saudi Fund for Development CEO Sultan Al-Marshad"
    drafted no meeting ("Sultan" read as an office), so "the two sides signed a loan agreement" had no parties; the sides
    are the minister's state and the fund its head's office names, not the fund's state."""
    drafts = drafts_from(base, PartialDate(2025, 10, 10), [
        "Kyrgyz Minister of Finance Almaz Baketaev met with Saudi Fund for Development CEO Sultan Al-Marshad.",
        "According to the ministry's press service, the two sides signed a loan agreement for the construction of schools."])
    assert [e.name.value for e in drafts.events] == ["Meeting of Almaz Baketaev and Sultan Al-Marshad"]
    [loan] = drafts.agreements
    assert [party_key(p.value) for p in loan.parties] == ["kyrgyzstan", "Saudi Fund for Development"]


def test_these_included_after_a_package_lists_its_documents(base):
    """Written for this test, on a fresh Gulf report: after "a number of agreements and memorandums of understanding were
    signed between the governments of Qatar and Tajikistan", "These included cooperation in the field of …, cooperation in
    the field of …" drafted none of them."""
    drafts = drafts_from(base, PartialDate(2023, 6, 8), [
        "A number of agreements and memorandums of understanding were signed between the governments of Qatar and Tajikistan.",
        "These included cooperation in the field of protecting endangered wildlife, cooperation in the field of construction."])
    assert [(a.kind.value, a.title.value, [p.value for p in a.parties]) for a in drafts.agreements if not a.is_package] == [
        ("other", "Cooperation in the field of protecting endangered wildlife", ["qatar", "tajikistan"]),
        ("other", "Cooperation in the field of construction", ["qatar", "tajikistan"])]


def test_laws_signed_to_ratify_counted_agreements_are_no_package_signed_that_day(base):
    """Written for this test, on a fresh wire report: "The president of Uzbekistan on Wednesday signed laws ratifying two
    key agreements with neighboring Kyrgyzstan" drafted a package of two signed on Wednesday (the laws' day)."""
    assert drafts_from(base, PartialDate(2022, 11, 30), [
        "The president of Uzbekistan on Wednesday signed laws ratifying two key agreements with neighboring Kyrgyzstan on "
        "their mutual border."]).agreements == []


def test_signed_by_the_heads_of_one_word_companies_and_after_the_witnesses(base):
    """Written for this test, on a fresh telecom report: "signed … by Emil Masimov, Chairman of AzerTelecom, and Bagdat Musin,
    Chairman of Kazakhtelecom" gave no parties (a one-word company is no body by its words), and "The document was signed in
    the presence of the Prime Ministers …, Ali Asadov and Olzhas Bektenov, by …" no signatories."""
    [agreement] = drafts_from(base, PartialDate(2025, 3, 10), [
        "An agreement on the fibre-optic line was signed by Emil Masimov, Chairman of AzerTelecom, and Bagdat Musin, Chairman "
        "of Kazakhtelecom, on Monday."]).agreements
    assert [party_key(p.value) for p in agreement.parties] == ["AzerTelecom", "Kazakhtelecom"]
    [told] = drafts_from(base, PartialDate(2025, 3, 10), [
        "Azerbaijan and Kazakhstan signed an agreement on the Trans-Caspian fibre-optic line on Monday.",
        "The document was signed in the presence of the Prime Ministers of Azerbaijan and Kazakhstan, Ali Asadov and Olzhas "
        "Bektenov, by Emil Masimov, Chairman of AzerTelecom, and Bagdat Musin, Chairman of Kazakhtelecom."]).agreements
    assert [party_key(s[0].value) for s in told.signatories] == ["Emil Masimov", "Bagdat Musin"]


def test_a_council_that_met_or_will_meet_is_its_meeting(base):
    """Written for this test, on fresh OTS reports: "the Council of Foreign Ministers of the OTS will meet in Budapest" and
    "The Council of Heads of State of the Organization of Turkic States that met in the Uzbek city of Samarkand on November
    11 …" drafted no meeting."""
    [planned] = drafts_from(base, PartialDate(2025, 5, 19), [
        "Ahead of the summit, the Council of Foreign Ministers of the OTS will meet in Budapest to finalize the agenda."]).events
    assert (planned.name.value, planned.place.value, planned.planned) == ("Meeting of the Council of Foreign Ministers of the OTS", "Budapest", True)
    summit = drafts_from(base, PartialDate(2022, 11, 12), [
        "The Council of Heads of State of the Organization of Turkic States that met in the Uzbek city of Samarkand on November "
        "11 has ended with adoption of a joint declaration."]).events
    assert [(e.name.value, str(e.date.value), e.place.value, e.planned) for e in summit] == [
        ("Summit of the Council of Heads of State of the Organization of Turkic States", "2022-11-11", "Samarkand", False)]


def test_one_currently_on_a_visit_to_the_kingdom_visits_the_state_of_the_city_named_after(base):
    """Written for this test, on the shape of a gold development report: "Mirziyoyev, who is currently on a visit to the
    Kingdom, met with the Crown Prince … in Jeddah" drafted no visit ("currently" stood between "is" and "on a visit", and
    "the Kingdom" names no state)."""
    [visit] = drafts_from(base, PartialDate(2022, 8, 18), [
        "Uzbek President Shavkat Mirziyoyev, who is currently on a visit to the Kingdom, met with the Crown Prince in Jeddah."]).events
    assert visit.name.value == "Visit of Shavkat Mirziyoyev to Saudi Arabia"


def test_a_signing_called_important_is_none_and_a_founding_or_a_day_given_up_dates_no_event(base):
    """Written for this test, on this session's second round of fresh reports: "noted the importance of preparing and
    signing a program" drafted a programme signed; "a platform launched in 2007" dated the forum 2007; "initially scheduled
    for 4 March, will be held on 3-4 April" dated the summit 4 March."""
    assert drafts_from(base, PartialDate(2025, 2, 20), [
        "The sides noted the importance of preparing and signing a program of cooperation for 2024-2026."]).agreements == []
    [forum] = drafts_from(base, PartialDate(2025, 2, 20), [
        "The Korea-Central Asia Cooperation Forum, a platform launched in 2007, was held in Busan on Tuesday."]).events
    assert str(forum.date.value) == "2025-02-18"
    [summit] = drafts_from(base, PartialDate(2025, 2, 20), [
        "The EU-Central Asia summit, initially scheduled for 4 March, will be held on 3-4 April in Samarkand."]).events
    assert (str(summit.date.value), summit.planned) == ("2025-04-03/2025-04-04", True)


def test_the_one_a_document_is_signed_with_in_the_passive_or_after_its_noun(base):
    """Written for this test, on this session's second round of fresh energy reports: "an agreement … will be signed with
    CNNC next month" and "A memorandum with POWERCHINA was signed" lost the company."""
    [memorandum] = drafts_from(base, PartialDate(2024, 6, 4), ["A memorandum with POWERCHINA was signed in Tashkent on Monday."]).agreements
    assert [party_key(p.value) for p in memorandum.parties] == ["POWERCHINA"]
    [planned] = drafts_from(base, PartialDate(2024, 6, 4), [
        "Uzbekistan's Ministry of Energy said an agreement on the nuclear power plant will be signed with CNNC next month."]).agreements
    assert "CNNC" in [party_key(p.value) for p in planned.parties] and planned.planned


def test_two_states_adjectives_before_a_documents_noun_are_its_parties(base):
    """Written for this test, on this session's second round of fresh Azerbaijan–Central Asia reports: "a Kazakh-Uzbek
    agreement on transit" had no parties, and "A ceremony of signing Azerbaijani-Kazakh documents was held" drafted nothing
    (the generic "the ceremony of signing bilateral documents", a list after it, stays the list's)."""
    [agreement] = drafts_from(base, PartialDate(2025, 7, 29), ["They signed a Kazakh-Uzbek agreement on transit."]).agreements
    assert [p.value for p in agreement.parties] == ["kazakhstan", "uzbekistan"]
    [package] = drafts_from(base, PartialDate(2025, 7, 29), ["A ceremony of signing Azerbaijani-Kazakh documents was held after the talks."]).agreements
    assert (package.is_package, [p.value for p in package.parties]) == (True, ["azerbaijan", "kazakhstan"])
    assert drafts_from(base, PartialDate(2025, 7, 29), ["The ceremony of signing bilateral documents took place."]).agreements == []


def test_a_region_a_bridge_goes_from_and_a_state_in_a_companys_brackets_are_no_parties(base):
    """Written for this test, on this session's second round of fresh energy reports: "an energy bridge from the Caucasus
    region to Europe" made the region a party, and "KazMunayGas (KMG, Kazakhstan's national oil and gas company) and China
    Venture Capital (CVC) have signed" made Kazakhstan one in the company's place."""
    assert "Caucasus region" not in parties_of_the_one(base, PartialDate(2024, 6, 4), (
        "The Strategic Partnership Agreement, which provides for the construction of an energy bridge from the Caucasus region to "
        "Europe, was signed by Azerbaijan, Georgia, Romania and Hungary on December 17, 2022."))
    assert parties_of_the_one(base, PartialDate(2024, 6, 4), (
        "KazMunayGas (KMG, Kazakhstan's national oil and gas company) and China Venture Capital (CVC) have signed a Memorandum of "
        "Understanding on cooperation.")) == ["KazMunayGas", "China Venture Capital"]


def test_a_meeting_that_concluded_with_a_signing_dates_it(base):
    """Written for this test, on this session's second round of fresh reports: "On July 28, 2025, Baku hosted the 8th meeting
    of …" then "The meeting concluded with the signing of a protocol" left the protocol undated."""
    [protocol] = drafts_from(base, PartialDate(2025, 7, 29), [
        "On July 28, 2025, Baku hosted the 8th meeting of the Azerbaijan-Turkmenistan Intergovernmental Commission on Economic Cooperation.",
        "The meeting concluded with the signing of a protocol aimed at expanding bilateral partnership."]).agreements
    assert str(protocol.date_signed.value) == "2025-07-28"


def test_consultations_between_two_states_ministries_and_a_solid_package_to_be_signed(base):
    """Written for this test, on this session's third round of fresh official releases (read on the code before it):
    "Political consultations were held between the Ministries of Foreign Affairs of Turkmenistan and Kazakhstan" drafted no
    event (the states stood inside the ministries' names), and "A solid package of documents will be signed" no package."""
    [consultations] = drafts_from(base, PartialDate(2024, 8, 15), [
        "Political consultations were held between the Ministries of Foreign Affairs of Turkmenistan and Kazakhstan in Ashgabat on 14 August."]).events
    assert (consultations.name.value, str(consultations.date.value), consultations.place.value) == (
        "Political consultations between Turkmenistan and Kazakhstan", "2024-08-14", "Ashgabat")
    [package] = drafts_from(base, PartialDate(2022, 10, 17), [
        "A solid package of documents will be signed following the talks between Uzbekistan and Azerbaijan."]).agreements
    assert (package.is_package, package.planned) == (True, True)


def test_a_summit_told_again_by_its_attendance_and_one_who_mentioned_contracts(base):
    """Written for this test, on this session's third round of fresh reports (read on the code before it): "The summit was
    attended by President of … A, President of … B, …" after the meeting it is drafted a second summit; one who "mentioned"
    contracts to be signed is no signatory; "President of Kazakhstan X and President of France Y have signed" had X's
    signature only where no "have" stood before "signed"."""
    events = drafts_from(base, PartialDate(2025, 11, 16), [
        "The 7th Consultative Meeting of the Heads of State of Central Asia was held in Tashkent on 16 November.",
        "The summit was attended by President of Kazakhstan Kassym-Jomart Tokayev, President of Kyrgyzstan Sadyr Japarov and "
        "President of Tajikistan Emomali Rahmon."]).events
    assert [e.name.value for e in events] == ["7th Consultative Meeting of the Heads of State of Central Asia"]
    [contracts] = drafts_from(base, PartialDate(2023, 11, 1), [
        "President of France Emmanuel Macron arrived in Astana on an official visit.",
        "Macron mentioned substantial contracts that will be signed between Kazakhstan and France."]).agreements
    assert contracts.signatories == []
    [declaration] = drafts_from(base, PartialDate(2023, 11, 2), [
        "ASTANA – President of Kazakhstan Kassym-Jomart Tokayev and President of France Emmanuel Macron have signed a joint "
        "declaration of intent on cooperation on strategic minerals."]).agreements
    assert [party_key(s[0].value) for s in declaration.signatories] == ["Kassym-Jomart Tokayev", "Emmanuel Macron"]


def test_a_visit_of_an_office_whose_holder_is_named_between_commas(base):
    """Written for this test, on this session's third round of fresh reports: "The official visit of the President of
    Kazakhstan, Kassym-Jomart Tokayev, to the Kyrgyz Republic took place on 27 November" drafted no visit (only a lower-case
    aside could stand between the visitor's office and "to")."""
    [visit] = drafts_from(base, PartialDate(2024, 11, 28), [
        "The official visit of the President of Kazakhstan, Kassym-Jomart Tokayev, to the Kyrgyz Republic took place on 27 November."]).events
    assert (visit.name.value, str(visit.date.value)) == ("Official visit of Kassym-Jomart Tokayev to Kyrgyzstan", "2024-11-27")


def test_a_city_s_state_a_framework_and_what_a_document_founds_are_no_parties(base):
    """Written for this test, on this session's first round of fresh reports (read on the code before it): "with Almaty,
    Kazakhstan" made Kazakhstan a party beside its city; "As part of the Türkiye-Uzbekistan Joint Economic Commission …, Mayor
    Altay signed a memorandum … between A and B" made the commission one; and the Organization of Turkic States, whose member
    countries' council the memorandum founds, another."""
    assert "kazakhstan" not in parties_of_the_one(base, PartialDate(2025, 6, 18), "Shanghai signed a sister-city agreement with Almaty, Kazakhstan, "
                                                                                  "during the summit.")
    assert "Türkiye-Uzbekistan Joint Economic Commission" not in parties_of_the_one(base, PartialDate(2025, 6, 17), (
        "As part of the Türkiye-Uzbekistan Joint Economic Commission and its 8th meeting, Mayor Altay signed a memorandum of "
        "understanding between the Union of Turkish World Municipalities and the Ministry of Economy and Finance of Uzbekistan."))
    [council] = drafts_from(base, PartialDate(2024, 11, 6), [
        "A Memorandum of Understanding was signed regarding the establishment of the Council of Central Banks of the Member "
        "Countries of the Organization of Turkic States.",
        "The 11th Summit of the Organization of Turkic States was held in Bishkek on November 5-6, 2024.",
        "During the summit, the National Bank of Kazakhstan and the Central Bank of Uzbekistan signed a Memorandum of "
        "Understanding for the establishment of the Council of Central Banks of the Member Countries of the Organization of Turkic States."]).agreements
    # one memorandum, the lead's, told again with its parties and dated by the summit
    assert [party_key(p.value) for p in council.parties] == ["National Bank of Kazakhstan", "Central Bank of Uzbekistan"]
    assert str(council.date_signed.value) == "2024-11-05/2024-11-06"


def test_who_met_after_a_signature_neither_signs_nor_meets_with_the_signer(base):
    """Written for this test, on this session's first round of fresh reports: in "The agreement was signed in Tianjin by Kyrgyz
    Minister of Economy and Commerce Bakyt Sydykov during the SCO Summit, following talks between Kyrgyz President Sadyr
    Zhaparov and Chinese President Xi Jinping" the three were signatories, "Commerce Bakyt Sydykov" one of them, and all three
    at the talks; the agreement is between the states of the two whose talks it followed."""
    drafts = drafts_from(base, PartialDate(2025, 9, 3), [
        "The agreement was signed in Tianjin by Kyrgyz Minister of Economy and Commerce Bakyt Sydykov during the SCO Summit, "
        "following talks between Kyrgyz President Sadyr Zhaparov and Chinese President Xi Jinping."])
    [agreement] = drafts.agreements
    assert [party_key(s[0].value) for s in agreement.signatories] == ["Bakyt Sydykov"]
    assert [p.value for p in agreement.parties] == ["kyrgyzstan", "china"]
    assert "Talks of Sadyr Zhaparov and Xi Jinping" in [e.name.value for e in drafts.events]


def test_a_national_company_is_the_party_not_its_state_and_what_is_built_is_none(base):
    """Written for this test, on this session's first round of fresh reports: "Kazakhstan's national oil and gas company
    KazMunayGas" (four words between the possessive and "company") made Kazakhstan a party beside the company; "KazMunayGas
    (KMG), the national oil and gas company of Kazakhstan" and "Kazakhstan's national oil and gas company, KazMunayGas (KMG),"
    put Kazakhstan in the company's place; the centre an agreement is "on the construction and equipping of" was its party."""
    assert parties_of_the_one(base, PartialDate(2024, 6, 13), "Kazakhstan’s national oil and gas company KazMunayGas and Hyundai Engineering signed an "
                                                              "agreement on the project.") == ["KazMunayGas", "Hyundai Engineering"]
    assert parties_of_the_one(base, PartialDate(2025, 5, 6), "The Vietnam National Industry-Energy Group (Petrovietnam) and KazMunayGas (KMG), the national oil and gas "
                                                             "company of Kazakhstan, signed an agreement on exploration.") == [
        "Vietnam National Industry-Energy Group", "KazMunayGas"]
    assert parties_of_the_one(base, PartialDate(2025, 12, 29), "Kazakhstan’s national oil and gas company, KazMunayGas (KMG), has signed a cooperation "
                                                               "agreement with China’s CITIC Construction.") == ["KazMunayGas", "CITIC Construction"]
    assert parties_of_the_one(base, PartialDate(2025, 1, 22), "An agreement was signed on the construction and equipping of the Republican Medical "
                                                              "Center for Neurology in Tashkent.") == []


def test_a_sites_report_line_is_a_dateline_not_the_signings_date(base):
    """Written for this test, on this session's first round of fresh reports: "Wedoany.com Report-Nov. 27, A and B signed a
    memorandum … on 24 November 2025" was dated 27 November, the dateline's day."""
    [memorandum] = drafts_from(base, PartialDate(2025, 11, 27), [
        "Wedoany.com Report-Nov. 27, Türkiye Nükleer Enerji AŞ and Korea Electric Power Corporation signed a memorandum of "
        "understanding on nuclear energy cooperation in Ankara on 24 November 2025."]).agreements
    assert str(memorandum.date_signed.value) == "2025-11-24"


def test_documents_exchanged_after_a_dated_package_are_of_it_and_a_when_clause_takes_its_year(base):
    """Written for this test, on this session's first round of fresh reports: "Pakistan and Kyrgyzstan on Thursday signed
    multiple accords …" then, paragraphs later, "Both sides exchanged MoUs between …" left the memoranda undated and outside the
    package (only a "signed" one joined it, within six paragraphs); "ties date back to 1997, when both countries signed a
    protocol" left the protocol undated."""
    drafts = drafts_from(base, PartialDate(2025, 12, 4), [
        "Pakistan and Kyrgyzstan on Thursday signed multiple accords to strengthen bilateral cooperation.",
        *["The leaders discussed trade."] * 7,
        "Both sides exchanged MoUs between the Foreign Service Academy of Pakistan and the Diplomatic Academy of the Kyrgyz Republic."])
    memorandum = drafts.agreements[-1]
    assert (memorandum.kind.value, str(memorandum.date_signed.value), memorandum.part_of is drafts.agreements[0]) == (
        "memorandum of understanding", "2025-12-04", True)
    [protocol] = drafts_from(base, PartialDate(2023, 10, 3), [
        "Doha and Tashkent’s bilateral ties date back to 1997, when both countries signed a protocol."]).agreements
    assert str(protocol.date_signed.value) == "1997"


def test_a_document_inked_following_their_discussions_is_of_those_who_met_that_day(base):
    """Written for this test, on this session's first round of fresh reports: "… Rahmon and … Raisi met in Dushanbe …
    Following their discussions, a Memorandum on … was inked" had no parties and no date ("their" and "discussions" were not
    read as the meeting told of)."""
    [memorandum] = drafts_from(base, PartialDate(2024, 4, 24), [
        "On November 8, 2023, Tajikistan's President Emomali Rahmon and Iran's President Ebrahim Raisi met in Dushanbe. Following "
        "their discussions, a Memorandum on International and Transit Transport via the port of Chabahar was inked."]).agreements
    assert ([p.value for p in memorandum.parties], str(memorandum.date_signed.value)) == (["tajikistan", "iran"], "2023-11-08")


def test_the_banks_of_two_states_sign_and_among_them_is_one_of_the_package(base):
    """Written for this test, on this session's first round of fresh reports: "The Central Banks of Azerbaijan (CBA) and
    Uzbekistan signed a memorandum" had the two states as parties, not their banks; "Among them is the agreement on
    cooperation in education and science", after a package signed, drafted nothing."""
    [memorandum] = drafts_from(base, PartialDate(2024, 7, 4), [
        "The Central Banks of Azerbaijan (CBA) and Uzbekistan signed a memorandum of understanding on cooperation."]).agreements
    assert [party_key(p.value) for p in memorandum.parties] == ["Central Bank of Azerbaijan", "Central Bank of Uzbekistan"]
    package, agreement = drafts_from(base, PartialDate(2024, 7, 4), [
        "During the state visit of Xi Jinping to Astana, numerous documents were signed between China and Kazakhstan.",
        "Among them is the agreement on cooperation in education and science."]).agreements
    assert (agreement.title.value, agreement.part_of is package) == ("Agreement on cooperation in education and science", True)


def test_a_doctor_signs_and_a_summit_is_where_a_document_was_signed_during_it(base):
    """Written for this test, on this session's first round of fresh reports: "The Memorandum was signed by CBRT President Dr.
    Fatih Karahan, …" drafted no signatory (the full stop of "Dr." was read as a sentence's end between "signed by" and the
    names); "The agreement was signed in Tianjin by … during the SCO Summit" left the summit without its place."""
    [memorandum] = drafts_from(base, PartialDate(2024, 11, 6), [
        "The National Bank of Kazakhstan and the Central Bank of Uzbekistan signed a Memorandum of Understanding on payments.",
        "The Memorandum was signed by NBK Chairman Dr. Timur Suleimenov and the President of the Central Bank of Uzbekistan, "
        "Mamarizo Nurmuratov."]).agreements
    assert [party_key(s[0].value) for s in memorandum.signatories] == ["Timur Suleimenov", "Mamarizo Nurmuratov"]
    events = drafts_from(base, PartialDate(2025, 9, 3), [
        "The agreement was signed in Tianjin by Kyrgyz Minister of Economy and Commerce Bakyt Sydykov during the SCO Summit."]).events
    assert [(e.name.value, e.place.value) for e in events] == [("SCO Summit", "Tianjin")]


def test_a_condition_understandings_reached_and_words_after_between_that_name_no_pair_sign_nothing(base):
    """Written for this test, on this session's second round of fresh reports (read on the code before it): "promised
    assistance if an official migration agreement between Berlin and Tashkent was signed" drafted a signed agreement; "the
    progress of implementation of agreements reached following the meetings of the leaders" one between Uzbekistan and Russia;
    "agreements were signed between Kyrgyz and German universities, alongside initiatives to promote … and …" one "between
    alongside initiatives …"."""
    for published, text in (
            (PartialDate(2025, 3, 1), "The Uzbek government promised assistance if an official migration agreement between Berlin and "
                                      "Tashkent was signed."),
            (PartialDate(2022, 12, 20), "The parties discussed issues of Uzbek-Russian relations, the progress of implementation of "
                                        "agreements reached following the meetings of the leaders, and outlined plans for 2023."),
            (PartialDate(2024, 11, 1), "Additionally, cooperation agreements were signed between Kyrgyz and German universities, "
                                       "alongside initiatives to promote smart home technology manufacturing and train operators.")):
        assert [a.title.value for a in drafts_from(base, published, [text]).agreements if "alongside" in str(a.title.value) or a.parties] == []


def test_signatories_listed_with_semicolons_and_a_ministry_of_irrigation(base):
    """Written for this test, on this session's second round of fresh reports: "signed … by A, First Deputy Minister of …; B,
    Deputy Minister of …; and C, Chief Executive Officer of Masdar" had A only (a semicolon ended the words after "signed
    by"); "Minister of Water Resources and Irrigation Nurzhan Nurzhigitov" signed as "Irrigation Nurzhan Nurzhigitov"."""
    [agreement] = drafts_from(base, PartialDate(2023, 5, 19), [
        "The agreement was jointly signed in Tashkent by Azim Akhmedkhadjaev, First Deputy Minister of Energy of the Republic of "
        "Uzbekistan; Sarvar Khamidov, Deputy Minister of Investment of the Republic of Uzbekistan; and Mohamed Jameel Al Ramahi, "
        "Chief Executive Officer of Masdar."]).agreements
    assert [party_key(s[0].value) for s in agreement.signatories] == ["Azim Akhmedkhadjaev", "Sarvar Khamidov", "Mohamed Jameel Al Ramahi"]
    [water] = drafts_from(base, PartialDate(2023, 11, 12), [
        "The agreement was signed by Kazakh Minister of Water Resources and Irrigation Nurzhan Nurzhigitov and Israeli Minister of "
        "Regional Cooperation David Amsalem."]).agreements
    assert [party_key(s[0].value) for s in water.signatories] == ["Nurzhan Nurzhigitov", "David Amsalem"]


def test_who_invited_is_no_signer_and_who_signed_with_him_is(base):
    """Written for this test, on this session's second round of fresh reports (read on the code before it): "this visit, at
    the invitation of the President of Italy Sergio Mattarella, … the Joint Declaration … signed by President Ilham Aliyev" made
    Mattarella a signatory; "Kassym-Jomart Tokayev signed a joint declaration with Uzbek President Shavkat Mirziyoyev" had one
    signatory and one party; "on July 18-19 in 2018" was read in the report's year."""
    [declaration] = drafts_from(base, PartialDate(2022, 9, 2), [
        "The goal of this visit, at the invitation of the President of Italy Sergio Mattarella, was to discuss the implementation "
        "of the Joint Declaration on Strategic Partnership signed by President Ilham Aliyev during a state visit to Italy in February 2020."]).agreements
    assert [party_key(s[0].value) for s in declaration.signatories] == ["Ilham Aliyev"]
    [joint] = drafts_from(base, PartialDate(2024, 9, 16), [
        "Kazakh President Kassym-Jomart Tokayev signed a joint declaration with Uzbek President Shavkat Mirziyoyev."]).agreements
    assert ([party_key(s[0].value) for s in joint.signatories], [p.value for p in joint.parties]) == (
        ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"], ["kazakhstan", "uzbekistan"])
    assert str(dates_in("on July 18-19 in 2018", PartialDate(2022, 9, 2))[0].date) == "2018-07-18/2018-07-19"


def test_a_place_opening_a_sentence_is_no_one_and_a_city_of_two_words_is_whole(base):
    """Written for this test, on this session's second round of fresh reports: "In Astana, the King is due to meet with …
    Tokayev" drafted a meeting of "In Astana"; "held in Abu Dhabi" placed a meeting in "Abu"."""
    events = drafts_from(base, PartialDate(2025, 11, 28), [
        "In Astana, the King is due to meet with Kazakhstan President Kassym-Jomart Tokayev.",
        "The first meeting of the Cooperation Committee on Strategic Partnership has been held in Abu Dhabi."]).events
    assert "In Astana" not in " ".join(str(e.name.value) for e in events)
    assert [e.place.value for e in events if e.place] == ["Abu Dhabi"]


def test_a_commissions_protocol_signed_by_its_co_chairs_between_dashes(base):
    """Written for this test, on this session's second round of fresh reports: "Yesterday in Dushanbe, the co-chairs of the
    Tajik-Turkmen Joint Commission for Trade … — Sulaymon Ziyozoda (Tajikistan) and Tangryguly Atakhallyev (Turkmenistan) —
    signed a protocol" made the commission its party and left it undated (the names between dashes cut "Yesterday" off the
    verb's clause); its states are those of the commission's paired adjectives."""
    [protocol] = drafts_from(base, PartialDate(2023, 11, 29), [
        "DUSHANBE, 29.11.2023 (NIAT Khovar) – Yesterday in Dushanbe, the co-chairs of the Tajik-Turkmen Joint Commission for Trade, "
        "Economic, Scientific and Technical Cooperation — Sulaymon Ziyozoda (Tajikistan) and Tangryguly Atakhallyev (Turkmenistan) — "
        "signed a protocol at the twelfth meeting of the Commission."]).agreements
    assert ([p.value for p in protocol.parties], str(protocol.date_signed.value)) == (["tajikistan", "turkmenistan"], "2023-11-28")


def test_three_companies_listed_before_signed_each_with_its_state_after_it(base):
    """Written for this test, on this session's second round of fresh reports: "SOCAR (State Oil Company of the Republic of
    Azerbaijan), Masdar from the UAE, and ACWA Power of Saudi Arabia have signed" had SOCAR's name spelt out and Saudi Arabia
    as parties, Masdar and ACWA Power none; "Masdar, the UAE's energy business, recently signed" had the UAE in Masdar's place."""
    [memorandum] = drafts_from(base, PartialDate(2024, 11, 15), [
        "SOCAR (State Oil Company of the Republic of Azerbaijan), Masdar from the UAE, and ACWA Power of Saudi Arabia have signed a "
        "memorandum of understanding on offshore wind."]).agreements
    assert [party_key(p.value) for p in memorandum.parties] == ["SOCAR", "Masdar", "ACWA Power"]
    [agreement] = drafts_from(base, PartialDate(2024, 11, 15), [
        "Masdar, the UAE's energy business, recently signed an agreement with the Government of Uzbekistan on solar plants."]).agreements
    assert [party_key(p.value) for p in agreement.parties] == ["Masdar", "uzbekistan"]


def test_a_day_or_two_after_a_reports_date_is_of_its_year():
    """Written for this test, on this session's third round of fresh reports: "On December 2 …" in a copy dated December 1
    (its source's date line a day early) was read as 2 December of the year before."""
    assert [str(d.date) for d in dates_in("On December 2, the meeting was held.", PartialDate(2022, 12, 1))] == ["2022-12-02"]
    assert [str(d.date) for d in dates_in("On December 5, the meeting was held.", PartialDate(2022, 12, 1))] == ["2021-12-05"]


def test_what_a_meeting_prepared_who_invited_an_invitation_received_and_an_anniversary(base):
    """Written for this test, on this session's third round of fresh reports (read on the code before it): "a meeting dedicated
    to the preparations for the Seventh Consultative Meeting …, scheduled to take place in Tashkent this fall, was held" on
    August 5 drafted the Consultative Meeting as held that day; "Upon the invitation of the President of … Türkiye, Recep Tayyip
    Erdoğan, the President of Uzbekistan, Shavkat Mirziyoyev, visited Ankara" was Erdoğan's visit; "received an invitation from
    President Trump" a meeting with him (the capital of "received X" was read case-blind); "July 27 marked 25 years since the
    signing of the Declaration …" dated the declaration that July 27."""
    [prepared] = drafts_from(base, PartialDate(2025, 8, 6), [
        "On August 5, 2025, in Awaza, a meeting dedicated to the preparations for the Seventh Consultative Meeting of Heads of State "
        "of Central Asia, scheduled to take place in Tashkent this fall, was held."]).events
    assert (prepared.planned, prepared.date) == (True, None)
    names = [e.name.value for e in drafts_from(base, PartialDate(2026, 1, 30), [
        "Upon the invitation of the President of the Republic of Türkiye, Recep Tayyip Erdoğan, the President of Uzbekistan, Shavkat "
        "Mirziyoyev, visited Ankara on 29 January 2026."]).events]
    assert names == ["Visit of Shavkat Mirziyoyev to Türkiye"]
    assert [e.name.value for e in drafts_from(base, PartialDate(2025, 10, 27), [
        "President Shavkat Mirziyoyev also received an invitation from President Trump to attend the C5+1 summit."]).events if "Trump" in str(e.name.value)] == []
    [declaration] = drafts_from(base, PartialDate(2025, 7, 28), [
        "July 27 marked 25 years since the signing of the Declaration of Eternal Friendship between Kyrgyzstan and Russia."]).agreements
    assert declaration.date_signed is None


def test_a_year_glued_to_the_next_sentence_ends_it_and_how_often_is_no_meeting(base):
    """Written for this test, on this session's third round of fresh reports: "… approved in March 2023.Moreover, a protocol was
    signed" was one sentence (a full stop after a year, no space); "the meeting of the Uzbek-Turkish Council for Strategic
    Cooperation henceforth will be held annually" drafted a meeting to come."""
    assert split_sentences("The agreement was approved in March 2023.Moreover, a protocol was signed.") == [
        "The agreement was approved in March 2023.", "Moreover, a protocol was signed."]
    assert drafts_from(base, PartialDate(2022, 3, 29), [
        "The President of Turkey also said that the meeting of the Uzbek-Turkish Council for Strategic Cooperation henceforth will "
        "be held annually."]).events == []


def test_the_two_sides_during_the_talks_are_those_of_the_talks_not_of_a_visit_told_after_them(base):
    """Written for this test, on this session's third round of fresh reports: "The two sides signed agreements on … migration
    during the talks", after Putin's meeting with Japarov and a sentence on Tokayev's visit to Moscow, were Kazakhstan's and
    Russia's (the occasion was the last event told of, whatever the sentence named), and undated."""
    [agreement] = drafts_from(base, PartialDate(2025, 11, 26), [
        "Russian President Vladimir Putin met with Kyrgyz President Sadyr Japarov in Bishkek on Wednesday.",
        "The meeting followed Kazakh President Kassym-Jomart Tokayev's visit to Moscow.",
        "The two sides signed an agreement on migration during the talks."]).agreements
    assert ([p.value for p in agreement.parties], str(agreement.date_signed.value)) == (["russia", "kyrgyzstan"], "2025-11-26")


def test_capitals_that_sign_and_companies_listed_with_their_states_before_them(base):
    """Written for this test, on this session's third round of fresh reports (read on the code before it): "Moscow, Tashkent
    sign contract" and "signed between Moscow, Baku and Tehran" had no parties; "Russia's RZD Logistics, Kazakhstan's KTZ
    Express and Uzbekistan's UTY Logistics signed" had the last only ("Logistics" had been made an office's word, now not);
    "… and Türkiye’s TCDD Taşimacilik A.Ş. signed" lost the Turkish company (the full stops of "A.Ş."); "Meanwhile, Uzbekistan
    and Qatar have signed" names no signer "Meanwhile"."""
    assert parties_of_the_one(base, PartialDate(2024, 5, 27), "Moscow, Tashkent sign contract for nuclear power plant construction.") == ["russia", "uzbekistan"]
    assert parties_of_the_one(base, PartialDate(2023, 5, 17), "A trilateral agreement on the North-South corridor was signed between Moscow, Baku and "
                                                              "Tehran.") == ["russia", "azerbaijan", "iran"]
    assert parties_of_the_one(base, PartialDate(2022, 11, 11), "Russia's RZD Logistics, Kazakhstan's KTZ Express and Uzbekistan's UTY Logistics signed a "
                                                               "memorandum on container transport.") == ["RZD Logistics", "KTZ Express", "UTY Logistics"]
    assert "TCDD Taşimacilik A.Ş." in parties_of_the_one(base, PartialDate(2025, 7, 31), "Kazakhstan Temir Zholy and Türkiye’s TCDD Taşimacilik A.Ş. "
                                                                                         "signed an agreement on freight.")
    assert "Meanwhile" not in parties_of_the_one(base, PartialDate(2023, 10, 2), "Meanwhile, Uzbekistan and Qatar have signed an investment agreement "
                                                                                 "in the field of green energy.")


def test_the_body_whose_summit_is_the_occasion_is_no_party(base):
    """Written for this test (a shape of the summits the region's reports tell of; no report of the cache has it): the
    organisation whose summit a document is signed at was a party ("on the sidelines of the Shanghai Cooperation
    Organisation summit"), and a state after the organisation's name and a comma was taken into the name ("the Organization
    of Turkic States, Kyrgyzstan"), so that Kyrgyzstan was lost."""
    assert parties_of_the_one(base, PartialDate(2025, 9, 1), "Kyrgyzstan and China signed an agreement on the railway on the sidelines of the "
                                                             "Shanghai Cooperation Organisation summit in Tianjin.") == ["kyrgyzstan", "china"]
    assert parties_of_the_one(base, PartialDate(2024, 11, 6), "On the sidelines of the summit of the Organization of Turkic States, Kyrgyzstan and "
                                                              "Turkey signed an agreement on the railway.") == ["kyrgyzstan", "turkiye"]
    # (a body that signs at a meeting is a party still)
    assert parties_of_the_one(base, PartialDate(2024, 5, 4), "The Asian Development Bank and Uzbekistan signed a loan agreement at the annual "
                                                             "meeting in Tbilisi.") == ["Asian Development Bank", "uzbekistan"]


def test_names_in_a_relative_clause_that_tells_what_a_document_does_are_no_parties(base):
    """Written for this test, on the ninth batch's development half: "a document on air communication between the
    governments of our countries, which provides for … direct flights between Tashkent and Budapest," made the two cities
    its parties."""
    assert "Tashkent" not in parties_of_the_one(base, PartialDate(2023, 8, 20), "In addition, we signed a document on air communication between the "
                                                                                "governments of our countries, which provides for the establishment of "
                                                                                "direct flights between Tashkent and Budapest, Saidov said.")
    assert parties_of_the_one(base, PartialDate(2023, 8, 20), "Uzbekistan and Hungary signed an agreement on air services, which provides for direct "
                                                              "flights between Tashkent and Budapest.") == ["uzbekistan", "hungary"]


def test_what_talks_gave_is_dated_by_them_and_a_state_after_a_heads_name_is_of_his_office(base):
    """Written for this test, on the ninth batch's development half: after "talks were held … between President Kassym-Jomart
    Tokayev of Kazakhstan and President Shavkat Mirziyoyev of Uzbekistan", "As a result of the talks, a Program … was
    adopted" was undated: "As a result of" opened no occasion, the state after each name was not of his office, and the
    second one's office ran back over the first one's name ("President Kassym-Jomart Tokayev of Kazakhstan and President")."""
    [programme] = drafts_from(base, PartialDate(2024, 8, 9), [
        "On 8 August 2024, high-level talks were held in Astana between President Kassym-Jomart Tokayev of Kazakhstan and President "
        "Shavkat Mirziyoyev of Uzbekistan.",
        "As a result of the talks, a Program of strategic partnership and alliance for the next 10 years was adopted."]).agreements
    assert ([p.value for p in programme.parties], str(programme.date_signed.value)) == (["kazakhstan", "uzbekistan"], "2024-08-08")


def test_the_heads_of_state_of_an_organisation_are_not_the_two_of_a_visit(base):
    """Written for this test, on a development report (qazinform-2025-10-07) once the state after a head's name was read as
    his office's: "The Gabala Declaration was signed following the 12th summit of the Council of the Heads of State of the
    Organization of Turkic States" took the two states of Tokayev's visit to Azerbaijan, as if it said "the heads of state"."""
    [declaration] = drafts_from(base, PartialDate(2025, 10, 7), [
        "The Gabala Declaration was signed following the 12th summit of the Council of the Heads of State of the Organization of Turkic "
        "States (OTS).",
        "As written before, President Kassym-Jomart Tokayev of Kazakhstan has arrived in Azerbaijan to attend the 12th summit."]).agreements
    assert declaration.parties == []


def test_a_company_described_by_its_states_adjective_signs_and_is_a_packages_party(base):
    """Written for this test, on a development report (energydigital-2022-08-22): "ACWA Power , the Saudi power generation
    company, has signed three major energy agreements … with the Uzbekistani government" named no company (a state's
    adjective before the description, and a space before the comma, were not read), and a company that signs a package
    was no party of it (only one it is signed "with")."""
    [package] = drafts_from(base, PartialDate(2022, 8, 22), [
        "ACWA Power , the Saudi power generation company, has signed three major energy agreements worth a total of US$12bn, with the "
        "Uzbekistani government."]).agreements
    assert [party_key(p.value) for p in package.parties] == ["ACWA Power", "uzbekistan"]
    assert parties_of_the_one(base, PartialDate(2022, 8, 22), "ACWA Power, the Saudi power generation company, has signed an agreement with the "
                                                              "Uzbekistani government.") == ["ACWA Power", "uzbekistan"]


def test_the_company_that_signs_is_the_one_named_last_before(base):
    """Written for this test (a shape of business wires; on a development report, trtworld-2022-05-11, the company before is
    named only as the source of a statement, which is no party, and stays unread): "The company signed a memorandum … with
    the Ministry of Energy of Uzbekistan", after a sentence that named Masdar, had the ministry alone."""
    [memorandum] = drafts_from(base, PartialDate(2022, 5, 11), [
        "Masdar, the UAE's renewable energy company, is expanding in Central Asia.",
        "The company signed a memorandum of understanding with the Ministry of Energy of Uzbekistan on a solar plant."]).agreements
    assert [party_key(p.value) for p in memorandum.parties] == ["Masdar", "Ministry of Energy of Uzbekistan"]


def test_the_company_that_signs_is_the_one_a_sentence_named_alone(base):
    """Written for this test (a shape of company releases; a development report of the blind set, golden-valley-tractors,
    had it): after a sentence that named both signers of a contract, "The company also signed" is the company the release
    is about, named alone before, not the partner named last."""
    drafts = drafts_from(base, PartialDate(2022, 10, 13), [
        "Golden Valley Agro Holding signed two documents in Tashkent today.",
        "Golden Valley Agro Holding and Anhui Greenfield Machinery signed a contract for the supply of 500 tractors.",
        "The company also signed a memorandum of understanding with the Ministry of Agriculture of Uzbekistan on drip irrigation."])
    memorandum = next(a for a in drafts.agreements if a.kind.value == "memorandum of understanding")
    assert [party_key(p.value) for p in memorandum.parties] == ["Golden Valley Agro Holding", "Ministry of Agriculture of Uzbekistan"]


def test_signers_with_a_particle_an_honorific_without_its_stop_or_an_advisers_office(base):
    """Written for this test, on a development report (pakistantoday-2022-03-03): "signed by Minister for Religious Affairs Noor
    ul Haq Qadri and …" and "signed by National Security Advisor Dr Moeed Yousaf and …" each lost the first signer (the
    particle "ul" broke the name; "Dr" without its full stop was a first name; an adviser was no office)."""
    [memorandum] = drafts_from(base, PartialDate(2022, 3, 3), [
        "The MoU was signed by Minister for Religious Affairs Noor ul Haq Qadri and Uzbek Minister for Foreign Affairs Abdulaziz "
        "Kamilov."]).agreements
    assert [party_key(s[0].value) for s in memorandum.signatories] == ["Noor ul Haq Qadri", "Abdulaziz Kamilov"]
    [plan] = drafts_from(base, PartialDate(2022, 3, 3), [
        "The action plan was signed by National Security Advisor Dr Moeed Yousaf and Secretary to the Uzbek Security Council Viktor "
        "Makhmudov."]).agreements
    assert [party_key(s[0].value) for s in plan.signatories] == ["Moeed Yousaf", "Viktor Makhmudov"]


def test_the_participants_of_a_meeting_sign_and_each_name_in_a_list_of_offices_has_its_own(base):
    """Written for this test, on the tenth batch's development half (news-az-2024-06-10), after its reading: in "a meeting
    between Minister of Transport of Uzbekistan Ilkhom Mahkamov, Minister of Transport and Communications of Kyrgyzstan Tilek
    Tekebaev and …" the first took the second's office (read as his, after a comma) and the second had none ("and" within his
    office's field); "At the meeting, the participants also signed a memorandum …" had no signer and no party."""
    [memorandum] = drafts_from(base, PartialDate(2024, 6, 10), [
        "The document was signed during a meeting between Minister of Transport of Uzbekistan Ilkhom Mahkamov, Minister of Transport and "
        "Communications of Kyrgyzstan Tilek Tekebaev and Deputy Chief Engineer of Chinese Railways Ju Guojiang.",
        "At the meeting, the participants also signed a memorandum on the establishment of a working group."]).agreements
    assert [party_key(s[0].value) for s in memorandum.signatories] == ["Ilkhom Mahkamov", "Tilek Tekebaev"]
    assert [p.value for p in memorandum.parties] == ["uzbekistan", "kyrgyzstan"]


def test_a_document_recalled_before_a_list_does_not_date_the_lists_documents(base):
    """The sentences are written for this test, on a shape of the blind set's development half (uz-kz-state-visit): a
    roadmap "signed by the two governments in Astana in December 2023", recalled in a report of April 2025 just before
    "the following documents were signed:", dated the four documents of the list December 2023. Its date is its own; a
    sentence about the signing just before a list still dates it where its date is the report's occasion."""
    drafts = drafts_from(base, PartialDate(2025, 4, 16), [
        "The Presidents noted the implementation of the Roadmap on industrial cooperation signed by the two governments in Astana in "
        "December 2023.",
        "In the presence of the heads of state, the following documents were signed:",
        "1. Agreement between the Government of the Republic of Uzbekistan and the Government of the Republic of Kazakhstan on "
        "cooperation in the field of critical minerals;",
        "2. Memorandum of understanding between the Ministry of Energy of the Republic of Uzbekistan and the Ministry of Energy of "
        "the Republic of Kazakhstan on joint surveys."])
    assert [(a.kind.value, str(a.date_signed.value) if a.date_signed else None) for a in drafts.agreements] == [
        ("roadmap", "2023-12"), ("agreement", None), ("memorandum of understanding", None)]
    drafts = drafts_from(base, PartialDate(2025, 4, 16), [
        "On 15 April the Presidents signed a joint statement on strategic partnership.",
        "In the presence of the heads of state, the following documents were signed:",
        "1. Agreement between the Government of the Republic of Uzbekistan and the Government of the Republic of Kazakhstan on "
        "cooperation in the field of critical minerals;"])
    assert [(a.kind.value, str(a.date_signed.value) if a.date_signed else None) for a in drafts.agreements] == [
        ("joint statement", "2025-04-15"), ("agreement", "2025-04-15")]


def test_the_evaluation_tells_a_wrong_date_from_a_missing_one(base):
    """A date drafted wrong and a date not drafted both count against "dates (at the stated precision)"; only the first
    counts against "dates drafted that are right (precision)", which a precision-first tool is judged by."""
    _, dataset, names = base
    identify = identify_with(names)
    facts = {"agreements": [{"kind": "agreement", "date_signed": "2025-05-04", "parties": ["kazakhstan", "uzbekistan"]}]}
    wrong = evaluate(drafts_from(base, PartialDate(2025, 5, 10), ["Kazakhstan and Uzbekistan signed an agreement on 3 May."]),
                     *expected_from_fixture(facts), identify)
    missing = evaluate(drafts_from(base, PartialDate(2025, 5, 10), ["Kazakhstan and Uzbekistan signed an agreement."]),
                       *expected_from_fixture(facts), identify)
    assert (wrong.counts["dates (at the stated precision)"], wrong.counts["dates drafted that are right (precision)"]) == ([0, 1], [0, 1])
    assert (missing.counts["dates (at the stated precision)"], "dates drafted that are right (precision)" in missing.counts) == ([0, 1], False)


def test_an_officer_of_a_company_named_between_office_and_name_signs_for_it_and_where_it_is_based_is_no_name(base):
    """The sentences are written for this test, on shapes of the blind set's development half (golden-valley-tractors,
    kazinform-ai-datacenter, c5-plus-1-almaty): "signed by Chief Executive Officer of <company> <name> and Vice President of
    <company> <name>" was one party of all those words and no signatory; "Chief Executive Officer Omar Al-Hashimi" signed as
    "Officer Omar Al-Hashimi"; "the Abu Dhabi-based company" was a party "Abu Dhabi-based", and "Illinois-based" began a
    company's name."""
    drafts = drafts_from(base, PartialDate(2022, 10, 13), [
        "Golden Valley and Anhui Greenfield Machinery signed a contract for the supply of 500 wheeled tractors.",
        "The contract was signed by Chief Executive Officer of Golden Valley Agro Holding Sardor Yusupov and Vice President of "
        "Anhui Greenfield Machinery Wei Hongtao."])
    [contract] = drafts.agreements
    assert [party_key(p.value) for p in contract.parties] == ["Golden Valley Agro Holding", "Anhui Greenfield Machinery"]
    assert [(party_key(s[0].value), s[1]) for s in contract.signatories] == [
        ("Sardor Yusupov", "Chief Executive Officer of Golden Valley Agro Holding"), ("Wei Hongtao", "Vice President of Anhui Greenfield Machinery")]
    drafts = drafts_from(base, PartialDate(2024, 3, 14), [
        "The Ministry of Digital Development of Kazakhstan and the Abu Dhabi-based company Northlight Compute signed a memorandum of "
        "understanding today.",
        "The document was signed by Vice Minister of Digital Development Askar Zhumabekov and Northlight Compute Chief Executive "
        "Officer Omar Al-Hashimi."])
    [memorandum] = drafts.agreements
    assert [party_key(p.value) for p in memorandum.parties] == ["Ministry of Digital Development of Kazakhstan", "Northlight Compute"]
    assert [party_key(s[0].value) for s in memorandum.signatories] == ["Askar Zhumabekov", "Omar Al-Hashimi"]
    assert parties_of_the_one(base, PartialDate(2024, 4, 19), "Illinois-based Prairie Ridge Equipment Inc. signed a contract with Kazakh "
                              "agricultural holding Esil Grain Group.") == ["Prairie Ridge Equipment Inc", "Esil Grain Group"]


def test_an_events_name_after_an_office_word_is_no_signatory(base):
    """The sentence is written for this test, on a shape of the blind set's development half (sohar-gulf-kazakh-fertiliser-jv):
    "signed … on the sidelines of the Kazakhstan–Oman Investment Round Table" made a signatory "Round Table" (after
    "Investment", an office's word), for Oman."""
    [agreement] = drafts_from(base, PartialDate(2026, 2, 3), [
        "The agreement was signed in Astana by Chief Executive Officer Salim Al-Harthy and Chairman Yerlan Dzhaksybekov on the "
        "sidelines of the Kazakhstan–Oman Investment Round Table."]).agreements
    assert [party_key(s[0].value) for s in agreement.signatories] == ["Salim Al-Harthy", "Yerlan Dzhaksybekov"]


def test_it_was_signed_by_is_the_document_just_told_of_and_an_offices_fields_go_on_after_a_comma(base):
    """The sentences are written for this test, on shapes of the blind set's development half (syrdarya-water-trilateral,
    ca-eu-ministerial-bishkek): "It was signed by A, B and C" after the signing gave no signatory; and "Kyrgyzstan's Minister of
    Water Resources, Agriculture and Processing Industry Azamat Toktogulov" signed with the office "Agriculture and Processing
    Industry" (cut at its comma) and for no state."""
    [agreement] = drafts_from(base, PartialDate(2025, 5, 15), [
        "Kazakhstan, Kyrgyzstan and Uzbekistan have signed an agreement on the use of water and energy resources.",
        "It was signed by Kazakhstan's Minister of Water Resources and Irrigation Serik Baimukhanov, Kyrgyzstan's Minister of Water "
        "Resources, Agriculture and Processing Industry Azamat Toktogulov and Uzbekistan's Minister of Water Resources Farrukh "
        "Nazarov."]).agreements
    assert [(party_key(s[0].value), s[1], s[2]) for s in agreement.signatories] == [
        ("Serik Baimukhanov", "Kazakhstan's Minister of Water Resources and Irrigation", "kazakhstan"),
        ("Azamat Toktogulov", "Kyrgyzstan's Minister of Water Resources, Agriculture and Processing Industry", "kyrgyzstan"),
        ("Farrukh Nazarov", "Uzbekistan's Minister of Water Resources", "uzbekistan")]


def test_ministers_who_met_for_a_named_meeting_held_that_one_and_what_is_signed_on_its_margins_is_of_its_day(base):
    """The sentences are written for this test, on a shape of the blind set's development half (ca-eu-ministerial-bishkek):
    "Foreign ministers … met in Bishkek on Tuesday for the 20th EU–Central Asia Ministerial Meeting, co-chaired by A and EU
    High Representative for Foreign Affairs and Security Policy B" drafted also a "Meeting of A and Policy B"; and "On the
    margins of the meeting, Kyrgyzstan and the EU signed a financing agreement" had no date (the meeting's name gives one
    country, and "margins" was not read as "sidelines")."""
    drafts = drafts_from(base, PartialDate(2025, 10, 22), [
        "Foreign ministers of the five Central Asian states and the European Union met in Bishkek on Tuesday for the 20th EU–Central "
        "Asia Ministerial Meeting, co-chaired by Kyrgyz Foreign Minister Nurlan Asanbekov and EU High Representative for Foreign "
        "Affairs and Security Policy Helena Marquardt.",
        "On the margins of the meeting, Kyrgyzstan and the EU signed a financing agreement for border management."])
    assert [(e.name.value, str(e.date.value)) for e in drafts.events] == [("20th EU–Central Asia Ministerial Meeting", "2025-10-21")]
    assert [str(a.date_signed.value) for a in drafts.agreements] == ["2025-10-21"]
    from accords.drafting.mentions import people
    assert [(p.name, p.office) for p in people("co-chaired by EU High Representative for Foreign Affairs and Security Policy Helena "
                                               "Marquardt.")] == [("Helena Marquardt", "EU High Representative for Foreign Affairs and Security Policy")]


def test_a_listed_documents_sides_with_foreign_legal_forms_and_a_ministry_whose_name_ends_with_its_state(base):
    """The sentences are written for this test, on a shape of the blind set's development half (akorda-kz-italy-documents-list):
    "Contract between Shymkent Textile Cluster LLP and Tessitura Valsesia S.r.l. for …" had one party, "Memorandum … between the
    Akimat of Mangystau Region and Adriatica Petrolchimica S.p.A. on …" none, and "the Ministry of Enterprises and Made in Italy
    of the Italian Republic" was "… Made in Italy of Italy". A side that is no name ("between the parties and …") is none."""
    drafts = drafts_from(base, PartialDate(2024, 1, 18), [
        "The following documents were signed:",
        "1. Contract between Shymkent Textile Cluster LLP and Tessitura Valsesia S.r.l. for the supply of weaving equipment;",
        "2. Memorandum of Understanding between the Akimat of Mangystau Region and Adriatica Petrolchimica S.p.A. on the construction "
        "of a polypropylene plant;",
        "3. Memorandum of Understanding between the Ministry of Industry and Construction of the Republic of Kazakhstan and the Ministry "
        "of Enterprises and Made in Italy of the Italian Republic on cooperation in the automotive industry;",
        "4. Protocol between the interested parties and other bodies on cooperation."])
    assert [[party_key(p.value) for p in a.parties] for a in drafts.agreements] == [
        ["Shymkent Textile Cluster LLP", "Tessitura Valsesia S.r.l."], ["Akimat of Mangystau Region", "Adriatica Petrolchimica S.p.A."],
        ["Ministry of Industry and Construction of Kazakhstan", "Ministry of Enterprises and Made in Italy"], []]
    from accords.names import LEGAL_FORM
    assert [LEGAL_FORM.sub("", name) for name in ("Tessitura Valsesia S.r.l.", "Eni S.p.A.", "Rheintal Medical GmbH", "Sohar Gulf Fertilisers SAOC",
                                                   "Anadolu Örme Tekstil A.Ş.", "Kazakhstan Temir Zholy")] == [
        "Tessitura Valsesia", "Eni", "Rheintal Medical", "Sohar Gulf Fertilisers", "Anadolu Örme Tekstil", "Kazakhstan Temir Zholy"]


def test_talks_held_today_between_two_leaders_are_theirs_and_a_visit_on_two_days_is_dated_by_them(base):
    """The sentence is written for this test, on a shape of the blind set's development half (akorda-kz-italy-documents-list):
    "Following the talks held today in Astana between A and B, who is in Kazakhstan on an official visit on 17–18 January, the
    following documents were signed in the presence of the two leaders" drafted no talks (read as talks told of before), the
    visit was dated today, and the documents had B alone as their witness."""
    drafts = drafts_from(base, PartialDate(2024, 1, 18), [
        "Following the talks held today in Astana between President of Kazakhstan Nurlan Abenov and Prime Minister of the Italian "
        "Republic Lorenzo Ferraresi, who is in Kazakhstan on an official visit on 17–18 January, the following documents were signed "
        "in the presence of the two leaders:",
        "1. Agreement between the Government of the Republic of Kazakhstan and the Government of the Italian Republic on cooperation "
        "in the field of industrial development;"])
    assert sorted((e.name.value, str(e.date.value)) for e in drafts.events) == [
        ("Official visit of Lorenzo Ferraresi to Kazakhstan", "2024-01-17/2024-01-18"), ("Talks of Nurlan Abenov and Lorenzo Ferraresi", "2024-01-18")]
    assert [party_key(w.value) for w in drafts.agreements[0].witnesses] == ["Nurlan Abenov", "Lorenzo Ferraresi"]


def test_the_co_chairs_who_led_each_side_sign_for_the_state_of_their_side(base):
    """The sentences are written for this test, on a shape of the blind set's development half
    (tajik-pakistan-commission-business-forum): after "The Tajik side was led by Minister … A, the Pakistani delegation by
    Federal Minister for Industries and Production B", "the co-chairs signed the protocol" had no signatory and no party
    (and B, whose office's words "Industries" and "Production" were no office's, was no person)."""
    [protocol] = drafts_from(base, PartialDate(2025, 9, 17), [
        "The ninth session of the Tajikistan–Pakistan Intergovernmental Commission was held in Dushanbe on 15–16 September. The Tajik "
        "side was led by Minister of Economic Development and Trade Zafar Sharifzoda, the Pakistani delegation by Federal Minister for "
        "Industries and Production Tariq Mehmood Khattak.",
        "Following the session, the co-chairs signed the protocol of the ninth session of the Intergovernmental Commission."]).agreements
    assert [(party_key(s[0].value), s[1], s[2]) for s in protocol.signatories] == [
        ("Zafar Sharifzoda", "Minister of Economic Development and Trade", "tajikistan"),
        ("Tariq Mehmood Khattak", "Federal Minister for Industries and Production", "pakistan")]
    assert [p.value for p in protocol.parties] == ["tajikistan", "pakistan"]


def test_a_foreign_legal_form_ends_a_companys_name_before_and(base):
    """The sentences are written for this test, on a shape of the blind set's development half (sohar-gulf-kazakh-fertiliser-jv):
    "Dhofar Fertilisers SAOC and Taraz Chemical Holding JSC signed" was one party of both names (the legal forms that end a
    name before "and" were a list of their own, without Oman's or Italy's; they are names.LEGAL_FORM's now)."""
    assert parties_of_the_one(base, PartialDate(2026, 2, 3), "Dhofar Fertilisers SAOC and Taraz Chemical Holding JSC signed an agreement "
                              "on Monday.") == ["Dhofar Fertilisers SAOC", "Taraz Chemical Holding JSC"]
    assert parties_of_the_one(base, PartialDate(2026, 2, 3), "Adriatica Petrolchimica S.p.A. and Steppe Development Bank signed an "
                              "agreement on Monday.") == ["Adriatica Petrolchimica S.p.A.", "Steppe Development Bank"]


def test_an_office_after_and_is_no_signatory_nor_a_state_after_a_companys_legal_form_a_party(base):
    """The sentences are written for this test, on shapes of the blind set's development half (golden-valley-tractors,
    tajik-tungsten-contract): in "signed by Sardor Yusupov and Deputy Minister of Agriculture Dilshod Rakhimov" the words
    "Deputy Minister" signed too, and Rakhimov's office began with Yusupov's name; "Hengfeng Tungsten Engineering Co., Ltd. of
    China" made China a party of a contract between two companies. "the State Oil Company of Azerbaijan" keeps its name."""
    [memorandum] = drafts_from(base, PartialDate(2022, 10, 13), [
        "Golden Valley Agro Holding signed a memorandum of understanding with the Ministry of Agriculture of Uzbekistan.",
        "The memorandum was signed by Sardor Yusupov and Deputy Minister of Agriculture Dilshod Rakhimov."]).agreements
    assert [(party_key(s[0].value), s[1]) for s in memorandum.signatories] == [
        ("Sardor Yusupov", "CHECK: the text gives no office"), ("Dilshod Rakhimov", "Deputy Minister of Agriculture")]
    assert parties_of_the_one(base, PartialDate(2026, 1, 21), "Varzob Metals LLC today signed a contract with Hengfeng Tungsten "
                              "Engineering Co., Ltd. of China for the construction of a concentrator.") == [
        "Varzob Metals LLC", "Hengfeng Tungsten Engineering"]
    assert parties_of_the_one(base, PartialDate(2026, 1, 21), "Varzob Metals LLC and the State Oil Company of Azerbaijan signed a "
                              "contract.") == ["Varzob Metals LLC", "State Oil Company of Azerbaijan"]


def test_the_evaluation_counts_signatories_drafted_that_no_one_stated(base):
    """A signatory the facts do not name counts against "signatories drafted that are right (precision)" (the issue's "no
    invented signatory"), not against the recall of those stated."""
    _, dataset, names = base
    facts = {"agreements": [{"kind": "memorandum of understanding", "parties": ["kazakhstan", "uzbekistan"],
                             "signatories": ["new: Erlan Sadykov"]}]}
    tally = evaluate(drafts_from(base, PartialDate(2025, 5, 10), [
        "Kazakhstan and Uzbekistan signed a memorandum of understanding.",
        "The memorandum was signed by Erlan Sadykov and Aziz Karimov."]), *expected_from_fixture(facts), identify_with(names))
    assert (tally.counts["signatories"], tally.counts["signatories drafted that are right (precision)"]) == ([1, 1], [1, 2])


def test_the_evaluation_takes_a_name_romanised_otherwise_for_the_same_person_and_a_different_name_for_another(base):
    """A Russian report's "Эльчин Мамедов" drafted "Elchin Mamedov" is the "Elchin Mammadov" the facts name, and "Пак Чон Хо"
    drafted "Pak Chon Kho" is "Park Jong-ho": one name romanised two ways is no invented signatory. "Erlan Serikov" is not
    "Erlan Sadykov", and each stated name is matched once."""
    _, _, names = base
    facts = {"agreements": [{"kind": "memorandum of understanding", "parties": ["kazakhstan", "azerbaijan"],
                             "signatories": ["new: Elchin Mammadov", "new: Park Jong-ho", "new: Erlan Sadykov"]}]}
    tally = evaluate(drafts_from(base, PartialDate(2025, 5, 10), [
        "Kazakhstan and Azerbaijan signed a memorandum of understanding.",
        "The memorandum was signed by Elchin Mamedov, Pak Chon Kho and Erlan Serikov."]), *expected_from_fixture(facts),
        identify_with(names))
    assert (tally.counts["signatories"], tally.counts["signatories drafted that are right (precision)"]) == ([2, 3], [2, 3])
    facts = {"agreements": [{"kind": "memorandum of understanding", "parties": ["kazakhstan", "azerbaijan"],
                             "signatories": ["new: Elchin Mammadov"]}]}
    tally = evaluate(drafts_from(base, PartialDate(2025, 5, 10), [
        "Kazakhstan and Azerbaijan signed a memorandum of understanding.",
        "The memorandum was signed by Elchin Mamedov and Elchin Mammadov."]), *expected_from_fixture(facts), identify_with(names))
    assert tally.counts["signatories drafted that are right (precision)"] == [1, 2]


@pytest.mark.parametrize(("stated", "drafted", "same"), [
    ("Samarkand Regional Khokimiyat", "Khokimiyat of Samarkand Region", True),
    ("Tashkent City Khokimiyat", "Khokimiyat of Tashkent", True),
    ("Samarkand Regional Khokimiyat", "Khokimiyat of Bukhara Region", False),
    ("Tashkent City Khokimiyat", "Khokimiyat of Tashkent Region", False),  # the city is not the region around it
])
def test_the_evaluation_takes_a_regional_administration_named_place_first_for_the_same_body(base, stated, drafted, same):
    _, _, names = base
    identify = identify_with(names)
    assert (identify(f"new: {stated}") == identify(f"new: {drafted}")) is same


def test_talks_between_the_heads_of_a_visit_are_the_visitors_and_the_hosts_and_they_witness_the_list(base):
    """The sentences are written for this test, on a shape of the blind set's development half (uz-kz-state-visit): "talks
    between the heads of state were held in Tashkent", in a sentence naming the visitor, drafted no talks, and the list
    signed "in the presence of the heads of state" had the visitor alone as its witness; the host, named after the list,
    is the other head."""
    drafts = drafts_from(base, PartialDate(2025, 4, 16), [
        "On 16 April, within the framework of the state visit of the President of the Republic of Kazakhstan Nurlan Abdikarimov to "
        "Uzbekistan, talks between the heads of state were held in Tashkent in narrow and extended formats.",
        "In the presence of the heads of state, the following documents were signed:",
        "1. Agreement between the Government of the Republic of Uzbekistan and the Government of the Republic of Kazakhstan on "
        "cooperation in the field of critical minerals;",
        "President of the Republic of Uzbekistan Bakhtiyor Rakhimov noted the growth of mutual trade."])
    talks = [e for e in drafts.events if e.name.value.startswith("Talks")]
    assert [(e.name.value, str(e.date.value)) for e in talks] == [("Talks of Nurlan Abdikarimov and Bakhtiyor Rakhimov", "2025-04-16")]
    assert [party_key(w.value) for w in drafts.agreements[-1].witnesses] == ["Nurlan Abdikarimov", "Bakhtiyor Rakhimov"]


def test_the_evaluation_reads_a_new_companys_name_without_its_legal_form(base):
    """A new company drafted as the text writes it ("Varzob Metals LLC") is the one the facts name without its legal form
    ("Varzob Metals"), as the names index reads a record's names; a different name is still another company."""
    _, _, names = base
    identify = identify_with(names)
    assert identify("new: Varzob Metals LLC") == identify("new: Varzob Metals") == identify("new: JSC Varzob Metals")
    assert identify("new: Kuryk Sea Terminal LLP") == identify("new: Kuryk Sea Terminal")
    assert identify("new: Hengfeng Tungsten Engineering Co., Ltd.") == identify("new: Hengfeng Tungsten Engineering")
    assert identify("new: Varzob Metals LLC") != identify("new: Varzob Mining LLC")


def test_the_heads_of_the_delegations_named_before_sign_for_their_states(base):
    """The sentences are written for this test, on a shape of the blind set's development half (trans-caspian-rail-working-
    group): "the heads of the delegations signed the protocol", after "The delegations were led by A, B and C", had no
    signatory and no party; those three sign it, each for the state of the office the text gives him."""
    drafts = drafts_from(base, PartialDate(2024, 6, 13), [
        "The 5th meeting of the trilateral working group was held on 12–13 June in Tbilisi. The delegations were led by the Vice "
        "Minister of Transport of Kazakhstan Daniyar Abenov, the Deputy Minister of Digital Development and Transport of Azerbaijan "
        "Tural Mammadli and the Deputy Minister of Economy and Sustainable Development of Georgia Levan Kiknadze.",
        "Following the meeting on Thursday, the heads of the delegations signed the protocol of the meeting."])
    [protocol] = drafts.agreements
    assert [(party_key(s[0].value), s[2]) for s in protocol.signatories] == [
        ("Daniyar Abenov", "kazakhstan"), ("Tural Mammadli", "azerbaijan"), ("Levan Kiknadze", "georgia")]
    assert [p.value for p in protocol.parties] == ["kazakhstan", "azerbaijan", "georgia"]
    assert str(protocol.date_signed.value) == "2024-06-13"


def test_operators_of_states_are_no_states_and_the_companies_their_signers_head_sign(base):
    """The sentences are written for this test, on a shape of the blind set's development half (middle-corridor-tariffs): "The
    rail freight operators of Azerbaijan, Georgia and Kazakhstan signed a protocol" made the three states its parties, and
    "signed … by Chairman of the Board of Caspian Rail Freight CJSC Vugar Aliyev, …" gave him, as his office, the words after
    his name (a legal form before a name ended no office); the three companies their signers head are its parties."""
    [protocol] = drafts_from(base, PartialDate(2025, 3, 4), [
        "The rail freight operators of Azerbaijan, Georgia and Kazakhstan today signed a protocol on coordinated through tariffs.",
        "The protocol was signed in Baku by Chairman of the Board of Caspian Rail Freight CJSC Vugar Aliyev, General Director of "
        "Georgian Transit Lines JSC Giorgi Beridze and Managing Director of Steppe Rail Logistics JSC Arman Zhunusov."]).agreements
    assert [party_key(p.value) for p in protocol.parties] == ["Caspian Rail Freight", "Georgian Transit Lines", "Steppe Rail Logistics"]
    assert [(party_key(s[0].value), s[1]) for s in protocol.signatories] == [
        ("Vugar Aliyev", "Chairman of the Board of Caspian Rail Freight CJSC"), ("Giorgi Beridze", "General Director of Georgian Transit Lines JSC"),
        ("Arman Zhunusov", "Managing Director of Steppe Rail Logistics JSC")]


def test_the_ministry_that_signs_is_the_one_ministry_the_report_named(base):
    """The sentences are written for this test, on a shape of the blind set's development half (kazinform-ai-datacenter):
    "Earlier this month, the ministry signed a similar memorandum with … Hanbit Cloud" had the company as its one party; the
    ministry is the one the report named before. Where it named two, which one the words do not say."""
    drafts = drafts_from(base, PartialDate(2024, 3, 14), [
        "The Ministry of Digital Development of Kazakhstan and Northlight Compute signed a memorandum of understanding today.",
        "Earlier this month, the ministry signed a similar memorandum with the Korean company Hanbit Cloud."])
    assert [party_key(p.value) for p in drafts.agreements[-1].parties] == ["Ministry of Digital Development of Kazakhstan", "Hanbit Cloud"]
    drafts = drafts_from(base, PartialDate(2024, 3, 14), [
        "The Ministry of Digital Development of Kazakhstan and the Ministry of Energy of Kazakhstan signed a memorandum today.",
        "Earlier this month, the ministry signed a similar memorandum with the Korean company Hanbit Cloud."])
    assert [party_key(p.value) for p in drafts.agreements[-1].parties] == ["Hanbit Cloud"]


def test_a_minister_for_a_field_of_a_state_signs_beside_one_named_alone_and_his_state_is_no_party_of_ministries(base):
    """The sentence is written for this test, on a shape of the blind set's development half (sco-transport-ministers): "On the
    sidelines of the meeting, Tilek Asanov and Federal Minister for Communications of Pakistan Shahid Mehmood Awan signed a
    memorandum … between the Ministry of … of the Kyrgyz Republic and the Ministry of Communications of Pakistan" had no
    signatory ("Minister for …" was no office before a state, and the opening words hid the subject) and Pakistan as a third
    party beside the two ministries."""
    [memorandum] = drafts_from(base, PartialDate(2026, 5, 22), [
        "On the sidelines of the meeting, Tilek Asanov and Federal Minister for Communications of Pakistan Shahid Mehmood Awan "
        "signed a memorandum of understanding between the Ministry of Transport and Communications of the Kyrgyz Republic and the "
        "Ministry of Communications of Pakistan on road freight transit."]).agreements
    assert [party_key(p.value) for p in memorandum.parties] == [
        "Ministry of Transport and Communications of Kyrgyzstan", "Ministry of Communications of Pakistan"]
    assert [(party_key(s[0].value), s[1]) for s in memorandum.signatories] == [
        ("Tilek Asanov", "CHECK: the text gives no office"), ("Shahid Mehmood Awan", "Federal Minister for Communications of Pakistan")]


def test_a_bodys_own_approval_in_addition_takes_no_parties_from_the_document_before(base):
    """The sentences are written for this test, on a shape of the blind set's development half (kyrgyz-cabinet-torugart): "In
    addition, the Cabinet approved the draft Action Plan for … irrigation in the Chui, Talas and Jalal-Abad regions" took
    Kyrgyzstan and Uzbekistan, the states of the agreement told of before, as its parties; it is now no draft at all, a
    cabinet's own plan (test_a_cabinets_own_action_plan_is_no_document_but_a_draft_protocol_with_a_state_is). A signing "in
    addition" still takes them."""
    drafts = drafts_from(base, PartialDate(2024, 5, 15), [
        "On Tuesday the Jogorku Kenesh ratified the Agreement between the Cabinet of Ministers of the Kyrgyz Republic and the "
        "Government of the Republic of Uzbekistan on phytosanitary certificates, signed in Tashkent on 6 September 2023.",
        "In addition, the Cabinet approved the draft Action Plan for the modernisation of irrigation systems in the Chui, Talas and "
        "Jalal-Abad regions for 2024–2027."])
    assert [(a.kind.value, [party_key(p.value) for p in a.parties]) for a in drafts.agreements] == [
        ("agreement", ["kyrgyzstan", "uzbekistan"])]
    drafts = drafts_from(base, PartialDate(2024, 5, 15), [
        "Kyrgyzstan and Uzbekistan signed an agreement on phytosanitary certificates.",
        "In addition, an action plan on irrigation was signed."])
    assert [party_key(p.value) for p in drafts.agreements[-1].parties] == ["kyrgyzstan", "uzbekistan"]


def test_a_draft_approved_then_expected_to_be_signed_is_planned_for_that_month(base):
    """The sentences are written for this test, on a shape of the blind set's development half (kyrgyz-cabinet-torugart): a
    draft agreement the Cabinet approved, then "The agreement is expected to be signed in June", stayed approved with no
    word of its signing to come; it is planned for June, its approval kept in its history."""
    [agreement] = drafts_from(base, PartialDate(2024, 5, 15), [
        "At its meeting today, the Cabinet of Ministers approved the draft Agreement between the Cabinet of Ministers of the Kyrgyz "
        "Republic and the Government of the People's Republic of China on a freight terminal at the Torugart checkpoint.",
        "The agreement is expected to be signed in June."]).agreements
    assert (agreement.approved.value, agreement.planned, agreement.plan.value, str(agreement.planned_for.value)) == (
        "approved", True, "is expected to be signed", "2024-06")


def test_a_list_also_signed_after_a_dated_document_or_following_a_forum_takes_that_day(base):
    """Written for this test, on shapes of the blind set's development half (tajikistan-turkiye-talks-dushanbe, kz-japan-
    tokyo-forum): "Following the talks, the heads of state signed a Joint Statement …", then "In the presence of the heads of
    state, the following documents were also signed:" left the listed documents undated, as did "Following the forum, more
    than 20 commercial documents … were signed, including:" after the forum "On Tuesday"."""
    drafts = drafts_from(base, PartialDate(2025, 5, 22), [
        "Today, the President of Tajikistan Faridun Sattorzoda held talks with the President of Türkiye Kemal Aydinoglu.",
        "Following the talks, the heads of state signed a Joint Statement on further strengthening the strategic partnership.",
        "In the presence of the heads of state, the following documents were also signed:",
        "1. Agreement between the Government of the Republic of Tajikistan and the Government of the Republic of Türkiye on "
        "international combined freight transport;"])
    assert [(str(a.kind.value), str(a.date_signed.value)) for a in drafts.agreements] == [
        ("joint statement", "2025-05-22"), ("agreement", "2025-05-22")]
    drafts = drafts_from(base, PartialDate(2023, 6, 27), [
        "On Tuesday, the Prime Minister took part in the Kazakhstan–Japan Business Forum.",
        "Following the forum, more than 20 commercial documents were signed, including:",
        "- an agreement between Altai Tungsten JSC and Hoshino Shoji Corporation on the long-term supply of tungsten concentrate;"])
    assert [(str(a.kind.value), str(a.date_signed.value)) for a in drafts.agreements] == [("package", "2023-06-27"), ("agreement", "2023-06-27")]


def test_a_page_that_is_a_list_under_its_heading_is_read_as_the_lists_documents(tmp_path, base):
    """Written for this test: a page that is only "List of documents signed during … visit …" over its place and date in
    brackets, then the numbered documents, gave no document (the heading, with no full stop or colon, was dropped as
    furniture); as the Russian "ПЕРЕЧЕНЬ документов, подписанных …" (test_russian)."""
    from accords.drafting.evaluate import read_test_article

    report = tmp_path / "list.txt"
    report.write_text("FICTIONAL TEST FIXTURE: not a real report\n date 2025-03-10 Home > Press service > Documents\n"
                      "List of documents signed during the official visit of the President of Kyrgyzstan to Kazakhstan\n"
                      "(Astana, 10 March 2025)\n"
                      "1. Agreement between the Government of the Kyrgyz Republic and the Government of the Republic of Kazakhstan on "
                      "cooperation in the field of energy.\n"
                      "2. Memorandum of Understanding between the Ministry of Transport of Kazakhstan and the Ministry of Transport and "
                      "Communications of Kyrgyzstan.\nPrint | Share\n", encoding="utf-8")
    article = read_test_article(report)
    drafts = drafts_from(base, article.date, list(article.paragraphs))
    assert [(str(a.kind.value), str(a.date_signed.value)) for a in drafts.agreements] == [
        ("agreement", "2025-03-10"), ("memorandum of understanding", "2025-03-10")]


def test_two_companies_joined_after_a_legal_form_or_a_body_of_a_state_then_a_name_are_two_parties(base):
    """Written for this test, on shapes of the blind set's development half (tajikistan-turkiye-talks-dushanbe, kz-japan-
    tokyo-forum): "between Vakhsh Textile Group LLC and Anadolu Örme Tekstil A.Ş." was one party cut at "Örme" (a capital
    with an accent began no name), and "between the Ministry of Health of Kazakhstan and Kiyomizu Medical Systems" one
    party of both."""
    drafts = drafts_from(base, PartialDate(2025, 5, 22), [
        "The following documents were signed:",
        "1. Contract between Vakhsh Textile Group LLC and Anadolu Örme Tekstil A.Ş. on establishing a cotton-yarn plant.",
        "2. Memorandum of understanding between the Ministry of Health of Kazakhstan and Kiyomizu Medical Systems on diagnostic "
        "equipment."])
    assert [[party_key(p.value) for p in a.parties] for a in drafts.agreements] == [
        ["Vakhsh Textile Group LLC", "Anadolu Örme Tekstil A.Ş."], ["Ministry of Health of Kazakhstan", "Kiyomizu Medical Systems"]]


def test_a_document_told_again_takes_the_sides_its_first_sentence_names(base):
    """The sentences are written for this test, on a shape of the blind set's development half (trend-az-uz-wind-roadmap):
    "Uzbekistan's Ministry of Energy", named in the sentence that first tells of the roadmap, was drafted as the state."""
    drafts = drafts_from(base, PartialDate(2023, 11, 3), [
        "Uzbekistan's Ministry of Energy and Azerbaijan's Caspian Crest Engineering Corporation agreed on a roadmap for building "
        "a wind farm.",
        "The document was signed in Baku on Thursday by Deputy Minister of Energy of Uzbekistan Sherzod Tursunov and President of "
        "Caspian Crest Engineering Corporation Elnur Hasanli."])
    [roadmap] = drafts.agreements
    assert [party_key(p.value) for p in roadmap.parties] == ["Ministry of Energy of Uzbekistan", "Caspian Crest Engineering Corporation"]


def test_the_ends_of_shipments_are_no_parties(base):
    """The sentence is written for this test, on a shape of the blind set's development half (trend-az-kg-commission-sixth):
    "container shipments between Bishkek and the Port of Baku" made the port the contract's one party, and the two companies
    that signed it, one told of by where it is based and the other joined to it, none."""
    assert parties_of_the_one(base, PartialDate(2023, 11, 3),
        "Baku-based Steppe Cargo Lines and Kyrgyzstan's Ala-Too Freight signed a contract on regular container shipments between Bishkek and "
        "the Port of Baku.") == ["Steppe Cargo Lines", "Ala-Too Freight"]


def test_a_name_joined_by_a_dash_is_one_name(base):
    """The sentences are written for this test, on a shape of the blind set's development half (trend-az-kg-commission-sixth):
    "Caspian–Ala-Too Investment Fund" was drafted as "Ala-Too Investment Fund", and "the Azerbaijan–Kyrgyzstan
    Intergovernmental Commission", whose meeting a protocol was signed at, as a party "Kyrgyzstan Intergovernmental
    Commission" beside Azerbaijan."""
    assert parties_of_the_one(base, PartialDate(2023, 11, 3),
        "In addition, the Caspian–Ala-Too Investment Fund and Issyk-Kul Agro Invest signed a financing agreement.") == [
        "Caspian–Ala-Too Investment Fund", "Issyk-Kul Agro Invest"]
    drafts = drafts_from(base, PartialDate(2023, 11, 3), [
        "The sixth meeting of the Azerbaijan–Kyrgyzstan Intergovernmental Commission on Economic Cooperation, held in Baku on "
        "November 1–2, ended with the signing of a protocol."])
    assert [[party_key(p.value) for p in a.parties or a.fallback_parties] for a in drafts.agreements] == [["azerbaijan", "kyrgyzstan"]]


def test_a_protocol_told_again_in_the_passive_is_the_one_told_before(base):
    """The sentences are written for this test, on a shape of the blind set's development half (trend-az-kg-commission-sixth):
    "The protocol of the meeting was signed on Thursday by …", after "ended with the signing of a protocol", was drafted as a
    second protocol ("was signed" read as a participle, as in "the roadmap, signed in 2023,")."""
    drafts = drafts_from(base, PartialDate(2023, 11, 3), [
        "The sixth meeting of the Azerbaijan–Kyrgyzstan Intergovernmental Commission on Economic Cooperation, held in Baku on "
        "November 1–2, ended with the signing of a protocol.",
        "The protocol of the meeting was signed on Thursday by Deputy Minister of Economy of Azerbaijan Elnur Gasimov and Minister "
        "of Economy of Kyrgyzstan Bakyt Osmonaliev."])
    [protocol] = drafts.agreements
    assert str(protocol.date_signed.value) == "2023-11-02"
    assert [party_key(s[0].value) for s in protocol.signatories] == ["Elnur Gasimov", "Bakyt Osmonaliev"]


def test_it_was_signed_on_behalf_of_a_side_tells_of_the_document_just_read(base):
    """The sentences are written for this test, on a shape of the blind set's development half (uza-law-ratifies-aiib-road-loan):
    "On behalf of Uzbekistan it was signed by …, and on behalf of the Bank by …" gave the loan agreement no signatory."""
    drafts = drafts_from(base, PartialDate(2025, 4, 8), [
        "The loan agreement between Uzbekistan and the Asian Infrastructure Investment Bank was signed in Tashkent on 5 November 2024.",
        "On behalf of Uzbekistan it was signed by Minister of Economy and Finance Jasur Nematov, and on behalf of the Bank by "
        "Vice-President for Investment Solutions Anders Lindqvist."])
    [loan] = drafts.agreements
    assert [party_key(s[0].value) for s in loan.signatories] == ["Jasur Nematov", "Anders Lindqvist"]


def test_the_day_a_company_announces_a_signing_is_not_the_signings(base):
    """The sentences are written for this test, on a shape of the blind set's development half (hyeonmu-kyrgyz-ai-centre): a
    memorandum "today announced that it has signed", then "The MOU was signed in Bishkek on Tuesday", was dated the day of the
    release; and "Bishkek-based Tengri Cloud LLC", the second of two names joined by "and", kept where it is based."""
    drafts = drafts_from(base, PartialDate(2026, 3, 5), [
        "SEOUL, South Korea, March 5, 2026 /PRNewswire/ -- Hanul Digital Co., Ltd. today announced that it has signed a memorandum of "
        "understanding with the Ministry of Digital Development of the Kyrgyz Republic and Bishkek-based Tengri Cloud LLC.",
        "The MOU was signed in Bishkek on Tuesday."])
    [memorandum] = drafts.agreements
    assert str(memorandum.date_signed.value) == "2026-03-03"
    assert [party_key(p.value) for p in memorandum.parties] == [
        "Hanul Digital", "Ministry of Digital Development of Kyrgyzstan", "Tengri Cloud LLC"]


def test_a_company_named_short_takes_its_full_name_from_its_signatorys_office(base):
    """The sentences are written for this test, on a shape of the blind set's development half (golden-valley-tractors): once
    "Anhui Greenfield Machinery Co., Ltd." was read as a company, the other side of "Golden Valley and … Co., Ltd. (China)
    signed" was lost, and then drafted by its short name; "Chief Executive Officer of Golden Valley Agro Holding" gives it in
    full (the drafts before either change had it by way of the offices alone)."""
    drafts = drafts_from(base, PartialDate(2022, 10, 13), [
        "Kokterek Steppe and Hunan Bluefield Machinery Co., Ltd. (China) signed a contract for the supply of 500 tractors.",
        "The contract was signed by Chief Executive Officer of Kokterek Steppe Agro Holding Sardor Valiev and Vice President of Hunan "
        "Bluefield Machinery Wei Hongjun."])
    [contract] = drafts.agreements
    assert [party_key(p.value) for p in contract.parties] == ["Kokterek Steppe Agro Holding", "Hunan Bluefield Machinery"]


def test_two_companies_that_expect_to_sign_are_the_sides_of_the_plan(base):
    """The sentences are written for this test, on a shape of the blind set's development half (hyeonmu-kyrgyz-ai-centre): "X
    and Y expect to sign a joint venture agreement in the second half of 2026", the two companies named before with their legal
    forms ("Hanul Digital Co., Ltd.", "Tengri Cloud LLC"), planned an agreement with no party."""
    drafts = drafts_from(base, PartialDate(2026, 3, 5), [
        "Hanul Digital Co., Ltd. has signed a memorandum of understanding with Bishkek-based Tengri Cloud LLC on a computing centre.",
        "Hanul Digital and Tengri Cloud expect to sign a joint venture agreement in the second half of 2026."])
    plan = drafts.agreements[-1]
    assert plan.planned and [party_key(p.value) for p in plan.parties] == ["Hanul Digital", "Tengri Cloud"]


def test_the_parent_of_a_subsidiary_that_signs_is_no_party(base):
    """Written for this test, on a shape of the blind set's development half (kazinform-kz-cn-copper-smelter-jv): "X LLP, a
    subsidiary of the national mining holding Y, and China's Z … signed an agreement" made the parent a party beside the two."""
    [agreement] = drafts_from(base, PartialDate(2024, 9, 18), [
        "Saryarka Copper Smelting LLP, a subsidiary of the national mining holding Kokshe Mining, and China's Hengtai Nonferrous Metals "
        "Group on Tuesday signed an agreement to build a copper smelter."]).agreements
    assert [party_key(p.value) for p in agreement.parties] == ["Saryarka Copper Smelting LLP", "Hengtai Nonferrous Metals Group"]


def test_two_companies_named_before_and_joined_by_and_are_two_parties(base):
    """The sentences are written for this test, on a shape of the blind set's development half (kuryk-alat-ferry-venture):
    "Kuryk Sea Terminal and Absheron Ferry Company expect to sign …", the two named before with their legal forms, was one
    company of that whole name (the second ends in "Company", so the two names and the "and" between were read as one)."""
    drafts = drafts_from(base, PartialDate(2024, 10, 9), [
        "Aral Sea Terminal LLP signed a shareholders' agreement with Shirvan Ferry Company CJSC on a joint venture.",
        "Aral Sea Terminal and Shirvan Ferry Company expect to sign a contract for two vessels in December."])
    plan = drafts.agreements[-1]
    assert plan.planned and [party_key(p.value) for p in plan.parties] == ["Aral Sea Terminal", "Shirvan Ferry Company"]


def test_a_draft_approved_then_told_with_its_sides_is_one_agreement(base):
    """The sentences are written for this test, on a shape of the blind set's development half (tajik-tungsten-contract): "The
    investment agreement between the Government of Tajikistan and Varzob Metals is expected to be signed in March", after "the
    Government … approved the draft investment agreement", is that agreement with its two sides, not a second one."""
    drafts = drafts_from(base, PartialDate(2026, 1, 21), [
        "Yagnob Metals LLC, a Tajik developer of tungsten deposits, is building a concentrator.",
        "Last month, the Government of the Republic of Tajikistan approved the draft investment agreement for the project.",
        "The investment agreement between the Government of Tajikistan and Yagnob Metals is expected to be signed in March 2026."])
    [agreement] = drafts.agreements
    assert [party_key(p.value) for p in agreement.parties] == ["tajikistan", "Yagnob Metals"]
    assert agreement.planned and str(agreement.planned_for.value) == "2026-03"


def test_a_company_named_short_is_the_one_the_report_named_in_full(base):
    """The sentences are written for this test, on a shape of the blind set's development half (golden-valley-tractors): "Golden
    Valley … expects to sign a loan agreement with the bank", after "Golden Valley Agro Holding" opened the report and "Golden
    Valley and … Co., Ltd. (China) signed" named it short, drafted a new company "Golden Valley" (or none)."""
    drafts = drafts_from(base, PartialDate(2022, 10, 13), [
        "Kokterek Steppe Agro Holding, one of Uzbekistan's largest producers of grain, today signed two documents.",
        "Kokterek Steppe and Hunan Bluefield Machinery Co., Ltd. (China) signed a contract for the supply of 500 tractors.",
        "To finance the project, Kokterek Steppe is in talks with the Asian Development Bank and expects to sign a loan agreement "
        "with the bank in 2023."])
    plan = drafts.agreements[-1]
    assert "Kokterek Steppe Agro Holding" in [party_key(p.value) for p in plan.parties]


def test_the_first_of_two_companies_keeps_the_words_its_name_begins_with(base):
    """The sentence is written for this test, on a shape of the blind set's development half (sohar-gulf-kazakh-fertiliser-jv):
    "Omani company Sohar Gulf Fertilisers SAOC and Kazakhstan's Taraz Chemical Holding JSC signed" drafted a company
    "Fertilisers SAOC" (the pattern of a body's name takes in five words before its head, here the second's)."""
    assert parties_of_the_one(base, PartialDate(2026, 2, 3),
        "Omani company Dhofar Coast Fertilisers SAOC and Kazakhstan's Shu Chemical Holding JSC yesterday signed a shareholders' "
        "agreement.") == ["Dhofar Coast Fertilisers SAOC", "Shu Chemical Holding JSC"]


def test_documents_signed_in_the_heads_presence_are_of_the_day_of_their_talks(base):
    """The sentences are written for this test, on a shape of the blind set's development half (uz-kz-state-visit): "On 16
    April, within the framework of the state visit … on 15–16 April, talks between the heads of state were held", then "In the
    presence of the heads of state, the following documents were signed:" left the listed documents undated."""
    drafts = drafts_from(base, PartialDate(2025, 4, 16), [
        "On 16 April, within the framework of the state visit of the President of Kazakhstan to Uzbekistan on 15–16 April, talks "
        "between the heads of state were held in Tashkent.",
        "In the presence of the heads of state, the following documents were signed:",
        "1. Agreement between the Government of the Republic of Uzbekistan and the Government of the Republic of Kazakhstan on "
        "cooperation in the field of critical minerals;",
        "2. Memorandum of understanding between the Ministry of Energy of the Republic of Uzbekistan and the Ministry of Energy of "
        "the Republic of Kazakhstan."])
    assert [str(a.date_signed.value) if a.date_signed else None for a in drafts.agreements] == ["2025-04-16", "2025-04-16"]


def test_a_loan_signed_is_its_agreement(base):
    """The sentences are written for this test, on a shape of the blind set's development half (adb-uzbek-irrigation-loan),
    as the issue names it ("signed a $180 million loan"): a loan signed was no document; "the loan agreement" after it had only
    its minister's state as a party; the World Bank's loan "expected to be signed … for the same program" was a programme; and
    a region named after a place of "of" ("in the Republic of Karakalpakstan and Khorezm region") is where, no party."""
    drafts = drafts_from(base, PartialDate(2025, 12, 11), [
        "The Asian Development Bank and the Government of Uzbekistan today signed a $180 million loan to modernize irrigation in the "
        "Republic of Karakalpakstan and Khorezm region.",
        "Minister of Economy and Finance of Uzbekistan Sardor Valiev and ADB Country Director Yuki Sato signed the loan agreement.",
        "The World Bank is expected to sign a parallel $100 million loan with Uzbekistan for the same program in 2026."])
    loan, parallel = drafts.agreements
    assert (loan.kind.value, [party_key(p.value) for p in loan.parties]) == ("agreement", ["Asian Development Bank", "uzbekistan"])
    assert [party_key(s[0].value) for s in loan.signatories] == ["Sardor Valiev", "Yuki Sato"]
    assert (parallel.kind.value, parallel.planned, [party_key(p.value) for p in parallel.parties]) == (
        "agreement", True, ["World Bank", "uzbekistan"])


def test_a_vice_president_named_after_his_name_signs(base):
    """The sentence is written for this test, on a shape of the blind set's development half (tajik-tungsten-contract): in
    "signed … by A, Chief Executive Officer of X, and Li Wenbo, Vice-President of Y" the second signed nothing ("Vice-President"
    with its hyphen was no office word)."""
    [contract] = drafts_from(base, PartialDate(2026, 1, 21), [
        "Yagnob Metals LLC today signed a contract with Hunan Tungsten Engineering Co., Ltd.",
        "The contract was signed in Dushanbe by Farrukh Nazarov, Chief Executive Officer of Yagnob Metals, and Li Wenbo, "
        "Vice-President of Hunan Tungsten Engineering."]).agreements
    assert [party_key(s[0].value) for s in contract.signatories] == ["Farrukh Nazarov", "Li Wenbo"]


def test_an_office_in_small_letters_then_a_comma_and_the_name_signs(base):
    """The sentences are written for this test, on shapes of the blind set's development half (turkmen-gas-fourth-string,
    osh-water-loan-ratified-german-grant): "by the chairman of Garagum Gas, Merdan Annayev, and the vice-president of Huaxi
    Pipeline Engineering, Zhou Minghao" and "by its managing director for Central Asia, Helena Markovic" named no signatory
    after the small letters of the office."""
    drafts = drafts_from(base, PartialDate(2023, 4, 14), [
        "On Wednesday, the state concern Kopetdag Gas and Huaxi Pipeline Engineering Corporation signed a contract.",
        "The contract was signed in Ashgabat by the chairman of Kopetdag Gas, Merdan Orazov, and the vice-president of Huaxi "
        "Pipeline Engineering, Zhou Minghao, on the sidelines of the congress."])
    [contract] = drafts.agreements
    assert [party_key(s[0].value) for s in contract.signatories] == ["Merdan Orazov", "Zhou Minghao"]
    assert [(p.name, p.office) for p in people("It was signed on behalf of the bank by its managing director for Central Asia, Helena Markovic.")] == [
        ("Helena Markovic", "managing director for Central Asia")]


def test_a_company_told_of_as_a_concern_or_a_contractor_is_a_party(base):
    """The sentence is written for this test, on a shape of the blind set's development half (turkmen-gas-fourth-string): "the
    state concern Garagum Gas and the Chinese contractor Huaxi Pipeline Engineering Corporation signed a contract" had the
    contractor as its one party."""
    assert parties_of_the_one(base, PartialDate(2023, 4, 14),
        "On Wednesday, the state concern Kopetdag Gas and the Chinese contractor Huaxi Pipeline Engineering Corporation signed a "
        "contract for a gas treatment plant.") == ["Kopetdag Gas", "Huaxi Pipeline Engineering Corporation"]


def test_the_parties_who_expect_to_sign_are_the_sides_of_the_document_before(base):
    """The sentences are written for this test, on a shape of the blind set's development half (kazinform-ai-datacenter): "The
    parties expect to sign a full investment agreement in May", after a memorandum between a ministry and a company, planned
    an agreement with no party."""
    drafts = drafts_from(base, PartialDate(2024, 3, 14), [
        "The Ministry of Energy of Kazakhstan and Steppe Compute signed a memorandum of understanding today on a data centre.",
        "The parties expect to sign a full investment agreement in May."])
    memorandum, plan = drafts.agreements
    assert plan.planned and [party_key(p.value) for p in plan.parties] == [party_key(p.value) for p in memorandum.parties] == [
        "Ministry of Energy of Kazakhstan", "Steppe Compute"]


def test_signers_listed_between_dashes_are_the_parties(base):
    """The sentence is written for this test, on a shape of the blind set's development half (trans-caspian-rail-working-group):
    "The national rail carriers – A, B and C – are expected to sign an agreement …" planned an agreement with no party."""
    assert parties_of_the_one(base, PartialDate(2024, 6, 5),
        "The national rail carriers – Steppe Rail Freight, Caspian Rail Logistics and Kura Transit Rail – are expected to sign an "
        "agreement on a single through tariff in September.") == ["Steppe Rail Freight", "Caspian Rail Logistics", "Kura Transit Rail"]


def test_two_companies_joined_by_and_before_a_headlines_sign_are_two(base):
    """The headline is written for this test, on a shape of the blind set's development half (sohar-gulf-kazakh-fertiliser-jv),
    as the issue names it ("Kazakhstan Temir Zholy and Azerbaijan Railways signed made one actor of two companies"): "Sohar Gulf
    Fertilisers and Taraz Chemical Holding sign joint venture agreement" drafted one party of both names."""
    assert parties_of_the_one(base, PartialDate(2026, 2, 3),
        "Dhofar Coast Fertilisers and Shu Chemical Holding sign joint venture agreement for a phosphate complex.") == [
        "Dhofar Coast Fertilisers", "Shu Chemical Holding"]


def test_the_evaluation_lists_what_was_drafted_and_not_stated(base):
    """The sentences are written for this test. A document and an event the facts do not list are misses too, named with
    where they were read, so that the precision lost can be traced."""
    _, dataset, names = base
    facts = {"agreements": [{"kind": "agreement", "date_signed": "2025-05-03", "parties": ["kazakhstan", "uzbekistan"]}]}
    tally = evaluate(drafts_from(base, PartialDate(2025, 5, 10), [
        "Kazakhstan and Uzbekistan signed an agreement on 3 May.",
        "On 4 May Kyrgyzstan and Tajikistan signed a memorandum of understanding on the joint management of water resources "
        "of the transboundary rivers of the Fergana Valley.",
        "The Kazakh-Uzbek intergovernmental commission met in Tashkent on 2 May."]), *expected_from_fixture(facts), identify_with(names))
    assert tally.counts["agreements drafted that the article states (precision)"] == [1, 2]
    assert tally.counts["events drafted that the article states (precision)"] == [0, 1]
    [document, event] = tally.misses
    assert document == ("agreement drafted, not stated: memorandum of understanding signed 2025-05-04 ['kyrgyzstan', 'tajikistan'] "
                        "(paragraph 2, sentence 1: On 4 May Kyrgyzstan and Tajikistan signed a memorandum of understanding "
                        "on the joint …)")
    assert event.startswith("event drafted, not stated: ") and event.endswith(" 2025-05-02")


def test_a_count_of_the_agreements_of_years_is_no_agreement(base):
    """Written for this test: "Since 2017, the two countries have signed over 200 agreements" was one agreement, dated
    2017 (the count was already no package)."""
    assert drafts_from(base, PartialDate(2024, 3, 12), ["Since 2017, the two countries have signed over 200 agreements worth "
                                                        "$20 billion."]).agreements == []


@pytest.mark.parametrize("sentence", [
    "The signing of a trilateral agreement on a unified through tariff, which Azerbaijan, Kazakhstan and Turkmenistan had "
    "planned for Monday in Baku, has been postponed, a source told Trend.",
    "The signing of the electricity supply contract between Kazakhstan and Turkmenistan was postponed to the first quarter of 2025.",
    "Kazakhstan and Turkmenistan postponed the signing of the electricity supply contract.",
])
def test_a_signing_put_off_drafts_no_document(base, sentence):
    """Written for this test, on a shape of the blind set's development half (trend-az-kz-tm-tariff-postponed): a postponed
    signing was a signing planned for next Monday, and "was postponed to" or "postponed the signing of" a signed contract."""
    assert drafts_from(base, PartialDate(2024, 9, 10), [sentence]).agreements == []


def test_a_document_signed_after_a_delay_is_signed(base):
    [contract] = drafts_from(base, PartialDate(2024, 9, 10), [
        "Kazakhstan and Turkmenistan signed the electricity supply contract, which had been delayed for a year."]).agreements
    assert not contract.planned


def test_an_agreement_once_signed_is_a_condition_not_a_signing(base):
    """Written for this test, on a shape of the blind set's development half (trend-az-kz-tm-tariff-postponed): an analyst's
    "the tariff agreement, once signed, would cut …" drafted a signed agreement with the analyst's institute as its party."""
    assert drafts_from(base, PartialDate(2024, 9, 10), [
        "Farid Huseynli, an analyst at the Baku-based Caspian Logistics Institute, told Trend that the tariff agreement, once "
        "signed, would cut the cost of moving a container by 15 percent."]).agreements == []


def test_a_cabinets_own_action_plan_is_no_document_but_a_draft_protocol_with_a_state_is(base):
    """Written for this test, on shapes of the blind set's development half (kyrgyz-cabinet-torugart,
    kyrgyz-business-weekly-interview-dry-port): a cabinet's own action plan for its regions is not a document of
    cooperation; a draft protocol with China it approved is one, approved; the ministers of an organisation adopt theirs."""
    assert drafts_from(base, PartialDate(2024, 5, 3), [
        "In addition, the Cabinet approved the draft Action Plan for the modernisation of irrigation systems in the Chui, Talas "
        "and Jalal-Abad regions for 2024–2027."]).agreements == []
    [protocol] = drafts_from(base, PartialDate(2026, 3, 10), [
        "The Cabinet of Ministers approved a draft protocol extending it to rail cargo last week; we could sign it with China in "
        "the summer."]).agreements
    assert (str(protocol.kind.value), protocol.approved is not None) == ("protocol", True)
    [plan] = drafts_from(base, PartialDate(2025, 11, 3), [
        "The ministers also approved the OTS Digital Connectivity Action Plan for 2026–2028."]).agreements
    assert str(plan.kind.value) == "action plan"


def test_the_evaluation_counts_the_precision_of_signings_apart_from_approvals(base):
    """The sentences are written for this test. Facts that leave out what was only ratified (as the blind set's do) make a
    ratification drafted count against precision; the precision of the drafts signed or to be signed leaves it out."""
    _, dataset, names = base
    facts = {"agreements": [{"kind": "agreement", "date_signed": "2025-05-03", "parties": ["kazakhstan", "uzbekistan"]}]}
    tally = evaluate(drafts_from(base, PartialDate(2025, 5, 10), [
        "Kazakhstan and Uzbekistan signed an agreement on 3 May.",
        "On 6 May the Mazhilis ratified a protocol with Kyrgyzstan on the joint use of geological information."]),
        *expected_from_fixture(facts), identify_with(names))
    assert tally.counts["agreements drafted that the article states (precision)"] == [1, 2]
    assert tally.counts["agreements drafted signed or planned that the article states (precision)"] == [1, 1]


def test_the_evaluation_dates_an_approval_by_its_step_and_counts_statuses(base):
    """The sentences are written for this test. A document only approved is dated by its approval (`date_approved`), as its
    draft is, and one ratified by its signing; a status drafted other than the one stated counts against "statuses"."""
    _, dataset, names = base
    facts = {"agreements": [
        {"kind": "agreement", "status": "approved", "date_approved": "2025-01", "parties": ["kyrgyzstan", "kazakhstan"]},
        {"kind": "protocol", "status": "ratified", "date_signed": "2024-11-20", "parties": ["kazakhstan", "uzbekistan"]}]}
    agreements, _ = expected_from_fixture(facts)
    assert [(e.date, e.status) for e in agreements] == [("2025-01", "approved"), ("2024-11-20", "ratified")]
    tally = evaluate(drafts_from(base, PartialDate(2025, 2, 10), [
        "In January the Government of Kyrgyzstan approved a draft agreement with Kazakhstan on the use of water.",
        "Kazakhstan and Uzbekistan signed a protocol on trade on 20 November 2024."]), agreements, [], identify_with(names))
    assert tally.counts["agreements drafted that the article states (precision)"] == [2, 2]
    assert tally.counts["statuses (the last step told)"] == [1, 2]
    assert "status of protocol 2024-11-20: drafted signed, stated ratified" in tally.misses
    # a meeting's protocol stated as its minutes is the one drafted as a protocol; a memorandum is not
    for stated, found in (("minutes", [1, 1]), ("memorandum of understanding", [0, 1])):
        tally = evaluate(drafts_from(base, PartialDate(2025, 2, 10), ["Kazakhstan and Uzbekistan signed a protocol on 3 February."]),
                         *expected_from_fixture({"agreements": [{"kind": stated, "date_signed": "2025-02-03",
                                                                 "parties": ["kazakhstan", "uzbekistan"]}]}), identify_with(names))
        assert tally.counts["agreements found (recall)"] == found


def test_the_evaluation_pairs_documents_alike_by_their_status(base):
    """The sentences are written for this test: two agreements of a day between the same states, one signed and one
    initialled, each pair with the stated one of its status, whatever order the facts list them in."""
    _, dataset, names = base
    stated = [{"kind": "agreement", "status": "initialled", "date_initialled": "2025-03-19", "parties": ["uzbekistan", "turkmenistan"]},
              {"kind": "agreement", "status": "signed", "date_signed": "2025-03-19", "parties": ["uzbekistan", "turkmenistan"]}]
    drafts = drafts_from(base, PartialDate(2025, 3, 19), [
        "On 19 March Uzbekistan and Turkmenistan signed an agreement on multimodal transport.",
        "On 19 March Uzbekistan and Turkmenistan also initialled an agreement on a joint logistics centre."])
    assert [a.status.value for a in drafts.agreements] == ["signed", "initialled"]
    tally = evaluate(drafts, *expected_from_fixture({"agreements": stated}), identify_with(names))
    assert tally.counts["statuses (the last step told)"] == [2, 2]


def test_a_list_under_among_them_is_dated_by_the_talks_the_sentence_before_it_followed(base):
    """Written for this test, on a shape of the blind set's development half (gov-uz-qatar-talks-documents): under "Following
    the talks, … a total of nine documents were signed. Among them:" the listed documents had no date, as "Among them:"
    alone was read as the list's introduction."""
    drafts = drafts_from(base, PartialDate(2025, 2, 12), [
        "On 12 February 2025, Prime Minister of the Republic of Uzbekistan Jahongir Nurmatov held talks in Tashkent with Deputy "
        "Prime Minister of the State of Qatar Abdullah bin Saad Al Marri.",
        "Following the talks, in the presence of the heads of delegations, a total of nine documents were signed. Among them:",
        "– Memorandum of understanding on cooperation in the field of green hydrogen between the Ministry of Energy of the "
        "Republic of Uzbekistan and Lusail Energy Holding;",
        "– Agreement on the establishment of a joint investment platform between the Ministry of Investment of the Republic of "
        "Uzbekistan and Al Dafna Capital."])
    assert [(str(a.kind.value), str(a.date_signed.value)) for a in drafts.agreements if not a.is_package] == [
        ("memorandum of understanding", "2025-02-12"), ("agreement", "2025-02-12")]


def test_a_signing_to_come_after_a_participles_aside_is_dated_by_its_own_clause_and_is_no_document_told_again(base):
    """Written for this test, on a shape of the blind set's development half (gov-uz-qatar-talks-documents): in "the
    intergovernmental agreement on air services, initialled by the civil aviation authorities in December last year, is
    expected to be signed … in October this year" the aside's "initialled" was read as the verb and its December as the
    date; after an agreement signed, "The sides agreed that the … agreement …" was that agreement told again."""
    [signed, planned] = drafts_from(base, PartialDate(2025, 2, 12), [
        "Uzbekistan and Qatar signed an agreement on the establishment of a joint investment platform.",
        "The sides agreed that the intergovernmental agreement on air services, initialled by the civil aviation authorities in "
        "December last year, is expected to be signed in October this year."]).agreements
    assert (signed.planned, signed.date_signed) == (False, None)
    assert (planned.planned, str(planned.planned_for.value)) == (True, "2025-10")


def test_a_month_that_marks_years_since_a_signing_is_not_the_signings_month(base):
    """Written for this test, on a shape of the blind set's development half (kyrgyz-business-weekly-interview-dry-port):
    "This month marks five years since we signed the memorandum … in March 2021" dated the memorandum this month (the
    anniversary's), as the years were written in words and "we signed" is no noun of signing."""
    [memorandum] = drafts_from(base, PartialDate(2026, 3, 10), [
        "This month marks five years since Kyrgyzstan and China signed the memorandum on the electronic exchange of customs data "
        "in Kashgar, in March 2021."]).agreements
    assert str(memorandum.date_signed.value) == "2021-03"


def test_the_first_of_a_list_of_adjectives_before_delegations_is_a_side_too(base):
    """Written for this test, on a shape of the blind set's development half (trend-az-kz-tm-tariff-postponed): "the heads of
    the Azerbaijani, Kazakh and Turkmen delegations signing the minutes" gave Kazakhstan and Turkmenistan only, the first
    adjective being followed by a comma, not by "and" or its noun."""
    [minutes] = drafts_from(base, PartialDate(2024, 9, 10), [
        "The meeting of the working group, held in Baku on September 9–10, ended with the heads of the Azerbaijani, Kazakh and "
        "Turkmen delegations signing the minutes of the meeting."]).agreements
    assert [party_key(p.value) for p in minutes.parties] == ["azerbaijan", "kazakhstan", "turkmenistan"]


def test_a_draft_approved_and_then_to_be_signed_counts_among_the_signings_to_come(base):
    """The sentences are written for this test: a draft approved that the text says is to be signed is a signing to come,
    whatever was approved first (its status is planned, as the record's is)."""
    _, dataset, names = base
    drafts = drafts_from(base, PartialDate(2025, 5, 10), [
        "The Government of Kazakhstan approved the draft agreement with China on trade.",
        "The agreement is expected to be signed in June."])
    [agreement] = drafts.agreements
    assert (agreement.approved is not None, agreement.status.value) == (True, "planned")
    facts = {"agreements": [{"kind": "agreement", "status": "planned", "date_signed": "2025-06", "parties": ["kazakhstan", "china"]}]}
    tally = evaluate(drafts, *expected_from_fixture(facts), identify_with(names))
    assert tally.counts["agreements drafted signed or planned that the article states (precision)"] == [1, 1]


def test_the_heads_of_delegations_named_after_their_signing_sign_it(base):
    """Written for this test, on a shape of the blind set's development half (trend-az-kz-tm-tariff-postponed): "… ended with
    the heads of the Azerbaijani, Kazakh and Turkmen delegations signing the minutes", then "The delegations were headed by
    …": the heads named after the signing signed it (the "signing" form, the states' adjectives, and a naming told after
    it were not read)."""
    [minutes] = drafts_from(base, PartialDate(2024, 9, 10), [
        "The meeting of the working group, held in Baku on September 9–10, ended with the heads of the Azerbaijani, Kazakh and "
        "Turkmen delegations signing the minutes of the meeting.",
        "The delegations were headed by Deputy Minister Rashad Guliyev (Azerbaijan), Vice Minister Nurlan Abenov (Kazakhstan) and "
        "Deputy Chairman of Turkmenistan's Agency of Transport and Communications Merdan Orazov."]).agreements
    assert [party_key(s[0].value) for s in minutes.signatories] == ["Rashad Guliyev", "Nurlan Abenov", "Merdan Orazov"]
    [minutes] = drafts_from(base, PartialDate(2024, 9, 10), [  # the office written before a state and the name
        "The meeting of the working group, held in Baku on September 9–10, ended with the heads of the Azerbaijani and Kazakh "
        "delegations signing the minutes of the meeting.",
        "The delegations were headed by Deputy Minister of Digital Development and Transport of Azerbaijan Rashad Guliyev and "
        "Vice Minister of Transport of Kazakhstan Nurlan Abenov."]).agreements
    assert [(party_key(s[0].value), s[2]) for s in minutes.signatories] == [("Rashad Guliyev", "azerbaijan"), ("Nurlan Abenov", "kazakhstan")]


def test_the_evaluation_pairs_documents_so_that_they_fit_best_in_all_not_the_best_pair_first(base):
    """Two agreements of one day, one of four states and one of two of them, drafted as one of those two and one of three.
    Pairing the best fitting pair first (as before) could pair the three states' draft with the two states' agreement and
    the two states' draft with the four's, counting a party wrong that is right; the evaluation pairs them so that the
    pairs fit best in all (networkx's maximum weight matching)."""
    _, _, names = base
    facts = {"agreements": [
        {"kind": "agreement", "date_signed": "2025-05-04", "parties": ["kazakhstan", "kyrgyzstan", "tajikistan", "uzbekistan"]},
        {"kind": "agreement", "date_signed": "2025-05-04", "parties": ["kazakhstan", "uzbekistan"]}]}
    tally = evaluate(drafts_from(base, PartialDate(2025, 5, 10), [
        "On 4 May Kazakhstan and Uzbekistan signed an agreement on transit.",
        "On 4 May Kazakhstan, Uzbekistan and Kyrgyzstan signed an agreement on water."]), *expected_from_fixture(facts), identify_with(names))
    assert (tally.counts["agreements found (recall)"], tally.counts["parties drafted that are right (precision)"]) == ([2, 2], [5, 5])


def test_the_evaluation_pairs_a_document_dated_within_the_date_stated_and_counts_the_date_wrong(base):
    """A roadmap drafted with the meeting's days (14–15 May) where the facts give its month (May 2025), and other parties: the
    roadmap is found, its date and parties counted wrong. Before, with neither its date the same nor a party in common, it was
    counted not found and drafted unstated. A document of a date apart from the one stated is still another document."""
    _, _, names = base
    facts = {"agreements": [{"kind": "roadmap", "date_signed": "2025-05", "parties": ["new: Ministry of Agriculture of Kazakhstan"]}]}
    text = "On 14–15 May Kazakhstan and Uzbekistan held a meeting of their commission in Tashkent, during which they signed a roadmap."
    tally = evaluate(drafts_from(base, PartialDate(2025, 5, 20), [text]), *expected_from_fixture(facts), identify_with(names))
    assert (tally.counts["agreements found (recall)"], tally.counts["dates (at the stated precision)"]) == ([1, 1], [0, 1])
    facts = {"agreements": [{"kind": "roadmap", "date_signed": "2025-04", "parties": ["new: Ministry of Agriculture of Kazakhstan"]}]}
    tally = evaluate(drafts_from(base, PartialDate(2025, 5, 20), [text]), *expected_from_fixture(facts), identify_with(names))
    assert tally.counts["agreements found (recall)"] == [0, 1]


def test_a_document_told_again_between_a_body_of_each_of_its_states_is_between_those_bodies(base):
    """The sentences are written for this test, on the shape of the blind set's development half (kz-uz-rare-earths): a wire's
    "Kazakhstan and Uzbekistan signed a memorandum", then "The memorandum between the Ministry of … of Kazakhstan and the
    Ministry of … of Uzbekistan was signed by …": the states were the shorthand for the two ministries, which are its
    parties. Not where the bodies told are of one state only, nor fewer than the states."""
    published = PartialDate(2025, 3, 14)
    [memo] = drafts_from(base, published, [
        "Kazakhstan and Uzbekistan today signed a memorandum of understanding on geological exploration.",
        "The memorandum between the Ministry of Industry and Construction of Kazakhstan and the Ministry of Mining Industry and "
        "Geology of Uzbekistan was signed by the two ministers."]).agreements
    assert sorted(str(party_key(p.value)) for p in memo.parties) == [
        "Ministry of Industry and Construction of Kazakhstan", "Ministry of Mining Industry and Geology of Uzbekistan"]
    [memo] = drafts_from(base, published, [
        "Kazakhstan and Uzbekistan today signed a memorandum of understanding on geological exploration.",
        "The memorandum between the Ministry of Industry and Construction of Kazakhstan and the Ministry of Energy of Kazakhstan "
        "was signed by the two ministers."]).agreements
    assert sorted(str(party_key(p.value)) for p in memo.parties) == ["kazakhstan", "uzbekistan"]


def test_the_two_countries_are_the_states_of_the_sides_before_never_two_companies(base):
    """The sentences are written for this test, on the shape of the blind set's development half (kz-uz-rare-earths): "the two
    countries signed a roadmap", after a memorandum between a ministry of each and a contract between a company of each,
    is between Kazakhstan and Uzbekistan; it had taken the parties of the agreement just before, the two companies."""
    [_, _, roadmap] = drafts_from(base, PartialDate(2025, 3, 14), [
        "The Ministry of Industry and Construction of Kazakhstan and the Ministry of Mining Industry and Geology of Uzbekistan "
        "signed a memorandum of understanding on geological exploration today.",
        "On Thursday, Kazakh company Saryarka Geo Survey and Uzbek company Qyzylkum Rare Metals signed a contract for drilling.",
        "The ministers recalled that in 2022 the two countries signed a roadmap on industrial cooperation."]).agreements
    assert sorted(str(party_key(p.value)) for p in roadmap.parties) == ["kazakhstan", "uzbekistan"]


def test_an_acronym_the_report_defines_names_the_party_and_a_sum_ends_a_name(base):
    """The sentences are written for this test: "the EDB", after "the Eurasian Development Bank (EDB)", is that bank; in
    "between the EDB and Bishkek Capital Bank for USD 15 million" the acronym and the bank are two parties, and the sum is
    no part of the bank's name."""
    drafts = drafts_from(base, PartialDate(2026, 2, 25), [
        "On 24 February the Eurasian Development Bank (EDB) signed two documents in Bishkek.",
        "A loan agreement between Kyrgyzstan and the EDB was signed by the Minister of Finance.",
        "A credit line agreement between the EDB and Bishkek Capital Bank for USD 15 million was signed as well."])
    assert [[party_key(p.value) for p in a.parties] for a in drafts.agreements if not a.is_package] == [
        ["kyrgyzstan", "Eurasian Development Bank"], ["Eurasian Development Bank", "Bishkek Capital Bank"]]


def test_a_list_signed_on_the_same_day_with_its_signers_in_brackets(base):
    """The sentences are written for this test: "signed … on the same day:" dates the list by the talks told before it;
    "(signed by O. Yusupov and F. Al-Harbi)" names the signers, by initial and surname, of people named before in full,
    and "(signed by Tashkent region hokim Ulugbek Ergashev and …)" gives an office in lower case; the brackets are no
    part of the title; "the Hokimiyat of Tashkent Region and Najd Data Systems Company" are two parties."""
    drafts = drafts_from(base, PartialDate(2026, 2, 6), [
        "A delegation headed by Deputy Minister Faisal Al-Harbi is visiting Uzbekistan.",
        "On 5 February, Minister of Digital Technologies of Uzbekistan Otabek Yusupov and Faisal Al-Harbi held talks in Tashkent.",
        "The following documents were signed in Tashkent on the same day:",
        "1. Memorandum of Understanding between the Ministry of Digital Technologies of Uzbekistan and the Ministry of Communications "
        "of Saudi Arabia on cooperation in e-government (signed by O. Yusupov and F. Al-Harbi);",
        "2. Investment Agreement between the Hokimiyat of Tashkent Region and Najd Data Systems Company on a data centre (signed by "
        "Tashkent region hokim Ulugbek Ergashev and Najd Data Systems CEO Turki Al-Otaibi)."])
    memorandum, investment = [a for a in drafts.agreements if not a.is_package]
    assert (str(memorandum.date_signed.value), str(investment.date_signed.value)) == ("2026-02-05", "2026-02-05")
    assert memorandum.title.value == ("Memorandum of Understanding between the Ministry of Digital Technologies of Uzbekistan and the "
                                      "Ministry of Communications of Saudi Arabia on cooperation in e-government")
    assert [party_key(s[0].value) for s in memorandum.signatories] == ["Otabek Yusupov", "Faisal Al-Harbi"]
    assert [(party_key(s[0].value), s[1]) for s in investment.signatories] == [
        ("Ulugbek Ergashev", "Tashkent region hokim"), ("Turki Al-Otaibi", "Najd Data Systems CEO")]
    assert [party_key(p.value) for p in investment.parties] == ["Hokimiyat of Tashkent Region", "Najd Data Systems Company"]


def test_a_document_signed_at_the_same_ceremony_is_dated_by_the_one_signed_there_before(base):
    """The sentences are written for this test: "At the same ceremony, A and B signed a memorandum" gives no date of its
    own; it is the day of the agreement signed at that ceremony."""
    drafts = drafts_from(base, PartialDate(2024, 9, 18), [
        "On 17 September Kazakh Copper LLP and China's Hengtai Group signed an agreement to build a smelter.",
        "At the same ceremony, Hengtai's vice president Wang Lihua and the Akim of Karaganda region Ermek Baimukhanov signed a memorandum "
        "of understanding on a training centre."])
    assert [(a.kind.value, str(a.date_signed.value)) for a in drafts.agreements] == [
        ("agreement", "2024-09-17"), ("memorandum of understanding", "2024-09-17")]


def test_the_two_companies_or_the_partners_are_the_companies_of_the_document_before(base):
    """The sentences are written for this test: "a memorandum … the two companies signed in Muscat" and "The partners expect
    to sign the … contract" name no party; they are the two companies of the agreement told of before."""
    drafts = drafts_from(base, PartialDate(2026, 2, 3), [
        "Omani company Sohar Gulf Fertilisers SAOC and Kazakhstan's Taraz Chemical Holding JSC yesterday signed a shareholders' agreement.",
        "The partners expect to sign the engineering, procurement and construction contract in May 2026.",
        "The joint venture builds on a memorandum of understanding the two companies signed in Muscat in November 2024."])
    companies = [party_key(p.value) for p in drafts.agreements[0].parties]
    assert len(companies) == 2 and [[party_key(p.value) for p in a.parties] for a in drafts.agreements[1:]] == [companies, companies]


def test_those_the_sentence_before_said_signed_by_office_are_named_by_they_are(base):
    """The sentences are written for this test: "signed … by the co-chairs of the commission. They are A, and B." names
    the two signers, each with the office the sentence gives; "They are" after a sentence that says no one signed names
    no signer."""
    drafts = drafts_from(base, PartialDate(2023, 11, 3), [
        "The protocol of the meeting was signed on Thursday by the co-chairs of the commission.",
        "They are Azerbaijan's Deputy Minister of Economy, Elnur Gasimov, and Kyrgyzstan's Minister of Economy and Commerce, Bakyt Osmonaliev."])
    assert [(party_key(s[0].value), s[1], s[2]) for s in drafts.agreements[0].signatories] == [
        ("Elnur Gasimov", "Azerbaijan's Deputy Minister of Economy", "azerbaijan"),
        ("Bakyt Osmonaliev", "Kyrgyzstan's Minister of Economy and Commerce", "kyrgyzstan")]
    other = drafts_from(base, PartialDate(2023, 11, 3), [
        "Azerbaijan and Kyrgyzstan signed a protocol on trade on Thursday.",
        "They are Azerbaijan's Deputy Minister of Economy, Elnur Gasimov, and Kyrgyzstan's Minister of Economy, Bakyt Osmonaliev."])
    assert other.agreements[0].signatories == []


def test_a_document_whose_relative_clause_expected_its_signing_and_whose_own_verb_denies_it_is_none(base):
    """Written for this test, on a shape of the blind set's development half (uzdaily-t1-uz-kr-chungbuk-fergana-visit): in
    "the joint venture agreement between A and B, which had been expected to be signed during the visit, was not signed"
    the relative clause's "signed" was read as the verb, and the agreement as signed; the clause's own verb denies it. Where
    the own verb states a step, it is that step: "…, which was signed in 2019, was ratified …"."""
    assert drafts_from(base, PartialDate(2022, 9, 28), [
        "However, the joint venture agreement between Margilan Silk Factory and Daehan Fiber, which had been expected to be "
        "signed during the visit, was not signed."]).agreements == []
    [ratified] = drafts_from(base, PartialDate(2022, 9, 28), [
        "The agreement between Uzbekistan and Korea on labour migration, which was signed in Seoul in 2019, was ratified by "
        "the Oliy Majlis on Tuesday."]).agreements
    assert ratified.ratified is not None and not ratified.planned


def test_a_korean_name_is_no_recorded_person_of_its_surname_and_its_surname_alone_is_that_person(base):
    """Written for this test, on a shape of the blind set's development half (uzdaily-t1-uz-kr-chungbuk-fergana-visit): the
    data records President Yoon Suk Yeol with the alias "Yoon", and "in the presence of Kambarov and Yoon" made "Yoon" a
    party of a memorandum (the president, to the evaluation). A Korean name writes its surname first, before a hyphenated
    given name: "Yoon" is then the governor named before, one present."""
    drafts = drafts_from(base, PartialDate(2022, 9, 28), [
        "A delegation of the Chungcheongbuk-do Provincial Government of the Republic of Korea, headed by Governor Yoon Tae-seok, "
        "is on a visit to Fergana region on 26–28 September.",
        "On Tuesday, khokim of Fergana region Doniyor Kambarov and Governor Yoon Tae-seok signed an agreement on the "
        "establishment of friendly and cooperative relations between Fergana region and Chungcheongbuk-do.",
        "Also on Tuesday, in the presence of Kambarov and Yoon, Quva Agro Cluster LLC and Cheongju Smart Farm Co. signed a "
        "memorandum on building a 10-hectare hydroponic greenhouse complex in Quva district."])
    memorandum = drafts.agreements[-1]
    assert [p.value.name.value for p in memorandum.parties] == ["Quva Agro Cluster LLC", "Cheongju Smart Farm Co."]


def test_the_co_chairs_who_signed_are_those_each_delegation_was_led_by(base):
    """Written for this test, on a shape of the blind set's development half (mfatm-t1-tm-jp-committee-sixth): each
    delegation's head named in a sentence of its own ("The Turkmen delegation was led by the co-chair of the Committee,
    Deputy Chairman … Kakajan Annaberdiyev. The Japanese delegation was headed by …"), then "the co-chairs signed the
    Protocol": the protocol had no signatory and no party, as only the last of the two sentences was kept, and a new body
    "Committee, Deputy Chairman of the Cabinet … Kakajan Annaberdiyev" ran past the comma into the office after it."""
    [protocol] = drafts_from(base, PartialDate(2025, 11, 19), [
        "The Turkmen delegation was led by the co-chair of the Committee, Deputy Chairman of the Cabinet of Ministers of "
        "Turkmenistan Kakajan Annaberdiyev. The Japanese delegation was headed by the co-chair of the Committee, State Minister "
        "for Foreign Affairs of Japan Kenji Morishita.",
        "At the closing session on 18 November, the co-chairs signed the Protocol of the sixth meeting of the Committee."]).agreements
    assert [s[0].value.name.value for s in protocol.signatories] == ["Kakajan Annaberdiyev", "Kenji Morishita"]
    assert [p.value for p in protocol.parties] == ["turkmenistan", "japan"]


def test_a_document_told_before_a_relative_clause_that_signed_it_is_the_one_signed(base):
    """Written for this test, on a shape of the blind set's development half (daryo-u2-uz-kr-critical-minerals-seoul): "The
    agreement builds on the memorandum on critical minerals that the Uzbek Ministry … and the Korean Ministry … signed in
    Tashkent in June 2023" gave the agreement just signed the memorandum's place, date and sides: the verb of the clause
    "that … signed" is done to the memorandum, which is a document of its own."""
    agreement, memorandum = drafts_from(base, PartialDate(2024, 5, 16), [
        "On Tuesday, Uzbekistan and the Republic of Korea signed an intergovernmental agreement on cooperation in critical raw "
        "materials supply chains.",
        "The agreement builds on the memorandum on critical minerals that the Uzbek Ministry of Mining Industry and Geology "
        "and the Korean Ministry of Trade, Industry and Energy signed in Tashkent in June 2023."]).agreements
    assert (str(agreement.date_signed.value), agreement.place) == ("2024-05-14", None)
    assert (memorandum.kind.value, str(memorandum.date_signed.value), memorandum.place.value) == (
        "memorandum of understanding", "2023-06", "Tashkent")
    assert len(memorandum.parties) == 2


def test_a_day_that_opens_a_sentence_before_an_after_phrase_dates_the_signing(base):
    """Written for this test, on a shape of the blind set's development half (daryo-u2-uz-kr-critical-minerals-seoul): "On
    Tuesday, after talks between A and B, C and D signed an agreement …" was undated: the comma before "after" bounds a clause,
    and "On Tuesday" was left outside the verb's. A phrase with no verb that opens the sentence is the main clause's."""
    [agreement] = drafts_from(base, PartialDate(2024, 5, 16), [
        "On Tuesday, after talks between Nematov and Korean Prime Minister Seo Jae-won, Uzbekistan and the Republic of Korea "
        "signed an intergovernmental agreement on cooperation in critical raw materials supply chains."]).agreements
    assert str(agreement.date_signed.value) == "2024-05-14"


def test_a_signer_named_before_one_whose_given_name_is_hyphenated_signs_too(base):
    """Written for this test, on a shape of the blind set's development half (daryo-u2-uz-kr-critical-minerals-seoul): "On
    Tuesday, Uzbek Minister of Mining Industry and Geology Farhod Ergashboev and Korean Vice Minister of Trade, Industry and
    Energy Kim Tae-hoon signed …" had only Kim Tae-hoon sign: the "hoon" of his given name was read as a word in lower case,
    so the subject seemed more than offices and names."""
    [agreement] = drafts_from(base, PartialDate(2024, 5, 16), [
        "On Tuesday, Uzbek Minister of Mining Industry and Geology Farhod Ergashboev and Korean Vice Minister of Trade, "
        "Industry and Energy Kim Tae-hoon signed an intergovernmental agreement on critical raw materials."]).agreements
    assert [s[0].value.name.value for s in agreement.signatories] == ["Farhod Ergashboev", "Kim Tae-hoon"]
    # (after a day and the talks before the signing, whose people do not sign)
    [agreement] = drafts_from(base, PartialDate(2024, 5, 16), [
        "On Tuesday, after talks between Nematov and Korean Prime Minister Seo Jae-won, Uzbek Minister of Mining Industry and "
        "Geology Farhod Ergashboev and Korean Vice Minister of Trade, Industry and Energy Kim Tae-hoon signed an intergovernmental "
        "agreement on critical raw materials."]).agreements
    assert [s[0].value.name.value for s in agreement.signatories] == ["Farhod Ergashboev", "Kim Tae-hoon"]


def test_the_two_ends_of_a_line_or_service_are_no_sides_of_the_agreement_on_it(base):
    """Written for this test, on a shape of the blind set's development half (astanatimes-u1-kz-az-commission-aktau): "A JSC
    and B CJSC signed an agreement on a joint container feeder line between Aktau and Alat" had the two ports for sides, by
    the pair after the document; the ends of a line or a service are where it runs, as those of "trains running between" are.
    A credit line between two banks is still theirs."""
    [agreement] = drafts_from(base, PartialDate(2024, 5, 16), [
        "On Tuesday, Mangystau Port Operator JSC and Alat Logistics Hub CJSC signed an agreement on a joint container feeder "
        "line between Aktau and Alat."]).agreements
    assert [p.value.name.value for p in agreement.parties] == ["Mangystau Port Operator JSC", "Alat Logistics Hub CJSC"]
    [credit] = drafts_from(base, PartialDate(2024, 5, 16), [
        "On Tuesday, a credit line agreement was signed between Steppe Development Bank and Caspian Trade Bank."]).agreements
    assert [p.value.name.value for p in credit.parties] == ["Steppe Development Bank", "Caspian Trade Bank"]


def test_the_same_day_and_the_first_day_of_a_meeting_date_a_signing(base):
    """Written for this test, on a shape of the blind set's development half (astanatimes-u1-kz-az-commission-aktau): after a
    meeting "held in Aktau on May 14–15", "On the first day, A JSC and B CJSC signed an agreement …" and, after a memorandum
    signed "On Wednesday", "The same day, C Bank and D Bank signed a … credit-line agreement" were undated. The first day is
    the span's first; the same day is the day of the signing told just before."""
    meeting = ("Kazakhstan and Azerbaijan held the 18th meeting of the Kazakhstan–Azerbaijan Intergovernmental Commission on "
               "Economic Cooperation in Aktau on May 14–15.")
    drafts = drafts_from(base, PartialDate(2024, 5, 16), [
        meeting,
        "On the first day, Mangystau Port Operator JSC and Alat Logistics Hub CJSC signed an agreement on port cooperation.",
        "On Wednesday, Kazakhstan and Azerbaijan signed a memorandum on twin-city relations.",
        "The same day, Steppe Development Bank and Caspian Trade Bank signed a $50 million credit-line agreement."])
    assert [str(a.date_signed.value) for a in drafts.agreements] == ["2024-05-14", "2024-05-15", "2024-05-15"]
    [second] = drafts_from(base, PartialDate(2024, 5, 16), [
        meeting, "On the second day, Mangystau Port Operator JSC and Alat Logistics Hub CJSC signed an agreement on port cooperation."]).agreements
    assert str(second.date_signed.value) == "2024-05-15"


def test_the_two_co_chairs_who_signed_are_those_the_meeting_was_co_chaired_by(base):
    """Written for this test, on a shape of the blind set's development half (xinhua-u2-cn-kz-cooperation-committee): "The
    meeting was co-chaired by Chinese Vice Premier A and Kazakh First Deputy Prime Minister B", then "After the meeting, the
    two co-chairs signed the minutes …": the minutes had no signatory."""
    [minutes] = drafts_from(base, PartialDate(2025, 9, 12), [
        "China and Kazakhstan held the 13th meeting of the China-Kazakhstan Cooperation Committee in Astana on Thursday.",
        "The meeting was co-chaired by Chinese Vice Premier Zhao Mingyuan and Kazakh First Deputy Prime Minister Serik "
        "Baimukhanov. Zhao is paying a working visit to Kazakhstan from Sept. 10 to 12.",
        "After the meeting, the two co-chairs signed the minutes of the committee's 13th meeting."]).agreements
    assert [s[0].value.name.value for s in minutes.signatories] == ["Zhao Mingyuan", "Serik Baimukhanov"]
    assert sorted(p.value for p in minutes.parties) == ["china", "kazakhstan"]


def test_who_signs_after_an_opening_phrase_of_those_who_witnessed_signs(base):
    """Written for this test, on a shape of the blind set's development half (xinhua-u2-cn-kz-cooperation-committee):
    "Witnessed by the co-chairs, Vice Chairman of China's National Development and Reform Commission Wang Lichen and Kazakh
    Minister … Askar Tolegenov signed a memorandum …" had no signatory: a sentence that names a witness had none. Those the
    opening phrase names witness; who the verb's subject names sign, on the day of the meeting the co-chairs chair."""
    memorandum = drafts_from(base, PartialDate(2025, 9, 12), [
        "China and Kazakhstan held the 13th meeting of the China-Kazakhstan Cooperation Committee in Astana on Thursday.",
        "Witnessed by the co-chairs, Vice Chairman of China's National Development and Reform Commission Wang Lichen and Kazakh "
        "Minister of Digital Development, Innovation and Aerospace Industry Askar Tolegenov signed a memorandum of understanding "
        "on cooperation in AI computing infrastructure."]).agreements[-1]
    assert [s[0].value.name.value for s in memorandum.signatories] == ["Wang Lichen", "Askar Tolegenov"]
    assert str(memorandum.date_signed.value) == "2025-09-11"  # (the day of the meeting the co-chairs chair)


def test_a_legal_form_after_a_names_comma_is_no_company_of_its_own(base):
    """Written for this test, on a shape of the blind set's development half (xinhua-u2-cn-kz-cooperation-committee):
    "Xinjiang Tianchi Data Technology Co., Ltd. and Qazaq Compute LLP signed a contract" had three sides, one of them "Ltd."."""
    assert parties_of_the_one(base, PartialDate(2025, 9, 12), "On Monday, Xinjiang Tianchi Data Technology Co., Ltd. and Qazaq "
                              "Compute LLP signed a contract to build a data center.") == ["Xinjiang Tianchi Data Technology", "Qazaq Compute LLP"]


def test_a_general_manager_named_after_his_companys_possessive_signs(base):
    """Written for this test, on a shape of the blind set's development half (xinhua-u2-cn-kz-cooperation-committee): "It
    was signed by Tianchi's general manager Liu Haoran and Qazaq Compute CEO Daniyar Omarov" gave one signer: "manager" was
    no word of an office."""
    [contract] = drafts_from(base, PartialDate(2025, 9, 12), [
        "On Thursday, Xinjiang Tianchi Data Technology Co., Ltd. and Qazaq Compute LLP signed a contract to build a data center.",
        "It was signed by Tianchi's general manager Liu Haoran and Qazaq Compute CEO Daniyar Omarov."]).agreements
    assert [s[0].value.name.value for s in contract.signatories] == ["Liu Haoran", "Daniyar Omarov"]


def test_two_things_said_each_in_its_that_clause_are_two_documents(base):
    """Written for this test, on a shape of the blind set's development half (xinhua-u2-cn-kz-cooperation-committee): "A said
    the People's Bank of China and the National Bank of Kazakhstan had signed a … swap agreement in Beijing earlier this month,
    and that the Mazhilis … ratified on Wednesday the agreement on … signed by the two governments in Beijing in October last
    year" drafted one agreement, ratified, with the swap's date: ", and that" opens a clause of its own."""
    swap, water = drafts_from(base, PartialDate(2025, 9, 12), [
        "Baimukhanov said the People's Bank of China and the National Bank of Kazakhstan had signed a new bilateral local "
        "currency swap agreement in Beijing earlier this month, and that the Mazhilis, the lower house of Kazakhstan's "
        "parliament, ratified on Wednesday the agreement on water quality monitoring of transboundary rivers signed by the two "
        "governments in Beijing in October last year."]).agreements
    assert (swap.status.value, str(swap.date_signed.value)) == ("signed", "2025-09")
    assert (water.status.value, str(water.date_signed.value), str(water.ratified_on.value)) == ("ratified", "2024-10", "2025-09-10")


def test_who_signed_on_the_other_side_signs_too(base):
    """Written for this test, on a shape of the blind set's development half (astanatimes-u1-kz-az-commission-aktau, daryo-u2):
    "The document was signed on the Kazakh side by A, general director of …, and on the Azerbaijani side by B, chairman of …"
    had only A sign: "and on the … side by" has no verb of its own, and B's Azerbaijani surname was no surname."""
    drafts = drafts_from(base, PartialDate(2024, 5, 16), [
        "On Tuesday, Mangystau Port Operator JSC and Alat Logistics Hub CJSC signed an agreement on a joint container feeder line.",
        "The document was signed on the Kazakh side by Timur Baisakalov, general director of Mangystau Port Operator, and on the "
        "Azerbaijani side by Fuad Gurbanli, chairman of Alat Logistics Hub."])
    assert [s[0].value.name.value for s in drafts.agreements[0].signatories] == ["Timur Baisakalov", "Fuad Gurbanli"]
    # (after a place and its comma; and a Korean name, surname first)
    [credit] = drafts_from(base, PartialDate(2024, 5, 16), [
        "A $150 million credit line agreement for Uzbek battery-materials producers was also signed at the forum on Wednesday, on "
        "the Uzbek side by Rustam Kholmatov, chairman of Zarafshan Development Bank, and on the Korean side by Lee Ji-hoon, "
        "executive director of Seoul Green Investment Bank."]).agreements
    assert [s[0].value.name.value for s in credit.signatories] == ["Rustam Kholmatov", "Lee Ji-hoon"]


def test_a_surname_of_the_data_within_a_hyphenated_given_name_is_no_one(real_data, real_names):
    """Written for this test, on a shape of the blind set's development half (daryo-u2-uz-kr-critical-minerals-seoul): the
    dataset records a Ling Ji, whose surname is one of his names; "Lee Ji-hoon" was read as him, and was no signer."""
    [credit] = Extractor(real_data, real_names, PartialDate(2024, 5, 16)).read(sentences([
        "A credit line agreement was signed on Wednesday on the Uzbek side by Rustam Kholmatov, chairman of Zarafshan "
        "Development Bank, and on the Korean side by Lee Ji-hoon, executive director of Seoul Green Investment Bank."])).agreements
    assert [s[0].value.name.value for s in credit.signatories] == ["Rustam Kholmatov", "Lee Ji-hoon"]


def test_a_body_that_ends_with_its_state_and_a_company_with_its_legal_form_are_two_sides(base):
    """Written for this test, on a shape of the blind set's development half (mfatm-t1-tm-jp-committee-sixth): "the State
    Committee for Water Management of Turkmenistan and Nakamura Water Technologies Co., Ltd. signed …" was one side: the body's
    name opens with a word before its head ("State Committee")."""
    assert parties_of_the_one(base, PartialDate(2025, 11, 20), "On 17 November, the State Committee for Water Management of "
                              "Turkmenistan and Nakamura Water Technologies Co., Ltd. signed a memorandum of understanding on irrigation.") \
        == ["State Committee for Water Management of Turkmenistan", "Nakamura Water Technologies"]


def test_a_document_the_parties_also_approved_is_of_the_day_of_the_one_told_just_before(base):
    """Written for this test, on a shape of the blind set's development half (mfatm-t1-tm-jp-committee-sixth): "At the closing
    session on 18 November, the co-chairs signed the Protocol … . The parties also approved the Roadmap …" left the roadmap
    undated: "also" tells it with the step told just before, on its day and between its sides."""
    protocol, roadmap = drafts_from(base, PartialDate(2025, 11, 20), [
        "At the closing session on 18 November, Turkmenistan and Japan signed the Protocol of the sixth meeting of the Committee. "
        "The parties also approved the Roadmap for Turkmen–Japanese Cooperation in Digital Technologies for 2026–2028."]).agreements
    assert (roadmap.kind.value, roadmap.status.value, str(roadmap.date_signed.value)) == ("roadmap", "approved", "2025-11-18")
    assert [p.value for p in roadmap.parties] == [p.value for p in protocol.parties] == ["turkmenistan", "japan"]  # (the same sides)


def test_the_president_of_the_company_named_by_its_kind_signs(base):
    """Written for this test, on a shape of the blind set's development half (mfatm-t1-tm-jp-committee-sixth): "The document
    was signed by Chairman of the State Committee A and President of the company B" had A sign alone: "company" is no word
    of an office, so B was no one's name."""
    [memorandum] = drafts_from(base, PartialDate(2025, 11, 20), [
        "On 17 November, the State Committee for Water Management of Turkmenistan and Nakamura Water Technologies Co., Ltd. signed "
        "a memorandum of understanding on irrigation. The document was signed by Chairman of the State Committee Begench Durdyyev "
        "and President of the company Haruki Tanabe."]).agreements
    assert [(s[0].value.name.value, s[1]) for s in memorandum.signatories] == [
        ("Begench Durdyyev", "Chairman of the State Committee"), ("Haruki Tanabe", "President of the company")]


def test_a_chairman_of_the_cabinet_of_ministers_keeps_its_plural(base):
    """Seen in the drafts of the blind set's development half (kazinform-kz-kg-rail-council, mfatm-t1, trend-az-tm-commission):
    "Chairman of the Cabinet of Ministers of Kyrgyzstan Azamat Toktorbaev" was drafted with the office "Chairman of the
    Cabinet of Minister of Kyrgyzstan": the plural of an office written before a state was made singular inside the body."""
    [agreement] = drafts_from(base, PartialDate(2025, 3, 14), [
        "On Friday, the agreement was signed by Prime Minister of Kazakhstan Nurlan Baikadamov and Chairman of the Cabinet of "
        "Ministers of Kyrgyzstan Azamat Toktorbaev."]).agreements
    assert [s[1] for s in agreement.signatories] == ["Prime Minister of Kazakhstan", "Chairman of the Cabinet of Ministers of Kyrgyzstan"]


def test_a_korean_province_is_a_side(base):
    """Written for this test, on a shape of the blind set's development half (uzdaily-t1-uz-kr-chungbuk-fergana-visit): "an
    agreement on … relations between Fergana region and Chungcheongbuk-do" had Fergana region for its one side."""
    assert parties_of_the_one(base, PartialDate(2022, 9, 28), "On Tuesday, khokim of Fergana region Doniyor Kambarov and Governor "
                              "Yoon Tae-seok signed an agreement on the establishment of friendly and cooperative relations between "
                              "Fergana region and Chungcheongbuk-do.") == ["Fergana region", "Chungcheongbuk-do"]


def test_the_one_document_of_a_package_named_with_its_own_signing_takes_its_day(base):
    """Written for this test, on a shape of the blind set's development half (trend-t2-az-uz-business-forum): after documents
    signed at a forum, "Among them is a contract on the supply of 20,000 tons of cotton fiber, signed on Tuesday between
    Uzbekistan's Fergana Cotton Cluster LLC and Azerbaijan's Absheron Textile Industrial Park" had the package's span for its
    date: the participle's own clause gives its day. (Its two sides are still not read there: the package's states stand.)"""
    drafts = drafts_from(base, PartialDate(2023, 5, 17), [
        "Uzbekistan and Azerbaijan signed 12 commercial documents at the business forum held in Baku on May 16–17.",
        "Among them is a contract on the supply of 20,000 tons of cotton fiber, signed on Tuesday between Uzbekistan's Fergana "
        "Cotton Cluster LLC and Azerbaijan's Absheron Textile Industrial Park."])
    contract = next(a for a in drafts.agreements if a.kind.value == "contract")
    assert str(contract.date_signed.value) == "2023-05-16"


def test_a_year_that_qualifies_a_documents_noun_is_not_its_signing_date(base):
    """Written for this test, on a shape of the blind set's development half (akipress-u1-kg-uz-tj-syrdarya-water): "the
    water-sharing protocol for the 2023 growing season, signed by the three countries in Khujand in March" was dated 2023: the
    year of "the 2023 growing season" names the season, and the participle's "in March" the signing."""
    [protocol] = drafts_from(base, PartialDate(2023, 12, 5), [
        "Abdyrakhmanov recalled that the water-sharing protocol for the 2023 growing season, signed by the three countries in "
        "Khujand in March, had been fully implemented."]).agreements
    assert str(protocol.date_signed.value) == "2023-03"
