import CoalitionModel

/// libFuzzer entry point: any bytes may turn up as a data file. Parsing and decoding may reject
/// them, but must never trap. Like the loader, it decodes the document itself and every element of
/// each top-level list, as each kind of record.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoader(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    guard let root = try? StrictJSONParser.parse(bytes) else { return 0 }
    var candidates = [root]
    if case .object(let members) = root.value {
        for member in members {
            if case .array(let elements) = member.node.value { candidates += elements }
        }
    }
    let recordTypes: [any JSONRecord.Type] = [
        Meeting.self, Resolution.self, FocusGroupSession.self, Member.self, MemberCount.self,
        RegionArea.self, Country.self, Source.self,
    ]
    for node in candidates {
        for type in recordTypes { _ = try? RecordReading.read(type, from: node) }
    }
    return 0
}
