import Fluent
import Foundation
import PatronCore
import Vapor
@testable import PatronCare

/// Members with deposits for the money tests, made through the same store the counter uses.
enum DepositFixtures {
    static let staff = StaffRef(id: "counter", name: "Test counter")

    /// An external type A member whose membership expired on 30 June 2026: refundable on the pinned
    /// day (Monday 23 November 2026), last claim day 30 June 2027. The deposit was taken while the
    /// membership was current.
    @discardableResult
    static func expiredMemberWithDeposit(_ card: String = "EXA-100", amount: Satang = Satang(100_000),
                                         expires: CivilDate = CivilDate(year: 2026, month: 6, day: 30)!,
                                         on app: Application) async throws -> (Member, Deposit) {
        let member = try await MemberFixtures.store(MemberFixtures.draft(card, expires: expires), on: app)
        let store = DepositStore(db: app.db, policy: app.config.depositPolicy, cipher: app.config.dataCipher)
        // Received while the membership was current (a deposit is not taken from an expired member):
        // 200 days before the pinned day, or a month before the expiry when that is earlier.
        let received = min(pinnedNow.addingTimeInterval(-200 * 86_400), BangkokTime(day: expires.adding(days: -30), minuteOfDay: 600).instant)
        let write = try await store.receive(member: member, amount: amount, paymentMethod: .cash, counter: "Counter 1", note: "",
                                            by: staff, role: .counter, at: received, idempotencyKey: UUID().uuidString)
        return (member, write.deposit)
    }

    /// The refund form fields that satisfy the default checklist for the member collecting in person.
    static func refundForm(key: String = UUID().uuidString, extra: [(String, String)] = []) -> [(String, String)] {
        [("paymentMethod", "cash"), ("counter", "Counter 1"), ("collector", "member"),
         ("documents[]", "original-receipt"), ("documents[]", "id-card-copy"), ("idempotencyKey", key)] + extra
    }

    static func ledgerCount(_ app: Application) async throws -> Int {
        try await LedgerEntryRecord.query(on: app.db).count()
    }
}
