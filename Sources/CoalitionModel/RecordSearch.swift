/// The text a search looks through for each record, as labelled fields: what its list row shows,
/// its main fields and its sources. The dashboard's `/` and `coalition list --search` both use it,
/// so they find the same records, and the labels let the dashboard say where a record matched
/// when the field is not one its list shows ("matched in themes").
public struct SearchField: Hashable, Sendable {
    public enum Name: String, CaseIterable, Sendable {
        case title, kind, date, place, hosts, outcomes, firsts, summary, quote, document, themes, format, host
        case name, id, region, formerNames = "former names", sources
    }

    public var name: Name
    public var text: String

    /// Between the fields of a record's search text: a control no query can contain (typed text
    /// shows controls in their visible forms), so a match never spans two fields.
    static let separator: UInt8 = 0x01

    public init(_ name: Name, _ text: String) {
        self.name = name
        self.text = text
    }
}

/// A field's text where it lies in its record: a string, or an optional one that reads as empty
/// when absent. A visitor is handed the place, not the string, so that it can read the bytes
/// where they are without retaining the string (`SearchTextWriter`).
public protocol SearchText {
    /// The text's UTF-8 count, read from the string itself.
    var utf8Count: Int { get }
    /// `body` over the text's UTF-8, or nil when the string's bytes are not contiguous.
    func withContiguousUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result?
    var searchedText: String { get }
}

extension String: SearchText {
    public var utf8Count: Int { utf8.count }
    @inline(__always)
    public func withContiguousUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        utf8.withContiguousStorageIfAvailable(body)
    }
    public var searchedText: String { self }
}

extension Optional: SearchText where Wrapped == String {
    public var utf8Count: Int { self?.utf8.count ?? 0 }
    @inline(__always)
    public func withContiguousUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        guard let self else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return self.utf8.withContiguousStorageIfAvailable(body)
    }
    public var searchedText: String { self ?? "" }
}

/// What `forEachSearchField` hands each record and field to.
protocol SearchFieldVisitor {
    /// Before the first field of each record.
    mutating func beginRecord()
    /// A field, at its place; valid for the call only.
    mutating func visit<Text: SearchText>(_ name: SearchField.Name, at text: UnsafePointer<Text>)
}

extension SearchFieldVisitor {
    /// A text made for the search (a date, a label, a country's name), held for the visit only.
    mutating func visit(_ name: SearchField.Name, _ text: String) {
        withUnsafePointer(to: text) { visit(name, at: $0) }
    }

    /// Each text of an optional list, in order; none when the list is absent.
    mutating func visitEach(_ name: SearchField.Name, at texts: UnsafePointer<[String]?>) {
        texts.pointee?.withUnsafeBufferPointer { texts in
            for index in texts.indices { visit(name, at: texts.baseAddress! + index) }
        }
    }
}

/// The fields as values, for a record's detail and `list --search`.
private struct SearchFieldCollector: SearchFieldVisitor {
    var fields: [SearchField] = []
    mutating func beginRecord() {}
    mutating func visit<Text: SearchText>(_ name: SearchField.Name, at text: UnsafePointer<Text>) {
        fields.append(SearchField(name, text.pointee.searchedText))
    }
}

extension Dataset {
    // The one list of what a search looks through, field by field, which `searchFields(of:)`,
    // `searchText(of:)` and `TextSearchIndex` all read. Empty values are kept so the joined text
    // stays as it was.
    //
    // The record is read through a pointer to where it lies, and each stored text is handed over
    // as its place (`pointer(to:)`, an offset the compiler works out): nothing is copied, and a
    // visitor that calls nothing while reading a text retains nothing. A copy of the record
    // retained every field, and each string handed over by value was retained once more, which
    // cost as much as folding the texts when the search index is built.

    private func forEachSearchField<V: SearchFieldVisitor>(at meeting: UnsafePointer<Meeting>, _ visitor: inout V) {
        visitor.visit(.title, at: meeting.pointer(to: \.title)!)
        visitor.visit(.kind, meeting.pointee.kind.label)
        visitor.visit(.date, meeting.pointee.date.description)
        visitor.visit(.date, meeting.pointee.date.readable)
        visitor.visit(.place, at: meeting.pointer(to: \.city)!)
        visitor.visit(.place, meeting.pointee.country.map { countryName($0) } ?? "")
        visitor.visitEach(.hosts, at: meeting.pointer(to: \.hosts)!)
        visitor.visitEach(.outcomes, at: meeting.pointer(to: \.outcomes)!)
        visitor.visitEach(.firsts, at: meeting.pointer(to: \.firsts)!)
        forEachSourceText(meeting.pointer(to: \.sources)!, &visitor)
    }

    private func forEachSearchField<V: SearchFieldVisitor>(at resolution: UnsafePointer<Resolution>, _ visitor: inout V) {
        visitor.visit(.summary, at: resolution.pointer(to: \.summary)!)
        visitor.visit(.quote, at: resolution.pointer(to: \.quote)!)
        visitor.visit(.document, at: resolution.pointer(to: \.document)!)
        for theme in resolution.pointee.themes { visitor.visit(.themes, theme.label) }
        forEachSourceText(resolution.pointer(to: \.sources)!, &visitor)
    }

