import CoalitionModel
import Synchronization

/// Times the stages a load reports: each lasts from its report until the next one's.
final class StageClock: Sendable {
    private struct State {
        var current: (name: String, start: ContinuousClock.Instant)?
        var laps: [(String, Duration)] = []
    }

    private let state = Mutex(State())

    var laps: [(String, Duration)] { state.withLock { $0.laps } }

    func enter(_ stage: DatasetLoader.Stage) {
        let name: String
        switch stage {
        case .reading(let file): name = "read and outline \(file)"
        case .decoding(let list, _): name = "parse and decode \(list)"
        case .validating: name = "validate and build the data set"
        case .snapshot: name = "read the snapshot"
        case .savingSnapshot: name = "write the snapshot"
        }
        lap(next: name)
    }

    func finish() { lap(next: nil) }

    private func lap(next: String?) {
        let now = ContinuousClock.now
        state.withLock { state in
            if let current = state.current { state.laps.append((current.name, now - current.start)) }
            state.current = next.map { ($0, now) }
        }
    }
}
