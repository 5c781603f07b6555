import Foundation
import PatronCore

/// The outbox: channels not configured, counts per status, the postcards waiting and their batches,
/// the filters and the latest messages.
struct OutboxIndexPage: Page {
    struct StatusCount {
        let name: String
        let count: Int
        let href: String
    }

    struct BatchRow {
        let href: String
        let createdAt: String
        let cards: Int
        let printedAt: String
    }

    let chrome: PageChrome
    let unconfiguredChannels: [String]
    let counts: [StatusCount]
    let queuedPostcards: Int
    let batches: [BatchRow]
    let statuses: [SelectOption]
    let channels: [SelectOption]
    let rows: [OutboxRow]

    init(chrome: PageChrome, overview: OutboxStats.Overview, status: String?, channel: String?,
         unconfiguredChannels: [ContactChannel], mask: PersonalDataMask) {
        let t = chrome.words
        let language = chrome.language
        self.chrome = chrome
        self.unconfiguredChannels = unconfiguredChannels.map { $0.name(language) }
        counts = OutboxMessage.Status.allCases.map { each in
            StatusCount(name: t("outbox_status_\(each.rawValue)"), count: overview.countsByStatus[each] ?? 0,
                        href: SiteRoute.outbox(.init(["status": each.rawValue])).href)
        }
        queuedPostcards = overview.queuedPostcards
        func day(_ date: Date?) -> String { date.map { DateDisplay.short(BangkokTime($0).day, language) } ?? "" }
        batches = overview.batches.map { batch in
            BatchRow(href: SiteRoute.href(batch.id) { .postcardBatch($0) }, createdAt: day(batch.createdAt),
                     cards: batch.cardCount, printedAt: day(batch.printedAt))
        }
        statuses = OutboxMessage.Status.allCases.map {
            SelectOption(value: $0.rawValue, label: t("outbox_status_\($0.rawValue)"), selected: $0.rawValue == status)
        }
        channels = ContactChannel.allCases.map { SelectOption(value: $0.rawValue, label: $0.name(language), selected: $0.rawValue == channel) }
        rows = overview.messages.map { OutboxRow($0, words: t, mask: mask) }
    }

    var content: HTML {
        let t = chrome.words
        return """
        <h1>\(t("outbox_title"))</h1>
        \(unconfiguredHint)
        <section class="stats">
          \(counts.map { count -> HTML in "<a class=\"stat\" href=\"\(count.href)\"><span class=\"n\">\(count.count)</span>\(count.name)</a>" })
        </section>
        <section class="card">
          <h2>\(t("postcards_title"))</h2>
          <p>\(t("postcards_queued")) \(queuedPostcards) · <a href="\(SiteRoute.returnedPostcards.href)">\(t("returned_title"))</a></p>
          \("""
          <form method="post" action="\(SiteRoute.postcards.href)" class="inline"><input type="hidden" name="_csrf" value="\(chrome.csrf)"><button type="submit">\(t("postcards_gather"))</button></form>
          """, if: queuedPostcards > 0)
          \(batches.isEmpty ? nil : batchTable)
        </section>
        <form class="filters" method="get" action="\(SiteRoute.outbox().href)">
          <label>\(t("member_status"))<select name="status"><option value="">\(t("filter_all"))</option>\(statuses.map(\.optionTag))</select></label>
          <label>\(t("outbox_channel"))<select name="channel"><option value="">\(t("filter_all"))</option>\(channels.map(\.optionTag))</select></label>
          <button type="submit">\(t("filter_apply"))</button>
        </form>
        \(rows.isEmpty ? "<p class=\"empty\">\(t("outbox_none"))</p>" : messageTable)
        """
    }

    private var unconfiguredHint: HTML? {
        guard !unconfiguredChannels.isEmpty else { return nil }
        let tags = unconfiguredChannels.map { name -> HTML in "<span class=\"tag\">\(name)</span> " }
        return "<p class=\"hint\">\(chrome.words("outbox_unconfigured")) \(tags)</p>"
    }

    private var batchTable: HTML {
        let t = chrome.words
        return """
        <table class="list"><thead><tr><th>\(t("postcards_batch"))</th><th class="num">\(t("postcards_cards"))</th><th>\(t("postcards_printed_at"))</th></tr></thead>
          <tbody>\(batches.map { batch -> HTML in
            "<tr><td><a href=\"\(batch.href)\">\(batch.createdAt)</a></td><td class=\"num\">\(batch.cards)</td><td>\(batch.printedAt)</td></tr>"
          })</tbody></table>
        """
    }

    private var messageTable: HTML {
        let t = chrome.words
        return """
        <table class="list">
          <thead><tr><th>\(t("ledger_when"))</th><th>\(t("outbox_purpose"))</th><th>\(t("outbox_recipient"))</th><th>\(t("outbox_channel"))</th><th>\(t("member_status"))</th><th class="num wide">\(t("outbox_attempts"))</th><th class="wide">\(t("outbox_subject"))</th></tr></thead>
          <tbody>\(rows.map { row -> HTML in """
            <tr>
              <td><a href="\(row.href)">\(row.createdAt)</a></td><td>\(row.purpose)</td><td>\(row.recipient)</td><td>\(row.channelName)</td>
              <td><span class="status status-outbox-\(row.status)">\(row.statusName)</span></td><td class="num wide">\(row.attempts)</td><td class="wide">\(row.subject)</td>
            </tr>
            """ })</tbody>
        </table>
        """
    }
}
