"""A resource document as the HTML a QTextBrowser shows: every text escaped, only the
structure the library has (headings, paragraphs, lists, bold) turned into tags."""

from __future__ import annotations

from html import escape

from mentorat_desktop.services.resources.library import (
    BulletList,
    Heading,
    ResourceDocument,
    Runs,
)

# QTextBrowser understands a small part of CSS; these rules stay inside it.
STYLE = """
h1 { font-size: 20pt; color: #0b5563; margin-bottom: 10px; }
h2 { font-size: 14pt; color: #0b5563; margin-top: 16px; margin-bottom: 4px; }
h3 { font-size: 12pt; margin-top: 10px; margin-bottom: 2px; }
p { margin-top: 4px; margin-bottom: 6px; line-height: 130%; }
li { margin-bottom: 4px; line-height: 130%; }
"""


def runs_html(runs: Runs) -> str:
    return "".join(f"<b>{escape(r.text)}</b>" if r.bold else escape(r.text) for r in runs)


def document_html(document: ResourceDocument) -> str:
    parts = [f'<html lang="{escape(document.language)}"><body>']
    for block in document.blocks:
        if isinstance(block, Heading):
            parts.append(f"<h{block.level}>{escape(block.text)}</h{block.level}>")
        elif isinstance(block, BulletList):
            items = "".join(f"<li>{runs_html(item)}</li>" for item in block.items)
            parts.append(f"<ul>{items}</ul>")
        else:
            parts.append(f"<p>{runs_html(block.runs)}</p>")
    parts.append("</body></html>")
    return "".join(parts)


def message_html(text: str) -> str:
    """A plain message in place of a document that cannot be shown."""
    return f"<html><body><p>{escape(text)}</p></body></html>"
