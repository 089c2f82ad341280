/// The formats the scriptable commands write.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, json, csv, markdown
}

/// The formats of `show` and `stats`: prose or charts rather than one table.
public enum DocumentFormat: String, CaseIterable, Sendable {
    case text, json, markdown
}

/// The formats of `regions`: a tree drawn as an indented table.
public enum TreeFormat: String, CaseIterable, Sendable {
    case table, json, markdown
}
