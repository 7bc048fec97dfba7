#!/usr/bin/env python3
"""Deterministic benchmark corpus for mieruka and Hugo.

Writes, under OUT (default bench/.work/<size>):

  content/   a mieruka site: the sample site's strategy files, pages, notes and
             datasets (copied from Tests/SiteFixtures/one-language/content, the
             sample with one language, because the strategy
             files refer to them), plus generated notes and datasets
  hugo/      a Hugo project whose content/notes is the same notes folder
             (mounted, not copied) and whose theme is bench/hugo-theme
  bodies.md  every note body without its front matter, one after another:
             the input of the cmark floor

Sizes (notes include the sample's 10; datasets are generated ones, each with a
line and a bar chart, every 10th with 10,000 rows in a CSV file beside it; the
sample's 4 datasets come on top because its initiatives name them):

  small  1,000 notes, 20 datasets
  large  10,000 notes, 200 datasets
  huge   50,000 notes, 200 datasets

Python 3 standard library only. Every random choice comes from a
random.Random seeded with a string built from --seed and the item's index, so
two runs write the same bytes.
"""

import argparse
import datetime
import os
import random
import shutil
import sys

SIZES = {
    "small": (1000, 20),
    "large": (10000, 200),
    "huge": (50000, 200),
}

HERE = os.path.dirname(os.path.abspath(__file__))
PROJECT = os.path.dirname(HERE)
# The sample site as it was with one language (the frozen copy the one-language golden
# test builds): the benchmark measures a one-language site, as before the sample site
# had English and easy-Japanese translations.
SAMPLE = os.path.join(PROJECT, "Tests", "SiteFixtures", "one-language", "content")

# ~30 tags: the sample site's own (its initiatives list notes by them) plus more.
TAGS = [
    "DX戦略", "行政のDX", "研修", "組織", "議会", "印鑑", "オンライン", "子育て", "連携協定",
    "オープンデータ", "防災", "観光", "農業", "教育", "医療", "福祉", "交通", "移住",
    "窓口", "キャッシュレス", "テレワーク", "GIS", "AI", "RPA", "Open Data", "Smart City",
    "Accessibility", "Security", "Cloud", "Data Literacy",
]

JA_SENTENCES = [
    "町では、手続きをオンラインで済ませられる範囲を少しずつ広げています。",
    "窓口に来られた方の待ち時間を短くするため、受付の流れを見直しました。",
    "職員向けの研修では、道具の使い方よりも、町民の立場から仕事を見直す考え方を重視しています。",
    "集めたデータは、個人が特定されない形に加工したうえで公開します。",
    "地域の事業者のみなさんと意見を交わす場を、年に数回設けています。",
    "紙の書類をなくすことそのものが目的ではなく、手間の少ない行政をつくることが目的です。",
    "小さく試し、結果を見て、すぐに直すというくり返しを大切にしています。",
    "高齢の方にも使いやすいよう、画面の文字を大きくし、操作の手順を減らしました。",
    "災害のときに必要な情報を、複数の手段で届けられるように準備を進めています。",
    "子育て中の家庭からは、夜間や休日にも申請できることを歓迎する声が寄せられました。",
    "議会の審議の様子を、インターネットで見られるようにする検討を始めました。",
    "業務の量を調べたところ、転記や照合に多くの時間が使われていることがわかりました。",
    "外部の専門人材の知見を借りながら、職員が自分たちで進められる体制をめざしています。",
    "新しい仕組みを入れる前に、今の仕事の流れを図にして、むだな手順を洗い出しました。",
    "公開したデータは、表計算ソフトでそのまま開ける形式でも提供しています。",
    "利用者の声をもとに、案内の文章をより短く、わかりやすく書き直しました。",
    "この取り組みの数値は、進め方のイメージを示すための例示です。",
    "地区ごとの集会所に、オンラインでつながる端末を置く試みを行いました。",
    "観光案内の情報を一か所にまとめ、季節ごとに更新する仕組みをつくりました。",
    "学校と家庭の連絡をデジタルに切り替え、紙のお便りを減らしています。",
    "農作業の記録をスマートフォンで付けられるよう、講習会を開きました。",
    "移住を考えている方向けに、オンラインの相談会を毎月開いています。",
    "情報の安全を守るため、職員全員が年に一度、セキュリティの研修を受けます。",
    "キャッシュレス決済に対応した窓口を、役場の本庁舎から順に増やしています。",
    "地図の上にデータを重ねて見られるようにし、地域の課題を話し合う材料にしています。",
    "アンケートの結果は、回答者が特定されない形で集計し、このサイトで公表します。",
    "うまくいかなかった点も含めて記録し、次の取り組みに生かしていきます。",
    "近隣の町とも情報を共有し、同じ仕組みを共同で使えないか相談しています。",
]

