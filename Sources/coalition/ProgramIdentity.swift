#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CoalitionModel

/// What tells this build of the program from any other, for the snapshot cache: the version, and
/// the executable's size and modification time, so a rebuild never reads a snapshot an older
/// build wrote, even at the same version.
enum ProgramIdentity {
    static var current: String {
        var identity = CoalitionCommand.configuration.version
        var info = stat()
        if let path = DataLocator.executablePath(), stat(path, &info) == 0 {
            identity += " \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        }
        return identity
    }
}
