import CoalitionModel
import Foundation
import Testing

/// Every input in the fuzz corpus (the seeds, and every crash a fuzzer has found, saved there)
/// goes through the same checks as the fuzz targets, on every `swift test`.
@Suite struct FuzzCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../FuzzCorpus").standardized

    static func inputs(_ folder: String) -> [String] {
        let path = corpus.appendingPathComponent(folder).path
        return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { path + "/" + $0 }
    }

    @Test func theCorpusIsThere() {
        #expect(Self.inputs("loader").count >= 10)
        #expect(Self.inputs("sanitizer").count >= 5)
    }

    @Test(arguments: inputs("loader"))
    func loaderKeepsItsPromises(file: String) throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: file)))
        #expect(FuzzLoaderCheck.brokenPromise(bytes) == nil)
    }

    @Test(arguments: inputs("sanitizer"))
    func sanitizerKeepsItsPromises(file: String) throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: file)))
        #expect(FuzzSanitizerCheck.brokenPromise(bytes) == nil)
    }

    /// The loader's fast steps (outline, then each element) and the whole-file parse agree on
    /// hand-made edge cases too.
    @Test(arguments: [
        #"{"meetings": [1, 2, {"a": [1]}]}"#, #"{"meetings": [1,]}"#, #"{"meetings": [1 2]}"#, #"{"a": 1, "a": 2}"#,
        #"{"meetings": [{"a": 1, "a": 2}]}"#, #"{"meetings": ["\"]", "]"]}"#, #"{"meetings": [}]}"#, #"[1, 2]"#, "",
        #"{"meetings": [tru]}"#, "\u{FEFF}{\"meetings\": []}", #"{"meetings": [{"x": "\u0000"}], "b": {}}"#,
    ])
    func outlineAgreesWithTheFullParse(text: String) {
        #expect(LoaderConsistency.disagreement(in: Array(text.utf8)) == nil)
        #expect(FuzzLoaderCheck.brokenPromise(Array(text.utf8)) == nil)
    }
}
