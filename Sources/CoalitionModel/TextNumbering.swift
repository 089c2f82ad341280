/// Numbers the texts (meetings and sessions) that statements belong to, in the order first met,
/// so that a statement costs at most one lookup by string. A text's statements usually follow one
/// another, so the last text is remembered and compared first.
struct TextNumbering {
    /// The texts in the order they were numbered: a text's number is its place here.
    private(set) var texts: [String] = []
    private var numbers: [String: Int] = [:]
    private var last: (text: String, number: Int)?

    init(capacity: Int = 0) {
        numbers.reserveCapacity(capacity)
    }

    /// The text's number, and whether this is the first time it is met.
    mutating func number(of text: String) -> (number: Int, isNew: Bool) {
        if let last, last.text == text { return (last.number, false) }
        let found: (number: Int, isNew: Bool)
        if let known = numbers[text] {
            found = (known, false)
        } else {
            found = (texts.count, true)
            numbers[text] = texts.count
            texts.append(text)
        }
        last = (text, found.number)
        return found
    }

    /// The number a text was given, if it was met.
    func number(ifMet text: String) -> Int? { numbers[text] }
}
