import Foundation
import PatronCore

/// A deposit as it appears in lists: receipt, amounts in baht, the claim deadline in the reader's calendar.
struct DepositRow {
    let id: String
    let href: String
    let receiptHref: String
    let refundHref: String
    let refundRequestsAction: String
    let correctionsAction: String
    let receiptNumber: String
    let amount: String
    let balance: String
    let receivedOn: String
    let lastClaimDay: String
    let deadlinePassed: Bool
    let state: String
    let stateName: String

    init(_ deposit: Deposit, today: CivilDate, words: Words) {
        let language = words.language
        id = deposit.id?.uuidString ?? ""
        href = SiteRoute.href(deposit.id) { .deposit($0) }
        receiptHref = SiteRoute.href(deposit.id) { .depositReceipt($0) }
        refundHref = SiteRoute.href(deposit.id) { .depositRefund($0) }
        refundRequestsAction = SiteRoute.href(deposit.id) { .depositRefundRequests($0) }
        correctionsAction = SiteRoute.href(deposit.id) { .depositCorrections($0) }
        receiptNumber = deposit.receiptNumber
        amount = deposit.amount.formatted(.plain)
        balance = deposit.balance.formatted(.plain)
        receivedOn = DateDisplay.short(deposit.receivedDay, language)
        lastClaimDay = DateDisplay.short(deposit.lastClaimDate, language)
        deadlinePassed = ClaimDeadline.hasPassed(deposit.lastClaimDate, on: today)
        state = deposit.balanceSatang == 0 ? "closed" : deadlinePassed ? "past-deadline" : "held"
        stateName = words("deposit_state_\(state)")
    }
}

/// A ledger movement with its audit trail: who, when (Bangkok time), why, where and how.
struct LedgerRow {
    let id: String
    let kind: String
    let kindName: String
    let amount: String
    let effect: String
    let recordedAt: String
    let recordedBy: String
    let counter: String
    let paymentMethod: String
    let reason: String
    let proxy: String
    let documents: String
    let overrideReason: String
    let correctable: Bool
    /// The printable refund slip of a refund entry; nil for the other kinds.
    let slipHref: String?

    /// The proxy is personal data: masked like a member (`PersonalDataMask.proxy`); the ID number is
    /// opened from its sealed form and shown whole only to heads and admins; `unreadable` is shown
    /// instead when it was sealed with another key (never silently nothing).
    init(_ record: LedgerEntryRecord, language: Language, mask: PersonalDataMask, cipher: PersonalDataCipher, unreadable: String) {
        id = record.id?.uuidString ?? ""
        kind = record.kind.rawValue
        kindName = record.kind.name(language)
        amount = Satang(record.amountSatang).formatted(.plain)
        effect = Satang(record.balanceEffectSatang).formatted(.plain)
        let local = BangkokTime(record.recordedAt)
        recordedAt = "\(DateDisplay.short(local.day, language)) \(local.clock)"
        recordedBy = record.recordedByName
        counter = record.counter
        paymentMethod = record.paymentMethod?.name(language) ?? ""
        reason = record.reason
        if record.proxyName.isEmpty {
            proxy = ""
        } else {
            proxy = LedgerRow.proxy(of: record, mask: mask, cipher: cipher, unreadable: unreadable, on: .screen)?.line ?? ""
        }
        documents = record.documents
        overrideReason = record.overrideReason
        correctable = record.kind != .correction
        slipHref = record.kind == .refunded ? record.id.map { SiteRoute.refundSlip(record.$deposit.id, entry: $0).href } : nil
    }

    /// The proxy of a refund entry as the reader may see them (nil when the member collected): the
    /// sealed ID number opened and masked by the one rule, or `unreadable` where the key cannot open it.
    static func proxy(of record: LedgerEntryRecord, mask: PersonalDataMask, cipher: PersonalDataCipher, unreadable: String,
                      on medium: PersonalDataMask.Medium) -> ProxyView? {
        guard !record.proxyName.isEmpty else { return nil }
        return mask.proxy(name: record.proxyName, idNumber: try? cipher.open(record.proxyIDNumber), unreadable: unreadable, on: medium)
    }
}

extension SelectOption {
    static func paymentMethods(_ language: Language, selected: String?) -> [SelectOption] {
        PaymentMethod.allCases.map { SelectOption(value: $0.rawValue, label: $0.name(language), selected: $0.rawValue == (selected ?? "cash")) }
    }
}
