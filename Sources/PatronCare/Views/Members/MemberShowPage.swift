import Foundation
import PatronCore

/// One member's page: facts, what each channel may carry and why, the contact-preference history,
/// contacts and address (only for roles allowed to see personal data — `MemberView`), documents on
/// file, deposits with their claim-deadline history, and the forms the reader's role may use.
struct MemberShowPage: Page {
    struct Document {
        let name: String
        let kind: String
        let datedOn: String
        let recordedBy: String
        /// Link to the uploaded scan, for roles that may see personal data.
        let scanHref: String?
    }

    /// What one channel may carry for this member, and why (the lawful-basis rule).
    struct ChannelRow {
        let channel: String
        let name: String
        let hasContact: Bool
        let consent: Bool
        let optedOut: Bool
        let serviceAllowed: Bool
        let serviceWhy: String
        let consentAllowed: Bool
        let consentWhy: String
    }

    struct ContactChange {
        let at: String
        let kind: String
        let channel: String
        let via: String
        let recordedBy: String
    }

    /// What the reader's role may do on this page.
    struct Permissions {
        /// Edit the record, its contact rules and its documents.
        let canEdit: Bool
        /// Take a deposit at the counter.
        let canTakeDeposit: Bool
    }

    /// The counter's deposit form: what the core's `DepositIntake` offers this member, and — when a
    /// POST was refused — what was typed and why.
    struct DepositForm {
        /// What was typed in the refused form.
        struct Typed {
            var amount = ""
            var paymentMethod = ""
            var counter = ""
            var reason = ""
        }

        let offer: DepositIntake.Offer
        /// The reader may take a second deposit (a head, with a reason).
        let maySecond: Bool
        let counterName: String
        /// A fresh key, so that a form sent twice takes the deposit once (kept when a refused form is shown again).
        let idempotencyKey: String
        var typed: Typed? = nil
        var errors: [String] = []
    }

    /// The deposit section's form, worked out from the offer.
    enum DepositOffer {
        /// Nothing to offer and nothing to say (the type pays no deposit).
        case none
        /// Why no deposit is taken (the membership expired, the member is suspended).
        case notTaken(String)
        /// The first deposit, pre-filled with the policy's amount.
        case first(amount: String)
        /// A deposit is held: what it is, and the second-deposit form only for a head.
        case second(held: String, form: Bool)
    }

    let chrome: PageChrome
    let editHref: String
    let remindersAction: String
    let consentAction: String
    let documentsAction: String
    let depositsAction: String
    let row: MemberRow
    let nameTh: String
    let nameEn: String
    let enrolledOn: String
    let expiresOn: String
    let showPersonalData: Bool
    let email: String
    let mobile: String
    let lineUserID: String
    let addressLines: [String]
    let postcode: String
    let preferredLanguage: String
    let consents: [String]
    let notes: String
    let documents: [Document]
    let documentKinds: [SelectOption]
    let today: String
    let permissions: Permissions
    let deposits: [DepositRow]
    let depositOffer: DepositOffer
    let typedDeposit: DepositForm.Typed?
    let depositErrors: [String]
    let paymentMethods: [SelectOption]
    let counterName: String
    let idempotencyKey: String
    let remindersOptOut: Bool
    let channels: [ChannelRow]
    let viaOptions: [SelectOption]
    let contactHistory: [ContactChange]
    let addressUndeliverableOn: String?
    let deadlineChanges: [DeadlineChangeRow]

