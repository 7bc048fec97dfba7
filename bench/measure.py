#!/usr/bin/env python3
"""Runs the benchmark scenarios on a generated corpus and prints one markdown table.

Called by bench/run.sh (`make bench`), which installs the tools, builds mieruka
in release mode and generates the corpus first. Timings come from hyperfine,
peak memory from GNU time (`/usr/bin/time -v`). Python 3 standard library only.

All timed runs happen in one hyperfine invocation (each listed command is run
once, `--runs 1`): a round runs every scenario of both tools once, and the
rounds repeat. So a slow drift of a noisy machine hits both tools and all
scenarios alike, and every ratio (mieruka/Hugo, mieruka/floor, no-op/full) is
the median of the per-round ratios. The first, untimed run of each tool is the
warm-up, and it is the run whose peak memory is recorded.
"""

import argparse
import datetime
import json
import os
import platform
import shlex
import statistics
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NOTES = {"small": 1000, "large": 10000, "huge": 50000}


def sh(cmd, **kw):
    return subprocess.run(cmd, shell=True, text=True, capture_output=True, **kw)


class Corpus:
    """Paths of one generated corpus and the commands that build it."""

    def __init__(self, size, binary, work):
        self.size = size
        self.dir = os.path.join(work, size)
        self.content = os.path.join(self.dir, "content")
        self.out_m = os.path.join(self.dir, "out-mieruka")
        self.out_h = os.path.join(self.dir, "out-hugo")
        self.out_f = os.path.join(self.dir, "out-floor")
        q = shlex.quote
        theme = os.path.join(ROOT, "themes", "default")
        self.mieruka = f"{q(binary)} build --content {q(self.content)} --theme {q(theme)} --output {q(self.out_m)}"
        self.check = f"{q(binary)} check --content {q(self.content)} --theme {q(theme)}"
        self.hugo = f"hugo --source {q(os.path.join(self.dir, 'hugo'))} --themesDir {q(HERE)} --destination {q(self.out_h)} --quiet"
        self.floor = f"cmark {q(os.path.join(self.dir, 'bodies.md'))} > {q(self.out_f)}/bodies.html && cp -r {q(self.out_m)} {q(self.out_f)}/site"
        # Outputs are moved aside, not deleted, before a full build: for a
        # minute or more after a mass delete, ext4 scans past the freed inodes
        # (recently_deleted) and every file created costs several times more,
        # which would time the benchmark's clean-up instead of the tools.
        # The trash is deleted at the end of the bench (empty_trash).
        self.trash = os.path.join(self.dir, ".trash")
        self.clean_m = self.move_aside(self.out_m)
        self.clean_h = self.move_aside(self.out_h)
        self.clean_f = self.move_aside(self.out_f) + f" && mkdir -p {q(self.out_f)}"
        self.edit_note = f"python3 {q(os.path.join(HERE, 'edit.py'))} note {q(self.dir)}"
        self.edit_dataset = f"python3 {q(os.path.join(HERE, 'edit.py'))} dataset {q(self.dir)}"
        self.restore = f"python3 {q(os.path.join(HERE, 'edit.py'))} restore {q(self.dir)}"

    def move_aside(self, folder):
        q = shlex.quote
        return (f"mkdir -p {q(self.trash)} && if [ -e {q(folder)} ]; then "
                f"mv {q(folder)} {q(self.trash)}/$(basename {q(folder)})-$(date +%s%N); fi")

    def empty_trash(self):
        shutil.rmtree(self.trash, ignore_errors=True)

    def tree_size(self, folder):
        files, size = 0, 0
        for root, _, names in os.walk(folder):
            for n in names:
                files += 1
                size += os.path.getsize(os.path.join(root, n))
        return files, size


def timed_once(cmd, prepare, log, timeout):
    """Runs cmd once under GNU time: (wall seconds, peak RSS in MB, ok)."""
    if prepare:
        sh(prepare, cwd=ROOT)
    out = log + ".time"
    r = sh(f"timeout {timeout} /usr/bin/time -v -o {shlex.quote(out)} sh -c {shlex.quote(cmd)}", cwd=ROOT)
    with open(log, "w") as f:
        f.write(f"$ {cmd}\n{r.stdout}{r.stderr}")
    wall, rss = None, None
    if os.path.exists(out):
        for line in open(out):
            line = line.strip()
            if line.startswith("Maximum resident set size"):
                rss = int(line.split(":")[-1]) / 1024
            elif line.startswith("Elapsed (wall clock)"):
                parts = line.split(": ")[-1].split(":")
                wall = sum(float(p) * 60 ** i for i, p in enumerate(reversed(parts)))
    return wall, rss, r.returncode == 0


