/// The files of a data folder and the lists each one holds.
public enum DataFile: String, CaseIterable, Sendable {
    case meetings, resolutions, sessions, members, regions

    public var fileName: String { rawValue + ".json" }

    /// The top-level keys the file may have, each holding an array (regions also has `sources`).
    var listKeys: [String] {
        switch self {
        case .meetings: ["meetings"]
        case .resolutions: ["resolutions"]
        case .sessions: ["sessions"]
        case .members: ["members", "memberCounts"]
        case .regions: ["sources", "areas", "countries", "groupings"]
        }
    }

    /// Lists a file may leave out: a data set need not define analyst regions.
    var optionalListKeys: Set<String> {
        self == .regions ? ["groupings"] : []
    }
}
