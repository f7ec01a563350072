"""--blind: reviewers see qualifications, not people. Each test is one kind of identity or one name variant, on a
fictional resume built here."""
import json
import re
from dataclasses import replace

import pytest
from helpers import AS_OF, document
from typer.testing import CliRunner

from screener.blind import Identity, identify, redact_result
from screener.cli import app
from screener.engine import screen_document
from screener.models import Document, Evidence, Group, Line, RequirementResult, ResumeResult, Status, Verdict
from screener.reporters import Format
from screener.rules import load_rules

RESUME = """\
    Maria Delgado
    maria.delgado@example.org | +1 (415) 555-0134 | github.com/mdx42
    Experience
    Senior Engineer, Acme, 2015 - 2024
    Built Python services
    """


def redact(text: str, resume: str = RESUME) -> str:
    """`text` as blind output shows it, for the person of `resume`."""
    return identify(document(resume)).redact(text)


# --- what is found once per resume ---------------------------------------------------------------------------

def test_the_name_is_the_name_like_line_at_the_top():
    assert identify(document(RESUME)).names == (("Maria", "Delgado"),)


def test_a_heading_or_a_job_title_is_not_a_name():
    assert identify(document("Curriculum Vitae\nSoftware Engineer\nJane Roe\nExperience")).names == (("Jane", "Roe"),)


def test_a_name_confirmed_by_the_email_address_wins_over_a_place_above_it():
    resume = "New York\nJane Roe\njane.roe@example.org\nExperience"
    assert identify(document(resume)).names == (("Jane", "Roe"),)


def test_a_labelled_name_is_found_in_a_personal_details_block():
    assert ("Jane", "Roe") in identify(document("Personal details\nName: Jane Roe\nExperience")).names


def test_front_matter_names_the_person():
    resume = "---\nlayout: cv\ntitle: Jane Roe's Resume\n---\n# Experience"
    assert ("Jane", "Roe") in identify(document(resume)).names


def test_the_files_author_property_names_the_person_when_the_text_does_not():
    doc = Document("cv.pdf", "pdf", (Line("Experience"), Line("Engineer at Acme")), metadata=("Jane Roe",))
    assert identify(doc).names == (("Jane", "Roe"),)


def test_a_running_footer_names_the_person_when_the_first_page_does_not():
    lines = [Line("A short poem", 1), Line("Introduction", 1), Line("May 26, 2021 Jane Roe · Curriculum Vitae 1", 1),
             Line("Experience", 2), Line("Engineer at Acme", 2), Line("May 26, 2021 Jane Roe · Curriculum Vitae 2", 2)]
    assert ("Jane", "Roe") in identify(Document("cv.pdf", "pdf", tuple(lines), pages=2)).names


def test_a_name_written_one_word_per_line_is_one_name():
    assert ("JANE", "ROE") in identify(document("JANE\nROE\njane.roe@example.org\nExperience")).names


def test_a_name_split_by_a_phone_number_on_the_line_between_is_one_name():
    resume = "Jane (555) 010-0100\nDoe\njane.doe@example.org\nExperience"
    assert ("Jane", "Doe") in identify(document(resume)).names


def test_an_unconfirmed_first_line_is_masked_only_as_a_whole():
    resume = "New Harbor\nExperience\nEngineer at Acme, 2015 - 2024"
    assert redact("moved to New Harbor; the harbor team", resume) == "moved to [name]; the harbor team"


# --- every kind of identity is masked --------------------------------------------------------------------------

def test_email_addresses_are_masked():
    assert redact("write to maria.delgado@example.org today") == "write to [email] today"


def test_phone_numbers_are_masked():
    assert redact("call +1 (415) 555-0134") == "call [phone]"


def test_date_ranges_are_not_mistaken_for_phone_numbers():
    assert redact("Engineer 2015 - 2018, 03/2015 – 11/2019") == "Engineer 2015 - 2018, 03/2015 – 11/2019"


