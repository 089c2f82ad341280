import CoalitionModel

/// JSON that decodes back into the model: the records themselves, with sorted keys.
public enum RecordJSON {
    public static func text(_ records: RecordList) throws -> String {
        switch records {
        case .meetings(let meetings): try text(meetings)
        case .resolutions(let resolutions): try text(resolutions)
        case .sessions(let sessions): try text(sessions)
        case .members(let members): try text(members)
        }
    }

    /// Pretty, sorted and with slashes left alone, so URLs read as written; no control character
    /// is written raw.
    public static func text(_ value: some Encodable) throws -> String {
        String(decoding: try SortedJSONEncoder.encode(value), as: UTF8.self)
    }
}
