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
        guard let host = host(of: url) else { return nil }
        if archiveHosts.contains(where: { isHost(host, within: $0) }) { return host }
        let labels = host.split(separator: ".")
        if labels.contains(where: { label in copyMarkers.contains(where: { contains(label, $0) }) }) { return host }
        return nil
    }

    /// `host` is `domain` or one of its subdomains; compared in place, as the validator asks this
    /// of every official source and building `"." + domain` each time cost a tenth of its work.
    private static func isHost(_ host: String, within domain: String) -> Bool {
        let host = host.utf8, domain = domain.utf8
        guard host.count >= domain.count, host.suffix(domain.count).elementsEqual(domain) else { return false }
        return host.count == domain.count || host.dropLast(domain.count).last == UInt8(ascii: ".")
    }

    /// Byte-wise: the generic `contains` of String Processing cost a sixth of `list`'s time.
    /// Host labels and markers are short, so comparing at each offset stays cheap.
    private static func contains(_ label: Substring, _ marker: String) -> Bool {
        let text = Array(label.utf8), word = Array(marker.utf8)
        guard text.count >= word.count else { return false }
        return (0...(text.count - word.count)).contains { text[$0..<($0 + word.count)].elementsEqual(word) }
    }

    /// Services that keep copies of other sites' pages.
    private static let archiveHosts = [
        "web.archive.org", "archive.org", "archive.ph", "archive.today", "archive.is", "archive.li",
        "megalodon.jp", "webcitation.org", "government-world.com", "cachedview.nl",
    ]

    /// Words in a host name that mark a copy or a site not yet published.
    private static let copyMarkers = ["staging", "sandbox", "preview", "mirror"]

    static func host(of url: String) -> String? {
        // Byte-wise, for the validator checks every official source: splitting the address
        // into strings cost more than the rest of the check.
        let bytes = Array(url.utf8)
        guard let firstSlash = bytes.firstIndex(of: UInt8(ascii: "/")), firstSlash > 0, bytes[firstSlash - 1] == UInt8(ascii: ":"),
              firstSlash + 1 < bytes.count, bytes[firstSlash + 1] == UInt8(ascii: "/") else { return nil }
        let start = firstSlash + 2
        let pathStart = bytes[start...].firstIndex(of: UInt8(ascii: "/")) ?? bytes.count
        let authority = bytes[start..<pathStart].prefix { $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") }
        // As `split` (which drops empty pieces) did: the last piece after "@", then the first before ":".
        let withoutUser = authority.split(separator: UInt8(ascii: "@")).last ?? authority
        let host = withoutUser.split(separator: UInt8(ascii: ":")).first ?? []
        return host.isEmpty ? nil : String(decoding: host, as: UTF8.self).lowercased()
    }
}
