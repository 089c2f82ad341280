/// A small, fast, seeded generator (Steele, Lea and Flood's SplitMix64), so the same seed gives the
/// same strings, shuffles and data sets on every machine, and a failure can be replayed from its
/// seed. The system generator promises neither.
public struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    // The standard library's `random(in:using:)` may change its algorithm between Swift versions;
    // these draw the same values from the same seed on every version.

    /// A number in the range; the modulo bias is far below anything a test or benchmark notices.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    public mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < probability
    }

    public mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[int(in: 0...(elements.count - 1))]
    }

    /// Up to `count` different elements, in the order first drawn.
    public mutating func pick<Element: Equatable>(_ count: Int, of elements: [Element]) -> [Element] {
        var chosen: [Element] = []
        while chosen.count < min(count, elements.count) {
            let element = pick(elements)
            if !chosen.contains(element) { chosen.append(element) }
        }
        return chosen
    }
}
