import Fluent
import PatronCore
import Vapor

/// A stored ledger movement. The table is append-only: triggers refuse UPDATE and DELETE.
/// Who, when, why, the counter and the payment method are on every row; a refund also keeps the
/// documents ticked, the proxy and any deadline override.
final class LedgerEntryRecord: Model, @unchecked Sendable {
    static let schema = "ledger_entries"

    // MARK: Managed fields
    @ID(key: .id) var id: UUID?

    // MARK: Data fields
    @Field(key: "kind") var kind: LedgerEntry.Kind
    /// Positive for received, refunded and forfeited; signed for a correction.
    @Field(key: "amount_satang") var amountSatang: Int64
    /// The effect on the deposit's balance (negative for refunds and forfeitures).
    @Field(key: "balance_effect_satang") var balanceEffectSatang: Int64
    @OptionalField(key: "corrects_id") var correctsID: UUID?
    @Field(key: "reason") var reason: String
    @Field(key: "recorded_by_id") var recordedByID: String
    @Field(key: "recorded_by_name") var recordedByName: String
    @Field(key: "recorded_at") var recordedAt: Date
    @Field(key: "counter") var counter: String
    @OptionalField(key: "payment_method") var paymentMethod: PaymentMethod?
    /// The key the browser sent with the request that wrote this entry: a retry finds it and pays nothing.
    @OptionalField(key: "idempotency_key") var idempotencyKey: String?
    @Field(key: "documents") var documents: String
    @Field(key: "proxy_name") var proxyName: String
    @Field(key: "proxy_id_number") var proxyIDNumber: String
    @OptionalField(key: "proxy_letter_date") var proxyLetterDate: String?
    @Field(key: "override_reason") var overrideReason: String
    @OptionalField(key: "forfeiture_batch_id") var forfeitureBatchID: UUID?

    // MARK: Relationships
    @Parent(key: "deposit_id") var deposit: Deposit
    @Parent(key: "member_id") var member: Member

    init() {}

    init(_ entry: LedgerEntry, memberID: UUID, idempotencyKey: String?) {
        id = entry.id
        $deposit.id = entry.depositID
        $member.id = memberID
        kind = entry.kind
        amountSatang = entry.amount.value
        balanceEffectSatang = entry.balanceEffect.value
        correctsID = entry.corrects
        reason = entry.reason
        recordedByID = entry.recordedBy.id
        recordedByName = entry.recordedBy.name
        recordedAt = entry.recordedAt
        counter = entry.counter
        paymentMethod = entry.paymentMethod
        self.idempotencyKey = idempotencyKey
        documents = ""
        proxyName = ""
        proxyIDNumber = ""
        overrideReason = ""
    }

    /// The core's view of this row, for the ledger rules and indicators.
    var entry: LedgerEntry {
        LedgerEntry(id: id ?? UUID(), depositID: $deposit.id, kind: kind, amount: Satang(amountSatang), corrects: correctsID,
                    recordedBy: StaffRef(id: recordedByID, name: recordedByName), recordedAt: recordedAt, reason: reason,
                    counter: counter, paymentMethod: paymentMethod)
    }
}
