/// A small, fast, seeded generator (Steele, Lea and Flood's SplitMix64), so the same seed gives the
/// same data set on every machine and every Swift version; the system generator guarantees neither.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in the range; the modulo bias is far below anything a benchmark could notice.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < probability
    }

    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[int(in: 0...(elements.count - 1))]
    }

    /// Up to `count` different elements, in the order first drawn.
    mutating func pick<Element: Equatable>(_ count: Int, of elements: [Element]) -> [Element] {
        var chosen: [Element] = []
        while chosen.count < min(count, elements.count) {
            let element = pick(elements)
            if !chosen.contains(element) { chosen.append(element) }
        }
        return chosen
    }
}
