// Checks that axe-core does not make, run inside the page by scripts/browser/run.py.
// Each function returns a list of problems in plain words; an empty list means the page passes.
// The checks read the rendered page (computed styles, layout boxes), so they see
// what a reader sees, not only what the HTML says.
window.mierukaChecks = (function () {
  "use strict";

  function describe(el) {
    let s = el.tagName.toLowerCase();
    if (el.id) s += "#" + el.id;
    else if (el.classList.length) s += "." + Array.from(el.classList).join(".");
    const text = (el.textContent || "").trim().replace(/\s+/g, " ").slice(0, 40);
    return text ? s + " 「" + text + "」" : s;
  }

  function visible(el) {
    // checkVisibility also sees content hidden by a closed <details> (content-visibility).
    if (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true })) return false;
    const style = getComputedStyle(el);
    if (style.display === "none" || style.visibility === "hidden") return false;
    const r = el.getBoundingClientRect();
    return r.width > 1 && r.height > 1;
  }

  function accessibleText(a) {
    const label = a.getAttribute("aria-label");
    if (label) return label.trim();
    let text = "";
    a.childNodes.forEach(function walk(node) {
      if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
      else if (node.nodeType === Node.ELEMENT_NODE) {
        if (node.tagName === "IMG") text += node.getAttribute("alt") || "";
        else if (node.getAttribute("aria-hidden") !== "true") node.childNodes.forEach(walk);
      }
    });
    return text.trim().replace(/\s+/g, " ");
  }

  // Link texts that say nothing without their surroundings (WCAG 2.4.4, and 2.4.9 in spirit).
  const vague = /^(こちら|ここ|これ|詳しく|詳しくはこちら|詳細|詳細はこちら|続き|続きを読む|もっと見る|一覧|リンク|click here|here|more|read more|link|this)$/i;

  /** Landmarks, one h1, heading order, tables, link text, images, language of English passages. */
  function structure() {
    const problems = [];
    const doc = document.documentElement;
    if (!doc.getAttribute("lang")) problems.push("the html element has no lang attribute");
    const count = (sel) => document.querySelectorAll(sel).length;
    if (count("main") !== 1) problems.push("expected one <main>, found " + count("main"));
    if (count("body > header, header.site-header") < 1) problems.push("no site header (banner landmark)");
    if (count("body > footer, footer.site-footer") < 1) problems.push("no site footer (contentinfo landmark)");
    if (count("nav") < 1) problems.push("no <nav> landmark");
    const navs = Array.from(document.querySelectorAll("nav"));
    const labels = navs.map((n) => n.getAttribute("aria-label") || n.getAttribute("aria-labelledby") || "");
    if (navs.length > 1 && labels.some((l) => !l)) problems.push("a page with several <nav> needs a label on each");
    // Skip link: the first focusable element, pointing at the main content.
    const first = document.querySelector("a[href], button, input, select, textarea, [tabindex]:not([tabindex='-1'])");
    const main = document.querySelector("main");
    if (!first || !first.getAttribute("href") || !first.getAttribute("href").startsWith("#")) {
      problems.push("the first link is not a skip link to the main content");
    } else {
      const target = document.getElementById(decodeURIComponent(first.getAttribute("href").slice(1)));
      if (!target || (main && target !== main && !main.contains(target))) problems.push("the skip link does not point into <main>");
    }
    // Headings: one h1, no level skipped on the way down.
    const headings = Array.from(document.querySelectorAll("h1, h2, h3, h4, h5, h6"));
    const h1s = headings.filter((h) => h.tagName === "H1");
    if (h1s.length !== 1) problems.push("expected one <h1>, found " + h1s.length);
    if (headings.length && headings[0].tagName !== "H1") problems.push("the first heading is " + describe(headings[0]) + ", not the <h1>");
    let previous = 0;
    for (const h of headings) {
      const level = Number(h.tagName[1]);
      if (previous && level > previous + 1) problems.push("heading level skipped: " + describe(h) + " follows an h" + previous);
      if (!h.textContent.trim()) problems.push("empty heading " + describe(h));
      previous = level;
    }
    // Tables: a caption and header cells.
    for (const t of document.querySelectorAll("table")) {
      const caption = t.querySelector(":scope > caption");
      if (!caption || !caption.textContent.trim()) problems.push("table without a caption: " + describe(t));
      if (!t.querySelector("th")) problems.push("table without header cells: " + describe(t));
      for (const th of t.querySelectorAll("th")) {
        if (!th.getAttribute("scope") && !th.closest("thead")) problems.push("row header without scope in " + describe(t));
      }
    }
    // Images need a text alternative (empty only when decorative).
    for (const img of document.querySelectorAll("img")) {
      if (!img.hasAttribute("alt")) problems.push("image without alt: " + img.getAttribute("src"));
    }
    for (const svg of document.querySelectorAll("svg")) {
      const hidden = svg.getAttribute("aria-hidden") === "true";
      const named = svg.getAttribute("aria-label") || svg.getAttribute("aria-labelledby") || svg.querySelector(":scope > title");
      if (!hidden && !named) problems.push("inline SVG without a text alternative (title, aria-label or aria-hidden)");
    }
    // Links: a text that makes sense alone, and one text for one destination.
    const byText = new Map();
    for (const a of document.querySelectorAll("a[href]")) {
      const text = accessibleText(a);
      // A link marked as the current page ("you are here", as in breadcrumbs) is announced as such.
      if (a.getAttribute("aria-current") === "page" && a.closest(".breadcrumbs")) continue;
      if (!text) { problems.push("link without text to " + a.getAttribute("href")); continue; }
      if (vague.test(text)) problems.push("link text that says nothing alone: 「" + text + "」 → " + a.getAttribute("href"));
      const href = new URL(a.getAttribute("href"), location.href).href.replace(/#.*$/, "");
      if (!byText.has(text)) byText.set(text, new Set());
      byText.get(text).add(href);
    }
    for (const [text, hrefs] of byText) {
      if (hrefs.size > 1) problems.push("one link text, " + hrefs.size + " destinations: 「" + text + "」");
    }
    // English passages inside Japanese text should say so (WCAG 3.1.2), so screen readers switch voice.
    const skip = "code, pre, kbd, samp, script, style, svg, [lang]:not([lang^='ja'])";
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const english = /[A-Za-z][A-Za-z'’-]*(?:[ ,]+[A-Za-z][A-Za-z'’-]*){4,}/;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(skip)) continue;
      const m = node.textContent.match(english);
      if (m) problems.push("English passage without lang=\"en\": 「" + m[0].slice(0, 60) + "」 in " + describe(parent));
    }
    return problems;
  }

  /** Horizontal scrolling of the whole page (WCAG 1.4.10), and what sticks out. */
  function overflow() {
    const width = document.documentElement.clientWidth;
    const problems = [];
    if (document.documentElement.scrollWidth > width + 1) {
      problems.push("the page scrolls sideways: " + document.documentElement.scrollWidth + " px wide in a " + width + " px window");
      const culprits = [];
      for (const el of document.body.querySelectorAll("*")) {
        const r = el.getBoundingClientRect();
        if (r.right > width + 1 && visible(el) && !el.closest(".visually-hidden, .skip-link")) {
          // Report the outermost element that overflows, not each of its children.
          if (!culprits.some((c) => c.contains(el))) culprits.push(el);
        }
      }
      culprits.slice(0, 5).forEach((el) => problems.push("  sticks out: " + describe(el) + " (right edge " + Math.round(el.getBoundingClientRect().right) + " px)"));
    }
    return problems;
  }

  /** Text cut off by a box too small for it, after the text was enlarged (WCAG 1.4.4). */
  function clipped() {
    const problems = [];
    for (const el of document.body.querySelectorAll("*")) {
      if (!visible(el) || el.closest(".visually-hidden, .table-scroll, pre, svg")) continue;
      const style = getComputedStyle(el);
      const hides = (v) => v === "hidden" || v === "clip";
      if ((hides(style.overflowX) && el.scrollWidth > el.clientWidth + 2) || (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 2)) {
        if (el.textContent.trim()) problems.push("text cut off in " + describe(el));
      }
    }
    return problems;
  }

  /** Whether the focused element shows a focus indicator (WCAG 2.4.7). */
  function focusIndicator() {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow && style.boxShadow !== "none";
    const r = el.getBoundingClientRect();
    const onScreen = r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth && r.width > 0 && r.height > 0;
    return { element: describe(el), indicated: outline || shadow, onScreen: onScreen };
  }

  /** The print stylesheet: no navigation, URLs after outside links, charts and their tables kept. */
  function print() {
    const problems = [];
    for (const sel of [".site-nav", ".skip-link", ".breadcrumbs"]) {
      const el = document.querySelector(sel);
      if (el && visible(el)) problems.push("print: " + sel + " is printed");
    }
    for (const svg of document.querySelectorAll("figure svg")) {
      if (!visible(svg)) problems.push("print: a chart is not printed");
    }
    for (const table of document.querySelectorAll("details table")) {
      if (!visible(table)) problems.push("print: a table inside <details> is not printed: " + describe(table));
    }
    for (const a of document.querySelectorAll("main a[href^='http']")) {
      const after = getComputedStyle(a, "::after").content;
      if (!after || after === "none" || after === "normal") problems.push("print: no URL after the outside link " + describe(a));
    }
    return problems;
  }

  return { structure: structure, overflow: overflow, clipped: clipped, focusIndicator: focusIndicator, print: print };
})();
