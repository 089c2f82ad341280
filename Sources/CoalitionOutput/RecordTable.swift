import CoalitionModel

/// The columns `list` prints for each kind of record. Kinds, themes and dates are written as the
/// options take them (`small-group-ministerial`, `2022-05`), so what a table shows can be typed back.
/// Dates are where a record starts (its end date is in `show` and the JSON), to keep tables narrow.
public enum RecordTable {
    public static func table(_ records: RecordList, in dataset: Dataset) -> Table {
        switch records {
        case .meetings(let meetings):
            Table(
                columns: [.init("id"), .init("date"), .init("kind", shrinks: true), .init("title", shrinks: true), .init("place", shrinks: true),
                          .init("resolutions", alignment: .right)],
                rows: meetings.map { meeting in
                    [meeting.id, meeting.date.description, meeting.kind.rawValue, meeting.title,
                     dataset.placeLabel(city: meeting.city, country: meeting.country, virtual: meeting.isVirtual),
                     String(dataset.resolutions(of: meeting.id).count)]
                }
            )
        case .resolutions(let resolutions):
            Table(
                columns: [.init("id"), .init("date"), .init("order", alignment: .right), .init("themes", shrinks: true),
                          .init("summary", shrinks: true)],
                rows: resolutions.map { resolution in
                    [resolution.id, dataset.date(of: resolution)?.description ?? "", String(resolution.order),
                     resolution.themes.map(\.rawValue).joined(separator: " "), resolution.summary]
                }
            )
        case .sessions(let sessions):
            Table(
                columns: [.init("id"), .init("number", alignment: .right), .init("date"), .init("title", shrinks: true),
                          .init("place", shrinks: true), .init("format", shrinks: true)],
                rows: sessions.map { session in
                    [session.id, String(session.number), session.date.description, session.title,
                     dataset.placeLabel(city: session.city, country: session.country, virtual: session.virtual ?? false),
                     session.format]
                }
            )
        case .members(let members):
            Table(
                columns: [.init("id"), .init("name", shrinks: true), .init("kind"), .init("region", shrinks: true), .init("joined")],
                rows: members.map { member in
                    [member.id, member.name, member.kind.rawValue, dataset.regionLabel(of: member), joinedText(member.joined)]
                }
            )
        }
    }

    /// "2021-12-02", "by 2019-02", "2018-02..2019-02" or "" when no source dates it.
    static func joinedText(_ joined: JoinDate?) -> String {
        guard let joined else { return "" }
        if let on = joined.on { return on.description }
        switch (joined.after, joined.by) {
        case let (after?, by?): return "\(after)..\(by)"
        case let (nil, by?): return "by \(by)"
        case let (after?, nil): return "after \(after)"
        case (nil, nil): return ""
        }
    }
}
