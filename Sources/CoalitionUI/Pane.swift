import CoalitionModel

/// The list views of the dashboard, in the order Tab and the digit keys use.
public enum Pane: Int, CaseIterable, Hashable, Sendable {
    case meetings, resolutions, sessions, members

    /// The model's list this pane shows.
    public var recordKind: RecordKind {
        switch self {
        case .meetings: .meetings
        case .resolutions: .resolutions
        case .sessions: .sessions
        case .members: .members
        }
    }

    public var title: String {
        switch self {
        case .meetings: "Meetings"
        case .resolutions: "Resolutions"
        case .sessions: "Africa Focus Group"
        case .members: "Members"
        }
    }

    /// The plural used in counts ("5 of 31 meetings").
    public var noun: String {
        switch self {
        case .meetings: "meetings"
        case .resolutions: "resolutions"
        case .sessions: "Africa Focus Group sessions"
        case .members: "members"
        }
    }

    /// The name `--pane` and `render --pane` accept.
    public var commandName: String {
        switch self {
        case .meetings: "meetings"
        case .resolutions: "resolutions"
        case .sessions: "sessions"
        case .members: "members"
        }
    }

    public init?(commandName: String) {
        guard let pane = Pane.allCases.first(where: { $0.commandName == commandName.lowercased() }) else { return nil }
        self = pane
    }

    public var next: Pane { Pane(rawValue: (rawValue + 1) % Pane.allCases.count)! }
    public var previous: Pane { Pane(rawValue: (rawValue + Pane.allCases.count - 1) % Pane.allCases.count)! }
}

/// The views of the dashboard: the lists with the detail, the timeline, the themes matrix, the
/// coverage report, or two texts compared.
public enum ViewMode: Hashable, Sendable {
    case browse, timeline, themes, coverage, comparison
}

extension ViewMode {
    /// The views `--pane` starts on besides the panes, by the names it takes, and the action that opens each.
    public static let startable: [(name: String, action: Action)] = [
        ("timeline", .toggleTimeline), ("themes", .toggleThemes), ("coverage", .toggleCoverage),
    ]
}

extension Pane {
    /// The digit key that shows the pane.
    public var digit: Character { Character(String(rawValue + 1)) }
    /// The digits after the panes' digits show the timeline, the themes and the coverage, in that order.
    public static let timelineDigit = digit(afterPanes: 1)
    public static let themesDigit = digit(afterPanes: 2)
    public static let coverageDigit = digit(afterPanes: 3)

    private static func digit(afterPanes offset: Int) -> Character { Character(String(allCases.count + offset)) }
}
