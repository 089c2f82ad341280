import CoalitionModel

/// How a web address is opened: the program and its arguments, found from `$BROWSER` or else
/// `xdg-open`. The address is always one argument of its own and never passes through a shell.
///
/// `$BROWSER` is one command: words separated by spaces (no quoting, no list of several
/// browsers separated by colons). A word containing `%s` has it replaced by the address; with no
/// `%s` the address is added as the last argument.
public struct LinkLaunch: Hashable, Sendable {
    public static let fallback = "xdg-open"

    public let link: WebLink
    /// The program (looked up on PATH unless it holds a slash), then its arguments.
    public let arguments: [String]
    /// True when the program comes from `$BROWSER`, for the message when it cannot start.
    public let fromBrowserVariable: Bool

    public init(link: WebLink, browser: String?) {
        self.link = link
        let words = (browser ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard !words.isEmpty else {
            arguments = [LinkLaunch.fallback, link.url]
            fromBrowserVariable = false
            return
        }
        fromBrowserVariable = true
        if words.contains(where: { $0.contains("%s") }) {
            arguments = words.map { $0.replacing("%s", with: link.url) }
        } else {
            arguments = words + [link.url]
        }
    }

    /// The status line's words when the program could not start or failed at once.
    func problem(starting error: LaunchError) -> String {
        let program = arguments[0]
        switch error {
        case .notFound where !fromBrowserVariable:
            return "cannot open links: BROWSER is not set and \(LinkLaunch.fallback) is not on PATH"
        case .notFound:
            return "cannot open links: BROWSER names \(TextSanitizer.clean(program)), which is not found"
        case .couldNotStart(let reason):
            return "cannot start \(TextSanitizer.clean(program)): \(reason)"
        case .failed(let status):
            return "\(TextSanitizer.clean(program)) failed (exit status \(status))"
        }
    }

    enum LaunchError: Error {
        case notFound, couldNotStart(String), failed(Int32)
    }

    /// Starts the program and returns nil, or what went wrong in words.
    func start() -> String? {
        do throws(LaunchError) {
            try ProcessStarter.start(arguments)
            return nil
        } catch {
            return problem(starting: error)
        }
    }
}
