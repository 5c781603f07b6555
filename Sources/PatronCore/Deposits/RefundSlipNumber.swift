import Foundation

/// The number printed on a refund slip: the receipt the refund closes and the refund's place among
/// that deposit's refunds (`2570/000001-R1`; a deposit refunded in two parts has `-R1` and `-R2`).
/// Derived from the ledger, so a slip reprinted later carries the same number and no counter is kept.
public struct RefundSlipNumber: Hashable, Sendable, CustomStringConvertible {
    public let receiptNumber: String
    /// 1 for the deposit's first refund entry (by the time it was recorded), 2 for the next.
    public let ordinal: Int

    public init(receiptNumber: String, ordinal: Int) {
        precondition(ordinal >= 1, "refunds are counted from 1")
        self.receiptNumber = receiptNumber
        self.ordinal = ordinal
    }

    /// The slip number of `refundID` among a deposit's entries; nil when it is not one of its refunds.
    public init?(receiptNumber: String, refundID: UUID, entries: [LedgerEntry]) {
        let refunds = entries.filter { $0.kind == .refunded }.sorted { ($0.recordedAt, $0.id.uuidString) < ($1.recordedAt, $1.id.uuidString) }
        guard let index = refunds.firstIndex(where: { $0.id == refundID }) else { return nil }
        self.init(receiptNumber: receiptNumber, ordinal: index + 1)
    }

    public var description: String { "\(receiptNumber)-R\(ordinal)" }
}
