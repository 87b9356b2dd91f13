"""``tiendo report --unit … --period 2022-9M [--format docx|pdf|xlsx] [-o FILE]``.

``add_report_parser`` registers the command; ``run_report`` assumes Django is set up
(``tiendo.cli`` does it for the commands it marks ``needs_django``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

MSG_NO_UNIT = "Không tìm thấy đơn vị “%(value)s”: nhập mã hoặc tên đầy đủ, ví dụ “Thành phố Lạng Sơn”."
MSG_MANY_UNITS = "Có nhiều đơn vị khớp với “%(value)s”: %(names)s. Hãy nhập mã đơn vị."
MSG_WRITTEN = "Đã ghi báo cáo: %(path)s"


def add_report_parser(subparsers: Any) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "report",
        help="soạn dự thảo báo cáo sơ kết, tổng kết (DOCX, PDF, XLSX)",
        description="Ví dụ: tiendo report --unit \"Thành phố Lạng Sơn\" --period 2022-9M --format pdf",
    )
    parser.add_argument("--unit", required=True, help="mã hoặc tên đơn vị, ví dụ “Thành phố Lạng Sơn”")
    parser.add_argument("--period", required=True, help="mã kỳ: 2022-9M, 2022-6M, 2022, 2022-Q3")
    parser.add_argument("--format", choices=("docx", "pdf", "xlsx"), default="docx",
                        help="định dạng (mặc định docx; xlsx chỉ gồm biểu chỉ tiêu)")
    parser.add_argument("-o", "--output", type=Path, help="tệp ghi ra (mặc định theo tên đơn vị và kỳ)")
    parser.add_argument("--signature-authority", help="dòng thẩm quyền ký, mặc định “T/M BAN THƯỜNG VỤ”")
    parser.add_argument("--signature-title", help="chức vụ người ký, mặc định “BÍ THƯ”")
    parser.add_argument("--signer", help="họ tên người ký (mặc định lấy từ hội nghị sơ kết, nếu có)")
    parser.set_defaults(handler=run_report)
    return parser


def run_report(args: argparse.Namespace) -> int:
    """Write the report; 0 on success, 2 with a Vietnamese message on stderr otherwise."""
    from django.core.exceptions import ValidationError

    from tiendo.reports.review.pdf import PdfUnavailable
    from tiendo.reports.review.service import review_report_render
    from tiendo.results.periods import period_get

    try:
        unit = unit_find(args.unit)
        period = period_get(args.period)
        rendered = review_report_render(
            unit=unit, period=period, fmt=args.format,
            signature_authority=getattr(args, "signature_authority", None),
            signature_title=getattr(args, "signature_title", None),
            signer=getattr(args, "signer", None),
        )
    except (LookupError, PdfUnavailable) as error:
        print(str(error), file=sys.stderr)
        return 2
    except ValidationError as error:
        print("; ".join(error.messages), file=sys.stderr)
        return 2
    path = args.output or Path(rendered.filename)
    path.write_bytes(rendered.content)
    print(MSG_WRITTEN % {"path": path})
    return 0


def unit_find(value: str):
    """The unit whose code or full name is ``value`` (a locality before a committee, the
    current one before an ended one); LookupError with a Vietnamese message otherwise."""
    from django.db.models import Case, IntegerField, Q, Value, When

    from tiendo.units.models import Unit

    text = value.strip()
    units = Unit.objects.filter(Q(code=text) | Q(name__iexact=text)).annotate(
        rank=Case(When(kind=Unit.Kind.LOCALITY, then=Value(0)), default=Value(1), output_field=IntegerField()),
        ended=Case(When(valid_to__isnull=True, then=Value(0)), default=Value(1), output_field=IntegerField()),
    ).select_related("parent").order_by("rank", "ended", "id")
    found = list(units[:5])
    if not found:
        raise LookupError(MSG_NO_UNIT % {"value": text})
    best = [u for u in found if (u.rank, u.ended) == (found[0].rank, found[0].ended)]
    if len(best) > 1:
        names = ", ".join(f"{u.name} ({u.code or u.pk})" for u in best)
        raise LookupError(MSG_MANY_UNITS % {"value": text, "names": names})
    return found[0]
