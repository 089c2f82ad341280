import CoalitionModel
import CoalitionTestSupport
import Testing

/// Random strings weighted towards the characters the sanitizer must handle.
struct HostileTextGenerator {
    private static let interestingRanges: [ClosedRange<UInt32>] = [
        0x00...0x1F, 0x20...0x7E, 0x7F...0x9F, 0xA0...0x2FF, 0x300...0x36F, 0x61C...0x61C,
        0x200B...0x200F, 0x2028...0x202E, 0x2060...0x206F, 0xFE00...0xFE0F, 0xFEFF...0xFEFF,
        0x1F300...0x1F64F, 0xE0000...0xE007F,
    ]

    var random: SeededGenerator

    mutating func text() -> String {
        var scalars = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...24, using: &random) {
            scalars.append(scalar())
        }
        return String(scalars)
    }

    private mutating func scalar() -> Unicode.Scalar {
        while true {
            let value: UInt32
            if Int.random(in: 0..<5, using: &random) == 0 {
                value = UInt32.random(in: 0...0x10FFFF, using: &random)
            } else {
                let range = Self.interestingRanges.randomElement(using: &random)!
                value = UInt32.random(in: range, using: &random)
            }
            if let scalar = Unicode.Scalar(value) { return scalar }
        }
    }
}

@Suite struct SanitizerPropertyTests {
    static let samplesPerSeed = 2_000

    @Test(arguments: [1, 42, 2022] as [UInt64])
    func outputHasNoControlOrBidiCharacters(seed: UInt64) {
        var generator = HostileTextGenerator(random: SeededGenerator(seed: seed))
        for _ in 0..<Self.samplesPerSeed {
            let input = generator.text()
            let output = TextSanitizer.clean(input)
            let forbidden = output.unicodeScalars.filter { scalar in
                scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.properties.isBidiControl
            }
            #expect(forbidden.isEmpty, "clean(\(input.debugDescription)) kept \(forbidden.map { hex($0) })")
        }
    }

    @Test(arguments: [7, 99, 31337] as [UInt64])
    func cleaningTwiceChangesNothing(seed: UInt64) {
        var generator = HostileTextGenerator(random: SeededGenerator(seed: seed))
        for _ in 0..<Self.samplesPerSeed {
            let input = generator.text()
            let once = TextSanitizer.clean(input)
            #expect(TextSanitizer.clean(once) == once, "input \(input.debugDescription)")
            #expect(TextSanitizer.isClean(once))
        }
    }

    @Test(arguments: [3, 5] as [UInt64])
    func outputNeverStartsWithACombiningMark(seed: UInt64) {
        var generator = HostileTextGenerator(random: SeededGenerator(seed: seed))
        for _ in 0..<Self.samplesPerSeed {
            let input = generator.text()
            guard let first = TextSanitizer.clean(input).unicodeScalars.first else { continue }
            let category = first.properties.generalCategory
            #expect(![.nonspacingMark, .spacingMark, .enclosingMark].contains(category), "input \(input.debugDescription)")
        }
    }

    @Test func printableASCIIIsReturnedUnchanged() {
        var random = SeededGenerator(seed: 11)
        for _ in 0..<Self.samplesPerSeed {
            let length = Int.random(in: 0...40, using: &random)
            let text = String((0..<length).map { _ in Character(Unicode.Scalar(UInt8.random(in: 0x20...0x7E, using: &random))) })
            #expect(TextSanitizer.clean(text) == text)
        }
    }

    private func hex(_ scalar: Unicode.Scalar) -> String {
        "U+" + String(scalar.value, radix: 16, uppercase: true)
    }
}
