#!/usr/bin/env python3
"""Splits the sixth community probe set into tune/ and test/, once, by a fixed seed.

Usage: python3 split.py SOURCE_DIR

SOURCE_DIR holds the unsplit files (questions.jsonl, conversations.jsonl, added-questions.jsonl,
added-conversations.jsonl); it is kept out of
the repository. An item goes to tune/ when the first byte of SHA-256 of "20261206:" + key is even, to test/
otherwise. The key is the question's id (added-article questions included), or, for a conversation, the value of
its `conversation` field, so that all turns of one conversation land in the same half.
"""
import hashlib
import json
import os
import sys

SEED = "20261206"
FILES = ["questions.jsonl", "conversations.jsonl", "added-questions.jsonl", "added-conversations.jsonl"]


def half(key: str) -> str:
    return "tune" if hashlib.sha256(f"{SEED}:{key}".encode("utf-8")).digest()[0] % 2 == 0 else "test"


def key_of(item: dict) -> str:
    return item["conversation"] if "conversation" in item else item["id"]


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 1
    source = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    for name in FILES:
        with open(os.path.join(source, name), encoding="utf-8") as f:
            items = [json.loads(line) for line in f if line.strip()]
        halves = {"tune": [], "test": []}
        for item in items:
            halves[half(key_of(item))].append(item)
        for h, chosen in halves.items():
            os.makedirs(os.path.join(here, h), exist_ok=True)
            with open(os.path.join(here, h, name), "w", encoding="utf-8", newline="\n") as f:
                for item in chosen:
                    f.write(json.dumps(item, ensure_ascii=False) + "\n")
            print(f"{h}/{name}: {len(chosen)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
