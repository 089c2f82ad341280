// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "coalition",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "coalition", targets: ["coalition"]),
        .library(name: "CoalitionModel", targets: ["CoalitionModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Records, strict JSON loading, validation and queries. No UI imports.
        .target(name: "CoalitionModel", dependencies: ["CWidth"]),
        // libc's wcwidth asked in a UTF-8 locale, whatever the process's locale.
        .target(name: "CWidth"),
        // Tables, CSV, Markdown and JSON for the scriptable commands (list, show, regions, stats).
        .target(name: "CoalitionOutput", dependencies: ["CoalitionModel"]),
        // Pure Swift UI core: state, actions, update, and rendering into an in-memory screen grid;
        // its report views draw the output layer's reports, so a view and its command show one text.
        .target(name: "CoalitionUI", dependencies: ["CoalitionModel", "CoalitionOutput"]),
        // The only code that talks to ncurses. Linked by its module map rather than pkg-config:
        // Debian's ncursesw.pc adds -D flags that SwiftPM prohibits and warns about on every build.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        .target(name: "CoalitionTerminal", dependencies: ["CoalitionUI", "CNcursesw"]),
        // Argument parsing and wiring only.
        .executableTarget(
            name: "coalition",
            dependencies: [
                "CoalitionModel", "CoalitionOutput", "CoalitionUI", "CoalitionTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer entry points, built only by scripts/fuzz; a plain build gives them an empty main.
        .executableTarget(name: "FuzzLoader", dependencies: ["CoalitionModel"]),
        .executableTarget(name: "FuzzSanitizer", dependencies: ["CoalitionModel"]),
        // What the tests and the data generator share: the seeded generator, temporary folders,
        // fixture writing and the shipped data's place. Never linked into `coalition`.
        .target(name: "CoalitionTestSupport", dependencies: ["CoalitionModel"]),
        // Seeded synthetic data sets and the in-process timing harness, both for scripts/benchmark.
        .executableTarget(
            name: "coalition-generate", dependencies: ["CoalitionModel", "CoalitionTestSupport"],
            path: "Sources/CoalitionGenerate"
        ),
        .executableTarget(name: "coalition-bench", dependencies: ["CoalitionModel", "CoalitionUI"], path: "Sources/CoalitionBench"),
        .testTarget(name: "CoalitionModelTests", dependencies: ["CoalitionModel", "CoalitionTestSupport"]),
        .testTarget(
            name: "CoalitionUITests", dependencies: ["CoalitionUI", "CoalitionModel", "CoalitionTestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(name: "CoalitionOutputTests", dependencies: ["CoalitionOutput", "CoalitionModel", "CoalitionTestSupport"]),
        .testTarget(name: "CoalitionTerminalTests", dependencies: ["CoalitionTerminal", "CoalitionUI"]),
    ]
)
