"""Word forms: an irregular past form stems as its base verb does, and a word that only looks like one does not."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screener.text.stemming import inflected, stems

PAST_FORMS = {
    "give": ["gave", "given"], "run": ["ran"], "hold": ["held"], "lead": ["led"], "teach": ["taught"],
    "build": ["built"], "write": ["wrote", "written"], "drive": ["drove", "driven"], "grow": ["grew", "grown"],
    "begin": ["began", "begun"], "bring": ["brought"], "think": ["thought"], "seek": ["sought"], "win": ["won"],
    "oversee": ["oversaw", "overseen"], "undertake": ["undertook", "undertaken"], "speak": ["spoke", "spoken"],
    "choose": ["chose", "chosen"], "ride": ["rode", "ridden"], "rebuild": ["rebuilt"], "withdraw": ["withdrew"],
}


@pytest.mark.parametrize("base,form", [(b, f) for b, forms in PAST_FORMS.items() for f in forms])
def test_an_irregular_past_form_stems_as_its_base(base, form):
    assert stems([form]) == stems([base])


@pytest.mark.parametrize("base,form", [("lead", "leads"), ("build", "building"), ("write", "writes")])
def test_regular_forms_still_stem_as_their_base(base, form):
    assert stems([form]) == stems([base])


@pytest.mark.parametrize("word,verb", [("found", "find"), ("left", "leave"), ("saw", "see"), ("went", "go"),
                                       ("gone", "go"), ("rose", "rise")])
def test_a_form_that_is_as_often_another_word_keeps_its_own_stem(word, verb):
    assert stems([word]) != stems([verb])


def test_a_person_noun_is_not_read_as_a_past_form():
    assert stems(["leader", "builders"]) == ["leader", "builder"]


def test_stems_keep_the_order_and_repeats_of_the_words():
    assert stems(["taught", "teach", "taught"]) == [stems(["teach"])[0]] * 3


def test_a_word_stems_the_same_on_first_sight_and_from_the_process_cache():
    from screener.text import stemming
    words = ["mentored", "optimised", "developers", "led", "mentored"]
    stemming._KNOWN.clear()
    first = stems(words)
    assert stems(words) == first and stems(list(reversed(words))) == list(reversed(first))


def test_a_full_cache_starts_again_without_losing_a_word(monkeypatch):
    from screener.text import stemming
    monkeypatch.setattr(stemming, "_KNOWN_MOST", 2)
    stems(["alpha", "beta", "gamma", "delta"])
    assert stems(["testing", "tests", "alpha"]) == [stems(["test"])[0]] * 2 + ["alpha"]


@pytest.mark.parametrize("word,base", [("managed", "manage"), ("managing", "manage"), ("manages", "manage"),
                                       ("led", "lead"), ("directed", "direct"), ("planned", "plan"),
                                       ("applied", "apply"), ("optimised", "optimize"), ("oversaw", "oversee")])
def test_an_inflection_is_a_form_of_its_base(word, base):
    assert inflected(word, base)


@pytest.mark.parametrize("word,base", [("management", "manage"), ("directly", "direct"), ("direction", "direct"),
                                       ("leadership", "lead"), ("headquarters", "head"), ("mentorship", "mentor")])
def test_a_word_derived_from_a_verb_is_not_one_of_its_forms(word, base):
    assert not inflected(word, base)


@pytest.mark.parametrize("british,american", [("optimised", "optimized"), ("organising", "organizing"),
                                              ("standardisation", "standardization")])
def test_a_british_ise_spelling_stems_as_its_ize_one(british, american):
    assert stems([british]) == stems([american])


@pytest.mark.parametrize("verb,noun", [("supervise", "supervision"), ("supervised", "supervision"),
                                       ("revise", "revision"), ("advertise", "advertisement")])
def test_a_verb_spelt_ise_everywhere_stems_with_its_noun(verb, noun):
    assert stems([verb]) == stems([noun])


# _as_ize looks at a word's ending before searching it for an -ise ending; the search alone, as it was, beside it.
def _as_ize_by_search(word):
    from screener.text.stemming import _ALWAYS_ISE, _ISE
    return word if _ISE.sub("ise", word) in _ALWAYS_ISE else _ISE.sub(r"iz\1", word)


_ISE_PIECES = ("is", "ise", "ised", "ises", "ising", "isation", "isations", "iz", "e", "s", "ing", "ation", "d", "n",
               "\n", "optim", "organ", "superv", "adv", "rev", "exerc", "prem", "I", "SE", "É", "ſ", " ")


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_ISE_PIECES), max_size=5).map("".join))
def test_an_ise_ending_is_read_as_the_search_for_it_reads_it(word):
    from screener.text.stemming import _as_ize
    assert _as_ize(word) == _as_ize_by_search(word)


@pytest.mark.parametrize("word", ["optimised", "organisations", "supervise", "advise\n", "analysis", "realises\n",
                                  "promise", "exercised", "is", "ise", "wise\n\n", "rising", ""])
def test_listed_ise_words_are_read_as_the_search_reads_them(word):
    from screener.text.stemming import _as_ize
    assert _as_ize(word) == _as_ize_by_search(word)
