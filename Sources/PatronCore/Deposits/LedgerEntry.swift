import Foundation

/// One movement of a deposit, never edited and never deleted once recorded.
///
/// `amount` is positive for `received`, `refunded` and `forfeited` (the direction comes from the
/// kind). A `correction` points at the entry it corrects (`corrects`), carries a reason, and its
/// `amount` is signed: its effect on the deposit balance (a receipt keyed as 10,000 instead of 1,000
/// is corrected by −9,000; a refund keyed as 1,000 when 900 was paid is corrected by +100).
public struct LedgerEntry: Identifiable, Hashable, Codable, Sendable {
    public enum Kind: String, CaseIterable, Codable, Sendable {
        case received
        case refunded
        case forfeited
        case correction

        public func name(_ language: Language) -> String {
            switch (self, language) {
            case (.received, .th): "รับเงินประกัน"
            case (.received, .en): "Deposit received"
            case (.refunded, .th): "คืนเงินประกัน"
            case (.refunded, .en): "Refund paid"
            case (.forfeited, .th): "ริบเข้ากองทุนห้องสมุด"
            case (.forfeited, .en): "Forfeited to the library fund"
            case (.correction, .th): "รายการแก้ไข"
            case (.correction, .en): "Correction"
            }
        }

        /// +1 for money coming in, −1 for money going out; corrections carry their own sign.
        var direction: Int64 {
            switch self {
            case .received, .correction: 1
            case .refunded, .forfeited: -1
            }
        }
    }

    public var id: UUID
    /// The deposit (one receipt) this movement belongs to.
    public var depositID: UUID
    public var kind: Kind
    public var amount: Satang
    /// For a correction: the entry corrected (never another correction). Nil for the other kinds.
    public var corrects: UUID?
    /// Who recorded it.
    public var recordedBy: StaffRef
    /// When (the instant; shown in Bangkok time).
    public var recordedAt: Date
    /// Why: required for forfeitures and corrections; for receipts and refunds a note (may be empty).
    public var reason: String
    /// The counter (service point) where money changed hands; required for receipts and refunds.
    public var counter: String
    /// Required for receipts and refunds; nil for forfeitures and corrections (no money changes hands).
    public var paymentMethod: PaymentMethod?

    public init(id: UUID, depositID: UUID, kind: Kind, amount: Satang, corrects: UUID? = nil,
                recordedBy: StaffRef, recordedAt: Date, reason: String = "", counter: String = "",
                paymentMethod: PaymentMethod? = nil) {
        self.id = id
        self.depositID = depositID
        self.kind = kind
        self.amount = amount
        self.corrects = corrects
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
        self.reason = reason
        self.counter = counter
        self.paymentMethod = paymentMethod
    }

    public static func received(id: UUID, depositID: UUID, amount: Satang, by staff: StaffRef, at instant: Date,
                                counter: String, paymentMethod: PaymentMethod, note: String = "") -> LedgerEntry {
        LedgerEntry(id: id, depositID: depositID, kind: .received, amount: amount, recordedBy: staff,
                    recordedAt: instant, reason: note, counter: counter, paymentMethod: paymentMethod)
    }

    public static func refunded(id: UUID, depositID: UUID, amount: Satang, by staff: StaffRef, at instant: Date,
                                counter: String, paymentMethod: PaymentMethod, note: String = "") -> LedgerEntry {
        LedgerEntry(id: id, depositID: depositID, kind: .refunded, amount: amount, recordedBy: staff,
                    recordedAt: instant, reason: note, counter: counter, paymentMethod: paymentMethod)
    }

    public static func forfeited(id: UUID, depositID: UUID, amount: Satang, by staff: StaffRef, at instant: Date,
                                 reason: String) -> LedgerEntry {
        LedgerEntry(id: id, depositID: depositID, kind: .forfeited, amount: amount, recordedBy: staff,
                    recordedAt: instant, reason: reason)
    }

    public static func correction(id: UUID, of target: LedgerEntry, balanceEffect: Satang, by staff: StaffRef,
                                  at instant: Date, reason: String) -> LedgerEntry {
        LedgerEntry(id: id, depositID: target.depositID, kind: .correction, amount: balanceEffect, corrects: target.id,
                    recordedBy: staff, recordedAt: instant, reason: reason)
    }

    /// What this entry does to the deposit balance.
    public var balanceEffect: Satang { kind.direction < 0 ? -amount : amount }

    /// The Bangkok day it was recorded on.
    public var day: CivilDate { BangkokTime.day(of: recordedAt) }
}
