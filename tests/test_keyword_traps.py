"""Trap cases for keyword matching: words that look like a term but are not it, and real uses written oddly."""
from helpers import check, requirement

GO = {"any": [{"term": "Go", "match": "case"}]}
R = {"any": [{"term": "R", "match": "case"}]}
C = {"any": [{"term": "C", "match": "case"}]}
LEAD = {"any": ["team lead", "led a team"], "context": ["engineer", "engineers", "developers", "software"]}


def test_go_next_to_other_languages_counts():
    check("Languages: Python, Go, Rust", requirement(**GO), "pass")


def test_lowercase_go_the_verb_does_not_count():
    check("Ready to go wherever the work is", requirement(**GO), "fail")


def test_golang_counts_as_go_through_the_bundled_aliases():
    check("Backend services in Golang", requirement(**GO), "pass")


def test_java_does_not_match_javascript():
    check("Frontend work in JavaScript and TypeScript", requirement(any=["Java"]), "fail")


def test_java_counts_next_to_javascript():
    check("Java/JavaScript developer", requirement(any=["Java"]), "pass")


def test_c_does_not_match_cpp_or_csharp():
    check("Wrote C++ and C# services", requirement(**C), "fail")


def test_c_counts_as_a_language_in_a_list():
    check("Languages: C, C++, Python", requirement(**C), "pass")


def test_cpp_counts_for_cpp():
    check("Wrote C++ services", requirement(any=["C++"]), "pass")


def test_r_the_language_counts():
    check("Statistics in R and Python", requirement(**R), "pass")


def test_r_as_an_initial_does_not_count():
    check("John R. Smith, Data Analyst", requirement(**R), "fail")


def test_r_in_r_and_d_does_not_count():
    check("Worked in the R&D department", requirement(**R), "fail")


def test_spring_the_season_does_not_count():
    check("Teaching assistant, Spring 2019", requirement(any=["Spring"]), "fail")


def test_spring_the_framework_counts():
    check("Built REST APIs with Spring and Hibernate", requirement(any=["Spring"]), "pass")


def test_react_does_not_match_reactive():
    check("Reactive programming with RxJava", requirement(any=["React"]), "fail")


def test_github_counts_as_git():
    check("Code on GitHub: github.com/someone", requirement(any=["Git"]), "pass")


def test_no_experience_with_a_term_does_not_count():
    check("No experience with Kubernetes yet", requirement(any=["Kubernetes"]), "fail")


def test_not_familiar_with_a_term_does_not_count():
    check("Not familiar with Docker or Kubernetes", requirement(any=["Kubernetes"]), "fail")


def test_never_used_a_term_does_not_count():
    check("Never used Python professionally", requirement(any=["Python"]), "fail")


def test_negation_ends_at_but():
    check("No experience with Java, but five years of Python", requirement(any=["Python"]), "pass")


def test_hyphenated_line_break_joins_the_word():
    check("- Split the monolith into micro-\n  services on AWS", requirement(any=["microservices"]), "pass")


def test_phrase_split_across_wrapped_lines_counts():
    check("- Worked in a fast-paced continuous\n  integration environment", requirement(any=["CI/CD"]), "pass")


def test_phrase_does_not_join_two_bullets():
    check("- Set up continuous\n- Integration tests for payments", requirement(any=["continuous integration"]),
          "fail")


def test_rule_file_alias_counts():
    check("Ran workloads on EKS", requirement(any=["Kubernetes"]), "pass")


def test_accents_are_comparable():
    check("Développeur Python, équipe Kubernetes", requirement(any=["developpeur"]), "pass")


def test_fuzzy_typo_in_a_long_term_counts():
    check("Deployed on Kubernates clusters", requirement(any=["Kubernetes"]), "pass")


def test_fuzzy_inflection_counts():
    check("Designed microservice boundaries", requirement(any=["microservices"]), "pass")


def test_fuzzy_never_matches_a_long_term_inside_other_words():
    check("Kubernetesque is not a word but Kubernetesoperator is one token", requirement(any=["Kubernetes"]),
          "fail")


def test_leading_a_nursing_team_does_not_count():
    check("Team lead for a nursing shift of 12 nurses", requirement(**LEAD), "fail")


def test_leading_an_engineering_team_counts():
    check("Led a team of five software engineers", requirement(**LEAD), "pass")


def test_context_must_be_in_the_same_sentence():
    check("Led a team of nurses. Later retrained as a software engineer.", requirement(**LEAD), "fail")


def test_evidence_quotes_the_bullet_as_written_with_the_spelling_that_matched():
    result = check("Experience\n- Wrote services in Golang for\n  payments", requirement(**GO), "pass")
    (ev,) = result.evidence
    assert (ev.quote, ev.term, ev.line) == ("- Wrote services in Golang for payments", "Go (Golang)", 2)


def test_evidence_keeps_up_to_three_quotes():
    text = "\n".join(f"- Python job {i}." for i in range(5))
    assert len(check(text, requirement(any=["Python"]), "pass").evidence) == 3


def test_soft_hyphen_line_break_joins_the_word():
    check("- Built the micro\u00ad\n  services architecture", requirement(any=["microservices"]), "pass")


def test_tech_lead_title_counts_without_context():
    check("Technical Lead, Acme Payments", requirement(any=["tech lead"]), "pass")


def test_team_lead_is_not_a_tech_lead():
    check("Team Leader, night shift", requirement(any=["tech lead"]), "fail")
