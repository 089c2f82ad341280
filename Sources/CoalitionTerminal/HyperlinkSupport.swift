/// Whether to give source addresses OSC 8 hyperlinks. A terminal that does not know OSC 8 may
/// print its bytes as text, so they are sent only where the terminal is known to take them:
/// VTE 0.50 and later (GNOME Terminal, Tilix…), iTerm2, WezTerm, kitty, foot and Windows
/// Terminal, found by the variables they set. Inside tmux or screen they are off, since the
/// variables describe the outer terminal and the multiplexer may not pass the links on.
/// `--hyperlinks` or COALITION_HYPERLINKS=1 turn them on anywhere; COALITION_HYPERLINKS=0 off.
public enum HyperlinkSupport {
    public static func isOn(flag: Bool, environment: [String: String]) -> Bool {
        if flag { return true }
        switch environment["COALITION_HYPERLINKS"] {
        case "1"?: return true
        case "0"?: return false
        default: break
        }
        let term = environment["TERM"] ?? ""
        if environment["TMUX"] != nil || environment["STY"] != nil || term.hasPrefix("screen") || term.hasPrefix("tmux") { return false }
        if let vte = environment["VTE_VERSION"].flatMap(Int.init), vte >= 5000 { return true }
        if ["iTerm.app", "WezTerm"].contains(environment["TERM_PROGRAM"] ?? "") { return true }
        if environment["KITTY_WINDOW_ID"] != nil || environment["WT_SESSION"] != nil { return true }
        return term == "foot" || term.hasPrefix("foot-") || term == "xterm-kitty"
    }
}