    private func forEachSearchField<V: SearchFieldVisitor>(at session: UnsafePointer<FocusGroupSession>, _ visitor: inout V) {
        visitor.visit(.title, at: session.pointer(to: \.title)!)
        visitor.visit(.format, at: session.pointer(to: \.format)!)
        visitor.visit(.date, session.pointee.date.description)
        visitor.visit(.date, session.pointee.date.readable)
        visitor.visit(.place, at: session.pointer(to: \.city)!)
        visitor.visit(.place, session.pointee.country.map { countryName($0) } ?? "")
        visitor.visit(.host, at: session.pointer(to: \.host)!)
        visitor.visitEach(.outcomes, at: session.pointer(to: \.outcomes)!)
        forEachSourceText(session.pointer(to: \.sources)!, &visitor)
    }

    private func forEachSearchField<V: SearchFieldVisitor>(at member: UnsafePointer<Member>, _ visitor: inout V) {
        visitor.visit(.name, at: member.pointer(to: \.name)!)
        visitor.visit(.id, at: member.pointer(to: \.id)!)
        visitor.visit(.kind, member.pointee.kind.rawValue)
        visitor.visit(.region, regionLabel(of: member.pointee))
        visitor.visitEach(.formerNames, at: member.pointer(to: \.formerNames)!)
        forEachSourceText(member.pointer(to: \.sources)!, &visitor)
    }

    /// Who published each source and its title.
    private func forEachSourceText<V: SearchFieldVisitor>(_ sources: UnsafePointer<[Source]>, _ visitor: inout V) {
        sources.pointee.withUnsafeBufferPointer { sources in
            for index in sources.indices {
                visitor.visit(.sources, at: (sources.baseAddress! + index).pointer(to: \.publisher)!)
                visitor.visit(.sources, at: (sources.baseAddress! + index).pointer(to: \.title)!)
            }
        }
    }

    /// Visits the fields of each record of `records`, in order, each record's after `beginRecord`.
    func forEachSearchField<V: SearchFieldVisitor>(of kind: RecordKind, in records: Range<Int>, _ visitor: inout V) {
        precondition(records.lowerBound >= 0 && records.upperBound <= count(of: kind), "no records \(records) in \(kind)")
        func visitEach<Record>(_ list: [Record], _ visit: (UnsafePointer<Record>, inout V) -> Void) {
            list.withUnsafeBufferPointer { list in
                for index in records {
                    visitor.beginRecord()
                    visit(list.baseAddress! + index, &visitor)
                }
            }
        }
        switch kind {
        case .meetings: visitEach(meetings) { forEachSearchField(at: $0, &$1) }
        case .resolutions: visitEach(resolutions) { forEachSearchField(at: $0, &$1) }
        case .sessions: visitEach(sessions) { forEachSearchField(at: $0, &$1) }
        case .members: visitEach(members) { forEachSearchField(at: $0, &$1) }
        }
    }

    public func searchFields(of kind: RecordKind, at index: Int) -> [SearchField] {
        collect { forEachSearchField(of: kind, in: index..<(index + 1), &$0) }
    }

    public func searchFields(of meeting: Meeting) -> [SearchField] { collect { collector in withUnsafePointer(to: meeting) { forEachSearchField(at: $0, &collector) } } }
    public func searchFields(of resolution: Resolution) -> [SearchField] { collect { collector in withUnsafePointer(to: resolution) { forEachSearchField(at: $0, &collector) } } }
    public func searchFields(of session: FocusGroupSession) -> [SearchField] { collect { collector in withUnsafePointer(to: session) { forEachSearchField(at: $0, &collector) } } }
    public func searchFields(of member: Member) -> [SearchField] { collect { collector in withUnsafePointer(to: member) { forEachSearchField(at: $0, &collector) } } }

    public func searchText(of meeting: Meeting) -> String { Dataset.searchable(searchFields(of: meeting)) }
    public func searchText(of resolution: Resolution) -> String { Dataset.searchable(searchFields(of: resolution)) }
    public func searchText(of session: FocusGroupSession) -> String { Dataset.searchable(searchFields(of: session)) }
    public func searchText(of member: Member) -> String { Dataset.searchable(searchFields(of: member)) }

    /// True when the query (any case) occurs in the text; an empty query matches nothing.
    public static func searchText(_ text: String, contains query: String) -> Bool {
        TextSearchIndex.text(text, contains: query)
    }

    /// The names of the fields the query occurs in, in the record's field order.
    public static func fieldsMatching(_ query: String, in fields: [SearchField]) -> [SearchField.Name] {
        var names: [SearchField.Name] = []
        for field in fields where !names.contains(field.name) && searchText(field.text, contains: query) { names.append(field.name) }
        return names
    }

    /// The fields joined by `SearchField.separator`. Case is folded where the text is searched
    /// (CaseFolder, for TextSearchIndex).
    private static func searchable(_ fields: [SearchField]) -> String {
        fields.map(\.text).joined(separator: String(UnicodeScalar(SearchField.separator)))
    }

    private func collect(_ fields: (inout SearchFieldCollector) -> Void) -> [SearchField] {
        var collector = SearchFieldCollector()
        fields(&collector)
        return collector.fields
    }
}
