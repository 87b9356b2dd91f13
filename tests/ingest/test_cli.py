"""``tiendo ingest``: a status line per file; a bad file is reported and the others still read."""

from __future__ import annotations

import hashlib
from pathlib import Path

from tiendo.cli import main
from tiendo.ingest.models import Review, Upload


def test_each_file_gets_a_line_and_a_bad_one_stops_no_other(catalogue, corpus_dev, tmp_path, capsys):
    empty = tmp_path / "rong.txt"
    empty.write_bytes(b"")
    good = corpus_dev / "langson-city-2022-9m.txt"
    code = main(["ingest", str(empty), str(good), str(tmp_path / "khong-co.pdf"), str(good)])
    out, err = capsys.readouterr()
    assert code == 1
    review = Review.objects.get()
    assert f"[2/4] {good}: Chờ duyệt — 1 hội nghị, 1 số liệu, 1 cán bộ, 13 nhiệm vụ, 2 hạn chế; " \
           f"đơn vị Thành phố Lạng Sơn, kỳ 9 tháng đầu năm 2022; 0 cảnh báo; /nhap-van-ban/{review.pk}/" in out
    assert f"[4/4] {good}: đã có từ trước" in out
    assert "[1/4]" in err and "rỗng" in err
    assert "[3/4]" in err and "Không mở được tệp" in err
    assert sorted(Upload.objects.values_list("name", "status")) == [
        ("langson-city-2022-9m.txt", "ready"), ("rong.txt", "failed")]


def test_unit_and_period_options(catalogue, corpus_dev, capsys):
    path = corpus_dev / "honglinh-town-2020-9m.txt"
    assert main(["ingest", str(path), "--unit", "Thị xã Hồng Lĩnh", "--period", "2020-9M"]) == 0
    assert "đơn vị Thị xã Hồng Lĩnh" in capsys.readouterr().out
    assert main(["ingest", str(path), "--period", "2020-13M"]) == 2
    assert "không hợp lệ" in capsys.readouterr().err


def test_a_file_over_the_limit_is_refused_from_its_size_unread(catalogue, corpus_dev, tmp_path, capsys,
                                                               monkeypatch):
    big = tmp_path / "lon.txt"
    with big.open("wb") as handle:
        handle.truncate(60 * 2**20)  # sparse: 60 MB on paper, nothing on disk
    read: list[str] = []
    real_read = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self.name) or real_read(self))
    good = corpus_dev / "langson-city-2022-9m.txt"
    assert main(["ingest", str(big), str(good)]) == 1
    out, err = capsys.readouterr()
    assert "lon.txt” nặng 60,0 MB, quá giới hạn 50 MB" in err
    assert "Chờ duyệt" in out
    assert big.name not in read and good.name in read
    upload = Upload.objects.get(name="lon.txt")
    assert (upload.status, upload.size, upload.path) == ("failed", 60 * 2**20, "")
    assert upload.sha256 == hashlib.sha256(bytes(60 * 2**20)).hexdigest()
