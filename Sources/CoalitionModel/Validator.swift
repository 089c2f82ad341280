/// Checks what decoding cannot: unique ids, links that resolve, dates in order, known places,
/// and sources that say where a fact comes from.
struct Validator {
    struct Finding: Sendable {
        var file: DataFile
        var path: [PathKey]
        var message: String
    }

    let data: RawData
    /// Links between files are checked only when every file decoded, so one broken record does not
    /// also show up as a dangling link everywhere else.
    let checkLinks: Bool
    private var findings: [Finding] = []
    private var hints: [Hint] = []
    /// For each statement a task checks, how many findings came before its order's place, where
    /// `merge` puts an "order used twice" found by the task that sees every statement.
    private var orderPlaces: [Int] = []
    private var repeatedOrders: [RepeatedOrder] = []
    private var fieldNamesByType: [ObjectIdentifier: Set<String>] = [:]
    private let regions: RegionIndex
    private let knownPlaces: Set<String>
    private let countryCodes: Set<String>
    /// Built once for all tasks, as every statement's link is looked up in them.
    private let meetingIDs: Set<String>
    private let sessionIDs: Set<String>
    /// How many "did you mean" hints one group of checks may compute.
    static let hintLimit = 20

    /// False when resolutions.json was not read (a command that shows no statement): a text said
    /// to be "recorded" cannot then be checked against its statements.
    let statementsRead: Bool
    /// When given, counts the steps of the checks whose work could outgrow their input (walking
    /// the area tree, looking up hints), for tests that check it grows in proportion.
    let meter: WorkMeter?

    init(data: RawData, checkLinks: Bool, statementsRead: Bool, meter: WorkMeter? = nil) {
        self.data = data
        self.checkLinks = checkLinks
        self.statementsRead = statementsRead
        self.meter = meter
        self.regions = RegionIndex(areas: data.areas, countries: data.countries)
        self.countryCodes = Set(regions.countries.keys)
        self.knownPlaces = countryCodes.union(regions.areas.keys)
        self.meetingIDs = Set(data.meetings.map(\.id))
        self.sessionIDs = Set(data.sessions.map(\.id))
    }

    /// A piece of the checks that runs on its own, so that the cores share the work evenly: the
    /// long lists are cut into chunks. `merge` gives the findings in the order of one run over
    /// all the data, whichever way the tasks ran.
    enum Task: Sendable {
        case identities
        case meetings(Range<Int>)
        case statements(Range<Int>)
        /// What needs every statement at once: an order used twice in a text, and text status.
        case statementTexts
        case everythingElse
    }

    /// Records per chunk: large enough that a chunk's set-up is nothing beside its checks, small
    /// enough that the last chunks leave no core idle for long.
    static let chunkSize = 4_096

    /// The tasks, longest first, as they are handed out in order.
    func tasks() -> [Task] {
        func chunks(_ count: Int) -> [Range<Int>] {
            stride(from: 0, to: count, by: Validator.chunkSize).map { $0..<min(count, $0 + Validator.chunkSize) }
        }
        return [.statementTexts, .identities, .everythingElse]
            + chunks(data.meetings.count).map(Task.meetings) + chunks(data.resolutions.count).map(Task.statements)
    }

    /// What one task found, to be merged with the others'.
    struct TaskFindings: Sendable {
        fileprivate var findings: [Finding] = []
        fileprivate var hints: [Hint] = []
        fileprivate var orderPlaces: [Int] = []
        fileprivate var repeatedOrders: [RepeatedOrder] = []
    }

    func run(_ task: Task) -> TaskFindings {
        var validator = self
        switch task {
        case .identities:
            validator.checkUniqueIDs()
        case .meetings(let range):
            validator.checkMeetings(range)
        case .statements(let range):
            validator.checkResolutions(range)
        case .statementTexts:
            validator.checkStatementTexts()
        case .everythingElse:
            validator.checkSessions()
            validator.checkMembers()
            validator.checkMemberCounts()
            validator.checkRegions()
        }
        return TaskFindings(findings: validator.findings, hints: validator.hints, orderPlaces: validator.orderPlaces, repeatedOrders: validator.repeatedOrders)
    }

    /// The findings of every task, in the order of one run over all the data: ids, meetings,
    /// statements (then their texts' status), everything else. Each of the last three groups looks
    /// up its first few "did you mean" hints, in that order.
    func merge(_ tasks: [Task], _ results: [TaskFindings]) -> [Finding] {
        var identities: [TaskFindings] = [], texts: [TaskFindings] = [], rest: [TaskFindings] = []
        var meetings: [(start: Int, found: TaskFindings)] = [], statements: [(start: Int, found: TaskFindings)] = []
        for (task, found) in zip(tasks, results) {
            switch task {
            case .identities: identities.append(found)
            case .meetings(let range): meetings.append((range.lowerBound, found))
            case .statements(let range): statements.append((range.lowerBound, found))
            case .statementTexts: texts.append(found)
            case .everythingElse: rest.append(found)
            }
        }
        var lookup = HintLookup(validator: self)
        var merged = identities.flatMap(\.findings)
        var budget = Validator.hintLimit
        for (_, found) in meetings.sorted(by: { $0.start < $1.start }) {
            merged += lookup.complete(found, budget: &budget)
        }
        budget = Validator.hintLimit
        var repeated = texts.flatMap(\.repeatedOrders)[...]
        for (start, found) in statements.sorted(by: { $0.start < $1.start }) {
            let chunk = lookup.complete(found, budget: &budget)
            var taken = 0
            while let next = repeated.first, next.statement < start + found.orderPlaces.count {
                let place = found.orderPlaces[next.statement - start]
                merged += chunk[taken..<place]
                merged.append(next.finding)
                taken = place
                repeated.removeFirst()
            }
            merged += chunk[taken...]
        }
        merged += texts.flatMap(\.findings)
        budget = Validator.hintLimit
        for found in rest { merged += lookup.complete(found, budget: &budget) }
        return merged
    }

