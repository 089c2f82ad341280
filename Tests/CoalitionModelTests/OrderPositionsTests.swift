@testable import CoalitionModel
import CoalitionTestSupport
import Testing

/// Positions are laid out by the rank of each distinct value rather than by comparing every
/// key; they must come out exactly as a stable comparison sort puts them, ties and `.missing`
/// included, ascending and descending.
@Suite struct OrderPositionsTests {
    /// The definition: a comparison sort of the positions, ties in position order, records
    /// missing the value last in both directions.
    static func sortedByComparison(_ keys: [OrderValue], descending: Bool) -> [Int] {
        keys.indices.sorted { first, second in
            let (a, b) = (keys[first], keys[second])
            if a == b { return first < second }
            guard descending else { return a < b }
            if a == .missing || b == .missing { return b == .missing }
            return a > b
        }
    }

    @Test func positionsAreAStableSortsWhateverTheValues() {
        var random = SeededGenerator(seed: 42)
        // Canonically equivalent spellings ("é" precomposed and as e + accent) are equal values.
        let texts = ["b", "a", "é", "e\u{301}", "e", "f", "ab", "", "Ω", "z"]
        for _ in 0..<200 {
            let keys: [OrderValue] = (0..<random.int(in: 0...40)).map { _ in
                switch random.int(in: 0...5) {
                case 0: .missing
                case 1, 2: .day(random.int(in: -3...3))
                default: .text(random.pick(texts))
                }
            }
            for descending in [false, true] {
                #expect(OrderValue.stablePositions(of: keys, descending: descending) == Self.sortedByComparison(keys, descending: descending), "\(keys) \(descending)")
            }
        }
    }
}
