"""A rule's word written with a capital after its first letter is a name: it meets only the resume's words that are
it as written, case-folded, or its plural ("API" meets "APIs", "iPhone" "iPhones"), never an ordinary word the
stemmer would cut it to. A resume's words keep their stems whatever their capitals: a lower-case term meets them
as on any other word, whether a bullet starts in capitals or a word has capitals inside it."""
from screener.text.matching import SentenceWords, Spelling, find
from screener.text.names import written_as
from screener.text.view import build_view


def found(lines, *terms):
    view = build_view(lines)
    return [view.text[m.start:m.end] for m in find(view, tuple(Spelling(t, t) for t in terms), 100)]


def test_a_name_meets_its_case_folded_self_and_its_plural():
    assert [written_as(w) for w in ("VMs", "iOS", "DevOps", "AWS", "*", "Testing", "testing", "Ms")] == [
        {"vm", "vms"}, {"ios", "ioss"}, {"devops", "devopss"}, {"aws", "awss"}, None, None, None, None]


def test_the_plural_of_a_name_in_capitals_meets_the_name_and_the_name_its_plural():
    assert found(["Ran the build agents on VMs and shipped two SDKs."], "VM", "SDK") == ["VMs", "SDKs"]
    assert found(["Ran the build agent on one VM and shipped an SDK."], "VMs", "SDKs") == ["VM", "SDK"]
    assert found(["Hired three sdes and two sres."], "SDEs", "SRE") == ["sdes", "sres"]
    assert found(["Shipped iPhones over WebSockets."], "iPhone", "WebSocket") == ["iPhones", "WebSockets"]


def test_a_name_does_not_meet_an_ordinary_word_that_stems_to_what_the_stemmer_would_cut_it_to():
    terms = ("AWS", "ATS", "iOS", "RESTful", "NATS")  # Snowball: aw, at, io, rest, nat
    lines = ["Met them at noon, said aw, and tuned the disk io scheduler.", "Took a rest; the nat table grew."]
    assert found(lines, *terms) == []
    assert found(["Hosted the ATS on AWS, a RESTful API on NATS and its iOS app."], *terms) == [
        "ATS", "AWS", "RESTful", "NATS", "iOS"]
    assert found(["hosted the ats on aws, a restful api on nats and its ios app."], *terms) == [
        "ats", "aws", "restful", "nats", "ios"]


def test_a_name_inside_a_phrase_is_met_as_written_and_its_neighbours_by_stem():
    assert found(["Moved the billing jobs to AWS Lambdas."], "AWS lambda") == ["AWS Lambdas"]
    assert found(["Said aw lambdas are fun."], "AWS lambda") == []


def test_a_lower_case_term_meets_a_name_written_as_it_and_ordinary_words_still_stem():
    assert found(["Built the DevOps tooling and CI on AWS."], "devops", "aws") == [
        "DevOps", "AWS"]
    assert found(["Testing the billing jobs; deployed nightly, deploying weekly."], "test", "deploy") == [
        "Testing", "deployed", "deploying"]


def test_a_resume_word_in_capitals_keeps_its_stem_at_a_bullets_start_or_in_a_list():
    lines = ["- GUIDING a group of four analysts", "- SUPERVISED six testers", "- COACHED new hires",
             "Skills: RUBY, BENCHMARKING"]
    assert found(lines, "guide", "supervise", "coach", "ruby", "benchmark") == [
        "GUIDING", "SUPERVISED", "COACHED", "RUBY", "BENCHMARKING"]


def test_a_resume_word_with_capitals_inside_keeps_its_stem_and_so_its_plural():
    lines = ["Split the monolith into EventQueues and ServiceMeshes over DataStores."]
    assert found(lines, "eventqueue", "servicemesh", "datastore") == ["EventQueues", "ServiceMeshes", "DataStores"]


def test_a_sentence_is_asked_for_a_name_as_terms_are():
    words = SentenceWords((Spelling("cloud", "AWS"), Spelling("shop", "ATS"), Spelling("lead", "lead")))
    view = build_view(("Said aw at noon.", "Moved the jobs to aws.", "Kept the ATS up.", "LEADING a group."))
    assert [words.first_in(view, seg, {}) for seg in range(4)] == ["", "aws", "ATS", "LEADING"]
