"""Links to code hosts a resume makes clickable (a GitHub icon), as lines a rule can match.

A link's target is not text the reader sees, so it may only say what the reader learns by clicking: that the
candidate has a profile on a code host. Only the host is kept ("github.com"): a user name or a path could
carry keywords the page never shows (github.com/kubernetes-terraform-aws), and links elsewhere say nothing a
rule asks. Mail and phone links are contact details.
"""
from __future__ import annotations

import re

from ..models import Line

HEADING = "Links"
CODE_HOSTS = frozenset({"github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "sourceforge.net"})
_HOST = re.compile(r"https?://(?:www\.)?([A-Za-z0-9.-]+)(?:[:/?#]|$)", re.IGNORECASE)


def code_host(url: str) -> str | None:
    m = _HOST.match(url.strip())
    host = m.group(1).lower() if m else ""
    return host if host in CODE_HOSTS else None


def link_lines(urls: list[str], page: int = 1) -> list[Line]:
    """A 'Links' heading and each code host linked to, to follow the resume's own text."""
    found = list(dict.fromkeys(h for h in map(code_host, urls) if h))
    return [Line(text, page) for text in (HEADING, *found)] if found else []
