"""api-design: an API counts in a sentence about building it, with its building verb in any tense a bullet uses;
create and write take the API as their own object, since "for creating" says what a product is for."""
import pytest
from helpers import requirement_status as status

from screener.rules import load_rules

SOFTWARE_JOB = "Experience\nSenior Java Developer, Acme  2018 - 2022\n"


@pytest.fixture(scope="module")
def bundled():
    return load_rules()


@pytest.mark.parametrize(("bullet", "expected"), [
    ("Create APIs to track orders between warehouses", "pass"),
    ("Creates the partner APIs each quarter", "pass"),
    ("Creating APIs for the booking service", "pass"),
    ("Writing APIs for the billing team", "pass"),
    ("Writes the internal APIs of the ledger", "pass"),
    ("A bot for creating greeting cards | Chat Bot API, Canvas", "fail"),  # what the product is for
    ("A bot for creating cards | Chat API", "fail"),
    ("Used a vector store to create a chatbot (Chat API) for support", "fail"),  # a product's API, used
    ("Writing API calls for the mobile client", "fail"),  # calling
    ("Creating dashboards from the weather API", "fail"),  # taking data from one
], ids=lambda v: v if v in ("pass", "fail") else v[:40].replace(" ", "-"))
def test_an_api_created_or_written_is_built(bundled, bullet, expected):
    assert status(bundled, SOFTWARE_JOB + "- " + bullet, "api-design") == expected
