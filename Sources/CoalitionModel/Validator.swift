/// Checks what decoding cannot: unique ids, links that resolve, dates in order, known places,
/// and sources that say where a fact comes from.
struct Validator {
    struct Finding: Sendable {
        var file: DataFile
        var path: [PathKey]
        var message: String
    }

    static let maximumQuoteLength = 160

    let data: RawData
    /// Links between files are checked only when every file decoded, so one broken record does not
    /// also show up as a dangling link everywhere else.
    let checkLinks: Bool
    private var findings: [Finding] = []
    private var fieldNamesByType: [ObjectIdentifier: Set<String>] = [:]
    private let regions: RegionIndex

    init(data: RawData, checkLinks: Bool) {
        self.data = data
        self.checkLinks = checkLinks
        self.regions = RegionIndex(areas: data.areas, countries: data.countries)
    }

    /// The checks in three independent groups, so that a large data set can check them on
    /// several cores; findings come out in this order whichever way they are run.
    enum Part: CaseIterable, Sendable {
        case identities, meetings, statements, everythingElse
    }

    func run(_ part: Part) -> [Finding] {
        var validator = self
        switch part {
        case .identities:
            validator.checkUniqueIDs()
        case .meetings:
            validator.checkMeetings()
        case .statements:
            validator.checkResolutions()
        case .everythingElse:
            validator.checkSessions()
            validator.checkMembers()
            validator.checkMemberCounts()
            validator.checkRegions()
        }
        return validator.findings
    }

    private mutating func add(_ file: DataFile, _ path: [CodingKey], _ message: String) {
        let keys = path.map { $0.intValue.map(PathKey.init(intValue:)) ?? PathKey($0.stringValue) }
        findings.append(Finding(file: file, path: keys, message: message))
    }

    // MARK: Ids

    private mutating func checkUniqueIDs() {
        var seen: [String: (file: DataFile, list: String, index: Int)] = [:]
        seen.reserveCapacity(data.meetings.count + data.sessions.count + data.resolutions.count + data.members.count)
        func visit(_ id: String, _ file: DataFile, _ list: String, _ index: Int, pattern: IDPattern) {
            let path: [CodingKey] = [PathKey(list), PathKey(intValue: index), PathKey("id")]
            if !pattern.matches(id) {
                add(file, path, "id \"\(id)\" \(pattern.rule)")
            }
            if let first = seen[id] {
                add(file, path, "duplicate id \"\(id)\" (also at \(first.file.fileName) \(first.list)[\(first.index)])")
            } else {
                seen[id] = (file, list, index)
            }
        }
        for (index, id) in data.positioned(data.meetings.map(\.id), in: "meetings") { visit(id, .meetings, "meetings", index, pattern: .prefixed("mtg-")) }
        for (index, session) in data.positioned(data.sessions, in: "sessions") { visit(session.id, .sessions, "sessions", index, pattern: .prefixed("afg-")) }
        for (index, id) in data.positioned(data.resolutions.map(\.id), in: "resolutions") { visit(id, .resolutions, "resolutions", index, pattern: .prefixed("res-")) }
        for (index, member) in data.positioned(data.members, in: "members") { visit(member.id, .members, "members", index, pattern: .memberCode) }
    }

    // MARK: Records

    private mutating func checkMeetings() {
        for (index, meeting) in data.positioned(data.meetings, in: "meetings") {
            func base() -> [CodingKey] { [PathKey("meetings"), PathKey(intValue: index)] }
            checkText(meeting.title, .meetings, base() + [PathKey("title")])
            checkDates(meeting.date, meeting.endDate, .meetings, base())
            checkVenue(virtual: meeting.isVirtual, city: meeting.city, country: meeting.country, .meetings, base())
            if let count = meeting.memberCount, count <= 0 {
                add(.meetings, base() + [PathKey("memberCount")], "must be a positive number, found \(count)")
            }
            checkPlaces(meeting.regions ?? [], .meetings, base() + [PathKey("regions")], required: false)
            checkCommon(meeting, sources: meeting.sources, disputes: meeting.disputes, .meetings, base())
        }
    }

