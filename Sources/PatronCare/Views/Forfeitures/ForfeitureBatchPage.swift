import PatronCore

/// One forfeiture batch, for the head who approves or cancels it (never the one who proposed it).
struct ForfeitureBatchPage: Page {
    let chrome: PageChrome
    let batch: ForfeitureBatchRow
    let lines: [ForfeitureLine]
    let canApprove: Bool

    /// `viewer` is the signed-in staff member's username: the proposer cannot approve their own batch.
    init(chrome: PageChrome, batch: ForfeitureBatch, items: [ForfeitureItem], members: [String: DepositHistories.MemberInfo],
         mask: PersonalDataMask, viewer: String?) {
        self.chrome = chrome
        self.batch = ForfeitureBatchRow(batch, words: chrome.words)
        lines = items.map { item in
            ForfeitureLine(item, member: members[item.deposit.$member.id.uuidString], language: chrome.language, mask: mask)
        }
        canApprove = batch.status == .proposed && viewer != batch.proposedBy
    }

    var content: HTML {
        let t = chrome.words
        return """
        <div class="titlebar"><h1>\(t("forfeit_batch_title")) \(batch.asOf)</h1>\(PrintButton.html(t))</div>
        <section class="card">
          <dl class="facts">
            <dt>\(t("deposit_state"))</dt><dd>\(batch.statusName)</dd>
            <dt>\(t("report_deposit_count"))</dt><dd>\(batch.count)</dd>
            <dt>\(t("report_baht"))</dt><dd>\(batch.total)</dd>
            <dt>\(t("forfeit_proposed_by"))</dt><dd>\(batch.proposedBy)</dd>
            <dt>\(t("forfeit_approved_by"))</dt><dd>\(batch.approvedBy)</dd>
          </dl>
          \(canApprove ? decision : nil)
        </section>
        <table class="list">\(ForfeitureLine.header(t))
        <tbody>\(lines.map(\.row))</tbody></table>
        <p><a href="\(SiteRoute.forfeitures.href)">← \(t("forfeit_title"))</a></p>
        """
    }

    private var decision: HTML {
        let t = chrome.words
        return """
        <div class="actions">
            <form method="post" action="\(batch.approveAction)" class="inline"><input type="hidden" name="_csrf" value="\(chrome.csrf)"><button type="submit">\(t("forfeit_approve"))</button></form>
            <form method="post" action="\(batch.cancelAction)" class="inline"><input type="hidden" name="_csrf" value="\(chrome.csrf)"><button type="submit" class="link">\(t("forfeit_cancel"))</button></form>
          </div>
        """
    }
}
