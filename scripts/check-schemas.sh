#!/usr/bin/env bash
# check-schemas.sh [MIERUKA]: the content schemas against a real validator.
#
# 1. `mieruka schema` writes the JSON Schemas; check-jsonschema (PyPI, the
#    validator pre-commit hooks use, installed on first use into <repo>/.venv)
#    checks them against the draft-07 metaschema.
# 2. The sample site (content/), the starter site and the every-key fixture
#    must validate: every YAML file with its kind's schema, and the front
#    matter of notes and pages and every ```chart block, taken out of the
#    Markdown (and out of initiatives' bodies) into YAML files.
# 3. Every case of the bad-input corpus (Tests/MierukaSiteTests/BadInput) is
#    written out as a site and validated the same way. Tests/SchemaChecks/
#    bad-input.txt says for each case what must happen: refused by a schema,
#    refused by the validator's YAML parser, accepted because the check passes,
#    or accepted because only mieruka can catch the mistake (and why). Any
#    other outcome, or a case missing from the list, is a failure.
#
# Prints "schemas: …" lines and "N passed, M failed" (one per case and sample
# file); exits non-zero on any failure. MIERUKA is the binary (default
# .build/debug/mieruka). CHECK_JSONSCHEMA_VERSION pins another version.
set -euo pipefail
repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mieruka=${1:-$repo_root/.build/debug/mieruka}
version=${CHECK_JSONSCHEMA_VERSION:-0.29.4}
python=$("$repo_root/scripts/venv.sh" "check-jsonschema==$version")
validator="$(dirname "$python")/check-jsonschema"

