"""One self-contained HTML report: a sortable shortlist, a candidates x requirements matrix, and per candidate the
evidence behind every cell and the experience timeline drawn as bars.

No network and no external assets: styles and the small sorting script are inline. Every piece of resume text
(file names, quotes, titles, details) goes through html.escape; the only markup is ours.
"""
from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import TextIO

from ..models import VERDICT_RANK, Evidence, Report, ResumeResult, Verdict
from ..text.printable import printable
from .rows import GLYPH, STATUS_RANK, Row, Tally
from .rows import rows as display_rows
from .spool import copy, spool

CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:24px;color:#1d2433;background:#fafbfc}
h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:28px 0 6px}.meta{color:#5b6478;font-size:12px}
table{border-collapse:collapse;background:#fff;box-shadow:0 1px 2px #0001}
th,td{border:1px solid #e3e6ec;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f1f3f7;cursor:pointer;user-select:none;white-space:nowrap}th.req{writing-mode:vertical-rl;
transform:rotate(180deg);font-weight:500;font-size:12px;padding:6px 3px}
td.c{text-align:center;font-weight:700;width:18px}.pass{background:#e3f6e8;color:#17692e}
.fail{background:#fde7e7;color:#a3191e}.unknown{background:#fff6d6;color:#7a5a00}.error{background:#f3e5f8;color:#6d1f86}
.v{font-weight:600;padding:1px 6px;border-radius:3px}mark{background:#ffe58a;padding:0 1px}
.cand{background:#fff;border:1px solid #e3e6ec;padding:12px 16px;margin:12px 0}
.req-row{margin:4px 0}.quote{margin:2px 0 2px 26px;color:#333}.where{color:#7a8294;font-size:12px}
.tl{position:relative;height:18px;background:#f1f3f7;margin:3px 0;border-radius:3px}
.bar{position:absolute;top:2px;height:14px;border-radius:3px;background:#4a7bd0}.bar.off{background:#b8bfcc}
.tl-label{font-size:12px;color:#3b4254}.warn{color:#6d1f86}.counts .v{margin-right:4px}
"""

# Sorting: each header says which direction is best first (data-best), and the first click sorts that way.
# Filtering: rows carry their verdict and their statuses; the selects hide the rest and the count says so.
SCRIPT = """
const tbl=document.getElementById('shortlist'),tb=tbl.tBodies[0];
tbl.querySelectorAll('th').forEach((th,i)=>th.addEventListener('click',()=>{
 const rows=[...tb.rows],dir=th.dataset.dir?(th.dataset.dir==='asc'?'desc':'asc'):(th.dataset.best||'asc');
 tbl.querySelectorAll('th').forEach(h=>delete h.dataset.dir);th.dataset.dir=dir;
 const key=r=>{const c=r.cells[i],v=c.dataset.v??c.textContent;const n=parseFloat(v);return isNaN(n)?v:n};
 rows.sort((a,b)=>{const x=key(a),y=key(b);return (x>y?1:x<y?-1:0)*(dir==='asc'?1:-1)});rows.forEach(r=>tb.appendChild(r));
}));
const fv=document.getElementById('f-verdict'),fr=document.getElementById('f-req'),fs=document.getElementById('f-status');
function filter(){let n=0;for(const r of tb.rows){
 const ok=(!fv.value||r.dataset.verdict===fv.value)&&(!fr.value||!fs.value||r.dataset[fr.value]===fs.value);
 r.hidden=!ok;n+=ok;}document.getElementById('shown').textContent=n;}
[fv,fr,fs].forEach(e=>e.addEventListener('change',filter));
"""


def _e(text: object) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def _highlight(ev: Evidence) -> str:
    """The quote escaped, with the matched words (located by the check) wrapped in <mark>, escaped piecewise."""
    quote = ev.quote
    if not ev.highlight:
        return _e(quote)
    a, b = ev.highlight
    return _e(quote[:a]) + "<mark>" + _e(quote[a:b]) + "</mark>" + _e(quote[b:])


def _anchor(n: int) -> str:
    return f"cand-{n}"


def _name_of(shown: str) -> str:
    """The file name without its folders, from the name as shown."""
    return shown.replace("\\", "/").rsplit("/", 1)[-1]


def _timeline(r: ResumeResult, as_of: dt.date) -> str:
    if not r.positions:
        return '<div class="tl-label">no dated positions found</div>'
    first = min(p.start for p in r.positions)
    span = max((as_of - first).days, 1)
    rows = []
    for p in sorted(r.positions, key=lambda p: p.start):
        left = 100 * (p.start - first).days / span
        width = max(0.6, 100 * (min(p.end, as_of) - p.start).days / span)
        label = f"{p.start:%Y-%m} – {p.end:%Y-%m} · {p.years:g} y · {p.title}" + ("" if p.counted else f" (not counted: {p.why})")
        rows.append(f'<div class="tl-label">{_e(label)}</div><div class="tl"><div class="bar{"" if p.counted else " off"}" '
                    f'style="left:{left:.2f}%;width:{min(width, 100 - left):.2f}%" title="{_e(label)}"></div></div>')
    return "".join(rows)


def _candidate(n: int, row: Row, report: Report) -> str:
    r = row.result
    parts = [f'<div class="cand" id="{_anchor(n)}"><h2>{_e(_name_of(row.file))} '
             f'<span class="v {r.verdict.value}">{r.verdict.value}</span></h2>',
             f'<div class="meta">{_e(row.file)} · score {r.score:.2f} · years {row.years or "–"}</div>']
    if r.error:
        parts.append(f'<p class="error">could not be read: {_e(r.error)}</p></div>')
        return "".join(parts)
    parts += [f'<p class="warn">⚠ {_e(w)}</p>' for w in r.warnings]
    if r.diagnostics:
        d = r.diagnostics
        read = (f"read: {d.pages} page(s), {d.characters} characters, {d.columns} column(s)"
                f"{', by OCR' if d.ocr else ''}; sections: {', '.join(d.sections) or 'none found'}"
                + (f"; dates not understood: {'; '.join(d.unparsed_dates)}" if d.unparsed_dates else ""))
        parts.append(f'<div class="meta">{_e(read)}</div>')
    parts.append("<h3>Experience timeline</h3>" + _timeline(r, report.as_of) + "<h3>Requirements</h3>")
    for q in r.requirements:
        parts.append(f'<div class="req-row"><span class="v {q.status.value}">{GLYPH[q.status]} {q.status.value}</span> '
                     f"<b>{_e(q.id)}</b> <span class='where'>[{_e(q.group.value)}]</span> {_e(q.detail)}</div>")
        parts += [f'<div class="quote">“{_highlight(e)}” <span class="where">{_e(e.where())}</span></div>'
                  for e in q.evidence]
    parts.append("</div>")
    return "".join(parts)


def _counts(tally: Tally) -> str:
    """How many candidates got each verdict, best first: the first thing a recruiter asks."""
    return " · ".join(f'<span class="v {v.value}">{tally.verdicts[v]} {v.value}</span>' for v in VERDICT_RANK
                      if tally.verdicts[v] or v is not Verdict.ERROR)


def _filters(reqs, total: int) -> str:
    verdicts = "".join(f'<option value="{v.value}">{v.value}</option>' for v in VERDICT_RANK)
    ids = "".join(f'<option value="r{i}">{_e(q.id)}</option>' for i, q in enumerate(reqs))
    statuses = "".join(f'<option value="{s.value}">{s.value}</option>' for s in STATUS_RANK)
    return (f'<p class="filters">verdict <select id="f-verdict"><option value="">any</option>{verdicts}</select> '
            f'· requirement <select id="f-req"><option value="">any</option>{ids}</select> is '
            f'<select id="f-status"><option value="">any</option>{statuses}</select> '
            f'· showing <b id="shown">{total}</b> of {total}</p>')


def _row(n: int, row: Row, report: Report) -> str:
    """The candidate's row of the shortlist: its verdict, score, years and one cell per requirement."""
    r, statuses, years = row.result, row.statuses, row.years
    cells = "".join(
        f'<td class="c {statuses[q.id].status.value}" data-v="{STATUS_RANK[statuses[q.id].status]}" '
        f'title="{_e(statuses[q.id].detail)}">{GLYPH[statuses[q.id].status]}</td>' if q.id in statuses
        else '<td class="c error"></td>' for q in report.requirements)
    job = f"<td>{_e(r.job)}</td>" if report.several else ""
    marks = "".join(f' data-r{i}="{statuses[q.id].status.value}"' for i, q in enumerate(report.requirements)
                    if q.id in statuses)
    return (f'<tr data-verdict="{r.verdict.value}"{marks}><td><a href="#{_anchor(n)}">{_e(_name_of(row.file))}</a></td>{job}'
            f'<td class="{r.verdict.value}" data-v="{VERDICT_RANK[r.verdict]}">{r.verdict.value}</td>'
            f'<td data-v="{r.score}">{r.score:.2f}</td><td data-v="{years or -1}">{years or "–"}</td>{cells}</tr>')


def write(report: Report, out: TextIO, spool_folder: Path | None = None) -> None:
    """The page, its shortlist rows and candidate sections spooled (in `spool_folder`) as each resume comes: the
    counts at the top are known only after the last, and a batch's page can run to a gigabyte."""
    reqs = report.requirements
    job_head = "<th>job</th>" if report.several else ""
    head = (f"<th>candidate</th>{job_head}<th>verdict</th><th data-best=\"desc\">score</th>"
            f"<th data-best=\"desc\">years</th>"
            + "".join(f'<th class="req" title="{_e(q.text)}">{_e(q.id)}</th>' for q in reqs))
    tally = Tally()
    with spool(spool_folder) as rows, spool(spool_folder) as candidates:
        for n, row in enumerate(display_rows(report)):
            tally.add(row.result)
            rows.write(_row(n, row, report))
            candidates.write(_candidate(n, row, report))
        rules = ", ".join(f"{_e(j.source)} (sha256 {_e(j.sha256[:12])})" for j in report.jobs)
        footer = f"screener {_e(report.version)} · rules {rules} · as of {report.as_of.isoformat()}"
        fits = ""
        if report.several:
            fits = "<h2>Best fit</h2><ul>" + "".join(f"<li>{_e(_name_of(printable(f)))}: <b>{_e(j)}</b> (score {s:.2f})</li>"
                                                     for f, j, s in tally.best_fits()) + "</ul>"
        out.write(f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>{_e(report.title)} — screening report</title><style>{CSS}</style></head><body>
<h1>{_e(report.title)}</h1><div class="meta">{tally.count} candidates · click a column to sort (best first) · click a name for the evidence</div>
<p class="counts" id="counts">{_counts(tally)}</p>
<h2>Shortlist</h2>{_filters(reqs, tally.count)}<table class="sortable" id="shortlist"><thead><tr>{head}</tr></thead><tbody>""")
        copy(rows, out)
        out.write(f"""</tbody></table>
{fits}<h2>Candidates</h2>""")
        copy(candidates, out)
        out.write(f"""
<p class="meta">{footer}</p><script>{SCRIPT}</script></body></html>
""")
