"""An article as TimeML: its text with a ``<TIMEX3>`` around every temporal expression.

>>> import timeline
>>> art = timeline.Article(id="a1", text="قتل جنديان في هجوم يوم السبت الماضي.", published="2025-12-20")
>>> print(to_timeml(art))  # doctest: +NORMALIZE_WHITESPACE
<?xml version="1.0" encoding="UTF-8"?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">
<DOCID>a1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-12-20" temporalFunction="false" functionInDocument="CREATION_TIME">2025-12-20</TIMEX3></DCT>
<TEXT>قتل جنديان في هجوم <TIMEX3 tid="t1" type="DATE" value="2025-12-13" temporalFunction="true" anchorTimeID="t0">يوم السبت الماضي</TIMEX3>.</TEXT>
</TimeML>
"""

from __future__ import annotations

import re
from typing import Optional
from xml.sax.saxutils import escape, quoteattr

from .anchor import Anchor, parse_anchor
from .errors import InputError
from .model import Article
from .settings import Settings

__all__ = ["to_timeml"]

# Characters XML 1.0 cannot hold, even escaped: replaced by a space (offsets are kept).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _xml_text(text: str) -> str:
    return escape(_NOT_XML.sub(" ", text), {"\r": "&#13;"})


def _attr(value: str) -> str:
    return quoteattr(_NOT_XML.sub(" ", value))


def _dct(article: Article) -> Optional[Anchor]:
    if article.published is not None:
        return parse_anchor(article.published, "published")
    from .published import infer_published

    found = infer_published(article.text, lang=article.lang)
    if found is None:
        return None
    return Anchor(found.when, found.has_time, None)


def to_timeml(article: Article, *, settings: Optional[Settings] = None) -> str:
    """The article as a TimeML 1.2.1 document (TempEval-3 layout), as a string.

    ``<DCT>`` holds the publication date (``type="TIME"`` when it has a clock time;
    read from the dateline when ``article.published`` is ``None``, ``XXXX-XX-XX`` when
    there is none).  Every expression :func:`timeline.find_times` finds is wrapped in
    ``<TIMEX3 tid type value [mod] temporalFunction [anchorTimeID]>`` at its exact
    offsets; expressions resolved against the publication date point to the DCT with
    ``anchorTimeID="t0"``.  The text is XML-escaped, so the output is well-formed for
    any input (characters XML cannot hold become spaces).

    >>> import timeline
    >>> doc = to_timeml(timeline.Article(id="a", text="Two were killed yesterday.", published="2025-12-20"))
    >>> print(doc.splitlines()[-2])
    <TEXT>Two were killed <TIMEX3 tid="t1" type="DATE" value="2025-12-19" temporalFunction="true" anchorTimeID="t0">yesterday</TIMEX3>.</TEXT>
    """
    from .core import find_times

    if not isinstance(article, Article):
        raise InputError(f"to_timeml needs a timeline.Article, not {type(article).__name__}")
    text = article.text
    dct = _dct(article)
    mentions = find_times(text, published=article.published, lang=article.lang, settings=settings)
    if dct is None:
        dct_type, dct_value = "DATE", "XXXX-XX-XX"
    elif dct.has_time:
        dct_type, dct_value = "TIME", dct.when.isoformat(timespec="minutes")
    else:
        dct_type, dct_value = "DATE", dct.when.date().isoformat()
    parts: list[str] = []
    pos = 0
    tid = 0
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if m.start < pos or m.end <= m.start:  # TimeML tags cannot nest or overlap
            continue
        tid += 1
        attrs = [f"tid={_attr(f't{tid}')}", f"type={_attr(m.type.value)}", f"value={_attr(m.value)}"]
        if m.mod:
            attrs.append(f"mod={_attr(m.mod)}")
        relative = m.anchored_to in ("publication", "narrative")
        attrs.append(f"temporalFunction={_attr('true' if relative else 'false')}")
        if m.anchored_to == "publication" and dct is not None:
            attrs.append('anchorTimeID="t0"')
        parts.append(_xml_text(text[pos:m.start]))
        parts.append(f"<TIMEX3 {' '.join(attrs)}>{_xml_text(text[m.start:m.end])}</TIMEX3>")
        pos = m.end
    parts.append(_xml_text(text[pos:]))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">\n'
        f"<DOCID>{_xml_text(article.id)}</DOCID>\n"
        f'<DCT><TIMEX3 tid="t0" type="{dct_type}" value="{dct_value}" temporalFunction="false" '
        f'functionInDocument="CREATION_TIME">{dct_value}</TIMEX3></DCT>\n'
        f"<TEXT>{''.join(parts)}</TEXT>\n"
        "</TimeML>\n"
    )
