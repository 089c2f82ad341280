/// A closed vocabulary written as strings in the data (kinds, themes, wording statuses).
/// Reading an unknown word names the valid ones (see `RecordReader.swift`), so a typo is easy to fix.
public protocol KnownValues: RawRepresentable, CaseIterable, Encodable, Sendable, JSONReadable, ReadPlaceholder
where RawValue == String {}

extension Reliability: KnownValues {}
extension Confidence: KnownValues {}
extension MeetingKind: KnownValues {}
extension WordingStatus: KnownValues {}
extension Theme: KnownValues {}
extension MemberKind: KnownValues {}
extension CountQualifier: KnownValues {}
extension TextStatus: KnownValues {}
