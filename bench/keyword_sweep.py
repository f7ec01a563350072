"""Label-free sweep of the keyword requirements: where a resume uses a requirement's vocabulary and is not counted.

    python bench/keyword_sweep.py [--req ID] [--show missed|generic|noted] [--limit 20] [--as-of 2019-01-01]
                                  [CSV|FOLDER]

VOCABULARY below is written from each requirement's definition in rules/senior-backend-team-lead.toml and from
the field's standard words, not from any resume, so the sweep measures how general the rule file is on text no
rule was tuned to (default: the 962 plain-text resumes of `../shared/corpus/text/updated-resume-dataset.csv`,
duplicates read once; or a folder of real PDF/DOCX resumes, such as the wild corpus). For each requirement it lists:
- missed: sentences holding a vocabulary word in resumes where the requirement does not pass (nothing counted);
- generic: counted sentences whose only evidence is a generic word (GENERIC), to read for false passes;
- noted: matches a failing requirement found and did not count, with the reason its detail gives ("no context
  words", "another person's title", "a self-rating in a skills list", ...), to read for reasons that are wrong.
Read them for kinds of miss and decide each by the definition: a vocabulary word is a hint, not a verdict.
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path

from screener.checks import keywords
from screener.engine import screen_facts
from screener.facts.resume import Facts
from screener.models import Document, Status
from screener.rules import load_rules

sys.path.insert(0, str(Path(__file__).resolve().parent))
from unlabelled import DEFAULT, documents  # noqa: E402  (one reader of the CSV or a folder)

# What a resume says when it meets each requirement, in the field's standard words (regular expressions).
VOCABULARY = {
    "performance-observability": (
        r"latenc|throughput|p9[59]\b|profil(?:ing|er|ed)\b|load[- ]test|stress[- ]test|benchmark|caching|"
        r"optimi[sz]\w* (?:the )?(?:quer|sql|database|performance|code)|memory leak|\bAPM\b|tracing|"
        r"monitor|metrics|dashboard|alert|\bSL[OIA]s?\b|prometheus|grafana|datadog|new ?relic|opentelemetry|"
        r"jaeger|\bELK\b|kibana|splunk|cloudwatch|nagios|zabbix|on[- ]call|logging|observab|response time|"
        r"bottleneck|scalab\w* and performance|performance (?:tuning|optimi|improve|test|issue)"),
    "mentoring": (
        r"\bmentor|\bcoach|\btutor|\bteach|\btrain(?:ed|ing)? (?:\w+ ){0,3}(?:junior|intern|new|fresher|team|"
        r"engineer|developer|member|staff|colleague|student)|onboard|\bguid(?:ed|ing|ance)\b|code review|"
        r"pair program|knowledge (?:transfer|sharing)|\bKT\b"),
    "team-leadership": (
        r"\blead\b|\bled\b|\bleading\b|team lead|tech lead|\bmanag(?:ed|ing|er)\b (?:\w+ ){0,3}team|"
        r"team of \d+|\bsupervis|\bheaded\b|reporting to me|direct reports|scrum master|project lead|"
        r"module lead|delivery manager|project manager"),
    "distributed-systems": (
        r"distributed|kafka|rabbitmq|activemq|\bsqs\b|pub/?sub|kinesis|message (?:queue|broker)|\bMQ\b|"
        r"replicat|shard|partition|consensus|eventual consistency|\bCAP\b|hadoop|spark|hdfs|hive|mapreduce|"
        r"flink|storm|zookeeper|\betcd\b|cassandra|service mesh|istio|cluster|load balanc|microservice|"
        r"event[- ]driven|big data|\bJMS\b|ibm mq|websphere mq|tibco"),
    "api-design": (
        r"\bAPIs?\b|\bREST|graphql|grpc|\bSOAP\b|swagger|openapi|web ?services?|endpoint|\bWSDL\b|\bJAX-?RS\b|"
        r"\bJAX-?WS\b|jersey|spring boot|spring mvc|microservice|postman"),
    "testing": (
        r"\btest|\bQA\b|quality assurance|junit|testng|selenium|pytest|mockito|cucumber|\bTDD\b|\bBDD\b|"
        r"jest\b|mocha|cypress|\bQTP\b|\bUFT\b|loadrunner|jmeter|bug|defect"),
    "git": r"\bgit\b|github|gitlab|bitbucket|version control|source control|\bSVN\b|subversion|\bTFS\b|mercurial|"
           r"\bCVS\b|clearcase|perforce|pull request|merge request",
    "databases": (
        r"\bSQL\b|mysql|postgres|oracle|mongo|redis|cassandra|dynamo|database|\bDBMS\b|\bRDBMS\b|nosql|"
        r"sqlite|mariadb|\bDB2\b|teradata|hbase|hive|neo4j|elasticsearch|sybase|ms access|pl/sql|t-sql|"
        r"stored procedure|schema|query"),
}
# Terms that count but say little alone: their counted sentences are read for false passes.
GENERIC = {
    "performance-observability": {"monitoring", "metrics", "logging", "alerts", "alerting", "tracing",
                                  "response time", "reduce * time", "bottleneck", "speed up", "faster", "speed"},
    "mentoring": {"mentor", "coach", "teach", "tutor", "guide * team", "train a * team", "train the * team"},
    "team-leadership": {"lead", "manage", "team lead", "team leader", "head", "direct", "supervise"},
    "distributed-systems": {"Spark", "distributed * system", "distributed * service"},
    "api-design": {"API", "APIs", "endpoints", "web services", "web service", "REST"},
    "testing": {"test", "QA", "e2e"},
    "git": {"Git"},
    "databases": {"Oracle", "SQL", "Dynamo", "Mongo", "Aurora", "RDS"},
}


def sentences(facts: Facts) -> list[tuple[int, str]]:
    """(first line, text as written) of each sentence or bullet of the screener's own view of the resume."""
    view, texts, out = facts.view, facts.texts, []
    for a, b in view.segments:
        if a == b:  # a resume with no text (a scanned PDF) has one empty segment
            continue
        (la, ca), (lb, cb) = view.origin[a], view.origin[b - 1]
        parts = [texts[la][ca:cb + 1]] if la == lb else [texts[la][ca:], *texts[la + 1:lb], texts[lb][:cb + 1]]
        out.append((la, " ".join(" ".join(parts).split())))
    return out