def hyperfine(name, commands, rounds, log_dir):
    """commands: list of (label, command, prepare or None). Runs them alternately,
    `rounds` times; returns {label: {"wall": [...], "cpu": [...]}} in round order."""
    cmd = ["hyperfine", "--runs", "1", "--style", "basic", "--export-json", os.path.join(log_dir, name + ".json")]
    labels = []
    prepares = [p for _, _, p in commands]
    use_prepare = any(prepares)
    for _ in range(rounds):
        for label, c, p in commands:
            labels.append(label)
            if use_prepare:
                cmd += ["--prepare", p or "true"]
    for _ in range(rounds):
        for label, c, _ in commands:
            cmd += ["-n", label, c]
    print(f"  {name}: {rounds} rounds of {', '.join(l for l, _, _ in commands)}", file=sys.stderr, flush=True)
    with open(os.path.join(log_dir, name + ".log"), "w") as logf:
        r = subprocess.run(cmd, cwd=ROOT, stdout=logf, stderr=subprocess.STDOUT, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"hyperfine failed in '{name}'; see {log_dir}/{name}.log")
    data = json.load(open(os.path.join(log_dir, name + ".json")))
    result = {}
    for label, res in zip(labels, data["results"]):
        entry = result.setdefault(label, {"wall": [], "cpu": []})
        entry["wall"].append(res["times"][0])
        entry["cpu"].append(res["user"] + res["system"])
    return result


def med(xs):
    return statistics.median(xs) if xs else None


def ratio_per_round(a, b):
    return med([x / y for x, y in zip(a, b)])


def fmt_s(x):
    if x is None:
        return "—"
    return f"{x:.2f} s" if x < 100 else f"{x:.0f} s"


def fmt_mb(x):
    return "—" if x is None else f"{x:,.0f} MB"


def fmt_x(x):
    return "—" if x is None else f"{x:.2f}×"


def met(ok):
    return "—" if ok is None else ("**met**" if ok else "**not met**")


