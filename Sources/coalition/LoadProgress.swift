import CoalitionModel
import Dispatch
import Synchronization

/// Says on standard error what a long load is doing, so a large data set never looks like a hang.
/// Nothing is printed for loads that finish within half a second.
final class LoadProgress: Sendable {
    static let quietFor = DispatchTimeInterval.milliseconds(500)

    private struct State {
        var stage = "starting"
        var finished = false
        var speaking = false
    }

    private let state = Mutex(State())
    private let started = DispatchTime.now()

    init() {
        DispatchQueue.global().asyncAfter(deadline: .now() + LoadProgress.quietFor) { [self] in
            let stage: String? = state.withLock { state in
                guard !state.finished else { return nil }
                state.speaking = true
                return state.stage
            }
            if let stage { printError("coalition: loading data: \(stage)…") }
        }
    }

    func report(_ stage: DatasetLoader.Stage) {
        let text: String
        // Only the long steps are worth a line of their own once the messages have started.
        var worthALine = true
        switch stage {
        case .reading(let file):
            text = "reading \(file)"
            worthALine = false
        case .decoding(let list, let records):
            text = "reading \(records) \(list)"
            worthALine = records >= 1000
        case .validating:
            text = "checking the data"
        case .snapshot:
            text = "reading the snapshot of unchanged files"
        case .savingSnapshot:
            text = "keeping a snapshot for the next start"
        }
        let speak = state.withLock { state in
            state.stage = text
            return state.speaking && worthALine
        }
        if speak { printError("coalition: loading data: \(text)…") }
    }

    func finish() {
        let spoke = state.withLock { state in
            state.finished = true
            return state.speaking
        }
        if spoke {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            printError("coalition: loaded in \((seconds * 10).rounded() / 10) s")
        }
    }
}
