import CoalitionModel
import CoalitionTestSupport

/// Makes the records of one synthetic data set. Every value comes from `random`, so a seed fixes
/// the whole set; every link, code and id is one `coalition validate` accepts.
struct RecordGenerator {
    var random: SeededGenerator
    let shipped: Dataset
    private let memberIDs: [String]
    private let themes = Theme.allCases.map(\.rawValue)
    private let wordings = WordingStatus.allCases.map(\.rawValue)
    private let meetingKinds = MeetingKind.allCases.map(\.rawValue)

    init(seed: UInt64, shipped: Dataset) throws(GenerateError) {
        random = SeededGenerator(seed: seed)
        self.shipped = shipped
        memberIDs = shipped.members.map(\.id)
        for code in Set(Vocabulary.cities.map(\.country) + Vocabulary.concerns) where !shipped.regions.isKnown(code) {
            throw GenerateError("the shipped regions.json does not know \"\(code)\"")
        }
    }

    /// A record's venue and date, shared by its resolutions' ids and documents.
    struct Parent {
        var id: String
        var title: String
    }

    mutating func meeting(serial: Int, date: GeneratedDate) -> (Parent, JSON) {
        let virtual = random.chance(0.05)
        let city = random.pick(Vocabulary.cities)
        let kind = random.pick(meetingKinds)
        let title = virtual ? "Virtual \(label(kind)) \(serial)" : "\(city.name) \(label(kind))"
        let id = "mtg-\(date)-\(virtual ? "virtual" : city.slug)-\(serial)"
        var fields: [(String, JSON)] = [("id", .string(id)), ("title", .string(title)), ("kind", .string(kind)), ("date", .string(date.description))]
        if let end = date.nextDay, random.chance(0.2) { fields.append(("endDate", .string(end.description))) }
        if virtual {
            fields.append(("virtual", .bool(true)))
        } else {
            fields += [("city", .string(city.name)), ("country", .string(city.country))]
        }
        fields.append(("hosts", .strings((0..<random.int(in: 1...2)).map { _ in host() })))
        let memberCount = min(90, 60 + (date.year - 2014) * 3)
        fields.append(("memberCount", .int(memberCount)))
        if random.chance(0.1) { fields.append(("firsts", .strings([fill(random.pick(Vocabulary.firsts), country: city.country)]))) }
        fields.append(("outcomes", .strings((0..<random.int(in: 1...3)).map { _ in fill(random.pick(Vocabulary.outcomes)) })))
        fields.append(("regions", .strings(random.pick(random.int(in: 1...3), of: Vocabulary.concerns))))
        fields.append(("textStatus", .string("recorded")))
        appendNotes(&fields)
        fields.append(("sources", sources(about: id, title: title)))
        if random.chance(0.1) {
            fields.append(("disputes", dispute(field: "memberCount", values: [String(memberCount), String(memberCount - 1)])))
        }
        return (Parent(id: id, title: title), .object(fields))
    }

    mutating func session(serial: Int, number: Int, date: GeneratedDate, besideMeeting meeting: String?) -> (Parent, JSON) {
        let virtual = random.chance(0.05)
        let city = random.pick(Vocabulary.cities)
        let title = virtual ? "Virtual session \(number)" : "\(city.name) plenary"
        let id = "afg-\(date)-\(virtual ? "virtual" : city.slug)-\(serial)"
        var fields: [(String, JSON)] = [("id", .string(id)), ("number", .int(number)), ("title", .string(title)), ("date", .string(date.description))]
        if let end = date.nextDay, random.chance(0.3) { fields.append(("endDate", .string(end.description))) }
        if virtual {
            fields.append(("virtual", .bool(true)))
        } else {
            fields += [("city", .string(city.name)), ("country", .string(city.country))]
        }
        if let meeting, random.chance(0.3) { fields.append(("meeting", .string(meeting))) }
        fields.append(("format", .string(fill(random.pick(Vocabulary.sessionFormats), country: city.country))))
        fields.append(("coChairs", .strings(random.pick(random.int(in: 2...4), of: memberIDs))))
        let attendance = random.int(in: 20...60)
        if random.chance(0.5) {
            fields += [("attendance", .string("\(attendance) Coalition members and observers")), ("attendanceCount", .int(attendance))]
        }
        fields.append(("outcomes", .strings((0..<random.int(in: 1...3)).map { _ in fill(random.pick(Vocabulary.outcomes)) })))
        fields.append(("regions", .strings(random.pick(random.int(in: 1...2), of: Vocabulary.africanConcerns))))
        fields.append(("textStatus", .string("recorded")))
        appendNotes(&fields)
        fields.append(("sources", sources(about: id, title: title)))
        if random.chance(0.1) {
            fields.append(("disputes", dispute(field: "date", values: [date.description, String(date.year)])))
        }
        return (Parent(id: id, title: title), .object(fields))
    }

