#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import CoalitionModel
import CoalitionUI

/// Owns the terminal while the dashboard runs: set-up with `newterm`, copying the screen grid into
/// curses, reading input, and restoring the terminal on every way out.
public final class CursesScreen {
    private let screen: OpaquePointer
    private let colors: Bool
    private var previous: ScreenBuffer?
    /// Where curses writes, for the hyperlinks written after it (`HyperlinkOverlay`).
    private let output: UnsafeMutablePointer<FILE>
    private let hyperlinks: Bool

    /// Takes over the terminal. Call `restore()` on every path out; `run` does.
    public init(color: Bool, mouse: Bool, hyperlinks: Bool = false) throws(TerminalUnavailable) {
        shim_set_locale_from_environment()
        SignalGuard.prepare()
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r") else {
            throw .outputNotTerminal
        }
        guard let screen = newterm(nil, output, input) else {
            throw .unknownTerminal(getenv("TERM").map { String(cString: $0) } ?? "")
        }
        self.screen = screen
        self.output = output
        self.hyperlinks = hyperlinks
        raw()
        noecho()
        nonl()
        keypad(shim_stdscr(), true)
        curs_set(0)
        // ncurses waits a full second after Esc for an escape sequence unless told otherwise.
        if getenv("ESCDELAY") == nil { set_escdelay(25) }
        wtimeout(shim_stdscr(), 100)
        colors = color && has_colors()
        if colors {
            start_color()
            use_default_colors()
            for color in Color.allCases { init_pair(Int16(color.rawValue + 1), Int16(color.rawValue), -1) }
        }
        if mouse { mousemask(shim_mouse_mask_wanted(), nil) }
        // The first refresh switches to the alternate screen; from here on a signal restores it.
        SignalGuard.install(mouse: mouse)
    }

    public var size: TerminalSize {
        TerminalSize(columns: Int(shim_cols()), rows: Int(shim_lines()))
    }

    /// Gives the terminal back: normal mode, cursor shown, main screen.
    public func restore() {
        guard cursesActive.load(ordering: .relaxed) else { return }
        // The handlers stay until endwin is done: a signal in between restores the terminal too.
        curs_set(1)
        endwin()
        cursesActive.store(false, ordering: .sequentiallyConsistent)
        SignalGuard.uninstall()
        delscreen(screen)
    }

    /// Copies the cells that changed since the last frame and updates the terminal once.
    public func draw(_ buffer: ScreenBuffer) {
        let fullRedraw = previous?.size != buffer.size
        if fullRedraw { erase() }
        for row in 0..<buffer.size.rows {
            for column in 0..<buffer.size.columns {
                let cell = buffer[column, row]
                if cell.isContinuation { continue }
                if !fullRedraw, let previous, previous[column, row] == cell { continue }
                put(cell, row: row, column: column)
            }
        }
        previous = buffer
        wnoutrefresh(shim_stdscr())
        doupdate()
        if hyperlinks {
            let links = HyperlinkOverlay.sequence(for: buffer, color: colors)
            if !links.isEmpty {
                fputs(links, output)
                fflush(output)
            }
        }
    }

    private func put(_ cell: Cell, row: Int, column: Int) {
        var attributes = shim_attr_normal()
        if cell.style.bold { attributes |= shim_attr_bold() }
        if cell.style.dim { attributes |= shim_attr_dim() }
        if cell.style.reverse { attributes |= shim_attr_reverse() }
        if cell.style.underline { attributes |= shim_attr_underline() }
        let pair: Int16 = colors ? cell.style.foreground.map { Int16($0.rawValue + 1) } ?? 0 : 0
        // The grid holds each cell as TextWidth draws it: one spacing code point and at most
        // CCHARW_MAX - 1 zero-width ones, which is what setcchar takes.
        var characters = cell.text.unicodeScalars.prefix(TextWidth.maximumScalarsPerCell).map { wchar_t(bitPattern: $0.value) }
        characters.append(0)
        // Writing the bottom-right cell reports an error in curses; it is drawn all the same.
        if shim_put_cell(Int32(row), Int32(column), characters, attributes, pair) == ERR, characters.count > 2 {
            // A cell curses refuses as one cluster: its base alone, never a cut-off cell.
            _ = shim_put_cell(Int32(row), Int32(column), [characters[0], 0], attributes, pair)
        }
    }

    /// Waits up to 100 ms for input; nil when nothing came.
    public func nextEvent() -> InputEvent? {
        var code: wint_t = 0
        let status = shim_get_wch(&code)
        if status == shim_key_code_yes() {
            if Int32(code) == shim_key_resize() {
                previous = nil
                return .resize(size)
            }
            if Int32(code) == shim_key_mouse() { return mouseEvent() }
        }
        return KeyMapping.event(status: status, code: UInt32(code))
    }

    /// Input that is already waiting, without waiting for more.
    public func nextPendingEvent() -> InputEvent? {
        wtimeout(shim_stdscr(), 0)
        defer { wtimeout(shim_stdscr(), 100) }
        return nextEvent()
    }

    private func mouseEvent() -> InputEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        return KeyMapping.mouse(buttons: event.bstate, x: Int(event.x), y: Int(event.y))
    }
}
