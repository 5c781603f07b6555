import PatronCore
import Vapor

struct ForfeitureLine: Encodable {
    let receiptNumber: String
    let depositHref: String
    let cardNumber: String
    let name: String
    let lastClaimDay: String
    let amount: String
}

struct ForfeitureBatchRow: Encodable {
    let id: String
    let href: String
    let approveAction: String
    let cancelAction: String
    let asOf: String
    let status: String
    let statusName: String
    let count: Int
    let total: String
    let proposedBy: String
    let approvedBy: String
}

/// The forfeiture page: today's plan and past batches.
struct ForfeituresContext: Encodable {
    let layout: LayoutContext
    let asOf: String
    let lines: [ForfeitureLine]
    let total: String
    let skippedOpenRequests: Int
    let batches: [ForfeitureBatchRow]

    init(_ request: Request, asOf: CivilDate, planned: Forfeitures.Planned, batches: [ForfeitureBatch]) {
        let language = request.language
        let mask = request.personalDataMask
        layout = LayoutContext(request, title: request.t("forfeit_title"))
        self.asOf = asOf.iso
        lines = planned.lines.map {
            ForfeitureLine(receiptNumber: $0.deposit.receiptNumber, depositHref: SiteRoute.href($0.deposit.id) { .deposit($0) },
                           cardNumber: $0.member?.cardNumber ?? "", name: mask.name($0.member?.name ?? ""),
                           lastClaimDay: DateDisplay.short($0.deposit.lastClaimDate, language), amount: $0.candidate.balance.formatted(.plain))
        }
        total = planned.plan.total.formatted(.plain)
        skippedOpenRequests = planned.plan.skipped.filter { $0.reason == .openRefundRequest }.count
        self.batches = batches.map { ForfeitureBatchRow($0, request) }
    }
}

extension ForfeitureBatchRow {
    init(_ batch: ForfeitureBatch, _ request: Request) {
        id = batch.id?.uuidString ?? ""
        href = SiteRoute.href(batch.id) { .forfeiture($0) }
        approveAction = SiteRoute.href(batch.id) { .forfeitureApprove($0) }
        cancelAction = SiteRoute.href(batch.id) { .forfeitureCancel($0) }
        asOf = CivilDate(iso: batch.asOf).map { DateDisplay.short($0, request.language) } ?? batch.asOf
        status = batch.status.rawValue
        statusName = request.t("forfeit_status_\(batch.status.rawValue)")
        count = batch.depositCount
        total = Satang(batch.totalSatang).formatted(.plain)
        proposedBy = batch.proposedBy
        approvedBy = batch.approvedBy ?? ""
    }
}

/// One batch, for the approving head.
struct ForfeitureBatchContext: Encodable {
    let layout: LayoutContext
    let batch: ForfeitureBatchRow
    let lines: [ForfeitureLine]
    let canApprove: Bool

    init(_ request: Request, batch: ForfeitureBatch, items: [ForfeitureItem], members: [String: DepositHistories.MemberInfo]) {
        let language = request.language
        let mask = request.personalDataMask
        layout = LayoutContext(request, title: request.t("forfeit_batch_title"))
        self.batch = ForfeitureBatchRow(batch, request)
        lines = items.map { item in
            let member = members[item.deposit.$member.id.uuidString]
            return ForfeitureLine(receiptNumber: item.deposit.receiptNumber, depositHref: SiteRoute.href(item.deposit.id) { .deposit($0) },
                                  cardNumber: member?.cardNumber ?? "", name: mask.name(member?.name ?? ""),
                                  lastClaimDay: DateDisplay.short(item.deposit.lastClaimDate, language),
                                  amount: Satang(item.amountSatang).formatted(.plain))
        }
        canApprove = batch.status == .proposed && (try? request.staff.username) != batch.proposedBy
    }
}
