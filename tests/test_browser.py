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

import attrs
import pytest

import timeline
from timeline.present import event_label


CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium: run `make test` or .ci/install-browser")

XSS_IMG = "<img src=x onerror=\"document.title='PWNED'\">"
XSS_SCRIPT = "<script>document.title='PWNED'</script>"


def _chromium(tmp_path: pathlib.Path, *args: str) -> subprocess.CompletedProcess:
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={tmp_path / 'chromium-profile'}", "--virtual-time-budget=10000", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=180, check=False)  # type: ignore[arg-type]


def _dump_dom(tmp_path: pathlib.Path, page: pathlib.Path, *args: str) -> str:
    done = _chromium(tmp_path, *args, "--dump-dom", page.resolve().as_uri())
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


def test_markup_in_label_fields_stays_inert_in_chromium(tmp_path: pathlib.Path) -> None:
    """Labels are built from fields (place as written, speaker): markup there is text too."""
    chron = _injected_chronology()
    first, *rest = chron.events
    happening = attrs.evolve(first, kind="happening", type="violence.remote.air", location=XSS_IMG, fatalities=3)
    chron = attrs.evolve(chron, events=(happening, *rest))
    page = tmp_path / "labels.html"
    chron.to_html(page, statements="rows")
    dom = _dump_dom(tmp_path, page)
    assert "PWNED" not in _drawn(dom).title
    assert '<img src="x"' not in dom and "<img src=x" not in dom
    parser = _Ticks()
    parser.feed(dom)
    labels = [_plain(t) for t in parser.ticks["y"]]
    assert event_label(happening) == f"Air/drone strike · {XSS_IMG} · 3 killed"
    assert labels[0] == "Air/drone strike · <img src=x… · 3 killed"  # shown as text, the name cut to fit
    assert f"<bdi>{XSS_IMG.replace('<', '&lt;').replace('>', '&gt;')}</bdi>" in dom  # the table's label


