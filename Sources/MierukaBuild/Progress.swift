import Foundation

/// One step of a build, reported when it starts, so a long build can show
/// where it is instead of sitting silent.
public struct BuildProgress: Sendable, Equatable {
    public enum Stage: Int, Sendable, CaseIterable {
        case loading = 1, theme, publishing, rendering, writing

        /// What the terminal shows for the stage.
        public var name: String {
            switch self {
            case .loading: "loading content"
            case .theme: "loading theme"
            case .publishing: "publishing data"
            case .rendering: "rendering"
            case .writing: "writing"
            }
        }
    }

    public var stage: Stage
    /// What the stage works on, with counts where they are known: `12 notes, 3 datasets`.
    public var detail: String

    public init(_ stage: Stage, _ detail: String) {
        self.stage = stage
        self.detail = detail
    }

    /// `[4/5] rendering: 12 notes, 3 pages, 3 datasets`.
    public var line: String {
        "[\(stage.rawValue)/\(Stage.allCases.count)] \(stage.name)\(detail.isEmpty ? "" : ": " + detail)"
    }
}

/// Called by `Mieruka.build` and `Mieruka.check` as each stage starts.
public typealias ProgressHandler = @Sendable (BuildProgress) -> Void
