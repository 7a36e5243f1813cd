// swift-tools-version: 6.2
import PackageDescription

/// Our own targets treat every warning as an error; dependencies build as they are.
let strict: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "claimsdb",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "claimsdb", targets: ["ClaimsCLI"]),
        .executable(name: "claimsdb-eval", targets: ["ClaimsEval"]),
        .executable(name: "claimsdb-bench", targets: ["ClaimsBench"]),
        .executable(name: "fuzz-text", targets: ["FuzzText"]),
        .executable(name: "fuzz-markdown", targets: ["FuzzMarkdown"]),
        .executable(name: "fuzz-html", targets: ["FuzzHTML"]),
        .executable(name: "fuzz-jsonl", targets: ["FuzzJSONLines"]),
        .library(name: "ClaimsDB", targets: ["ClaimsNormalize", "ClaimsExtract", "ClaimsStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        // Lexicons and vocabularies from seeds/, compiled in so a copied binary has them.
        .target(
            name: "ClaimsSeeds",
            path: "Sources/Seeds",
            exclude: ["seeds/articles", "seeds/README.md"],
            resources: [.embedInCode("seeds")],
            swiftSettings: strict),
        // libxml2's HTML parser, from Debian's libxml2-dev.
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        // SQLite settings that only its variadic C configuration call can make.
        .systemLibrary(
            name: "CSQLiteSettings",
            path: "Sources/CSQLiteSettings",
            providers: [.apt(["libsqlite3-dev"])]),
        // 1. bytes -> Document
        .target(
            name: "ClaimsNormalize",
            dependencies: ["ClaimsSeeds", "CLibXML2"],
            path: "Sources/Normalize",
            swiftSettings: strict),
        // 2. Document -> claims. Pure: no I/O, no SQLite. Lexicons from seeds/ are compiled in.
        .target(
            name: "ClaimsExtract",
            dependencies: ["ClaimsNormalize", "ClaimsSeeds"],
            path: "Sources/Extract",
            swiftSettings: strict),
        // 3. migrations, the ingest transaction, the query library.
        .target(
            name: "ClaimsStore",
            dependencies: [
                "ClaimsNormalize", "ClaimsExtract",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                "CSQLiteSettings",
            ],
            path: "Sources/Store",
            resources: [.embedInCode("Migrations")],
            swiftSettings: strict),
        // 4. argument parsing and output formatting only.
        .executableTarget(
            name: "ClaimsCLI",
            dependencies: [
                "ClaimsStore", "ClaimsExtract", "ClaimsNormalize",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/CLI",
            swiftSettings: strict),
        // `make eval`: scores the extractor on the labelled sets of Tests/Eval (docs/labelling.md).
        .executableTarget(
            name: "ClaimsEval",
            dependencies: [
                "ClaimsNormalize", "ClaimsExtract", "ClaimsSeeds",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/Eval",
            swiftSettings: strict),
        // `make bench`: ingest speed and memory, and query latency on a million claims.
        .executableTarget(
            name: "ClaimsBench",
            dependencies: [
                "ClaimsNormalize", "ClaimsExtract", "ClaimsStore", "ClaimsSeeds",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            path: "Sources/Bench",
            swiftSettings: strict),
        // `make fuzz`: libFuzzer targets over normalize + extract, one per input format. Built
        // with --sanitize fuzzer -DFUZZING by make only; the default build makes them replayers.
        .target(
            name: "ClaimsFuzzing",
            dependencies: ["ClaimsNormalize", "ClaimsExtract"],
            path: "Sources/Fuzz/Shared",
            swiftSettings: strict),
        .executableTarget(name: "FuzzText", dependencies: ["ClaimsFuzzing"], path: "Sources/Fuzz/Text", swiftSettings: strict),
        .executableTarget(name: "FuzzMarkdown", dependencies: ["ClaimsFuzzing"], path: "Sources/Fuzz/Markdown", swiftSettings: strict),
        .executableTarget(name: "FuzzHTML", dependencies: ["ClaimsFuzzing"], path: "Sources/Fuzz/HTML", swiftSettings: strict),
        .executableTarget(name: "FuzzJSONLines", dependencies: ["ClaimsFuzzing"], path: "Sources/Fuzz/JSONLines", swiftSettings: strict),
        .testTarget(
            name: "ClaimsDBTests",
            dependencies: [
                "ClaimsNormalize", "ClaimsExtract", "ClaimsStore",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Tests/ClaimsDBTests",
            resources: [.copy("Fixtures")],
            swiftSettings: strict),
    ]
)
