import Fluent
import Foundation
import PatronCore
import SQLKit

/// Reads what the effectiveness report needs — notices that went out (sent, or printed for
/// postcards), the refunds paid after them, renewals, and the comparison group — and hands them to
/// the core's `NoticeEffect.measure`. Sources are parsed from the outbox dedupe keys
/// (`reminder/<member>/<policy>:<day>…`, `campaign/<campaign key>/<member>/<channel>`).
struct NoticeEffectQuery {
    let db: any Database

    enum Scope {
        /// One campaign, or every campaign when nil.
        case campaigns(UUID?)
        /// Reminder policies' notices sent in the range (and campaigns in it).
        case reminders(from: CivilDate, to: CivilDate)
    }

    struct Result {
        let report: NoticeEffect.Report
        /// Campaign id → how pages name it (its day and claim-by date).
        let campaignNames: [String: String]
        let queuedNotSent: Int
    }

    func load(_ scope: Scope, grouping: NoticeEffect.Grouping, language: Language) async throws -> Result {
        let sql = db as! any SQLDatabase
        let campaigns = try await Campaign.query(on: db).all()
        var campaignByKey: [String: Campaign] = [:]
        for campaign in campaigns { campaignByKey[campaign.key] = campaign }
        var query = sql.select().columns("member_id", "dedupe_key", "channel", "reminder_kind", "sent_at", "status")
            .from(OutboxMessage.schema)
            .where(SQLIdentifier("purpose"), .in, SQLGroupExpression(SQLList([SQLBind("reminder"), SQLBind(CampaignRun.purpose)])))
        switch scope {
        case .campaigns(let id?):
            guard let campaign = campaigns.first(where: { $0.id == id }) else { return Result(report: NoticeEffect.measure(notices: [], outcomes: [], grouping: grouping), campaignNames: [:], queuedNotSent: 0) }
            query = query.where("dedupe_key", .like, SQLBind("campaign/\(campaign.key)/%"))
        case .campaigns(nil):
            query = query.where("purpose", .equal, SQLBind(CampaignRun.purpose))
        case .reminders:
            break
        }
        var notices: [NoticeEffect.Notice] = []
        var queued = 0
        for row in try await query.all() {
            guard let memberID = try row.decodeNil(column: "member_id") ? nil : try row.decode(column: "member_id", as: UUID.self),
                  let channel = ContactChannel(rawValue: try row.decode(column: "channel", as: String.self)),
                  let kind = try row.decodeNil(column: "reminder_kind") ? nil : ReminderKind(rawValue: try row.decode(column: "reminder_kind", as: String.self)),
                  let source = Self.source(ofKey: try row.decode(column: "dedupe_key", as: String.self), campaigns: campaignByKey) else { continue }
            let status = try row.decode(column: "status", as: String.self)
            // Only notices that reached someone: sent, or printed postcards (a returned one is `failed`).
            guard status == OutboxMessage.Status.sent.rawValue || status == OutboxMessage.Status.printed.rawValue,
                  !(try row.decodeNil(column: "sent_at")) else {
                if status == OutboxMessage.Status.queued.rawValue || status == OutboxMessage.Status.sending.rawValue { queued += 1 }
                continue
            }
            let day = BangkokTime.day(of: try row.decode(column: "sent_at", as: Date.self))
            if case .reminders(let from, let to) = scope, day < from || day > to { continue }
            notices.append(.init(memberID: memberID, source: source, reminderKind: kind, channel: channel, day: day))
        }
        let memberIDs = Set(notices.map(\.memberID))
        let outcomes = try await refunds(of: memberIDs) + renewals(after: notices)
        var comparable: [NoticeEffect.ComparableMember] = []
        if notices.contains(where: { $0.source.kind == .policy && $0.reminderKind != .renewal }) {
            comparable = try await comparisonGroup()
        }
        var names: [String: String] = [:]
        for campaign in campaigns {
            guard let id = campaign.id?.uuidString else { continue }
            names[id] = "\(DateDisplay.short(campaign.asOfDay, language)) → \(DateDisplay.short(campaign.claimByDay, language))"
        }
        return Result(report: NoticeEffect.measure(notices: notices, outcomes: outcomes, comparable: comparable, grouping: grouping),
                      campaignNames: names, queuedNotSent: queued)
    }

