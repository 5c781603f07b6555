import Foundation
import PatronCore

/// One item for staff: facts, contact (only with the personal-data permission), the history
/// with internal notes, and the forms of the steps the signed-in role may take now.
struct FeedbackShowPage: Page {
    struct Fact {
        let label: String
        let value: String
    }

    struct LogLine {
        let at: String
        let who: String
        let action: String
        let change: String
        let note: String
        let isPublic: Bool
    }

    /// The form of one workflow step; the optional parts are the fields that step asks for.
    struct ActionForm {
        let code: String
        let label: String
        var trackOptions: [SelectOption]? = nil
        var levelOptions: [SelectOption]? = nil
        var staffOptions: [SelectOption]? = nil
        var textLabel: String? = nil
        var textValue = ""
        var textRequired = false
        var actionText = false
        var actionTextValue = ""
        var groupValue = ""
    }

    /// What was typed in a step form that was refused, shown again in that form.
    struct Typed: Equatable, Sendable {
        let action: String
        let text: String
        let actionText: String
        let group: String
    }

    struct Attachment {
        let href: String
        let name: String
    }

    let chrome: PageChrome
    let publishAction: String
    let shareAction: String
    let stepsAction: String
    let revision: Int
    let reference: String
    let facts: [Fact]
    let summary: String
    let details: String
    let showContact: Bool
    let contact: [Fact]
    let anonymous: Bool
    let overdue: Bool
    let trackDescription: String?
    let outcome: String?
    let decision: String?
    let lesson: String?
    let published: Bool
    let shared: Bool
    let attachments: [Attachment]
    let log: [LogLine]
    let actions: [ActionForm]
    let canPublish: Bool
    let canShare: Bool
    let deliveryNote: String
    /// Why the last step was refused (shown above the forms).
    let refusal: String?
    /// Typed text whose form is not offered any more (the item moved on meanwhile): shown to copy.
    let orphanedText: [String]