    init(chrome: PageChrome, member: Member, documents: [MemberDocument], deposits: [Deposit],
         contactHistory: [ContactPreferenceChangeRecord], deadlineChanges: [ClaimDeadlineChangeRecord],
         today: CivilDate, mask: PersonalDataMask, permissions: Permissions, depositForm: DepositForm) {
        let t = chrome.words
        let language = chrome.language
        let draft = member.draft
        let view = MemberView(draft, mask: mask)
        self.chrome = chrome
        showPersonalData = view.showsPersonalData
        editHref = SiteRoute.href(member.id) { .memberEdit($0) }
        remindersAction = SiteRoute.href(member.id) { .memberReminders($0) }
        consentAction = SiteRoute.href(member.id) { .memberConsent($0) }
        documentsAction = SiteRoute.href(member.id) { .memberDocuments($0) }
        depositsAction = SiteRoute.href(member.id) { .memberDeposits($0) }
        row = MemberRow(member, language: language, today: today, mask: mask)
        nameTh = view.showsPersonalData ? view.nameTh : ""
        nameEn = view.showsPersonalData ? view.nameEn : ""
        enrolledOn = DateDisplay.short(draft.enrolledOn, language)
        expiresOn = DateDisplay.short(draft.expiresOn, language)
        email = view.email
        mobile = view.mobile
        lineUserID = view.lineUserID
        addressLines = view.addressLines
        postcode = view.postcode
        preferredLanguage = draft.preferredLanguage == .th ? "ไทย" : "English"
        consents = ContactChannel.allCases.filter { draft.consent.allows($0) }.map { $0.name(language) }
        notes = view.notes
        let personal = view.showsPersonalData
        self.documents = documents.map {
            Document(name: $0.name, kind: t("document_kind_\($0.kind.rawValue)"),
                     datedOn: CivilDate(iso: $0.datedOn).map { DateDisplay.short($0, language) } ?? $0.datedOn,
                     recordedBy: $0.recordedBy,
                     scanHref: $0.storedFile != nil && personal
                        ? SiteRoute.memberDocumentScan(member.id ?? UUID(), document: $0.id ?? UUID()).href : nil)
        }
        documentKinds = MemberDocument.Kind.allCases.map {
            SelectOption(value: $0.rawValue, label: t("document_kind_\($0.rawValue)"), selected: false)
        }
        self.today = today.iso
        self.permissions = permissions
        self.deposits = deposits.map { DepositRow($0, today: today, words: t) }
        switch depositForm.offer {
        case .notRequired:
            depositOffer = .none
        case .membershipNotCurrent(let status, let day):
            depositOffer = .notTaken((status == .suspended ? DepositIntakeProblem.memberSuspended : .membershipExpired(day)).message(language))
        case .first(let amount):
            depositOffer = .first(amount: amount.formatted(.plain))
        case .second(let held, _):
            let list = held.map { "\($0.receiptNumber), \($0.balance.formatted(.plain)) \(t("baht"))" }.joined(separator: "; ")
            depositOffer = .second(held: list, form: depositForm.maySecond)
        }
        typedDeposit = depositForm.typed
        depositErrors = depositForm.errors
        paymentMethods = SelectOption.paymentMethods(language, selected: depositForm.typed.map(\.paymentMethod).flatMap { $0.isEmpty ? nil : $0 })
        counterName = depositForm.typed.map(\.counter).flatMap { $0.isEmpty ? nil : $0 } ?? depositForm.counterName
        idempotencyKey = depositForm.idempotencyKey
        remindersOptOut = member.remindersOptOut
        let contacts = member.contactsOnFile
        let preferences = member.contactPreferences
        channels = ContactChannel.allCases.map { channel in
            let service = ContactRule.verdict(.refund, on: channel, contacts: contacts, preferences: preferences)
            let survey = ContactRule.verdict(.survey, on: channel, contacts: contacts, preferences: preferences)
            return ChannelRow(channel: channel.rawValue, name: channel.name(language), hasContact: contacts.channels.contains(channel),
                              consent: preferences.consent.allows(channel), optedOut: preferences.optedOutChannels.contains(channel),
                              serviceAllowed: service.isAllowed, serviceWhy: service.explanation(language),
                              consentAllowed: survey.isAllowed, consentWhy: survey.explanation(language))
        }
        viaOptions = ContactPreferenceChange.Via.allCases.map { SelectOption(value: $0.rawValue, label: $0.name(language), selected: $0 == .counter) }
        self.contactHistory = contactHistory.map { record in
            let local = BangkokTime(record.recordedAt)
            return ContactChange(at: "\(DateDisplay.short(local.day, language)) \(local.clock)", kind: record.kind.name(language),
                                 channel: ContactChannel(rawValue: record.channel)?.name(language) ?? t("contact_all_channels"),
                                 via: record.via.name(language), recordedBy: record.recordedBy)
        }
        addressUndeliverableOn = member.addressUndeliverableOn.flatMap { CivilDate(iso: $0) }.map { DateDisplay.short($0, language) }
        let receipts = Dictionary(uniqueKeysWithValues: deposits.compactMap { d in d.id.map { ($0, d.receiptNumber) } })
        self.deadlineChanges = deadlineChanges.map { DeadlineChangeRow($0, receiptNumber: receipts[$0.$deposit.id] ?? "", language: language) }
    }

