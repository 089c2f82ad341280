/// What makes a label of provenance true: the rules `validate` enforces and the views rely on
/// when they call a wording or a count "official".
public enum Provenance {
    /// True when a source carries the official wording itself: the body's own publication, or a
    /// copy noted as reproducing it word for word.
    public static func carriesOfficialWording(_ sources: [Source]) -> Bool {
        sources.contains { $0.reliability == .official || $0.isVerbatim }
    }

    /// True when any source is the body's own publication.
    public static func citesOfficialSource(_ sources: [Source]) -> Bool {
        sources.contains { $0.reliability == .official }
    }

    /// The host of a web address when it is an archive, a mirror or a staging copy of a site
    /// rather than the site itself; nil otherwise.
    static func copyHost(_ url: String) -> String? {
        var url = url
        return url.withUTF8 { bytes in
            guard let range = hostRange(in: bytes) else { return nil }
            let host = UnsafeBufferPointer(rebasing: bytes[range])
            // A host is nearly always ASCII: then it is lowercased and compared in place, and a
            // string is made only for a copy's host.
            guard host.allSatisfy({ $0 < 0x80 }) else {
                var lowered = String(decoding: host, as: UTF8.self).lowercased()
                return lowered.withUTF8(isCopy) ? lowered : nil
            }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: host.count) { buffer in
                for (offset, byte) in host.enumerated() { buffer[offset] = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
                let lowered = UnsafeBufferPointer(buffer)
                return isCopy(lowered) ? String(decoding: lowered, as: UTF8.self) : nil
            }
        }
    }

    /// A lowercased host that is an archive's, or that a marker names a copy. A marker holds no
    /// dot, so finding it anywhere in the host finds it within one label.
    private static func isCopy(_ host: UnsafeBufferPointer<UInt8>) -> Bool {
        archiveHosts.contains { isHost(host, within: $0) } || copyMarkers.contains { contains(host, $0) }
    }

    /// `host` is `domain` or one of its subdomains.
    private static func isHost(_ host: UnsafeBufferPointer<UInt8>, within domain: [UInt8]) -> Bool {
        guard host.count >= domain.count, host.suffix(domain.count).elementsEqual(domain) else { return false }
        return host.count == domain.count || host[host.count - domain.count - 1] == UInt8(ascii: ".")
    }

    /// Hosts and markers are short, so comparing at each offset stays cheap.
    private static func contains(_ text: UnsafeBufferPointer<UInt8>, _ word: [UInt8]) -> Bool {
        guard text.count >= word.count else { return false }
        return (0...(text.count - word.count)).contains { start in word.indices.allSatisfy { text[start + $0] == word[$0] } }
    }

    /// Services that keep copies of other sites' pages.
    private static let archiveHosts = [
        "web.archive.org", "archive.org", "archive.ph", "archive.today", "archive.is", "archive.li",
        "megalodon.jp", "webcitation.org", "government-world.com", "cachedview.nl",
    ].map { Array($0.utf8) }

    /// Words in a host name that mark a copy or a site not yet published.
    private static let copyMarkers = ["staging", "sandbox", "preview", "mirror"].map { Array($0.utf8) }

    static func host(of url: String) -> String? {
        // Byte-wise and in place, for the validator checks every official source: splitting the
        // address into strings, or copying it into an array, cost more than the rest of the check.
        var url = url
        return url.withUTF8 { bytes in
            hostRange(in: bytes).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self).lowercased() }
        }
    }

    private static func hostRange(in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let slash = UInt8(ascii: "/"), colon = UInt8(ascii: ":"), at = UInt8(ascii: "@")
        guard let firstSlash = bytes.firstIndex(of: slash), firstSlash > 0, bytes[firstSlash - 1] == colon,
              firstSlash + 1 < bytes.count, bytes[firstSlash + 1] == slash else { return nil }
        let start = firstSlash + 2
        let pathStart = bytes[start...].firstIndex(of: slash) ?? bytes.count
        let authorityEnd = bytes[start..<pathStart].firstIndex { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? pathStart
        // As `split` (which drops empty pieces) did: the last piece after "@" (the whole
        // authority when there is none), then the first piece before ":".
        var lower = start, upper = authorityEnd
        var lastKept = authorityEnd
        while lastKept > start, bytes[lastKept - 1] == at { lastKept -= 1 }
        if lastKept > start {
            lower = bytes[start..<lastKept].lastIndex(of: at).map { $0 + 1 } ?? start
            upper = lastKept
        }
        while lower < upper, bytes[lower] == colon { lower += 1 }
        let hostEnd = bytes[lower..<upper].firstIndex(of: colon) ?? upper
        return lower < hostEnd ? lower..<hostEnd : nil
    }
}
