import Fluent
import PatronCore
import Vapor

/// One deposit: one receipt. Its money moves only through `LedgerEntryRecord`s; `balanceSatang`
/// is their running sum, kept here so the database itself can refuse an overdraw
/// (`CHECK (balance_satang >= 0)` and a conditional UPDATE) even when two counters race.
final class Deposit: Model, @unchecked Sendable {
    static let schema = "deposits"

    enum Source: String, Codable, Sendable {
        case counter
        case historicalImport = "import"
    }

    // MARK: Managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    // MARK: Data fields
    @Field(key: "receipt_number") var receiptNumber: String
    /// Buddhist-era fiscal year and sequence of receipts issued here; nil for imported history.
    @OptionalField(key: "fiscal_year") var fiscalYear: Int?
    @OptionalField(key: "receipt_sequence") var receiptSequence: Int?
    @Field(key: "amount_satang") var amountSatang: Int64
    @Field(key: "balance_satang") var balanceSatang: Int64
    @Field(key: "received_on") var receivedOn: String
    /// The claim deadline stamped on the receipt: the last day a refund can be claimed.
    @Field(key: "last_claim_day") var lastClaimDay: String
    @Field(key: "source") var source: Source

    // MARK: Relationships
    @Parent(key: "member_id") var member: Member

    init() {}

    var amount: Satang { Satang(amountSatang) }
    var balance: Satang { Satang(balanceSatang) }
    var receivedDay: CivilDate { CivilDate(iso: receivedOn) ?? CivilDate(daysSinceEpoch: 0) }
    var lastClaimDate: CivilDate { CivilDate(iso: lastClaimDay) ?? CivilDate(daysSinceEpoch: 0) }
}
