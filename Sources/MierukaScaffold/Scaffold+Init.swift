import Foundation
import MierukaCore

extension Scaffold {
    /// Creates a new site in `directory`: `content/` with site.yaml, one note,
    /// one initiative and one dataset with a chart (the note shows the chart),
    /// the theme copied into `themes/default`, and a `.gitignore` for `output/`.
    /// The site builds as it is; every value to replace is marked in comments.
    ///
    /// - Parameters:
    ///   - theme: the theme folder to copy (see `findDefaultTheme`).
    ///   - date: the sample note's date; by default today in Japan.
    /// - Returns: the files made, relative to `directory`, sorted.
    /// - Throws: when `directory` exists and is not empty, or the theme is not a theme.
    @discardableResult
    public static func initSite(at directory: String, theme: String, date: LocalDate? = nil, now: Date = Date()) throws(ScaffoldError) -> [String] {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: directory, isDirectory: &isDir) {
            guard isDir.boolValue else { throw ScaffoldError("'\(directory)' is a file, not a folder") }
            let entries = (try? fm.contentsOfDirectory(atPath: directory)) ?? []
            guard entries.isEmpty else {
                throw ScaffoldError("the folder '\(directory)' is not empty; mieruka init only makes new sites",
                                    hint: "name a new folder: mieruka init my-town-site")
            }
        }
        guard fm.fileExists(atPath: theme + "/templates/layout.mustache") else {
            throw ScaffoldError("'\(theme)' is not a mieruka theme (it has no templates/layout.mustache)",
                                hint: "pass the default theme with --theme path/to/themes/default")
        }
        let day = date ?? SiteTimeZone.standard.date(at: Int(now.timeIntervalSince1970.rounded(.down)))
        let files: [(String, String)] = [
            ("content/site.yaml", InitTemplates.siteYAML),
            ("content/notes/\(day.iso)-welcome.md", InitTemplates.note),
            ("content/initiatives/online-procedures.yaml", InitTemplates.initiative),
            ("content/datasets/online-procedures.yaml", InitTemplates.dataset),
            (".gitignore", "output/\n.output.*\n"),
        ]
        do {
            try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
            for (path, text) in files {
                let full = directory + "/" + path
                try fm.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(text.utf8).write(to: URL(fileURLWithPath: full), options: .withoutOverwriting)
            }
            try fm.createDirectory(atPath: directory + "/themes", withIntermediateDirectories: true)
            try fm.copyItem(atPath: theme, toPath: directory + "/themes/default")
        } catch {
            throw ScaffoldError("could not create the site in '\(directory)': \(error.localizedDescription)")
        }
        var made = files.map(\.0)
        if let e = fm.enumerator(atPath: directory + "/themes/default") {
            for case let p as String in e {
                var d: ObjCBool = false
                if fm.fileExists(atPath: directory + "/themes/default/" + p, isDirectory: &d), !d.boolValue {
                    made.append("themes/default/" + p)
                }
            }
        }
        return made.sorted()
    }

    /// Finds the default theme to copy into a new site.
    ///
    /// Looks, in order, beside the running binary and in the folders above it
    /// (`<dir>/themes/default`, `<dir>/share/mieruka/themes/default`, up to six
    /// levels: this finds the repository's theme from `.build/debug/mieruka`
    /// and an installed `/usr/local/share/mieruka/themes/default` from
    /// `/usr/local/bin/mieruka`), then in the current folder (`themes/default`).
    public static func findDefaultTheme(executable: String? = currentExecutable(),
                                        currentDirectory: String = FileManager.default.currentDirectoryPath) -> String? {
        func isTheme(_ p: String) -> Bool { FileManager.default.fileExists(atPath: p + "/templates/layout.mustache") }
        if let executable {
            var dir = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<7 {
                for candidate in [dir.path + "/themes/default", dir.path + "/share/mieruka/themes/default"] where isTheme(candidate) {
                    return candidate
                }
                if dir.path == "/" { break }
                dir.deleteLastPathComponent()
            }
        }
        let local = currentDirectory + "/themes/default"
        return isTheme(local) ? local : nil
    }

    /// The running binary's path (`/proc/self/exe` on Linux).
    public static func currentExecutable() -> String? {
        if let p = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return p }
        return Bundle.main.executablePath
    }
}

