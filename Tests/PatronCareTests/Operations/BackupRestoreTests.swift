import Fluent
import Foundation
import PatronCore
import SQLKit
import Testing
import Vapor
@testable import PatronCare

/// `backup` then `restore` on the engine the suite runs on (SQLite files, or PostgreSQL when
/// `DATABASE_URL` is set), with data the app wrote, and while deposits keep being taken.
@Suite struct BackupRestoreTests {
    /// An app on a database of its own that a backup can be restored into: a SQLite file in a
    /// scratch folder, or the usual scratch PostgreSQL database.
    static func withRestorableApp<T>(_ body: (Application) async throws -> T) async throws -> T {
        if Environment.get("DATABASE_URL").map({ !$0.isEmpty }) == true { return try await withTestApp(body) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("patroncare-backup-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return try await SQLiteFileApp.with(path: folder + "/patroncare.sqlite", body)
    }

    static func scratchFile(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("patroncare-\(UUID().uuidString)-\(name)").path
    }

    static func counts(_ app: Application) async throws -> [Int] {
        [try await Member.query(on: app.db).count(), try await Deposit.query(on: app.db).count(),
         try await LedgerEntryRecord.query(on: app.db).count(), try await FeedbackItem.query(on: app.db).count()]
    }

    @Test func aBackupRestoresIntoAnEmptyDatabaseWithEveryRowAndPassesTheCheck() async throws {
        let file = Self.scratchFile("backup")
        defer { try? FileManager.default.removeItem(atPath: file) }
        let before = try await Self.withRestorableApp { app in
            _ = try await IntegrityCheckTests.realisticLedger(app)
            _ = try await FeedbackFixtures.receive(app, email: "malee@example.org", consent: true, at: pinnedNow)
            let bytes = try await DatabaseBackup(app: app).backup(to: file)
            #expect(bytes > 0)
            // A second backup to the same name is refused rather than overwriting the first.
            await #expect(throws: CommandFailure.self) { try await DatabaseBackup(app: app).backup(to: file) }
            return try await Self.counts(app)
        }
        #expect(before == [2, 2, 4, 1])
        try await Self.withRestorableApp { app in
            try await DatabaseBackup(app: app).restore(from: file, force: false)
            #expect(try await Self.counts(app) == before)
            #expect(try await IntegrityCheckTests.check(app) == [])
            // The restored database is in use: a second restore needs --force.
            let refusal = await #expect(throws: CommandFailure.self) { try await DatabaseBackup(app: app).restore(from: file, force: false) }
            #expect(refusal?.status == .refused)
            try await DatabaseBackup(app: app).restore(from: file, force: true)
            #expect(try await Self.counts(app) == before)
        }
    }

    @Test func aFileThatIsNotABackupIsRefusedBeforeAnythingIsTouched() async throws {
        let junk = Self.scratchFile("junk")
        try Data("cardnumber,surname\nA1,x\n".utf8).write(to: URL(fileURLWithPath: junk))
        defer { try? FileManager.default.removeItem(atPath: junk) }
        try await Self.withRestorableApp { app in
            try await DepositFixtures.expiredMemberWithDeposit(on: app)
            let refusal = await #expect(throws: CommandFailure.self) { try await DatabaseBackup(app: app).restore(from: junk, force: true) }
            #expect(refusal?.status == .refused)
            let missing = await #expect(throws: CommandFailure.self) {
                try await DatabaseBackup(app: app).restore(from: junk + ".nowhere", force: true)
            }
            #expect(missing?.status == .environment)
            #expect(try await Deposit.query(on: app.db).count() == 1, "nothing was touched")
        }
    }

    @Test func aBackupTakenWhileDepositsAreBeingTakenIsConsistent() async throws {
        let file = Self.scratchFile("busy")
        defer { try? FileManager.default.removeItem(atPath: file) }
        let (written, inBackup) = try await Self.withRestorableApp { app in
            let members = try await (0..<40).asyncMap { try await MemberFixtures.store(MemberFixtures.draft("BUSY-\($0)"), on: app) }
            let store = DepositStore(db: app.db, policy: app.config.depositPolicy, cipher: app.config.dataCipher)
            let writer = Task {
                var done = 0
                for member in members {
                    _ = try await store.receive(member: member, amount: Satang(100_000), paymentMethod: .cash, counter: "Counter 1", note: "",
                                                by: DepositFixtures.staff, role: .counter, at: pinnedNow, idempotencyKey: UUID().uuidString)
                    done += 1
                }
                return done
            }
            // Back up once the writer is well under way, while it keeps going. Bounded: a writer that
            // failed early would otherwise leave this loop waiting for ever (its error surfaces below).
            let deadline = ContinuousClock.now + .seconds(60)
            while try await Deposit.query(on: app.db).count() < 5, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(5))
            }
            _ = try await DatabaseBackup(app: app).backup(to: file)
            return (try await writer.value, try await Deposit.query(on: app.db).count())
        }
        #expect(written == 40 && inBackup == 40)
        try await Self.withRestorableApp { app in
            try await DatabaseBackup(app: app).restore(from: file, force: false)
            let restored = try await Deposit.query(on: app.db).count()
            print("backup during writes: \(restored) of 40 deposits in the backup")
            #expect(restored >= 5 && restored <= 40)
            // Whatever instant the backup caught, it is a whole one: balances, ledger and receipt numbers agree.
            #expect(try await IntegrityCheckTests.check(app) == [])
        }
    }
}

/// An application on a SQLite file (not the in-memory database of `withTestApp`), booted so the
/// file's pragmas are set as `serve` sets them.
enum SQLiteFileApp {
    static func with<T>(path: String, _ body: (Application) async throws -> T) async throws -> T {
        let app = try await Application.make(.testing)
        do {
            var config = try AppConfig.load(from: .testing, values: [:])
            config.database = .sqliteFile(path: path)
            try configure(app, config: config, clock: .pinned(pinnedNow))
            try await app.asyncBoot()
            try await app.autoMigrate()
            let result = try await body(app)
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }
}

extension Sequence {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var results: [T] = []
        for element in self { results.append(try await transform(element)) }
        return results
    }
}
