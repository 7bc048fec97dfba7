/// One file of the built site, before it is written.
public struct OutputFile: Sendable {
    public enum Content: Sendable {
        case bytes([UInt8])
        /// A file copied as it is (static files, theme assets).
        case copy(from: String)
        /// Already given to an `OutputSink`; only the path is kept.
        case sent
    }
    /// Relative to the output folder, `/`-separated.
    public var path: String
    public var content: Content

    public init(_ path: String, _ text: String) {
        self.path = path
        self.content = .bytes(Array(text.utf8))
    }

    public init(_ path: String, bytes: [UInt8]) {
        self.path = path
        self.content = .bytes(bytes)
    }

    init(_ path: String, sent: Void) {
        self.path = path
        self.content = .sent
    }

    public init(_ path: String, copyFrom source: String) {
        self.path = path
        self.content = .copy(from: source)
    }
}

import MierukaCore
import Foundation

/// Where files go as soon as they are rendered, so that a build never holds
/// the whole site in memory and writing overlaps rendering. `write` is called
/// from several threads at once.
public protocol OutputSink: Sendable {
    func write(_ file: OutputFile) throws
}

/// A sink that keeps nothing: `check` renders every file and drops it.
public struct DiscardingSink: OutputSink {
    public init() {}
    public func write(_ file: OutputFile) throws {}
}

/// The first error a sink threw, kept while the other threads go on.
final class SinkFailure: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var first: String?

    func record(_ error: Error) {
        lock.lock()
        if first == nil { first = "\(error)" }
        lock.unlock()
    }

    var message: String? {
        lock.lock()
        defer { lock.unlock() }
        return first
    }
}

/// What a render produced.
public struct RenderResult: Sendable {
    /// Every file, sorted by path. With a sink, the bytes have already gone
    /// to it and are left out here (copied files keep their source).
    public var files: [OutputFile]
    /// Why the sink could not take a file, if it could not.
    public var writeError: String?
    public var pageCount: Int
    public var chartCount: Int
    /// Problems only rendering can see (a static file clashing with a page).
    public var diagnostics: Diagnostics
    /// Output path -> what the file was made from, as the renderer read it.
    public var inputs: [String: PageInputs] = [:]
}
