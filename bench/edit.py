#!/usr/bin/env python3
"""Edits one note or one dataset of a benchmark corpus, or undoes every edit.

  edit.py note CORPUS      append (or renumber) one sentence in one note's body
  edit.py dataset CORPUS   add 1 to one value of one dataset's rows
  edit.py restore CORPUS   put every edited file back as the generator wrote it

CORPUS is a folder made by gen_corpus.py. Each call makes a change that differs
from the previous one, so a tool that rebuilds after it sees a real edit. The
first edit of a file keeps its original in CORPUS/.pristine/, which `restore`
copies back, so the corpus is again byte-identical to the generator's output.
"""

import os
import re
import shutil
import sys


def target(corpus, kind):
    """The note in the middle of the notes folder, or the first generated dataset."""
    content = os.path.join(corpus, "content")
    if kind == "note":
        names = sorted(os.listdir(os.path.join(content, "notes")))
        return os.path.join("content", "notes", names[len(names) // 2])
    return os.path.join("content", "datasets", "bench-001.yaml")


def keep_original(corpus, relative):
    saved = os.path.join(corpus, ".pristine", relative)
    if not os.path.exists(saved):
        os.makedirs(os.path.dirname(saved), exist_ok=True)
        shutil.copyfile(os.path.join(corpus, relative), saved)


def edit_note(text):
    mark = re.search(r"\n（ベンチマーク用の追記 (\d+)）\n$", text)
    if mark:
        n = int(mark.group(1)) + 1
        return text[: mark.start()] + f"\n（ベンチマーク用の追記 {n}）\n"
    return text + "\n（ベンチマーク用の追記 1）\n"


def edit_dataset(text):
    row = re.search(r"^(  - \[\d{4}, [^,\]]+, )(\d+)\]$", text, re.M)
    if not row:
        sys.exit("edit.py: no inline row to edit in the dataset")
    return text[: row.start(2)] + str(int(row.group(2)) + 1) + text[row.end(2):]


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("note", "dataset", "restore"):
        sys.exit(__doc__)
    kind, corpus = sys.argv[1], sys.argv[2]
    if kind == "restore":
        pristine = os.path.join(corpus, ".pristine")
        if os.path.isdir(pristine):
            for root, _, files in os.walk(pristine):
                for name in files:
                    saved = os.path.join(root, name)
                    shutil.copyfile(saved, os.path.join(corpus, os.path.relpath(saved, pristine)))
            shutil.rmtree(pristine)
        return
    relative = target(corpus, kind)
    keep_original(corpus, relative)
    path = os.path.join(corpus, relative)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    text = edit_note(text) if kind == "note" else edit_dataset(text)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
