import Foundation
import PatronCore

/// The printable receipt (A5 or 80 mm thermal): figures, Thai words and the claim deadline stamp.
/// A document of its own (no staff frame): it is what the counter prints and hands over.
struct ReceiptDocument: HTMLDocument {
    let words: Words
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
    let claimDeadlineStamp: String
    let backHref: String
    /// `?paper=thermal`: laid out for an 80 mm receipt printer instead of A5.
    let thermal: Bool
    /// Earlier deadlines and why they moved (a campaign): the stamp shows the current one.
    let deadlineChanges: [DeadlineChangeRow]

    init(words: Words, deposit: Deposit, member: Member, receivedEntry: LedgerEntryRecord?,
         deadlineChanges: [ClaimDeadlineChangeRecord], mask: PersonalDataMask, thermal: Bool) {
        let language = words.language
        self.words = words
        receiptNumber = deposit.receiptNumber
        issuedOn = DateDisplay.long(deposit.receivedDay, language)
        memberCard = member.cardNumber
        memberName = MemberView(member.draft, mask: mask).name
        amountFigures = deposit.amount.formatted(.plain)
        amountWords = ThaiBahtText.words(deposit.amount)
        paymentMethod = receivedEntry?.paymentMethod?.name(language) ?? ""
        counter = receivedEntry?.counter ?? ""
        issuedBy = receivedEntry?.recordedByName ?? ""
        membershipExpiry = DateDisplay.long(member.draft.expiresOn, language)
        claimDeadlineStamp = Receipt.claimDeadlineStamp(deposit.lastClaimDate, language)
        backHref = SiteRoute.href(deposit.id) { .deposit($0) }
        self.thermal = thermal
        self.deadlineChanges = deadlineChanges.map { DeadlineChangeRow($0, receiptNumber: deposit.receiptNumber, language: language) }
    }

    var document: HTML {
        let t = words
        return """
        \(PaperSheet.opening(title: "\(t("receipt_title")) \(receiptNumber)", language: words.language, thermal: thermal))
        <nav class="noprint"><a href="\(backHref)">← \(t("receipt_back"))</a> · <button type="button" data-print>\(t("receipt_print"))</button> · <a href="?paper=thermal">80 mm</a> · <a href="?">A5</a></nav>
        <article class="receipt">
          <header>
            <h1>\(t("receipt_title"))</h1>
            <p class="org">\(t("receipt_org"))</p>
          </header>
          <dl>
            <dt>\(t("receipt_number"))</dt><dd class="strong">\(receiptNumber)</dd>
            <dt>\(t("receipt_date"))</dt><dd>\(issuedOn)</dd>
            <dt>\(t("receipt_received_from"))</dt><dd>\(memberName) (\(memberCard))</dd>
            <dt>\(t("receipt_for"))</dt><dd>\(t("receipt_for_deposit"))</dd>
            <dt>\(t("receipt_amount"))</dt><dd class="strong">\(amountFigures) \(t("baht"))</dd>
            <dt>\(t("receipt_in_words"))</dt><dd class="words">(\(amountWords))</dd>
            <dt>\(t("deposit_payment_method"))</dt><dd>\(paymentMethod)</dd>
            <dt>\(t("receipt_membership_expiry"))</dt><dd>\(membershipExpiry)</dd>
          </dl>
          <p class="stamp">\(claimDeadlineStamp)</p>
          \(deadlineHistory)
          <p class="steps">\(t("receipt_refund_steps"))</p>
          <footer>
            <p>\(t("receipt_received_by")) \(issuedBy) · \(counter)</p>
          </footer>
        </article>
        </body>
        </html>

        """
    }

    private var deadlineHistory: HTML? {
        guard !deadlineChanges.isEmpty else { return nil }
        let t = words
        let items = deadlineChanges.map { change -> HTML in
            "<li>\(t("deadline_history_extended")) \(change.from) → \(change.to): \(change.reason) (\(change.changedBy), \(change.changedAt))</li>"
        }
        return "<ul class=\"deadline-history\">\(items)</ul>"
    }
}
