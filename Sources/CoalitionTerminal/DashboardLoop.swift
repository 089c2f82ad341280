#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CoalitionModel
import CoalitionUI
import Dispatch
import Synchronization

/// Runs the dashboard until the user quits; the terminal is restored before this returns. Stop
/// signals do not come through here: their handler restores the terminal and ends the program
/// whatever the loop is doing (SignalGuard).
public enum DashboardLoop {
    /// How long "reloaded: …" stays in the status line.
    static let noticeMilliseconds = 4000

    /// `watching`: the data folder to reload from when its files change (nil: `--no-watch`).
    public static func run(_ initial: AppState, mouse: Bool, hyperlinks: Bool = false, watching folder: String? = nil) throws(TerminalUnavailable) {
        let background = BackgroundEvents()
        // Started first, from the files as they were just loaded.
        let watcher = folder.map { DataWatcher(folder: $0, deliver: background.post) }
        let screen = try CursesScreen(color: initial.options.color, mouse: mouse, hyperlinks: hyperlinks)
        defer {
            screen.restore()
            // After the terminal is back: a reload under way is finished, then nothing more is read.
            watcher?.stop()
        }
        let busyFile = testBusyFile()
        var state = initial
        var noticeEnds: Int?
        func run(_ commands: [Command]) {
            for command in commands { background.run(command, with: state.data) }
        }
        run(Update.apply(.resize(screen.size), to: &state))
        screen.draw(Renderer.render(state))
        // Only now, so building them never delays the first frame.
        run(Update.firstFrameDrawn(&state))
        while !state.shouldQuit {
            // The input wait times out every tenth of a second, so finished work shows soon.
            var events = background.take()
            if let event = screen.nextEvent() { events.append(event) }
            if let ends = noticeEnds, Monotonic.milliseconds() >= ends {
                events.append(.noticeExpired)
                noticeEnds = nil
            }
            guard !events.isEmpty else { continue }
            if events.contains(where: { if case .dataReloaded = $0 { true } else { false } }) {
                noticeEnds = Monotonic.milliseconds() + noticeMilliseconds
            }
            if let busyFile, events.contains(.key(.control("b"))) { beBusy(marking: busyFile) }
            // Draw what piled up at once: a burst of keys or resizes costs one frame, and a run of
            // typed characters (a paste) is given to Update as one text.
            while events.count < 1024, let queued = screen.nextPendingEvent() { events.append(queued) }
            var typed = ""
            func flushTyped() {
                if !typed.isEmpty { run(Update.type(typed, to: &state)) }
                typed = ""
            }
            for queued in events {
                guard !state.shouldQuit else { break }
                if case .key(.character(let character)) = queued {
                    typed.append(character)
                } else {
                    flushTyped()
                    run(Update.apply(queued, to: &state))
                }
            }
            flushTyped()
            if !state.shouldQuit { screen.draw(Renderer.render(state)) }
        }
    }
}

/// What happens off the input loop, for the loop to take: commands finishing, one after another at
/// background priority (so the work after the first frame never delays a key), and the data folder
/// reloaded.
private final class BackgroundEvents: Sendable {
    private let events = Mutex<[InputEvent]>([])
    private let queue = Command.queue(label: "coalition.commands")

    func run(_ command: Command, with data: DashboardData) {
        queue.async {
            let event = command.run(with: data)
            self.events.withLock { $0.append(event) }
        }
    }

    /// Called on the watcher's thread, which also wraps the new data for the dashboard.
    func post(_ outcome: DataWatcher.Outcome) {
        let event: InputEvent = switch outcome {
        case .reloaded(let dataset): .dataReloaded(DashboardData(dataset: dataset))
        case .invalid(let problem): .reloadFailed(problem)
        }
        events.withLock { $0.append(event) }
    }

    func take() -> [InputEvent] {
        events.withLock { taken in
            defer { taken = [] }
            return taken
        }
    }
}

/// For the end-to-end signal tests only: with COALITION_TEST_BUSY_FILE set, Ctrl-B makes the loop
/// work for 20 seconds without reading input, after creating that file so the test knows.
private func testBusyFile() -> String? {
    guard let value = getenv("COALITION_TEST_BUSY_FILE") else { return nil }
    let path = String(cString: value)
    return path.isEmpty ? nil : path
}

private func beBusy(marking path: String) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    if descriptor >= 0 { close(descriptor) }
    var start = timespec()
    clock_gettime(CLOCK_MONOTONIC, &start)
    var now = start
    var sink: UInt64 = 0
    while now.tv_sec - start.tv_sec < 20 {
        for step in 0..<100_000 { sink = sink &* 6364136223846793005 &+ UInt64(step) }
        clock_gettime(CLOCK_MONOTONIC, &now)
    }
    if sink == 42 { print("") }
}
