import Dispatch
import Synchronization

/// Work done beside the caller's own, on another core when it is large enough to be worth it.
/// Handing work to another thread costs tens of microseconds, and on a busy machine that thread
/// may wait for a core: for a small data set (the shipped one) that is more than the work itself,
/// so small work is done in place, at once, and `result` is then ready.
final class SideTask<Result: Sendable>: Sendable {
    /// Below this many bytes of input, work is done in place.
    static var minimumBytes: Int { 4 << 20 }

    private let done = DispatchGroup()
    private let outcome = Mutex<Result?>(nil)

    /// Starts `work` over `bytes` bytes of input.
    init(bytes: Int, _ work: @escaping @Sendable () -> Result) {
        guard bytes >= SideTask.minimumBytes else {
            let value = work()
            outcome.withLock { $0 = value }
            return
        }
        DispatchQueue.global().async(group: done) { [self] in
            let value = work()
            outcome.withLock { $0 = value }
        }
    }

    /// Waits for the work and gives its result.
    var result: Result {
        done.wait()
        return outcome.withLock { $0! }
    }
}
