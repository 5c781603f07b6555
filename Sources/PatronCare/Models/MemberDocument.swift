import Fluent
import PatronCore
import Vapor

/// A document the library holds for a member (ID card copy, receipt, proxy letter …):
/// the refund checklist reads these.
final class MemberDocument: Model, @unchecked Sendable {
    static let schema = "member_documents"

    enum Kind: String, Codable, CaseIterable, Sendable {
        case idCardCopy = "id-card-copy"
        case originalReceipt = "original-receipt"
        case lostReceiptForm = "lost-receipt-form"
        case bankBookCopy = "bank-book-copy"
        case proxyLetter = "proxy-letter"
        case other

        /// The kind a ticked refund-checklist document is filed as (`DepositPolicy.Documents` codes).
        init(refundDocumentCode code: String) {
            self = Kind(rawValue: code) ?? (code == DepositPolicy.Documents.authorisationLetter.code ? .proxyLetter : .other)
        }

        /// The refund-checklist code a document on file ticks.
        var refundDocumentCode: String {
            self == .proxyLetter ? DepositPolicy.Documents.authorisationLetter.code : rawValue
        }
    }

    // MARK: Managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    // MARK: Data fields
    @Field(key: "name") var name: String
    @Field(key: "kind") var kind: Kind
    @Field(key: "dated_on") var datedOn: String
    @Field(key: "recorded_by") var recordedBy: String
    /// The scan kept for this document (a name inside the uploads folder), when one was uploaded.
    @OptionalField(key: "stored_file") var storedFile: String?

    // MARK: Relationships
    @Parent(key: "member_id") var member: Member

    init() {}

    init(memberID: UUID, name: String, kind: Kind, datedOn: CivilDate, recordedBy: String) {
        self.$member.id = memberID
        self.name = name
        self.kind = kind
        self.datedOn = datedOn.iso
        self.recordedBy = recordedBy
    }
}
