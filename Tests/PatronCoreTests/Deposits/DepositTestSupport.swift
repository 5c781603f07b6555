import Foundation
@testable import PatronCore

/// Helpers for the deposit and working-calendar tests (namespaced to keep the test module's globals clean).
enum DepositFixture: TimeFixture {
    static let staff = StaffRef(id: "s-001", name: "สมชาย ใจดี")
    static let head = StaffRef(id: "h-001", name: "สมหญิง หัวหน้า")
    static let counter = "เคาน์เตอร์ยืม-คืน ชั้น 1"

    static func id(_ n: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))!
    }

    static func received(_ entryID: Int, deposit: Int = 1, _ satang: Int64, at: Date = bangkok("2026-01-05T10:00:00")) -> LedgerEntry {
        .received(id: id(entryID), depositID: id(1000 + deposit), amount: Satang(satang), by: staff, at: at,
                  counter: counter, paymentMethod: .cash)
    }

    static func refunded(_ entryID: Int, deposit: Int = 1, _ satang: Int64, at: Date = bangkok("2027-01-05T10:00:00")) -> LedgerEntry {
        .refunded(id: id(entryID), depositID: id(1000 + deposit), amount: Satang(satang), by: staff, at: at,
                  counter: counter, paymentMethod: .cash)
    }

    static func forfeited(_ entryID: Int, deposit: Int = 1, _ satang: Int64, at: Date = bangkok("2028-01-05T10:00:00")) -> LedgerEntry {
        .forfeited(id: id(entryID), depositID: id(1000 + deposit), amount: Satang(satang), by: head, at: at,
                   reason: "พ้นกำหนดขอรับเงินคืน")
    }

    static func correction(_ entryID: Int, of target: LedgerEntry, _ satang: Int64,
                           at: Date = bangkok("2026-02-01T10:00:00"), reason: String = "บันทึกจำนวนผิด") -> LedgerEntry {
        .correction(id: id(entryID), of: target, balanceEffect: Satang(satang), by: head, at: at, reason: reason)
    }
}
