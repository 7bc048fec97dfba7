import Foundation

/// Maps a request's path to a file of the built site, and refuses anything
/// that could reach a file outside it.
///
/// The raw, still percent-encoded path is split on `/` first and each
/// segment decoded on its own, so `%2e%2e` and `%2f` cannot smuggle a `..`
/// or a separator past the check; a segment that decodes to `..`, contains
/// `/`, `\`, NUL or a control character, or starts with `.` (the marker file,
/// editor leftovers) is refused. The file found is then resolved with
/// `realpath` and must still lie inside the site folder, so a symbolic link
/// copied from `static/` cannot lead out either.
enum ServedPath: Equatable {
    /// A file to send: its path on disk and the path it was asked for.
    case file(String)
    /// A folder asked for without its final slash: send the browser to `location`.
    case redirect(String)
    /// Nothing there: the site's 404 page.
    case notFound
    /// A path that tries to leave the site (403).
    case forbidden
    /// Broken percent-encoding (400).
    case badRequest

    /// - Parameters:
    ///   - rawPath: the request target's path, percent-encoded as received.
    ///   - root: the site folder.
    ///   - basePath: the site's base path (`/` or `/dx/`); paths outside it are not found.
    static func resolve(_ rawPath: String, root: String, basePath: String = "/") -> ServedPath {
        guard rawPath.hasPrefix("/") else { return .badRequest }
        var segments: [String] = []
        var rawSegments: [Substring] = []
        for raw in rawPath.split(separator: "/", omittingEmptySubsequences: true) {
            guard let decoded = raw.removingPercentEncoding else { return .badRequest }
            if decoded == "." { continue }
            rawSegments.append(raw)
            if decoded == ".." || decoded.contains("/") || decoded.contains("\\")
                || decoded.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
            {
                return .forbidden
            }
            if decoded.hasPrefix(".") { return .notFound }
            segments.append(decoded)
        }
        let base = basePath.split(separator: "/").map(String.init)
        guard segments.starts(with: base) else {
            return segments.isEmpty ? .redirect(basePath) : .notFound
        }
        let inSite = Array(segments.dropFirst(base.count))
        let fm = FileManager.default
        var candidate = inSite.isEmpty ? root : root + "/" + inSite.joined(separator: "/")
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: candidate, isDirectory: &isDir) else { return .notFound }
        if isDir.boolValue {
            guard rawPath.hasSuffix("/") else {
                // Rebuilt from the segments, so `//host` can never become the target.
                return .redirect("/" + rawSegments.joined(separator: "/") + "/")
            }
            candidate += "/index.html"
            guard fm.fileExists(atPath: candidate, isDirectory: &isDir), !isDir.boolValue else { return .notFound }
        }
        guard let realRoot = realPath(root), let real = realPath(candidate) else { return .notFound }
        guard real.hasPrefix(realRoot + "/") else { return .forbidden }
        return .file(real)
    }

    static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }
}

/// The `Content-Type` of each kind of file a site holds. Text types carry
/// `charset=utf-8` so Japanese is never guessed at by the browser.
enum ContentType {
    static func of(_ path: String) -> String {
        let name = (path as NSString).lastPathComponent.lowercased()
        if name == "feed.xml" || name.hasSuffix(".atom") { return "application/atom+xml; charset=utf-8" }
        switch (name as NSString).pathExtension {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "svg": return "image/svg+xml; charset=utf-8"
        case "csv": return "text/csv; charset=utf-8"
        case "json": return "application/json; charset=utf-8"
        case "jsonld": return "application/ld+json; charset=utf-8"
        case "xml": return "application/xml; charset=utf-8"
        case "txt", "md": return "text/plain; charset=utf-8"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "avif": return "image/avif"
        case "ico": return "image/x-icon"
        case "pdf": return "application/pdf"
        case "woff": return "font/woff"
        case "woff2": return "font/woff2"
        case "zip": return "application/zip"
        case "xlsx": return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        default: return "application/octet-stream"
        }
    }

    static func isHTML(_ path: String) -> Bool { of(path).hasPrefix("text/html") }
}