    var content: HTML {
        let t = chrome.words
        return """
        <div class="titlebar">
          <h1>\(row.cardNumber) · \(row.name)</h1>
          \("<a class=\"button\" href=\"\(editHref)\">\(t("member_edit"))</a>", if: permissions.canEdit)
        </div>
        <section class="card">
          <dl class="facts">
            \(personalNames)
            <dt>\(t("member_segment"))</dt><dd>\(row.segment) — \(row.segmentName)</dd>
            <dt>\(t("member_type"))</dt><dd>\(row.membershipType)</dd>
            <dt>\(t("member_enrolled"))</dt><dd>\(enrolledOn)</dd>
            <dt>\(t("member_expires"))</dt><dd>\(expiresOn)</dd>
            <dt>\(t("member_status"))</dt><dd><span class="status status-\(row.status)">\(row.statusName)</span></dd>
            <dt>\(t("member_language"))</dt><dd>\(preferredLanguage)</dd>
            <dt>\(t("member_consent"))</dt><dd>\(consents.map { consent -> HTML in "<span class=\"tag\">\(consent)</span> " })</dd>
            <dt>\(t("member_reminders"))</dt><dd>\(t(remindersOptOut ? "member_reminders_off" : "member_reminders_on"))
              \(permissions.canEdit ? remindersForm : nil)</dd>
          </dl>
        </section>
        \(channelsSection)
        \(showPersonalData ? contactsSection : "<p class=\"hint\">\(t("member_personal_hidden"))</p>")
        \(documentsSection)
        \(depositsSection)
        <p><a href="\(SiteRoute.members().href)">← \(t("members_back"))</a></p>
        """
    }

    private var personalNames: HTML? {
        guard showPersonalData else { return nil }
        let t = chrome.words
        return """
        <dt>\(t("member_name_th"))</dt><dd>\(nameTh)</dd>
            <dt>\(t("member_name_en"))</dt><dd>\(nameEn)</dd>
        """
    }

    /// The hidden fields of a contact-rule form and the "told us how" select.
    private var csrfField: HTML { "<input type=\"hidden\" name=\"_csrf\" value=\"\(chrome.csrf)\">" }

    private var viaSelect: HTML {
        "<select name=\"via\" aria-label=\"\(chrome.words("contact_via"))\">\(viaOptions.map(\.optionTag))</select>"
    }

    /// Stop or resume reminders on every channel.
    private var remindersForm: HTML {
        let t = chrome.words
        return """
        <form method="post" action="\(remindersAction)" class="inline">\(csrfField)<input type="hidden" name="optOut" value="\(remindersOptOut ? "false" : "true")"><input type="hidden" name="channel" value="all">\(viaSelect) <button type="submit" class="link">\(t(remindersOptOut ? "member_reminders_resume" : "member_reminders_stop"))</button></form>
        """
    }

    private var channelsSection: HTML {
        let t = chrome.words
        let rows = channels.map { channel -> HTML in """
            <tr>
              <td>\(channel.name)</td>
              <td>\(t(channel.hasContact ? "contact_yes" : "contact_no"))</td>
              <td><span class="status \(channel.serviceAllowed ? "status-sent" : "status-dead")">\(channel.serviceWhy)</span></td>
              <td><span class="status \(channel.consentAllowed ? "status-sent" : "status-dead")">\(channel.consentWhy)</span></td>
              \(permissions.canEdit ? channelForms(channel) : nil)
            </tr>
            """ }
        return """
        <section class="card" id="channels">
          <h2>\(t("contact_channels_title"))</h2>
          <p class="hint">\(t("contact_basis_hint"))</p>
          \(addressUndeliverableOn.map { day -> HTML in "<p class=\"status status-dead\">\(t("contact_address_undeliverable")) \(day)</p>" })
          <table class="list">
            <thead><tr><th>\(t("contact_channel"))</th><th>\(t("contact_on_file"))</th><th>\(t("contact_service_notices"))</th><th>\(t("contact_surveys"))</th>\("<th></th>", if: permissions.canEdit)</tr></thead>
            <tbody>\(rows)</tbody>
          </table>
          <h3>\(t("contact_history_title"))</h3>
          \(contactHistory.isEmpty ? "<p class=\"empty\">\(t("contact_history_none"))</p>" : contactHistoryTable)
        </section>
        """
    }

