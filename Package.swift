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
        // Pure Swift UI core: state, actions, update, and rendering into an in-memory screen grid.
        .target(name: "CoalitionUI", dependencies: ["CoalitionModel"]),
        // The only code that talks to ncurses.
        // No pkgConfig: Debian's ncursesw.pc adds -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600, which
        // SwiftPM rejects with a warning on every build; the headers and library are in the
        // default paths, and shim.h defines what the wide-character API needs.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
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
        // Seeded synthetic data sets and the in-process timing harness, both for scripts/benchmark.
        .executableTarget(name: "coalition-generate", dependencies: ["CoalitionModel"], path: "Sources/CoalitionGenerate"),
        .executableTarget(name: "coalition-bench", dependencies: ["CoalitionModel", "CoalitionUI"], path: "Sources/CoalitionBench"),
        .testTarget(name: "CoalitionModelTests", dependencies: ["CoalitionModel"]),
        .testTarget(name: "CoalitionUITests", dependencies: ["CoalitionUI", "CoalitionModel"], exclude: ["Golden"]),
        .testTarget(name: "CoalitionOutputTests", dependencies: ["CoalitionOutput", "CoalitionModel"]),
    ]
)