    mutating func resolution(of parent: Parent, order: Int) -> JSON {
        let isSession = parent.id.hasPrefix("afg-")
        let stem = isSession ? parent.id : String(parent.id.dropFirst("mtg-".count))
        let id = "res-\(stem)-\(order < 10 ? "0" : "")\(order)"
        let wording = random.pick(wordings)
        var fields: [(String, JSON)] = [
            ("id", .string(id)), (isSession ? "session" : "meeting", .string(parent.id)),
            ("document", .string("\(random.chance(0.7) ? "Joint communiqué" : "Chair's statement") of the \(parent.title)")),
            ("order", .int(order)), ("summary", .string(summary())),
        ]
        if random.chance(0.4) { fields.append(("quote", .string(random.pick(Vocabulary.quotes)))) }
        fields.append(("wording", .string(wording)))
        if random.chance(0.03) { fields.append(("partial", .bool(true))) }
        fields.append(("themes", .strings(random.pick(random.int(in: 1...3), of: themes))))
        fields.append(("regions", .strings(random.pick(random.int(in: 1...3), of: Vocabulary.concerns))))
        appendNotes(&fields)
        // An official text rests on an official source, as validation requires.
        fields.append(("sources", sources(about: id, title: nil, firstOfficial: wording == "official-text")))
        if random.chance(0.03) {
            let other = wording == "paraphrase" ? "media-quote" : "paraphrase"
            fields.append(("disputes", dispute(field: "wording", values: [wording, other])))
        }
        return .object(fields)
    }

    // MARK: Parts

    /// One sentence of 100 to 250 characters, in the shape of the shipped summaries.
    private mutating func summary() -> String {
        var text = "\(random.pick(Vocabulary.subjects)) \(random.pick(Vocabulary.verbs)) \(random.pick(Vocabulary.objects))"
        text += fill(random.pick(Vocabulary.places))
        while text.count < 100 { text += fill(random.pick(Vocabulary.clauses)) }
        if text.count > 249, let cut = text.prefix(249).lastIndex(of: " ") { text = String(text[..<cut]) }
        return text + "."
    }

    private mutating func host() -> String {
        let city = random.pick(Vocabulary.cities)
        return "\(random.pick(Vocabulary.people)), Foreign Minister of \(shipped.countryName(city.country))"
    }

    private mutating func appendNotes(_ fields: inout [(String, JSON)]) {
        guard random.chance(0.3) else { return }
        fields.append(("notes", .strings(random.pick(random.int(in: 1...2), of: Vocabulary.notes))))
    }

    private mutating func sources(about id: String, title: String?, firstOfficial: Bool = false) -> JSON {
        .array((0..<random.int(in: 1...3)).map { index in source(about: id, title: title, official: firstOfficial && index == 0) })
    }

    private mutating func source(about id: String, title: String?, official: Bool = false) -> JSON {
        let publisher = random.pick(official ? Vocabulary.officialPublishers : Vocabulary.publishers)
        var fields: [(String, JSON)] = [("publisher", .string(publisher.name))]
        let hasTitle = random.chance(0.7)
        if hasTitle { fields.append(("title", .string(title.map { "Statement on the \($0)" } ?? "Readout \(id)"))) }
        if !hasTitle || random.chance(0.7) { fields.append(("url", .string(publisher.site + id + "/"))) }
        if random.chance(0.5) { fields.append(("date", .string(String(2014 + random.int(in: 0...12))))) }
        fields.append(("reliability", .string(publisher.reliability)))
        if random.chance(0.2) { fields.append(("note", .string(random.pick(Vocabulary.notes)))) }
        return .object(fields)
    }

    private mutating func dispute(field: String, values: [String]) -> JSON {
        .array([.object([
            ("field", .string(field)),
            ("note", .string("Sources disagree; the record keeps the best-supported value.")),
            ("values", .array(values.map { value in
                .object([("value", .string(value)), ("sources", .array([source(about: field, title: nil)]))])
            })),
        ])])
    }

    private func label(_ kind: String) -> String {
        kind == "political-directors" ? "political directors' meeting" : kind.replacing("-", with: " ")
    }

    /// Fills the one placeholder a template may hold.
    private mutating func fill(_ template: String, country: String? = nil) -> String {
        guard template.contains("%") else { return template }
        let code = country ?? random.pick(Vocabulary.cities).country
        return template
            .replacing("%country", with: shipped.countryName(code))
            .replacing("%region", with: shipped.regions.name(of: random.pick(Vocabulary.concerns)))
            .replacing("%person", with: random.pick(Vocabulary.people))
    }
}

/// A date written at the precision a source would give: a day, or only a month.
struct GeneratedDate: CustomStringConvertible {
    var year: Int
    var month: Int
    /// Nil for a month-only date. Days stop at 27 so the next day exists in every month.
    var day: Int?

    var description: String {
        let yearMonth = "\(year)-\(month < 10 ? "0" : "")\(month)"
        guard let day else { return yearMonth }
        return yearMonth + "-\(day < 10 ? "0" : "")\(day)"
    }

    var nextDay: GeneratedDate? {
        day.map { GeneratedDate(year: year, month: month, day: $0 + 1) }
    }
}
