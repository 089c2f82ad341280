/// Reads the records that make up most of a large data set (statements, meetings, Africa Focus
/// Group sessions and their sources) straight from their parsed nodes, several times faster than going through Codable.
///
/// Codable stays the definition of the format and the one place that reports what is wrong: a
/// record this path does not find perfectly ordinary (an unknown or misspelt field, a wrong type,
/// a required field that is null or missing) returns nil and is decoded again through Codable.
/// A test checks that both give the same records.
protocol FastDecodable {
    static func fastDecode(_ node: JSONNode) -> Self?
}

extension Resolution: FastDecodable {
    static func fastDecode(_ node: JSONNode) -> Resolution? {
        guard case .object(let members) = node.value else { return nil }
        var id: String?, meeting: String?, session: String?, document: String?, order: Int?, summary: String?
        var quote: String?, wording: WordingStatus?, partial: Bool?, themes: [Theme]?, regions: [String]?
        var confidence: Confidence?, notes: [String]?, disputes: [Dispute]?, sources: [Source]?
        for (key, value) in members {
            if case .null = value.value, FieldRead.optionalKeys.resolution.contains(key) { continue }
            switch key {
            case "id": guard let text = FieldRead.string(value) else { return nil }; id = text
            case "meeting": guard let text = FieldRead.string(value) else { return nil }; meeting = text
            case "session": guard let text = FieldRead.string(value) else { return nil }; session = text
            case "document": guard let text = FieldRead.string(value) else { return nil }; document = text
            case "order": guard let number = FieldRead.int(value) else { return nil }; order = number
            case "summary": guard let text = FieldRead.string(value) else { return nil }; summary = text
            case "quote": guard let text = FieldRead.string(value) else { return nil }; quote = text
            case "wording": guard let word: WordingStatus = FieldRead.word(value) else { return nil }; wording = word
            case "partial": guard let flag = FieldRead.bool(value) else { return nil }; partial = flag
            case "themes": guard let words: [Theme] = FieldRead.words(value) else { return nil }; themes = words
            case "regions": guard let texts = FieldRead.strings(value) else { return nil }; regions = texts
            case "confidence": guard let word: Confidence = FieldRead.word(value) else { return nil }; confidence = word
            case "notes": guard let texts = FieldRead.strings(value) else { return nil }; notes = texts
            case "disputes": guard let list = FieldRead.disputes(value) else { return nil }; disputes = list
            case "sources": guard let list = FieldRead.sources(value) else { return nil }; sources = list
            default: return nil
            }
        }
        guard let id, let document, let order, let summary, let wording, let themes, let regions, let sources else { return nil }
        return Resolution(
            id: id, meeting: meeting, session: session, document: document, order: order, summary: summary, quote: quote,
            wording: wording, partial: partial, themes: themes, regions: regions, confidence: confidence, notes: notes,
            disputes: disputes, sources: sources
        )
    }
}

extension Meeting: FastDecodable {
    static func fastDecode(_ node: JSONNode) -> Meeting? {
        guard case .object(let members) = node.value else { return nil }
        var event = EventFields()
        var id: String?, title: String?, kind: MeetingKind?, hosts: [String]?, memberCount: Int?, memberCountNote: String?
        for (key, value) in members {
            if case .null = value.value, FieldRead.optionalKeys.meeting.contains(key) { continue }
            switch key {
            case "id": guard let text = FieldRead.string(value) else { return nil }; id = text
            case "title": guard let text = FieldRead.string(value) else { return nil }; title = text
            case "kind": guard let word: MeetingKind = FieldRead.word(value) else { return nil }; kind = word
            case "hosts": guard let texts = FieldRead.strings(value) else { return nil }; hosts = texts
            case "memberCount": guard let number = FieldRead.int(value) else { return nil }; memberCount = number
            case "memberCountNote": guard let text = FieldRead.string(value) else { return nil }; memberCountNote = text
            default: guard event.read(key, value) == true else { return nil }
            }
        }
        guard let id, let title, let kind, let date = event.date, let sources = event.sources else { return nil }
        return Meeting(
            id: id, title: title, kind: kind, date: date, endDate: event.endDate, virtual: event.virtual, city: event.city,
            venue: event.venue, country: event.country, hosts: hosts, memberCount: memberCount, memberCountNote: memberCountNote,
            firsts: event.firsts, outcomes: event.outcomes, regions: event.regions, confidence: event.confidence,
            notes: event.notes, disputes: event.disputes, sources: sources
        )
    }
}

