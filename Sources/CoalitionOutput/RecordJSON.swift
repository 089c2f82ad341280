import CoalitionModel

/// JSON that decodes back into the model: the records themselves, with sorted keys.
public enum RecordJSON {
    public static func text(_ records: RecordList) throws -> String {
        let bytes = switch records {
        case .meetings(let meetings): try SortedJSONEncoder.encode(list: meetings)
        case .resolutions(let resolutions): try SortedJSONEncoder.encode(list: resolutions)
        case .sessions(let sessions): try SortedJSONEncoder.encode(list: sessions)
        case .members(let members): try SortedJSONEncoder.encode(list: members)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Pretty, sorted and with slashes left alone, so URLs read as written; no control character
    /// is written raw.
    public static func text(_ value: some Encodable) throws -> String {
        String(decoding: try SortedJSONEncoder.encode(value), as: UTF8.self)
    }
}
