#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import CoalitionOutput

/// Runs a step that reads what the user typed; a mistake is printed as every command prints it
/// ("coalition: …", "valid values: …" on standard error) and exits 64.
func reportingUsage<Value>(_ step: () throws(UsageProblem) -> Value) throws -> Value {
    do {
        return try step()
    } catch {
        for line in error.lines { printError(line) }
        throw ExitCode(ExitStatus.usage)
    }
}

/// Bold headers only on a terminal and never with NO_COLOR, so piped output is the same everywhere.
var standardOutputAllowsStyle: Bool {
    isatty(STDOUT_FILENO) == 1 && (ProcessEnvironment.variables["NO_COLOR"] ?? "").isEmpty
}
