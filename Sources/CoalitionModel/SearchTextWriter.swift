/// Writes the folded search texts of a segment's records (`TextSearchIndex`) one after another,
/// each followed by a NUL, its fields joined by `SearchField.separator`, into memory it owns.
///
/// A field is handed over as its place (`SearchText`), and the common case is folded by
/// `CaseFolder.foldCommon`, which calls nothing: reading the string where it lies, the compiler
/// then neither retains nor releases it. At 100 000 records those retains cost as much as the
/// folding. Text `foldCommon` leaves (a scalar whose lowercase it does not hold) is folded by
/// `CaseFolder.append`, the general way.
///
/// It owns the memory at `start` until `finish` hands it to the `FoldedBytes` it returns; only
/// `TextSearchIndex` makes one (and tests), and finishes it once, uncopied, so the memory is
/// freed once.
public struct SearchTextWriter {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    /// Where each text starts.
    private var starts: [Int] = []
    private var fieldsInRecord = 0
    private var folder = CaseFolder()
    /// The general fold's output, reused from text to text.
    private var folded: [UInt8] = []
    private let tables = FoldingTables.shared

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        start = .allocate(capacity: self.capacity)
    }

    /// Starts the next record's text.
    public mutating func beginRecord() {
        if !starts.isEmpty { appendByte(0) }
        starts.append(count)
        fieldsInRecord = 0
    }

    /// Appends a field of the current record.
    public mutating func append<Text: SearchText>(_ text: UnsafePointer<Text>) {
        precondition(!starts.isEmpty, "a field before its record")
        // Room first, for the separator and the folded text, so that nothing is called while
        // the text is read.
        let length = text.pointee.utf8Count
        reserve(1 + length + length / 2)
        if fieldsInRecord > 0 {
            start[count] = SearchField.separator
            count += 1
        }
        fieldsInRecord += 1
        let out = start + count
        let tables = tables
        if let written = text.pointee.withContiguousUTF8({ CaseFolder.foldCommon($0, into: out, tables) }) ?? nil {
            count += written
            return
        }
        folded.removeAll(keepingCapacity: true)
        folder.append(text.pointee.searchedText, to: &folded)
        reserve(folded.count)
        folded.withUnsafeBufferPointer { (start + count).update(from: $0.baseAddress!, count: $0.count) }
        count += folded.count
    }

    /// Appends a field of the current record made for the search.
    public mutating func append(_ text: String) {
        withUnsafePointer(to: text) { append($0) }
    }

    /// Room for `total` records' texts at the length of the first `written` ones, and an eighth more.
    mutating func reserveForRecords(_ total: Int, after written: Int) {
        guard written > 0 else { return }
        reserve(count * total / written * 9 / 8 - count)
    }

    private mutating func appendByte(_ byte: UInt8) {
        reserve(1)
        start[count] = byte
        count += 1
    }

    /// Room for `more` bytes after the text so far; the room at least doubles when it grows, so
    /// the bytes are copied a constant number of times on average.
    private mutating func reserve(_ more: Int) {
        guard count + more > capacity else { return }
        capacity = max(count + more, 2 * capacity)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.moveInitialize(from: start, count: count)
        start.deallocate()
        start = grown
    }

    /// The texts written, ending the last one, and where each starts (one more entry marks the end).
    consuming func finish() -> (bytes: FoldedBytes, starts: [Int]) {
        if !starts.isEmpty { appendByte(0) }
        starts.append(count)
        return (FoldedBytes(start: start, count: count), starts)
    }
}

extension SearchTextWriter: SearchFieldVisitor {
    mutating func visit<Text: SearchText>(_ name: SearchField.Name, at text: UnsafePointer<Text>) { append(text) }
}

/// Folded texts a `SearchTextWriter` wrote, in the memory it wrote them in; freed with the last
/// index that holds them.
final class FoldedBytes: @unchecked Sendable {
    // Unchecked: the bytes are written before this is made and never changed after.
    private let start: UnsafeMutablePointer<UInt8>
    let count: Int

    fileprivate init(start: UnsafeMutablePointer<UInt8>, count: Int) {
        self.start = start
        self.count = count
    }

    deinit { start.deallocate() }

    func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(UnsafeRawBufferPointer(start: start, count: count))
    }
}
