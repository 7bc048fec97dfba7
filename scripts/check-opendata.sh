#!/usr/bin/env bash
# Validates a built site's open data with the tools researchers use.
#
#   scripts/check-opendata.sh OUTPUT_DIR
#
# 1. frictionless (PyPI), installed on first use into <repo>/.venv by
#    scripts/venv.sh, validates OUTPUT_DIR/data/datapackage.json: schema, types,
#    primary keys, bytes, hash.
# 2. An independent Python check: every resource's `bytes` and sha256 `hash`
#    match its file, and every CSV parses with Python's csv module (utf-8-sig,
#    so a BOM is allowed) into the declared number of columns on every row.
# 3. pyshacl (with rdflib, PyPI) validates OUTPUT_DIR/data/catalog.jsonld, read
#    offline (its @context is inline), against the DCAT-AP 3.0.1 shapes mieruka
#    meets, restated in scripts/shapes/dcat-ap-subset.ttl.
# Prints "opendata: N resources checked, M problems" and exits non-zero on any
# problem. Set FRICTIONLESS_VERSION, PYSHACL_VERSION or RDFLIB_VERSION to pin
# other versions.
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 OUTPUT_DIR" >&2
    exit 2
fi
output_dir=$1
package="$output_dir/data/datapackage.json"
if [ ! -f "$package" ]; then
    echo "opendata: $package not found" >&2
    echo "opendata: 0 resources checked, 1 problems"
    exit 1
fi

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
venv="$repo_root/.venv"
shapes="$repo_root/scripts/shapes/dcat-ap-subset.ttl"
catalog="$output_dir/data/catalog.jsonld"

if ! "$repo_root/scripts/venv.sh" "frictionless==${FRICTIONLESS_VERSION:-5.21.0}" \
        "rdflib==${RDFLIB_VERSION:-7.6.0}" "pyshacl==${PYSHACL_VERSION:-0.30.1}" >/dev/null; then
    echo "opendata: could not install frictionless, rdflib and pyshacl from PyPI (scripts/venv.sh)" >&2
    echo "opendata: 0 resources checked, 1 problems"
    exit 1
fi

problems=0

# DCAT-AP 3.0.1: the catalogue as RDF against the shapes it claims to meet.
set +e
"$venv/bin/python" - "$catalog" "$shapes" <<'PY'
import sys
import pyshacl
import rdflib

catalog_path, shapes_path = sys.argv[1], sys.argv[2]
try:
    data = rdflib.Graph().parse(catalog_path, format="json-ld")
except Exception as error:  # a file rdflib cannot read is a problem to report
    print(f"opendata: {catalog_path}: not readable as JSON-LD: {error}", file=sys.stderr)
    sys.exit(1)
shapes = rdflib.Graph().parse(shapes_path, format="turtle")
conforms, _, report = pyshacl.validate(data, shacl_graph=shapes, advanced=True)
if not conforms:
    print(f"opendata: {catalog_path} does not meet the DCAT-AP 3.0.1 shapes in {shapes_path}:", file=sys.stderr)
    print(report, file=sys.stderr)
    sys.exit(1)
print(f"opendata: {catalog_path}: {len(data)} triples meet the DCAT-AP 3.0.1 shapes")
PY
[ $? -eq 0 ] || problems=$((problems + 1))
set -e

# frictionless prints its own report; its exit status says whether the package is valid.
if ! "$venv/bin/frictionless" validate "$package"; then
    echo "opendata: frictionless found errors in $package" >&2
    problems=$((problems + 1))
fi

set +e
"$venv/bin/python" - "$package" "$problems" <<'PY'
import csv, hashlib, io, json, os, sys

package_path, problems = sys.argv[1], int(sys.argv[2])
base = os.path.dirname(package_path)

def problem(message):
    global problems
    problems += 1
    print(f"opendata: {message}", file=sys.stderr)

try:
    with open(package_path, encoding="utf-8") as f:
        package = json.load(f)
except (OSError, ValueError) as e:
    problem(f"{package_path}: cannot read: {e}")
    package = {"resources": []}

resources = package.get("resources", [])
for r in resources:
    name = r.get("name", "?")
    path = r.get("path")
    if not isinstance(path, str) or os.path.isabs(path) or ".." in path.split("/"):
        problem(f"resource {name}: path {path!r} is not a relative path inside the data folder")
        continue
    file_path = os.path.join(base, path)
    try:
        with open(file_path, "rb") as f:
            data = f.read()
    except OSError as e:
        problem(f"resource {name}: cannot read {path}: {e}")
        continue
    if r.get("bytes") != len(data):
        problem(f"resource {name}: bytes is {r.get('bytes')}, but {path} has {len(data)}")
    digest = "sha256:" + hashlib.sha256(data).hexdigest()
    if r.get("hash") != digest:
        problem(f"resource {name}: hash is {r.get('hash')}, but {path} hashes to {digest}")
    fields = r.get("schema", {}).get("fields", [])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        problem(f"resource {name}: {path} is not UTF-8: {e}")
        continue
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    if not rows:
        problem(f"resource {name}: {path} is empty")
        continue
    header = rows[0]
    if header != [f.get("name") for f in fields]:
        problem(f"resource {name}: header {header} does not match the schema's field names")
    for number, row in enumerate(rows, start=1):
        if len(row) != len(fields):
            problem(f"resource {name}: {path} row {number} has {len(row)} columns, the schema declares {len(fields)}")

print(f"opendata: {len(resources)} resources checked, {problems} problems")
sys.exit(1 if problems else 0)
PY
status=$?
set -e
exit $status
