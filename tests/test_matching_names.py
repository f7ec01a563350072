"""A word written with a capital after its first letter is a name: it is compared as written, case-folded, with
only a plural "s" after capitals taken off, never cut by the stemmer into another word's stem; an ordinary word,
capitalised at a sentence's start or not, is stemmed; capitals are not a name where a whole line, or a run of words
joined by spaces, is written in them (a heading, a resume in capitals)."""
from helpers import grows_linearly

from screener.text.matching import SentenceWords, Spelling, find
from screener.text.names import name_form, names_in
from screener.text.view import build_view


def found(lines, *terms):
    view = build_view(lines)
    return [view.text[m.start:m.end] for m in find(view, tuple(Spelling(t, t) for t in terms), 100)]


def names(lines):
    """The names a view reads among its words, as written: their forms."""
    view = build_view(lines)
    return {view.text[slice(*view.tokens.spans[i])]: n for i, n in names_in(view.text, view.tokens.spans).items()}


def test_a_name_is_its_case_folded_self_with_a_plural_s_after_capitals_taken_off():
    assert [name_form(w) for w in ("VMs", "iOS", "DevOps", "AWS", "Testing", "testing", "Ms")] == [
        "vm", "ios", "devops", "aws", None, None, None]


def test_the_plural_of_a_name_in_capitals_meets_the_name_and_the_name_its_plural():
    assert found(["Ran the build agents on VMs and shipped two SDKs."], "VM", "SDK") == ["VMs", "SDKs"]
    assert found(["Ran the build agent on one VM and shipped an SDK."], "VMs", "SDKs") == ["VM", "SDK"]


def test_a_name_does_not_meet_an_ordinary_word_that_stems_to_what_the_stemmer_would_cut_it_to():
    terms = ("AWS", "ATS", "iOS")  # Snowball: aw, at, io
    assert found(["Met them at noon, said aw, and tuned the disk io scheduler."], *terms) == []
    assert found(["Hosted the ATS on AWS and shipped its iOS app."], *terms) == ["ATS", "AWS", "iOS"]
    assert found(["hosted the ats on aws and shipped its ios app."], *terms) == ["ats", "aws", "ios"]


def test_a_lower_case_term_meets_a_name_written_as_it_and_ordinary_words_still_stem():
    assert found(["Built the DevOps tooling and CI for VMs."], "devops", "vm") == ["DevOps", "VMs"]
    assert found(["Testing the billing jobs; deployed nightly, deploying weekly."], "test", "deploy") == [
        "Testing", "deployed", "deploying"]


def test_capitals_of_a_heading_or_a_resume_in_capitals_are_words_and_stem():
    lines = ["TESTS AND RELEASES", "DEPLOYED SERVICES", "MENTORING", "Kept the fleet on VMs."]
    assert found(lines, "test", "release", "deploy", "mentor", "VM") == [
        "TESTS", "RELEASES", "DEPLOYED", "MENTORING", "VMs"]
    assert names(["RAN TESTS ON VMS", "MENTORING", "Kept it on VMs, AWS and GCP", "SENIOR ENGINEER at a firm"]) == {
        "VMs": "vm", "AWS": "aws", "GCP": "gcp"}


def test_a_resume_in_capitals_on_one_long_line_is_read_in_linear_time():
    for line in ("RAN AWS, GCP AND VMS; ", "Ran AWS, GCP and VMs; "):
        assert grows_linearly(lambda text: build_view((text,)).stems, lambda n: line * (n // len(line)), 40000)


def test_a_sentence_is_asked_for_a_name_as_terms_are():
    words = SentenceWords((Spelling("cloud", "AWS"), Spelling("shop", "ATS")))
    view = build_view(("Said aw at noon.", "Moved the jobs to aws.", "Kept the ATS up."))
    assert [words.first_in(view, seg, {}) for seg in range(3)] == ["", "aws", "ATS"]