    private mutating func checkResolutions() {
        let meetingIDs = Set(data.meetings.map(\.id))
        let sessionIDs = Set(data.sessions.map(\.id))
        var orders: [StatementSlot: Int] = [:]
        orders.reserveCapacity(data.resolutions.count)
        for (index, resolution) in data.positioned(data.resolutions, in: "resolutions") {
            func base() -> [CodingKey] { [PathKey("resolutions"), PathKey(intValue: index)] }
            var linkResolves = false
            switch (resolution.meeting, resolution.session) {
            case (nil, nil):
                add(.resolutions, base(), "needs a \"meeting\" or a \"session\" it belongs to")
            case (.some, .some):
                add(.resolutions, base() + [PathKey("session")], "has both a \"meeting\" and a \"session\"; give only one")
            case (let meeting?, nil):
                linkResolves = meetingIDs.contains(meeting)
                if checkLinks && !linkResolves {
                    add(.resolutions, base() + [PathKey("meeting")], "no meeting has the id \"\(meeting)\"" + hint(meeting, meetingIDs))
                }
            case (nil, let session?):
                linkResolves = sessionIDs.contains(session)
                if checkLinks && !linkResolves {
                    add(.resolutions, base() + [PathKey("session")], "no Africa Focus Group session has the id \"\(session)\"" + hint(session, sessionIDs))
                }
            }
            // The id names its text, so a reader can tell where a statement comes from; checked
            // only when the link itself is right, so one mistake is reported once.
            if linkResolves, let parent = resolution.parentID, !IDPattern.names(resolution.id, text: parent) {
                let expected = "res-" + (parent.hasPrefix("mtg-") ? String(parent.dropFirst(4)) : parent) + "-"
                add(.resolutions, base() + [PathKey("id")], "id \"\(resolution.id)\" should be \"\(expected)NN\", after its text's id")
            }
            if resolution.order < 1 {
                add(.resolutions, base() + [PathKey("order")], "must be 1 or more, found \(resolution.order)")
            } else if let parent = resolution.parentID {
                let key = StatementSlot(text: parent, order: resolution.order)
                if let first = orders[key] {
                    add(.resolutions, base() + [PathKey("order")], "order \(resolution.order) is used twice in the same text (also resolutions[\(first)])")
                } else {
                    orders[key] = index
                }
            }
            checkText(resolution.document, .resolutions, base() + [PathKey("document")])
            checkText(resolution.summary, .resolutions, base() + [PathKey("summary")])
            if let quote = resolution.quote {
                checkText(quote, .resolutions, base() + [PathKey("quote")])
                if quote.count > Validator.maximumQuoteLength {
                    add(.resolutions, base() + [PathKey("quote")], "a quote is a short phrase: \(quote.count) characters, the limit is \(Validator.maximumQuoteLength)")
                }
            }
            if resolution.themes.isEmpty { add(.resolutions, base() + [PathKey("themes")], "needs at least one theme") }
            if hasRepeats(resolution.themes) { add(.resolutions, base() + [PathKey("themes")], "lists a theme twice") }
            checkPlaces(resolution.regions, .resolutions, base() + [PathKey("regions")], required: true)
            checkCommon(resolution, sources: resolution.sources, disputes: resolution.disputes, .resolutions, base())
        }
    }

    private mutating func checkSessions() {
        let meetingIDs = Set(data.meetings.map(\.id))
        let memberIDs = Set(data.members.map(\.id))
        var numbers: [Int: Int] = [:]
        for (index, session) in data.positioned(data.sessions, in: "sessions") {
            func base() -> [CodingKey] { [PathKey("sessions"), PathKey(intValue: index)] }
            if session.number < 1 {
                add(.sessions, base() + [PathKey("number")], "must be 1 or more, found \(session.number)")
            } else if let first = numbers[session.number] {
                add(.sessions, base() + [PathKey("number")], "number \(session.number) is used twice (also sessions[\(first)])")
            } else {
                numbers[session.number] = index
            }
            checkText(session.title, .sessions, base() + [PathKey("title")])
            checkText(session.format, .sessions, base() + [PathKey("format")])
            checkDates(session.date, session.endDate, .sessions, base())
            checkVenue(virtual: session.virtual ?? false, city: session.city, country: session.country, .sessions, base())
            if checkLinks, let meeting = session.meeting, !meetingIDs.contains(meeting) {
                add(.sessions, base() + [PathKey("meeting")], "no meeting has the id \"\(meeting)\"" + hint(meeting, meetingIDs))
            }
            if checkLinks {
                for (position, chair) in (session.coChairs ?? []).enumerated() where !memberIDs.contains(chair) {
                    add(.sessions, base() + [PathKey("coChairs"), PathKey(intValue: position)], "no member has the id \"\(chair)\"" + hint(chair, memberIDs))
                }
            }
            if let count = session.attendanceCount, count <= 0 {
                add(.sessions, base() + [PathKey("attendanceCount")], "must be a positive number, found \(count)")
            }
            checkPlaces(session.regions, .sessions, base() + [PathKey("regions")], required: true)
            checkCommon(session, sources: session.sources, disputes: session.disputes, .sessions, base())
        }
    }

