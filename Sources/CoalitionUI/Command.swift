import Dispatch

/// Slow work `Update` asks for instead of doing it, as Bubble Tea's commands: the input loop runs
/// it on another thread and gives its result back as an `InputEvent`, so keys keep working
/// meanwhile. Drivers without a loop (`render`, tests, benchmarks) use `Update.applyWaiting`,
/// which runs it in place.
public enum Command: Hashable, Sendable {
    /// Build one of the data's indexes.
    case build(DataIndex)
    /// Start a browser on a web address (`o`, or Enter on a source's address).
    case openLink(LinkLaunch)

    /// Does the work; the event it returns goes back through `Update.apply`.
    public func run(with data: DashboardData) -> InputEvent {
        switch self {
        case .build(let index):
            data.build(index)
            return .finished(self)
        case .openLink(let launch):
            return .linkOpened(launch, problem: launch.start())
        }
    }
}

extension Command {
    /// A queue to run commands on, one after another, at background priority: a build then never
    /// takes a core from the keys. (On Linux, libdispatch runs `.background` work at nice 10, and
    /// the parallel parts of a build inherit it; on an idle machine it runs at full speed.)
    public static func queue(label: String) -> DispatchQueue {
        DispatchQueue(label: label, qos: .background)
    }
}
