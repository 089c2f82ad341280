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

    /// The files this file's records link to (places, parents, co-chairs), which its checks read.
    var linkedFiles: Set<DataFile> {
        switch self {
        case .meetings: [.regions]
        case .resolutions: [.meetings, .sessions, .regions]
        case .sessions: [.meetings, .members, .regions]
        case .members: [.regions]
        case .regions: []
        }
    }

    /// The files and every file they link to, directly or not.
    public static func closure(of files: Set<DataFile>) -> Set<DataFile> {
        var found = files
        var waiting = Array(files)
        while let file = waiting.popLast() {
            for linked in file.linkedFiles where found.insert(linked).inserted { waiting.append(linked) }
        }
        return found
    }
}