    private mutating func checkMembers() {
        var ordinals: [Int: Int] = [:]
        for (index, member) in data.positioned(data.members, in: "members") {
            func base() -> [CodingKey] { [PathKey("members"), PathKey(intValue: index)] }
            checkText(member.name, .members, base() + [PathKey("name")])
            switch member.kind {
            case .state:
                if let country = member.country {
                    if checkLinks && regions.country(country) == nil {
                        add(.members, base() + [PathKey("country")], "unknown country code \"\(country)\" (not in regions.json)")
                    }
                } else {
                    add(.members, base() + [PathKey("country")], "a state needs its \"country\" code")
                }
                if member.regions != nil { add(.members, base() + [PathKey("regions")], "a state is placed by its \"country\"; \"regions\" is for organisations") }
            case .organisation:
                if member.country != nil { add(.members, base() + [PathKey("country")], "an organisation has no \"country\"; use \"regions\"") }
                checkPlaces(member.regions ?? [], .members, base() + [PathKey("regions")], required: true)
            }
            if let joined = member.joined {
                let path = base() + [PathKey("joined")]
                if joined.on == nil && joined.after == nil && joined.by == nil {
                    add(.members, path, "give \"on\", \"by\", or \"after\" and \"by\"; leave \"joined\" out when no source dates it")
                }
                if joined.on != nil && (joined.after != nil || joined.by != nil) {
                    add(.members, path, "\"on\" cannot be combined with \"after\" or \"by\"")
                }
                if let after = joined.after, let by = joined.by, by.latestDayNumber < after.earliestDayNumber {
                    add(.members, path + [PathKey("by")], "\"by\" (\(by)) is before \"after\" (\(after))")
                }
            }
            if let ordinal = member.ordinal {
                if ordinal < 1 {
                    add(.members, base() + [PathKey("ordinal")], "must be 1 or more, found \(ordinal)")
                } else if let first = ordinals[ordinal] {
                    add(.members, base() + [PathKey("ordinal")], "ordinal \(ordinal) is used twice (also members[\(first)])")
                } else {
                    ordinals[ordinal] = index
                }
            }
            checkCommon(member, sources: member.sources, disputes: member.disputes, .members, base())
        }
    }

    private mutating func checkMemberCounts() {
        var previous: PartialDate?
        for (index, count) in data.positioned(data.memberCounts, in: "memberCounts") {
            func base() -> [CodingKey] { [PathKey("memberCounts"), PathKey(intValue: index)] }
            if count.count <= 0 { add(.members, base() + [PathKey("count")], "must be a positive number, found \(count.count)") }
            if let previous, count.date < previous {
                add(.members, base() + [PathKey("date")], "member counts must be in date order: \(count.date) comes after \(previous)")
            }
            previous = count.date
            checkCommon(count, sources: count.sources, disputes: count.disputes, .members, base())
        }
    }

    private mutating func checkRegions() {
        checkSources(data.regionSources, .regions, [PathKey("sources")])
        var areaIDs: [String: Int] = [:]
        for (index, area) in data.positioned(data.areas, in: "areas") {
            func base() -> [CodingKey] { [PathKey("areas"), PathKey(intValue: index)] }
            if !IDPattern.slug.matches(area.id) { add(.regions, base() + [PathKey("id")], "id \"\(area.id)\" \(IDPattern.slug.rule)") }
            if let first = areaIDs[area.id] { add(.regions, base() + [PathKey("id")], "duplicate area id \"\(area.id)\" (also areas[\(first)])") }
            areaIDs[area.id] = areaIDs[area.id] ?? index
            if !isM49Code(area.m49) { add(.regions, base() + [PathKey("m49")], "an M49 code has three digits, found \"\(area.m49)\"") }
            checkText(area.name, .regions, base() + [PathKey("name")])
            checkSources(area.sources, .regions, base() + [PathKey("sources")])
        }
        for (index, area) in data.positioned(data.areas, in: "areas") {
            let path: [CodingKey] = [PathKey("areas"), PathKey(intValue: index), PathKey("parent")]
            if let parent = area.parent, checkLinks {
                if areaIDs[parent] == nil { add(.regions, path, "no area has the id \"\(parent)\"") }
                else if leadsToCycle(from: area.id) { add(.regions, path, "the parents of \"\(area.id)\" form a loop") }
            }
        }
        var codes: [String: Int] = [:]
        for (index, country) in data.positioned(data.countries, in: "countries") {
            func base() -> [CodingKey] { [PathKey("countries"), PathKey(intValue: index)] }
            if !IDPattern.countryCode.matches(country.code) { add(.regions, base() + [PathKey("code")], "code \"\(country.code)\" \(IDPattern.countryCode.rule)") }
            if let first = codes[country.code] { add(.regions, base() + [PathKey("code")], "duplicate country code \"\(country.code)\" (also countries[\(first)])") }
            codes[country.code] = codes[country.code] ?? index
            if let m49 = country.m49, !isM49Code(m49) { add(.regions, base() + [PathKey("m49")], "an M49 code has three digits, found \"\(m49)\"") }
            if checkLinks, areaIDs[country.area] == nil { add(.regions, base() + [PathKey("area")], "no area has the id \"\(country.area)\"") }
            if let sources = country.sources { checkSources(sources, .regions, base() + [PathKey("sources")]) }
            checkText(country.name, .regions, base() + [PathKey("name")])
        }
    }

