#!/usr/bin/env bash
# check-svg.sh DIR — renders every .svg under DIR with two real SVG renderers,
# rsvg-convert (librsvg2-bin, Debian) and CairoSVG (PyPI, in <repo>/.venv through
# scripts/venv.sh; the converter many publishing tools use, which knows no CSS
# custom properties), and fails if any file does not render or renders as a
# blank image (one colour, or nothing drawn on the background) in either.
# Prints one summary line: "svg: N files checked, M problems".
# Set CAIROSVG_VERSION to pin another version. CHECK_SVG_RENDERERS=rsvg-convert
# leaves CairoSVG out (the default is "rsvg-convert cairosvg"): the browser check
# renders charts cut out of pages so, since their colours are CSS
# custom properties for themes and dark mode, which CairoSVG does not read
# (the downloadable /charts/*.svg files have plain colours and get both).
set -u

dir="${1:-}"
if [ -z "$dir" ] || [ ! -d "$dir" ]; then
    echo "usage: scripts/check-svg.sh DIR  (DIR must be a folder of .svg files)" >&2
    exit 2
fi

if ! command -v rsvg-convert >/dev/null 2>&1; then
    here="$(cd "$(dirname "$0")" && pwd)"
    if [ -x "$here/apt-install.sh" ]; then
        "$here/apt-install.sh" rsvg-convert librsvg2-bin >&2 || true
    else
        sudo=""
        if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null 2>&1; then sudo="sudo"; fi
        echo "installing librsvg2-bin with apt-get (for rsvg-convert)" >&2
        if ! DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq librsvg2-bin >/dev/null 2>&1; then
            $sudo apt-get update -qq >/dev/null 2>&1
            DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq librsvg2-bin >/dev/null 2>&1
        fi
    fi
    if ! command -v rsvg-convert >/dev/null 2>&1; then
        echo "check-svg: could not install rsvg-convert (Debian package librsvg2-bin)" >&2
        echo "svg: 0 files checked, 1 problems"
        exit 1
    fi
fi

renderers=" ${CHECK_SVG_RENDERERS:-rsvg-convert cairosvg} "
here="$(cd "$(dirname "$0")" && pwd)"
if [[ "$renderers" != *" cairosvg "* ]]; then
    venv_python=""
elif ! venv_python="$("$here/venv.sh" "cairosvg==${CAIROSVG_VERSION:-2.9.1}")"; then
    echo "check-svg: could not install CairoSVG from PyPI (scripts/venv.sh cairosvg)" >&2
    echo "svg: 0 files checked, 1 problems"
    exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

files=0
problems=0
list="$work/pngs.txt"
: > "$list"
while IFS= read -r -d '' svg; do
    files=$((files + 1))
    png="$work/$files.png"
    if ! err="$(rsvg-convert -o "$png" "$svg" 2>&1)"; then
        echo "$svg: does not render: ${err:-rsvg-convert failed}" >&2
        problems=$((problems + 1))
        continue
    fi
    printf '%s\t%s (rsvg-convert)\n' "$png" "$svg" >> "$list"
    printf '%s\n' "$svg" >> "$work/svgs.txt"
done < <(find "$dir" -type f -name '*.svg' -print0 | sort -z)

# CairoSVG: every file in one Python process; a file it cannot draw is a problem.
if [ -n "$venv_python" ] && [ -s "$work/svgs.txt" ]; then
    if ! cairo_out="$("$venv_python" - "$work/svgs.txt" "$work" 2>&1 <<'PY'
import sys
import cairosvg

listing, work = sys.argv[1], sys.argv[2]
failed = 0
for number, svg in enumerate(open(listing, encoding="utf-8").read().splitlines(), start=1):
    png = "%s/cairo-%d.png" % (work, number)
    try:
        cairosvg.svg2png(url=svg, write_to=png)
    except Exception as error:  # any failure to draw is reported, not raised
        print("%s: does not render in CairoSVG: %s: %s" % (svg, type(error).__name__, error), file=sys.stderr)
        failed += 1
        continue
    with open("%s/pngs.txt" % work, "a", encoding="utf-8") as out:
        out.write("%s\t%s (CairoSVG)\n" % (png, svg))
sys.exit(1 if failed else 0)
PY
)"; then
        printf '%s\n' "$cairo_out" >&2
        problems=$((problems + $(printf '%s\n' "$cairo_out" | grep -c 'does not render in CairoSVG' || true)))
        [ "$problems" -gt 0 ] || problems=1
    fi
fi

# Decode each PNG with the standard library only (zlib), so no imaging package is needed.
blank="$(python3 - "$list" <<'PY'
import struct, sys, zlib

def pixels(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        pos += 12 + length
    width, height, depth, color, _, _, interlace = header
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(color)
    if depth != 8 or channels is None or interlace != 0:
        raise ValueError("unsupported PNG format (depth %d, colour type %d)" % (depth, color))
    raw = zlib.decompress(b"".join(idat))
    bpp, stride = channels, width * channels
    rows, prev = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 255
        elif kind == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, prev))
        elif kind == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 255
        elif kind == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = prev[i]
                c = prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, channels, rows

for entry in open(sys.argv[1], encoding="utf-8").read().splitlines():
    png, svg = entry.split("\t", 1)
    try:
        width, height, channels, rows = pixels(png)
    except Exception as error:  # a PNG we cannot read is a problem, not a crash
        print("%s: rendered image unreadable: %s" % (svg, error))
        continue
    counts = {}
    for row in rows:
        for i in range(0, len(row), channels):
            px = row[i:i + channels]
            counts[px] = counts.get(px, 0) + 1
    total = width * height
    background = max(counts.values()) if counts else 0
    if len(counts) < 2:
        print("%s: blank image (one colour)" % svg)
    elif total - background < max(20, total // 1000):
        print("%s: blank image (almost nothing drawn)" % svg)
    elif channels in (2, 4) and all(px[-1] == 0 for px in counts):
        print("%s: blank image (fully transparent)" % svg)
PY
)"
status=$?
if [ $status -ne 0 ]; then
    echo "check-svg: the PNG checker failed" >&2
    problems=$((problems + 1))
fi
if [ -n "$blank" ]; then
    printf '%s\n' "$blank" >&2
    problems=$((problems + $(printf '%s\n' "$blank" | wc -l)))
fi

echo "svg: $files files checked, $problems problems"
[ "$problems" -eq 0 ]
