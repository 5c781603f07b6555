import Foundation
import PatronCore

/// The step before a forfeiture batch is approved: what will happen — how many deposits of how many
/// members, how many baht move to the library fund, each deposit listed — and a second button that
/// sends `confirm=yes`. Until it is pressed nothing changes.
struct ForfeitureConfirmPage: Page {
    let chrome: PageChrome
    let batch: ForfeitureBatchRow
    let memberCount: Int
    let lines: [ForfeitureLine]

    init(chrome: PageChrome, batch: ForfeitureBatch, items: [ForfeitureItem], members: [String: DepositHistories.MemberInfo],
         mask: PersonalDataMask) {
        self.chrome = chrome
        self.batch = ForfeitureBatchRow(batch, words: chrome.words)
        memberCount = Set(items.map { $0.deposit.$member.id }).count
        lines = items.map { item in
            ForfeitureLine(item, member: members[item.deposit.$member.id.uuidString], language: chrome.language, mask: mask)
        }
    }

    /// "Approving moves 2 deposits of 2 members, 2,000.00 baht, to the library fund."
    var summary: String {
        chrome.words("forfeit_confirm_summary").replacingOccurrences(of: "{deposits}", with: "\(batch.count)")
            .replacingOccurrences(of: "{members}", with: "\(memberCount)").replacingOccurrences(of: "{baht}", with: batch.total)
    }

    var content: HTML {
        let t = chrome.words
        return """
        <h1>\(t("forfeit_confirm_title")) \(batch.asOf)</h1>
        <section class="card confirm" id="forfeit-confirm">
          <p><strong>\(summary)</strong></p>
          <ul>
            <li>\(t("forfeit_confirm_one_transaction"))</li>
            <li>\(t("forfeit_confirm_skipped"))</li>
            <li>\(t("forfeit_confirm_final"))</li>
          </ul>
          <div class="actions">
            <form method="post" action="\(batch.approveAction)" class="inline"><input type="hidden" name="_csrf" value="\(chrome.csrf)"><input type="hidden" name="confirm" value="yes"><button type="submit" id="confirm-forfeit">\(t("forfeit_confirm_yes")) \(batch.total) \(t("baht"))</button></form>
            <a href="\(batch.href)">\(t("forfeit_confirm_back"))</a>
          </div>
        </section>
        <table class="list">\(ForfeitureLine.header(t))
        <tbody>\(lines.map(\.row))</tbody></table>
        """
    }
}