    // MARK: Shared checks

    private mutating func checkDates(_ start: PartialDate, _ end: PartialDate?, _ file: DataFile, _ base: @autoclosure () -> [CodingKey]) {
        guard let end else { return }
        if end.latestDayNumber < start.earliestDayNumber {
            add(file, base() + [PathKey("endDate")], "ends (\(end)) before it starts (\(start))")
        } else if end == start {
            add(file, base() + [PathKey("endDate")], "equals \"date\"; leave \"endDate\" out for a one-day event")
        }
    }

    private mutating func checkVenue(virtual: Bool, city: String?, country: String?, _ file: DataFile, _ base: @autoclosure () -> [CodingKey]) {
        if virtual {
            if city != nil { add(file, base() + [PathKey("city")], "a virtual event has no city") }
            if country != nil { add(file, base() + [PathKey("country")], "a virtual event has no country") }
        }
        if let country, checkLinks, regions.country(country) == nil {
            add(file, base() + [PathKey("country")], "unknown country code \"\(country)\" (not in regions.json)" + hint(country, Set(regions.countries.keys)))
        }
        if let city { checkText(city, file, base() + [PathKey("city")]) }
    }

    private mutating func checkPlaces(_ places: [String], _ file: DataFile, _ path: @autoclosure () -> [CodingKey], required: Bool) {
        if required && places.isEmpty { add(file, path(), "needs at least one region or country") }
        guard checkLinks else { return }
        for (index, place) in places.enumerated() where !regions.isKnown(place) {
            let known = Set(regions.areas.keys).union(regions.countries.keys)
            add(file, path() + [PathKey(intValue: index)], "unknown region or country \"\(place)\"" + hint(place, known))
        }
    }

    /// Sources, disputes and the record's own notes: the same rules for every kind of record.
    private mutating func checkCommon(_ record: Any, sources: [Source], disputes: [Dispute]?, _ file: DataFile, _ base: @autoclosure () -> [CodingKey]) {
        checkSources(sources, file, base() + [PathKey("sources")])
        guard let disputes, !disputes.isEmpty else { return }
        let fields = fieldNames(of: record)
        for (index, dispute) in disputes.enumerated() {
            let path = base() + [PathKey("disputes"), PathKey(intValue: index)]
            if !fields.contains(dispute.field) || ["id", "sources", "disputes", "notes"].contains(dispute.field) {
                add(file, path + [PathKey("field")], "\"\(dispute.field)\" is not a field this record can dispute")
            }
            if dispute.values.count < 2 {
                add(file, path + [PathKey("values")], "a dispute lists at least two values")
            }
            for (position, value) in dispute.values.enumerated() {
                let valuePath = path + [PathKey("values"), PathKey(intValue: position)]
                checkText(value.value, file, valuePath + [PathKey("value")])
                checkSources(value.sources, file, valuePath + [PathKey("sources")])
            }
        }
    }

    /// A few themes per statement: comparing pairs costs less than building a set for each.
    private func hasRepeats(_ themes: [Theme]) -> Bool {
        for (index, theme) in themes.enumerated() where themes[(index + 1)...].contains(theme) { return true }
        return false
    }

    /// The field names of a record's type, found by reflection once per type.
    private mutating func fieldNames(of record: Any) -> Set<String> {
        let type = ObjectIdentifier(Swift.type(of: record))
        if let known = fieldNamesByType[type] { return known }
        let names = Set(Mirror(reflecting: record).children.compactMap(\.label))
        fieldNamesByType[type] = names
        return names
    }

