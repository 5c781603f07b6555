import PatronCore

/// One deposit of a forfeiture plan or batch: its receipt (linked), the member, the deadline, the amount.
struct ForfeitureLine: Equatable {
    let receiptNumber: String
    let depositHref: String
    /// The member's page.
    let memberHref: String
    let cardNumber: String
    let name: String
    let lastClaimDay: String
    let amount: String

    /// A deposit of today's plan.
    init(_ line: Forfeitures.PlanLine, language: Language, mask: PersonalDataMask) {
        self.init(deposit: line.deposit, member: line.member, amount: line.candidate.balance, language: language, mask: mask)
    }

    /// A deposit of a proposed or decided batch, at the amount the batch took.
    init(_ item: ForfeitureItem, member: DepositHistories.MemberInfo?, language: Language, mask: PersonalDataMask) {
        self.init(deposit: item.deposit, member: member, amount: Satang(item.amountSatang), language: language, mask: mask)
    }

    private init(deposit: Deposit, member: DepositHistories.MemberInfo?, amount: Satang, language: Language, mask: PersonalDataMask) {
        receiptNumber = deposit.receiptNumber
        depositHref = SiteRoute.href(deposit.id) { .deposit($0) }
        memberHref = member == nil ? "" : SiteRoute.member(deposit.$member.id).href
        cardNumber = member?.cardNumber ?? ""
        name = mask.name(member?.name ?? "")
        lastClaimDay = DateDisplay.short(deposit.lastClaimDate, language)
        self.amount = amount.formatted(.plain)
    }

    var row: HTML {
        "<tr><td><a href=\"\(depositHref)\">\(receiptNumber)</a></td><td class=\"nowrap\">\(MemberLink.html(href: memberHref, cardNumber: cardNumber))</td><td>\(name)</td><td>\(lastClaimDay)</td><td class=\"num\">\(amount)</td></tr>"
    }

    /// The head of a table of `row`s.
    static func header(_ t: Words) -> HTML {
        "<thead><tr><th>\(t("deposit_receipt"))</th><th>\(t("member_card"))</th><th>\(t("member_name"))</th><th>\(t("deposit_claim_deadline"))</th><th class=\"num\">\(t("report_baht"))</th></tr></thead>"
    }
}

/// A forfeiture batch as listed and shown: its day, state, size, who proposed and approved it.
struct ForfeitureBatchRow: Equatable {
    let href: String
    let approveAction: String
    let cancelAction: String
    let asOf: String
    let statusName: String
    let count: Int
    let total: String
    let proposedBy: String
    let approvedBy: String

    init(_ batch: ForfeitureBatch, words t: Words) {
        href = SiteRoute.href(batch.id) { .forfeiture($0) }
        approveAction = SiteRoute.href(batch.id) { .forfeitureApprove($0) }
        cancelAction = SiteRoute.href(batch.id) { .forfeitureCancel($0) }
        asOf = CivilDate(iso: batch.asOf).map { DateDisplay.short($0, t.language) } ?? batch.asOf
        statusName = t("forfeit_status_\(batch.status.rawValue)")
        count = batch.depositCount
        total = Satang(batch.totalSatang).formatted(.plain)
        proposedBy = batch.proposedBy
        approvedBy = batch.approvedBy ?? ""
    }
}
