/// A session of the Coalition's Africa Focus Group.
public struct FocusGroupSession: Codable, Hashable, Sendable {
    public var id: String
    public var number: Int
    public var title: String
    public var date: PartialDate
    public var endDate: PartialDate?
    public var virtual: Bool?
    public var city: String?
    public var venue: String?
    public var country: String?
    public var format: String
    public var meeting: String?
    public var host: String?
    public var coChairs: [String]?
    public var attendance: String?
    public var attendanceCount: Int?
    public var firsts: [String]?
    public var outcomes: [String]?
    public var regions: [String]
    public var confidence: Confidence?
    public var notes: [String]?
    public var disputes: [Dispute]?
    public var sources: [Source]
}