work=$(mktemp -d "${TMPDIR:-/tmp}/mieruka-schemas.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$mieruka" schema "$work/schemas" >/dev/null
"$validator" --check-metaschema "$work"/schemas/*.schema.json >/dev/null || {
    echo "schemas: a schema is not valid draft-07" >&2
    "$validator" --check-metaschema "$work"/schemas/*.schema.json >&2 || true
    exit 1
}

"$python" - "$repo_root" "$work" "$validator" <<'PY'
import json, os, re, subprocess, sys
from ruamel.yaml import YAML

repo, work, validator = sys.argv[1:4]
schemas = os.path.join(work, "schemas")

# ---- which schema a file in content/ takes, and the YAML inside Markdown ----

def kind_of(rel):
    """The schema of a file by its path under content/, or None."""
    parts = rel.split("/")
    if rel in ("site.yaml", "strategy.yaml", "timeline.yaml", "agreements.yaml"):
        return rel[:-5]
    if len(parts) == 2 and parts[0] in ("initiatives", "datasets") and (rel.endswith(".yaml") or rel.endswith(".yml")):
        return "initiative" if parts[0] == "initiatives" else "dataset"
    if len(parts) == 2 and parts[0] in ("notes", "pages") and rel.endswith(".md"):
        # A translation, x.<language>.md (Loader.translationName), has its own schema.
        if re.fullmatch(r".+\.[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", parts[1][:-3]):
            return "translation"
        return parts[0][:-1]
    return None

def is_fence(line, dots):
    s = line.rstrip(" \t")
    return s == "---" or (dots and s == "...")

def front_matter(text):
    """The front matter's YAML as FrontMatter.split finds it, or None."""
    lines = text.split("\n")
    if not lines or not is_fence(lines[0], False):
        return None
    for i in range(1, len(lines)):
        if is_fence(lines[i], True):
            return "\n".join(lines[1:i]) + "\n"
    return None

def body_of(text):
    lines = text.split("\n")
    if lines and is_fence(lines[0], False):
        for i in range(1, len(lines)):
            if is_fence(lines[i], True):
                return "\n".join(lines[i + 1:])
    return text

FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})[ \t]*chart[ \t]*$")

def chart_blocks(markdown):
    """The text of each ```chart block (CommonMark fences, info string 'chart')."""
    out, lines, i = [], markdown.split("\n"), 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        indent, fence = len(m.group(1)), m.group(2)
        block, i = [], i + 1
        while i < len(lines) and not re.match(r"^ {0,3}" + re.escape(fence[0]) + "{%d,}[ \t]*$" % len(fence), lines[i]):
            block.append(lines[i][indent:] if lines[i][:indent].strip() == "" else lines[i].lstrip())
            i += 1
        out.append("\n".join(block) + "\n")
        i += 1
    return out

def initiative_body(text):
    try:
        data = YAML(typ="safe").load(text)
    except Exception:
        return None
    body = data.get("body") if isinstance(data, dict) else None
    return body if isinstance(body, str) else None

def instances(content, out_dir):
    """(schema, file) for every YAML the schemas check in a content folder; the
    YAML inside Markdown is written out into out_dir."""
    found, n = [], 0
    def extract(kind, text, name):
        nonlocal n
        n += 1
        path = os.path.join(out_dir, "%03d-%s-%s.yaml" % (n, kind, re.sub(r"[^a-z0-9.-]", "_", name)))
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        found.append((kind, path))
    for root, dirs, files in os.walk(content):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            full = os.path.join(root, name)
            rel = os.path.relpath(full, content)
            kind = kind_of(rel)
            if kind is None:
                continue
            if kind in ("note", "page", "translation"):
                try:
                    text = open(full, encoding="utf-8-sig").read().replace("\r\n", "\n")
                except (UnicodeDecodeError, OSError):
                    continue  # not UTF-8: nothing an editor would show as YAML
                fm = front_matter(text)
                if fm is not None:
                    extract(kind, fm, rel)
                for block in chart_blocks(body_of(text)):
                    extract("chart-block", block, rel)
            else:
                found.append((kind, full))
                if kind == "initiative":
                    try:
                        body = initiative_body(open(full, encoding="utf-8-sig").read())
                    except (UnicodeDecodeError, OSError):
                        body = None
                    for block in chart_blocks(body or ""):
                        extract("chart-block", block, rel)
    return found

def validate(pairs):
    """{file: 'schema' | 'yaml' | None} for (schema, file) pairs, one
    check-jsonschema run per schema; also the messages per file."""
    by_kind, outcome, messages = {}, {}, {}
    for kind, path in pairs:
        by_kind.setdefault(kind, []).append(path)
        outcome[path] = None
    for kind, paths in sorted(by_kind.items()):
        r = subprocess.run([validator, "--schemafile", os.path.join(schemas, kind + ".schema.json"), "-o", "json"] + paths,
                           capture_output=True, text=True)
        try:
            report = json.loads(r.stdout)
        except ValueError:
            sys.exit("schemas: check-jsonschema gave no report for %s: %s" % (kind, r.stderr.strip()))
        for e in report.get("errors", []):
            outcome[e["filename"]] = "schema"
            messages.setdefault(e["filename"], []).append("%s: %s" % (e["path"], e["message"]))
        for e in report.get("parse_errors", []):
            if outcome.get(e["filename"]) is None:
                outcome[e["filename"]] = "yaml"
            messages.setdefault(e["filename"], []).append(e["message"])
    return outcome, messages

passed, failed = 0, 0
def fail(message):
    global failed
    failed += 1
    print("schemas: " + message, file=sys.stderr)

# ---- the sample, the starter and the every-key fixture validate ----

samples = ["content", "starter/content", "Tests/SiteFixtures/every-key/content"]
pairs = []
for i, site in enumerate(samples):
    out = os.path.join(work, "sample-%d" % i)
    os.makedirs(out)
    pairs += [(k, p) for k, p in instances(os.path.join(repo, site), out)]
outcome, messages = validate(pairs)
kinds = {}
for kind, path in pairs:
    kinds[kind] = kinds.get(kind, 0) + 1
    if outcome[path] is None:
        passed += 1
    else:
        fail("%s is refused by %s.schema.json: %s" % (os.path.relpath(path, repo), kind, "; ".join(messages.get(path, []))))
print("schemas: the sample, the starter and the every-key fixture: %d files (%s), %d refused"
      % (len(pairs), ", ".join("%d %s" % (n, k) for k, n in sorted(kinds.items())), sum(1 for p in outcome.values() if p)))

# ---- the bad-input corpus ----

fixture = open(os.path.join(repo, "Tests/MierukaTestSupport/Fixture.swift"), encoding="utf-8").read()
m = re.search(r'static let siteYAML = """\n(.*?)\n( *)"""', fixture, re.S)
site_yaml = "\n".join(line[len(m.group(2)):] for line in m.group(1).split("\n")).rstrip("\n") + "\n"

def unescape(text):
    out, b, i = bytearray(), text.encode("utf-8"), 0
    while i < len(b):
        if b[i:i + 2] == b"\\r":
            out.append(13); i += 2; continue
        if b[i:i + 2] == b"\\x" and re.match(rb"[0-9a-fA-F]{2}", b[i + 2:i + 4]):
            out.append(int(b[i + 2:i + 4], 16)); i += 4; continue
        out.append(b[i]); i += 1
    return bytes(out)

def write_case(text, root):
    """Writes a case's `-- path --` sections as BadInputTests does."""
    for marker in ("-- expected --\n", "-- expected-warnings --\n"):
        if marker in text:
            sections, passes = text.split(marker)[0], marker.startswith("-- expected-warnings")
            break
    else:
        sections, passes = text, False
    if "-- content/site.yaml --" not in sections:
        sections = site_yaml + sections
    files, path, lines = {}, None, []
    for line in sections.split("\n"):
        if line.startswith("-- ") and line.endswith(" --") and len(line) > 6:
            if path: files[path] = lines
            path, lines = line[3:-3], []
        else:
            lines.append(line)
    if path: files[path] = lines
    for p, ls in files.items():
        if ls and ls[-1] == "" and p == list(files)[-1]:
            ls = ls[:-1]
        data = ("\n".join(ls) + "\n").encode("utf-8")
        if p.endswith(".bytes"):
            p, data = p[:-len(".bytes")], unescape(data.decode("utf-8"))
        full = os.path.join(root, p)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f:
            f.write(data)
    return passes

expectations, reasons = {}, {}
for n, line in enumerate(open(os.path.join(repo, "Tests/SchemaChecks/bad-input.txt"), encoding="utf-8"), 1):
    line = line.rstrip("\n")
    if not line.strip() or line.startswith("#"):
        continue
    if line.startswith("@"):
        name, text = line[1:].split(None, 1)
        reasons[name] = text
        continue
    name, outcome_text = line.split()
    expectations[name] = outcome_text

corpus = os.path.join(repo, "Tests/MierukaSiteTests/BadInput")
cases = sorted(f[:-4] for f in os.listdir(corpus) if f.endswith(".txt"))
pairs, of_case, passing = [], {}, set()
for name in cases:
    root = os.path.join(work, "corpus", name)
    if write_case(open(os.path.join(corpus, name + ".txt"), encoding="utf-8").read(), root):
        passing.add(name)
    out = os.path.join(work, "extracted", name)
    os.makedirs(out)
    found = instances(os.path.join(root, "content"), out)
    of_case[name] = [p for _, p in found]
    pairs += found
outcome, messages = validate(pairs)

counts = {}
for name in cases:
    results = [outcome[p] for p in of_case[name]]
    got = "schema" if "schema" in results else "yaml" if "yaml" in results else "accepted"
    want = expectations.get(name)
    why = "; ".join(m for p in of_case[name] for m in messages.get(p, []))
    if want is None:
        fail("the case %s is not in Tests/SchemaChecks/bad-input.txt (the validator says: %s)" % (name, got + (": " + why if why else "")))
        continue
    ok_want = {"schema": "schema", "yaml": "yaml", "passes": "accepted"}.get(want, "accepted" if want.startswith("mieruka:") else None)
    if want.startswith("mieruka:") and want[len("mieruka:"):] not in reasons:
        fail("%s: the reason %r is not one of the @reasons" % (name, want))
        continue
    if (want == "passes") != (name in passing):
        fail("%s: the list says %s, but the case %s" % (name, want, "passes the check" if name in passing else "fails the check"))
        continue
    if got != ok_want:
        fail("%s: expected %s, but the validator %s%s" % (name, want, {"schema": "refused it with a schema", "yaml": "could not parse it",
             "accepted": "accepted it"}[got], ": " + why if why else ""))
        continue
    passed += 1
    key = want.split(":")[0]
    counts[key] = counts.get(key, 0) + 1
for name in sorted(set(expectations) - set(cases)):
    fail("Tests/SchemaChecks/bad-input.txt lists %s, which is not a case" % name)
print("schemas: the bad-input corpus: %d cases — %d refused by a schema, %d by the YAML parser, %d passing cases accepted, "
      "%d only mieruka catches" % (len(cases), counts.get("schema", 0), counts.get("yaml", 0), counts.get("passes", 0), counts.get("mieruka", 0)))
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
PY
