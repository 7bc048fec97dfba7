#!/usr/bin/env python3
"""Writes the seed corpora of the harnesses (Fuzz/Corpus/<harness>/) from the
sample site in content/ and the bad-input cases of
Tests/MierukaSiteTests/BadInput/. Run it again after the cases change; the
seeds are small files named after where they came from (content-*, bad-*)."""
import glob, os, re

fuzz = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
repo = os.path.dirname(fuzz)
corpus = os.path.join(fuzz, "Corpus")

def unescape(text):
    """The \\xNN and \\r escapes of '.bytes' files, as BadInputTests applies them."""
    out, b, j = bytearray(), text.encode(), 0
    while j < len(b):
        if b[j:j + 1] == b"\\" and b[j + 1:j + 2] == b"r":
            out.append(13); j += 2; continue
        if b[j:j + 1] == b"\\" and b[j + 1:j + 2] == b"x" and re.fullmatch(rb"[0-9a-fA-F]{2}", b[j + 2:j + 4] or b""):
            out.append(int(b[j + 2:j + 4], 16)); j += 4; continue
        out.append(b[j]); j += 1
    return bytes(out)

def cases():
    """(case name, {path: bytes}) for every bad-input case."""
    for path in sorted(glob.glob(os.path.join(repo, "Tests/MierukaSiteTests/BadInput/*.txt"))):
        text = open(path, encoding="utf-8").read()
        text = re.split(r"^-- expected(?:-warnings)? --$", text, flags=re.M)[0]
        files, name, lines = {}, None, []
        for line in text.split("\n"):
            m = re.fullmatch(r"-- (content/\S+) --", line)
            if m:
                if name: files[name] = "\n".join(lines) + "\n"
                name, lines = m.group(1), []
            else:
                lines.append(line)
        if name: files[name] = "\n".join(lines) + "\n"
        out = {}
        for p, t in files.items():
            if p.endswith(".bytes"): out[p[:-6]] = unescape(t)
            else: out[p] = t.encode()
        yield os.path.basename(path)[:-4], out

def beside(yaml):
    """The dataset with its 'csv:' naming the file the harness writes, datasets/fuzz.csv."""
    return re.sub(rb"^csv:.*$", b"csv: fuzz.csv", yaml, flags=re.M)

def put(harness, name, data):
    folder = os.path.join(corpus, harness)
    os.makedirs(folder, exist_ok=True)
    open(os.path.join(folder, name), "wb").write(data)

# Seeds made here are written again; the inputs kept from fuzzing runs
# (regress-*: crashes that were fixed, edge-*: inputs that once tripped a
# harness's own check) stay.
for old in glob.glob(os.path.join(corpus, "*", "*")):
    if not os.path.basename(old).startswith(("regress-", "edge-")):
        os.remove(old)
read = lambda p: open(p, "rb").read()
fence = re.compile(rb"^```chart[^\n]*\n(.*?)^```", re.M | re.S)

# Real content.
for p in sorted(glob.glob(os.path.join(repo, "content/**/*.y*ml"), recursive=True)):
    put("fuzz-yaml", "content-" + os.path.basename(p), read(p))
for p in sorted(glob.glob(os.path.join(repo, "content/**/*.md"), recursive=True)):
    put("fuzz-frontmatter", "content-" + os.path.basename(p), read(p))
    for i, m in enumerate(fence.finditer(read(p))):
        put("fuzz-chartblock", f"content-{os.path.basename(p)}-{i}", m.group(1))
for p in sorted(glob.glob(os.path.join(repo, "content/datasets/*.csv"))):
    yaml = p[:-4] + ".yaml"
    put("fuzz-dataset", "content-" + os.path.basename(p), beside(read(yaml)) + b"-- csv --\n" + read(p))
# The CSV alone, beside the harness's fixed dataset (year, area, population, ratio, day, open).
put("fuzz-dataset", "fixed-valid.csv",
    "year,area,population,ratio,day,open\n2019,本町,3500,12.5,2019-04-01,true\n2020,本町,3400,,2020-04-01,false\n"
    "2020,\"大谷, 東\",120,99.9,,\n2021,更科,\"1\"\"2\",-1e308,2021-02-29,yes\n".encode())

# The bad-input cases.
for case, files in cases():
    for p, data in files.items():
        base = f"bad-{case}-{os.path.basename(p)}"
        if p.endswith((".yaml", ".yml")):
            put("fuzz-yaml", base, data)
        if p.endswith(".md"):
            put("fuzz-frontmatter", base, data)
            for i, m in enumerate(fence.finditer(data)):
                put("fuzz-chartblock", f"{base}-{i}", m.group(1))
        if p.startswith("content/datasets/") and p.endswith(".csv"):
            yaml = files.get(p[:-4] + ".yaml") or next((d for q, d in files.items() if q.startswith("content/datasets/") and q.endswith(".yaml")), None)
            if yaml is not None:
                put("fuzz-dataset", base, beside(yaml) + b"-- csv --\n" + data)
        if p.startswith("content/datasets/") and p.endswith(".yaml") and not any(q.endswith(".csv") for q in files):
            put("fuzz-dataset", base, data + b"-- csv --\n")
for h in sorted(os.listdir(corpus)):
    print(h, len(os.listdir(os.path.join(corpus, h))), "seeds")
