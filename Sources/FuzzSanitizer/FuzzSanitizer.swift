import CoalitionModel

/// libFuzzer entry point: checks the sanitizer's promises on any text. A broken promise is a
/// precondition failure, which libFuzzer records as a crash with its input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSanitizer(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let cleaned = TextSanitizer.clean(text)
    for scalar in cleaned.unicodeScalars {
        precondition(scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value), "kept control U+\(String(scalar.value, radix: 16))")
        precondition(!scalar.properties.isBidiControl, "kept bidi control U+\(String(scalar.value, radix: 16))")
    }
    // Scalar by scalar: String's == treats canonically equivalent text as equal.
    precondition(TextSanitizer.clean(cleaned).unicodeScalars.elementsEqual(cleaned.unicodeScalars), "cleaning twice changed the text")
    if let first = cleaned.unicodeScalars.first {
        let category = first.properties.generalCategory
        precondition(category != .nonspacingMark && category != .spacingMark && category != .enclosingMark, "starts with a combining mark")
    }
    return 0
}
