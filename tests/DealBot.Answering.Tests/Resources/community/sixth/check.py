#!/usr/bin/env python3
"""Validates every line of the sixth community probe set (tune/ and test/).

Checks: valid JSON objects; required fields and their types; unique ids across both halves; `expect` made of
allowed statuses joined by '|'; `must` a list of non-empty groups of non-empty strings; categories per file;
conversations have turns 1..3 in order under one `conversation` value; each item sits in the half its seed
gives; the added-article questions hold 20 per article with 3 `not_in_sources` each and 10 English questions;
and the two added articles (one English, one Chinese) carry the front-matter keys of the knowledge articles, a
published date between 2027-01 and 2027-02 and a source marked fictional. Prints a summary table and exits 1
when any error is found (all errors are listed).
"""
import collections
import hashlib
import json
import os
import re
import sys

SEED = "20261206"
STATUSES = {"answered", "not_in_sources", "out_of_scope", "refused"}
REQUIRED = {"id": str, "question": str, "expect": str, "must": list, "must_not": list, "category": int}
HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def half(key):
    return "tune" if hashlib.sha256(f"{SEED}:{key}".encode("utf-8")).digest()[0] % 2 == 0 else "test"


def load(path):
    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            where = f"{os.path.relpath(path, HERE)}:{n}"
            if not line.strip():
                err(where, "empty line")
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as e:
                err(where, f"invalid JSON ({e})")
                continue
            if not isinstance(item, dict):
                err(where, "not a JSON object")
                continue
            items.append((where, item))
    return items


def check_item(where, item, categories):
    for field, typ in REQUIRED.items():
        if field not in item:
            err(where, f"missing field '{field}'")
        elif not isinstance(item[field], typ) or (typ is int and isinstance(item[field], bool)):
            err(where, f"field '{field}' is not {typ.__name__}")
    if isinstance(item.get("question"), str) and not item["question"]:
        err(where, "empty question")
    if isinstance(item.get("expect"), str):
        parts = item["expect"].split("|")
        bad = [p for p in parts if p not in STATUSES]
        if bad or len(set(parts)) != len(parts):
            err(where, f"expect '{item['expect']}' is not made of {sorted(STATUSES)}")
    if isinstance(item.get("must"), list):
        for g in item["must"]:
            if not isinstance(g, list) or not g or not all(isinstance(a, str) and a.strip() for a in g):
                err(where, f"bad must group {g!r}")
    if isinstance(item.get("must_not"), list):
        if not all(isinstance(a, str) and a.strip() for a in item["must_not"]):
            err(where, "must_not holds a non-string or empty entry")
    if isinstance(item.get("category"), int) and item["category"] not in categories:
        err(where, f"category {item['category']} not allowed here ({sorted(categories)})")


def check_articles():
    folder = os.path.join(HERE, "added")
    names = sorted(n for n in os.listdir(folder) if n.endswith(".md"))
    if len(names) != 2:
        err("added/", f"expected 2 articles, found {len(names)}")
    langs = []
    for name in names:
        text = open(os.path.join(folder, name), encoding="utf-8").read()
        m = re.match(r"---\n(.*?)\n---\n", text, re.S)
        if not m:
            err(name, "no front matter")
            continue
        keys = dict(re.findall(r"^(\w+):\s*(.*)$", m.group(1), re.M))
        for k in ("id", "title", "language", "published", "source"):
            if k not in keys:
                err(name, f"front matter lacks '{k}'")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", keys.get("published", "")):
            err(name, "published is not YYYY-MM-DD")
        elif not "2027-01-01" <= keys["published"] <= "2027-02-28":
            err(name, f"published {keys['published']} is not between 2027-01 and 2027-02")
        if "fictional" not in keys.get("source", "").lower():
            err(name, "source is not marked fictional")
        langs.append(keys.get("language"))
        body = text[m.end():]
        if len([p for p in body.split("\n\n") if p.strip()]) < 10:
            err(name, "fewer than 10 paragraphs (one fact per paragraph)")
    if sorted(langs) != ["en", "zh"]:
        err("added/", f"articles should be one English and one Chinese, found {sorted(langs)}")


def main():
    ids = {}
    table = collections.defaultdict(collections.Counter)
    specs = {"questions.jsonl": {1, 2, 3, 4, 5, 6, 8, 10}, "conversations.jsonl": {7},
             "added-questions.jsonl": {9}, "added-conversations.jsonl": {9}}
    per_article = collections.defaultdict(collections.Counter)
    for h in ("tune", "test"):
        for name, cats in specs.items():
            path = os.path.join(HERE, h, name)
            if not os.path.exists(path):
                err(f"{h}/{name}", "missing")
                continue
            items = load(path)
            convs = collections.OrderedDict()
            for where, item in items:
                check_item(where, item, cats)
                iid = item.get("id")
                if iid in ids:
                    err(where, f"duplicate id '{iid}' (also {ids[iid]})")
                ids[iid] = where
                is_conv = name.endswith("conversations.jsonl")
                key = item.get("conversation", iid) if is_conv else iid
                if isinstance(key, str) and half(key) != h:
                    err(where, f"belongs in {half(key)}/ by the seed")
                lang = "en" if "-en-" in str(iid) else ("zh-Hant" if "zht" in str(iid) or "cvt" in str(iid) else "zh")
                table[(h, name)][lang] += 1
                table[(h, name)][f"cat{item.get('category')}"] += 1
                if name == "added-questions.jsonl":
                    m = re.match(r"si-a-([a-z]+)-", str(iid))
                    article = m.group(1) if m else "?"
                    per_article[article]["questions"] += 1
                    per_article[article][item.get("expect")] += 1
                    per_article[article][lang] += 1
                if is_conv:
                    if not isinstance(item.get("conversation"), str) or not isinstance(item.get("turn"), int):
                        err(where, "conversation line lacks 'conversation' (string) or 'turn' (int)")
                        continue
                    convs.setdefault(item["conversation"], []).append((where, item["turn"]))
            for conv, turns in convs.items():
                if [t for _, t in turns] != [1, 2, 3]:
                    err(turns[0][0], f"conversation '{conv}' has turns {[t for _, t in turns]}, expected [1, 2, 3]")
            if name.endswith("conversations.jsonl"):
                table[(h, name)]["conversations"] = len(convs)
    for article, c in sorted(per_article.items()):
        if c["questions"] != 20 or c["not_in_sources"] != 3 or c["en"] != 10:
            err("added-questions.jsonl", f"article '{article}': {c['questions']} questions, "
                f"{c['not_in_sources']} not_in_sources, {c['en']} in English (expected 20, 3 and 10)")
    if sorted(per_article) != ["power", "ship"]:
        err("added-questions.jsonl", f"articles {sorted(per_article)}, expected ['power', 'ship']")
    check_articles()
    for (h, name), c in sorted(table.items()):
        print(f"{h}/{name}: " + ", ".join(f"{k}={v}" for k, v in sorted(c.items())))
    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print(f"\nOK: {len(ids)} lines, all valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
