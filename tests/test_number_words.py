"""Number words are one vocabulary: a count a posting spells out, a resume's claim may spell out too."""
import pytest

from screener.experience import find_claim
from screener.rules.draft import _years
from screener.text.numbers import NUMBER_WORDS


@pytest.mark.parametrize("word, value", sorted(NUMBER_WORDS.items(), key=lambda item: item[1]))
def test_a_spelled_out_count_reads_the_same_in_a_posting_and_in_a_resume(word, value):
    assert _years(f"{word.capitalize()} years of backend development") == value
    assert find_claim(f"{word.capitalize()} years of experience in backend development") == value