    /// Stop/resume one channel, give/withdraw consent on it.
    private func channelForms(_ channel: ChannelRow) -> HTML {
        let t = chrome.words
        return """
        <td>
                <form method="post" action="\(remindersAction)" class="inline">\(csrfField)<input type="hidden" name="channel" value="\(channel.channel)"><input type="hidden" name="optOut" value="\(channel.optedOut ? "false" : "true")">\(viaSelect) <button type="submit" class="link">\(t(channel.optedOut ? "contact_resume_channel" : "contact_stop_channel"))</button></form>
                <form method="post" action="\(consentAction)" class="inline">\(csrfField)<input type="hidden" name="channel" value="\(channel.channel)"><input type="hidden" name="given" value="\(channel.consent ? "false" : "true")">\(viaSelect) <button type="submit" class="link">\(t(channel.consent ? "contact_withdraw_consent" : "contact_give_consent"))</button></form>
              </td>
        """
    }

    private var contactHistoryTable: HTML {
        let t = chrome.words
        let rows = contactHistory.map { change -> HTML in
            "<tr><td>\(change.at)</td><td>\(change.kind)</td><td>\(change.channel)</td><td>\(change.via)</td><td>\(change.recordedBy)</td></tr>"
        }
        return """
        <table class="list">
            <thead><tr><th>\(t("contact_history_when"))</th><th>\(t("contact_history_change"))</th><th>\(t("contact_channel"))</th><th>\(t("contact_via"))</th><th>\(t("contact_history_by"))</th></tr></thead>
            <tbody>\(rows)</tbody>
          </table>
        """
    }

    /// Contacts, address and notes — only built when the reader may see personal data.
    private var contactsSection: HTML {
        let t = chrome.words
        return """
        <section class="card">
          <h2>\(t("member_contacts"))</h2>
          <dl class="facts">
            <dt>\(t("member_email"))</dt><dd>\(email)</dd>
            <dt>\(t("member_mobile"))</dt><dd>\(mobile)</dd>
            <dt>\(t("member_line"))</dt><dd>\(lineUserID)</dd>
            <dt>\(t("member_address"))</dt><dd>\(addressLines.map { line -> HTML in "\(line)<br>" }) \(postcode)</dd>
          </dl>
          \(notes.isEmpty ? nil : "<p class=\"notes\">\(notes)</p>" as HTML?)
        </section>
        """
    }

    private var documentsSection: HTML {
        let t = chrome.words
        let rows = documents.map { document -> HTML in
            let scan = document.scanHref.map { href -> HTML in " · <a href=\"\(href)\">\(t("document_scan"))</a>" }
            return "<tr><td>\(document.name)\(scan)</td><td>\(document.kind)</td><td>\(document.datedOn)</td><td>\(document.recordedBy)</td></tr>"
        }
        let table: HTML = documents.isEmpty ? "<p class=\"empty\">\(t("documents_none"))</p>" : """
        <table class="list">
            <thead><tr><th>\(t("document_name"))</th><th>\(t("document_kind"))</th><th>\(t("document_date"))</th><th>\(t("document_recorded_by"))</th></tr></thead>
            <tbody>\(rows)</tbody>
          </table>
        """
        return """
        <section class="card">
          <h2>\(t("documents_title"))</h2>
          \(table)
          \(permissions.canEdit ? documentForm : nil)
        </section>
        """
    }

    private var documentForm: HTML {
        let t = chrome.words
        let kinds = documentKinds.map { kind -> HTML in "<option value=\"\(kind.value)\">\(kind.label)</option>" }
        return """
        \(DateField.assets(t))
        <form method="post" action="\(documentsAction)" class="row">
            \(csrfField)
            <label>\(t("document_name"))<input name="name" required maxlength="200"></label>
            <label>\(t("document_kind"))<select name="kind">\(kinds)</select></label>
            <label>\(t("document_date"))\(DateField.input("datedOn", value: today, t, required: true))</label>
            <button type="submit">\(t("document_add"))</button>
          </form>
        """
    }

