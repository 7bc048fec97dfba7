/// One file of the built site, before it is written.
public struct OutputFile: Sendable {
    public enum Content: Sendable {
        case bytes([UInt8])
        /// A file copied as it is (static files, theme assets).
        case copy(from: String)
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

    public init(_ path: String, copyFrom source: String) {
        self.path = path
        self.content = .copy(from: source)
    }
}

import MierukaCore

/// What a render produced.
public struct RenderResult: Sendable {
    public var files: [OutputFile]
    public var pageCount: Int
    public var chartCount: Int
    /// Problems only rendering can see (a static file clashing with a page).
    public var diagnostics: Diagnostics
}
