import CoalitionModel

/// JSON that decodes back into the model: the records themselves, with sorted keys.
public enum RecordJSON {
    public static func text(_ records: RecordList) throws -> String {
        String(decoding: try pieces(records).joined(), as: UTF8.self)
    }

    /// The bytes of `text(_:)`, in pieces to write one after the other: a long list is written
    /// without first being copied into one string.
    public static func pieces(_ records: RecordList) throws -> [[UInt8]] {
        switch records {
        case .meetings(let meetings): try SortedJSONEncoder.pieces(list: meetings)
        case .resolutions(let resolutions): try SortedJSONEncoder.pieces(list: resolutions)
        case .sessions(let sessions): try SortedJSONEncoder.pieces(list: sessions)
        case .members(let members): try SortedJSONEncoder.pieces(list: members)
        }
    }

    /// Pretty, sorted and with slashes left alone, so URLs read as written; no control character
    /// is written raw.
    public static func text(_ value: some Encodable) throws -> String {
        String(decoding: try SortedJSONEncoder.encode(value), as: UTF8.self)
    }
}