    private mutating func add(_ file: DataFile, _ path: [CodingKey], _ message: String, hint: (wrong: String, among: HintList)? = nil) {
        let keys = path.map { $0.intValue.map(PathKey.init(intValue:)) ?? PathKey($0.stringValue) }
        if let hint { hints.append(Hint(finding: findings.count, wrong: hint.wrong, among: hint.among)) }
        findings.append(Finding(file: file, path: keys, message: message))
    }

    // MARK: Ids

    private mutating func checkUniqueIDs() {
        // Each id is looked up once: the lookup that finds an id seen before also makes room for
        // a new one, numbered in the order the ids first come.
        let count = data.meetings.count + data.sessions.count + data.resolutions.count + data.members.count
        var firstSeen: [String: Int] = [:]
        firstSeen.reserveCapacity(count)
        // The lists with ids; a place is kept as a list's number, which costs no reference counting.
        let lists: [(file: DataFile, name: String)] = [(.meetings, "meetings"), (.sessions, "sessions"), (.resolutions, "resolutions"), (.members, "members")]
        var places: [(list: Int, index: Int)] = []
        places.reserveCapacity(count)
        func visit(_ id: String, list: Int, _ index: Int, pattern: IDPattern) {
            let file = lists[list].file
            func path() -> [CodingKey] { [PathKey(lists[list].name), PathKey(intValue: index), PathKey("id")] }
            if !pattern.matches(id) {
                add(file, path(), "id \"\(id)\" \(pattern.rule)")
            }
            let number = Self.value(&firstSeen[id, default: places.count])
            if number < places.count {
                let first = places[number]
                add(file, path(), "duplicate id \"\(id)\" (also at \(lists[first.list].file.fileName) \(lists[first.list].name)[\(first.index)])")
            } else {
                places.append((list, index))
            }
        }
        Self.forEachInPlace(in: data.meetings, positions: data.positions["meetings"]) { visit($0.pointee.id, list: 0, $1, pattern: .prefixed("mtg-")) }
        Self.forEachInPlace(in: data.sessions, positions: data.positions["sessions"]) { visit($0.pointee.id, list: 1, $1, pattern: .prefixed("afg-")) }
        Self.forEachInPlace(in: data.resolutions, positions: data.positions["resolutions"]) { visit($0.pointee.id, list: 2, $1, pattern: .prefixed("res-")) }
        Self.forEachInPlace(in: data.members, positions: data.positions["members"]) { visit($0.pointee.id, list: 3, $1, pattern: .memberCode) }
    }

    /// Reads a value through an inout access, so that a dictionary's `default:` subscript finds
    /// or inserts its entry with one lookup.
    private static func value(_ entry: inout Int) -> Int { entry }

    /// Each record of a range with its position in the file, read in place: copying a record
    /// costs a retain and a release of each of its fields.
    private static func forEach<Record>(in records: [Record], _ range: Range<Int>? = nil, positions: [Int]?, _ body: (borrowing Record, Int) -> Void) {
        records.withUnsafeBufferPointer { records in
            for index in range ?? records.indices { body(records[index], positions?[index] ?? index) }
        }
    }

    /// Each record with its position in the file, for checks that read a few of its fields: a
    /// field read through the pointer copies that field alone, where a record lent to a closure
    /// that calls other functions is copied whole.
    private static func forEachInPlace<Record>(
        in records: [Record], _ range: Range<Int>? = nil, positions: [Int]?, _ body: (UnsafePointer<Record>, Int) -> Void
    ) {
        records.withUnsafeBufferPointer { records in
            guard let first = records.baseAddress else { return }
            for index in range ?? records.indices { body(first + index, positions?[index] ?? index) }
        }
    }

    // MARK: Records

    private mutating func checkMeetings(_ range: Range<Int>) {
        Self.forEachInPlace(in: data.meetings, range, positions: data.positions["meetings"]) { meeting, index in
            func base() -> [CodingKey] { [PathKey("meetings"), PathKey(intValue: index)] }
            checkText(meeting.pointee.title, .meetings, base() + [PathKey("title")])
            checkDates(meeting.pointee.date, meeting.pointee.endDate, .meetings, base())
            checkVenue(virtual: meeting.pointee.isVirtual, city: meeting.pointee.city, venue: meeting.pointee.venue, country: meeting.pointee.country, .meetings, base())
            checkCount(meeting.pointee.memberCount, .meetings, base() + [PathKey("memberCount")])
            checkTexts(meeting.pointee.hosts, .meetings, base() + [PathKey("hosts")])
            checkOptionalText(meeting.pointee.memberCountNote, .meetings, base() + [PathKey("memberCountNote")], limit: DataBounds.longText)
            checkTexts(meeting.pointee.firsts, .meetings, base() + [PathKey("firsts")], limit: DataBounds.longText)
            checkTexts(meeting.pointee.outcomes, .meetings, base() + [PathKey("outcomes")], limit: DataBounds.longText)
            checkPlaces(meeting.pointee.regions ?? [], .meetings, base() + [PathKey("regions")], required: false)
            checkCommon(meeting.pointee, sources: meeting.pointee.sources, disputes: meeting.pointee.disputes, notes: meeting.pointee.notes, .meetings, base())
        }
    }

