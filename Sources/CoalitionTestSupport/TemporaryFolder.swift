import Foundation

/// A fresh folder under the system's temporary folder, removed when the body returns.
public func withTemporaryFolder<Result>(_ body: (String) throws -> Result) throws -> Result {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("coalition-tests-" + UUID().uuidString).path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    return try body(folder)
}

/// Writes each text, as UTF-8, to a file of that name in the folder.
public func writeFiles(_ files: [(name: String, text: String)], into folder: String) throws {
    for file in files {
        try Data(file.text.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent(file.name))
    }
}