def test_code_host_links_keep_their_host_only():
    assert redact("see https://github.com/mdx42/billing-service") == "see github.com"


def test_profile_links_are_masked():
    assert redact("linkedin.com/in/maria-delgado-1a2b and linktr.ee/mdelgado") == "[profile link] and [profile link]"


def test_a_personal_github_pages_site_is_masked():
    assert redact("Portfolio: https://mdelgado.github.io/projects/") == "Portfolio: [personal site]"


def test_a_personal_domain_is_masked():
    resume = RESUME.replace("github.com/mdx42", "mariadelgado.dev")
    assert redact("blog at mariadelgado.dev/posts and kubernetes.io", resume) == \
        "blog at [personal site] and kubernetes.io"


def test_a_handle_on_its_own_is_masked():
    assert redact("maintainer: mdx42 (since 2019)") == "maintainer: [handle] (since 2019)"


def test_street_addresses_and_zip_codes_are_masked():
    assert redact("12 Harbor Street, Springfield, IL 62701") == "[address], Springfield, [address]"


def test_ages_and_birth_dates_are_masked():
    assert redact("Age: 34; Date of birth: 31/08/1991; born in 1991") == "[age]; [age]; [age]"


def test_a_german_birth_date_is_masked():
    assert redact("Geburtsdatum: 30. April 1981") == "[age]"


def test_a_handle_written_after_a_label_is_masked():
    assert redact("GitHub: @mdx42 | LinkedIn: /in/mdx42") == "GitHub: @[handle] | LinkedIn: /in/[handle]"


def test_personal_status_fields_are_masked():
    assert redact("Marital status: married") == "Marital status: [withheld]"


# --- name variants ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("written", [
    pytest.param("Maria Delgado", id="as written"),
    pytest.param("MARIA DELGADO", id="all capitals"),
    pytest.param("Delgado, Maria", id="reversed"),
    pytest.param("M. Delgado", id="initial and surname"),
    pytest.param("Delgado, M.", id="surname and initial"),
    pytest.param("Maria J. Delgado", id="middle initial"),
    pytest.param("M A R I A  D E L G A D O", id="letter-spaced"),
])
def test_every_variant_of_the_name_is_one_mark(written):
    assert redact(f"Paper by {written} (2020)") == "Paper by [name] (2020)"


def test_a_name_written_with_accents_is_matched_without_them():
    assert redact("Maria Delgado led it", RESUME.replace("Maria Delgado", "María Délgado")) == "[name] led it"


def test_a_name_written_without_accents_is_matched_with_them():
    assert redact("María Délgado led it") == "[name] led it"


def test_either_part_of_the_name_alone_is_masked():
    assert redact("Delgado led the team; Maria mentored") == "[name] led the team; [name] mentored"


def test_a_header_word_that_is_part_of_the_mailbox_name_is_masked_alone():
    resume = "MARIA ngel/\nDELGADO RUIZ\nmaria.delgado@example.org\nExperience"
    assert redact("Team of Maria and Ana", resume) == "Team of [name] and Ana"


def test_a_name_word_the_resume_also_uses_as_a_plain_word_stays_in_prose():
    resume = "Alistair Senior\nalistair.senior@example.org\nExperience\nSenior engineer, Acme, 2015 - 2024"
    assert redact("Senior engineer at Acme; A. Senior et al.", resume) == "Senior engineer at Acme; [name] et al."


def test_a_quote_cut_short_inside_the_name_keeps_no_piece_of_it():
    assert redact("…elgado, Python and Go") == "…[name], Python and Go"


def test_a_quote_keeps_everything_but_the_personal_part():
    assert redact("Maria Delgado - Python, Go, Kubernetes") == "[name] - Python, Go, Kubernetes"


# --- every field of every format -------------------------------------------------------------------------------

