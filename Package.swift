// swift-tools-version:6.1
import PackageDescription

/// Settings applied to every target, tests included.
let swiftSettings: [SwiftSetting] = [
    // Spell out `any` for existential types so their cost is visible.
    .enableUpcomingFeature("ExistentialAny"),
    // A file must import every module whose members it uses.
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "HazChem",
    products: [
        .executable(name: "hazchem", targets: ["hazchem"]),
        .library(name: "HazChemCore", targets: ["HazChemCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // Without the swift-configuration trait: the web app is configured by the CLI only.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // Pure domain: vocabulary, scoring engine, major-hazard arithmetic. No I/O, no dependencies.
        .target(name: "HazChemCore", swiftSettings: swiftSettings),
        // Loads and validates checklist, grading and reference tables from YAML data files.
        .target(
            name: "HazChemTables",
            dependencies: ["HazChemCore", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),
        // The campaign store: SQLite through GRDB, migrations, imports, audit log.
        .target(
            name: "HazChemStore",
            dependencies: ["HazChemCore", "HazChemTables", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        // The system libxlsxwriter, used only by HazChemReports.
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // Writing and reading xlsx workbooks: every lxw_* call and C pointer stays behind this module's boundary.
        .target(
            name: "HazChemXLSX",
            dependencies: [
                "HazChemCore", "CXlsxWriter", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: swiftSettings
        ),
        // The documents a bureau prints and sends (assessment report, checklist form, ledgers, monthly summary),
        // each a model and a writer over HazChemXLSX.
        .target(
            name: "HazChemReports",
            dependencies: ["HazChemCore", "HazChemTables", "HazChemStore", "HazChemXLSX"],
            swiftSettings: swiftSettings
        ),
        // The deterministic synthetic 兴安盟 campaign (`hazchem demo`), written through the store's bulk writer.
        .target(
            name: "HazChemDemo",
            dependencies: ["HazChemCore", "HazChemTables", "HazChemStore"],
            swiftSettings: swiftSettings
        ),
        // The web application: server-rendered pages over the store; no business rules here.
        .target(
            name: "HazChemWeb",
            dependencies: [
                "HazChemCore", "HazChemTables", "HazChemStore", "HazChemXLSX", "HazChemReports",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: swiftSettings
        ),
        // The thin command-line front.
        .executableTarget(
            name: "hazchem",
            dependencies: [
                "HazChemCore", "HazChemTables", "HazChemStore", "HazChemXLSX", "HazChemReports", "HazChemWeb",
                "HazChemDemo", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        // Fixtures and builders shared by the test targets (not a product).
        .target(
            name: "HazChemTestSupport",
            dependencies: ["HazChemCore", "HazChemTables", "HazChemStore"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "HazChemCoreTests",
            dependencies: ["HazChemCore", "HazChemTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "HazChemTablesTests",
            dependencies: ["HazChemTables", "HazChemTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "HazChemStoreTests",
            dependencies: ["HazChemStore", "HazChemTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "HazChemReportsTests",
            dependencies: [
                "HazChemXLSX", "HazChemReports", "HazChemTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Support/inspect_xlsx.py"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "HazChemDemoTests",
            dependencies: ["HazChemDemo", "HazChemTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "HazChemWebTests",
            dependencies: [
                "HazChemWeb", "HazChemXLSX", "HazChemTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "HazChemCLITests",
            dependencies: [
                "HazChemCore", "HazChemTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            // Read from the checkout by path by the end-to-end tests, not bundled.
            exclude: ["BadInputs"],
            swiftSettings: swiftSettings
        ),
    ]
)