def scenarios(c, args, rows, notes_line, logs):
    """The warm-up, then the rounds of every scenario; appends table rows, returns (rounds, raw figures)."""
    print(f"warm-up and peak memory ({args.size})", file=sys.stderr, flush=True)
    wm, mem_m, ok_m = timed_once(c.mieruka, c.clean_m, os.path.join(logs, "warmup-mieruka.log"), args.timeout)
    wh, mem_h, ok_h = timed_once(c.hugo, c.clean_h, os.path.join(logs, "warmup-hugo.log"), 3600)
    if not ok_h:
        sys.exit(f"hugo failed; see {logs}/warmup-hugo.log")
    if not ok_m:
        print(f"mieruka build failed or took longer than {args.timeout} s (wall {fmt_s(wm)}, peak {fmt_mb(mem_m)}); "
              f"see {logs}/warmup-mieruka.log", file=sys.stderr)
        print(f"| full build, single run | > {args.timeout} s or failed | {fmt_s(wh)} | | | |")
        sys.exit(1)
    wf, mem_f, _ = timed_once(c.floor, c.clean_f, os.path.join(logs, "warmup-floor.log"), 3600)
    rounds = args.rounds
    if wm > 60 and rounds > 3:
        rounds = 3
        notes_line.append(f"rounds cut to 3 because one mieruka build took {wm:.0f} s")

    # One round = every scenario once, in this order, so that every ratio is
    # taken between runs made minutes apart at most. The edits are placed so that
    # each tool sees exactly one changed file since its previous build (Hugo
    # reads no datasets).
    plan = [("m-full", c.mieruka, c.clean_m), ("h-full", c.hugo, c.clean_h), ("floor", c.floor, c.clean_f),
            ("m-noop", c.mieruka, None), ("h-noop", c.hugo, None),
            ("m-note", c.mieruka, c.edit_note), ("m-data", c.mieruka, c.edit_dataset), ("h-note", c.hugo, c.edit_note),
            ("m-check", c.check, None)]
    try:
        runs = hyperfine("rounds", plan, rounds, logs)
    finally:
        sh(c.restore)
    full = {"mieruka": runs["m-full"], "hugo": runs["h-full"], "floor": runs["floor"]}
    noop = {"mieruka": runs["m-noop"], "hugo": runs["h-noop"]}
    note = {"mieruka": runs["m-note"], "hugo": runs["h-note"]}
    data = {"mieruka": runs["m-data"]}
    check = {"mieruka": runs["m-check"]}
    # The rounds end with the edits undone: one build to catch up, then a real no-op.
    timed_once(c.mieruka, None, os.path.join(logs, "memory-rebuild-mieruka.log"), args.timeout)
    _, mem_m_noop, _ = timed_once(c.mieruka, None, os.path.join(logs, "memory-noop-mieruka.log"), args.timeout)
    _, mem_check, _ = timed_once(c.check, None, os.path.join(logs, "memory-check.log"), args.timeout)
    fm, fh, ff = (med(full[k]["wall"]) for k in ("mieruka", "hugo", "floor"))
    files_m, bytes_m = c.tree_size(c.out_m)
    files_h, bytes_h = c.tree_size(c.out_h)
    r_h = ratio_per_round(full["mieruka"]["wall"], full["hugo"]["wall"])
    r_f = ratio_per_round(full["mieruka"]["wall"], full["floor"]["wall"])

    def pct(scenario, tool):
        """Median wall time, and its median per-round share of the same round's full build."""
        share = ratio_per_round(scenario[tool]["wall"], full[tool]["wall"])
        return f"{fmt_s(med(scenario[tool]['wall']))} ({100 * share:.0f} % of full)", share

    rows.append(("full build into an empty folder, wall (median)", fmt_s(fm), fmt_s(fh), fmt_s(ff), "", ""))
    rows.append(("full build, CPU user+sys (median)", fmt_s(med(full["mieruka"]["cpu"])), fmt_s(med(full["hugo"]["cpu"])),
                 fmt_s(med(full["floor"]["cpu"])), "", ""))
    rows.append(("full build: mieruka ÷ Hugo (median of per-round ratios)", fmt_x(r_h), "1", "", "≤ 0.25×", met(r_h <= 0.25)))
    rows.append(("full build: mieruka ÷ floor (median of per-round ratios)", fmt_x(r_f), "", "1", "≤ 2×", met(r_f <= 2)))
    rows.append(("full build, CPU time: mieruka ÷ Hugo, mieruka ÷ floor", fmt_x(ratio_per_round(full["mieruka"]["cpu"], full["hugo"]["cpu"])),
                 "", fmt_x(ratio_per_round(full["mieruka"]["cpu"], full["floor"]["cpu"])), "(context)", ""))
    rows.append(("peak memory (max RSS), full build", fmt_mb(mem_m), fmt_mb(mem_h), fmt_mb(mem_f),
                 "≤ 0.25× Hugo", met(mem_m <= 0.25 * mem_h) + f" ({mem_m / mem_h:.2f}×)"))
    rows.append(("peak memory, no-op rebuild / check", f"{fmt_mb(mem_m_noop)} / {fmt_mb(mem_check)}", "", "", "", ""))
    (nm_s, nm_r), (nh_s, _) = pct(noop, "mieruka"), pct(noop, "hugo")
    (em_s, em_r), (eh_s, _) = pct(note, "mieruka"), pct(note, "hugo")
    dm_s, _ = pct(data, "mieruka")
    rows.append(("no-op rebuild, wall (median)", nm_s, nh_s, "", "≤ 5 % of full", met(nm_r <= 0.05)))
    rows.append(("one note edited, wall (median)", em_s, eh_s, "", "≤ 10 % of full", met(em_r <= 0.10)))
    rows.append(("one dataset edited, wall (median)", dm_s, "n/a (no datasets)", "", "no target", "—"))
    rows.append((f"`mieruka check`, wall (median)", fmt_s(med(check["mieruka"]["wall"])), "n/a", "", "no target", "—"))
    rows.append(("output written: files / MB", f"{files_m:,} / {bytes_m / 1e6:,.0f}", f"{files_h:,} / {bytes_h / 1e6:,.0f}",
                 "", "", ""))

    return rounds, {"rounds": runs, "memory_mb": {"mieruka": mem_m, "hugo": mem_h, "floor": mem_f,
                                          "mieruka_noop": mem_m_noop, "check": mem_check}}


