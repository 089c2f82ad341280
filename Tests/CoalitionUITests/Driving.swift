import CoalitionModel
import CoalitionUI

/// Builds states over the fixture and drives them through `Update.apply`, the way the terminal loop does.
extension AppState {
    static func fixture(_ columns: Int = 120, _ rows: Int = 40, options: DisplayOptions = DisplayOptions()) -> AppState {
        var state = AppState(dataset: Fixture.dataset, size: TerminalSize(columns: columns, rows: rows), options: options)
        Update.apply(.resize(state.size), to: &state)
        return state
    }

    mutating func press(_ keys: Key...) {
        press(contentsOf: keys)
    }

    mutating func press(contentsOf keys: [Key]) {
        for key in keys { Update.apply(.key(key), to: &self) }
    }

    /// Sends each character as a key, as typing does.
    mutating func type(_ text: String) {
        for character in text { Update.apply(.key(.character(character)), to: &self) }
    }

    var selectedPosition: Int { lists[pane.rawValue].selected }

    /// The id of the record selected in the active pane.
    var selectedID: String? { selectedRecord(in: pane)?.id }

    var screenText: String { Renderer.render(self).plainText }
}
