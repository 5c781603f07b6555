import Fluent
import Foundation
import PatronCore
import Vapor

/// The complaints feature's daily work, idempotent and bounded: escalate overdue complaints one
/// ladder step at a time (the core's `DueDates.escalation`), remind owners and heads of overdue
/// items (one outbox message per item and escalation step), and remind the complaints desk from
/// the 20th while last month's report is not marked sent (one per day). Running it twice on the
/// same day changes nothing the second time.
enum ComplaintJobs {
    struct Summary: Sendable, Equatable {
        var escalated = 0
        var overdue = 0
        var messagesQueued = 0
        var reportReminder = false
    }

    /// Called by `complaints escalate` and by the daily schedule in `serve`. `asOf` defaults to now.
    @discardableResult
    static func runDaily(app: Application, asOf: Date? = nil) async throws -> Summary {
        let now = asOf ?? app.clock.now()
        let today = BangkokTime.day(of: now)
        let settings = app.config.complaints
        let language = app.config.defaultLanguage
        let store = FeedbackStore(db: app.db, settings: settings, holidays: try await app.holidays(), staffLanguage: language)
        let due = try await store.dueDates()
        var summary = Summary()
        let open = try await FeedbackItem.query(on: app.db).filter(\.$status !~ [.resolved, .closed]).sort(\.$receivedAt).all()
        for var item in open {
            let dueDay = due.due(kind: item.kind, track: item.complaintTrack, receivedAt: item.receivedAt).day
            guard today > dueDay else { continue }
            summary.overdue += 1
            // Escalate to the highest step the ladder has reached, if the item is not there yet.
            if let track = item.complaintTrack, item.kind == .complaint {
                let reached = due.escalation(track: track, receivedAt: item.receivedAt, at: now)
                if reached > item.escalationLevel, [.triaged, .inProgress, .escalated].contains(item.status) {
                    do {
                        item = try await store.apply(.escalate(reached), to: item.requireID(), by: .system, at: now)
                        summary.escalated += 1
                    } catch is FeedbackRefusal {
                        // Moved by someone else meanwhile: the next run looks again.
                    }
                }
            }
            let level = item.escalationLevel
            let link = settings.publicURL + SiteRoute.complaint(try item.requireID()).href
            let text = ComplaintMessages.overdue(item, dueDay: dueDay, level: level, link: link, language: language)
            let address: String?
            switch level {
            case .none: address = settings.complaintsEmail
            case .workGroupHead: address = settings.workGroupHeadEmail ?? settings.complaintsEmail
            case .departmentHead: address = settings.departmentHeadEmail ?? settings.workGroupHeadEmail ?? settings.complaintsEmail
            }
            if let address {
                let queued = try await Outbox.enqueue(OutboxDraft(
                    dedupeKey: "complaint-overdue/\(item.reference)/\(level.rawValue)", purpose: "complaint-overdue",
                    recipientName: level.name(language), channel: .email, address: address, language: language,
                    subject: text.subject, body: text.body, notBefore: now), now: now, on: app.db)
                if queued { summary.messagesQueued += 1 }
            }
        }
        // The monthly report: from the 20th until it is marked sent.
        let month = ReportMonth.reportable(on: today)
        let sent = try await ComplaintReportSubmission.query(on: app.db).filter(\.$month == month.description).first() != nil
        if month.needsReminder(on: today, markedSent: sent), let address = settings.complaintsEmail {
            let text = ComplaintMessages.reportDue(month, link: settings.publicURL + SiteRoute.complaintsMonthly(.init(["month": month.description])).href, language: language)
            let queued = try await Outbox.enqueue(OutboxDraft(
                dedupeKey: "complaint-report-due/\(month)/\(today.iso)", purpose: "complaint-report-due",
                recipientName: "", channel: .email, address: address, language: language,
                subject: text.subject, body: text.body, notBefore: now), now: now, on: app.db)
            summary.reportReminder = true
            if queued { summary.messagesQueued += 1 }
        }
        return summary
    }
}
