"""Keyword checks on tiny resumes: aliases, whole words, case, fuzzy, context, sections, exclusions."""
import pytest

from helpers import check, requirement

CASES = [
    # (id, text, params, expected)
    ("alias-from-bundled-table", "Built services in Golang", {"any": [{"term": "Go", "match": "case"}]}, "pass"),
    ("go-verb-is-not-go", "Always ready to go the extra mile", {"any": [{"term": "Go", "match": "case"}]}, "fail"),
    ("java-is-not-javascript", "Frontend in JavaScript", {"any": ["Java"]}, "fail"),
    ("punctuation-variants", "Backend in node js and NodeJS", {"all": ["Node.js"]}, "pass"),
    ("ci-cd-spacing", "Owned the CI / CD pipelines", {"any": ["CI/CD"]}, "pass"),
    ("c-is-not-cpp", "Wrote C++ and C# services", {"any": [{"term": "C", "match": "case"}]}, "fail"),
    ("fuzzy-typo", "Deployed on Kubernates clusters", {"any": ["Kubernetes"]}, "pass"),
    ("all-needs-every-term", "Python and Docker", {"all": ["Python", "Kubernetes"]}, "fail"),
    ("excluded-phrase-never-counts", "I go the extra mile", {"any": ["go"], "exclude": ["go the extra mile"]},
     "fail"),
    ("context-required", "Led a team of nurses", {"any": ["led a team"], "context": ["engineers", "developers"]},
     "fail"),
    ("context-present", "Led a team of 6 engineers", {"any": ["led a team"], "context": ["engineers"]}, "pass"),
    ("unless-voids-the-sentence", "AWS AI/ML Scholar selected by AWS", {"any": ["AWS"], "unless": ["scholar"]},
     "fail"),
    ("unless-spares-other-sentences", "AWS scholar. Deployed on AWS Lambda", {"any": ["AWS"], "unless": ["scholar"]},
     "pass"),
    ("unless-takes-every-form", "Integrating the Maps API", {"any": ["API"], "unless": ["integrate"]}, "fail"),
    ("unless-phrase-takes-every-form", "Trained end-users on the CRM",
     {"any": ["train"], "unless": ["end user"]}, "fail"),
    ("exclude-takes-every-form", "Ran A/B tests on checkout", {"any": ["test"], "exclude": ["A/B testing"]}, "fail"),
    ("exclude-as-written-keeps-its-form", "Wrote integration tests",
     {"any": ["integration test"], "exclude": [{"term": "integrity test", "match": "exact"}]}, "pass"),
    ("unless-as-written-takes-only-that-form", "Designed an easy-to-integrate API",
     {"any": ["API"], "unless": [{"term": "integrated", "match": "exact"}]}, "pass"),
    ("wildcard-takes-a-few-words", "Managed a small scale team of analysts", {"any": ["managed a * team"]}, "pass"),
    ("wildcard-takes-no-words", "Managed a team", {"any": ["managed a * team"]}, "pass"),
    ("wildcard-skips-no-function-word", "Managed a budget for the team", {"any": ["managed a * team"]}, "fail"),
    ("wildcard-takes-whole-words", "Enjoy my role as lead and team player", {"any": ["lead a * team"]}, "fail"),
    ("wildcard-takes-no-negation", "Led no engineers", {"any": ["led * engineers"]}, "fail"),
    ("wildcard-takes-at-most-three", "Managed a very large and busy team", {"any": ["managed a * team"]}, "fail"),
    ("wildcard-stays-in-one-list-item", "Optimized data workflows, automatic SQL docs",
     {"any": ["optimize * SQL"]}, "fail"),
    # word forms: a term matches every form of its words, by stem
    ("third-person-form", "He leads a platform team", {"any": ["lead a * team"]}, "pass"),
    ("irregular-past-form", "Led the team", {"any": ["lead the team"]}, "pass"),
    ("gerund-form", "Leading two teams", {"any": ["lead two teams"]}, "pass"),
    ("plural-and-past", "Tested the parser; wrote tests", {"all": ["test", "write test"]}, "pass"),
    ("mentor-forms", "Mentored and kept mentoring", {"all": ["mentor"]}, "pass"),
    ("british-spelling", "Optimised queries", {"any": ["optimized"]}, "pass"),
    ("different-word-same-start", "Testament to quality", {"any": ["test"]}, "fail"),
    ("exact-keeps-the-form", "LinkedIn profile", {"any": [{"term": "profiling", "match": "exact"}]}, "fail"),
    ("exact-still-any-case", "Profiling with perf", {"any": [{"term": "profiling", "match": "exact"}]}, "pass"),
    # a term of several words is the same term written as one word, compared by stem as well
    ("dotted-term-written-glued", "Backend: nodejs", {"any": [{"term": "Node.js", "match": "word"}]}, "pass"),
    ("spaced-term-written-glued", "Queues on ServiceBus", {"any": [{"term": "Service Bus", "match": "word"}]},
     "pass"),
    ("hyphenated-term-written-glued", "Took oncall shifts", {"any": [{"term": "on-call", "match": "word"}]}, "pass"),
    # "inflected": a word's own inflections only, not the words made from it (unless they name the deed's object)
    ("inflected-takes-the-verb-forms", "Managed and now manages the desk", {"any": ["manage"], "match": "inflected"},
     "pass"),
    ("inflected-leaves-derived-words", "Management and direction", {"any": ["manage", "direct"], "match": "inflected"},
     "fail"),
    ("inflected-takes-a-noun-with-its-object", "Management of two teams", {"any": ["manage"], "match": "inflected"},
     "pass"),
    ("glued-form-is-a-whole-word", "Servicebusiness unit", {"any": [{"term": "Service Bus", "match": "word"}]},
     "fail"),
]