extension FocusGroupSession: FastDecodable {
    static func fastDecode(_ node: JSONNode) -> FocusGroupSession? {
        guard case .object(let members) = node.value else { return nil }
        var event = EventFields()
        var id: String?, number: Int?, title: String?, format: String?, meeting: String?, host: String?
        var coChairs: [String]?, attendance: String?, attendanceCount: Int?
        for (key, value) in members {
            if case .null = value.value, FieldRead.optionalKeys.session.contains(key) { continue }
            switch key {
            case "id": guard let text = FieldRead.string(value) else { return nil }; id = text
            case "number": guard let count = FieldRead.int(value) else { return nil }; number = count
            case "title": guard let text = FieldRead.string(value) else { return nil }; title = text
            case "format": guard let text = FieldRead.string(value) else { return nil }; format = text
            case "meeting": guard let text = FieldRead.string(value) else { return nil }; meeting = text
            case "host": guard let text = FieldRead.string(value) else { return nil }; host = text
            case "coChairs": guard let texts = FieldRead.strings(value) else { return nil }; coChairs = texts
            case "attendance": guard let text = FieldRead.string(value) else { return nil }; attendance = text
            case "attendanceCount": guard let count = FieldRead.int(value) else { return nil }; attendanceCount = count
            default: guard event.read(key, value) == true else { return nil }
            }
        }
        guard let id, let number, let title, let date = event.date, let format, let regions = event.regions,
              let sources = event.sources else { return nil }
        return FocusGroupSession(
            id: id, number: number, title: title, date: date, endDate: event.endDate, virtual: event.virtual, city: event.city,
            venue: event.venue, country: event.country, format: format, meeting: meeting, host: host, coChairs: coChairs,
            attendance: attendance, attendanceCount: attendanceCount, firsts: event.firsts, outcomes: event.outcomes,
            regions: regions, confidence: event.confidence, notes: event.notes, disputes: event.disputes, sources: sources
        )
    }
}

/// The fields meetings and sessions share: when and where, what came of it, and its sources.
private struct EventFields {
    var date: PartialDate?, endDate: PartialDate?, virtual: Bool?, city: String?, venue: String?, country: String?
    var firsts: [String]?, outcomes: [String]?, regions: [String]?, confidence: Confidence?, notes: [String]?
    var disputes: [Dispute]?, sources: [Source]?

    /// Reads one shared field: true when read, false when malformed, nil when the key is not shared.
    mutating func read(_ key: String, _ value: JSONNode) -> Bool? {
        switch key {
        case "date": date = FieldRead.date(value); return date != nil
        case "endDate": endDate = FieldRead.date(value); return endDate != nil
        case "virtual": virtual = FieldRead.bool(value); return virtual != nil
        case "city": city = FieldRead.string(value); return city != nil
        case "venue": venue = FieldRead.string(value); return venue != nil
        case "country": country = FieldRead.string(value); return country != nil
        case "firsts": firsts = FieldRead.strings(value); return firsts != nil
        case "outcomes": outcomes = FieldRead.strings(value); return outcomes != nil
        case "regions": regions = FieldRead.strings(value); return regions != nil
        case "confidence": confidence = FieldRead.word(value); return confidence != nil
        case "notes": notes = FieldRead.strings(value); return notes != nil
        case "disputes": disputes = FieldRead.disputes(value); return disputes != nil
        case "sources": sources = FieldRead.sources(value); return sources != nil
        default: return nil
        }
    }
}

/// Reads one well-formed field, or gives nil for anything Codable should look at.
private enum FieldRead {
    /// Fields whose null means "absent", as `decodeIfPresent` treats it.
    enum optionalKeys {
        static let resolution: Set<String> = ["meeting", "session", "quote", "partial", "confidence", "notes", "disputes"]
        static let meeting: Set<String> = [
            "endDate", "virtual", "city", "venue", "country", "hosts", "memberCount", "memberCountNote", "firsts",
            "outcomes", "regions", "confidence", "notes", "disputes",
        ]
        static let session: Set<String> = [
            "endDate", "virtual", "city", "venue", "country", "meeting", "host", "coChairs", "attendance",
            "attendanceCount", "firsts", "outcomes", "confidence", "notes", "disputes",
        ]
        static let source: Set<String> = ["title", "url", "date", "note"]
        static let dispute: Set<String> = ["note"]
    }

