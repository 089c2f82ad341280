/// Whether the command line asks for help. Every start reads each command's configuration, so
/// long help texts (generated from the key table and the option groups) are built only then.
enum HelpRequest {
    static let isAsked = CommandLine.arguments.dropFirst().contains { ["-h", "--help", "help", "--experimental-dump-help"].contains($0) }
}
