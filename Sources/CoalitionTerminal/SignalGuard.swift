#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import Synchronization

/// The signal that asked the dashboard to stop, set by a handler and read by the main loop, so the
/// terminal is restored by ordinary code rather than inside the handler.
let pendingSignal = Atomic<Int32>(0)

/// Whether curses owns the terminal, for the crash handler.
let cursesActive = Atomic<Bool>(false)

enum SignalGuard {
    static let stopSignals: [Int32] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT]
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

    /// Installed after `newterm`, so they replace ncurses' own SIGINT and SIGTERM handlers.
    static func install() {
        _ = pendingSignal.load(ordering: .relaxed)
        _ = cursesActive.load(ordering: .relaxed)
        for signal in stopSignals {
            setHandler(signal) { number in pendingSignal.store(number, ordering: .relaxed) }
        }
        // A crash must not leave the terminal in raw mode on the alternate screen: restore it,
        // then let the signal do what it would have done.
        for signal in crashSignals {
            setHandler(signal, resetAfterUse: true) { number in
                if cursesActive.load(ordering: .relaxed) { endwin() }
                Glibc.signal(number, SIG_DFL)
                raise(number)
            }
        }
    }

    static func uninstall() {
        for signal in stopSignals + crashSignals { Glibc.signal(signal, SIG_DFL) }
    }

    private static func setHandler(_ signal: Int32, resetAfterUse: Bool = false, _ handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = resetAfterUse ? Int32(bitPattern: UInt32(SA_RESETHAND) | UInt32(SA_NODEFER)) : 0
        sigaction(signal, &action, nil)
    }

    /// After the terminal is restored: die of the same signal, as the user's shell expects.
    static func reraisePending() {
        let number = pendingSignal.load(ordering: .relaxed)
        guard number != 0 else { return }
        Glibc.signal(number, SIG_DFL)
        raise(number)
    }
}
