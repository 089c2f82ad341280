/// A web address safe to hand to a browser or to a terminal's hyperlink: http or https, with a
/// host, and printable ASCII only, so no space, control character or escape can reach a
/// command's arguments or the screen. Anything else stays plain text.
public struct WebLink: Hashable, Sendable {
    public let url: String
    /// "www.state.gov", for messages.
    public let host: String

    /// Longer addresses are not offered as links (browsers cut them anyway).
    static let maximumLength = 4096

    public init?(_ text: String) {
        let bytes = text.utf8
        guard bytes.count <= WebLink.maximumLength, bytes.allSatisfy({ (0x21...0x7E).contains($0) }) else { return nil }
        let scheme = text.prefix { $0 != ":" }.lowercased()
        guard scheme == "http" || scheme == "https", let host = Provenance.host(of: text) else { return nil }
        url = text
        self.host = host
    }
}
