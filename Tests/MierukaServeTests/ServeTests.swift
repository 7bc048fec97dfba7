import Foundation
import Testing
@testable import MierukaServe
import MierukaTestSupport
#if canImport(Glibc)
    import Glibc
#endif

/// `mieruka serve` end to end: the real binary on a free port in a temporary
/// site, spoken to over a raw socket (so `..` reaches the server as written;
/// URLSession and curl would tidy it away). Every wait is bounded and every
/// server is stopped, also when an expectation fails.
@Suite(.serialized) struct ServeTests {
    static let site = """
        -- content/notes/2021-04-01-hello.md --
        ---
        title: はじめてのお知らせ
        tags: [テスト]
        ---
        最初の本文です。
        -- content/notes/2021-04-02-secret.md --
        ---
        title: まだ秘密のお知らせ
        draft: true
        ---
        下書きの本文です。
        -- content/datasets/population.yaml --
        title: 人口
        description: テスト用の人口です。
        fields:
          - name: year
            type: year
          - name: population
            type: integer
            unit: 人
        rows:
          - [2015, 3580]
          - [2020, 3400]
        charts:
          - id: trend
            type: line
            x: year
            y: population
        """

    static let hello = "content/notes/2021-04-01-hello.md"

    @Test func servesTheSiteWithReloadScriptTypesAndNotFoundPage() throws {
        let f = Fixture(Self.site)
        let server = try ServeProcess(in: f.root)
        defer { server.stop() }

        let home = try get(server.port, "/")
        #expect(home.status == 200)
        #expect(home.header("content-type") == "text/html; charset=utf-8")
        #expect(home.header("cache-control") == "no-store")
        #expect(home.text.contains("new EventSource(\"/__mieruka/events\")"))
        #expect(home.text.contains("</script>\n</body>"), "the script goes just before </body>")
        // The preview never writes the site's own output folder.
        #expect(!FileManager.default.fileExists(atPath: f.root + "/output"))

        let note = try get(server.port, "/notes/hello/")
        #expect(note.status == 200 && note.text.contains("最初の本文です。"))
        // Drafts are on in serve, and marked.
        let draft = try get(server.port, "/notes/secret/")
        #expect(draft.status == 200)
        #expect(draft.text.contains("これは下書きです"))

        let types = [
            "/assets/style.css": "text/css; charset=utf-8",
            "/charts/population-trend.svg": "image/svg+xml; charset=utf-8",
            "/data/population.csv": "text/csv; charset=utf-8",
            "/data/population.json": "application/json; charset=utf-8",
            "/data/catalog.jsonld": "application/ld+json; charset=utf-8",
            "/feed.xml": "application/atom+xml; charset=utf-8",
            "/sitemap.xml": "application/xml; charset=utf-8",
            "/robots.txt": "text/plain; charset=utf-8",
        ]
        for (path, type) in types.sorted(by: { $0.key < $1.key }) {
            let r = try get(server.port, path)
            #expect(r.status == 200, "\(path)")
            #expect(r.header("content-type") == type, "\(path)")
            #expect(!r.text.contains("EventSource"), "only HTML gets the reload script: \(path)")
        }
        let served = try get(server.port, "/data/population.csv").body
        #expect(served == FileManager.default.contents(atPath: server.siteFolder + "/data/population.csv"))

        let missing = try get(server.port, "/no/such/page/")
        #expect(missing.status == 404)
        #expect(missing.header("content-type") == "text/html; charset=utf-8")
        #expect(missing.text.contains("お探しのページは見つかりませんでした"))
        #expect(missing.text.contains("EventSource"))

        let folder = try get(server.port, "/notes")
        #expect(folder.status == 301)
        #expect(folder.header("location") == "/notes/")
        let openRedirect = try get(server.port, "//notes")
        #expect(openRedirect.header("location") == "/notes/", "never a protocol-relative //host location")

        let head = try get(server.port, "/", method: "HEAD")
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        #expect(head.header("content-length") == String(home.body.count))
        #expect(try get(server.port, "/", method: "POST").status == 405)

        // The event stream starts with the token of the build the page came from.
        let token = try #require(home.text.firstMatch(of: /var v="([0-9-]+)"/)?.1)
        let first = try firstEvent(server.port)
        #expect(first.contains("data: \(token)\n"))

        // Stopping removes the private folder.
        let siteFolder = server.siteFolder
        #expect(FileManager.default.fileExists(atPath: siteFolder + "/index.html"))
        server.stop()
        #expect(!FileManager.default.fileExists(atPath: siteFolder))
    }

