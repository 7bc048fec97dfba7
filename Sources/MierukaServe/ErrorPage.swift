import Foundation
import MierukaCore

/// The page `serve` shows instead of the site's pages while the content has
/// errors: every diagnostic as the terminal prints it (file:line:column, the
/// source line and a caret), so the writer can fix the file without looking
/// at the terminal. It reloads itself when the next build is done.
enum ErrorPage {
    /// - Parameters:
    ///   - diagnostics: sorted, as the build reported them.
    ///   - lastGoodSite: whether an earlier build is still served underneath.
    static func html(_ diagnostics: [Diagnostic], lastGoodSite: Bool, token: String) -> Data {
        var renderer = DiagnosticRenderer()
        let errors = diagnostics.filter { $0.severity == .error }.count
        let items = diagnostics.map { d in
            "<li class=\"\(d.severity.rawValue)\"><pre>\(Escape.html(renderer.render(d)))</pre></li>"
        }.joined(separator: "\n")
        let underneath =
            lastGoodSite
            ? "直るまでのあいだ、画像やCSSなどは最後に成功したビルドのものを配信しています。"
            : "まだ一度もビルドに成功していないため、サイトはありません。"
        let page = """
            <!DOCTYPE html>
            <html lang="ja">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>ビルドに失敗しました（mieruka serve）</title>
            <style>
            body{font-family:system-ui,sans-serif;margin:0;padding:1.5rem;background:#fff;color:#1a1a1a;line-height:1.6}
            main{max-width:60rem;margin:0 auto}
            h1{font-size:1.5rem;color:#a4000f}
            ol{padding:0;list-style:none}
            li{margin:0 0 1rem;border-left:.4rem solid #a4000f;background:#fdf2f2;padding:.5rem 1rem}
            li.warning{border-color:#8a5a00;background:#fff8e6}
            pre{margin:0;white-space:pre-wrap;overflow-wrap:anywhere;font-family:ui-monospace,"BIZ UDGothic","Noto Sans Mono CJK JP",monospace;font-size:.95rem}
            @media (prefers-color-scheme:dark){body{background:#161616;color:#eee}li{background:#2a1416}li.warning{background:#2a2414}h1{color:#ff8a8a}}
            </style>
            </head>
            <body>
            <main>
            <h1>ビルドに失敗しました</h1>
            <p>\(errors)件のエラーがあります。下のファイルを直して保存すると、このページは自動で読み直されます。\(underneath)</p>
            <p lang="en">The build failed with \(errors) error\(errors == 1 ? "" : "s"). Fix the files below and save; this page reloads by itself.</p>
            <ol>
            \(items)
            </ol>
            </main>
            </body>
            </html>

            """
        return LiveReload.inject(into: Data(page.utf8), token: token)
    }
}
