/// A message the status line shows in place of the key hints: what a reload did, or why it could
/// not be done.
public struct Notice: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Shown for a few seconds (the input loop sends `InputEvent.noticeExpired`).
        case passing
        /// Shown until what it reports is put right.
        case problem
    }

    public var kind: Kind
    /// One line, sanitised.
    public var text: String
}