class _Ticks(HTMLParser):
    """The text of every y-axis tick label Plotly drew, per axis (``y``, ``y2``)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[set[str]] = []
        self.ticks: dict[str, list[str]] = {}
        self._axis: str | None = None
        self._text: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        classes = set((a.get("class") or "").split())
        if tag == "g":
            self.stack.append(classes)
        if tag == "text" and any("yaxislayer-above" in c for c in self.stack):
            tick = next((c for c in self.stack[-1] if c.endswith("tick")), "ytick")
            self._axis, self._text = tick[:-4], []

    def handle_endtag(self, tag: str) -> None:
        if tag == "g" and self.stack:
            self.stack.pop()
        if tag == "text" and self._text is not None:
            self.ticks.setdefault(self._axis or "y", []).append("".join(self._text))
            self._text = None

    def handle_data(self, data: str) -> None:
        if self._text is not None:
            self._text.append(data)


def _plain(text: str) -> str:
    return "".join(c for c in text if c not in "\u2066\u2067\u2068\u2069")


def test_row_labels_drawn_are_the_event_fields(seed_chronology: timeline.Chronology, tmp_path: pathlib.Path) -> None:
    page = tmp_path / "chronology.html"
    seed_chronology.to_html(page)
    dom = _dump_dom(tmp_path, page)
    parser = _Ticks()
    parser.feed(dom)
    drawn = [_plain(t) for t in parser.ticks.get("y", []) + parser.ticks.get("y2", [])]
    fig = seed_chronology.plot()
    by_id = {e.id: e for e in seed_chronology.events}
    rows = sorted((y, i) for t in fig.data if t.xaxis == "x2" and t.name in ("happening: a day or finer",
              "happening: a week, month or longer (bar = uncertainty)") for i, y in zip(t.customdata, t.y))
    expected = [event_label(by_id[i]) for _, i in rows]
    n_lane = sum(1 for i in {i for t in fig.data if t.xaxis == "x2" and t.customdata is not None
                             for i in t.customdata} if by_id[i].kind == "statement")
    # overview: what its two groups of rows are; detail: one label per happening, then the lane
    assert drawn[:2] == [f"happenings ({sum(e.kind == 'happening' for e in by_id.values())})",
                         f"statements ({sum(e.kind == 'statement' for e in by_id.values())})"]
    assert drawn[2:] == expected + [f"statements ({n_lane})"]
    assert any("killed" in label for label in expected)


_LAYOUT_CHECK = """<script>
setTimeout(function () {
  function box(el) { var r = el.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; }
  function cut(a, b) { return a[0] < b[2] - 1 && b[0] < a[2] - 1 && a[1] < b[3] - 1 && b[1] < a[3] - 1; }
  function all(sel) { return Array.prototype.slice.call(document.querySelectorAll('#chronology-chart ' + sel)); }
  var named = [], bad = [];
  all('g.legend').forEach(function (e) { named.push(['legend', box(e)]); });
  all('.modebar').forEach(function (e) { named.push(['modebar', box(e)]); });
  all('g.annotation').forEach(function (e) { named.push(['title ' + e.textContent, box(e)]); });
  var plots = all('.draglayer .nsewdrag').map(function (e) { return box(e); });
  plots.forEach(function (b, k) { named.push(['plot ' + k, b]); });
  for (var i = 0; i < named.length; i++) for (var j = i + 1; j < named.length; j++)
    if (cut(named[i][1], named[j][1])) bad.push(named[i][0] + ' / ' + named[j][0]);
  var left = Math.min.apply(null, plots.map(function (b) { return b[0]; }));
  var labels = all('g.yaxislayer-above text').map(function (e) { return [e.textContent, box(e)]; });
  labels.forEach(function (l) {
    if (l[1][2] > left + 1 || l[1][0] < 0) bad.push('label outside its margin: ' + l[0]);
    named.forEach(function (n) { if (n[0].indexOf('plot') !== 0 && cut(l[1], n[1])) bad.push(l[0] + ' / ' + n[0]); });
  });
  for (var i = 0; i < labels.length; i++) for (var j = i + 1; j < labels.length; j++)
    if (cut(labels[i][1], labels[j][1])) bad.push(labels[i][0] + ' / ' + labels[j][0]);
  var xs = all('g.xaxislayer-above text').map(function (e) { return [e.textContent, box(e)]; });
  for (var i = 0; i < xs.length; i++) for (var j = i + 1; j < xs.length; j++)
    if (cut(xs[i][1], xs[j][1])) bad.push(xs[i][0] + ' / ' + xs[j][0]);
  all('g.scatterlayer g.textpoint text').forEach(function (e) {
    labels.forEach(function (l) { if (cut(box(e), l[1])) bad.push(e.textContent + ' / ' + l[0]); });
  });
  var chart = box(document.getElementById('chronology-chart'));
  named.concat(labels).forEach(function (n) {
    if (n[1][0] < chart[0] - 1 || n[1][2] > chart[2] + 1) bad.push('outside the chart: ' + n[0]);
  });
  if (plots.some(function (b) { return b[2] - b[0] < (chart[2] - chart[0]) / 2; })) bad.push('plot narrower than half the chart');
  if (document.documentElement.scrollWidth > window.innerWidth) bad.push('page wider than the window');
  document.title = 'LAYOUT ' + labels.length + ' ' + JSON.stringify(bad);
}, 3000);
</script>"""


@pytest.mark.parametrize("width", [1600, 800])
def test_nothing_overlaps_at_1600_and_800_pixels(seed_chronology: timeline.Chronology, tmp_path: pathlib.Path,
                                                 width: int) -> None:
    page = tmp_path / "layout.html"
    page.write_text(seed_chronology.to_html().replace("</body>", _LAYOUT_CHECK + "</body>"), encoding="utf-8")
    dom = _dump_dom(tmp_path, page, f"--window-size={width},1400")
    title = _drawn(dom).title
    assert title.startswith("LAYOUT "), title
    _, n_labels, bad = title.split(" ", 2)
    assert int(n_labels) > 5  # the check saw the labels
    assert bad == "[]"


def _png_size(path: pathlib.Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


@pytest.mark.parametrize("width", [1600, 800])
def test_screenshot_of_the_seed_chronology(seed_chronology: timeline.Chronology, tmp_path: pathlib.Path,
                                           width: int) -> None:
    keep = os.environ.get("TIMELINE_SCREENSHOTS")
    folder = pathlib.Path(keep) if keep else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    page, shot = tmp_path / "chronology.html", folder / f"chronology-{width}.png"
    seed_chronology.to_html(page)
    done = _chromium(tmp_path, "--hide-scrollbars", f"--window-size={width},1300", f"--screenshot={shot}",
                     page.resolve().as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    assert _png_size(shot) == (width, 1300)
    assert shot.stat().st_size > 20_000  # a drawn chart, not a blank page
