#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the data folder: `--data`, then `COALITION_DATA`, then the data installed beside the binary
/// (`PREFIX/share/coalition/data`), then the `data/` folder of the checkout the binary was built in,
/// then one above the working folder. So `swift run coalition` works from any folder of the checkout.
public enum DataLocator {
    public static let environmentVariable = "COALITION_DATA"

    public static func locate(explicit: String?, environment: [String: String], executablePath: String?, workingDirectory: String?) -> String {
        if let explicit { return explicit }
        if let fromEnvironment = environment[environmentVariable], !fromEnvironment.isEmpty { return fromEnvironment }
        var starts: [String] = []
        if let executablePath { starts.append(parent(of: executablePath)) }
        if let workingDirectory { starts.append(workingDirectory) }
        for start in starts {
            let installed = parent(of: start) + "/share/coalition/data"
            if holdsData(installed) { return installed }
            var folder = start
            while true {
                if holdsData(folder + "/data") { return folder + "/data" }
                let up = parent(of: folder)
                if up == folder { break }
                folder = up
            }
        }
        return "data"
    }

    /// The running binary's own path, with symbolic links resolved.
    public static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if length > 0 { return String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        return CommandLine.arguments.first.flatMap { $0.hasPrefix("/") ? $0 : nil }
    }

    public static func workingDirectory() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return nil }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func holdsData(_ folder: String) -> Bool {
        FileReader.exists(folder + "/" + DataFile.meetings.fileName)
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
