"""The linker's settings and its scoring model: a logistic regression over the pair
features of :mod:`.features`, its weights shipped as data (``weights.json``).

The weights are fitted offline by ``benchmarks/train_linker.py`` on pairs of article
events from the development set and the Gun Violence Corpus train part (the gold says
which pairs are one happening), and validated by leaving out one dev cluster or one fold
of GVC incidents at a time; the file records what it was trained on.

>>> m = load_model()
>>> m.features == NAMES
True
>>> 0.0 < m.probability([1.0] + [0.0] * (len(NAMES) - 1)) < 1.0
True
"""

from __future__ import annotations

import json
import math
from datetime import timedelta
from functools import lru_cache
from importlib import resources
from typing import Optional, Sequence

import attrs

from ..errors import InputError
from .features import FAR_KM, NAMES

__all__ = ["LinkSettings", "LinkModel", "load_model"]


@attrs.frozen
class LinkModel:
    """Logistic-regression weights over named features.

    >>> m = load_model()
    >>> m.threshold, len(m.weights) == len(m.features)
    (0.4, True)
    >>> LinkModel.from_json(m.to_json()) == m
    True
    """

    features: tuple[str, ...]
    weights: tuple[float, ...]
    threshold: float = 0.5
    note: str = ""

    def probability(self, x: Sequence[float]) -> float:
        z = sum(w * v for w, v in zip(self.weights, x))
        if z < -40:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def to_json(self) -> str:
        return json.dumps({"features": list(self.features), "weights": [round(w, 6) for w in self.weights],
                           "threshold": self.threshold, "note": self.note}, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> "LinkModel":
        d = json.loads(text)
        model = cls(tuple(d["features"]), tuple(float(w) for w in d["weights"]), float(d.get("threshold", 0.5)),
                    str(d.get("note", "")))
        if model.features != NAMES or len(model.weights) != len(NAMES):
            raise InputError("link model: its features are not the linker's "
                             f"({len(model.features)} named, {len(NAMES)} expected)")
        return model


@lru_cache(maxsize=1)
def load_model() -> LinkModel:
    """The weights shipped with the package."""
    text = resources.files(__package__).joinpath("weights.json").read_text(encoding="utf-8")
    return LinkModel.from_json(text)


@attrs.frozen
class LinkSettings:
    """How article events are linked across articles.

    Attributes:
        threshold: the average pair probability two groups need to join (``None``: the
            model's own, chosen when it was trained).
        clock_tolerance: how far apart two reports' times may be and still be one
            happening ("Thursday night" in Washington is "فجر الجمعة" in Baghdad).
        undated_reach: how long before its article an undated report may have happened.
        background_reach: the same for an undated happening told only as what came
            before ("after the collapse of the government"): long ago, perhaps.
        model: the scoring model (``None``: the shipped weights).
        far_km: two reports of a happening at one spot (a shooting, a bombing), each the
            main event of its article, placed in towns farther apart than this (km) are
            kept apart unless other reports tie them together (see
            :func:`timeline.linking.far_apart`); ``None`` turns this off (on local US news,
            where many towns share a name, it costs some links: see ``docs/events.md``).

    >>> from datetime import timedelta
    >>> s = LinkSettings(threshold=0.6, clock_tolerance=timedelta(hours=6))
    >>> s.resolved_threshold(), LinkSettings().resolved_threshold()
    (0.6, 0.4)
    """

    threshold: Optional[float] = None
    clock_tolerance: timedelta = timedelta(hours=12)
    undated_reach: timedelta = timedelta(days=7)
    background_reach: timedelta = timedelta(days=5 * 366)
    model: Optional[LinkModel] = None
    far_km: Optional[float] = FAR_KM

    def __attrs_post_init__(self) -> None:
        if self.threshold is not None and not (isinstance(self.threshold, (int, float)) and 0.0 <= self.threshold <= 1.0):
            raise InputError(f"LinkSettings.threshold must be a probability between 0 and 1, not {self.threshold!r}")
        for name in ("clock_tolerance", "undated_reach", "background_reach"):
            v = getattr(self, name)
            if not isinstance(v, timedelta) or v < timedelta(0):
                raise InputError(f"LinkSettings.{name} must be a timedelta of zero or more, not {v!r}")
        if self.far_km is not None and not (isinstance(self.far_km, (int, float)) and self.far_km > 0):
            raise InputError(f"LinkSettings.far_km must be a distance in km above 0 or None, not {self.far_km!r}")
        if self.model is not None and not isinstance(self.model, LinkModel):
            raise InputError(f"LinkSettings.model must be a LinkModel or None, not {type(self.model).__name__}")

    def resolved_model(self) -> LinkModel:
        """The model pairs are scored with: :attr:`model`, or the shipped weights."""
        return self.model if self.model is not None else load_model()

    def resolved_threshold(self) -> float:
        """The threshold groups join at: :attr:`threshold`, or the model's own."""
        return self.threshold if self.threshold is not None else self.resolved_model().threshold
