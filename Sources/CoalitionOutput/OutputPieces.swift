/// A long document's bytes, handed on in pieces of about `pieceSize` bytes, each ending at a line's
/// end: `list` writes a long table, CSV or Markdown as it goes, never holding it whole or
/// building a String per line.
struct OutputPieces {
    static let pieceSize = 1 << 20

    /// Grows as any array does, so a short document takes only its own size; emptied with its
    /// room kept once a piece is handed on.
    var bytes: [UInt8] = []

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// After a line: hands the bytes on once they fill a piece.
    mutating func endLine(_ deliver: ([UInt8]) -> Void) {
        Self.handOnIfFull(&bytes, deliver)
    }

    static func handOnIfFull(_ bytes: inout [UInt8], _ deliver: ([UInt8]) -> Void) {
        guard bytes.count >= pieceSize else { return }
        deliver(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// Hands on what is left.
    mutating func finish(_ deliver: ([UInt8]) -> Void) {
        if !bytes.isEmpty { deliver(bytes) }
        bytes = []
    }

    /// All the pieces `write` hands on, as one text: for short documents and tests.
    static func text(_ write: (([UInt8]) -> Void) -> Void) -> String {
        var whole: [UInt8] = []
        write { whole.append(contentsOf: $0) }
        return String(decoding: whole, as: UTF8.self)
    }
}
