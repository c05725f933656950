import json, hashlib, glob, re, os
B = os.path.dirname(os.path.abspath(__file__))
arts = {}
for f in glob.glob(B + "/articles/*.md"):
    t = open(f, encoding="utf-8").read()
    fm = t.split("---")[1]
    d = dict(l.split(": ", 1) for l in fm.strip().splitlines())
    assert set(d) == {"id", "title", "language", "published", "source"}, f
    assert "ictional" in d["source"] or "虚构" in d["source"], f
    body = t.split("---", 2)[2]
    paras = [p for p in body.split("\n\n") if p.strip()]
    assert 4 <= len(paras) <= 6, (f, len(paras))
    for bad in ["100 billion", "1000亿", "10 gigawatt", "10千兆瓦", "500 billion", "5000亿", "4.4%", "700 million", "6.6 billion", "8 million"]:
        assert bad not in body, (f, bad)
    arts[d["id"]] = (d, body)
print({k: (v[0]["language"], v[0]["published"]) for k, v in arts.items()})
seen, counts = set(), {}
for half in ["tune", "test"]:
    for n, line in enumerate(open(f"{B}/{half}/added-questions.jsonl", encoding="utf-8"), 1):
        o = json.loads(line)
        assert list(o) == ["id", "category", "question", "expect", "must", "must_not"], o
        assert o["category"] == 9 and o["expect"] in ("answered", "not_in_sources")
        assert isinstance(o["must"], list) and all(isinstance(g, list) and g and all(isinstance(a, str) and a for a in g) for g in o["must"])
        assert o["must_not"] == []
        if o["expect"] == "not_in_sources": assert o["must"] == []
        else: assert o["must"]
        assert o["id"] not in seen; seen.add(o["id"])
        want = "tune" if hashlib.sha256(("20261203b:" + o["id"]).encode()).digest()[0] % 2 == 0 else "test"
        assert want == half, o["id"]
        _, art, qlang, _ = o["id"].split("-", 3)
        key = (half, art, qlang, o["expect"]); counts[key] = counts.get(key, 0) + 1
        # names (non-calculated alternatives) of at least one group should appear in the article, unless it's a computed figure
        a = [v for k, v in arts.items() if k.startswith("added2-" + art)][0][1].replace(",", "")
        hit = [any(x.lower() in a.lower() for x in g) for g in o["must"]]
        if not all(hit): print("  (computed / paraphrase group)", o["id"], [g for g, h in zip(o["must"], hit) if not h])
print(len(seen))
import collections
t = collections.Counter()
for (h, art, ql, e), c in sorted(counts.items()): t[(h, e)] += c; t[(art, ql)] += c; t[h] += c
for k in sorted(t, key=str): print(k, t[k])
