import CoalitionModel

/// libFuzzer entry point: checks the sanitizer's promises on any text (`FuzzSanitizerCheck`, which
/// the unit tests also run on the corpus). A broken promise is a precondition failure, which
/// libFuzzer records as a crash with its input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSanitizer(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    FuzzSanitizerCheck.run(Array(UnsafeRawBufferPointer(start: start, count: count)))
    return 0
}