@pytest.mark.parametrize("text,params,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_keyword_cases(text, params, expected):
    check(text, requirement(**params), expected)


def test_a_pass_quotes_the_line_and_the_term():
    result = check("Experience\nWrote Go services at Acme", requirement(any=[{"term": "Go", "match": "case"}]), "pass")
    (ev,) = result.evidence
    assert (ev.quote, ev.term, ev.section, ev.line) == ("Wrote Go services at Acme", "Go", "experience", 2)


def test_sections_limit_where_a_term_counts():
    text = "Summary\nPython fan\nExperience\nSales at Acme"
    check(text, requirement(any=["Python"], sections=["experience"]), "fail")


def test_missing_unknown_turns_a_miss_into_unknown_with_a_reason():
    result = check("Sold cars", requirement(any=["problem solving"], missing="unknown"), "unknown")
    assert "not shown by the text" in result.detail


@pytest.mark.parametrize("term", ["* team", "led a *", "led a ** team", "led a*team", "managed a * * team"])
def test_a_wildcard_must_stand_alone_between_two_words(term):
    from screener.errors import RuleFileError
    from screener.rules import parse_rules
    with pytest.raises(RuleFileError, match="stands alone"):
        parse_rules({"title": "t", "requirement": [requirement(any=[term])]}, "rules.toml")


def test_a_wildcard_in_context_words_is_checked_like_one_in_terms():
    from screener.errors import RuleFileError
    from screener.rules import parse_rules
    with pytest.raises(RuleFileError, match="stands alone"):
        parse_rules({"title": "t", "requirement": [requirement(any=["Kubernetes"], context=["* scale"])]}, "r.toml")


def test_a_term_with_a_leading_dot_needs_its_dot():
    check("Reported the fund's net asset value daily.", requirement(any=[".NET"]), "fail")


def test_a_term_with_a_leading_dot_is_found_at_the_end_of_a_name():
    check("Built ASP.NET MVC applications.", requirement(any=[".NET"]), "pass")


def test_role_scope_must_be_position_or_resume():
    import re

    from screener.errors import RuleFileError
    from screener.rules import parse_rules
    req = {"id": "a", "text": "t", "group": "must-have", "check": "keywords", "any": ["x"], "role_scope": "page"}
    with pytest.raises(RuleFileError, match=re.escape("role_scope must be one of position, resume, got 'page'")):
        parse_rules({"title": "t", "requirement": [req]}, "r.toml")


@pytest.mark.parametrize("text,expected", [
    ("Never taught a class", "fail"),
    ("The school did not teach it", "fail"),
    ("Not only taught, but also wrote", "pass"),
])
def test_a_negated_verb_is_not_a_deed(text, expected):
    check(text, requirement(any=["teach"]), expected)