def counted(result, rid: str) -> list[tuple[int, str, str]]:
    """(line, quote, term) of every piece of evidence the requirement counted."""
    req = next(r for r in result.requirements if r.id == rid)
    return [(e.line - 1, e.quote.strip("…").strip(), e.term) for e in req.evidence]


# "'Coached' (in the awards section, no position, no context words)": a note of a match not counted
_NOTE = re.compile(r"'([^']+)' \(([^()]*)\)")
_WHERE = ("in the ", "under ", "at the top")


def notes(detail: str) -> list[tuple[str, str]]:
    """(phrase, reason) of each match a requirement's detail says it did not count; of a reason that says where
    the match was read ("under ..., a non-software position, no context words"), only its last clause."""
    return [(phrase, why.split(", ")[-1] if why.startswith(_WHERE) else why)
            for part in detail.split("not counted: ")[1:] for phrase, why in _NOTE.findall(part.split("; none of")[0])]


def sweep(docs: list[tuple[str, Document]], as_of: dt.date, only: str | None):
    """Yield (requirement, kind, resume, status, sentence) for every missed or generic-only sentence, and
    (requirement, "noted", resume, status, "reason: phrase") for every match a failing requirement did not count."""
    rules = load_rules()
    keywords.MAX_EVIDENCE = 10 ** 6  # every counted sentence, not the three a report shows
    patterns = {rid: re.compile(p, re.IGNORECASE) for rid, p in VOCABULARY.items() if only in (None, rid)}
    for label, doc in docs:
        facts = Facts(doc, as_of)
        result = screen_facts(facts, rules)
        for rid, pattern in patterns.items():
            req = next(r for r in result.requirements if r.id == rid)
            status, evidence = req.status, counted(result, rid)
            if status is not Status.PASS:
                for phrase, why in notes(req.detail):
                    yield rid, "noted", label, status.value, f"{why}: {phrase}"
            for line, text in sentences(facts):
                if not pattern.search(text):
                    continue
                hits = [term for at, quote, term in evidence if at == line and quote[:60] in text]
                if status is not Status.PASS and not hits:
                    yield rid, "missed", label, status.value, text
                elif hits and all(t.split(" (")[0] in GENERIC[rid] for t in hits):
                    yield rid, "generic", label, status.value, text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--req", choices=sorted(VOCABULARY))
    ap.add_argument("--show", choices=("missed", "generic", "noted"))
    ap.add_argument("--limit", type=int, default=20)
    ap.add_argument("--as-of", type=dt.date.fromisoformat, default=dt.date(2019, 1, 1))
    args = ap.parse_args(argv)
    counts: Counter[tuple[str, str]] = Counter()
    shown: Counter[tuple[str, str]] = Counter()
    for rid, kind, label, status, text in sweep(documents(args.source), args.as_of, args.req):
        counts[rid, kind] += 1
        if args.show == kind and shown[rid, kind] < args.limit:
            shown[rid, kind] += 1
            print(f"{rid}\t{kind}\t{label}\t{status}\t{text[:300]}")
    for rid in VOCABULARY:
        if args.req in (None, rid):
            print(f"{rid:28} missed {counts[rid, 'missed']:5}   generic-only {counts[rid, 'generic']:5}   "
                  f"noted {counts[rid, 'noted']:5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
