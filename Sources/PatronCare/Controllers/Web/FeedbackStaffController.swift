import Fluent
import PatronCore
import Vapor

/// Staff pages for complaints, suggestions, comments and compliments: intake, the list, an item
/// with its workflow steps, publishing, sharing, the knowledge page, the monthly and quarterly
/// reports, the notice-board sheet and the MT meeting days.
struct FeedbackStaffController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let complaints = routes.grouped(RequirePermission(.viewFeedback))
        complaints.get(.complaints, use: index)
        complaints.get(.complaintsKnowledge, use: knowledge)
        complaints.get(.complaintsNoticeBoard, use: noticeBoard)
        complaints.get(.complaintsMeetings, use: meetings)
        let intake = complaints.grouped(RequirePermission(.handleFeedback))
        intake.get(.complaintNew, use: new)
        intake.upload(.complaints, maxBytes: UploadLimit.feedbackForm, use: create)
        complaints.get(.complaint, use: show)
        complaints.grouped(RequirePermission(.viewMemberPersonalData)).get(.complaintAttachment, use: attachment)
        complaints.post(.complaintSteps, use: step)
        let publishers = complaints.grouped(RequirePermission(.publishFeedback))
        publishers.post(.complaintPublish, use: publish)
        publishers.post(.complaintShare, use: share)
        let schedulers = complaints.grouped(RequirePermission(.scheduleMeetings))
        schedulers.post(.complaintsMeetings, use: addMeeting)
        schedulers.post(.complaintMeetingDelete, use: removeMeeting)
        let reports = complaints.grouped(RequirePermission(.viewReports))
        reports.get(.complaintsMonthly, use: monthly)
        reports.get(.complaintsQuarterly, use: quarterly)
        reports.grouped(RequirePermission(.publishFeedback)).post(.complaintsMonthlySent, use: markSent)
    }

    private func store(_ req: Request) async throws -> FeedbackStore { try await FeedbackIntakeFlow.store(req) }

    // MARK: List

    @Sendable func index(req: Request) async throws -> Response {
        let filter = try req.query.decode(FeedbackFilter.self)
        let due = try await store(req).dueDates()
        if filter.format == "csv" { return try await export(req, filter: filter, due: due) }
        let result = try await FeedbackQuery.list(filter, due: due, now: req.clock.now(), on: req.db)
        return FeedbackIndexPage(chrome: req.pageChrome(title: req.t("complaints_title")), filter: filter, result: result,
                                 canIntake: req.can(.handleFeedback)).response()
    }

    /// The list's items as CSV: the page's filters (all pages), order and columns — no contact details,
    /// as the list shows none — streamed 1,000 at a time, recorded in the access log with the count first.
    private func export(_ req: Request, filter: FeedbackFilter, due: DueDates) async throws -> Response {
        let today = req.clock.today
        let language = req.language
        let count = try await FeedbackQuery.count(filter, due: due, today: today, on: req.db)
        let db = req.db
        return try await req.auditedCSVStream(
            filename: "complaints-\(today.iso).csv", report: "complaints", rows: count,
            filters: ["status": filter.status ?? "open", "kind": filter.kind, "track": filter.track, "overdue": filter.overdue,
                      "q": filter.q, "toPublish": filter.toPublish],
            header: FeedbackExportRow.header.map { req.t($0) }
        ) { sink in
            try await FeedbackQuery.forEach(filter, due: due, today: today, on: db) { items in
                try await sink.write(items.map { FeedbackExportRow($0.item, overdue: $0.overdue, language: language).fields })
            }
        }
    }

    // MARK: Intake

    @Sendable func new(req: Request) async throws -> FeedbackIntakePage {
        intakePage(req, form: FeedbackFormValues(channel: "counter"))
    }

    @Sendable func create(req: Request) async throws -> Response {
        let values = try req.content.decode(FeedbackFormValues.self)
        guard let channel = values.channel.flatMap(IntakeChannel.init(rawValue:)), channel.isStaffEntry else {
            return try await refuseIntake(req, values, [req.t("feedback_error_channel")])
        }
        let file = (try? req.content.decode(FeedbackPublicController.PublicForm.self))?.attachment
        switch try await FeedbackIntakeFlow.check(req, submission: values.submission, channel: channel, honeypot: nil, file: file, throttled: false) {
        case .refused(let errors, _):
            return try await refuseIntake(req, values, errors)
        case .accepted(let intake, let attachment):
            let staff = try req.staff
            let item = try await store(req).receive(intake, attachment: attachment, uploadsDirectory: FeedbackIntakeFlow.uploads(req),
                                                    by: .staff(try req.staffRef, staff.role), at: req.clock.now())
            req.setNotice("\(req.t("feedback_notice_received")) \(item.reference)")
            return req.redirect(to: .complaint(try item.requireID()))
        }
    }

    private func refuseIntake(_ req: Request, _ values: FeedbackFormValues, _ errors: [String]) async throws -> Response {
        intakePage(req, form: values, errors: errors).response(status: .unprocessableEntity)
    }

    private func intakePage(_ req: Request, form: FeedbackFormValues, errors: [String] = []) -> FeedbackIntakePage {
        FeedbackIntakePage(chrome: req.pageChrome(title: req.t("feedback_intake_title")), form: form, errors: errors,
                           maxAttachmentBytes: req.config.complaints.maxAttachmentBytes)
    }

    // MARK: Item

    @Sendable func show(req: Request) async throws -> FeedbackShowPage {
        try await showPage(req, item: try await findItem(req))
    }

    /// The item's page; `typed` and `refusal` show a refused step form again with what was typed in it
    /// (someone changed the item meanwhile, or the text was refused), on the item as it is now.
    private func showPage(_ req: Request, item: FeedbackItem, typed: FeedbackShowPage.Typed? = nil, refusal: String? = nil) async throws -> FeedbackShowPage {
        let id = try item.requireID()
        let log = try await FeedbackLogRecord.query(on: req.db).filter(\.$item.$id == id).sort(\.$seq).sort(\.$at).all()
        let attachments = try await FeedbackAttachment.query(on: req.db).filter(\.$item.$id == id).all()
        let staff = try await StaffUser.query(on: req.db).filter(\.$active == true).filter(\.$role != .committee).sort(\.$displayName).all()
        let due = try await store(req).dueDates()
        let dueDate = due.due(kind: item.kind, track: item.complaintTrack, receivedAt: item.receivedAt)
        let overdue = !item.status.isFinished && req.clock.today > dueDate.day
        let basis: String
        switch dueDate.basis {
        case .mtMeeting: basis = req.t("feedback_due_meeting")
        case .noMeetingScheduled: basis = req.t("feedback_due_no_meeting")
        case .workingDays(let n): basis = "\(n) \(req.t("feedback_working_days"))"
        }
        let actor = FeedbackActor.staff(try req.staffRef, try req.staff.role)
        return FeedbackShowPage(chrome: req.pageChrome(title: "\(item.reference) · \(req.t("complaints_title"))"), item: item, log: log,
                                attachments: attachments, staff: staff, actor: actor, overdue: overdue, dueBasis: basis,
                                showsPersonalData: req.personalDataMask.showsPersonalData, mayPublish: req.can(.publishFeedback),
                                typed: typed, refusal: refusal)
    }

    struct StepForm: Content {
        var action: String
        var revision: Int?
        var track: String?
        var level: String?
        var assignee: String?
        var group: String?
        var text: String?
        var actionText: String?
    }

    @Sendable func step(req: Request) async throws -> Response {
        let item = try await findItem(req)
        let form = try req.content.decode(StepForm.self)
        let language = req.language
        let staff = try req.staff
        let actor = FeedbackActor.staff(try req.staffRef, staff.role)
        // A refused step shows the page again with what was typed, never a redirect that loses it.
        func refuse(_ message: String, status: HTTPResponseStatus = .unprocessableEntity) async throws -> Response {
            let current = try await FeedbackItem.find(item.requireID(), on: req.db) ?? item
            let typed = FeedbackShowPage.Typed(action: form.action, text: form.text ?? "", actionText: form.actionText ?? "",
                                               group: form.group ?? "")
            return try await showPage(req, item: current, typed: typed, refusal: message).response(status: status)
        }
        func text(_ field: FeedbackText.Field, required: Bool) throws(FeedbackTextProblem) -> FeedbackText? {
            required ? try FeedbackText(form.text ?? "", field: field) : try FeedbackText.optional(form.text, field: field)
        }
        let event: FeedbackEvent
        do {
            switch FeedbackAction(rawValue: form.action) {
            case .triage?:
                event = .triage(item.kind == .complaint ? form.track.flatMap(ComplaintTrack.init(code:)) : nil)
            case .changeTrack?:
                guard let track = form.track.flatMap(ComplaintTrack.init(code:)) else { return try await refuse(WorkflowProblem.trackRequired.message(language)) }
                event = .changeTrack(track)
            case .assign?:
                if let value = nonEmpty(form.assignee), value.hasPrefix("person:"),
                   let person = try await StaffUser.query(on: req.db).filter(\.$username == String(value.dropFirst(7))).first() {
                    event = .assign(.person(StaffRef(id: person.username, name: person.displayName)))
                } else if let group = nonEmpty(form.group) {
                    event = .assign(.group(String(group.prefix(100))))
                } else {
                    return try await refuse(req.t("feedback_error_assignee"))
                }
            case .start?:
                event = .start
            case .escalate?:
                guard let level = form.level.flatMap(Int.init).flatMap(EscalationLevel.init(rawValue:)) else {
                    return try await refuse(req.t("feedback_error_level"))
                }
                event = .escalate(level)
            case .recordDecision?: event = .recordDecision(try text(.decision, required: true)!)
            case .addInternalNote?: event = .addInternalNote(try text(.internalNote, required: true)!)
            case .recordLesson?: event = .recordLesson(try text(.lesson, required: true)!)
            case .resolve?: event = .resolve(outcome: try text(.outcome, required: false))
            case .reopen?: event = .reopen(reason: try text(.internalNote, required: true)!)
            case .close?: event = .close(outcome: try text(.outcome, required: false))
            case .receive?, nil:
                throw Abort(.badRequest, reason: req.t("error_bad_request"))
            }
        } catch let problem as FeedbackTextProblem {
            return try await refuse(problem.message(language))
        }
        do {
            try await store(req).apply(event, to: item.requireID(), expectedRevision: form.revision,
                                       extras: .init(action: form.actionText), by: actor, at: req.clock.now())
            req.setNotice("\(req.t("feedback_notice_step")) \(event.action.name(language))")
        } catch let refusal as FeedbackRefusal {
            return try await refuse(refusal.messages(language).joined(separator: " "), status: refusal.isStale ? .conflict : .unprocessableEntity)
        }
        return req.redirect(to: .complaint(try item.requireID()))
    }

    struct ConfirmForm: Content {
        /// `yes` from the confirmation page; without it nothing is published and the page asks.
        var confirm: String?
    }

    /// Publishing puts text on the public announcements page: the first POST shows exactly what
    /// will appear there and asks again; only the POST with `confirm=yes` publishes.
    @Sendable func publish(req: Request) async throws -> Response {
        let item = try await findItem(req)
        if try req.content.decode(ConfirmForm.self).confirm != "yes" {
            if let refusal = FeedbackStore.publishRefusal(item) {
                req.setNotice(refusal.messages(req.language).joined(separator: " "))
                return req.redirect(to: .complaint(try item.requireID()))
            }
            guard !item.outcomePublished else { return req.redirect(to: .complaint(try item.requireID())) }
            return FeedbackPublishConfirmPage(chrome: req.pageChrome(title: req.t("feedback_publish_confirm_title")), item: item,
                                              today: req.clock.today).response()
        }
        do {
            _ = try await store(req).publish(item.requireID(), by: try req.staffRef, role: try req.staff.role, at: req.clock.now())
            req.setNotice(req.t("feedback_notice_published"))
        } catch let refusal as FeedbackRefusal {
            req.setNotice(refusal.messages(req.language).joined(separator: " "))
        }
        return req.redirect(to: .complaint(try item.requireID()))
    }

    struct ShareForm: Content {
        var lesson: String?
    }

    @Sendable func share(req: Request) async throws -> Response {
        let item = try await findItem(req)
        let form = try req.content.decode(ShareForm.self)
        do {
            let lesson = try FeedbackText.optional(form.lesson, field: .lesson)
            _ = try await store(req).share(item.requireID(), lesson: lesson == nil || lesson?.value == item.lesson ? nil : lesson,
                                           by: try req.staffRef, role: try req.staff.role, at: req.clock.now())
            req.setNotice(req.t("feedback_notice_shared"))
        } catch let refusal as FeedbackRefusal {
            req.setNotice(refusal.messages(req.language).joined(separator: " "))
        } catch let problem as FeedbackTextProblem {
            req.setNotice(problem.message(req.language))
        }
        return req.redirect(to: .complaint(try item.requireID()))
    }

    @Sendable func attachment(req: Request) async throws -> Response {
        let item = try await findItem(req)
        guard let id = req.parameters.get("attachmentID", as: UUID.self), let file = try await FeedbackAttachment.find(id, on: req.db),
              file.$item.id == item.id else {
            throw Abort(.notFound)
        }
        try await req.audit(.complaintAttachmentRead, subject: item.reference, details: "attachment=\(file.storedName)")
        return try await req.storedUploadResponse(at: AttachmentStore(directory: FeedbackIntakeFlow.uploads(req)).path(of: file.storedName),
                                                  storedName: file.storedName)
    }

    // MARK: Knowledge, notice board

    @Sendable func knowledge(req: Request) async throws -> FeedbackKnowledgePage {
        let items = try await FeedbackItem.query(on: req.db).filter(\.$shareWithStaff == true).sort(\.$closedAt, .descending).all()
        return FeedbackKnowledgePage(chrome: req.pageChrome(title: req.t("complaints_knowledge_title")), items: items)
    }

    @Sendable func noticeBoard(req: Request) async throws -> FeedbackNoticeBoardPage {
        let items = try await FeedbackItem.query(on: req.db).filter(\.$outcomePublished == true).sort(\.$publishedAt, .descending).limit(50).all()
        return FeedbackNoticeBoardPage(chrome: req.pageChrome(title: req.t("complaints_notice_board_title")), items: items, today: req.clock.today,
                                       publicAddress: req.publicAddress)
    }

    // MARK: Reports

    struct MonthQuery: Content {
        /// `2026-04` (links), or the picker's month number with `year`.
        var month: String?
        var year: String?
        var format: String?
        var part: String?
    }

    @Sendable func monthly(req: Request) async throws -> Response {
        let query = try req.query.decode(MonthQuery.self)
        let month = try parseMonth(year: query.year, month: query.month, req)
        let report = try await store(req).monthlyReport(month)
        if query.format == "csv" {
            let language = req.language
            return query.part == "02"
                ? try await req.auditedCSV(report.summaryCSV(language), filename: "Complaint_02-\(month).csv", report: "Complaint_02",
                                           filters: ["month": month.description])
                : try await req.auditedCSV(report.listingCSV(language), filename: "Complaint_01-\(month).csv", report: "Complaint_01",
                                           filters: ["month": month.description])
        }
        return try await monthlyPage(req, report: report).response()
    }

    private func monthlyPage(_ req: Request, report: MonthlyComplaintReport, error: String? = nil) async throws -> FeedbackMonthlyReportPage {
        let submission = try await ComplaintReportSubmission.query(on: req.db).filter(\.$month == report.month.description).first()
        let ids = try await FeedbackQuery.ids(ofReferences: report.rows.map(\.reference.description), on: req.db)
        return FeedbackMonthlyReportPage(chrome: req.pageChrome(title: req.t("complaints_monthly_title")), report: report, submission: submission,
                                         today: req.clock.today, mayMarkSent: req.can(.publishFeedback), error: error, itemIDs: ids)
    }

    struct SentForm: Content {
        var month: String
    }

    @Sendable func markSent(req: Request) async throws -> Response {
        let form = try req.content.decode(SentForm.self)
        let month = try parseMonth(year: nil, month: form.month, req)
        // Marking it sent silences the report's reminders: only once the month is over.
        if let problem = month.markSentProblem(on: req.clock.today) {
            return try await monthlyPage(req, report: try await store(req).monthlyReport(month), error: problem.message(req.language))
                .response(status: .unprocessableEntity)
        }
        let staff = try req.staffRef
        if try await ComplaintReportSubmission.query(on: req.db).filter(\.$month == month.description).first() == nil {
            let submission = ComplaintReportSubmission()
            submission.month = month.description
            submission.sentAt = req.clock.now()
            submission.sentByID = staff.id
            submission.sentByName = staff.name
            do { try await submission.create(on: req.db) } catch let error as any DatabaseError where error.isConstraintFailure {
                // Marked by someone else at the same moment: theirs stands.
            }
        }
        req.setNotice(req.t("complaints_report_marked_sent"))
        return req.redirect(to: .complaintsMonthly(.init(["month": "\(month)"])))
    }

    struct QuarterQuery: Content {
        /// `2026-Q3` / `FY2570-Q1` (links), or the picker's `year` (`2026`, `FY2570`) and `q` (1–4).
        var quarter: String?
        var year: String?
        var q: String?
        var format: String?
    }

    @Sendable func quarterly(req: Request) async throws -> Response {
        let query = try req.query.decode(QuarterQuery.self)
        var quarter = ReportQuarter.calendar(containing: req.clock.today).previous
        switch ReportPeriodQuery.quarter(year: query.year, quarter: query.q, combined: query.quarter) {
        case .success(let parsed): quarter = parsed
        case .failure(let text): throw Abort(.badRequest, reason: "\(req.t("complaints_error_quarter")) “\(text)”")
        case nil: break
        }
        let summary = try await store(req).quarterlySummary(quarter)
        if query.format == "csv" {
            return try await req.auditedCSV(summary.csv(req.language), filename: "complaints-\(quarter).csv", report: "complaints-quarterly",
                                            filters: ["quarter": quarter.description])
        }
        let ids = try await FeedbackQuery.ids(ofReferences: summary.track4.map(\.reference.description) + summary.lessons.map(\.reference.description),
                                              on: req.db)
        return FeedbackQuarterlyPage(chrome: req.pageChrome(title: req.t("complaints_quarterly_title")), summary: summary,
                                     today: req.clock.today, itemIDs: ids).response()
    }

    private func parseMonth(year: String?, month: String?, _ req: Request) throws -> ReportMonth {
        switch ReportPeriodQuery.month(year: year, month: month) {
        case .success(let parsed): return parsed
        case .failure(let text): throw Abort(.badRequest, reason: "\(req.t("complaints_error_month")) “\(text)”")
        case nil: return ReportMonth.reportable(on: req.clock.today)
        }
    }

    // MARK: MT meeting days

    @Sendable func meetings(req: Request) async throws -> FeedbackMeetingsPage {
        let days = try await CommitteeMeetingDay.query(on: req.db).sort(\.$day).all()
        let open = try await FeedbackItem.query(on: req.db).filter(\.$track == ComplaintTrack.needsBudget.rawValue)
            .filter(\.$status !~ [.resolved, .closed]).count()
        return FeedbackMeetingsPage(chrome: req.pageChrome(title: req.t("complaints_meetings_title")), days: days, openTrack4: open,
                                    today: req.clock.today, canEdit: req.can(.scheduleMeetings))
    }

    struct MeetingForm: Content {
        var day: String
        var note: String?
    }

    @Sendable func addMeeting(req: Request) async throws -> Response {
        let form = try req.content.decode(MeetingForm.self)
        let day = try req.formDay(form.day)
        if try await CommitteeMeetingDay.query(on: req.db).filter(\.$day == day.iso).first() == nil {
            let meeting = CommitteeMeetingDay()
            meeting.day = day.iso
            meeting.note = String((form.note ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(200))
            meeting.recordedBy = try req.staff.username
            try await meeting.create(on: req.db)
            try await store(req).refreshTrack4DueDays()
            try await req.audit(.settingChange, subject: "mt-meeting-days", details: "added=\(day.iso)")
        }
        req.setNotice(req.t("complaints_meeting_added"))
        return req.redirect(to: .complaintsMeetings)
    }

    @Sendable func removeMeeting(req: Request) async throws -> Response {
        guard let id = req.parameters.get("meetingID", as: UUID.self), let meeting = try await CommitteeMeetingDay.find(id, on: req.db) else {
            throw Abort(.notFound)
        }
        try await meeting.delete(on: req.db)
        try await store(req).refreshTrack4DueDays()
        try await req.audit(.settingChange, subject: "mt-meeting-days", details: "removed=\(meeting.day)")
        req.setNotice(req.t("complaints_meeting_removed"))
        return req.redirect(to: .complaintsMeetings)
    }

    private func findItem(_ req: Request) async throws -> FeedbackItem {
        guard let id = req.parameters.get("itemID", as: UUID.self), let item = try await FeedbackItem.find(id, on: req.db) else {
            throw Abort(.notFound, reason: req.t("feedback_error_not_found"))
        }
        return item
    }
}