    static func source(ofKey key: String, campaigns: [String: Campaign]) -> NoticeEffect.Source? {
        let parts = key.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts.first == "reminder", parts.count >= 3, let code = parts[2].split(separator: ":").first {
            return .init(kind: .policy, code: String(code))
        }
        if parts.first == "campaign", parts.count >= 4 {
            let orderKey = parts[1..<(parts.count - 2)].joined(separator: "/")
            return campaigns[orderKey]?.id.map { .init(kind: .campaign, code: $0.uuidString) }
        }
        return nil
    }

    private func refunds(of members: Set<UUID>) async throws -> [NoticeEffect.Outcome] {
        guard !members.isEmpty else { return [] }
        var outcomes: [NoticeEffect.Outcome] = []
        for part in Array(members).chunked(500) {
            let entries = try await LedgerEntryRecord.query(on: db).filter(\.$kind == .refunded).filter(\.$member.$id ~~ Array(part)).all()
            outcomes += entries.map { .init(memberID: $0.$member.id, day: BangkokTime.day(of: $0.recordedAt), kind: .refund(Satang($0.amountSatang))) }
        }
        return outcomes
    }

    /// A member reminded to renew counts as renewed when their expiry now lies more than a month
    /// after the reminder (the reminded term ended within 31 days of it); the day is the member
    /// record's last change — PatronCare keeps no separate renewal history yet.
    private func renewals(after notices: [NoticeEffect.Notice]) async throws -> [NoticeEffect.Outcome] {
        let reminded = Dictionary(grouping: notices.filter { $0.reminderKind == .renewal }, by: \.memberID)
        guard !reminded.isEmpty else { return [] }
        var outcomes: [NoticeEffect.Outcome] = []
        for part in Array(reminded.keys).chunked(500) {
            for member in try await Member.query(on: db).filter(\.$id ~~ Array(part)).all() {
                guard let id = member.id, let first = reminded[id]?.map(\.day).min(), let expiry = CivilDate(iso: member.expiresOn),
                      expiry > first.adding(days: 31), let changed = member.updatedAt else { continue }
                outcomes.append(.init(memberID: id, day: BangkokTime.day(of: changed), kind: .renewal))
            }
        }
        return outcomes
    }

    /// Every member who ever held a deposit, with the days the comparison needs.
    private func comparisonGroup() async throws -> [NoticeEffect.ComparableMember] {
        let sql = db as! any SQLDatabase
        let rows = try await sql.raw("""
            SELECT m.id, m.expires_on, MIN(d.received_on) AS received_on,
                   (SELECT MIN(l.recorded_at) FROM ledger_entries l WHERE l.member_id = m.id AND l.kind = 'refunded') AS first_refund,
                   (SELECT MIN(o.sent_at) FROM outbox_messages o WHERE o.member_id = m.id AND o.purpose IN ('reminder', 'campaign')
                        AND o.sent_at IS NOT NULL) AS first_notice
            FROM members m JOIN deposits d ON d.member_id = m.id
            GROUP BY m.id, m.expires_on
            """).all()
        return try rows.compactMap { row in
            guard let expires = CivilDate(iso: try row.decode(column: "expires_on", as: String.self)),
                  let received = CivilDate(iso: try row.decode(column: "received_on", as: String.self)) else { return nil }
            let refund = try row.decodeNil(column: "first_refund") ? nil : BangkokTime.day(of: try row.decode(column: "first_refund", as: Date.self))
            let notice = try row.decodeNil(column: "first_notice") ? nil : BangkokTime.day(of: try row.decode(column: "first_notice", as: Date.self))
            return .init(memberID: try row.decode(column: "id", as: UUID.self), expiresOn: expires, depositReceivedOn: received,
                         firstRefundOn: refund, firstNoticeOn: notice)
        }
    }
}

/// The report as lines for the terminal and rows for CSV, in the reader's language.
struct NoticeEffectTable {
    let result: NoticeEffectQuery.Result
    let language: Language
    let grouping: NoticeEffect.Grouping

    func sourceName(_ source: NoticeEffect.Source) -> String {
        switch source.kind {
        case .policy: return (language == .th ? "นโยบาย " : "policy ") + source.code
        case .campaign: return (language == .th ? "แคมเปญ " : "campaign ") + (result.campaignNames[source.code] ?? source.code)
        }
    }