/// The files of a new site. Japanese, in the voice of a town's PR staff; every
/// number is marked as an example.
enum InitTemplates {
    static let siteYAML = """
    # サイト全体の設定です。「★」の付いた値を、自分の町のものに書き換えてください。
    # すべてのキーの説明: mieruka の docs/content.md
    name: わたしたちの町 DXの歩み               # ★ サイトの名前
    description: 町のデジタル変革（DX）の取り組みとデータをお知らせするサイトです。
    municipality:
      name: 磐梯町                             # ★ 市区町村名
      prefecture: 福島県                        # ★ 都道府県名
      code: "074071"                            # ★ 全国地方公共団体コード（6桁、検査数字つき）
    base_url: https://example.org/              # ★ 公開するアドレス（例: https://<owner>.github.io/<repo>/）
    language: ja
    time_zone: Asia/Tokyo
    license:
      name: CC BY 4.0
      url: https://creativecommons.org/licenses/by/4.0/
      id: CC-BY-4.0
    publisher:
      name: わたしたちの町 DX推進担当（サンプル）   # ★ 発行者
    navigation:
      - title: ホーム
        url: /
      - title: お知らせ
        url: /notes/
      - title: 取り組み
        url: /initiatives/
      - title: オープンデータ
        url: /data/

    """

    static let note = """
    ---
    title: DXの歩みを伝えるサイトを始めました
    author: DX推進担当
    tags: [お知らせ]
    summary: 町のデジタル変革の取り組みと、その進み具合を示すデータを、このサイトでお知らせしていきます。
    ---
    町のデジタル変革（DX）の取り組みと、その進み具合を示すデータを、このサイトでお知らせしていきます。

    ## オンラインでできる手続き

    役場へ来なくても済む手続きを、少しずつ増やしています。下のグラフの数値は例示です。

    ```chart
    dataset: online-procedures
    chart: trend
    ```

    グラフのもとになったデータは、[オープンデータ](/data/)のページからCSVとJSONで入手できます。

    """

    static let initiative = """
    title: オンライン申請の拡大
    summary: 役場の窓口に来なくても、自宅や職場から申請できる手続きを増やします。
    body: |
      書類を書いて窓口へ持って来ていただく手続きを見直し、オンラインで申請できるものから順に切り替えます。

      ※ 状態・進み具合・日付は例示です。
    status: in-progress
    progress: 40
    owner: DX推進担当
    start: 2021-04-01
    priority: true
    illustrative: true
    history:
      - date: 2021-04-01
        status: planned
        note: 対象にする手続きの洗い出しを始めました。
      - date: 2021-10-01
        status: in-progress
        note: 最初の手続きでオンライン申請の受け付けを始めました。
    kpis:
      - dataset: online-procedures
        chart: trend

    """

    static let dataset = """
    title: オンラインで申請できる手続きの数
    description: 年度末の時点で、オンラインで申請できる町の手続きの数です。サイトの使い方を示すための例示値で、実際の数値ではありません。
    source:
      name: DX推進担当の集計（例示）
    unit: 件
    updated: 2024-03-31
    illustrative: true
    keywords: [オンライン申請, 行政手続き]
    fields:
      - name: year
        title: 年度
        type: year
      - name: procedures
        title: 手続きの数
        type: integer
        unit: 件
    rows:
      - [2021, 3]
      - [2022, 12]
      - [2023, 25]
    charts:
      - id: trend
        type: bar
        title: オンラインで申請できる手続きの数
        x: year
        y: procedures

    """
}
