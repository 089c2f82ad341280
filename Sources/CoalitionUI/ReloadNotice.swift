/// What the status line says about the data in place of the key hints: what a reload did, or why
/// it could not be done. (What a key did is `AppState.message`, shown over it until the next key.)
public struct ReloadNotice: Hashable, Sendable {
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