    /// A period as the page and the terminal name it (`สัปดาห์ 23 พ.ย. 2569`, `November 2026`), or in
    /// the CSV as `CSVValue` writes it (the week's first day, the month).
    func period(_ day: CivilDate, forCSV: Bool = false) -> String {
        switch (grouping, forCSV) {
        case (.week, false): (language == .th ? "สัปดาห์ " : "week of ") + DateDisplay.short(day, language)
        case (.month, false): DateDisplay.monthYear(year: day.year, month: day.month, language)
        case (.week, true): CSVValue.day(day)
        case (.month, true): CSVValue.month(year: day.year, month: day.month)
        }
    }

    private func periodHeading(forCSV: Bool) -> String {
        switch (grouping, forCSV) {
        case (.week, true): language == .th ? "สัปดาห์ที่เริ่ม" : "week starting"
        case (.month, true): language == .th ? "เดือน" : "month"
        case (_, false): language == .th ? "ช่วงเวลา" : "period"
        }
    }

    var header: [String] { header(forCSV: false) }

    func header(forCSV: Bool) -> [String] {
        language == .th
            ? ["แหล่ง", "ช่องทาง", periodHeading(forCSV: forCSV), "แจ้ง (ราย)", "กลับมาใน 30 วัน", "60 วัน", "90 วัน", "คืนเงินแล้ว (บาท)"]
            : ["source", "channel", periodHeading(forCSV: forCSV), "notified", "back within 30 days", "60 days", "90 days", "baht refunded"]
    }

    var rows: [[String]] { rows(forCSV: false) }

    func rows(forCSV: Bool) -> [[String]] {
        result.report.rows.map { row in
            [sourceName(row.source), row.channel.name(language), period(row.periodStart, forCSV: forCSV), String(row.notified)]
                + row.cameBack.map { "\($0) (\(NoticeEffect.percent($0, of: row.notified)))" } + [row.baht.formatted(.plain)]
        }
    }

    var comparisonHeader: [String] { comparisonHeader(forCSV: false) }

    func comparisonHeader(forCSV: Bool) -> [String] {
        language == .th ? ["นโยบาย", periodHeading(forCSV: forCSV), "กลุ่มเปรียบเทียบที่ยังไม่ได้รับการแจ้งเตือน: 30 วัน", "60 วัน", "90 วัน"]
            : ["policy", periodHeading(forCSV: forCSV), "comparable members not (yet) reminded: 30 days", "60 days", "90 days"]
    }

    var comparisonRows: [[String]] { comparisonRows(forCSV: false) }

    func comparisonRows(forCSV: Bool) -> [[String]] {
        result.report.comparisons.map { c in
            [sourceName(c.source), period(c.periodStart, forCSV: forCSV)]
                + zip(c.cameBack, c.comparable).map { "\($0)/\($1) (\(NoticeEffect.percent($0, of: $1)))" }
        }
    }

    var csv: String {
        var all = [header(forCSV: true)] + rows(forCSV: true)
        let comparisons = comparisonRows(forCSV: true)
        if !comparisons.isEmpty { all += [[]] + [comparisonHeader(forCSV: true)] + comparisons }
        return CSVWriter.document(all, byteOrderMark: true)
    }

    var text: String {
        var lines = [header.joined(separator: " | ")] + rows.map { $0.joined(separator: " | ") }
        if !comparisonRows.isEmpty { lines += [""] + [comparisonHeader.joined(separator: " | ")] + comparisonRows.map { $0.joined(separator: " | ") } }
        for total in result.report.totals {
            let back = total.cameBack.enumerated().map { "\(NoticeEffect.windows[$0.offset]) d: \($0.element)" }.joined(separator: ", ")
            lines.append(language == .th
                ? "\(sourceName(total.source)): แจ้ง \(total.members) ราย กลับมา \(back) คืนเงินแล้ว \(total.baht.formatted(.plain)) บาท"
                : "\(sourceName(total.source)): \(total.members) members notified, back \(back), \(total.baht.formatted(.plain)) baht refunded")
        }
        if result.report.rows.isEmpty { lines.append(language == .th ? "ยังไม่มีการแจ้งเตือนที่ส่งออกไปในช่วงนี้" : "No notices went out in this range yet.") }
        if result.queuedNotSent > 0 {
            lines.append(language == .th ? "ยังรอส่ง/รอพิมพ์ \(result.queuedNotSent) ฉบับ (ไม่นับ)" : "\(result.queuedNotSent) notices still queued or unprinted (not counted).")
        }
        return lines.joined(separator: "\n")
    }
}