def scaling(args, rows, rounds, logs):
    """Full builds of the 10,000- and 50,000-note corpora, alternating; appends table rows."""
    big = Corpus("huge", os.path.abspath(args.bin), args.work)
    ten = Corpus("large", os.path.abspath(args.bin), args.work)
    print("scaling: warm-up and peak memory (huge)", file=sys.stderr, flush=True)
    w50, mem50, ok50 = timed_once(big.mieruka, big.clean_m, os.path.join(logs, "warmup-huge-mieruka.log"), args.timeout * 5)
    h50, memh50, _ = timed_once(big.hugo, big.clean_h, os.path.join(logs, "warmup-huge-hugo.log"), 3600)
    if not ok50:
        rows.append(("scaling: 50,000 ÷ 10,000 notes, full build", f"failed or > {args.timeout * 5} s", "", "", "≤ 5.5×", met(False)))
        return None
    else:
        timed_once(ten.mieruka, ten.clean_m, os.path.join(logs, "warmup-large-mieruka.log"), args.timeout)
        timed_once(ten.hugo, ten.clean_h, os.path.join(logs, "warmup-large-hugo.log"), 3600)
        sr = min(rounds, 3)
        s = hyperfine("scaling", [("m10k", ten.mieruka, ten.clean_m), ("m50k", big.mieruka, big.clean_m),
                                  ("h10k", ten.hugo, ten.clean_h), ("h50k", big.hugo, big.clean_h)], sr, logs)
        rm_ = ratio_per_round(s["m50k"]["wall"], s["m10k"]["wall"])
        rh_ = ratio_per_round(s["h50k"]["wall"], s["h10k"]["wall"])
        rows.append(("full build, 50,000 notes, wall (median)", fmt_s(med(s["m50k"]["wall"])), fmt_s(med(s["h50k"]["wall"])),
                     "", "", ""))
        rows.append(("full build, 50,000 notes, CPU user+sys (median)", fmt_s(med(s["m50k"]["cpu"])), fmt_s(med(s["h50k"]["cpu"])),
                     "", "", ""))
        rows.append(("peak memory, 50,000 notes", fmt_mb(mem50), fmt_mb(memh50), "", "", ""))
        rows.append(("scaling: 50,000 ÷ 10,000 notes (median of per-round ratios)", fmt_x(rm_), fmt_x(rh_), "",
                     "≤ 5.5×", met(rm_ <= 5.5)))
        rows.append(("scaling, CPU time: 50,000 ÷ 10,000 notes", fmt_x(ratio_per_round(s["m50k"]["cpu"], s["m10k"]["cpu"])),
                     fmt_x(ratio_per_round(s["h50k"]["cpu"], s["h10k"]["cpu"])), "", "(context)", ""))
    return s


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", default="large")
    ap.add_argument("--bin", required=True)
    ap.add_argument("--work", default=os.path.join(HERE, ".work"))
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--scaling", action="store_true")
    ap.add_argument("--scaling-only", action="store_true", help="only the 50k ÷ 10k figure")
    ap.add_argument("--given-bin", action="store_true", help="the binary was not built from the working tree by run.sh")
    ap.add_argument("--timeout", type=int, default=600, help="seconds a single mieruka build may take")
    args = ap.parse_args()

    c = Corpus(args.size, os.path.abspath(args.bin), args.work)
    load_before = os.getloadavg()[1]
    logs = os.path.join(c.dir, "logs")
    os.makedirs(logs, exist_ok=True)
    rows = []  # (figure, mieruka, hugo, floor, target, met)
    notes_line = []

    rounds, raw = (min(args.rounds, 3) if args.scaling_only else args.rounds), {}
    try:
        if not args.scaling_only:
            rounds, raw = scenarios(c, args, rows, notes_line, logs)
        if args.scaling or args.scaling_only:
            raw["scaling"] = scaling(args, rows, rounds, logs)
    finally:
        for size in {args.size, "large", "huge"}:
            Corpus(size, os.path.abspath(args.bin), args.work).empty_trash()

    cpu = "?"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    commit = sh("git rev-parse --short HEAD", cwd=ROOT).stdout.strip()
    dirty = " (with uncommitted changes)" if sh("git status --porcelain --untracked-files=no", cwd=ROOT).stdout.strip() else ""
    built = f"{commit}{dirty}, release build" if not args.given_bin else f"binary {args.bin} (BENCH_BIN; tree now at {commit}{dirty})"
    hugo_v = sh("hugo version").stdout.split()[1] if sh("hugo version").returncode == 0 else "?"
    n_datasets = len([n for n in os.listdir(os.path.join(c.content, "datasets")) if n.endswith(".yaml")])
    n_notes = len(os.listdir(os.path.join(c.content, "notes")))
    out = []
    out.append(f"**Corpus {args.size}**: {n_notes:,} notes, {n_datasets} datasets ({2 * (n_datasets - 4)} generated charts). "
               f"**Machine**: {os.cpu_count()} cores ({cpu}), {platform.system()} {platform.release()}. "
               f"**Date**: {datetime.date.today().isoformat()}. **mieruka** {built}; **Hugo** {hugo_v}. "
               f"{rounds} alternating rounds after a warm-up. "
               f"Load average (5 min) {load_before:.1f} at the start, {os.getloadavg()[1]:.1f} at the end.")
    if notes_line:
        out.append("Note: " + "; ".join(notes_line) + ".")
    out.append("")
    out.append("| figure | mieruka | Hugo | floor (cmark + cp -r) | target | |")
    out.append("|---|---:|---:|---:|---|---|")
    for r in rows:
        out.append("| " + " | ".join(r) + " |")
    text = "\n".join(out) + "\n"
    print(text)
    stem = "results-scaling" if args.scaling_only else "results"
    with open(os.path.join(c.dir, stem + ".md"), "w") as f:
        f.write(text)
    with open(os.path.join(c.dir, stem + ".json"), "w") as f:
        json.dump(raw, f, indent=1)


if __name__ == "__main__":
    main()
