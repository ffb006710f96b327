"""The HTML export in a real browser: headless Chromium renders the chart, and article text
that looks like HTML stays inert.

Needs ``chromium`` (Debian's package) and an Arabic font (``fonts-noto-core``);
``make test`` installs them through ``.ci/install-browser``.  Without a browser these tests
skip.  Set ``TIMELINE_SCREENSHOTS=DIR`` to keep the screenshots.
"""

from __future__ import annotations

import os
import pathlib
import re
import shutil
import struct
import subprocess
from html.parser import HTMLParser

import pytest

import timeline

from .conftest import SEEDS

CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium: run `make test` or .ci/install-browser")

XSS_IMG = "<img src=x onerror=\"document.title='PWNED'\">"
XSS_SCRIPT = "<script>document.title='PWNED'</script>"


def _chromium(tmp_path: pathlib.Path, *args: str) -> subprocess.CompletedProcess:
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={tmp_path / 'chromium-profile'}", "--virtual-time-budget=10000", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=180, check=False)  # type: ignore[arg-type]


def _dump_dom(tmp_path: pathlib.Path, page: pathlib.Path) -> str:
    done = _chromium(tmp_path, "--dump-dom", page.resolve().as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    assert "</html>" in done.stdout
    return done.stdout


class _Drawn(HTMLParser):
    """Counts the markers and bars Plotly drew in each subplot (``xy``, ``x2y2``, ...),
    leaving out the copies in the range slider."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[set[str]] = []  # classes of the open <g> elements
        self.counts: dict[str, int] = {}
        self.title = ""
        self._in_title = False

    def _subplot(self) -> str | None:
        for classes in self.stack:
            if "rangeslider-container" in classes:
                return None
        for classes in reversed(self.stack):
            if "subplot" in classes:
                return next(c for c in sorted(classes) if c != "subplot")
        return None

    def _inside(self, name: str) -> bool:
        return any(name in classes for classes in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = set((dict(attrs).get("class") or "").split())
        if tag == "title":
            self._in_title = True
        if tag == "path" and "point" in classes and self._inside("scatter"):
            self._count()
        if tag == "g":
            if "point" in classes and self._inside("bars"):
                self._count()
            self.stack.append(classes)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "path":
            classes = set((dict(attrs).get("class") or "").split())
            if "point" in classes and self._inside("scatter"):
                self._count()

    def handle_endtag(self, tag: str) -> None:
        if tag == "g" and self.stack:
            self.stack.pop()
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data

    def _count(self) -> None:
        sub = self._subplot()
        if sub is not None:
            self.counts[sub] = self.counts.get(sub, 0) + 1


def _drawn(dom: str) -> _Drawn:
    parser = _Drawn()
    parser.feed(dom)
    return parser


def _expected(fig: object) -> dict[str, int]:
    """Events drawn per subplot according to the figure itself."""
    out: dict[str, int] = {}
    for t in fig.data:  # type: ignore[attr-defined]
        sub = (t.xaxis or "x") + (t.yaxis or "y")
        out[sub] = out.get(sub, 0) + len(t.y)
    return out


@pytest.fixture(scope="module")
def seed_chronology() -> timeline.Chronology:
    return timeline.build_chronology(SEEDS)


def test_chart_renders_every_dated_event_in_chromium(seed_chronology: timeline.Chronology, tmp_path: pathlib.Path) -> None:
    page = tmp_path / "chronology.html"
    seed_chronology.to_html(page)
    dom = _dump_dom(tmp_path, page)
    drawn = _drawn(dom)
    expected = _expected(seed_chronology.plot())
    assert drawn.counts == expected
    # the seeds span 2014-2025: the overview panel holds every dated event
    assert drawn.counts["xy"] == len(seed_chronology.events)
    assert 0 < drawn.counts["x2y2"] < len(seed_chronology.events)
    assert 'class="rangeslider-container"' in dom
    # undated reports are listed under the chart, not hidden
    assert f"Undated reports ({len(seed_chronology.undated)})" in dom
    # works offline: plotly.js is inlined, no script is fetched
    scripts = re.findall(r"<script\b[^>]*>", page.read_text(encoding="utf-8"))
    assert scripts and not [tag for tag in scripts if "src=" in tag]


def _injected_chronology() -> timeline.Chronology:
    text = (f"قتل جنديان في هجوم قرب تدمر يوم السبت الماضي {XSS_IMG} {XSS_SCRIPT} وفق مصادر محلية.\n"
            f"Officials said the attack {XSS_IMG} was condemned.")
    art = timeline.Article(id="xss", text=text, published="2025-12-20",
                           source="<b onmouseover=\"document.title='PWNED'\">Agency</b>", lang="ar")
    other = timeline.Article(id="b", text="قصفت طائرات مواقع قرب دير الزور يوم الخميس الماضي.",
                             published="2025-12-20", source="B", lang="ar")
    return timeline.build_chronology([art, other])


def test_injected_markup_stays_inert_in_chromium(tmp_path: pathlib.Path) -> None:
    chron = _injected_chronology()
    assert any("onerror" in e.title for e in chron.all_events)  # the payload reaches the chart
    page = tmp_path / "xss.html"
    chron.to_html(page)
    dom = _dump_dom(tmp_path, page)
    drawn = _drawn(dom)
    assert "PWNED" not in drawn.title
    assert drawn.title.startswith("Chronology")
    assert '<img src="x"' not in dom and "<img src=x" not in dom
    assert "<script>document.title" not in dom
    assert "<b onmouseover" not in dom
    # ... and shows as text: escaped in the table and in the chart's SVG labels
    assert "&lt;img src=x onerror=" in dom
    assert "&lt;script&gt;document.title=" in dom
    assert sum(drawn.counts.values()) == len(chron.events)


def _png_size(path: pathlib.Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


def test_screenshot_of_the_seed_chronology(seed_chronology: timeline.Chronology, tmp_path: pathlib.Path) -> None:
    keep = os.environ.get("TIMELINE_SCREENSHOTS")
    folder = pathlib.Path(keep) if keep else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    page, shot = tmp_path / "chronology.html", folder / "chronology.png"
    seed_chronology.to_html(page)
    done = _chromium(tmp_path, "--hide-scrollbars", "--window-size=1400,900", f"--screenshot={shot}", page.resolve().as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    assert _png_size(shot) == (1400, 900)
    assert shot.stat().st_size > 20_000  # a drawn chart, not a blank page