    private var depositsSection: HTML {
        let t = chrome.words
        let rows = deposits.map { deposit -> HTML in """
            <tr>
              <td><a href="\(deposit.href)">\(deposit.receiptNumber)</a></td><td class="num">\(deposit.amount)</td><td class="num">\(deposit.balance)</td>
              <td>\(deposit.receivedOn)</td><td>\(deposit.lastClaimDay)</td><td><span class="status status-\(deposit.state)">\(deposit.stateName)</span></td>
            </tr>
            """ }
        let table: HTML = deposits.isEmpty ? "<p class=\"empty\">\(t("deposits_none"))</p>" : """
        <table class="list">
            <thead><tr><th>\(t("deposit_receipt"))</th><th class="num">\(t("deposit_amount"))</th><th class="num">\(t("deposit_balance"))</th><th>\(t("deposit_received"))</th><th>\(t("deposit_claim_deadline"))</th><th>\(t("deposit_state"))</th></tr></thead>
            <tbody>\(rows)</tbody>
          </table>
        """
        return """
        <section class="card">
          <h2>\(t("deposits_title"))</h2>
          \(table)
          \(deadlineChanges.isEmpty ? nil : deadlineHistory)
          \(permissions.canTakeDeposit ? depositForm : nil)
        </section>
        """
    }

    private var deadlineHistory: HTML {
        let t = chrome.words
        let rows = deadlineChanges.map { change -> HTML in
            "<tr><td>\(change.receiptNumber)</td><td>\(change.from)</td><td>\(change.to)</td><td>\(change.reason)</td><td>\(change.changedBy)</td><td>\(change.changedAt)</td></tr>"
        }
        return """
        <h3>\(t("deadline_history_title"))</h3>
          <table class="list">
            <thead><tr><th>\(t("deposit_receipt"))</th><th>\(t("deadline_history_from"))</th><th>\(t("deadline_history_to"))</th><th>\(t("deadline_history_reason"))</th><th>\(t("contact_history_by"))</th><th>\(t("contact_history_when"))</th></tr></thead>
            <tbody>\(rows)</tbody>
          </table>
        """
    }

    private var depositForm: HTML? {
        let t = chrome.words
        let errors: HTML? = depositErrors.isEmpty ? nil
            : "<div class=\"error\" role=\"alert\" id=\"deposit-errors\"><p>\(t("deposit_refused"))</p><ul>\(depositErrors.map { e -> HTML in "<li>\(e)</li>" })</ul></div>"
        switch depositOffer {
        case .none:
            return errors
        case .notTaken(let why):
            return "\(errors)<p class=\"hint\" id=\"deposit-not-taken\">\(why)</p>"
        case .first(let amount):
            return """
            \(errors)
              <form method="post" action="\(depositsAction)" class="row" id="take-deposit">
                \(csrfField)
                <input type="hidden" name="idempotencyKey" value="\(idempotencyKey)">
                <label>\(t("deposit_amount_baht"))<input name="amount" value="\(typedDeposit?.amount ?? amount)" inputmode="decimal" required></label>
                <label>\(t("deposit_payment_method"))<select name="paymentMethod">\(paymentMethods.map(\.optionTag))</select></label>
                <label>\(t("deposit_counter"))<input name="counter" value="\(counterName)"></label>
                <button type="submit">\(t("deposit_take"))</button>
              </form>
            """
        case .second(let held, let form):
            let note: HTML = "<p class=\"hint\" id=\"deposit-held\">\(t("deposit_held").replacingOccurrences(of: "{receipts}", with: held))</p>"
            guard form else { return "\(errors)\(note)" }
            return """
            \(errors)
              \(note)
              <details\(" open", if: typedDeposit != nil)><summary>\(t("deposit_second_take"))</summary>
              <form method="post" action="\(depositsAction)" class="row" id="take-second-deposit">
                \(csrfField)
                <input type="hidden" name="idempotencyKey" value="\(idempotencyKey)">
                <label>\(t("deposit_amount_baht"))<input name="amount" value="\(typedDeposit?.amount ?? "")" inputmode="decimal" required></label>
                <label>\(t("deposit_payment_method"))<select name="paymentMethod">\(paymentMethods.map(\.optionTag))</select></label>
                <label>\(t("deposit_counter"))<input name="counter" value="\(counterName)"></label>
                <label class="grow">\(t("deposit_second_reason"))<input name="reason" value="\(typedDeposit?.reason ?? "")" required maxlength="1000"></label>
                <button type="submit">\(t("deposit_second_submit"))</button>
              </form>
              </details>
            """
        }
    }
}
