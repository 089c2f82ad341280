import CoalitionModel

/// A key as the UI core sees it, whatever the terminal sent.
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, backspace, tab, backTab

    /// How the help overlay names the key.
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .control(let character): "Ctrl-" + String(character).uppercased()
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        }
    }
}

public enum MouseButton: Hashable, Sendable {
    case press, wheelUp, wheelDown
}

/// Everything that can happen to the dashboard.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    case resize(TerminalSize)
    case mouse(x: Int, y: Int, button: MouseButton)
    /// A command's work is done (see `Command`).
    case finished(Command)
    /// A browser was started on a link, or `problem` says why not (see `Command.openLink`).
    case linkOpened(LinkLaunch, problem: String?)
    /// The data folder changed and its new data is valid (see `ReloadUpdate`).
    case dataReloaded(DashboardData)
    /// The data folder changed and its first problem is this; the data shown stays.
    case reloadFailed(DataProblem)
    /// A passing notice ("reloaded: …") has been shown long enough.
    case noticeExpired
}