    static func string(_ node: JSONNode) -> String? {
        guard case .string(let text) = node.value else { return nil }
        return TextSanitizer.clean(text)
    }

    static func strings(_ node: JSONNode) -> [String]? {
        guard case .array(let elements) = node.value else { return nil }
        var result: [String] = []
        result.reserveCapacity(elements.count)
        for element in elements {
            guard let text = string(element) else { return nil }
            result.append(text)
        }
        return result
    }

    static func int(_ node: JSONNode) -> Int? {
        guard case .number(let text) = node.value else { return nil }
        return Int(text)
    }

    static func bool(_ node: JSONNode) -> Bool? {
        guard case .bool(let flag) = node.value else { return nil }
        return flag
    }

    static func date(_ node: JSONNode) -> PartialDate? {
        guard case .string(let text) = node.value else { return nil }
        return PartialDate(text)
    }

    static func word<Word: KnownValues>(_ node: JSONNode) -> Word? {
        guard case .string(let text) = node.value else { return nil }
        return Word(rawValue: text)
    }

    static func words<Word: KnownValues>(_ node: JSONNode) -> [Word]? {
        guard case .array(let elements) = node.value else { return nil }
        var result: [Word] = []
        result.reserveCapacity(elements.count)
        for element in elements {
            guard let word: Word = word(element) else { return nil }
            result.append(word)
        }
        return result
    }

    static func sources(_ node: JSONNode) -> [Source]? {
        guard case .array(let elements) = node.value else { return nil }
        var result: [Source] = []
        result.reserveCapacity(elements.count)
        for element in elements {
            guard let source = source(element) else { return nil }
            result.append(source)
        }
        return result
    }

    static func disputes(_ node: JSONNode) -> [Dispute]? {
        guard case .array(let elements) = node.value else { return nil }
        var result: [Dispute] = []
        result.reserveCapacity(elements.count)
        for element in elements {
            guard case .object(let members) = element.value else { return nil }
            var field: String?, note: String?, values: [DisputedValue]?
            for (key, value) in members {
                if case .null = value.value, optionalKeys.dispute.contains(key) { continue }
                switch key {
                case "field": guard let text = string(value) else { return nil }; field = text
                case "note": guard let text = string(value) else { return nil }; note = text
                case "values": guard let list = disputedValues(value) else { return nil }; values = list
                default: return nil
                }
            }
            guard let field, let values else { return nil }
            result.append(Dispute(field: field, note: note, values: values))
        }
        return result
    }

    static func disputedValues(_ node: JSONNode) -> [DisputedValue]? {
        guard case .array(let elements) = node.value else { return nil }
        var result: [DisputedValue] = []
        result.reserveCapacity(elements.count)
        for element in elements {
            guard case .object(let members) = element.value else { return nil }
            var text: String?, sources: [Source]?
            for (key, value) in members {
                switch key {
                case "value": guard let found = string(value) else { return nil }; text = found
                case "sources": guard let list = self.sources(value) else { return nil }; sources = list
                default: return nil
                }
            }
            guard let text, let sources else { return nil }
            result.append(DisputedValue(value: text, sources: sources))
        }
        return result
    }

    static func source(_ node: JSONNode) -> Source? {
        guard case .object(let members) = node.value else { return nil }
        var publisher: String?, title: String?, url: String?, date: PartialDate?, reliability: Reliability?, note: String?
        for (key, value) in members {
            if case .null = value.value, optionalKeys.source.contains(key) { continue }
            switch key {
            case "publisher": guard let text = string(value) else { return nil }; publisher = text
            case "title": guard let text = string(value) else { return nil }; title = text
            case "url": guard let text = string(value) else { return nil }; url = text
            case "date": guard let day = self.date(value) else { return nil }; date = day
            case "reliability": guard let level: Reliability = word(value) else { return nil }; reliability = level
            case "note": guard let text = string(value) else { return nil }; note = text
            default: return nil
            }
        }
        guard let publisher, let reliability else { return nil }
        return Source(publisher: publisher, title: title, url: url, date: date, reliability: reliability, note: note)
    }
}
