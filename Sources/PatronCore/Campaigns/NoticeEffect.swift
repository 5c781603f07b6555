import Foundation

/// What the reminders brought back (the seed's *Check* step): per campaign or reminder policy,
/// channel and week or month, how many members were notified, how many came back — refunded, or
/// renewed for renewal reminders — within 30, 60 and 90 days, and the baht refunded; and, for
/// regular policies, the same rates among comparable members not (yet) reminded.
///
/// ## Rules
/// - A refund (or renewal) is attributed to the member's **latest notice on or before its day**.
///   Notices to the same member on the same day (a campaign's postcard and e-mail) share it: each
///   channel's row counts the member, the source's total counts them once.
/// - "Within N days": the attributed outcome came at most N days after the notice.
/// - Baht: every refund attributed to the notice, whatever the delay.
/// - Comparable members for a refund policy, period starting P, window N: expired before P, holding
///   a deposit on P (received by P, no refund before P), and not notified by anything up to P + N;
///   they "came back" when their first refund falls in P…P+N.
public enum NoticeEffect {
    public static let windows = [30, 60, 90]

    public enum Grouping: String, CaseIterable, Sendable {
        case week, month

        /// The first day of the period holding `day`: Monday of its ISO week, or the 1st of its month.
        public func start(of day: CivilDate) -> CivilDate {
            switch self {
            case .week: day.adding(days: 1 - day.isoWeekday)
            case .month: CivilDate(year: day.year, month: day.month, day: 1)!
            }
        }
    }

    /// Where a notice came from: a campaign (its id) or a reminder policy (its code).
    public struct Source: Hashable, Sendable, Comparable {
        public enum Kind: String, Sendable { case campaign, policy }
        public let kind: Kind
        public let code: String

        public init(kind: Kind, code: String) {
            self.kind = kind
            self.code = code
        }

        public static func < (l: Source, r: Source) -> Bool { (l.kind.rawValue, l.code) < (r.kind.rawValue, r.code) }
    }

    public struct Notice: Sendable, Equatable {
        public var memberID: UUID
        public var source: Source
        public var reminderKind: ReminderKind
        public var channel: ContactChannel
        public var day: CivilDate

        public init(memberID: UUID, source: Source, reminderKind: ReminderKind, channel: ContactChannel, day: CivilDate) {
            self.memberID = memberID
            self.source = source
            self.reminderKind = reminderKind
            self.channel = channel
            self.day = day
        }
    }

    public struct Outcome: Sendable, Equatable {
        public enum Kind: Sendable, Equatable { case refund(Satang), renewal }
        public var memberID: UUID
        public var day: CivilDate
        public var kind: Kind

        public init(memberID: UUID, day: CivilDate, kind: Kind) {
            self.memberID = memberID
            self.day = day
            self.kind = kind
        }
    }

    /// A member who might have been reminded by a refund policy, for the comparison.
    public struct ComparableMember: Sendable, Equatable {
        public var memberID: UUID
        public var expiresOn: CivilDate
        public var depositReceivedOn: CivilDate
        public var firstRefundOn: CivilDate?
        public var firstNoticeOn: CivilDate?

        public init(memberID: UUID, expiresOn: CivilDate, depositReceivedOn: CivilDate, firstRefundOn: CivilDate?, firstNoticeOn: CivilDate?) {
            self.memberID = memberID
            self.expiresOn = expiresOn
            self.depositReceivedOn = depositReceivedOn
            self.firstRefundOn = firstRefundOn
            self.firstNoticeOn = firstNoticeOn
        }
    }

    public struct Row: Sendable, Equatable {
        public let source: Source
        public let channel: ContactChannel
        public let periodStart: CivilDate
        public internal(set) var notified: Int
        /// Same order as `NoticeEffect.windows`.
        public internal(set) var cameBack: [Int]
        public internal(set) var baht: Satang
    }

    public struct Comparison: Sendable, Equatable {
        public let source: Source
        public let periodStart: CivilDate
        /// Per window: comparable members, and how many of them came back.
        public let comparable: [Int]
        public let cameBack: [Int]
    }

    public struct SourceTotal: Sendable, Equatable {
        public let source: Source
        public let members: Int
        public let cameBack: [Int]
        public let baht: Satang
    }

    public struct Report: Sendable, Equatable {
        public let rows: [Row]
        public let comparisons: [Comparison]
        public let totals: [SourceTotal]
    }

