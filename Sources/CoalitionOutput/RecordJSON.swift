import CoalitionModel
import FoundationEssentials

/// JSON that decodes back into the model: the records themselves, with sorted keys.
public enum RecordJSON {
    public static func text(_ records: RecordList) throws -> String {
        switch records {
        case .meetings(let meetings): try text(meetings)
        case .resolutions(let resolutions): try text(resolutions)
        case .sessions(let sessions): try text(sessions)
        case .members(let members): try text(members)
        }
    }

    /// Pretty, sorted and with slashes left alone, so URLs read as written.
    public static func text(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return escapingInvisibleControls(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// The encoder escapes C0 controls but writes DEL and C1 controls raw. Outside strings JSON is
    /// plain ASCII, so escaping them wherever they occur keeps the document valid.
    static func escapingInvisibleControls(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: isRawControl) else { return json }
        var output = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if isRawControl(scalar) {
                let digits = String(scalar.value, radix: 16, uppercase: true)
                output.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - digits.count) + digits).unicodeScalars)
            } else {
                output.append(scalar)
            }
        }
        return String(output)
    }

    private static func isRawControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x7F...0x9F).contains(scalar.value)
    }
}
