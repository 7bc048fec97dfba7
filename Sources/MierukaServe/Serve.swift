import Foundation
import FlyingFox
import FlyingSocks
import MierukaCore
import MierukaBuild
import MierukaConsole

/// What `mieruka serve` was asked for.
public struct ServeOptions: Sendable {
    public var content: String
    public var theme: String
    /// Only its path is used: the preview is built for
    /// `http://127.0.0.1:<port><path>` and served under that path.
    public var baseURL: String?
    public var drafts: Bool
    /// 0 picks any free port (the tests use it).
    public var port: UInt16
    /// How often the content and theme folders are polled for changes.
    public var pollInterval: TimeInterval
    public var verbosity: Verbosity

    public init(
        content: String = "content", theme: String = "themes/default", baseURL: String? = nil,
        drafts: Bool = true, port: UInt16 = 8080, pollInterval: TimeInterval = 0.3, verbosity: Verbosity = .normal
    ) {
        self.content = content
        self.theme = theme
        self.baseURL = baseURL
        self.drafts = drafts
        self.port = port
        self.pollInterval = pollInterval
        self.verbosity = verbosity
    }
}

/// Why the preview could not start.
public struct ServeError: Error, Sendable, CustomStringConvertible {
    public var description: String
    init(_ d: String) { description = d }
}

/// `mieruka serve`: a live preview on 127.0.0.1.
///
/// The site is built into a private temporary folder (never `output/`, so a
/// preview with drafts can never be published by mistake, and nothing needs
/// adding to `.gitignore`), removed when the server stops. A background
/// thread polls `content/` and the theme every `pollInterval` and rebuilds
/// on any change; a build that fails leaves the last good site in place
/// (the write is atomic) and HTML requests get the error page until a build
/// succeeds again. Open pages reload through `LiveReload`.
public enum PreviewServer {
    /// Builds, serves and watches until the process is stopped (Ctrl-C).
    /// - Throws: `ServeError` when the port cannot be used.
    public static func run(_ options: ServeOptions) async throws {
        let basePath = Self.basePath(options.baseURL)
        let folder = try makeTemporaryFolder()
        let site = folder + "/site"
        Cleanup.shared.arm(folder)
        defer { Cleanup.shared.run() }

        let session = String(Int(Date().timeIntervalSince1970 * 1000))
        let status = BuildStatus(token: session + "-0")
        let hub = ReloadHub(token: session + "-0")
        let handler = PreviewHandler(root: site, basePath: basePath, status: status, hub: hub)
        let address = try sockaddr_in.inet(ip4: "127.0.0.1", port: options.port)
        let server = HTTPServer(address: address, timeout: 15, logger: .disabled, handler: handler)

        let failure = StartFailure()
        let running = Task {
            do { try await server.run() } catch { failure.set(error) }
        }
        let deadline = Date().addingTimeInterval(10)
        while await !server.isListening {
            if let error = failure.error { throw Self.explain(error, port: options.port) }
            if Date() > deadline {
                running.cancel(); throw ServeError("error: the preview server did not start within 10 seconds\n")
            }
            try await Task.sleep(nanoseconds: 20_000_000)
        }
        guard case .ip4(_, let port)? = await server.listeningAddress else {
            throw ServeError("error: the preview server has no address\n")
        }
        let url = "http://127.0.0.1:\(port)\(basePath)"
        let watcher = Rebuilder(options: options, site: site, url: url, status: status, hub: hub, session: session)
        watcher.start(
            announce: "serving \(url) (drafts \(options.drafts ? "shown" : "hidden"); built into \(site); "
                + "watching \(options.content) and \(options.theme); press Ctrl-C to stop)\n")

        let heartbeat = Task {
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: 15_000_000_000)
                await hub.heartbeat()
            }
        }
        defer { heartbeat.cancel() }
        await running.value
        if let error = failure.error {
            throw ServeError("error: the preview server stopped: \(error.localizedDescription)\n")
        }
    }

    /// The path part of `--base-url` (`/dx/`), or `/`.
    static func basePath(_ baseURL: String?) -> String {
        guard let baseURL, let url = URLComponents(string: baseURL) else { return "/" }
        var path = url.percentEncodedPath
        if !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        return path
    }

    static func explain(_ error: any Error, port: UInt16) -> ServeError {
        if case SocketError.failed(let type, let code, let message) = error, type == "Bind" {
            if code == EADDRINUSE {
                return ServeError(
                    "error: port \(port) on 127.0.0.1 is already in use (is another 'mieruka serve' running?)\n"
                        + "  hint: stop the other server, or choose another port: mieruka serve --port \(port == 65535 ? 8081 : port + 1)\n"
                )
            }
            if code == EACCES {
                return ServeError(
                    "error: not allowed to listen on port \(port)\n  hint: ports below 1024 need root; use --port 8080\n"
                )
            }
            return ServeError("error: cannot listen on 127.0.0.1:\(port): \(message)\n")
        }
        return ServeError("error: the preview server could not start: \(error.localizedDescription)\n")
    }

    static func makeTemporaryFolder() throws -> String {
        var tmp = NSTemporaryDirectory()
        while tmp.count > 1 && tmp.hasSuffix("/") { tmp.removeLast() }
        var template = Array((tmp + "/mieruka-serve-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw ServeError(
                "error: could not make a temporary folder for the preview: \(String(cString: strerror(errno)))\n")
        }
        return String(cString: made)
    }
}

/// Remembers the first error of the server task.
final class StartFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?
    func set(_ e: any Error) { lock.lock(); if stored == nil { stored = e }; lock.unlock() }
    var error: (any Error)? { lock.lock(); defer { lock.unlock() }; return stored }
}

/// Removes the preview's temporary folder on every way out: return, error,
/// Ctrl-C (SIGINT) and SIGTERM.
final class Cleanup: @unchecked Sendable {
    static let shared = Cleanup()
    private let lock = NSLock()
    private var folder: String?
    private var sources: [any DispatchSourceSignal] = []

    func arm(_ folder: String) {
        lock.lock()
        self.folder = folder
        lock.unlock()
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler {
                Cleanup.shared.run()
                FileHandle.standardError.write(Data("\nstopped; the preview folder was removed\n".utf8))
                exit(0)
            }
            source.resume()
            sources.append(source)
        }
    }

    func run() {
        lock.lock(); defer { lock.unlock() }
        if let folder { try? FileManager.default.removeItem(atPath: folder) }
        folder = nil
    }
}
