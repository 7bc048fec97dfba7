"""Opens the built site in headless Chromium and checks it as a reader meets it.

Usage: run.py OUTPUT_DIR SCREENSHOT_DIR [--kinds]

For every page (or one page of each kind with --kinds) it runs axe-core (WCAG 2.0/2.1
A and AA rules plus axe's best practices) at a phone width (375 px) and a
desktop width (1280 px), in light and dark colour scheme, and saves a
screenshot of each view. It then makes the checks axe does not make
(page-checks.js): landmarks, skip link, one h1 and ordered headings, tables,
link text, English passages, no sideways scrolling at 320 px, text at 200 %,
a visible focus on every stop of the keyboard, and the print stylesheet.

Prints "axe: ..." and "layout: ..." summary lines and details of every
problem on stderr; exits 1 on any problem. Works offline: the site is served
from 127.0.0.1 and axe-core is the copy inside axe-selenium-python.
"""

import base64
import functools
import http.server
import json
import os
import shutil
import sys
import threading
import time
import urllib.parse

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver

import axe_selenium_python
from axe_selenium_python import Axe

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pages as page_list  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
VIEWS = [(375, "light"), (375, "dark"), (1280, "light"), (1280, "dark")]
SCREEN_HEIGHT = {375: 812, 1280: 900}
MAX_SHOT_HEIGHT = 16000  # px; longer pages are cut there, which is plenty to look at
FOCUS_STOPS = 60  # keyboard stops checked per page


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the output folder; says nothing per request."""

    def log_message(self, *args):
        pass


def serve(root):
    """Starts a local HTTP server on a free port of 127.0.0.1; returns (server, base URL)."""
    handler = functools.partial(QuietHandler, directory=root)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, "http://127.0.0.1:%d/" % server.server_address[1]


def find(*names):
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    sys.exit("browser-check: none of %s is installed" % ", ".join(names))


def browser() -> WebDriver:
    options = Options()
    options.binary_location = find("chromium", "chromium-browser", "google-chrome")
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=ja-JP",
                "--no-first-run", "--disable-extensions", "--window-size=1280,900"):
        options.add_argument(arg)
    service = Service(executable_path=find("chromedriver"))
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_script_timeout(60)
    driver.set_page_load_timeout(60)
    return driver


def set_view(driver, width, scheme, media="screen", height=None):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height or SCREEN_HEIGHT.get(width, 900),
        "deviceScaleFactor": 1, "mobile": width < 800})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
        "media": media, "features": [{"name": "prefers-color-scheme", "value": scheme}]})


def open_page(driver, url):
    driver.get(url)
    # Wait for fonts, so the layout measured and photographed is the final one.
    driver.execute_async_script("const done = arguments[0]; document.fonts.ready.then(() => done(true));")


def screenshot(driver, path, width):
    height = driver.execute_script("return Math.ceil(document.documentElement.scrollHeight)")
    height = max(1, min(height, MAX_SHOT_HEIGHT))
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
    with open(path, "wb") as f:
        f.write(base64.b64decode(shot["data"]))


def load_checks(driver, source):
    driver.execute_script(source)


def axe_run(driver, axe):
    axe.inject()
    options = json.dumps({"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]})
    return axe.run(options=options)["violations"]


def keyboard_focus(driver):
    """Tabs through the page from the top; returns problems with the focus indicator."""
    problems = []
    unmarked, hidden, stops = [], [], 0
    driver.execute_script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);")
    actions = webdriver.ActionChains(driver)
    for stop in range(FOCUS_STOPS):
        actions.send_keys(Keys.TAB).perform()
        info = driver.execute_script("return mierukaChecks.focusIndicator()")
        if info is None:
            break
        stops += 1
        if stop == 0 and "skip-link" not in info["element"]:
            problems.append("the first Tab does not reach the skip link (it reaches %s)" % info["element"])
        if not info["indicated"]:
            unmarked.append(info["element"])
        if not info["onScreen"]:
            hidden.append(info["element"])
    if unmarked:
        problems.append("no visible focus indicator on %d of %d keyboard stops, e.g. %s"
                        % (len(unmarked), stops, ", ".join(unmarked[:3])))
    if hidden:
        problems.append("focus goes off screen on %d of %d keyboard stops, e.g. %s"
                        % (len(hidden), stops, ", ".join(hidden[:3])))
    return problems


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        sys.exit("usage: run.py OUTPUT_DIR SCREENSHOT_DIR [--kinds]")
    root, shots = (os.path.abspath(a) for a in args)
    every = "--kinds" not in sys.argv
    os.makedirs(shots, exist_ok=True)
    with open(os.path.join(HERE, "page-checks.js"), encoding="utf-8") as f:
        checks_js = f.read()

    kinds = page_list.page_kinds(root)
    targets = kinds
    if every:
        known = {path for _, path in kinds}
        targets = kinds + [("page", p) for p in page_list.all_pages(root) if p not in known]

    if not targets:
        raise RuntimeError("no HTML pages under %s" % root)
    server, base = serve(root)
    driver = browser()
    axe = Axe(driver)
    violations = 0
    layout_problems = 0
    axe_runs = 0
    started = time.time()
    try:
        for kind, path in targets:
            url = base + urllib.parse.quote(path)
            name = kind if kind != "page" else path.strip("/").replace("/", "-") or "home"
            shoot = kind != "page"

            def report(view, problems):
                nonlocal layout_problems
                for p in problems:
                    print("/%s (%s): %s" % (path, view, p), file=sys.stderr)
                layout_problems += sum(1 for p in problems if not p.startswith("  "))

            # axe-core and screenshots in the four views.
            for width, scheme in VIEWS:
                set_view(driver, width, scheme)
                open_page(driver, url)
                found = axe_run(driver, axe)
                axe_runs += 1
                for v in found:
                    targets_text = "; ".join(" ".join(n["target"]) if isinstance(n["target"], list) else str(n["target"]) for n in v["nodes"][:4])
                    print("/%s (%d px, %s): axe %s (%s): %s — %d element(s): %s" % (
                        path, width, scheme, v["id"], v.get("impact"), v["help"], len(v["nodes"]), targets_text), file=sys.stderr)
                    violations += len(v["nodes"])
                load_checks(driver, checks_js)
                report("%d px" % width, driver.execute_script("return mierukaChecks.overflow()"))
                if shoot:
                    screenshot(driver, os.path.join(shots, "%s-%d-%s.png" % (name, width, scheme)), width)

            # Structure once (it does not change with the view).
            load_checks(driver, checks_js)
            report("structure", driver.execute_script("return mierukaChecks.structure()"))

            # Keyboard focus, at the phone width where the layout is tightest.
            set_view(driver, 375, "light")
            open_page(driver, url)
            load_checks(driver, checks_js)
            report("keyboard", keyboard_focus(driver))

            # Reflow at 320 px (WCAG 1.4.10).
            set_view(driver, 320, "light", height=640)
            open_page(driver, url)
            load_checks(driver, checks_js)
            report("320 px", driver.execute_script("return mierukaChecks.overflow()"))
            if shoot:
                screenshot(driver, os.path.join(shots, "%s-320-light.png" % name), 320)

            # Text at 200 % (WCAG 1.4.4): the reader's text size doubled, at the desktop width.
            set_view(driver, 1280, "light")
            open_page(driver, url)
            driver.execute_script("document.documentElement.style.fontSize = '200%'")
            load_checks(driver, checks_js)
            report("text 200 %", driver.execute_script("return mierukaChecks.overflow().concat(mierukaChecks.clipped())"))
            if shoot:
                screenshot(driver, os.path.join(shots, "%s-1280-text200.png" % name), 1280)

            # Print: A4 portrait is about 794 CSS px wide.
            set_view(driver, 794, "light", media="print")
            open_page(driver, url)
            load_checks(driver, checks_js)
            report("print", driver.execute_script("return mierukaChecks.print()"))
            if shoot:
                screenshot(driver, os.path.join(shots, "%s-print.png" % name), 794)
    finally:
        driver.quit()
        server.shutdown()

    pages = len(targets)
    print("axe: %d pages checked (%d views: 375 and 1280 px, light and dark), %d violations"
          % (pages, axe_runs, violations))
    print("layout: %d pages checked (structure, keyboard focus, 320 px, text 200 %%, print), %d problems"
          % (pages, layout_problems))
    print("browser-check: %.0f s in Chromium, axe-core %s" % (time.time() - started, axe_version()), file=sys.stderr)
    sys.exit(1 if violations or layout_problems else 0)


def axe_version():
    path = os.path.join(os.path.dirname(axe_selenium_python.__file__), "node_modules", "axe-core", "axe.min.js")
    with open(path, encoding="utf-8") as f:
        head = f.read(200)
    marker = "axe v"
    return head[head.find(marker) + len(marker):].split()[0] if marker in head else "?"


if __name__ == "__main__":
    try:
        main()
    except Exception as error:  # a browser that will not start is a failed check, with the summary lines still printed
        print("browser-check: %s: %s" % (type(error).__name__, str(error).strip().splitlines()[0] if str(error).strip() else ""), file=sys.stderr)
        print("axe: 0 pages checked, 1 violations (the browser check could not run)")
        print("layout: 0 pages checked, 1 problems (the browser check could not run)")
        sys.exit(1)