    private mutating func checkResolutions(_ range: Range<Int>) {
        orderPlaces.reserveCapacity(range.count)
        Self.forEachInPlace(in: data.resolutions, range, positions: data.positions["resolutions"]) { resolution, index in
            func base() -> [CodingKey] { [PathKey("resolutions"), PathKey(intValue: index)] }
            var linkResolves = false
            if let meeting = resolution.pointee.meeting {
                if resolution.pointee.session != nil {
                    add(.resolutions, base() + [PathKey("session")], "has both a \"meeting\" and a \"session\"; give only one")
                } else {
                    linkResolves = meetingIDs.contains(meeting)
                    if checkLinks && !linkResolves {
                        add(.resolutions, base() + [PathKey("meeting")], "no meeting has the id \"\(meeting)\"", hint: (meeting, .meetingIDs))
                    }
                }
            } else if let session = resolution.pointee.session {
                linkResolves = sessionIDs.contains(session)
                if checkLinks && !linkResolves {
                    add(.resolutions, base() + [PathKey("session")], "no Africa Focus Group session has the id \"\(session)\"", hint: (session, .sessionIDs))
                }
            } else {
                add(.resolutions, base(), "needs a \"meeting\" or a \"session\" it belongs to")
            }
            // The id names its text, so a reader can tell where a statement comes from; checked
            // only when the link itself is right, so one mistake is reported once.
            if linkResolves, let parent = resolution.pointee.parentID, !IDPattern.names(resolution.pointee.id, text: parent) {
                let expected = "res-" + (parent.hasPrefix("mtg-") ? String(parent.dropFirst(4)) : parent) + "-"
                add(.resolutions, base() + [PathKey("id")], "id \"\(resolution.pointee.id)\" should be \"\(expected)NN\", after its text's id")
            }
            if !DataBounds.count.contains(resolution.pointee.order) {
                add(.resolutions, base() + [PathKey("order")], Self.outOfBounds(resolution.pointee.order))
            }
            orderPlaces.append(findings.count)
            checkText(resolution.pointee.document, .resolutions, base() + [PathKey("document")])
            checkText(resolution.pointee.summary, .resolutions, base() + [PathKey("summary")], limit: DataBounds.longText)
            checkOptionalText(resolution.pointee.quote, .resolutions, base() + [PathKey("quote")], limit: DataBounds.quote)
            if resolution.pointee.wording == .officialText, !resolution.pointee.sources.isEmpty, !Provenance.carriesOfficialWording(resolution.pointee.sources) {
                add(.resolutions, base() + [PathKey("wording")],
                    "\"official-text\" needs a source that carries the official wording: an official source, or a copy marked \"verbatim\": true; otherwise use \"media-quote\" or \"paraphrase\"")
            }
            if resolution.pointee.themes.isEmpty { add(.resolutions, base() + [PathKey("themes")], "needs at least one theme") }
            if Self.hasRepeats(resolution.pointee.themes) { add(.resolutions, base() + [PathKey("themes")], "lists a theme twice") }
            checkPlaces(resolution.pointee.regions, .resolutions, base() + [PathKey("regions")], required: true)
            checkCommon(resolution.pointee, sources: resolution.pointee.sources, disputes: resolution.pointee.disputes, notes: resolution.pointee.notes, .resolutions, base())
        }
    }

    /// What needs every statement at once. An order used twice in one text is reported at its
    /// statement, in the place `orderPlaces` keeps. Coverage is data: a meeting or session says
    /// whether its text is recorded, and that must agree with the statements that name it, so
    /// "no statements" and "none recorded yet" differ.
    private mutating func checkStatementTexts() {
        var numbering = TextNumbering()
        var statementCounts: [Int] = []
        var firstByOrder: [Int: Int] = [:]
        firstByOrder.reserveCapacity(data.resolutions.count)
        var everyStatementHasText = true
        let positions = data.positions["resolutions"]
        let resolutions = data.resolutions
        resolutions.withUnsafeBufferPointer { resolutions in
            for statement in resolutions.indices {
                guard let parent = resolutions[statement].parentID else {
                    everyStatementHasText = false
                    continue
                }
                let (text, isNew) = numbering.number(of: parent)
                if isNew { statementCounts.append(0) }
                statementCounts[text] += 1
                let order = resolutions[statement].order
                guard DataBounds.count.contains(order) else { continue }
                let slot = text * (DataBounds.count.upperBound + 1) + order
                let index = positions?[statement] ?? statement
                if let first = firstByOrder[slot] {
                    let path = [PathKey("resolutions"), PathKey(intValue: index), PathKey("order")]
                    let message = "order \(order) is used twice in the same text (also resolutions[\(first)])"
                    repeatedOrders.append(RepeatedOrder(statement: statement, finding: Finding(file: .resolutions, path: path, message: message)))
                } else {
                    firstByOrder[slot] = index
                }
            }
        }
        // A statement whose link is broken belongs somewhere the check cannot see; its link is
        // reported, and a "recorded" text without statements would be the same mistake again.
        let everyLinkResolves = everyStatementHasText && numbering.texts.allSatisfy { meetingIDs.contains($0) || sessionIDs.contains($0) }
        func check(_ id: String, _ status: TextStatus, _ note: String?, _ file: DataFile, _ path: [CodingKey]) {
            let count = numbering.number(ifMet: id).map { statementCounts[$0] } ?? 0
            if status == .recorded, count == 0, checkLinks, everyLinkResolves, statementsRead {
                add(file, path + [PathKey("textStatus")], "is \"recorded\", but no statement in resolutions.json belongs to it")
            } else if status != .recorded, count > 0 {
                add(file, path + [PathKey("textStatus")], "is \"\(status.rawValue)\", but \(count) statement\(count == 1 ? "" : "s") in resolutions.json belong\(count == 1 ? "s" : "") to it; use \"recorded\"")
            }
            if status != .recorded, note == nil {
                add(file, path + [PathKey("textNote")], status == .notFound
                    ? "say in \"textNote\" where the text was sought" : "say in \"textNote\" which source shows that no text was published")
            }
            checkOptionalText(note, file, path + [PathKey("textNote")], limit: DataBounds.longText)
        }
        Self.forEachInPlace(in: data.meetings, positions: data.positions["meetings"]) { meeting, index in
            check(meeting.pointee.id, meeting.pointee.textStatus, meeting.pointee.textNote, .meetings, [PathKey("meetings"), PathKey(intValue: index)])
        }
        Self.forEachInPlace(in: data.sessions, positions: data.positions["sessions"]) { session, index in
            check(session.pointee.id, session.pointee.textStatus, session.pointee.textNote, .sessions, [PathKey("sessions"), PathKey(intValue: index)])
        }
    }