EN_SENTENCES = [
    "The town keeps extending the set of procedures residents can complete online.",
    "We redesigned the counter workflow to shorten waiting times at the town office.",
    "Staff training focuses less on tools and more on looking at work from a resident's point of view.",
    "Data we collect is published only after it has been processed so that no person can be identified.",
    "Removing paper is not the goal in itself; a government that asks less of people is.",
    "We try small, look at the results, and fix things quickly, over and over.",
    "Text on the screens was enlarged and steps were removed so that older residents can use them.",
    "Families with young children welcomed the chance to apply in the evening and at weekends.",
    "A workload survey showed that much time goes into copying and cross-checking figures.",
    "Every published table can also be downloaded as a file that opens in a spreadsheet.",
    "The figures in this note are illustrative and only show the direction of the work.",
    "Tourist information now lives in one place and is updated every season.",
    "Monthly online sessions answer questions from people thinking of moving to the town.",
    "Every member of staff takes a security course once a year.",
    "Cashless payment is being added to the counters, starting with the main office.",
    "We record what did not work as well, so that the next project can learn from it.",
    "Neighbouring towns share what they learn, and some systems may be run together.",
    "Maps with data layers give each district a common ground for discussing local issues.",
]

JA_HEADINGS = [
    "これまでの経緯", "取り組みの内容", "町民のみなさんへのお願い", "今後の予定", "数字で見る成果",
    "現場の声", "課題と対応", "よくある質問", "関係する取り組み", "ふり返り",
]
EN_HEADINGS = [
    "Background", "What we did", "What changes for residents", "Next steps", "Results in numbers",
    "Voices from the field", "Open questions", "Related work",
]

JA_TITLE_WORDS = [
    "窓口のデジタル化", "オンライン申請", "職員研修", "オープンデータの公開", "防災情報の配信",
    "子育て支援アプリ", "議会のオンライン化", "業務量調査", "キャッシュレス決済", "移住相談会",
    "地図データの活用", "学校連絡のデジタル化", "農業の記録アプリ", "AIスピーカーの試行", "テレワーク研修",
]
JA_TITLE_TAILS = ["を始めました", "の進み具合", "についてのお知らせ", "をふり返って", "の説明会を開きました", "の結果を公表します"]
EN_TITLE_WORDS = [
    "Online applications", "Counter redesign", "Staff training", "Open data release", "Disaster alerts",
    "Council streaming", "Workload survey", "Cashless payments", "Map data", "School messages",
]
EN_TITLE_TAILS = ["update", "first results", "what we learned", "a progress report", "next steps"]

AREAS = ["中心部", "北部", "南部", "東部"]
KINDS = ["申請件数", "利用者数", "問い合わせ件数", "公開件数", "参加者数", "閲覧数"]