    @Test func neverServesAFileOutsideTheSite() throws {
        let f = Fixture(Self.site)
        let server = try ServeProcess(in: f.root)
        defer { server.stop() }
        for path in [
            "/../../etc/passwd", "/notes/../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E/%2E%2E/etc/passwd",
            "/..%2f..%2f..%2fetc/passwd", "/notes/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/..%5c..%5cetc/passwd",
            "/%00/etc/passwd",
        ] {
            let r = try get(server.port, path)
            #expect(r.status == 403, "\(path)")
            #expect(!r.text.contains("root:"), "\(path)")
        }
        #expect(try get(server.port, "/%zz/").status == 400)
        // The marker and other dot files are not part of the site.
        #expect(try get(server.port, "/.mieruka-output").status == 404)
        #expect(try get(server.port, "/etc/passwd").status == 404)
    }

    @Test func rebuildsOnChangeShowsErrorsAndRecovers() throws {
        let f = Fixture(Self.site)
        let server = try ServeProcess(in: f.root)
        defer { server.stop() }
        let firstToken = try #require(try get(server.port, "/").text.firstMatch(of: /var v="([0-9-]+)"/)?.1)

        f.write(
            """
            -- \(Self.hello) --
            ---
            title: はじめてのお知らせ
            tags: [テスト]
            ---
            書き換えた本文です。もう一文。
            """)
        #expect(
            waitUntil { (try? get(server.port, "/notes/hello/"))?.text.contains("書き換えた本文です。") == true },
            "the edit shows within the time limit")
        // The files are swapped in a moment before the new token is published.
        var secondToken = firstToken
        #expect(
            waitUntil {
                secondToken = (try? get(server.port, "/"))?.text.firstMatch(of: /var v="([0-9-]+)"/)?.1 ?? firstToken
                return secondToken != firstToken
            }, "a rebuild gives pages a new token, so open pages reload")
        #expect(try firstEvent(server.port).contains("data: \(secondToken)\n"))

        f.write(
            """
            -- \(Self.hello) --
            ---
            titel: はじめてのお知らせ
            ---
            壊れた本文です。
            """)
        var broken: Reply?
        #expect(
            waitUntil {
                broken = try? get(server.port, "/notes/hello/")
                return broken?.status == 500
            }, "the error page replaces HTML pages while the build is broken")
        let page = try #require(broken)
        #expect(page.header("content-type") == "text/html; charset=utf-8")
        #expect(page.text.contains("ビルドに失敗しました"))
        #expect(page.text.contains("\(Self.hello):2:1: error: unknown key"))
        #expect(page.text.contains("   2 | titel: はじめてのお知らせ\n     | ^"))
        #expect(page.text.contains("\(Self.hello):1:1: error:"))
        #expect(page.text.contains("EventSource"), "the error page reloads itself after the fix")
        // Any HTML path shows the errors; the rest of the last good site is still served.
        #expect(try get(server.port, "/").status == 500)
        #expect(try get(server.port, "/no/such/").status == 500)
        let css = try get(server.port, "/assets/style.css")
        #expect(css.status == 200 && css.header("content-type") == "text/css; charset=utf-8")
        #expect(try get(server.port, "/data/population.csv").status == 200)
        // The terminal prints the same diagnostics.
        #expect(
            waitUntil { server.stderr.contains("\(Self.hello):2:1: error: unknown key 'titel'; did you mean 'title'?") }
        )

        f.write(
            """
            -- \(Self.hello) --
            ---
            title: 直したお知らせ
            ---
            直した本文です。
            """)
        var fixed: Reply?
        #expect(
            waitUntil {
                fixed = try? get(server.port, "/notes/hello/")
                return fixed?.status == 200
            }, "fixing the file brings the page back")
        #expect(fixed?.text.contains("直した本文です。") == true)
        #expect(try get(server.port, "/no/such/").status == 404)
    }

    @Test func servesUnderTheBasePath() throws {
        let f = Fixture(Self.site)
        let server = try ServeProcess(in: f.root, extra: ["--base-url", "https://example.org/dx/"])
        defer { server.stop() }
        #expect(server.url.hasSuffix("/dx/"))
        let root = try get(server.port, "/")
        #expect(root.status == 301 && root.header("location") == "/dx/")
        #expect(try get(server.port, "/dx").header("location") == "/dx/")
        let home = try get(server.port, "/dx/")
        #expect(home.status == 200)
        #expect(home.text.contains("href=\"/dx/notes/\""))
        #expect(try get(server.port, "/dx/notes/hello/").status == 200)
        #expect(try get(server.port, "/notes/hello/").status == 404)
    }

    @Test func aTakenPortIsReportedClearly() throws {
        let f = Fixture(Self.site)
        let first = try ServeProcess(in: f.root)
        defer { first.stop() }
        let r = try runMieruka(
            ["serve", "--port", String(first.port), "--content", "content", "--theme", repoRoot + "/themes/default"],
            cwd: f.root)
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: port \(first.port) on 127.0.0.1 is already in use"))
        #expect(r.stderr.contains("--port \(first.port + 1)"))
        #expect(try get(first.port, "/").status == 200, "the first server keeps running")
    }

    @Test func draftsCanBeHidden() throws {
        let f = Fixture(Self.site)
        let server = try ServeProcess(in: f.root, extra: ["--no-drafts"])
        defer { server.stop() }
        #expect(try get(server.port, "/notes/secret/").status == 404)
        #expect(try get(server.port, "/notes/hello/").status == 200)
    }
}

