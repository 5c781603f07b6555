import PatronCore
import Vapor

/// The deposit page: amounts, the claim deadline, the whole ledger trail and the actions allowed.
struct DepositShowContext: Encodable {
    let layout: LayoutContext
    let deposit: DepositRow
    let memberHref: String
    let memberCard: String
    let memberName: String
    let entries: [LedgerRow]
    let openRequests: Int
    let canRefund: Bool
    let canCorrect: Bool
    let canRecordRequest: Bool
    let idempotencyKey: String

    init(_ request: Request, deposit: Deposit, member: Member, entries: [LedgerEntryRecord], openRequests: Int) {
        let language = request.language
        layout = LayoutContext(request, title: "\(request.t("deposit_title")) \(deposit.receiptNumber)")
        self.deposit = DepositRow(deposit, language: language, today: request.clock.today, strings: request.application.strings)
        memberHref = SiteRoute.href(member.id) { .member($0) }
        memberCard = member.cardNumber
        memberName = MemberView(member.draft, mask: request.personalDataMask).name
        self.entries = entries.map { LedgerRow($0, language: language, mask: request.personalDataMask, cipher: request.config.dataCipher,
                                             unreadable: request.t("deposit_proxy_id_unreadable")) }
        self.openRequests = openRequests
        canRefund = deposit.balanceSatang > 0 && request.can(.handleDeposits)
        canCorrect = request.can(.correctLedger)
        canRecordRequest = deposit.balanceSatang > 0 && openRequests == 0 && request.can(.handleDeposits)
        idempotencyKey = UUID().uuidString
    }
}

/// The printable receipt (A5 or 80 mm thermal): figures, Thai words and the claim deadline stamp.
struct ReceiptContext: Encodable {
    let assets = Asset.links
    let language: String
    let t: [String: String]
    let receiptNumber: String
    let issuedOn: String
    let memberCard: String
    let memberName: String
    let amountFigures: String
    let amountWords: String
    let paymentMethod: String
    let counter: String
    let issuedBy: String
    let membershipExpiry: String
    let claimDeadline: String
    let claimDeadlineStamp: String
    let backHref: String
    /// `?paper=thermal`: laid out for an 80 mm receipt printer instead of A5.
    let thermal: Bool
    /// Earlier deadlines and why they moved (a campaign): the stamp shows the current one.
    let deadlineChanges: [DeadlineChangeRow]

    init(_ request: Request, deposit: Deposit, member: Member, receivedEntry: LedgerEntryRecord?,
         deadlineChanges: [ClaimDeadlineChangeRecord]) {
        let language = request.language
        self.language = language.rawValue
        t = request.application.strings.table(language)
        receiptNumber = deposit.receiptNumber
        issuedOn = DateDisplay.long(deposit.receivedDay, language)
        memberCard = member.cardNumber
        memberName = MemberView(member.draft, mask: request.personalDataMask).name
        amountFigures = deposit.amount.formatted(.plain)
        amountWords = ThaiBahtText.words(deposit.amount)
        paymentMethod = receivedEntry?.paymentMethod?.name(language) ?? ""
        counter = receivedEntry?.counter ?? ""
        issuedBy = receivedEntry?.recordedByName ?? ""
        membershipExpiry = DateDisplay.long(member.draft.expiresOn, language)
        claimDeadline = DateDisplay.long(deposit.lastClaimDate, language)
        claimDeadlineStamp = Receipt.claimDeadlineStamp(deposit.lastClaimDate, language)
        backHref = SiteRoute.deposit(deposit.id ?? UUID()).href
        thermal = request.query[String.self, at: "paper"] == "thermal"
        self.deadlineChanges = deadlineChanges.map { DeadlineChangeRow($0, receiptNumber: deposit.receiptNumber, language: language) }
    }
}

/// The counter's refund page: what is due, the checks, the documents checklist and the proxy.
struct RefundFormContext: Encodable {
    struct Document: Encodable {
        let code: String
        let label: String
        let ticked: Bool
    }

    struct Requirement: Encodable {
        let label: String
        let when: String
        let documents: [Document]
    }

    let layout: LayoutContext
    let deposit: DepositRow
    let memberCard: String
    let memberName: String
    let membershipExpiry: String
    let requirements: [Requirement]
    let paymentMethods: [SelectOption]
    let form: RefundForm
    let errors: [String]
    let canOverride: Bool
    let counterHours: String
    let idempotencyKey: String

    init(_ request: Request, deposit: Deposit, member: Member, form: RefundForm, errors: [String], idempotencyKey: String) {
        let language = request.language
        let policy = request.config.depositPolicy
        layout = LayoutContext(request, title: request.t("refund_title"))
        self.deposit = DepositRow(deposit, language: language, today: request.clock.today, strings: request.application.strings)
        memberCard = member.cardNumber
        memberName = MemberView(member.draft, mask: request.personalDataMask).name
        membershipExpiry = DateDisplay.short(member.draft.expiresOn, language)
        let ticked = Set(form.documents ?? [])
        requirements = policy.requiredDocuments.map { requirement in
            Requirement(label: requirement.label(language),
                        when: request.t("refund_when_\(requirement.when.rawValue)"),
                        documents: requirement.anyOf.map { Document(code: $0.code, label: $0.name(language), ticked: ticked.contains($0.code)) })
        }
        paymentMethods = SelectOption.paymentMethods(language, selected: form.paymentMethod)
        self.form = form
        self.errors = errors
        canOverride = request.can(.overrideClaimDeadline)
        counterHours = request.config.counterHours.summary(language)
        self.idempotencyKey = idempotencyKey
    }
}
