// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "PatronCare",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "patroncare", targets: ["patroncare"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.110.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.12.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.8.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.10.0"),
        // Leaf's engine; its `htmlEscaped()` escapes every value the compiled views interpolate (as Leaf's `#()` did).
        .package(url: "https://github.com/vapor/leaf-kit.git", from: "1.14.3"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing.git", from: "1.19.7"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.81.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.34.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
    ],
    targets: [
        // Domain core: value types and pure functions, no Vapor, no Fluent (swift-crypto for hashing and sealing).
        .target(name: "PatronCore", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        // A small SMTP client on SwiftNIO (no Swift SMTP library is available here).
        .target(
            name: "PatronMail",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        .executableTarget(name: "MailBenchmark", dependencies: ["PatronMail"]),
        // A real SMTP server on loopback (aiosmtpd) for the tests of PatronMail and of delivery.
        .target(
            name: "MailTestSupport",
            dependencies: [
                "PatronMail",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            exclude: ["smtp_server.py"]
        ),
        // The web app, storage, commands and importers.
        .target(
            name: "PatronCare",
            dependencies: [
                "PatronCore",
                "PatronMail",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "LeafKit", package: "leaf-kit"),
                // Connection errors (IOError, NIOConnectionError) get their own exit status.
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(name: "patroncare", dependencies: ["PatronCare"]),
        .testTarget(
            name: "PatronCoreTests",
            dependencies: [
                "PatronCore",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "PatronMailTests",
            dependencies: [
                "PatronMail",
                "MailTestSupport",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "PatronCareTests",
            dependencies: [
                "PatronCare",
                "MailTestSupport",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ]
        ),
    ]
)