    public static func measure(notices: [Notice], outcomes: [Outcome], comparable: [ComparableMember] = [], grouping: Grouping) -> Report {
        let noticesByMember = Dictionary(grouping: notices.indices, by: { notices[$0].memberID })
            .mapValues { $0.sorted { notices[$0].day < notices[$1].day } }
        // Per notice index: the delays of the outcomes attributed to it, and the baht.
        var delays: [Int: [Int]] = [:]
        var baht: [Int: Satang] = [:]
        for outcome in outcomes {
            guard let mine = noticesByMember[outcome.memberID] else { continue }
            let eligible = mine.filter { index in
                let n = notices[index]
                guard n.day <= outcome.day else { return false }
                if case .renewal = outcome.kind { return n.reminderKind == .renewal }
                return true
            }
            guard let latestDay = eligible.last.map({ notices[$0].day }) else { continue }
            for index in eligible where notices[index].day == latestDay {
                delays[index, default: []].append(latestDay.days(until: outcome.day))
                if case .refund(let amount) = outcome.kind { baht[index, default: .zero] += amount }
            }
        }
        struct RowKey: Hashable { let source: Source; let channel: ContactChannel; let period: CivilDate }
        var rows: [RowKey: Row] = [:]
        var sourceMembers: [Source: Set<UUID>] = [:]
        var sourceBack: [Source: [Set<UUID>]] = [:]
        var sourceBaht: [Source: [UUID: Satang]] = [:]
        for (index, notice) in notices.enumerated() {
            let key = RowKey(source: notice.source, channel: notice.channel, period: grouping.start(of: notice.day))
            var row = rows[key] ?? Row(source: notice.source, channel: notice.channel, periodStart: key.period, notified: 0,
                                       cameBack: windows.map { _ in 0 }, baht: .zero)
            row.notified += 1
            let shortest = delays[index]?.min()
            var back = sourceBack[notice.source] ?? windows.map { _ in Set<UUID>() }
            for (w, window) in windows.enumerated() where shortest.map({ $0 <= window }) == true {
                row.cameBack[w] += 1
                back[w].insert(notice.memberID)
            }
            sourceBack[notice.source] = back
            row.baht += baht[index] ?? .zero
            rows[key] = row
            sourceMembers[notice.source, default: []].insert(notice.memberID)
            if let amount = baht[index] { sourceBaht[notice.source, default: [:]][notice.memberID] = amount }
        }
        let totals = sourceMembers.keys.sorted().map { source in
            SourceTotal(source: source, members: sourceMembers[source]?.count ?? 0,
                        cameBack: (sourceBack[source] ?? []).map(\.count),
                        baht: (sourceBaht[source] ?? [:]).values.reduce(.zero, +))
        }
        // Comparison: only for regular refund-type policies, in the periods they sent something.
        var comparisons: [Comparison] = []
        let policyPeriods = Set(rows.values.filter { $0.source.kind == .policy }.compactMap { row -> RowKey? in
            let kinds = notices.first { $0.source == row.source }?.reminderKind
            return kinds == .renewal ? nil : RowKey(source: row.source, channel: .postcard, period: row.periodStart)
        })
        for key in policyPeriods.sorted(by: { ($0.source, $0.period) < ($1.source, $1.period) }) {
            let p = key.period
            var counts: [Int] = []
            var back: [Int] = []
            for window in windows {
                let end = p.adding(days: window)
                let group = comparable.filter { c in
                    c.expiresOn < p && c.depositReceivedOn <= p && (c.firstRefundOn.map { $0 >= p } ?? true)
                        && (c.firstNoticeOn.map { $0 > end } ?? true)
                }
                counts.append(group.count)
                back.append(group.filter { $0.firstRefundOn.map { $0 <= end } ?? false }.count)
            }
            comparisons.append(Comparison(source: key.source, periodStart: p, comparable: counts, cameBack: back))
        }
        let sortedRows = rows.values.sorted { ($0.source, $0.periodStart, $0.channel.rawValue) < ($1.source, $1.periodStart, $1.channel.rawValue) }
        return Report(rows: sortedRows, comparisons: comparisons, totals: totals)
    }

    /// "12.5 %" — a share as a percentage with one decimal; "–" when there is nobody to divide by.
    public static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "–" }
        return String(format: "%.1f %%", Double(part) * 100 / Double(whole))
    }
}