    private mutating func checkSources(_ sources: [Source], _ file: DataFile, _ path: @autoclosure () -> [CodingKey]) {
        if sources.isEmpty {
            add(file, path(), "every record needs at least one source")
            return
        }
        for (index, source) in sources.enumerated() {
            func sourcePath() -> [CodingKey] { path() + [PathKey(intValue: index)] }
            checkText(source.publisher, file, sourcePath() + [PathKey("publisher")])
            if source.title == nil && source.url == nil {
                add(file, sourcePath(), "a source needs a \"title\" or a \"url\"")
            }
            if let title = source.title { checkText(title, file, sourcePath() + [PathKey("title")]) }
            if let url = source.url, !isWebAddress(url) {
                add(file, sourcePath() + [PathKey("url")], "not a web address: \"\(url)\" (expected https://…)")
            }
        }
    }

    private mutating func checkText(_ text: String, _ file: DataFile, _ path: @autoclosure () -> [CodingKey]) {
        // Most text starts with a visible ASCII character; only the rest needs Unicode's rules.
        if let first = text.utf8.first, first > 0x20, first < 0x7F { return }
        if text.allSatisfy(\.isWhitespace) { add(file, path(), "must not be empty") }
    }

    private func hint(_ wrong: String, _ candidates: Set<String>) -> String {
        NameMatcher.nearest(to: wrong, in: candidates.sorted()).map { " (did you mean \"\($0)\"?)" } ?? ""
    }

    private func leadsToCycle(from id: String) -> Bool {
        let parents = Dictionary(data.areas.map { ($0.id, $0.parent) }, uniquingKeysWith: { first, _ in first })
        var seen: Set<String> = []
        var current: String? = id
        while let area = current {
            if !seen.insert(area).inserted { return true }
            current = parents[area] ?? nil
        }
        return false
    }

    private func isM49Code(_ code: String) -> Bool {
        code.utf8.count == 3 && code.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    private func isWebAddress(_ text: String) -> Bool {
        (text.hasPrefix("https://") || text.hasPrefix("http://"))
            && text.utf8.count > 10 && !text.utf8.contains(where: { $0 <= 0x20 })
    }
}

/// A statement's place: its text and its order there, the pair that must be unique.
private struct StatementSlot: Hashable {
    var text: String
    var order: Int
}

/// The shapes ids may take.
enum IDPattern {
    case prefixed(String), memberCode, slug, countryCode

    func matches(_ id: String) -> Bool {
        switch self {
        case .prefixed(let prefix):
            return id.utf8.starts(with: prefix.utf8) && id.utf8.count > prefix.utf8.count && IDPattern.slug.matches(id)
        case .slug:
            // Byte by byte: ids are ASCII, and Character-level checks cost far more at scale.
            var id = id
            return id.withUTF8 { bytes in
                guard let first = bytes.first, let last = bytes.last, first != 0x2D, last != 0x2D else { return false }
                return bytes.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
            }
        case .memberCode:
            return (2...12).contains(id.utf8.count) && id.utf8.allSatisfy { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) }
        case .countryCode:
            return id.utf8.count == 2 && id.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
        }
    }

    /// True when a statement id is `res-` + its text's id without `mtg-` + `-` + digits, compared
    /// byte by byte in place, so no string is built and no generic slice code runs.
    static func names(_ id: String, text parent: String) -> Bool {
        var id = id
        var parent = parent
        return id.withUTF8 { id in
            parent.withUTF8 { parent in
                let parentPart = parent.starts(with: "mtg-".utf8) ? UnsafeBufferPointer(rebasing: parent[4...]) : parent
                let prefix = 4 + parentPart.count + 1
                guard id.count > prefix, id.count <= prefix + 6, id.starts(with: "res-".utf8),
                      id[prefix - 1] == UInt8(ascii: "-") else { return false }
                for offset in 0..<parentPart.count where id[4 + offset] != parentPart[offset] { return false }
                for offset in prefix..<id.count where !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(id[offset]) { return false }
                return true
            }
        }
    }

    var rule: String {
        switch self {
        case .prefixed(let prefix): "must start with \"\(prefix)\" and use only lowercase letters, digits and hyphens"
        case .slug: "must use only lowercase letters, digits and hyphens"
        case .memberCode: "must be a member code of 2 to 12 capital letters or digits"
        case .countryCode: "must be two capital letters (ISO 3166-1 alpha-2)"
        }
    }
}
