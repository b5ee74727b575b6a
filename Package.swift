// swift-tools-version:6.0
import PackageDescription

// Layers, each depending only on those above it:
//   CXlsxWriter → XlsxWriter        a safe Swift layer over Debian's libxlsxwriter; knows nothing of counties
//   BriefingCore                    model, metric catalog, config, ingest, aggregation; knows nothing of Excel or mail
//   BriefingRender                  the workbook and the briefing text
//   BriefingDelivery                mail: messages, the transport, the delivery ledger; knows nothing of Excel
//   BriefingRun                     a whole run: lock, outputs, manifest, run history, mail
//   briefing                        the command line
let package = Package(
    name: "briefing",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "briefing", targets: ["briefing"]),
        .executable(name: "briefing-benchmark", targets: ["BriefingBenchmark"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/kylef/PathKit", from: "1.0.1"),
        .package(url: "https://github.com/stencilproject/Stencil", from: "0.15.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .target(name: "XlsxWriter", dependencies: ["CXlsxWriter"]),
        // zlib, to read a written workbook back before it replaces the previous one.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // glibc's malloc_trim, to give back the per-file arrays a load frees.
        .systemLibrary(name: "CMalloc"),
        .target(name: "BriefingCore", dependencies: ["Yams", "CMalloc"]),
        .target(name: "BriefingRender", dependencies: ["BriefingCore", "XlsxWriter", "CZlib", "Stencil", "PathKit"]),
        .target(name: "BriefingDelivery", dependencies: [
            "BriefingCore",
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .target(name: "BriefingRun", dependencies: [
            "BriefingCore", "BriefingRender", "BriefingDelivery",
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .executableTarget(name: "briefing", dependencies: [
            "BriefingRun", "BriefingRender",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // `make bench`: measures the release builds on national-scale data; apart from the tests, it asserts nothing.
        .executableTarget(name: "BriefingBenchmark", dependencies: [
            "BriefingCore", "BriefingRender", "XlsxWriter", "CXlsxWriter",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], path: "Benchmarks/BriefingBenchmark"),
        .testTarget(name: "XlsxWriterTests", dependencies: ["XlsxWriter"]),
        .testTarget(name: "BriefingCoreTests", dependencies: ["BriefingCore"]),
        .testTarget(name: "BriefingRenderTests", dependencies: ["BriefingRender"]),
        .testTarget(name: "BriefingDeliveryTests", dependencies: [
            "BriefingDelivery", "BriefingCore", .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .testTarget(name: "BriefingRunTests", dependencies: ["BriefingRun"]),
        // Runs the built `briefing` and checks its outputs with independent readers (Support/*.py).
        .testTarget(name: "BriefingEndToEndTests", exclude: ["Support"]),
    ]
)
