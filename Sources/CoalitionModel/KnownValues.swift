/// A closed vocabulary written as strings in the data (kinds, themes, wording statuses).
/// Decoding an unknown word names the valid ones, so a typo is easy to fix.
public protocol KnownValues: RawRepresentable, CaseIterable, Codable, Sendable where RawValue == String {}

extension KnownValues {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let word = try container.decode(String.self)
        guard let value = Self(rawValue: word) else {
            let valid = Self.allCases.map(\.rawValue)
            var message = "unknown value \"\(word)\"; expected one of: \(valid.joined(separator: ", "))"
            if let guess = NameMatcher.nearest(to: word, in: valid) { message = "unknown value \"\(word)\" (did you mean \"\(guess)\"?); expected one of: \(valid.joined(separator: ", "))" }
            throw DecodingError.dataCorruptedError(in: container, debugDescription: message)
        }
        self = value
    }
}

extension Reliability: KnownValues {}
extension Confidence: KnownValues {}
extension MeetingKind: KnownValues {}
extension WordingStatus: KnownValues {}
extension Theme: KnownValues {}
extension MemberKind: KnownValues {}
extension CountQualifier: KnownValues {}
