"""Checks every SVG of a built site: the chart files and the charts drawn inline in pages.

Usage: svg_check.py OUTPUT_DIR

Each SVG must parse as XML, have an <svg> root in the SVG namespace
(http://www.w3.org/2000/svg) and a text alternative (<title> or aria-label),
and render to a non-blank image with rsvg-convert (scripts/check-svg.sh,
which installs librsvg2-bin on first use). An inline SVG that appears on
many pages is rendered once.
Prints "svg: N files checked (...), M problems" and exits 1 on any problem.
"""

import hashlib
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SVG_NS = "http://www.w3.org/2000/svg"
INLINE = re.compile(r"<svg\b.*?</svg>", re.S)
HERE = os.path.dirname(os.path.abspath(__file__))
CHECK_SVG = os.path.join(HERE, "..", "check-svg.sh")


def structure_problems(text):
    """Problems with one SVG document's XML, namespace and text alternative."""
    try:
        root = ET.fromstring(text)
    except ET.ParseError as error:
        return ["does not parse as XML: %s" % error]
    problems = []
    if root.tag != "{%s}svg" % SVG_NS:
        problems.append("the root element is %s, not <svg> in the SVG namespace" % root.tag)
    has_title = root.find("{%s}title" % SVG_NS) is not None
    if not has_title and not root.get("aria-label") and root.get("aria-hidden") != "true":
        problems.append("no text alternative (<title> or aria-label)")
    return problems


def rendered(folder, renderers=None):
    """Runs check-svg.sh on a folder (with all its renderers, or the ones
    named); returns (files, problems)."""
    env = dict(os.environ, CHECK_SVG_RENDERERS=renderers) if renderers else None
    run = subprocess.run(["bash", CHECK_SVG, folder], capture_output=True, text=True, env=env)
    sys.stderr.write(run.stderr)
    match = re.search(r"svg: (\d+) files checked, (\d+) problems", run.stdout)
    if not match:
        print("check-svg.sh gave no summary: %s" % run.stdout.strip(), file=sys.stderr)
        return 0, 1
    return int(match.group(1)), int(match.group(2))


def main():
    if len(sys.argv) != 2 or not os.path.isdir(sys.argv[1]):
        sys.exit("usage: svg_check.py OUTPUT_DIR")
    root = os.path.abspath(sys.argv[1])
    problems = 0
    chart_files = 0
    with tempfile.TemporaryDirectory() as inline_dir:
        charts_dir = os.path.join(root, "charts")
        inline = {}  # sha256 -> first page that has it
        occurrences = 0
        for folder, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                path = os.path.join(folder, name)
                rel = os.path.relpath(path, root)
                if name.endswith(".svg"):
                    chart_files += 1
                    with open(path, encoding="utf-8") as f:
                        for p in structure_problems(f.read()):
                            print("%s: %s" % (rel, p), file=sys.stderr)
                            problems += 1
                elif name.endswith(".html"):
                    with open(path, encoding="utf-8") as f:
                        page = f.read()
                    for i, svg in enumerate(INLINE.findall(page), 1):
                        occurrences += 1
                        digest = hashlib.sha256(svg.encode()).hexdigest()
                        if digest in inline:
                            continue
                        inline[digest] = rel
                        for p in structure_problems(svg):
                            print("%s: inline SVG %d: %s" % (rel, i, p), file=sys.stderr)
                            problems += 1
                        with open(os.path.join(inline_dir, "%03d-%s.svg" % (len(inline), digest[:12])), "w", encoding="utf-8") as out:
                            out.write(svg)
        rendered_files = 0
        if os.path.isdir(charts_dir):
            n, p = rendered(charts_dir)
            rendered_files += n
            problems += p
        if inline:
            # Inline charts take their colours from CSS custom properties (themes,
            # dark mode), which browsers and librsvg read and CairoSVG does not;
            # they are never opened outside a page, so rsvg-convert renders them.
            n, p = rendered(inline_dir, "rsvg-convert")
            rendered_files += n
            problems += p
    print("svg: %d files checked (%d chart files, %d distinct inline charts seen %d times in pages; %d rendered), %d problems"
          % (chart_files + len(inline), chart_files, len(inline), occurrences, rendered_files, problems))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
