import CoalitionModel
import CoalitionTestSupport
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// True when a file without read permission really cannot be read (false when running as root).
private func permissionsAreEnforced() -> Bool {
    (try? withTemporaryFolder { folder in
        let path = folder + "/probe"
        try "x".write(toFile: path, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
        let descriptor = open(path, O_RDONLY)
        if descriptor >= 0 { close(descriptor) }
        return descriptor < 0
    }) ?? false
}

/// Data that cannot be read at all is `.unreadable`, which the command line turns into exit 66.
@Suite struct LoaderUnreadableInputTests {
    @Test func aMissingDataFolderIsUnreadable() throws {
        try withTemporaryFolder { folder in
            let missing = folder + "/no-such-data"
            let report = DatasetLoader.load(directory: missing)
            #expect(report.problems.map(\.kind) == [.unreadable])
            #expect(report.problems.map(\.description) == ["\(missing): data folder not found"])
            #expect(report.hasUnreadableInput)
            #expect(report.dataset == nil)
        }
    }

    @Test func aFileGivenAsTheDataFolderIsUnreadable() throws {
        try withTemporaryFolder { folder in
            let file = folder + "/meetings.json"
            try "{}".write(toFile: file, atomically: false, encoding: .utf8)
            let report = DatasetLoader.load(directory: file)
            #expect(report.problems.map(\.description) == ["\(file): is a file, not a folder"])
            #expect(report.hasUnreadableInput)
        }
    }

    @Test func aMissingFileIsUnreadable() throws {
        let report = try loadFixture { $0.omitted = [.sessions] }
        #expect(report.problems.map(ReportedProblem.init) == [ReportedProblem(.sessions, nil, "no such file")])
        #expect(report.problems.map(\.kind) == [.unreadable])
        #expect(report.hasUnreadableInput)
        #expect(report.dataset == nil)
    }

    @Test func aFolderWhereAFileShouldBeIsUnreadable() throws {
        try withTemporaryFolder { folder in
            var fixture = DataFolderFixture()
            fixture.omitted = [.members]
            try fixture.write(to: folder)
            try FileManager.default.createDirectory(atPath: folder + "/members.json", withIntermediateDirectories: false)
            let report = DatasetLoader.load(directory: folder)
            #expect(report.problems.map(ReportedProblem.init) == [ReportedProblem(.members, nil, "is a folder, not a file")])
            #expect(report.hasUnreadableInput)
        }
    }

    @Test(.enabled(if: permissionsAreEnforced(), "running as root: a file without read permission can still be read"))
    func aFileWithoutReadPermissionIsUnreadable() throws {
        try withTemporaryFolder { folder in
            try DataFolderFixture().write(to: folder)
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: folder + "/regions.json")
            let report = DatasetLoader.load(directory: folder)
            #expect(report.problems.map(ReportedProblem.init) == [ReportedProblem(.regions, nil, "cannot be read: permission denied")])
            #expect(report.hasUnreadableInput)
        }
    }

    @Test func aTrailingSlashOnTheFolderIsDroppedFromFileNames() throws {
        try withTemporaryFolder { folder in
            var fixture = DataFolderFixture()
            fixture.omitted = [.sessions]
            try fixture.write(to: folder)
            let report = DatasetLoader.load(directory: folder + "/")
            #expect(report.problems.map(\.file) == [folder + "/sessions.json"])
        }
    }
}
