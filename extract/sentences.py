"""Split text into sentences, keeping character offsets so each figure points at its source."""
from __future__ import annotations

import bisect
import re

# A sentence ends at . ! ? (and any closing quote or bracket) before a capital, a digit or
# an opening quote, at a blank line, or at a line break unless the next line goes on in lower
# case (text wrapped by hand or taken from a PDF: "became\nhomeless"). Abbreviations like
# "Dec." or "U.S." are rare enough in reports that a short sentence now and then costs
# nothing: a figure only needs its own.
_BOUNDARY = re.compile(r"(?=[\"'”’)\] \t\n])"  # where a boundary can start: lets the engine skip the rest
                       r"(?:(?<=[.!?])[\"'”’)\]]*[ \t]+(?=[\"“‘(]?[A-Z0-9])"
                       r"|[ \t]*\n[ \t]*\n\s*|[ \t]*\n[ \t]*(?=[^a-z \t\n]))")


MAX_CHARS = 1000


class Sentences:
    """Sentence spans of one text, looked up by character offset."""

    def __init__(self, text: str):
        self.text = text
        starts, ends = [], []
        prev = 0
        for m in _BOUNDARY.finditer(text):
            self._add(starts, ends, prev, m.start())
            prev = m.end()
        self._add(starts, ends, prev, len(text))
        self.starts, self.ends = starts, ends

    def _add(self, starts, ends, start, end):
        """Add a sentence; one longer than MAX_CHARS (a page without full stops) is cut at
        semicolons, commas or spaces, so the work per figure stays bounded."""
        while end - start > MAX_CHARS:
            cut = -1
            for sep in ("; ", ", ", " "):
                cut = self.text.rfind(sep, start + MAX_CHARS // 2, start + MAX_CHARS)
                if cut >= 0:
                    cut += len(sep)
                    break
            if cut < 0:
                cut = start + MAX_CHARS
            starts.append(start)
            ends.append(cut)
            start = cut
        starts.append(start)
        ends.append(end)

    def index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def span(self, i: int) -> tuple[int, int]:
        return self.starts[i], self.ends[i]

    def sentence(self, i: int) -> str:
        return self.text[self.starts[i]:self.ends[i]].strip()
