"""--blind: reviewers see qualifications, not people."""
import json
import re

from conftest import document
from typer.testing import CliRunner

from screener.blind import candidate_name, redact_text
from screener.cli import app

NAME = ("Maria", "Delgado")


def test_the_name_is_the_short_capitalised_line_at_the_top():
    assert candidate_name(document("MARIA DELGADO\nSenior Engineer\nPython")) == ("MARIA", "DELGADO")


def test_contact_details_are_masked():
    text = "maria.d@example.com | +1 (415) 555-0134 | linkedin.com/in/maria-delgado | 12 Harbor Street"
    assert redact_text(text, NAME) == "[email] | [phone] | [profile link] | [address]"


def test_date_ranges_are_not_mistaken_for_phone_numbers():
    assert redact_text("Engineer 2015 - 2018, 03/2015 – 11/2019", ()) == "Engineer 2015 - 2018, 03/2015 – 11/2019"


def test_ages_and_personal_status_are_masked():
    assert redact_text("Age: 34, Marital status: married, born in 1991", ()) == \
        "[age], Marital status: [withheld], [age]"


def test_the_name_is_masked_wherever_it_appears():
    assert redact_text("Delgado led the team; Maria mentored", NAME) == "[name] led the team; [name] mentored"


def test_blind_output_has_no_name_email_or_file_name(tmp_path):
    resume = tmp_path / "maria-delgado-cv.txt"
    resume.write_text("Maria Delgado\nmaria@example.com\nExperience\nMaria Delgado led Python services, 2015 - 2024\n")
    out = CliRunner().invoke(app, ["screen", str(resume), "--blind", "--format", "json"]).stdout
    assert not re.search(r"\b(maria|delgado)\b", out, re.I)
    assert json.loads(out)["results"][0]["file"].startswith("candidate-")
