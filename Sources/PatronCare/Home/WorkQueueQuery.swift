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
        /// Needed only for the overdue item.
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
                result.counts[item] = try await count(sql, RefundRequestRecord.schema, where: "status = 'open'")
            case .expiringThisWeek:
                let from = context.today.iso, to = context.today.adding(days: 7).iso
                result.counts[item] = try await count(sql, Member.schema, where: SQLList([SQLRaw("status = 'active' AND "), between("expires_on", from, to)],
                                                                                          separator: SQLRaw("")))
            case .returnedPostcards:
                let monthStart = ReportMonth(containing: context.today).firstDay.iso
                result.counts[item] = try await count(sql, Member.schema,
                                                      where: SQLBinaryExpression(SQLIdentifier("address_undeliverable_on"), .greaterThanOrEqual, SQLBind(monthStart)))
            case .complaintsToTriage:
                result.counts[item] = try await count(sql, FeedbackItem.schema, where: "status = 'received'")
            case .overdueComplaints:
                guard let due = context.due else { continue }
                let overdue = try await FeedbackQuery.overdue(due: due, today: context.today, on: db)
                result.counts[item] = overdue.total
                result.overdueByTrack = overdue.byTrack
            case .outcomesToPublish:
                result.counts[item] = try await FeedbackQuery.outcomesToPublish(on: db)
            case .forfeituresToApprove:
                result.counts[item] = try await count(sql, ForfeitureBatch.schema, where: "status = 'proposed'")
            case .escalations:
                result.counts[item] = try await count(sql, FeedbackItem.schema, where: "status = 'escalated'")
            case .monthlyReport:
                let sent = try await ComplaintReportSubmission.query(on: db).all().compactMap { ReportMonth(parsing: $0.month) }
                let state = MonthlyReportState.on(context.today, sentMonths: Set(sent))
                result.monthlyReport = state
                result.counts[item] = state.needsAction ? 1 : 0
            case .meetingAgenda:
                result.counts[item] = try await count(sql, FeedbackItem.schema,
                                                      where: "track = 4 AND status NOT IN ('resolved', 'closed') AND decision IS NULL")
                result.nextMeeting = try await CommitteeMeetingDay.query(on: db).filter(\.$day >= context.today.iso).sort(\.$day).first()
                    .flatMap { CivilDate(iso: $0.day) }
            case .holidaysMissing:
                result.holidaysMissingYear = context.holidaysMissingYear
                result.counts[item] = context.holidaysMissingYear == nil ? 0 : 1
            case .quarterlySummary, .indicators:
                break
            case .failedMessages:
                result.counts[item] = try await count(sql, OutboxMessage.schema, where: "status IN ('failed', 'dead')")
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

    /// `SELECT COUNT(*) FROM table WHERE …`: the conditions are the app's own constants, values bound.
    private static func count(_ sql: any SQLDatabase, _ table: String, where condition: String) async throws -> Int {
        try await count(sql, table, where: SQLRaw(condition))
    }

    private static func count(_ sql: any SQLDatabase, _ table: String, where condition: any SQLExpression) async throws -> Int {
        let rows = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(table).where(condition).rowColumns()
        return Int(try rows.first?.integer("n") ?? 0)
    }

    private static func between(_ column: String, _ from: String, _ to: String) -> any SQLExpression {
        SQLList([SQLBinaryExpression(SQLIdentifier(column), .greaterThanOrEqual, SQLBind(from)),
                 SQLBinaryExpression(SQLIdentifier(column), .lessThanOrEqual, SQLBind(to))], separator: SQLRaw(" AND "))
    }
}
