#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Times one operation many times: each sample runs `setUp` untimed, then `body` timed.
/// Sampling stops at `maximumSamples` or when `budget` is spent (but not before `minimumSamples`),
/// so slow operations on big data sets stay bounded while fast ones get many samples.
struct Sampler {
    var maximumSamples = 200
    var minimumSamples = 3
    var budget: Duration = .seconds(5)
    var warmUp = 2

    func measure(_ operation: String, setUp: () -> Void = {}, _ body: () -> Void) -> Measurement {
        let clock = ContinuousClock()
        for _ in 0..<warmUp {
            setUp()
            body()
        }
        var samples: [Duration] = []
        let start = clock.now
        while samples.count < maximumSamples && (samples.count < minimumSamples || clock.now - start < budget) {
            setUp()
            samples.append(clock.measure(body))
        }
        return Measurement(operation: operation, samples: samples)
    }
}

struct Measurement {
    var operation: String
    var samples: [Duration]

    private var sortedMilliseconds: [Double] {
        samples.map { Double($0.components.seconds) * 1_000 + Double($0.components.attoseconds) / 1e15 }.sorted()
    }

    var median: Double {
        let sorted = sortedMilliseconds
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// Nearest-rank 95th percentile.
    var p95: Double {
        let sorted = sortedMilliseconds
        return sorted[max(0, Int((0.95 * Double(sorted.count)).rounded(.up)) - 1)]
    }

    /// One JSON line; the peak resident memory is the process's so far, in KiB.
    var jsonLine: String {
        func rounded(_ value: Double) -> String { String((value * 10_000).rounded() / 10_000) }
        return "{\"operation\":\"\(operation)\",\"samples\":\(samples.count),\"median_ms\":\(rounded(median)),"
            + "\"p95_ms\":\(rounded(p95)),\"peak_rss_kib\":\(peakResidentKiB())}"
    }
}

func peakResidentKiB() -> Int {
    var usage = rusage()
    // Linux reports KiB, macOS bytes.
    #if os(Linux)
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss
    #else
    getrusage(RUSAGE_SELF, &usage)
    return usage.ru_maxrss / 1024
    #endif
}

/// Keeps a result alive so the optimiser cannot drop the work that made it.
@_optimize(none)
func keep<T>(_ value: T) {}
