/// A ministerial-level or political-directors meeting of the Coalition.
public struct Meeting: Codable, Hashable, Sendable {
    public var id: String
    public var title: String
    public var kind: MeetingKind
    public var date: PartialDate
    public var endDate: PartialDate?
    public var virtual: Bool?
    public var city: String?
    public var venue: String?
    public var country: String?
    public var hosts: [String]?
    public var memberCount: Int?
    public var memberCountNote: String?
    public var firsts: [String]?
    public var outcomes: [String]?
    public var regions: [String]?
    public var confidence: Confidence?
    public var notes: [String]?
    public var disputes: [Dispute]?
    public var sources: [Source]

    public var isVirtual: Bool { virtual ?? false }
}

public enum MeetingKind: String, Codable, CaseIterable, Sendable {
    case ministerial
    case smallGroupMinisterial = "small-group-ministerial"
    case foreignDefenceMinisterial = "foreign-defence-ministerial"
    case defenceMinisterial = "defence-ministerial"
    case politicalDirectors = "political-directors"

    public var label: String {
        switch self {
        case .ministerial: "Ministerial"
        case .smallGroupMinisterial: "Small Group ministerial"
        case .foreignDefenceMinisterial: "Foreign and defence ministers"
        case .defenceMinisterial: "Defence ministers"
        case .politicalDirectors: "Political directors"
        }
    }

    /// A few letters for narrow list columns.
    public var shortLabel: String {
        switch self {
        case .ministerial: "MIN"
        case .smallGroupMinisterial: "SGM"
        case .foreignDefenceMinisterial: "FDM"
        case .defenceMinisterial: "DEF"
        case .politicalDirectors: "PD"
        }
    }
}
