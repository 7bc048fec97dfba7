/// A place in a user's file, printed `path:line:column`.
///
/// `line` and `column` are 1-based. `column` counts characters (Unicode code
/// points), not bytes, so a caret under Japanese text lands on the right
/// character. `file` is the path as the user would type it
/// (`content/notes/2020-07-01-dx.md`), relative to the working directory when
/// the content folder was given as a relative path.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The start of a file: for problems with a file as a whole (empty, not UTF-8).
    public static func file(_ path: String) -> SourceLocation {
        SourceLocation(file: path, line: 1, column: 1)
    }

    /// This location moved down by `lines` lines (used to map a block that was
    /// parsed on its own, such as front matter, back into its file).
    public func offset(lines: Int, columns: Int = 0) -> SourceLocation {
        SourceLocation(file: file, line: line + lines, column: line == 1 ? column + columns : column)
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

/// A value together with where it was written.
public struct Located<Value> {
    public var value: Value
    public var location: SourceLocation
    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Sendable where Value: Sendable {}
extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
