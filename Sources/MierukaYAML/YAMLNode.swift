import MierukaCore

/// A YAML node with the place it was written. Built by `YAMLParser`; read
/// with `YAMLMapping` and friends, which report problems with positions.
public struct YAMLNode: Sendable {
    public enum Kind: Sendable {
        /// A scalar's text; `plain` is false for quoted and block scalars, whose
        /// text is never read as null, true or false.
        case scalar(String, plain: Bool)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var kind: Kind
    public var location: SourceLocation

    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    /// True for an empty plain scalar, `~` and `null`: a key written with no value.
    public var isNull: Bool {
        if case .scalar(let s, let plain) = kind, plain {
            return s.isEmpty || s == "~" || s == "null" || s == "Null" || s == "NULL"
        }
        return false
    }

    public var scalar: String? {
        if case .scalar(let s, _) = kind { return s }
        return nil
    }

    /// "text", "a list" or "a mapping", for messages.
    public var kindDescription: String {
        switch kind {
        case .scalar: return isNull ? "nothing" : "text"
        case .sequence: return "a list"
        case .mapping: return "a group of keys"
        }
    }
}

/// One `key: value` entry of a mapping.
public struct YAMLPair: Sendable {
    public var key: String
    public var keyLocation: SourceLocation
    public var value: YAMLNode
}