def note_dates(n):
    """n dates, oldest first, spread evenly from 2012-01-01 on (several per day when n is large)."""
    start = datetime.date(2012, 1, 1)
    days = 365 * 12
    return [start + datetime.timedelta(days=(i * days) // n) for i in range(n)]


def paragraph(rng, english, k):
    pool = EN_SENTENCES if english else JA_SENTENCES
    sep = " " if english else ""
    return sep.join(rng.choice(pool) for _ in range(k))


def inline_markup(rng, text, english):
    """Wrap one phrase in bold or emphasis now and then."""
    if rng.random() < 0.4:
        word = rng.choice(["オンライン", "データ", "窓口", "研修"] if not english else ["online", "data", "counter", "training"])
        mark = rng.choice(["**", "*"])
        text = text.replace(word, mark + word + mark, 1)
    return text


def note_body(rng, english, links, target_bytes):
    """Markdown body: lead paragraph, sections with paragraphs and lists, links to older notes."""
    headings = EN_HEADINGS if english else JA_HEADINGS
    parts = [inline_markup(rng, paragraph(rng, english, rng.randint(2, 4)), english)]
    link_queue = list(links)
    order = rng.sample(headings, len(headings))
    section = 0
    while len("\n\n".join(parts).encode("utf-8")) < target_bytes:
        section += 1
        level = "##" if section == 1 or rng.random() < 0.7 else "###"
        parts.append(f"{level} {order[(section - 1) % len(order)]}")
        parts.append(inline_markup(rng, paragraph(rng, english, rng.randint(2, 5)), english))
        roll = rng.random()
        if roll < 0.35:
            pool = EN_SENTENCES if english else JA_SENTENCES
            items = [rng.choice(pool) for _ in range(rng.randint(3, 5))]
            if rng.random() < 0.5:
                parts.append("\n".join(f"- {x}" for x in items))
            else:
                parts.append("\n".join(f"{i + 1}. {x}" for i, x in enumerate(items)))
        elif roll < 0.45:
            parts.append("> " + paragraph(rng, english, 1))
        if link_queue:
            slug, title = link_queue.pop(0)
            if english:
                parts.append(f"See also [{title}](/notes/{slug}/) for the earlier steps.")
            else:
                parts.append(f"これまでの経緯は「[{title}](/notes/{slug}/)」をご覧ください。")
        elif rng.random() < 0.2:
            parts.append("詳しくは[町の公式サイト](https://www.town.bandai.fukushima.jp/)をご覧ください。" if not english
                         else "More on the [open data page](/open-data/).")
    return "\n\n".join(parts) + "\n"


def note_title(rng, english, i):
    if english:
        return f"{rng.choice(EN_TITLE_WORDS)}, {rng.choice(EN_TITLE_TAILS)} (no. {i})"
    return f"{rng.choice(JA_TITLE_WORDS)}{rng.choice(JA_TITLE_TAILS)}（第{i}号）"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def split_front_matter(text):
    """(front matter, body) of a note written as '---' YAML '---' body."""
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end >= 0:
            return text[4:end], text[end + 5:]
    return "", text


def generate_notes(content, n, seed):
    """Writes n - 10 generated notes beside the sample's 10; returns every body in file-name order."""
    notes_dir = os.path.join(content, "notes")
    generated = max(0, n - len(os.listdir(notes_dir)))
    dates = note_dates(generated)
    made = []  # (slug, title) of notes already written, for links to older notes
    for i in range(generated):
        rng = random.Random(f"{seed}-note-{i}")
        english = rng.random() < 0.3
        slug = f"n{i + 1:05d}-{'update' if english else 'oshirase'}"
        title = note_title(rng, english, i + 1)
        tags = rng.sample(TAGS, rng.randint(1, 4))
        pool = EN_SENTENCES if english else JA_SENTENCES
        summary = rng.choice(pool)
        links = []
        if made:
            for _ in range(rng.randint(1, 3)):
                links.append(made[rng.randrange(max(0, len(made) - 500), len(made))])
        body = note_body(rng, english, links, rng.randint(1700, 5000))
        front = [
            "---",
            f"title: {title}",
            "author: デジタル変革戦略室" if not english else "author: DX Strategy Office",
            "tags: [" + ", ".join(tags) + "]",
            f"summary: {summary}",
            "---",
        ]
        write(os.path.join(notes_dir, f"{dates[i].isoformat()}-{slug}.md"), "\n".join(front) + "\n" + body)
        made.append((slug, title))
    bodies = []
    for name in sorted(os.listdir(notes_dir)):
        with open(os.path.join(notes_dir, name), encoding="utf-8") as f:
            bodies.append(split_front_matter(f.read())[1])
    return bodies


def dataset_yaml(i, rng, big):
    kind = KINDS[i % len(KINDS)]
    lines = [
        f"title: {kind}の推移（ベンチマーク用データ{i:03d}）",
        f"description: ベンチマーク用に生成した{kind}の例示値です。公式の統計値ではありません。",
        "source:",
        "  name: mieruka ベンチマーク用の生成データ",
        "  url: https://example.org/",
        "unit: 件",
        "frequency: irregular",
        "illustrative: true",
        f"keywords: [ベンチマーク, {kind}]",
        "fields:",
    ]
    if big:
        lines += [
            "  - name: day", "    title: 日付", "    type: date",
            "  - name: area", "    title: 地区", "    type: string",
            "  - name: count", "    title: 件数", "    type: integer", "    unit: 件",
            f"csv: bench-{i:03d}.csv",
            "charts:",
            "  - id: trend", "    type: line", f"    title: 地区別の{kind}（日別）", "    x: day", "    y: count", "    series: area",
            "  - id: bars", "    type: bar", f"    title: 地区別の{kind}（日別の棒グラフ）", "    x: day", "    y: count", "    series: area",
        ]
        return "\n".join(lines) + "\n"
    years = rng.randint(10, 30)
    areas = AREAS[: rng.randint(2, 3)]
    lines += [
        "  - name: year", "    title: 年", "    type: year",
        "  - name: area", "    title: 地区", "    type: string",
        "  - name: count", "    title: 件数", "    type: integer", "    unit: 件",
        "rows:",
    ]
    for y in range(years):
        for a in areas:
            lines.append(f"  - [{2000 + y}, {a}, {rng.randint(10, 5000)}]")
    lines += [
        "charts:",
        "  - id: trend", "    type: line", f"    title: 地区別の{kind}の推移", "    x: year", "    y: count", "    series: area",
        "  - id: bars", "    type: bar", f"    title: 地区別の{kind}", "    x: year", "    y: count", "    series: area",
    ]
    return "\n".join(lines) + "\n"


def big_csv(rng):
    """10,000 rows: 2,500 days x 4 areas."""
    start = datetime.date(2015, 1, 1)
    out = ["day,area,count"]
    for d in range(2500):
        day = (start + datetime.timedelta(days=d)).isoformat()
        for a in AREAS:
            out.append(f"{day},{a},{rng.randint(0, 900)}")
    return "\n".join(out) + "\n"


def generate_datasets(content, d, seed):
    ds_dir = os.path.join(content, "datasets")
    for i in range(1, d + 1):
        rng = random.Random(f"{seed}-dataset-{i}")
        big = i % 10 == 0
        write(os.path.join(ds_dir, f"bench-{i:03d}.yaml"), dataset_yaml(i, rng, big))
        if big:
            write(os.path.join(ds_dir, f"bench-{i:03d}.csv"), big_csv(rng))


def hugo_config():
    return """# Generated by bench/gen_corpus.py: the Hugo side of the benchmark.
# Build with: hugo --source hugo --themesDir <project>/bench (run.sh does).
baseURL: https://example.org/
languageCode: ja
title: 磐梯町 DXの歩み
theme: hugo-theme
paginate: 10
rssLimit: 20
disableKinds: [robotsTXT]
enableRobotsTXT: false
taxonomies:
  tag: tags
frontmatter:
  date: [":filename", ":default"]
  lastmod: [":filename", ":default"]
markup:
  highlight:
    codeFences: false
mediaTypes:
  application/atom+xml:
    suffixes: [xml]
outputFormats:
  Atom:
    mediaType: application/atom+xml
    baseName: feed
    isPlainText: false
outputs:
  home: [HTML, Atom]
  section: [HTML]
  taxonomy: [HTML]
  term: [HTML]
module:
  mounts:
    - source: ../content/notes
      target: content/notes
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", choices=sorted(SIZES), default="large")
    ap.add_argument("--out", help="folder to (re)write; default bench/.work/<size>")
    ap.add_argument("--seed", default="mieruka-bench-1")
    args = ap.parse_args()
    n, d = SIZES[args.size]
    out = os.path.abspath(args.out or os.path.join(HERE, ".work", args.size))
    if os.path.exists(out):
        shutil.rmtree(out)
    content = os.path.join(out, "content")
    os.makedirs(content)
    for name in ["site.yaml", "strategy.yaml", "timeline.yaml", "agreements.yaml"]:
        shutil.copyfile(os.path.join(SAMPLE, name), os.path.join(content, name))
    for folder in ["initiatives", "pages", "notes", "datasets"]:
        shutil.copytree(os.path.join(SAMPLE, folder), os.path.join(content, folder))
    bodies = generate_notes(content, n, args.seed)
    generate_datasets(content, d, args.seed)
    write(os.path.join(out, "bodies.md"), "\n".join(bodies))
    write(os.path.join(out, "hugo", "config.yaml"), hugo_config())
    print(f"{out}: {len(bodies)} notes, {d} generated datasets (+{len([x for x in os.listdir(os.path.join(SAMPLE, 'datasets')) if x.endswith('.yaml')])} from the sample)",
          file=sys.stderr)


if __name__ == "__main__":
    main()
