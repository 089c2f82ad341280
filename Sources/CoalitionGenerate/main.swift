#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CoalitionModel

/// coalition-generate --records N [--seed S] --output DIR [--source DIR]
///
/// Writes a synthetic data folder of about N records (10% meetings, 5% Africa Focus Group sessions,
/// the rest their resolutions), with members.json and regions.json copied from the shipped data.
/// The same N and seed always give the same bytes.
struct Options {
    var records = 0
    var seed: UInt64 = 1
    var output = ""
    var source = "data"

    init(_ arguments: [String]) throws(GenerateError) {
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            guard let value = rest.popFirst() else { throw GenerateError("\(flag) needs a value") }
            switch flag {
            case "--records": records = Int(value.filter { $0 != "_" }) ?? 0
            case "--seed": seed = UInt64(value) ?? 0
            case "--output": output = value
            case "--source": source = value
            default: throw GenerateError("unknown option \(flag)")
            }
        }
        guard (1_000...1_000_000).contains(records) else { throw GenerateError("--records takes 1000 to 1000000") }
        guard !output.isEmpty else { throw GenerateError("--output DIR is required") }
    }
}

func generate(_ options: Options) throws(GenerateError) {
    let report = DatasetLoader.load(directory: options.source)
    guard let shipped = report.dataset else { throw GenerateError("\(options.source) is not a valid data folder") }
    guard mkdir(options.output, 0o755) == 0 || errno == EEXIST else { throw GenerateError("cannot create \(options.output)") }
    for name in ["members.json", "regions.json"] {
        try copyFile(options.source + "/" + name, to: options.output + "/" + name)
    }

    let meetingCount = max(1, options.records / 10)
    let sessionCount = max(1, options.records / 20)
    let resolutionCount = options.records - meetingCount - sessionCount
    let parentCount = meetingCount + sessionCount

    var generator = try RecordGenerator(seed: options.seed, shipped: shipped)
    var meetings = try JSONListFile(path: options.output + "/meetings.json", key: "meetings")
    var sessions = try JSONListFile(path: options.output + "/sessions.json", key: "sessions")
    var resolutions = try JSONListFile(path: options.output + "/resolutions.json", key: "resolutions")
    var sessionsWritten = 0
    var lastMeeting: String?
    var carriedResolutions = 0
    // Months from September 2014, when the Coalition formed, to the end of 2026, spread over the parents.
    let months = (2026 - 2014) * 12 + 4
    for index in 0..<parentCount {
        let month = 8 + index * months / parentCount
        let date = GeneratedDate(year: 2014 + month / 12, month: month % 12 + 1, day: generator.random.chance(0.9) ? generator.random.int(in: 1...27) : nil)
        // Sessions are spread evenly among the meetings, so both span the whole period.
        let isSession = (index + 1) * sessionCount / parentCount > index * sessionCount / parentCount
        let parent: RecordGenerator.Parent
        if isSession {
            sessionsWritten += 1
            let (made, record) = generator.session(serial: index, number: sessionsWritten, date: date, besideMeeting: lastMeeting)
            sessions.write(record)
            parent = made
        } else {
            let (made, record) = generator.meeting(serial: index, date: date)
            meetings.write(record)
            parent = made
            lastMeeting = made.id
        }
        // An even share of the resolutions, shifted by up to two between neighbouring texts so
        // texts differ in length while the total stays exact.
        var count = resolutionCount / parentCount + (index < resolutionCount % parentCount ? 1 : 0) + carriedResolutions
        carriedResolutions = 0
        if index % 2 == 0, index + 1 < parentCount {
            let next = resolutionCount / parentCount + (index + 1 < resolutionCount % parentCount ? 1 : 0)
            let shift = generator.random.int(in: -max(0, min(2, count - 1))...max(0, min(2, next - 1)))
            count += shift
            carriedResolutions = -shift
        }
        for order in stride(from: 1, through: count, by: 1) {
            resolutions.write(generator.resolution(of: parent, order: order))
        }
    }
    try meetings.close()
    try sessions.close()
    try resolutions.close()
    printError("wrote \(meetingCount) meetings, \(resolutionCount) resolutions and \(sessionCount) sessions to \(options.output)")
}

func copyFile(_ source: String, to destination: String) throws(GenerateError) {
    guard let input = fopen(source, "r") else { throw GenerateError("cannot read \(source)") }
    defer { fclose(input) }
    guard let output = fopen(destination, "w") else { throw GenerateError("cannot write \(destination)") }
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while case let read = fread(&chunk, 1, chunk.count, input), read > 0 {
        fwrite(chunk, 1, read, output)
    }
    guard fclose(output) == 0 else { throw GenerateError("cannot finish writing \(destination)") }
}

func printError(_ message: String) {
    let line = Array("coalition-generate: \(message)\n".utf8)
    _ = line.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
}

do {
    try generate(Options(Array(CommandLine.arguments.dropFirst())))
} catch {
    printError(error.description)
    exit(64)
}