// MARK: - Helpers

/// What a child process wrote, collected as it arrives.
final class Output: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func append(_ d: Data) { lock.lock(); data.append(d); lock.unlock() }
    var text: String { lock.lock(); defer { lock.unlock() }; return String(decoding: data, as: UTF8.self) }
}

/// A running `mieruka serve --port 0`; stopped (SIGTERM, then SIGKILL after
/// 5 s) by `stop()` or when released.
final class ServeProcess: @unchecked Sendable {
    let process = Process()
    private let out = Output()
    private let err = Output()
    private(set) var port = 0
    private(set) var url = ""
    /// The private folder the preview is built into, from the start-up line.
    private(set) var siteFolder = ""

    init(in root: String, extra: [String] = []) throws {
        process.executableURL = URL(fileURLWithPath: mierukaBinary)
        process.arguments =
            ["serve", "--port", "0", "--content", "content", "--theme", repoRoot + "/themes/default"] + extra
        process.currentDirectoryURL = URL(fileURLWithPath: root)
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "GITHUB_ACTIONS")
        process.environment = env
        let o = Pipe(), e = Pipe()
        process.standardOutput = o
        process.standardError = e
        let (outBuffer, errBuffer) = (out, err)
        o.fileHandleForReading.readabilityHandler = { outBuffer.append($0.availableData) }
        e.fileHandleForReading.readabilityHandler = { errBuffer.append($0.availableData) }
        try process.run()
        let started = waitUntil(seconds: 10) {
            guard
                let m = outBuffer.text.firstMatch(
                    of: /serving (http:\/\/127\.0\.0\.1:([0-9]+)\/\S*) .*built into (\S+);/)
            else {
                return !process.isRunning
            }
            (port, url, siteFolder) = (Int(m.2)!, String(m.1), String(m.3))
            return true
        }
        guard started, port != 0 else {
            let message = "serve did not start: \(stdout) \(stderr)"
            stop()
            throw ServeTestError(message)
        }
    }

    deinit { stop() }

    var stdout: String { out.text }
    var stderr: String { err.text }

    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        if !waitUntil(seconds: 5, { !self.process.isRunning }) {
            kill(process.processIdentifier, SIGKILL)
            _ = waitUntil(seconds: 2) { !self.process.isRunning }
        }
    }
}

struct ServeTestError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

/// Polls `condition` every 50 ms until it holds or `seconds` pass.
func waitUntil(seconds: Double = 8, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if condition() { return true }
        Thread.sleep(forTimeInterval: 0.05)
    }
    return condition()
}

/// An HTTP response read off a raw socket.
struct Reply {
    var status: Int
    var headers: [String: String]
    var body: Data
    var text: String { String(decoding: body, as: UTF8.self) }
    func header(_ name: String) -> String? { headers[name.lowercased()] }
}

/// Opens a TCP connection to 127.0.0.1 with 5-second send and receive timeouts.
func connectLocal(_ port: Int) throws -> Int32 {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw ServeTestError("socket failed") }
    var tv = timeval(tv_sec: 5, tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
    var addr = sockaddr_in()
    addr.sin_family = sa_family_t(AF_INET)
    addr.sin_port = in_port_t(UInt16(port).bigEndian)
    addr.sin_addr.s_addr = inet_addr("127.0.0.1")
    let ok = withUnsafePointer(to: &addr) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
            connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
        }
    }
    guard ok == 0 else { close(fd); throw ServeTestError("connect to port \(port) failed") }
    return fd
}

