import CoalitionTerminal
import Testing

/// OSC 8 links only where the terminal is known to take them, never inside tmux unless forced.
@Suite struct HyperlinkSupportTests {
    @Test(arguments: [
        (["VTE_VERSION": "7600", "TERM": "xterm-256color"], true),
        (["VTE_VERSION": "4800", "TERM": "xterm-256color"], false),
        (["TERM_PROGRAM": "iTerm.app"], true),
        (["TERM_PROGRAM": "WezTerm"], true),
        (["KITTY_WINDOW_ID": "1", "TERM": "xterm-kitty"], true),
        (["TERM": "xterm-256color"], false),
        (["TERM": "linux"], false),
        (["TERM_PROGRAM": "iTerm.app", "TMUX": "/tmp/tmux-0/default,1,0"], false),
        (["VTE_VERSION": "7600", "TERM": "screen-256color"], false),
        (["TMUX": "/tmp/x", "COALITION_HYPERLINKS": "1"], true),
        (["TERM_PROGRAM": "WezTerm", "COALITION_HYPERLINKS": "0"], false),
    ])
    func detectedFromTheEnvironment(_ environment: [String: String], _ expected: Bool) {
        #expect(HyperlinkSupport.isOn(flag: false, environment: environment) == expected)
    }

    @Test func theFlagForcesThemOn() {
        #expect(HyperlinkSupport.isOn(flag: true, environment: ["TMUX": "/tmp/x", "TERM": "dumb"]))
    }
}
