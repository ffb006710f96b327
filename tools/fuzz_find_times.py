"""Fuzz ``timeline.find_times`` (and ``resolve``): anything but a ``TimelineError`` is a bug.

    .venv/bin/python -m pip install atheris        # once; optional
    .venv/bin/python tools/fuzz_find_times.py --minutes 5             # atheris when installed
    .venv/bin/python tools/fuzz_find_times.py --minutes 5 --hypothesis  # or hypothesis

Each input becomes a text, an anchor (year 1 to 9999, with or without a clock time, or
none) and a language, and the script checks what ``tests/test_robustness.py`` checks at
modest counts: only ``timeline.TimelineError`` escapes, every offset points into the text
(``text[m.start:m.end] == m.text``), intervals are non-empty, and the same call gives the
same result.

* With atheris (coverage-guided, libFuzzer): the engine starts from seed texts written
  here (news-like Arabic and English sentences with time expressions) and mutates them;
  a failing input is saved as ``crash-<sha1>`` in ``--artifacts`` (default
  ``tools/fuzz-artifacts/``) and can be replayed with
  ``tools/fuzz_find_times.py --replay FILE``.
* With hypothesis: random Unicode and the same seeds, spliced, for ``--minutes``; the
  failing example is printed, shrunk.

What a run finds goes into the regular tests (``tests/test_bad_input.py``) as a fixed case.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import sys
import tempfile
import time
import warnings
from datetime import datetime
from typing import Optional

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

SEEDS = [
    "قتل ثلاثة مدنيين في قصف استهدف بلدة الهبيط صباح اليوم السبت 20 كانون الأول.",
    "وأفاد مصدر بأن طائرة مسيرة استهدفت سيارة مساء أمس، وفي اليوم التالي أعلنت الوزارة.",
    "فجر الثامن عشر من كانون الأول/ ديسمبر، الساعة 3:45 صباحًا، قبل يومين، منذ 5000 عام",
    "12 رجب 1447 هـ، رمضان الماضي، ٣١ رمضان ١٤٤٧، 31 شباط 2025، ليل الجمعة - السبت",
    "صنارة نيوز - 20/12/2025 - 1:34 am\n\nقالت مصادر إن الهجوم وقع يوم الجمعة الماضي",
    "Two soldiers were killed near Palmyra last Saturday; the next day, talks collapsed.",
    "Updated December 20, 2025 at 11:11 PM ET. Witnesses said shelling began at 8:40 p.m. Thursday.",
    "February 31, 2025; the 14th; three days ago; every Friday; in the 1990s; last century.",
]


def _anchor(kind: int, year: int, doy: int, minute: int) -> Optional[object]:
    from datetime import date, timedelta

    if kind == 0:
        return None
    day = date(year, 1, 1) + timedelta(days=doy)  # doy < 365: stays in the year
    if kind == 1:
        return day
    return datetime(day.year, day.month, day.day) + timedelta(minutes=minute)


def check(text: str, anchor: Optional[object], lang: Optional[str]) -> None:
    """One fuzz case: raises AssertionError or the unexpected exception on a bug."""
    import timeline

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", timeline.TimelineWarning)
        try:
            found = timeline.find_times(text, published=anchor, lang=lang)
        except timeline.TimelineError:
            return
        for m in found:
            assert text[m.start:m.end] == m.text, (m.start, m.end, m.text)
            assert m.interval is None or m.interval.start < m.interval.end, m
        assert timeline.find_times(text, published=anchor, lang=lang) == found, "not deterministic"
        if 0 < len(text) <= 200 and text.strip():
            try:
                m = timeline.resolve(text, anchor=anchor, lang=lang)
            except timeline.TimelineError:
                return
            assert text[m.start:m.end] == m.text


def _decode(data: bytes) -> tuple[str, Optional[object], Optional[str]]:
    """A fuzz input as (text, anchor, lang): 8 header bytes, then UTF-8 text."""
    head, body = data[:8].ljust(8, b"\0"), data[8:]
    kind = head[0] % 3
    year = 1 + int.from_bytes(head[1:3], "little") % 9999
    doy = int.from_bytes(head[3:5], "little") % 365
    minute = int.from_bytes(head[5:7], "little") % 1440
    lang = (None, "ar", "en")[head[7] % 3]
    text = body.decode("utf-8", errors="replace")
    return text, _anchor(kind, year, doy, minute), lang


def run_atheris(minutes: float, artifacts: pathlib.Path, extra: list[str]) -> int:
    import atheris

    with atheris.instrument_imports():
        import timeline  # noqa: F401  (instrumented for coverage guidance)

    def one(data: bytes) -> None:
        check(*_decode(data))

    artifacts.mkdir(parents=True, exist_ok=True)
    seeds = pathlib.Path(tempfile.mkdtemp(prefix="timeline-fuzz-seeds-"))
    for k, s in enumerate(SEEDS):
        (seeds / f"seed{k}").write_bytes(bytes([1 + k % 2, 0xE9, 0x07, k, 0, 0, 0, k % 3]) + s.encode("utf-8"))
    argv = [sys.argv[0], f"-max_total_time={int(minutes * 60)}", f"-artifact_prefix={artifacts}/",
            "-max_len=4096", "-timeout=20", "-rss_limit_mb=4096", *extra, str(seeds)]
    atheris.Setup(argv, one)
    atheris.Fuzz()
    return 0


def run_hypothesis(minutes: float) -> int:
    from hypothesis import HealthCheck, given, settings, strategies as st

    deadline = time.monotonic() + minutes * 60
    pieces = st.one_of(st.sampled_from(SEEDS), st.text(max_size=40),
                       st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
    texts = st.lists(pieces, max_size=8).map("".join)
    anchors = st.tuples(st.integers(0, 2), st.integers(1, 9999), st.integers(0, 364), st.integers(0, 1439))
    count = 0

    @settings(max_examples=500, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(texts, anchors, st.sampled_from([None, "ar", "en"]))
    def fuzz(text: str, a: tuple[int, int, int, int], lang: Optional[str]) -> None:
        nonlocal count
        count += 1
        check(text, _anchor(*a), lang)

    while time.monotonic() < deadline:  # batches of fresh random examples until the time is up
        fuzz()
    print(f"hypothesis: {count:,} cases in {minutes:g} min, no failure")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--minutes", type=float, default=5.0, help="how long to fuzz (default 5)")
    ap.add_argument("--hypothesis", action="store_true", help="use hypothesis even when atheris is installed")
    ap.add_argument("--artifacts", type=pathlib.Path, default=HERE / "fuzz-artifacts",
                    help="where atheris saves failing inputs")
    ap.add_argument("--replay", type=pathlib.Path, help="run one saved input (a crash-* file) and show the error")
    args, extra = ap.parse_known_args()
    if args.replay is not None:
        text, anchor, lang = _decode(args.replay.read_bytes())
        print(f"text={text!r}\nanchor={anchor!r} lang={lang!r}")
        check(text, anchor, lang)
        print("no failure")
        return 0
    if not args.hypothesis:
        try:
            import atheris  # noqa: F401
        except ImportError:
            print("atheris is not installed: fuzzing with hypothesis", file=sys.stderr)
        else:
            return run_atheris(args.minutes, args.artifacts, extra)
    return run_hypothesis(args.minutes)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
