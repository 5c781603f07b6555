import Foundation
import PatronCore

/// The deposit page: amounts, the claim deadline, the whole ledger trail and the actions allowed.
struct DepositShowPage: Page {
    /// What the reader's role may do with this deposit.
    struct Permissions {
        /// Pay refunds and record refund requests at the counter.
        let handleDeposits: Bool
        /// Record a correction of a ledger entry.
        let correctLedger: Bool
    }

    let chrome: PageChrome
    let deposit: DepositRow
    let memberHref: String
    let memberCard: String
    let memberName: String
    let entries: [LedgerRow]
    let openRequests: Int
    let canRefund: Bool
    /// Why the reader cannot pay a refund of this held deposit now, and when they can (shown instead of the button).
    let refundBlockers: [String]
    let canCorrect: Bool
    let canRecordRequest: Bool
    /// A fresh key, so that a correction sent twice is recorded once.
    let idempotencyKey: String

    /// `cipher` opens the sealed proxy ID numbers of the ledger (shown as the mask allows).
    init(chrome: PageChrome, deposit: Deposit, member: Member, entries: [LedgerEntryRecord], openRequests: Int,
         today: CivilDate, mask: PersonalDataMask, cipher: PersonalDataCipher, permissions: Permissions, refundBlockers: [String],
         idempotencyKey: String) {
        let t = chrome.words
        self.chrome = chrome
        self.deposit = DepositRow(deposit, today: today, words: t)
        memberHref = SiteRoute.href(member.id) { .member($0) }
        memberCard = member.cardNumber
        memberName = MemberView(member.draft, mask: mask).name
        self.entries = entries.map { LedgerRow($0, language: chrome.language, mask: mask, cipher: cipher,
                                             unreadable: t("deposit_proxy_id_unreadable")) }
        self.openRequests = openRequests
        let refundable = deposit.balanceSatang > 0 && permissions.handleDeposits
        canRefund = refundable && refundBlockers.isEmpty
        self.refundBlockers = refundable ? refundBlockers : []
        canCorrect = permissions.correctLedger
        canRecordRequest = deposit.balanceSatang > 0 && openRequests == 0 && permissions.handleDeposits
        self.idempotencyKey = idempotencyKey
    }

    var content: HTML {
        let t = chrome.words
        return """
        <div class="titlebar">
          <h1>\(t("deposit_title")) \(deposit.receiptNumber)</h1>
          <div class="actions">
            <a class="button" href="\(deposit.receiptHref)">\(t("deposit_print_receipt"))</a>
            \("<a class=\"button\" href=\"\(deposit.refundHref)\">\(t("refund_pay"))</a>", if: canRefund)
          </div>
        </div>
        <section class="card">
          <dl class="facts">
            <dt>\(t("member_card"))</dt><dd><a href="\(memberHref)">\(memberCard)</a> \(memberName)</dd>
            <dt>\(t("deposit_amount"))</dt><dd>\(deposit.amount)</dd>
            <dt>\(t("deposit_balance"))</dt><dd><strong>\(deposit.balance)</strong></dd>
            <dt>\(t("deposit_received"))</dt><dd>\(deposit.receivedOn)</dd>
            <dt>\(t("deposit_claim_deadline"))</dt><dd>\(deposit.lastClaimDay) \(DepositShowPage.deadlinePassedTag(deposit, t))</dd>
            <dt>\(t("deposit_state"))</dt><dd><span class="status status-\(deposit.state)">\(deposit.stateName)</span></dd>
            \("<dt>\(t("refund_requests"))</dt><dd>\(t("refund_request_open"))</dd>", if: openRequests > 0)
          </dl>
          \(refundUnavailable)
          \(canRecordRequest ? requestForm : nil)
        </section>
        <section class="card">
          <h2>\(t("ledger_title"))</h2>
          <table class="list">
            <thead><tr><th>\(t("ledger_when"))</th><th>\(t("ledger_kind"))</th><th class="num">\(t("ledger_effect"))</th><th>\(t("ledger_who"))</th><th class="wide">\(t("deposit_counter"))</th><th class="wide">\(t("deposit_payment_method"))</th><th>\(t("ledger_why"))</th></tr></thead>
            <tbody>\(entries.map(entryRow))</tbody>
          </table>
          \(canCorrect ? correctionForm : nil)
        </section>
        """
    }

    /// Why *Pay the refund* is not offered now, and when it will be.
    private var refundUnavailable: HTML? {
        guard !refundBlockers.isEmpty else { return nil }
        let items = refundBlockers.map { reason -> HTML in "<li>\(reason)</li>" }
        return "<div class=\"unavailable\" id=\"refund-unavailable\"><p><strong>\(chrome.words("refund_unavailable"))</strong></p><ul>\(items)</ul></div>"
    }

    /// "Past the deadline" beside the claim deadline, when it has passed (also on the refund page).
    static func deadlinePassedTag(_ deposit: DepositRow, _ t: Words) -> HTML? {
        guard deposit.deadlinePassed else { return nil }
        return "<span class=\"status status-expired\">\(t("deposit_deadline_passed"))</span>"
    }

    private func entryRow(_ entry: LedgerRow) -> HTML {
        let t = chrome.words
        let proxy: HTML? = entry.proxy.isEmpty ? nil : " · \(t("refund_proxy")): \(entry.proxy)"
        let override: HTML? = entry.overrideReason.isEmpty ? nil : " · \(t("refund_override")): \(entry.overrideReason)"
        let slip: HTML? = entry.slipHref.map { href -> HTML in " · <a href=\"\(href)\">\(t("refund_slip_link"))</a>" }
        return """
        <tr>
              <td>\(entry.recordedAt)</td><td>\(entry.kindName)</td><td class="num">\(entry.effect)</td><td>\(entry.recordedBy)</td>
              <td class="wide">\(entry.counter)</td><td class="wide">\(entry.paymentMethod)</td>
              <td>\(entry.reason)\(proxy)\(override)\(slip)</td>
            </tr>
        """
    }

    private var requestForm: HTML {
        let t = chrome.words
        return """
        <form method="post" action="\(deposit.refundRequestsAction)" class="row">
            <input type="hidden" name="_csrf" value="\(chrome.csrf)">
            <label>\(t("refund_request_note"))<input name="note"></label>
            <label>\(t("refund_request_via"))<select name="requestedVia"><option value="counter">\(t("via_counter"))</option><option value="phone">\(t("via_phone"))</option><option value="letter">\(t("via_letter"))</option></select></label>
            <button type="submit">\(t("refund_request_record"))</button>
          </form>
        """
    }

    private var correctionForm: HTML {
        let t = chrome.words
        let options = entries.filter(\.correctable).map { entry -> HTML in
            "<option value=\"\(entry.id)\">\(entry.recordedAt) · \(entry.kindName) \(entry.amount)</option>"
        }
        return """
        <details><summary>\(t("correction_add"))</summary>
          <form method="post" action="\(deposit.correctionsAction)" class="row">
            <input type="hidden" name="_csrf" value="\(chrome.csrf)">
            <input type="hidden" name="idempotencyKey" value="\(idempotencyKey)">
            <label>\(t("correction_of"))<select name="entryID">\(options)</select></label>
            <label>\(t("correction_direction"))<select name="direction"><option value="decrease">\(t("correction_decrease"))</option><option value="increase">\(t("correction_increase"))</option></select></label>
            <label>\(t("deposit_amount_baht"))<input name="amount" inputmode="decimal" required></label>
            <label class="grow">\(t("ledger_why"))<input name="reason" required></label>
            <button type="submit">\(t("correction_record"))</button>
          </form>
          </details>
        """
    }
}
