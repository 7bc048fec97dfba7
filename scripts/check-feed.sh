#!/usr/bin/env bash
# check-feed.sh OUTPUT_DIR: parses every feed of the site (OUTPUT_DIR/feed.xml and
# one per language, OUTPUT_DIR/<language>/feed.xml) with feedparser (the feed reader
# library most Python readers use) and fails on any parse problem, a missing title,
# link or date, or a relative link.
set -euo pipefail
python=$("$(dirname "$0")/venv.sh" feedparser==6.0.11)
for feed in "$1/feed.xml" "$1"/*/feed.xml; do
[ -f "$feed" ] || continue
"$python" - "$feed" <<'PY'
import sys, feedparser
d = feedparser.parse(sys.argv[1])
name = sys.argv[1]
problems = []
if d.bozo:
    problems.append(f"not well-formed: {d.bozo_exception}")
if d.version != "atom10":
    problems.append(f"not recognised as Atom 1.0 (got {d.version!r})")
if not d.feed.get("title"):
    problems.append("the feed has no title")
for e in d.entries:
    for key in ("title", "link", "id", "updated", "published"):
        if not e.get(key):
            problems.append(f"entry {e.get('id')!r} has no {key}")
    if not e.get("link", "").startswith("http"):
        problems.append(f"entry {e.get('id')!r} has a relative link")
for p in problems:
    print("feed:", name, p, file=sys.stderr)
print(f"feed: {name}: {len(d.entries)} entries checked, {len(problems)} problems")
sys.exit(1 if problems else 0)
PY
done
