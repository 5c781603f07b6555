import Fluent
import PatronCore
import Vapor

/// A forfeiture run: deposits past their claim deadline, proposed by one person and moved to the
/// library fund, in one transaction, only when a head approves.
final class ForfeitureBatch: Model, @unchecked Sendable {
    static let schema = "forfeiture_batches"

    enum Status: String, Codable, Sendable {
        case proposed, approved, cancelled
    }

    // MARK: Managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    // MARK: Data fields
    @Field(key: "as_of") var asOf: String
    @Field(key: "status") var status: Status
    @Field(key: "proposed_by") var proposedBy: String
    @OptionalField(key: "approved_by") var approvedBy: String?
    @OptionalField(key: "approved_at") var approvedAt: Date?
    @Field(key: "total_satang") var totalSatang: Int64
    @Field(key: "deposit_count") var depositCount: Int

    // MARK: Relationships
    @Children(for: \.$batch) var items: [ForfeitureItem]

    init() {}
}

/// One deposit in a forfeiture batch, with the balance it had when the batch was proposed.
final class ForfeitureItem: Model, @unchecked Sendable {
    static let schema = "forfeiture_items"

    // MARK: Managed fields
    @ID(key: .id) var id: UUID?

    // MARK: Data fields
    @Field(key: "amount_satang") var amountSatang: Int64

    // MARK: Relationships
    @Parent(key: "batch_id") var batch: ForfeitureBatch
    @Parent(key: "deposit_id") var deposit: Deposit

    init() {}

    init(batchID: UUID, depositID: UUID, amount: Satang) {
        $batch.id = batchID
        $deposit.id = depositID
        amountSatang = amount.value
    }
}
