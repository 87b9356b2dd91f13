"""Uploads: kept by content hash, recognised when sent again, bad input recorded with its
reason and nothing else; background reading with its progress on the upload."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings

from tests.ingest.conftest import ingest
from tiendo.audit.models import AuditEntry
from tiendo.demo.loader import demo_load
from tiendo.extract import office
from tiendo.ingest.accept import review_accept
from tiendo.ingest.lexicon import lexicon
from tiendo.ingest.models import Review, Upload
from tiendo.ingest.services import review_accept_high, upload_receive
from tiendo.ingest.tasks import process_upload
from tiendo.results.models import Result, Target
from tiendo.results.periods import period_get
from tiendo.work.models import KeyTask, Meeting


def test_the_file_is_kept_under_its_hash_with_who_and_when(catalogue, corpus_dev, editor):
    path = corpus_dev / "langson-city-2022-9m.txt"
    upload, review = ingest(path, by=editor)
    stored = Path(settings.DATA_DIR) / upload.path
    assert stored.read_bytes() == path.read_bytes()
    assert stored.name == upload.sha256
    assert (upload.uploaded_by, upload.size, upload.status) == (editor, path.stat().st_size, "ready")
    assert review.review_period == period_get("2022-9M")
    assert AuditEntry.objects.filter(object_id=str(upload.pk), source="ingest").exists()


def test_the_same_bytes_twice_give_the_first_upload_and_its_review(catalogue, corpus_dev):
    first, review = ingest(corpus_dev / "langson-city-2022-9m.txt")
    again = upload_receive(data=(corpus_dev / "langson-city-2022-9m.txt").read_bytes(),
                           name="ten-khac.txt", by=None)
    assert (again.created, again.upload) == (False, first)
    assert Review.objects.get() == review


def test_an_upload_over_the_limit_is_recorded_but_not_kept(catalogue):
    data = b"a" * (lexicon().max_bytes + 1)
    upload = upload_receive(data=data, name="lon.txt", by=None).upload
    assert upload.status == Upload.Status.FAILED
    assert "quá giới hạn 50 MB" in upload.error
    assert upload.path == ""
    assert not (Path(settings.DATA_DIR) / "uploads").exists()


def test_the_background_job_reads_the_upload_and_stores_its_progress(catalogue, corpus_dev):
    upload = upload_receive(data=(corpus_dev / "bacson-district-2023-9m.txt").read_bytes(),
                            name="bacson.txt", by=None).upload
    assert (upload.status, upload.progress) == ("queued", 0)
    process_upload.enqueue(upload.pk)
    upload.refresh_from_db()
    assert (upload.status, upload.progress) == ("ready", 100)
    assert upload.review.unit.name == "Huyện Bắc Sơn"


def test_hints_override_what_the_text_says(catalogue, corpus_dev):
    _upload, review = ingest(corpus_dev / "honglinh-town-2020-9m.txt",
                             unit_hint=catalogue["units"]["hong_linh"], period_hint=period_get("2020-Q3"))
    assert (review.unit, review.unit_confidence) == (catalogue["units"]["hong_linh"], 1.0)
    assert review.review_period == period_get("2020-Q3")


@pytest.mark.django_db
def test_over_the_demo_the_same_facts_are_updated_not_duplicated(tmp_path, corpus_dev, settings):
    settings.DATA_DIR = tmp_path
    demo_load()
    counts = Result.objects.count(), Target.objects.count(), Meeting.objects.count(), KeyTask.objects.count()
    _upload, review = ingest(corpus_dev / "langson-city-2022-9m.txt")
    assert review.warnings == []
    review_accept_high(review=review, by=None)
    review.refresh_from_db()
    outcome = review_accept(review=review, by=None)
    assert outcome.ok, outcome.errors
    meetings = Meeting.objects.count()
    assert (Result.objects.count(), Target.objects.count(), meetings) == counts[:3]
    result = Result.objects.get(unit__name="Thành phố Lạng Sơn", indicator__code="thu-ngan-sach",
                                period=period_get("2022-9M"))
    # The demo's result (entered from the newspaper) now carries the sentence it came from.
    assert (result.provenance, result.status) == ("manual", "approved")
    assert "404 tỷ đồng" in result.evidence
    # The article's tasks are paraphrased in the demo: matched to them, not added beside them.
    assert KeyTask.objects.count() == counts[3]
    review.refresh_from_db()
    assert any(item["written"].get("task") for item in review.items)


def test_a_word_file_is_read_like_the_text(catalogue, corpus_dev, tmp_path):
    from docx import Document as Docx

    text = (corpus_dev / "langson-city-2022-9m.txt").read_text(encoding="utf-8")
    docx = Docx()
    for paragraph in text.split("\n"):
        docx.add_paragraph(paragraph)
    path = tmp_path / "bao-cao.docx"
    docx.save(path)
    upload, review = ingest(path)
    assert upload.status == "ready", upload.error
    figure = next(i for i in review.items if i["kind"] == "figure")
    assert figure["describe"] == "thực hiện hơn 404 tỷ đồng · 110% dự toán tỉnh giao · +22% so với cùng kỳ"
    assert review.unit == catalogue["units"]["city"]


@pytest.mark.skipif(office.soffice_path() is None, reason="LibreOffice (soffice) is not installed")
def test_an_old_word_doc_is_read_as_its_docx(catalogue, tmp_path):
    """A committee's report kept as an old Word .doc, converted on the server."""
    from docx import Document as Docx

    docx = Docx()
    for line in ("THÀNH ỦY LẠNG SƠN", "*", "Số 215-BC/TU", "BÁO CÁO",
                 "sơ kết công tác 9 tháng đầu năm, nhiệm vụ trọng tâm 3 tháng cuối năm 2022",
                 "Thu ngân sách nhà nước trên địa bàn đạt 404 tỷ đồng, vượt 10% dự toán tỉnh giao."):
        docx.add_paragraph(line)
    path = tmp_path / "bao-cao-thanh-uy.docx"
    docx.save(path)
    doc = tmp_path / "bao-cao-thanh-uy.doc"
    doc.write_bytes(office.convert(path.read_bytes(), ".docx", "doc"))
    upload, review = ingest(doc)
    assert upload.status == "ready", upload.error
    assert (review.unit, review.review_period) == (catalogue["units"]["city"], period_get("2022-9M"))


