/// The formats the scriptable commands write.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, json, csv, markdown
}
