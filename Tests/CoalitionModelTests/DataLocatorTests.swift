import CoalitionModel
import CoalitionTestSupport
import Foundation
import Testing

/// Creates `folder/meetings.json`, which is what marks a data folder.
private func makeDataFolder(_ folder: String) throws {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try "{}".write(toFile: folder + "/meetings.json", atomically: false, encoding: .utf8)
}

private func makeFolder(_ folder: String) throws {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
}

@Suite struct DataLocatorTests {
    private let variable = DataLocator.environmentVariable

    @Test func anExplicitFolderBeatsTheEnvironment() {
        let found = DataLocator.locate(explicit: "/given", environment: [variable: "/from-env"], executablePath: nil, workingDirectory: nil)
        #expect(found == "/given")
    }

    @Test func theEnvironmentBeatsDiscovery() throws {
        try withTemporaryFolder { root in
            try makeDataFolder(root + "/checkout/data")
            try makeFolder(root + "/checkout/.build/debug")
            let found = DataLocator.locate(
                explicit: nil, environment: [variable: "/from-env"],
                executablePath: root + "/checkout/.build/debug/coalition", workingDirectory: nil)
            #expect(found == "/from-env")
        }
    }

    @Test func anEmptyEnvironmentVariableIsIgnored() throws {
        try withTemporaryFolder { root in
            try makeDataFolder(root + "/checkout/data")
            let found = DataLocator.locate(
                explicit: nil, environment: [variable: ""], executablePath: nil, workingDirectory: root + "/checkout")
            #expect(found == root + "/checkout/data")
        }
    }

    @Test func discoveryFindsADataFolderAboveTheExecutable() throws {
        try withTemporaryFolder { root in
            try makeDataFolder(root + "/checkout/data")
            try makeFolder(root + "/checkout/.build/x86_64-unknown-linux-gnu/debug")
            let found = DataLocator.locate(
                explicit: nil, environment: [:],
                executablePath: root + "/checkout/.build/x86_64-unknown-linux-gnu/debug/coalition", workingDirectory: nil)
            #expect(found == root + "/checkout/data")
        }
    }

    @Test func discoveryFindsTheInstalledLayout() throws {
        try withTemporaryFolder { root in
            try makeDataFolder(root + "/prefix/share/coalition/data")
            try makeFolder(root + "/prefix/bin")
            let found = DataLocator.locate(
                explicit: nil, environment: [:], executablePath: root + "/prefix/bin/coalition", workingDirectory: nil)
            #expect(found == root + "/prefix/share/coalition/data")
        }
    }

    @Test func theInstalledLayoutBeatsACheckoutFurtherUp() throws {
        try withTemporaryFolder { root in
            try makeDataFolder(root + "/data")
            try makeDataFolder(root + "/prefix/share/coalition/data")
            try makeFolder(root + "/prefix/bin")
            let found = DataLocator.locate(
                explicit: nil, environment: [:], executablePath: root + "/prefix/bin/coalition", workingDirectory: nil)
            #expect(found == root + "/prefix/share/coalition/data")
        }
    }

    @Test func theExecutableBeatsTheWorkingFolder() throws {
        try withTemporaryFolder { root in
            try makeDataFolder(root + "/installed/data")
            try makeFolder(root + "/installed/bin")
            try makeDataFolder(root + "/elsewhere/data")
            let found = DataLocator.locate(
                explicit: nil, environment: [:],
                executablePath: root + "/installed/bin/coalition", workingDirectory: root + "/elsewhere")
            #expect(found == root + "/installed/data")
        }
    }

    @Test func discoveryFallsBackToTheWorkingFolder() throws {
        try withTemporaryFolder { root in
            try makeDataFolder(root + "/checkout/data")
            try makeFolder(root + "/checkout/Sources/coalition")
            try makeFolder(root + "/bin")
            let found = DataLocator.locate(
                explicit: nil, environment: [:],
                executablePath: root + "/bin/coalition", workingDirectory: root + "/checkout/Sources/coalition")
            #expect(found == root + "/checkout/data")
        }
    }

    @Test func aFolderNamedDataWithoutMeetingsIsNotADataFolder() throws {
        try withTemporaryFolder { root in
            try makeFolder(root + "/checkout/sub/data")
            try makeDataFolder(root + "/checkout/data")
            let found = DataLocator.locate(explicit: nil, environment: [:], executablePath: nil, workingDirectory: root + "/checkout/sub")
            #expect(found == root + "/checkout/data")
        }
    }
}
