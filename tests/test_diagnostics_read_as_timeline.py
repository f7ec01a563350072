"""One resume, one reading: the experience diagnostics read a resume's dates in the order its timeline reads them,
so a line the timeline made a role of is never reported as a date it could not understand, nor the reverse."""
import datetime as dt

from screener.experience import timeline
from screener.facts import Facts, resume

from helpers import doc

AS_OF = dt.date(2026, 1, 1)
# '1/6/2026': January 6th read month first, a role begun on the as-of month; June 2026 read day first, a start
# after the as-of date and so no range at all
JUST_BEGUN = "Engineer, Acme 1/6/2026 – present"


def _facts(*lines: str) -> Facts:
    return Facts(doc("EXPERIENCE", *lines), AS_OF)


def test_a_month_first_resume_s_diagnostics_understand_the_dates_its_timeline_read():
    facts = _facts(JUST_BEGUN, "Analyst, Beta 8/13/2017 – 12/20/2025")  # 13 and 20 cannot be months
    assert [p.start for p in facts.timeline.positions][0] == dt.date(2026, 1, 1)
    assert facts.diagnostics.unparsed_dates == ()


def test_a_day_first_resume_s_diagnostics_report_the_dates_its_timeline_could_not_read():
    facts = _facts(JUST_BEGUN, "Analyst, Beta 13/8/2017 – 20/12/2025")  # 13 and 20 cannot be months
    assert all(p.start != dt.date(2026, 1, 1) for p in facts.timeline.positions)
    assert facts.diagnostics.unparsed_dates == (JUST_BEGUN,)


def test_a_resume_without_evidence_of_its_order_is_read_day_first_by_both():
    facts = _facts(JUST_BEGUN, "Analyst, Beta 2017 – 2025")
    assert len(facts.timeline.positions) == 1 and facts.diagnostics.unparsed_dates == (JUST_BEGUN,)


def test_the_running_lines_are_found_once_for_the_timeline_and_its_diagnostics(monkeypatch):
    calls = []

    def counted(lines, found=resume.running_lines):
        calls.append(lines)
        return found(lines)
    for module in (timeline, resume):
        monkeypatch.setattr(module, "running_lines", counted)
    facts = _facts("Analyst, Beta 2017 – 2025")
    facts.timeline, facts.diagnostics
    assert len(calls) == 1


def test_a_month_first_resume_s_self_check_counts_no_line_its_timeline_read_as_unread():
    facts = _facts("Engineer, Acme", "1/6/2026 – present", "Analyst, Beta", "8/13/2017 – 12/20/2025")
    assert (facts.timeline.date_lines, facts.timeline.unread_lines, facts.timeline.mostly_unread) == (2, 0, False)