def test_every_text_field_of_a_result_is_redacted():
    resume = ("Maria Delgado\nmaria.delgado@example.org\nExperience\n"
              "Engineer, Maria Delgado Consulting, 2015 - 2024\nBuilt Python services for Maria Delgado\n"
              "Maria Delgado since spring of MMXX 2021\n")
    doc = document(resume)
    result = replace(screen_document(doc, load_rules(), AS_OF), sha256="ab" * 32, warnings=("seen by M. Delgado",))
    assert re.search(r"delgado", repr(result), re.I)
    blind = redact_result(result, identify(doc))
    assert blind.file == "candidate-ababababab" and not re.search(r"maria|delgado", repr(blind), re.I)


def test_a_highlight_moves_with_its_words_when_a_name_before_them_is_masked():
    quote = "Maria Delgado built Python services"
    evidence = Evidence(quote, "Python", highlight=(quote.index("Python"), quote.index("Python") + 6))
    result = ResumeResult("cv.txt", Verdict.PASS, 1.0, None,
                          (RequirementResult("language", Group.QUALIFICATION, Status.PASS, "found", (evidence,)),),
                          sha256="0" * 64)
    out = redact_result(result, identify(document(RESUME))).requirements[0].evidence[0]
    start, end = out.highlight
    assert out.quote == "[name] built Python services" and out.quote[start:end] == "Python"


BLIND_RESUME = """\
Maria Delgado
maria.delgado@example.org | +1 (415) 555-0134 | linkedin.com/in/maria-delgado | mdelgado.github.io
Experience
Maria Delgado led Python services at Acme, 2015 - 2024
Mentored engineers; code reviews; Kubernetes on AWS
"""


@pytest.mark.parametrize("fmt", [f.value for f in Format])
def test_blind_output_of_every_format_names_no_one(tmp_path, fmt):
    resume = tmp_path / "maria-delgado-cv.txt"
    resume.write_text(BLIND_RESUME)
    out = tmp_path / f"out.{fmt}"
    run = CliRunner().invoke(app, ["screen", str(resume), "--blind", "--format", fmt, "--output", str(out),
                                   "--as-of", "2026-01-01"])
    assert run.exit_code == 0, run.output
    data = out.read_bytes()
    if fmt == "xlsx":
        import zipfile
        with zipfile.ZipFile(out) as z:
            data = b"".join(z.read(n) for n in z.namelist())
    assert not re.search(rb"maria|delgado|mdelgado|example\.org|555-0134", data, re.I)
    assert b"candidate-" in data


def test_blind_output_is_the_same_on_every_run(tmp_path):
    resume = tmp_path / "maria-delgado-cv.txt"
    resume.write_text(BLIND_RESUME)

    def run() -> str:
        return CliRunner().invoke(app, ["screen", str(resume), "--blind", "--format", "json", "--no-cache",
                                        "--as-of", "2026-01-01"]).stdout
    first = run()
    assert first == run() and json.loads(first)["results"][0]["file"].startswith("candidate-")


def test_blind_changes_no_outcome(tmp_path):
    resume = tmp_path / "maria-delgado-cv.txt"
    resume.write_text(BLIND_RESUME)

    def outcomes(*blind: str) -> list:
        out = CliRunner().invoke(app, ["screen", str(resume), "--format", "json", "--as-of", "2026-01-01", *blind])
        return [(q["id"], q["status"]) for q in json.loads(out.stdout)["results"][0]["requirements"]]
    assert outcomes("--blind") == outcomes()


def test_an_empty_identity_still_masks_contact_details():
    assert Identity().redact("jane@example.org, +44 20 7946 0958") == "[email], [phone]"


def test_a_skipped_file_is_named_by_its_reason_only(tmp_path):
    (tmp_path / "maria-delgado-photo.jpg").write_bytes(b"\xff\xd8")
    (tmp_path / "cv.txt").write_text(BLIND_RESUME)
    run = CliRunner().invoke(app, ["screen", str(tmp_path), "--blind", "--format", "csv"])
    assert "skipped a file: unsupported type .jpg" in run.stderr and "delgado" not in run.stderr.lower()