    /// `showsPersonalData`: the reader's mask shows contacts; `mayPublish`: the reader's role may publish and share.
    init(chrome: PageChrome, item: FeedbackItem, log: [FeedbackLogRecord], attachments: [FeedbackAttachment], staff: [StaffUser],
         actor: FeedbackActor, overdue: Bool, dueBasis: String, showsPersonalData: Bool, mayPublish: Bool,
         typed: Typed? = nil, refusal: String? = nil) {
        let language = chrome.language
        let t = chrome.words
        self.chrome = chrome
        publishAction = SiteRoute.href(item.id) { .complaintPublish($0) }
        shareAction = SiteRoute.href(item.id) { .complaintShare($0) }
        stepsAction = SiteRoute.href(item.id) { .complaintSteps($0) }
        revision = item.revision
        reference = item.reference
        let dueText = (CivilDate(iso: item.dueDay).map { DateDisplay.long($0, language) } ?? item.dueDay) + (dueBasis.isEmpty ? "" : " (\(dueBasis))")
        var facts = [
            Fact(label: t("feedback_kind"), value: item.kind.name(language)),
            Fact(label: t("feedback_channel"), value: item.channel.name(language)),
            Fact(label: t("feedback_service"), value: item.service.name(language)),
            Fact(label: t("feedback_segment"), value: item.segment.map { "\($0.rawValue) — \($0.name(language))" } ?? "–"),
            Fact(label: t("feedback_received"), value: WeekdayName.dayAndTime(BangkokTime(item.receivedAt), language)),
            Fact(label: t("feedback_status"), value: item.status.name(language)),
            Fact(label: t("feedback_track"), value: item.complaintTrack?.name(language) ?? "–"),
            Fact(label: t("feedback_due"), value: dueText),
            Fact(label: t("feedback_escalation"), value: item.escalationLevel.name(language)),
            Fact(label: t("feedback_assignee"), value: item.assigneeName.isEmpty ? "–" : item.assigneeName),
        ]
        if let action = item.action { facts.append(Fact(label: t("feedback_action_taken"), value: action)) }
        self.facts = facts
        summary = item.summary
        details = item.details
        showContact = showsPersonalData
        anonymous = item.anonymous
        contact = showsPersonalData && !item.anonymous ? [
            Fact(label: t("feedback_contact_name"), value: item.contactName.isEmpty ? "–" : item.contactName),
            Fact(label: t("feedback_contact_email"), value: item.contactEmail.isEmpty ? "–" : item.contactEmail),
            Fact(label: t("feedback_contact_phone"), value: item.contactPhone.isEmpty ? "–" : item.contactPhone),
            Fact(label: t("feedback_consent"), value: t(item.consentToContact ? "feedback_yes" : "feedback_no")),
        ] : []
        self.overdue = overdue
        trackDescription = item.complaintTrack?.description(language)
        outcome = item.outcome
        decision = item.decision
        lesson = item.lesson
        published = item.outcomePublished
        shared = item.shareWithStaff
        self.attachments = attachments.map {
            Attachment(href: SiteRoute.complaintAttachment(item.id ?? UUID(), attachment: $0.id ?? UUID()).href,
                       name: $0.originalName.isEmpty ? $0.fileKind : $0.originalName)
        }
        self.log = log.map { entry in
            let action = FeedbackAction(rawValue: entry.action)?.name(language)
                ?? t("feedback_log_\(entry.action.replacingOccurrences(of: "-", with: "_"))")
            let change = entry.fromStatus.map { $0 == entry.toStatus ? "" : "\($0.name(language)) → \(entry.toStatus.name(language))" }
                ?? entry.toStatus.name(language)
            return LogLine(at: WeekdayName.dayAndTime(BangkokTime(entry.at), language), who: entry.actorName(language), action: action,
                           change: change, note: entry.note ?? "", isPublic: entry.isPublic)
        }
        let staffOptions = staff.map {
            SelectOption(value: "person:\($0.username)", label: "\($0.displayName) (\($0.role.name(language)))", selected: $0.username == item.assigneeID)
        }
        let offered = FeedbackWorkflow.availableActions(for: item.state, by: actor)
        actions = offered.map { action in
            let form = Self.form(action, item: item, staffOptions: staffOptions, language: language, words: t)
            guard let typed, typed.action == action.rawValue else { return form }
            return form.with {
                if $0.textLabel != nil { $0.textValue = typed.text }
                $0.actionTextValue = typed.actionText
                $0.groupValue = typed.group
            }
        }
        self.refusal = refusal
        if let typed, !offered.contains(where: { $0.rawValue == typed.action }) {
            orphanedText = [typed.text, typed.actionText, typed.group].filter { !$0.isEmpty }
        } else {
            orphanedText = []
        }
        let delivery = OutcomeDelivery.decide(contactKnown: item.contactKnown, consentToContact: item.consentToContact)
        deliveryNote = delivery.name(language)
        canPublish = mayPublish && delivery == .publish && item.status.isFinished && item.outcome != nil && !item.outcomePublished
        canShare = mayPublish && item.status == .closed && !item.shareWithStaff
    }