func sendRequest(_ fd: Int32, _ method: String, _ target: String) {
    let request = Array("\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
    _ = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
}

/// Sends one request with the target exactly as written and reads the whole reply.
func get(_ port: Int, _ target: String, method: String = "GET") throws -> Reply {
    let fd = try connectLocal(port)
    defer { close(fd) }
    sendRequest(fd, method, target)
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
        let n = recv(fd, &buffer, buffer.count, 0)
        if n <= 0 { break }
        data.append(contentsOf: buffer[0..<n])
    }
    guard let split = data.range(of: Data("\r\n\r\n".utf8)) else { throw ServeTestError("no reply to \(target)") }
    let head = String(decoding: data[..<split.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
    guard let statusLine = head.first, let code = Int(statusLine.split(separator: " ").dropFirst().first ?? "") else {
        throw ServeTestError("bad status line for \(target)")
    }
    var headers: [String: String] = [:]
    for line in head.dropFirst() {
        guard let colon = line.firstIndex(of: ":") else { continue }
        headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    return Reply(status: code, headers: headers, body: Data(data[split.upperBound...]))
}

/// Connects to the event stream and returns what arrived up to the first complete event.
func firstEvent(_ port: Int) throws -> String {
    let fd = try connectLocal(port)
    defer { close(fd) }
    sendRequest(fd, "GET", "/__mieruka/events")
    var text = ""
    var buffer = [UInt8](repeating: 0, count: 4096)
    let deadline = Date().addingTimeInterval(5)
    while Date() < deadline {
        let n = recv(fd, &buffer, buffer.count, 0)
        if n <= 0 { break }
        text += String(decoding: buffer[0..<n], as: UTF8.self)
        if let data = text.range(of: "data: "), text[data.upperBound...].contains("\n\n") { break }
    }
    #expect(text.hasPrefix("HTTP/1.1 200 OK"))
    #expect(text.lowercased().contains("content-type: text/event-stream"))
    return text
}

/// The pieces of `serve` that need no server.
@Suite struct ServePartsTests {
    @Test func aSymbolicLinkInTheSiteCannotLeadOut() throws {
        let f = Fixture("")
        let site = f.root + "/site"
        let fm = FileManager.default
        try fm.createDirectory(atPath: site + "/notes", withIntermediateDirectories: true)
        _ = fm.createFile(atPath: site + "/notes/index.html", contents: Data("<p>x</p>".utf8))
        try fm.createSymbolicLink(atPath: site + "/etc", withDestinationPath: "/etc")
        try fm.createSymbolicLink(atPath: site + "/inside.html", withDestinationPath: site + "/notes/index.html")
        #expect(ServedPath.resolve("/etc/passwd", root: site) == .forbidden)
        #expect(
            ServedPath.resolve("/inside.html", root: site) == .file(ServedPath.realPath(site + "/notes/index.html")!))
        #expect(ServedPath.resolve("/notes/", root: site) == .file(ServedPath.realPath(site + "/notes/index.html")!))
        #expect(ServedPath.resolve("/notes", root: site) == .redirect("/notes/"))
        #expect(
            ServedPath.resolve("/./notes/./", root: site) == .file(ServedPath.realPath(site + "/notes/index.html")!))
        #expect(ServedPath.resolve("/", root: site, basePath: "/dx/") == .redirect("/dx/"))
        #expect(
            ServedPath.resolve("/dx/notes/", root: site, basePath: "/dx/")
                == .file(ServedPath.realPath(site + "/notes/index.html")!))
        #expect(ServedPath.resolve("/notes/", root: site, basePath: "/dx/") == .notFound)
        #expect(ServedPath.resolve("notes", root: site) == .badRequest)
    }

    @Test func theReloadScriptGoesBeforeTheLastBodyEndTag() {
        let page = Data("<html><body><pre>&lt;/body&gt;</pre></BODY></html>".utf8)
        let out = String(decoding: LiveReload.inject(into: page, token: "1-2"), as: UTF8.self)
        #expect(out.hasPrefix("<html><body><pre>&lt;/body&gt;</pre><script>"))
        #expect(out.hasSuffix("</script>\n</BODY></html>"))
        #expect(out.contains("var v=\"1-2\""))
        let bare = String(decoding: LiveReload.inject(into: Data("plain".utf8), token: "1-2"), as: UTF8.self)
        #expect(bare.hasPrefix("plain<script>"))
    }

    @Test func contentTypes() {
        #expect(ContentType.of("a/feed.xml") == "application/atom+xml; charset=utf-8")
        #expect(ContentType.of("sitemap.xml") == "application/xml; charset=utf-8")
        #expect(ContentType.of("x/INDEX.HTML") == "text/html; charset=utf-8")
        #expect(ContentType.of("images/office.jpg") == "image/jpeg")
        #expect(ContentType.of("files/report.pdf") == "application/pdf")
        #expect(ContentType.of("unknown.bin") == "application/octet-stream")
    }
}
