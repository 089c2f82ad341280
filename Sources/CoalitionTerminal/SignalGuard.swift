#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import Synchronization

/// Whether curses owns the terminal: the signal handler restores it only then, and only once.
let cursesActive = Atomic<Bool>(false)

/// What the signal handler needs, prepared before any handler can run, so that the handler itself
/// only reads memory, calls `write(2)` and `tcsetattr(3)` (both async-signal-safe) and re-raises.
/// Kept behind a pointer (not a Swift `var`) so no exclusivity check or lazy initialisation runs
/// inside the handler.
struct TerminalRestore {
    static let capacity = 512
    /// The terminal's modes from before curses changed them.
    var modes = termios()
    var hasModes = false
    /// The bytes that undo curses' changes to the screen: rmcup, cnorm, sgr0, rmkx, mouse off.
    var bytes: (UnsafeMutablePointer<UInt8>, Int) = (UnsafeMutablePointer<UInt8>.allocate(capacity: TerminalRestore.capacity), 0)
}

nonisolated(unsafe) let terminalRestore: UnsafeMutablePointer<TerminalRestore> = {
    let pointer = UnsafeMutablePointer<TerminalRestore>.allocate(capacity: 1)
    pointer.initialize(to: TerminalRestore())
    return pointer
}()

/// Stops the program at once, terminal restored, on every signal whose default action ends it:
/// the handler restores the saved terminal modes, writes the precomputed exit sequences, resets
/// the signal to its default action and re-raises it. Nothing waits for the main loop, so a busy
/// dashboard (a long search, a huge redraw) stops as fast as an idle one.
enum SignalGuard {
    /// Signals whose default action terminates the process (Linux; man 7 signal), real-time ones included.
    static var stopSignals: [Int32] {
        var signals: [Int32] = [SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE,
                                SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF, SIGPOLL, SIGSYS]
        #if os(Linux)
        signals += [SIGSTKFLT, SIGPWR]
        signals += Array(shim_sigrtmin()...shim_sigrtmax())
        #endif
        return signals
    }

    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

    /// Signals ignored when the program started (as `nohup` leaves SIGHUP) stay ignored.
    nonisolated(unsafe) private static var ignoredAtStart: Set<Int32> = []

    /// Before `newterm`: the terminal's modes, and which signals the parent left ignored (ncurses
    /// installs its own SIGINT and SIGTERM handlers in `newterm`, which would hide that).
    static func prepare() {
        _ = cursesActive.load(ordering: .relaxed)
        let restore = terminalRestore
        restore.pointee.hasModes = tcgetattr(STDIN_FILENO, &restore.pointee.modes) == 0
        var ignored: Set<Int32> = []
        for signal in stopSignals {
            var current = sigaction()
            if sigaction(signal, nil, &current) == 0, isIgnored(current) { ignored.insert(signal) }
        }
        ignoredAtStart = ignored
    }

    /// After `newterm` and the terminal set-up: computes the exit sequences from terminfo, then
    /// installs the handlers, replacing ncurses' own.
    static func install(mouse: Bool) {
        var text = "\u{18}"  // CAN: ends any escape sequence cut short by the signal.
        text += capability("sgr0")
        if mouse { text += "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l" }
        text += capability("rmkx")
        text += capability("cnorm")
        text += capability("rmcup")
        let bytes = Array(text.utf8.prefix(TerminalRestore.capacity))
        let buffer = terminalRestore.pointee.bytes.0
        for (index, byte) in bytes.enumerated() { buffer[index] = byte }
        terminalRestore.pointee.bytes.1 = bytes.count
        cursesActive.store(true, ordering: .sequentiallyConsistent)
        for signal in stopSignals where !ignoredAtStart.contains(signal) { setHandler(signal) }
        for signal in crashSignals { setHandler(signal) }
    }

    /// After the terminal is restored by ordinary code: the default actions again.
    static func uninstall() {
        for signal in stopSignals where !ignoredAtStart.contains(signal) { Glibc.signal(signal, SIG_DFL) }
        for signal in crashSignals { Glibc.signal(signal, SIG_DFL) }
    }

    private static func capability(_ name: String) -> String {
        guard let value = shim_tigetstr(name) else { return "" }
        return String(cString: value)
    }

    private static func isIgnored(_ action: sigaction) -> Bool {
        unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }

    private static func setHandler(_ signal: Int32) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = signalHandler
        sigfillset(&action.sa_mask)
        // Reset to the default on entry and let the re-raise through at once; run on the
        // alternate signal stack where there is one, so a stack overflow is handled too.
        action.sa_flags = Int32(bitPattern: UInt32(SA_RESETHAND) | UInt32(SA_NODEFER) | UInt32(SA_ONSTACK))
        sigaction(signal, &action, nil)
    }
}

/// Restores the terminal from inside a signal handler: only async-signal-safe calls.
func restoreTerminalFromSignal() {
    guard cursesActive.exchange(false, ordering: .sequentiallyConsistent) else { return }
    let restore = terminalRestore
    let (bytes, count) = restore.pointee.bytes
    var written = 0
    while written < count {
        let result = write(STDOUT_FILENO, bytes + written, count - written)
        if result > 0 { written += result } else if result < 0 && errno == EINTR { continue } else { break }
    }
    if restore.pointee.hasModes { _ = tcsetattr(STDIN_FILENO, TCSANOW, &restore.pointee.modes) }
}

private let signalHandler: @convention(c) (Int32) -> Void = { number in
    restoreTerminalFromSignal()
    Glibc.signal(number, SIG_DFL)
    raise(number)
}
