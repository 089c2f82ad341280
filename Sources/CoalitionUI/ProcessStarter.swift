#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Starts a program for `LinkLaunch` without a shell, its standard input, output and error on
/// /dev/null so it can never draw over the dashboard, in a process group of its own so the
/// terminal's Ctrl-C does not reach it.
enum ProcessStarter {
    /// Children still running when `start` returned; reaped later so none is left a zombie.
    private static let running = Mutex<[pid_t]>([])

    /// How long to wait for a program that fails at once (xdg-open with no handler does).
    static let failureWindowMilliseconds = 1000

    static func start(_ arguments: [String]) throws(LinkLaunch.LaunchError) {
        reapFinished()
        guard let program = arguments.first, !arguments.contains(where: { $0.utf8.contains(0) }) else { throw .couldNotStart("no program") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY, 0)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigfillset(&defaults)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETPGROUP))

        var pid = pid_t()
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let status = posix_spawnp(&pid, program, &actions, &attributes, argv, environ)
        guard status == 0 else {
            if status == ENOENT { throw .notFound }
            throw .couldNotStart(String(cString: strerror(status)))
        }
        // A program that fails does so at once; one still running is taken to have opened it.
        var waited = 0
        while waited < failureWindowMilliseconds {
            var exit: Int32 = 0
            if waitpid(pid, &exit, WNOHANG) == pid {
                let code = (exit >> 8) & 0xFF
                if (exit & 0x7F) != 0 || code != 0 { throw .failed((exit & 0x7F) != 0 ? 128 + (exit & 0x7F) : code) }
                return
            }
            usleep(20_000)
            waited += 20
        }
        running.withLock { $0.append(pid) }
    }

    private static func reapFinished() {
        running.withLock { pids in
            pids.removeAll { pid in
                var exit: Int32 = 0
                return waitpid(pid, &exit, WNOHANG) != 0
            }
        }
    }
}
