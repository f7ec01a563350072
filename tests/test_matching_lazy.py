"""Matching builds the word index by prefix length and fuzzy ngrams by length and first letter, only as lookups ask:
it must find exactly what the eager structures it replaced found, which are kept here as the reference."""
from functools import cached_property

import pytest

from screener.text.matching import Spelling, find
from screener.text.view import MAX_NGRAM, View, build_view


class EagerView(View):
    """The view as it was: every word indexed by its first one, two and three characters, and every ngram of
    every length grouped by first letter, whatever the rules look up (then kept by its length as written)."""

    @cached_property
    def _eager_index(self):
        index = {}
        words, _, spans, _ = self.tokens
        for word, (start, _) in zip(words, spans):
            for n in range(1, min(len(word), 3) + 1):
                index.setdefault(word[:n], []).append(start)
        return index

    @cached_property
    def _eager_ngrams(self):
        words, glue, spans, segs = self.tokens
        out = {}
        for n in range(1, MAX_NGRAM + 1):
            cands = words
            for k in range(1, n):
                cands = [c + g + w for c, g, w in zip(cands, glue[k - 1:], words[k:])]
            groups = out[n] = {}
            for i, cand in enumerate(cands):
                if segs[i] == segs[i + n - 1]:
                    group = groups.setdefault(cand[0], ([], []))
                    group[0].append(cand)
                    group[1].append((spans[i][0], spans[i + n - 1][1]))
        return out

    def words_starting(self, prefix):
        return self._eager_index.get(prefix, ())

    @cached_property
    def by_three(self):
        return {lead: starts for lead, starts in self._eager_index.items() if len(lead) == 3}

    def ngrams(self, n, letter, shortest, longest):
        cands, spans = self._eager_ngrams[n].get(letter, ((), ()))
        kept = [i for i, cand in enumerate(cands) if shortest <= len(cand) <= longest]
        return [cands[i] for i in kept], [spans[i] for i in kept]


LINES = (
    "Jane Doe - R and C developer, Go/Golang, C++ and C# on Linux",
    "Built micro services and micro-",
    "services with Kubernets, Kubernetes and Amazon Web Servces.",
    "Led a 5-person team; managed a small team of engineers. Mentored juniors.",
    "Skills: SQL, PostgreSQL, .NET, Node.js, NodeJS, node js, CI/CD, CI / CD, Ruby on Rails",
    "",
    "Domain-driven design; distributed systems; Datadog, Grafana and Prometheus; leadership",
    "Ünïcödé résumé: naïve café, Straße, ﬁle ﬂow",
)

SPELLINGS = (
    Spelling("k8s", "Kubernetes", fuzzy=True), Spelling("aws", "Amazon Web Services", fuzzy=True),
    Spelling("ms", "microservices", fuzzy=True), Spelling("ddd", "domain driven design", fuzzy=True),
    Spelling("pg", "PostgreSQL", fuzzy=True), Spelling("rails", "Ruby on Rails", fuzzy=True),
    Spelling("ds", "distributed systems", fuzzy=True), Spelling("dd", "Datadog", fuzzy=True),
    Spelling("r", "R", case=True), Spelling("c", "C", case=True), Spelling("go", "Go", case=True),
    Spelling("cpp", "C++", stem=False), Spelling("cs", "C#", stem=False), Spelling("net", ".NET"),
    Spelling("node", "Node.js"), Spelling("cicd", "CI/CD"), Spelling("sql", "SQL", case=True),
    Spelling("lead", "led a * team"), Spelling("lead", "managed a * team"), Spelling("mentor", "mentored"),
    Spelling("cafe", "cafe", stem=False), Spelling("strasse", "strasse", stem=False),
    Spelling("flow", "flow", stem=False), Spelling("linux", "Linux", stem=False),
)


@pytest.mark.parametrize("threshold", [80, 90, 100])
@pytest.mark.parametrize("count", [1, 3, len(LINES)])
def test_lazy_structures_find_what_the_eager_ones_found(threshold, count):
    lines = LINES[:count]
    view = build_view(lines)
    eager = EagerView(view.text, view.origin, view.segments)
    for spellings in (SPELLINGS, SPELLINGS[::-1], SPELLINGS[:8], SPELLINGS[8:]):
        assert find(view, spellings, threshold) == find(eager, spellings, threshold)
    if count == len(LINES) and threshold == 80:
        found = {m.key for m in find(view, SPELLINGS, threshold)}
        assert {"k8s", "aws", "ms", "r", "cpp", "node", "lead", "cafe", "linux"} <= found  # the cases are live


def test_every_lead_of_one_to_three_characters_finds_the_words_the_eager_index_found():
    view = build_view(LINES)
    eager = EagerView(view.text, view.origin, view.segments)
    leads = {word[:n] for word in view.tokens.words for n in (1, 2, 3)} | {"zq", "zqx", "q"}
    for lead in sorted(leads):
        assert list(view.words_starting(lead)) == list(eager.words_starting(lead)), lead


def test_a_short_lead_is_answered_without_indexing_every_word_by_three_characters():
    view = build_view(LINES)
    find(view, (Spelling("k8s", "Kubernetes", fuzzy=True), Spelling("cpp", "C++", stem=False)), 85)
    assert "by_three" not in vars(view)


def test_only_runs_of_the_letter_size_and_length_asked_for_are_built():
    view = build_view(LINES)
    cands, spans = view.ngrams(2, "m", 12, 14)
    assert cands == ["microservices"] and [view.text[a:b] for a, b in spans] == ["micro services"]
    assert view.ngrams(2, "m", 15, 15)[0] == ["mentoredjuniors"]  # two words, one letter, another length
