"""Redraw docs/img/seed-chart.png, the picture of the seed chronology on the home page.

    .venv/bin/python docs/_ext/chart_picture.py [--out docs/img/seed-chart.png]

Builds the chronology of examples/seeds, writes its chart page (Plotly, offline) to a
temporary folder and takes a screenshot of it with headless Chromium (`.ci/install-browser`
installs it). Nothing is fetched: the page carries its own plotly.js.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def browser() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    sys.exit("chart_picture: no Chromium found (run: sh .ci/install-browser)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "img" / "seed-chart.png")
    ap.add_argument("--width", type=int, default=1400)
    ap.add_argument("--height", type=int, default=960)
    args = ap.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    import timeline

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", timeline.TimelineWarning)
        chron = timeline.build_chronology(timeline.read_articles(ROOT / "examples" / "seeds"))
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "chart.html"
        chron.plot().write_html(page, include_plotlyjs=True, full_html=True)
        shot = Path(tmp) / "shot.png"
        subprocess.run([browser(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        f"--window-size={args.width},{args.height}", "--virtual-time-budget=5000",
                        f"--screenshot={shot}", page.as_uri()],
                       check=True, capture_output=True, timeout=120)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, args.out)
    print(f"wrote {args.out} ({len(chron.events)} dated events)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
