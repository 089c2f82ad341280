import CoalitionModel
import Foundation

/// The data folder this checkout ships, found from this file's place in the checkout.
public let shippedDataFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("data").path

/// Writes the files into a temporary data folder and loads it as the program does, so every
/// string goes through parsing, decoding, sanitizing and validation.
public func loadDataFolder(_ files: [(name: String, text: String)]) throws -> DatasetLoader.Report {
    try withTemporaryFolder { folder in
        try writeFiles(files, into: folder)
        return DatasetLoader.load(directory: folder)
    }
}
