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
        if archiveHosts.contains(where: { host == $0 || host.hasSuffix("." + $0) }) { return host }
        let labels = host.split(separator: ".")
        if labels.contains(where: { label in copyMarkers.contains(where: { label.contains($0) }) }) { return host }
        return nil
    }

    /// Services that keep copies of other sites' pages.
    private static let archiveHosts = [
        "web.archive.org", "archive.org", "archive.ph", "archive.today", "archive.is", "archive.li",
        "megalodon.jp", "webcitation.org", "government-world.com", "cachedview.nl",
    ]

    /// Words in a host name that mark a copy or a site not yet published.
    private static let copyMarkers = ["staging", "sandbox", "preview", "mirror"]

    static func host(of url: String) -> String? {
        let parts = url.split(separator: "/", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count >= 3, parts[0].hasSuffix(":"), parts[1].isEmpty else { return nil }
        let authority = parts[2].prefix { $0 != "?" && $0 != "#" }
        let withoutUser = authority.split(separator: "@").last ?? authority[...]
        let host = withoutUser.split(separator: ":").first.map(String.init) ?? ""
        return host.isEmpty ? nil : host.lowercased()
    }
}