    /// The form of one step as the item's state fills it in.
    private static func form(_ action: FeedbackAction, item: FeedbackItem, staffOptions: [SelectOption], language: Language,
                             words t: Words) -> ActionForm {
            let form = ActionForm(code: action.rawValue, label: action.name(language))
            switch action {
            case .triage:
                return form.with { $0.trackOptions = item.kind == .complaint ? FeedbackOptions.tracks(language, selected: nil) : nil }
            case .changeTrack:
                return form.with { $0.trackOptions = FeedbackOptions.tracks(language, selected: item.track) }
            case .assign:
                return form.with { $0.staffOptions = staffOptions; $0.textLabel = t("feedback_assign_group") }
            case .escalate:
                return form.with {
                    $0.levelOptions = EscalationLevel.allCases.filter { $0 > item.escalationLevel }
                        .map { SelectOption(value: String($0.rawValue), label: $0.name(language), selected: false) }
                }
            case .recordDecision, .addInternalNote, .recordLesson, .reopen:
                let field: FeedbackText.Field = action == .recordDecision ? .decision : action == .recordLesson ? .lesson : .internalNote
                return form.with {
                    $0.textLabel = action == .reopen ? t("feedback_reopen_reason") : field.name(language)
                    $0.textValue = action == .recordLesson ? (item.lesson ?? "") : ""
                    $0.textRequired = true
                }
            case .resolve:
                return form.with { $0.textLabel = FeedbackText.Field.outcome.name(language); $0.textValue = item.outcome ?? ""; $0.actionText = true }
            case .close:
                return form.with {
                    $0.textLabel = FeedbackText.Field.outcome.name(language)
                    $0.textValue = item.outcome ?? ""
                    $0.textRequired = item.outcome == nil
                }
            case .start, .receive:
                return form
            }
    }

