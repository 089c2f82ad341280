import CoalitionModel

/// The table `list` prints by default for each kind of record. Kinds, themes and dates are written
/// as the options take them (`small-group-ministerial`, `2022-05`), so what a table shows can be
/// typed back. Dates are where a record starts (its end date is in `show`, the JSON and the
/// `end-date` column), to keep tables narrow.
public enum RecordTable {
    public static func table(_ records: RecordList, in dataset: Dataset, region: String? = nil) -> Table {
        RecordColumns.table(records, columns: RecordColumns.tableNames(for: records.type), in: dataset, region: region)
    }
}
