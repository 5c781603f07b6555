import Fluent
import Foundation
import PatronCore
import SQLKit

/// The counts behind a role's start page (`WorkQueueItem.queue(for:)`): only the items of that
/// role are read, each as one small COUNT, one after the other.
struct WorkQueueCounts: Equatable, Sendable {
    var counts: [WorkQueueItem: Int] = [:]
    /// Overdue complaints per track (the customer team's and heads' item shows them).
    var overdueByTrack: [ComplaintTrack: Int] = [:]
    var monthlyReport: MonthlyReportState?
    /// The next MT meeting day, for the committee's agenda item.
    var nextMeeting: CivilDate?
    /// E-mail, SMS or LINE without configuration (the administrator's item).
    var unconfiguredChannels: [ContactChannel] = []
    /// `PATRONCARE_PUBLIC_URL` is the loopback default: printed addresses point nowhere.
    var publicAddressIsLoopback = false
    /// Next year, from 1 October while it has no holidays (built-in or stored).
    var holidaysMissingYear: Int?
}

enum WorkQueueQuery {
    struct Context: Sendable {
        let today: CivilDate
        /// Needed only for the complaint list's items (overdue, outcomes to publish: counted as the list counts).
        let due: DueDates?
        let unconfiguredChannels: [ContactChannel]
        let publicAddressIsLoopback: Bool
        let holidaysMissingYear: Int?
    }

    static func read(for role: StaffRole, _ context: Context, on db: any Database) async throws -> WorkQueueCounts {
        let sql = db as! any SQLDatabase
        var result = WorkQueueCounts()
        for item in WorkQueueItem.queue(for: role) {
            switch item {
            case .refundRequests:
                result.counts[item] = try await count(sql, RefundRequestRecord.schema) { $0.where("status", .equal, SQLLiteral.string("open")) }
            case .expiringThisWeek:
                let from = context.today.iso, to = context.today.adding(days: 7).iso
                result.counts[item] = try await count(sql, Member.schema) {
                    $0.where("status", .equal, SQLLiteral.string(MemberStatus.active.rawValue))
                        .where("expires_on", .greaterThanOrEqual, SQLBind(from)).where("expires_on", .lessThanOrEqual, SQLBind(to))
                }
            case .returnedPostcards:
                let monthStart = ReportMonth(containing: context.today).firstDay.iso
                result.counts[item] = try await count(sql, Member.schema) { $0.where("address_undeliverable_on", .greaterThanOrEqual, SQLBind(monthStart)) }
            case .complaintsToTriage:
                result.counts[item] = try await count(sql, FeedbackItem.schema) { $0.where("status", .equal, SQLLiteral.string(FeedbackStatus.received.rawValue)) }
            case .overdueComplaints:
                guard let due = context.due else { continue }
                let overdue = try await FeedbackQuery.overdue(due: due, today: context.today, on: db)
                result.counts[item] = overdue.total
                result.overdueByTrack = overdue.byTrack
            case .outcomesToPublish:
                guard let due = context.due else { continue }
                result.counts[item] = try await FeedbackQuery.outcomesToPublish(due: due, today: context.today, on: db)
            case .forfeituresToApprove:
                result.counts[item] = try await count(sql, ForfeitureBatch.schema) {
                    $0.where("status", .equal, SQLLiteral.string(ForfeitureBatch.Status.proposed.rawValue))
                }
            case .escalations:
                result.counts[item] = try await count(sql, FeedbackItem.schema) { $0.where("status", .equal, SQLLiteral.string(FeedbackStatus.escalated.rawValue)) }
            case .monthlyReport:
                let sent = try await ComplaintReportSubmission.query(on: db).all().compactMap { ReportMonth(parsing: $0.month) }
                let state = MonthlyReportState.on(context.today, sentMonths: Set(sent))
                result.monthlyReport = state
                result.counts[item] = state.needsAction ? 1 : 0
            case .meetingAgenda:
                let finished = FeedbackStatus.allCases.filter(\.isFinished).map { SQLLiteral.string($0.rawValue) }
                result.counts[item] = try await count(sql, FeedbackItem.schema) {
                    $0.where("track", .equal, SQLLiteral.numeric(String(ComplaintTrack.needsBudget.rawValue)))
                        .where(SQLIdentifier("status"), .notIn, SQLGroupExpression(finished)).where(SQLRaw("decision IS NULL"))
                }
                result.nextMeeting = try await CommitteeMeetingDay.query(on: db).filter(\.$day >= context.today.iso).sort(\.$day).first()
                    .flatMap { CivilDate(iso: $0.day) }
            case .holidaysMissing:
                result.holidaysMissingYear = context.holidaysMissingYear
                result.counts[item] = context.holidaysMissingYear == nil ? 0 : 1
            case .quarterlySummary, .indicators:
                break
            case .failedMessages:
                result.counts[item] = try await count(sql, OutboxMessage.schema) {
                    $0.where(SQLIdentifier("status"), .in, SQLGroupExpression([OutboxMessage.Status.failed, .dead].map { SQLLiteral.string($0.rawValue) }))
                }
            case .channelsNotConfigured:
                result.unconfiguredChannels = context.unconfiguredChannels
                result.counts[item] = context.unconfiguredChannels.count
            case .publicAddressNotConfigured:
                result.publicAddressIsLoopback = context.publicAddressIsLoopback
                result.counts[item] = result.publicAddressIsLoopback ? 1 : 0
            }
        }
        return result
    }

    /// `SELECT COUNT(*) FROM table` with the conditions `filter` adds.
    private static func count(_ sql: any SQLDatabase, _ table: String, _ filter: (SQLSelectBuilder) -> SQLSelectBuilder) async throws -> Int {
        let select = filter(sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(table))
        return Int(try await select.rowColumns().first?.integer("n") ?? 0)
    }
}