def test_an_old_word_doc_without_libreoffice_says_what_to_do(catalogue, tmp_path, monkeypatch):
    monkeypatch.setattr(office.shutil, "which", lambda name: None)
    path = tmp_path / "bao-cao-cu.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    upload, review = ingest(path)
    assert review is None
    assert "hãy lưu lại thành .docx" in upload.error


def test_a_word_report_is_filed_under_its_issuer_and_period(catalogue, tmp_path):
    """A committee's own report in the Party's format, its results only in the appendix: the
    header names the unit, the subject the period, each row of the table a figure."""
    from docx import Document as Docx

    docx = Docx()
    header = docx.add_table(rows=1, cols=2)
    for cell, lines in zip(header.rows[0].cells, (
        ["ĐẢNG BỘ TỈNH LẠNG SƠN", "THÀNH ỦY LẠNG SƠN", "*", "Số 215-BC/TU"],
        ["ĐẢNG CỘNG SẢN VIỆT NAM", "Lạng Sơn, ngày 30 tháng 9 năm 2022"],
    ), strict=True):
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    docx.add_paragraph("BÁO CÁO")
    docx.add_paragraph("kết quả thực hiện nhiệm vụ 9 tháng đầu năm, nhiệm vụ trọng tâm 3 tháng cuối năm 2022")
    docx.add_paragraph("Kết quả các chỉ tiêu chủ yếu như biểu kèm theo.")
    appendix = docx.add_table(rows=2, cols=6)
    for row, texts in zip(appendix.rows, (
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện", "% so kế hoạch", "% so cùng kỳ"],
        ["1", "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "404", "110", "122"],
    ), strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    path = tmp_path / "bao-cao-thanh-uy.docx"
    docx.save(path)
    upload, review = ingest(path)
    assert upload.status == "ready", upload.error
    assert (review.unit, review.review_period) == (catalogue["units"]["city"], period_get("2022-9M"))
    figure = next(i for i in review.items if i["kind"] == "figure")
    assert figure["describe"] == "thực hiện 404 tỷ đồng · 110% kế hoạch · +22% so với cùng kỳ"
