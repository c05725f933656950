#!/usr/bin/env python3
"""Writes src/DealBot.Core/Text/chinese-script.txt from the Unicode Character Database (Unihan_Variants.txt).

The table is data of the Unicode Standard: for each traditional character its simplified form (kSimplifiedVariant),
and for each simplified character the first traditional form Unihan lists (kTraditionalVariant). Debian ships the
files in the package unicode-data:  apt-get download unicode-data && dpkg -x unicode-data_*.deb ud
  python3 tools/chinese-script-table.py ud/usr/share/unicode/Unihan_Variants.txt.bz2 ud/usr/share/unicode/Unihan_OtherMappings.txt.bz2
"""
import bz2, sys

def cp(token):
    return chr(int(token[2:].split("<")[0], 16))  # "U+4E94<kMatthews" names its source

def big5(path):
    """The characters of Big5, the traditional character set: a simplified character that is also in it is a valid
    traditional character too (合, 向, 千), and stays as it is when text is written in traditional form."""
    chars = set()
    with bz2.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if "\tkBigFive\t" in line:
                chars.add(cp(line.split("\t")[0]))
    return chars

def main(path, other_mappings):
    to_simplified, listed_traditional = {}, {}
    with bz2.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            code, field, values = line.rstrip("\n").split("\t")
            char = cp(code)
            # The engine works on UTF-16 code units: a mapping must not change the text's length, so forms outside
            # the Basic Multilingual Plane are left out.
            forms = [c for c in (cp(v) for v in values.split()) if ord(c) <= 0xFFFF]
            if ord(char) > 0xFFFF or not forms:
                continue
            if field == "kSimplifiedVariant":
                first = next((c for c in forms if c != char), None)
                if first:
                    to_simplified[char] = first
            elif field == "kTraditionalVariant":
                listed_traditional[char] = forms
    # Characters the simplification merged into another that Unihan records only as semantic variants (週 → 周).
    for t, s_ in ["週周", "裡里", "裏里", "麵面", "佈布", "僱雇", "祕秘", "綫线", "嘆叹", "氾泛"]:
        to_simplified.setdefault(t, s_)
    # Simplified to traditional is one to many (发: 發 or 髮; 么: 麼 or 麽). A character goes to its one traditional
    # form, or to the first of several that Unihan lists; a few stay as they are because their traditional form
    # depends on the word (台灣 and 颱風, 公里 and 裡面, 乾淨 and 幹部).
    keep = set("台里干面只范系") | big5(other_mappings)
    prefer = {"么": "麼", "后": "後", "当": "當", "历": "歷", "发": "發", "钟": "鐘"}  # 什麼, 之後, 相當, 歷史, 發布, 鐘: the forms the bot's own sentences use
    inverse = {}
    for t, s in to_simplified.items():
        inverse.setdefault(s, []).append(t)
    to_traditional = {}
    for s, candidates in inverse.items():
        if s in prefer:
            to_traditional[s] = prefer[s]
            continue
        if s in keep:
            continue
        if len(candidates) == 1:
            to_traditional[s] = candidates[0]
        else:
            first = next((c for c in listed_traditional.get(s, []) if c in candidates), None)
            if first:
                to_traditional[s] = first
    out = "src/DealBot.Core/Text/chinese-script.txt"
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Traditional and simplified Chinese characters, from Unihan_Variants.txt (Unicode 15.0); written by\n")
        f.write("# tools/chinese-script-table.py. Each line: T<tab>S = traditional to simplified; S<tab>T = simplified to traditional.\n")
        for t, s in sorted(to_simplified.items()):
            f.write(f"T\t{t}{s}\n")
        for s, t in sorted(to_traditional.items()):
            f.write(f"S\t{s}{t}\n")
    print(f"{len(to_simplified)} to simplified, {len(to_traditional)} to traditional -> {out}")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
