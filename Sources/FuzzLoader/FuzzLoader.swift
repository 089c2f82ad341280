import CoalitionModel

/// libFuzzer entry point: the loader's own path on any bytes, as the data file their first
/// top-level key names, beside four valid files, so that the outline scan, per-element parsing,
/// reading records, validation, links between files and lines and columns all run. Everything may
/// be rejected and nothing may trap; the outline plus per-element parsing must agree with a parse
/// of the whole file. The checks live in `FuzzLoaderCheck`, which the unit tests run on the corpus.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoader(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    FuzzLoaderCheck.run(Array(UnsafeRawBufferPointer(start: start, count: count)))
    return 0
}
