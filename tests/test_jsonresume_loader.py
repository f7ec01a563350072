"""JSON Resume files give exact dated positions and degree levels, plus lines the text checks can read."""
import datetime as dt
import json

from screener.loaders import jsonresume

RESUME = {
    "basics": {"name": "Jane Doe", "summary": "Backend engineer"},
    "work": [{"name": "Acme", "position": "Engineer", "startDate": "2015-03-01", "endDate": "2019-06-30",
              "highlights": ["Built Go services"]},
             {"name": "Initech", "position": "Lead", "startDate": "2019-07"}],
    "education": [{"institution": "MIT", "studyType": "Master of Science", "area": "Computer Science",
                   "endDate": "2014-06"}],
    "skills": [{"name": "Languages", "keywords": ["Python", "Go"]}],
}


def _load(tmp_path):
    (tmp_path / "cv.json").write_text(json.dumps(RESUME))
    return jsonresume.load(tmp_path / "cv.json")


def test_positions_have_exact_dates(tmp_path):
    first = _load(tmp_path).structured.positions[0]
    assert (first.title, first.organisation, first.start, first.end) == (
        "Engineer", "Acme", dt.date(2015, 3, 1), dt.date(2019, 6, 30))


def test_missing_end_date_means_present_whatever_the_as_of_date(tmp_path):
    from screener.experience import build_timeline
    doc = _load(tmp_path)
    for as_of in (dt.date(2026, 1, 1), dt.date(2030, 1, 1)):
        assert build_timeline(doc, (), as_of).positions[1].end == as_of


def test_position_line_points_at_its_heading(tmp_path):
    doc = _load(tmp_path)
    assert doc.lines[doc.structured.positions[0].line].text == "Engineer - Acme - 2015-03-01 - 2019-06-30"


def test_degree_level_comes_from_study_type_and_its_status_from_the_as_of_date(tmp_path):
    from screener.facts import Facts
    doc = _load(tmp_path)
    assert (doc.structured.degrees[0].level, doc.structured.degrees[0].field) == ("master", "Computer Science")
    assert Facts(doc, dt.date(2026, 1, 1)).degrees[0].status == "completed"
    assert Facts(doc, dt.date(2013, 1, 1)).degrees[0].status == "expected 2014"


def test_sections_get_heading_lines(tmp_path):
    texts = [line.text for line in _load(tmp_path).lines]
    assert {"Experience", "Education", "Skills"} <= set(texts) and "Languages: Python, Go" in texts


def test_projects_courses_and_awards_are_read_like_the_rendered_resume(tmp_path):
    import json
    path = tmp_path / "resume.json"
    path.write_text(json.dumps({
        "basics": {"name": "Jane Doe"},
        "education": [{"institution": "Uni", "studyType": "Bachelor", "area": "CS", "courses": ["DB101 - SQL"]}],
        "projects": [{"name": "Mapper", "roles": ["Team lead", "Designer"], "highlights": ["Built in Go"]}],
        "awards": [{"title": "Hackathon winner", "awarder": "ACME"}],
    }))
    doc = jsonresume.load(path)
    assert [line.text for line in doc.lines][1:] == [
        "Education", "Bachelor in CS - Uni", "Course: DB101 - SQL",
        "Projects", "Mapper", "Team lead, Designer", "Built in Go", "Awards", "Hackathon winner", "ACME"]
    assert doc.lines[doc.structured.degrees[0].line].text == "Bachelor in CS - Uni"


def test_a_positions_lines_run_from_its_heading_through_its_highlights(tmp_path):
    document = _load(tmp_path)
    first, second = document.structured.positions
    assert [line.text for line in document.lines[first.span[0]:first.span[1]]][-1] == "Built Go services"
    assert second.span[0] == first.span[1]


def test_the_header_shows_contact_place_and_profiles_as_a_theme_prints_them(tmp_path):
    path = tmp_path / "resume.json"
    path.write_text(json.dumps({"basics": {
        "name": "Jane Doe", "phone": "555 0100", "location": {"city": "Springfield", "countryCode": "US"},
        "profiles": [{"network": "GitHub", "username": "jdoe"}], "summary": "Backend engineer"}}))
    assert [line.text for line in jsonresume.load(path).lines] == [
        "Jane Doe", "555 0100", "Springfield, US", "GitHub: jdoe", "Backend engineer"]


def test_languages_references_and_a_role_s_place_are_read_like_the_rendered_resume(tmp_path):
    path = tmp_path / "resume.json"
    path.write_text(json.dumps({
        "work": [{"name": "Acme", "position": "Engineer", "location": "Springfield"}],
        "languages": [{"language": "English", "fluency": "Native speaker"}],
        "references": [{"name": "A. Colleague", "reference": "A pleasure to work with"}],
    }))
    assert [line.text for line in jsonresume.load(path).lines] == [
        "Experience", "Engineer - Acme", "Springfield", "Languages", "English", "Native speaker",
        "References", "A. Colleague", "A pleasure to work with"]
