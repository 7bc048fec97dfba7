"""Which pages of a built site the browser checks open, one per page kind.

The site's URL layout is fixed by docs/design (see /notes/, /data/<id>/ ...),
so each kind is found from the output folder itself: the check needs no
knowledge of the sample content and still works on a town's own site.
"""

import os


def _first_dir(root, section, skip=()):
    """The first sub-folder of `section` (sorted by name) holding an index.html."""
    base = os.path.join(root, section)
    if not os.path.isdir(base):
        return None
    for name in sorted(os.listdir(base)):
        if name in skip:
            continue
        if os.path.isfile(os.path.join(base, name, "index.html")):
            return "%s/%s/" % (section, name)
    return None


def _page_with_chart(root, section, skip=()):
    """A page of `section` that shows a chart (so charts are seen in the
    browser too) if there is one, else the section's first page."""
    base = os.path.join(root, section)
    if not os.path.isdir(base):
        return None
    fallback = None
    for name in sorted(os.listdir(base)):
        page = os.path.join(base, name, "index.html")
        if name in skip or not os.path.isfile(page):
            continue
        fallback = fallback or "%s/%s/" % (section, name)
        with open(page, encoding="utf-8") as f:
            if "<svg" in f.read():
                return "%s/%s/" % (section, name)
    return fallback


def page_kinds(root):
    """[(kind, path)] for every page kind present in the output, path relative to the root."""
    candidates = [
        ("home", "" if os.path.isfile(os.path.join(root, "index.html")) else None),
        ("note", _page_with_chart(root, "notes", skip=("page",))),
        ("notes", "notes/"),
        ("tags", "tags/"),
        ("tag", _first_dir(root, "tags")),
        ("strategy", "strategy/"),
        ("initiatives", "initiatives/"),
        ("initiative", _first_dir(root, "initiatives")),
        ("timeline", "timeline/"),
        ("agreements", "agreements/"),
        ("data", "data/"),
        ("dataset", _page_with_chart(root, "data")),
        ("about", "about/"),
        ("accessibility", "accessibility/"),
        ("404", "404.html"),
    ]
    kinds = []
    for kind, path in candidates:
        if path is None:
            continue
        file = os.path.join(root, path, "index.html") if path == "" or path.endswith("/") else os.path.join(root, path)
        if os.path.isfile(file):
            kinds.append((kind, path))
    return kinds


def all_pages(root):
    """Every HTML page of the output as a path relative to the root ('' for the home page)."""
    pages = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.endswith(".html"):
                continue
            rel = os.path.relpath(os.path.join(folder, name), root).replace(os.sep, "/")
            pages.append(rel[: -len("index.html")] if rel.endswith("index.html") else rel)
    return sorted(pages)