    private mutating func checkSessions() {
        let memberIDs = Set(data.members.map(\.id))
        var numbers: [Int: Int] = [:]
        Self.forEach(in: data.sessions, positions: data.positions["sessions"]) { session, index in
            func base() -> [CodingKey] { [PathKey("sessions"), PathKey(intValue: index)] }
            if !DataBounds.count.contains(session.number) {
                add(.sessions, base() + [PathKey("number")], Self.outOfBounds(session.number))
            } else if let first = numbers[session.number] {
                add(.sessions, base() + [PathKey("number")], "number \(session.number) is used twice (also sessions[\(first)])")
            } else {
                numbers[session.number] = index
            }
            checkText(session.title, .sessions, base() + [PathKey("title")])
            checkText(session.format, .sessions, base() + [PathKey("format")])
            checkOptionalText(session.host, .sessions, base() + [PathKey("host")])
            checkOptionalText(session.attendance, .sessions, base() + [PathKey("attendance")])
            checkTexts(session.firsts, .sessions, base() + [PathKey("firsts")], limit: DataBounds.longText)
            checkTexts(session.outcomes, .sessions, base() + [PathKey("outcomes")], limit: DataBounds.longText)
            checkDates(session.date, session.endDate, .sessions, base())
            checkVenue(virtual: session.virtual ?? false, city: session.city, venue: session.venue, country: session.country, .sessions, base())
            checkRepeats(session.coChairs ?? [], .sessions, base() + [PathKey("coChairs")])
            if checkLinks, let meeting = session.meeting, !meetingIDs.contains(meeting) {
                add(.sessions, base() + [PathKey("meeting")], "no meeting has the id \"\(meeting)\"", hint: (meeting, .meetingIDs))
            }
            if checkLinks {
                for (position, chair) in (session.coChairs ?? []).enumerated() where !memberIDs.contains(chair) {
                    add(.sessions, base() + [PathKey("coChairs"), PathKey(intValue: position)], "no member has the id \"\(chair)\"", hint: (chair, .memberIDs))
                }
            }
            checkCount(session.attendanceCount, .sessions, base() + [PathKey("attendanceCount")])
            checkPlaces(session.regions, .sessions, base() + [PathKey("regions")], required: true)
            checkCommon(session, sources: session.sources, disputes: session.disputes, notes: session.notes, .sessions, base())
        }
    }

