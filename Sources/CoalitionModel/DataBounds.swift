/// The documented limits of every value the data may hold (docs/data-format.md, "Bounds").
/// `validate` rejects what lies outside them; every view must handle all that lies inside.
public enum DataBounds {
    /// Years of the events, joins and counts the data records.
    public static let recordYears = 1990...2100
    /// Years of a source's publication (a reference work may be older than the Coalition).
    public static let sourceYears = 1900...2100
    /// Member totals, attendance, a member's ordinal, a statement's order, a session's number.
    public static let count = 1...1_000_000
    /// Characters in a name-like field: titles, names, places, publishers, documents.
    public static let shortText = 1_000
    /// Characters in a sentence-like field: summaries, notes, outcomes, source titles.
    public static let longText = 5_000
    /// Characters in a quote of the official wording.
    public static let quote = 160
    /// Bytes in a web address.
    public static let url = 2_048
    /// Levels of areas from the root of the region tree (M49 has four: world, region, sub-region,
    /// intermediate region).
    public static let areaDepth = 8
    /// Entries in any list inside one record (sources, regions, notes, hosts...).
    public static let listLength = 500
    /// Bytes in one data file: 2 GiB, twice the largest file of a million generated records.
    /// Loading takes memory of about 2.5 to 3 times the JSON's size.
    public static let fileBytes = 2 * 1024 * 1024 * 1024
}
