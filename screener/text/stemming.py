"""Words compared by their forms: each word reduced to its stem (lead = leads = leading = led) by Snowball in C,
after the irregular past forms and British spellings no suffix rule can undo."""
from __future__ import annotations

import re

import Stemmer

# Snowball (Porter2) in C: 0.2-0.5 us a word, so a resume's 700 words cost a fraction of a millisecond.
_STEMMER = Stemmer.Stemmer("english")
# Past forms no suffix rule can undo ("led" is a form of "lead", "taught" of "teach"), as "base: forms". Left out
# are forms that are as often another word (found, left, fell, rose, bore, wound, saw, felt, lent, fed, meant) and
# went/gone, which would read as the language Go.
_IRREGULAR_FORMS = (
    "begin: began begun", "bring: brought", "build: built", "buy: bought", "choose: chose chosen",
    "come: came", "become: became", "deal: dealt", "draw: drew drawn", "drive: drove driven", "fight: fought",
    "fly: flew flown", "give: gave given", "grow: grew grown", "hold: held",
    "keep: kept", "know: knew known", "lead: led", "make: made", "meet: met", "pay: paid", "ride: rode ridden",
    "run: ran", "sell: sold", "send: sent", "show: shown", "speak: spoke spoken", "spend: spent", "stand: stood",
    "seek: sought", "take: took taken", "teach: taught", "tell: told", "think: thought", "win: won",
    "write: wrote written",
    # with a prefix the verb keeps it, and the bare form may not be a verb at all (oversaw, not saw)
    "oversee: oversaw overseen", "undertake: undertook undertaken", "undergo: underwent undergone",
    "understand: understood", "overtake: overtook overtaken", "rebuild: rebuilt", "rewrite: rewrote rewritten",
    "remake: remade", "uphold: upheld", "withhold: withheld", "withdraw: withdrew withdrawn",
    "mislead: misled", "outgrow: outgrew outgrown", "oversell: oversold", "upsell: upsold", "outsell: outsold",
    "foresee: foresaw foreseen", "cowrite: cowrote cowritten",
)
_IRREGULAR = {form: base for entry in _IRREGULAR_FORMS for base, forms in [entry.split(": ")]
              for form in forms.split()}
# British -ise spellings stem as the -ize ones do ("optimised" = "optimized").
_ISE_TAILS = ("e", "ed", "es", "ing", "ation", "ations")
_ISE = re.compile(rf"is({'|'.join(_ISE_TAILS)})$")
_ISE_ENDINGS = tuple(f"is{tail}" for tail in _ISE_TAILS)  # the same endings, looked at without a search
# ... but not the verbs spelt -ise everywhere, which Snowball already stems with their nouns (supervise =
# supervision, revise = revision, advertise = advertisement): the English spelling rule's list of them.
_ALWAYS_ISE = frozenset((
    "advertise", "advise", "apprise", "arise", "chastise", "circumcise", "comprise", "compromise", "demise",
    "despise", "devise", "disguise", "enfranchise", "enterprise", "excise", "exercise", "expertise", "franchise",
    "improvise", "incise", "merchandise", "premise", "revise", "supervise", "surmise", "surprise", "televise",
))


def _as_ize(word: str) -> str:
    """A British -ise spelling as its -ize one; a verb spelt -ise everywhere as it is."""
    if not (word[:-1] if word.endswith("\n") else word).endswith(_ISE_ENDINGS):
        return word  # most words: no -ise ending (where '$' stands: at the end or before a final newline)
    if _ISE.sub("ise", word) in _ALWAYS_ISE:
        return word
    return _ISE.sub(r"iz\1", word)


def stems(words: list[str]) -> list[str]:
    """The stem of each case-folded word: its irregular base form, British -ise read as -ize, then Snowball.

    A person named by an -er/-or noun keeps it (developers -> developer): a "lead developer" is not a "lead
    development" and "programmers" are not a "programme", though Snowball cuts both to one stem."""
    global _KNOWN
    if len(_KNOWN) > _KNOWN_MOST:
        _KNOWN = {}  # a new table, not a cleared one: a caller on another thread keeps the one it holds
    known = _KNOWN
    new = list(set(words).difference(known))  # a resume repeats its words: stem each once, in any order
    known.update(zip(new, _stem_all(new)))
    return list(map(known.__getitem__, words))


# Words already stemmed in this process: a worker screens many resumes, and most of a resume's words are in the
# one before it. A word's stem depends on the word alone, so a cached one is the one it would get anew.
_KNOWN: dict[str, str] = {}
_KNOWN_MOST = 50_000  # a few megabytes; past this the cache starts again


def _person(word: str) -> bool:
    return len(word) > 4 and word.endswith(("er", "or"))


def _stem_all(words: list[str]) -> list[str]:
    bases = []
    for w in words:
        w = _IRREGULAR.get(w, w)
        bases.append(w[:-1] if w.endswith(("ers", "ors")) else w)
    cut = iter(_STEMMER.stemWords([_as_ize(w) for w in bases if not _person(w)]))
    return [w if _person(w) else next(cut) for w in bases]


_VOWELS = "aeiou"


def inflected(word: str, base: str) -> bool:
    """Whether `word` is `base` or one of its inflections (-s, -es, -ed, -ing, with a dropped e, a doubled last
    consonant or y as i; an irregular past; a British -ise), not a word derived from it: "managed" is a form of
    "manage", "management" and "directly" are other words, though Snowball gives them one stem."""
    word, base = word.casefold(), base.casefold()
    word, base = _as_ize(_IRREGULAR.get(word, word)), _as_ize(base)
    if word == base:
        return True
    stems_of = {base}
    if base.endswith("e"):
        stems_of.add(base[:-1])  # manage: managed, managing
    if base.endswith("y") and len(base) > 2 and base[-2] not in _VOWELS:
        stems_of.add(base[:-1] + "i")  # apply: applied, applies
    if len(base) > 2 and base[-1] not in _VOWELS + "wxy" and base[-2] in _VOWELS and base[-3] not in _VOWELS:
        stems_of.add(base + base[-1])  # plan: planned, planning
    return any(word == s + end for s in stems_of for end in ("s", "es", "ed", "d", "ing"))