    private mutating func checkMembers() {
        var ordinals: [Int: Int] = [:]
        for (index, member) in data.positioned(data.members, in: "members") {
            func base() -> [CodingKey] { [PathKey("members"), PathKey(intValue: index)] }
            checkText(member.name, .members, base() + [PathKey("name")])
            checkTexts(member.formerNames, .members, base() + [PathKey("formerNames")])
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
                for (key, date) in [("on", joined.on), ("after", joined.after), ("by", joined.by)] {
                    if let date { checkYear(date, .members, path + [PathKey(key)]) }
                }
                checkOptionalText(joined.note, .members, path + [PathKey("note")], limit: DataBounds.longText)
            }
            if let ordinal = member.ordinal {
                if !DataBounds.count.contains(ordinal) {
                    add(.members, base() + [PathKey("ordinal")], Self.outOfBounds(ordinal))
                } else if let first = ordinals[ordinal] {
                    add(.members, base() + [PathKey("ordinal")], "ordinal \(ordinal) is used twice (also members[\(first)])")
                } else {
                    ordinals[ordinal] = index
                }
            }
            checkCommon(member, sources: member.sources, disputes: member.disputes, notes: member.notes, .members, base())
        }
    }

    private mutating func checkMemberCounts() {
        var previous: PartialDate?
        for (index, count) in data.positioned(data.memberCounts, in: "memberCounts") {
            func base() -> [CodingKey] { [PathKey("memberCounts"), PathKey(intValue: index)] }
            checkCount(count.count, .members, base() + [PathKey("count")])
            checkYear(count.date, .members, base() + [PathKey("date")])
            checkOptionalText(count.note, .members, base() + [PathKey("note")], limit: DataBounds.longText)
            if let previous, count.date < previous {
                add(.members, base() + [PathKey("date")], "member counts must be in date order: \(count.date) comes after \(previous)")
            }
            previous = count.date
            checkCommon(count, sources: count.sources, disputes: count.disputes, notes: nil, .members, base())
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
            if !Self.isM49Code(area.m49) { add(.regions, base() + [PathKey("m49")], "an M49 code has three digits, found \"\(area.m49)\"") }
            checkText(area.name, .regions, base() + [PathKey("name")])
            checkSources(area.sources, .regions, base() + [PathKey("sources")])
        }
        if checkLinks {
            for (index, area) in data.positioned(data.areas, in: "areas") {
                if let parent = area.parent, areaIDs[parent] == nil {
                    add(.regions, [PathKey("areas"), PathKey(intValue: index), PathKey("parent")], "no area has the id \"\(parent)\"", hint: (parent, .areaIDs))
                }
            }
            checkAreaLoops()
        }
        var codes: [String: Int] = [:]
        for (index, country) in data.positioned(data.countries, in: "countries") {
            func base() -> [CodingKey] { [PathKey("countries"), PathKey(intValue: index)] }
            if !IDPattern.countryCode.matches(country.code) { add(.regions, base() + [PathKey("code")], "code \"\(country.code)\" \(IDPattern.countryCode.rule)") }
            if let first = codes[country.code] { add(.regions, base() + [PathKey("code")], "duplicate country code \"\(country.code)\" (also countries[\(first)])") }
            codes[country.code] = codes[country.code] ?? index
            if let m49 = country.m49, !Self.isM49Code(m49) { add(.regions, base() + [PathKey("m49")], "an M49 code has three digits, found \"\(m49)\"") }
            if checkLinks, areaIDs[country.area] == nil { add(.regions, base() + [PathKey("area")], "no area has the id \"\(country.area)\"") }
            if let sources = country.sources { checkSources(sources, .regions, base() + [PathKey("sources")]) }
            checkText(country.name, .regions, base() + [PathKey("name")])
            checkOptionalText(country.note, .regions, base() + [PathKey("note")], limit: DataBounds.longText)
        }
        checkGroupings(areaIDs: areaIDs)
    }

    /// Analyst regions: an id and names no area or other region uses, a definition, countries the
    /// tree knows (each once) and sources.
    private mutating func checkGroupings(areaIDs: [String: Int]) {
        let areaNames = Set(data.areas.map { RegionIndex.normalized($0.name) }).union(areaIDs.keys)
        var names: [String: Int] = [:]
        for (index, grouping) in data.positioned(data.groupings, in: "groupings") {
            func base() -> [CodingKey] { [PathKey("groupings"), PathKey(intValue: index)] }
            if !IDPattern.slug.matches(grouping.id) { add(.regions, base() + [PathKey("id")], "id \"\(grouping.id)\" \(IDPattern.slug.rule)") }
            checkText(grouping.name, .regions, base() + [PathKey("name")])
            checkText(grouping.definition, .regions, base() + [PathKey("definition")], limit: DataBounds.longText)
            checkOptionalText(grouping.note, .regions, base() + [PathKey("note")], limit: DataBounds.longText)
            checkTexts(grouping.aliases, .regions, base() + [PathKey("aliases")])
            checkRepeats(grouping.aliases ?? [], .regions, base() + [PathKey("aliases")])
            // Every name --region accepts must lead to one region only.
            let named: [(String, [CodingKey])] = [(grouping.id, base() + [PathKey("id")]), (grouping.name, base() + [PathKey("name")])]
                + (grouping.aliases ?? []).enumerated().map { ($1, base() + [PathKey("aliases"), PathKey(intValue: $0)]) }
            for (name, path) in named {
                let key = RegionIndex.normalized(name)
                if areaNames.contains(key) {
                    add(.regions, path, "\"\(name)\" is already the name of an M49 area")
                } else if let first = names[key], first != index {
                    add(.regions, path, "\"\(name)\" already names groupings[\(first)]")
                }
                names[key] = names[key] ?? index
            }
            if grouping.countries.isEmpty { add(.regions, base() + [PathKey("countries")], "an analyst region names at least one country") }
            checkRepeats(grouping.countries, .regions, base() + [PathKey("countries")])
            if checkLinks {
                let known = countryCodes
                for (position, code) in grouping.countries.enumerated() where !known.contains(code) {
                    add(.regions, base() + [PathKey("countries"), PathKey(intValue: position)], "unknown country \"\(code)\"", hint: (code, .countryCodes))
                }
            }
            checkSources(grouping.sources, .regions, base() + [PathKey("sources")])
        }
    }

    /// Each loop among the areas' parents is reported once, at its first area in file order.
    /// Every area is walked at most once, so the check is linear in the number of areas. Areas
    /// deeper than the bound are reported too: the region index's work grows with the depth.
    private mutating func checkAreaLoops() {
        let positions = Dictionary(data.positioned(data.areas, in: "areas").map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let parents = Dictionary(data.areas.map { ($0.id, $0.parent) }, uniquingKeysWith: { first, _ in first })
        enum Mark { case walking, done }
        var marks: [String: Mark] = [:]
        marks.reserveCapacity(parents.count)
        var depths: [String: Int] = [:]
        var steps = 0
        defer { meter?.add(steps) }
        for area in data.areas where marks[area.id] == nil {
            var trail: [String] = []
            var current: String? = area.id
            while let id = current, parents[id] != nil, marks[id] == nil {
                steps += 1
                marks[id] = .walking
                trail.append(id)
                current = parents[id] ?? nil
            }
            var levels = 0
            if let id = current, marks[id] == .walking, let start = trail.firstIndex(of: id) {
                steps += trail.count
                let loop = Array(trail[start...])
                let first = loop.min { (positions[$0] ?? 0) < (positions[$1] ?? 0) } ?? id
                let shown = loop.count > 6 ? loop.prefix(6).joined(separator: " → ") + " → …" : loop.joined(separator: " → ")
                add(.regions, [PathKey("areas"), PathKey(intValue: positions[first] ?? 0), PathKey("parent")],
                    "the parents of \(loop.count) area\(loop.count == 1 ? "" : "s") form a loop: \(shown) → \(loop[0])")
                trail.removeLast(loop.count)
            } else if let id = current {
                levels = depths[id] ?? 0
            }
            // Depth is counted from the top, each area once; the chain is reported where it first
            // passes the limit, so one overlong chain is one problem.
            for id in trail.reversed() {
                steps += 1
                levels += 1
                depths[id] = levels
                if levels == DataBounds.areaDepth + 1 {
                    add(.regions, [PathKey("areas"), PathKey(intValue: positions[id] ?? 0), PathKey("parent")],
                        "\"\(id)\" lies \(levels) levels deep; the M49 tree has 4 and the limit is \(DataBounds.areaDepth)")
                }
            }
            steps += 1 + trail.count
            for id in trail { marks[id] = .done }
        }
    }

    // MARK: Shared checks

    private mutating func checkDates(_ start: PartialDate, _ end: PartialDate?, _ file: DataFile, _ base: @autoclosure () -> [CodingKey]) {
        checkYear(start, file, base() + [PathKey("date")])
        guard let end else { return }
        checkYear(end, file, base() + [PathKey("endDate")])
        if end.latestDayNumber < start.earliestDayNumber {
            add(file, base() + [PathKey("endDate")], "ends (\(end)) before it starts (\(start))")
        } else if end == start {
            add(file, base() + [PathKey("endDate")], "equals \"date\"; leave \"endDate\" out for a one-day event")
        }
    }

    private mutating func checkYear(_ date: PartialDate, _ file: DataFile, _ path: @autoclosure () -> [CodingKey], allowed: ClosedRange<Int> = DataBounds.recordYears) {
        if !allowed.contains(date.year) {
            add(file, path(), "the year \(date.year) is outside the range the data covers (\(allowed.lowerBound) to \(allowed.upperBound)); is it a typo?")
        }
    }

    private mutating func checkCount(_ value: Int?, _ file: DataFile, _ path: @autoclosure () -> [CodingKey]) {
        if let value, !DataBounds.count.contains(value) { add(file, path(), Self.outOfBounds(value)) }
    }

    private static func outOfBounds(_ value: Int) -> String {
        "must be a whole number from \(DataBounds.count.lowerBound) to \(DataBounds.count.upperBound), found \(value)"
    }

    private mutating func checkVenue(virtual: Bool, city: String?, venue: String?, country: String?, _ file: DataFile, _ base: @autoclosure () -> [CodingKey]) {
        if virtual {
            if city != nil { add(file, base() + [PathKey("city")], "a virtual event has no city") }
            if country != nil { add(file, base() + [PathKey("country")], "a virtual event has no country") }
        }
        if let country, checkLinks, !countryCodes.contains(country) {
            add(file, base() + [PathKey("country")], "unknown country code \"\(country)\" (not in regions.json)", hint: (country, .countryCodes))
        }
        checkOptionalText(city, file, base() + [PathKey("city")])
        checkOptionalText(venue, file, base() + [PathKey("venue")])
    }

    private mutating func checkPlaces(_ places: [String], _ file: DataFile, _ path: @autoclosure () -> [CodingKey], required: Bool) {
        if required && places.isEmpty { add(file, path(), "needs at least one region or country") }
        checkRepeats(places, file, path())
        guard checkLinks else { return }
        for (index, place) in places.enumerated() where !knownPlaces.contains(place) {
            add(file, path() + [PathKey(intValue: index)], "unknown region or country \"\(place)\"", hint: (place, .places))
        }
    }

    /// A list that names the same entry twice, or is longer than any record needs.
    private mutating func checkRepeats(_ entries: [String], _ file: DataFile, _ path: @autoclosure () -> [CodingKey]) {
        if entries.count > DataBounds.listLength {
            add(file, path(), "lists \(entries.count) entries; the limit is \(DataBounds.listLength)")
            return
        }
        // Most lists hold a few entries: comparing pairs costs less than building a set for each.
        let fewEntries = entries.count <= 16
        var seen: Set<String> = []
        for (index, entry) in entries.enumerated() where fewEntries ? entries[..<index].contains(entry) : !seen.insert(entry).inserted {
            add(file, path() + [PathKey(intValue: index)], "\"\(entry)\" is listed twice")
        }
    }

    /// Sources, disputes and the record's own notes: the same rules for every kind of record.
    private mutating func checkCommon<Record>(
        _ record: @autoclosure () -> Record, sources: [Source], disputes: [Dispute]?, notes: [String]?, _ file: DataFile, _ base: @autoclosure () -> [CodingKey]
    ) {
        checkSources(sources, file, base() + [PathKey("sources")])
        checkTexts(notes, file, base() + [PathKey("notes")], limit: DataBounds.longText)
        guard let disputes, !disputes.isEmpty else { return }
        let fields = fieldNames(of: record)
        for (index, dispute) in disputes.enumerated() {
            let path = base() + [PathKey("disputes"), PathKey(intValue: index)]
            if !fields.contains(dispute.field) || ["id", "sources", "disputes", "notes"].contains(dispute.field) {
                add(file, path + [PathKey("field")], "\"\(dispute.field)\" is not a field this record can dispute")
            }
            checkOptionalText(dispute.note, file, path + [PathKey("note")], limit: DataBounds.longText)
            if dispute.values.count < 2 {
                add(file, path + [PathKey("values")], "a dispute lists at least two values")
            }
            for (position, value) in dispute.values.enumerated() {
                let valuePath = path + [PathKey("values"), PathKey(intValue: position)]
                checkText(value.value, file, valuePath + [PathKey("value")], limit: DataBounds.longText)
                checkSources(value.sources, file, valuePath + [PathKey("sources")])
            }
        }
    }

    /// A few themes per statement: comparing pairs costs less than building a set for each.
    private static func hasRepeats(_ themes: [Theme]) -> Bool {
        for (index, theme) in themes.enumerated() where themes[(index + 1)...].contains(theme) { return true }
        return false
    }

    /// The field names of a record's type, found by reflection once per type: only then is the
    /// record (lent in place by some checks) copied.
    private mutating func fieldNames<Record>(of record: () -> Record) -> Set<String> {
        let type = ObjectIdentifier(Record.self)
        if let known = fieldNamesByType[type] { return known }
        let names = Set(Mirror(reflecting: record()).children.compactMap(\.label))
        fieldNamesByType[type] = names
        return names
    }

    private mutating func checkSources(_ sources: [Source], _ file: DataFile, _ path: @autoclosure () -> [CodingKey]) {
        if sources.isEmpty {
            add(file, path(), "every record needs at least one source")
            return
        }
        if sources.count > DataBounds.listLength {
            add(file, path(), "lists \(sources.count) sources; the limit is \(DataBounds.listLength)")
        }
        // Each source is read in place: a field read through the pointer is copied only when a
        // check needs more than a glance at it, where a source lent whole is copied whole.
        sources.withUnsafeBufferPointer { sources in
            guard let first = sources.baseAddress else { return }
            for index in sources.indices { checkSource(first + index, file, path() + [PathKey(intValue: index)]) }
        }
    }

    private mutating func checkSource(_ source: UnsafePointer<Source>, _ file: DataFile, _ sourcePath: @autoclosure () -> [CodingKey]) {
        checkText(source.pointee.publisher, file, sourcePath() + [PathKey("publisher")])
        if source.pointee.title == nil && source.pointee.url == nil {
            add(file, sourcePath(), "a source needs a \"title\" or a \"url\"")
        }
        checkOptionalText(source.pointee.title, file, sourcePath() + [PathKey("title")], limit: DataBounds.longText)
        checkOptionalText(source.pointee.note, file, sourcePath() + [PathKey("note")], limit: DataBounds.longText)
        if let date = source.pointee.date { checkYear(date, file, sourcePath() + [PathKey("date")], allowed: DataBounds.sourceYears) }
        if source.pointee.reliability == .official, let host = source.pointee.url.flatMap(Provenance.copyHost) {
            add(file, sourcePath() + [PathKey("reliability")],
                "\"official\" is for the body's own site, but \(host) holds a copy; mark it \"secondary\" (with \"verbatim\": true if it carries the text word for word)")
        }
        if let url = source.pointee.url {
            if url.utf8.count > DataBounds.url {
                add(file, sourcePath() + [PathKey("url")], "a web address of \(url.utf8.count) bytes; the limit is \(DataBounds.url)")
            } else if !Self.isWebAddress(url) {
                add(file, sourcePath() + [PathKey("url")], "not a web address: \"\(url)\" (expected https://…)")
            }
        }
    }

    private mutating func checkTexts(_ texts: [String]?, _ file: DataFile, _ path: @autoclosure () -> [CodingKey], limit: Int = DataBounds.shortText) {
        guard let texts else { return }
        if texts.count > DataBounds.listLength {
            add(file, path(), "lists \(texts.count) entries; the limit is \(DataBounds.listLength)")
            return
        }
        for (index, text) in texts.enumerated() { checkText(text, file, path() + [PathKey(intValue: index)], limit: limit) }
    }

    @inline(__always) private mutating func checkOptionalText(_ text: String?, _ file: DataFile, _ path: @autoclosure () -> [CodingKey], limit: Int = DataBounds.shortText) {
        if let text { checkText(text, file, path(), limit: limit) }
    }

    /// Most text is within its limit and starts with a visible ASCII character: that glance is
    /// made where the text lies, and only other text is handed on (copied) to be looked at closely.
    @inline(__always) private mutating func checkText(_ text: String, _ file: DataFile, _ path: @autoclosure () -> [CodingKey], limit: Int = DataBounds.shortText) {
        if text.utf8.count <= limit, Self.startsVisibleASCII(text) { return }
        checkTextClosely(text, file, path(), limit: limit)
    }

    @inline(__always) private static func startsVisibleASCII(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        return first > 0x20 && first < 0x7F && first != UInt8(ascii: "\\") && first != UInt8(ascii: "^")
    }

    private mutating func checkTextClosely(_ text: String, _ file: DataFile, _ path: @autoclosure () -> [CodingKey], limit: Int) {
        // Counting bytes first spares counting characters for all but the longest texts, and a
        // huge text is measured in bytes, which costs nothing.
        let bytes = text.utf8.count
        if bytes > limit {
            if bytes > 64 * limit {
                add(file, path(), "is \(bytes) bytes long; the limit here is \(limit) characters")
            } else if case let characters = text.count, characters > limit {
                add(file, path(), "is \(characters) characters long; the limit here is \(limit)")
            }
        }
        // Most text starts with a visible ASCII character; only the rest needs Unicode's rules.
        if Self.startsVisibleASCII(text) { return }
        if text.allSatisfy(\.isWhitespace) {
            add(file, path(), "must not be empty")
        } else if !VisibleText.hasVisibleCharacter(text) {
            add(file, path(), "has no visible character (only spaces, invisible or control characters, shown as \\u{…} or ^X)")
        }
    }

    /// The names a broken link may have meant.
    fileprivate func candidates(_ list: HintList) -> Set<String> {
        switch list {
        case .meetingIDs: meetingIDs
        case .sessionIDs: sessionIDs
        case .memberIDs: Set(data.members.map(\.id))
        case .countryCodes: countryCodes
        case .places: knownPlaces
        case .areaIDs: Set(data.areas.map(\.id))
        }
    }

    private static func isM49Code(_ code: String) -> Bool {
        code.utf8.count == 3 && code.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    /// Byte by byte in place, as every source has an address. `hasPrefix`, which compares
    /// characters, decides only when a non-ASCII byte follows the scheme (a combining mark would
    /// join its last slash).
    private static func isWebAddress(_ text: String) -> Bool {
        let verdict = utf8(of: text) { bytes -> Bool? in
            guard bytes.count > 10, !bytes.contains(where: { $0 <= 0x20 }) else { return false }
            let schemeLength = startsWith(bytes, "https://") ? 8 : startsWith(bytes, "http://") ? 7 : 0
            guard schemeLength > 0 else { return false }
            return bytes[schemeLength] < 0x80 ? true : nil
        }
        return verdict ?? (text.hasPrefix("https://") || text.hasPrefix("http://"))
    }
}

/// Where the names a broken link may have meant come from.
private enum HintList: Hashable, Sendable {
    case meetingIDs, sessionIDs, memberIDs, countryCodes, places, areaIDs
}

/// A "did you mean" for the finding at `finding`, looked up when the findings are merged, so that
/// only the first few of a group of checks cost a search however the work was split.
private struct Hint: Sendable {
    var finding: Int
    var wrong: String
    var among: HintList
}

/// An order used twice in one text, found by the task that sees every statement, for the
/// statement at `statement` in the decoded list.
private struct RepeatedOrder: Sendable {
    var statement: Int
    var finding: Validator.Finding
}

/// Completes the findings of tasks, in order, with their hints: only a close and unambiguous
/// name, and only for the first few broken links of a group, so a file full of them costs no more
/// than one pass per hint. Each list of names is sorted once.
private struct HintLookup {
    let validator: Validator
    private var sorted: [HintList: [String]] = [:]

    init(validator: Validator) {
        self.validator = validator
    }

    mutating func complete(_ found: Validator.TaskFindings, budget: inout Int) -> [Validator.Finding] {
        var findings = found.findings
        for hint in found.hints {
            guard budget > 0 else { break }
            budget -= 1
            let names = sorted[hint.among] ?? validator.candidates(hint.among).sorted()
            sorted[hint.among] = names
            // A candidate's comparison is cut off after a few edits: its cost is about its length.
            validator.meter?.add(names.count * (hint.wrong.utf8.count + 1))
            if let nearest = NameMatcher.nearest(to: hint.wrong, in: names) {
                findings[hint.finding].message += " (did you mean \"\(nearest)\"?)"
            }
        }
        return findings
    }
}

/// The shapes ids may take.
enum IDPattern {
    case prefixed(String), memberCode, slug, countryCode

    func matches(_ id: String) -> Bool {
        switch self {
        case .prefixed(let prefix):
            // In place: the generic `starts(with:)` over two UTF-8 views cost a third of the id check.
            let hasPrefix = utf8(of: id) { id in utf8(of: prefix) { prefix in id.count > prefix.count && startsWith(id, prefix) } }
            return hasPrefix && IDPattern.slug.matches(id)
        case .slug:
            // Byte by byte: ids are ASCII, and Character-level checks cost far more at scale.
            return utf8(of: id) { bytes in
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
        utf8(of: id) { id in
            utf8(of: parent) { parent in
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

/// A text's UTF-8 bytes, read in place: `withUTF8` needs a mutable copy, which costs a retain and
/// a release of the text. Only a text not stored contiguously is copied to be read.
private func utf8<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    var text = text
    return text.withUTF8(body)
}

/// Whether `bytes` start with `prefix`, compared in place: the generic `starts(with:)` and
/// `elementsEqual` went element by element through their iterators.
private func startsWith(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count >= prefix.count else { return false }
    guard let start = bytes.baseAddress, let expected = prefix.baseAddress else { return prefix.isEmpty }
    return JSONTape.sameBytes(start, expected, count: prefix.count)
}

private func startsWith(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
    prefix.withUTF8Buffer { startsWith(bytes, $0) }
}