    var content: HTML {
        let t = chrome.words
        return """
        <link rel="stylesheet" href="\(Asset.feedbackCSS.href)">
        <div class="titlebar"><h1>\(reference)</h1>\("<span class=\"status status-overdue\">\(t("feedback_overdue"))</span>", if: overdue)</div>
        \(FeedbackStaffTabs.nav(t))
        <section class="card">
          <h2 class="summary">\(summary)</h2>
          <dl class="facts">\(Self.factList(facts))</dl>
          \(trackDescription.map { text -> HTML in "<p class=\"hint\">\(text)</p>" })
          <h3>\(t("feedback_details"))</h3>
          <p class="details">\(details)</p>
          \(attachmentLinks)
        </section>
        <section class="card">
          <h2>\(t("feedback_contact"))</h2>
          \(contactDetails)
          <p class="hint">\(deliveryNote)</p>
        </section>
        <section class="card">
          <h2>\(t("feedback_outcome"))</h2>
          \(outcome.map { text -> HTML in "<p class=\"outcome\" id=\"staff-outcome\">\(text)</p>" } ?? "<p class=\"empty\">\(t("feedback_no_outcome"))</p>")
          \(decision.map { text -> HTML in "<h3>\(t("feedback_decision"))</h3><p>\(text)</p>" })
          \(lesson.map { text -> HTML in "<h3>\(t("feedback_lesson"))</h3><p>\(text)</p>" })
          \("<p><span class=\"status status-closed\">\(t("feedback_is_published"))</span></p>", if: published)
          \("<p><span class=\"status status-closed\">\(t("feedback_is_shared"))</span></p>", if: shared)
          \(publishForm)
          \(shareForm)
        </section>
        \(refusal.map { text -> HTML in """
        <div class="error" role="alert" id="step-refused"><p>\(text)</p>\
        \(orphanedText.isEmpty ? nil : "<p>\(t("feedback_typed_kept"))</p>\(orphanedText.map { typed -> HTML in "<pre class=\"typed\">\(typed)</pre>" })" as HTML)</div>
        """ })
        \(actions.isEmpty ? nil : stepForms)
        <section class="card">
          <h2>\(t("feedback_history"))</h2>
          <table class="list"><thead><tr><th>\(t("feedback_when"))</th><th>\(t("feedback_who"))</th><th>\(t("feedback_step"))</th>\
        <th>\(t("feedback_status"))</th><th>\(t("feedback_note"))</th></tr></thead>
          <tbody>\(log.map { line -> HTML in """
            <tr\(" class=\"internal\"", if: !line.isPublic)><td>\(line.at)</td><td>\(line.who)</td><td>\(line.action)</td><td>\(line.change)</td>\
            <td>\(line.note)\(" <small>(\(t("feedback_internal")))</small>", if: !line.isPublic)</td></tr>
            """ })</tbody></table>
        </section>
        """
    }

    private static func factList(_ facts: [Fact]) -> [HTML] {
        facts.map { fact -> HTML in "<dt>\(fact.label)</dt><dd>\(fact.value)</dd>" }
    }

    private var attachmentLinks: HTML? {
        guard !attachments.isEmpty else { return nil }
        let links = attachments.map { file -> HTML in "<a href=\"\(file.href)\">\(file.name)</a> " }
        return "<p>\(chrome.words("feedback_attachment")): \(links)</p>"
    }

    private var contactDetails: HTML {
        let t = chrome.words
        if anonymous { return "<p>\(t("feedback_anonymous_item"))</p>" }
        if showContact { return "<dl class=\"facts\">\(Self.factList(contact))</dl>" }
        return "<p>\(t("feedback_contact_hidden"))</p>"
    }

    private var publishForm: HTML? {
        guard canPublish else { return nil }
        return """
        <form method="post" action="\(publishAction)" class="inline"><input type="hidden" name="_csrf" value="\(chrome.csrf)">\
        <button type="submit" id="publish">\(chrome.words("feedback_publish"))</button></form>
        """
    }

    private var shareForm: HTML? {
        guard canShare else { return nil }
        let t = chrome.words
        return """
        <form method="post" action="\(shareAction)" class="form-grid">
            <input type="hidden" name="_csrf" value="\(chrome.csrf)">
            <label class="full">\(t("feedback_lesson"))<textarea name="lesson" rows="2" maxlength="2000">\(lesson)</textarea></label>
            <div class="full actions"><button type="submit">\(t("feedback_share"))</button></div>
          </form>
        """
    }

    private var stepForms: HTML {
        let t = chrome.words
        return """
        <section class="card">
          <h2>\(t("feedback_actions"))</h2>
          \(actions.map { step(for: $0) })
        </section>
        """
    }

    private func step(for form: ActionForm) -> HTML {
        let t = chrome.words
        let track = form.trackOptions.map { options -> HTML in
            "<label class=\"full\">\(t("feedback_track"))<select name=\"track\">\(options.map(\.optionTag))</select></label>"
        }
        let level = form.levelOptions.map { options -> HTML in
            "<label>\(t("feedback_escalation"))<select name=\"level\">\(options.map { option -> HTML in "<option value=\"\(option.value)\">\(option.label)</option>" })</select></label>"
        }
        let person = form.staffOptions.map { options -> HTML in
            "<label>\(t("feedback_assign_person"))<select name=\"assignee\"><option value=\"\">–</option>\(options.map(\.optionTag))</select></label>"
        }
        let text = form.textLabel.map { label -> HTML in
            let field: HTML = form.staffOptions != nil
                ? "<input name=\"group\" maxlength=\"100\" value=\"\(form.groupValue)\">"
                : "<textarea name=\"text\" rows=\"2\"\(" required", if: form.textRequired)>\(form.textValue)</textarea>"
            return "<label class=\"full\">\(label)\(field)</label>"
        }
        return """
        <form method="post" action="\(stepsAction)" class="step form-grid" data-action="\(form.code)">
            <input type="hidden" name="_csrf" value="\(chrome.csrf)">
            <input type="hidden" name="action" value="\(form.code)">
            <input type="hidden" name="revision" value="\(revision)">
            \(track)
            \(level)
            \(person)
            \(text)
            \("<label class=\"full\">\(t("feedback_action_taken"))<textarea name=\"actionText\" rows=\"2\">\(form.actionTextValue)</textarea></label>", if: form.actionText)
            <div class="full actions"><button type="submit">\(form.label)</button></div>
          </form>
        """
    }
}

private extension FeedbackShowPage.ActionForm {
    /// This form with the fields of its step filled in.
    func with(_ change: (inout Self) -> Void) -> Self {
        var form = self
        change(&form)
        return form
    }
}
