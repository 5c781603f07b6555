import PatronCore
import Vapor

/// One member's page. Contacts and address appear only to roles allowed to see personal data.
struct MemberShowContext: Encodable {
    struct Document: Encodable {
        let name: String
        let kind: String
        let datedOn: String
        let recordedBy: String
        /// Link to the uploaded scan, for roles that may see personal data.
        let scanHref: String?
    }

    /// What one channel may carry for this member, and why (the lawful-basis rule).
    struct ChannelRow: Encodable {
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

    struct ContactChange: Encodable {
        let at: String
        let kind: String
        let channel: String
        let via: String
        let recordedBy: String
    }

    let layout: LayoutContext
    let id: String
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
    let canEdit: Bool
    let deposits: [DepositRow]
    let canTakeDeposit: Bool
    /// The deposit this member's type pays on enrolment (baht), pre-filled in the form.
    let defaultDepositAmount: String
    let paymentMethods: [SelectOption]
    let counterName: String
    let idempotencyKey: String
    let remindersOptOut: Bool
    let channels: [ChannelRow]
    let viaOptions: [SelectOption]
    let contactHistory: [ContactChange]
    let addressUndeliverableOn: String?
    let deadlineChanges: [DeadlineChangeRow]

    init(_ request: Request, member: Member, documents: [MemberDocument], deposits: [Deposit],
         contactHistory: [ContactPreferenceChangeRecord], deadlineChanges: [ClaimDeadlineChangeRecord]) {
        let language = request.language
        let draft = member.draft
        let clockToday = request.clock.today
        let mask = request.personalDataMask
        let view = MemberView(draft, mask: mask)
        showPersonalData = view.showsPersonalData
        layout = LayoutContext(request, title: "\(request.t("member_title")) \(draft.cardNumber)")
        id = member.id?.uuidString ?? ""
        editHref = SiteRoute.href(member.id) { .memberEdit($0) }
        remindersAction = SiteRoute.href(member.id) { .memberReminders($0) }
        consentAction = SiteRoute.href(member.id) { .memberConsent($0) }
        documentsAction = SiteRoute.href(member.id) { .memberDocuments($0) }
        depositsAction = SiteRoute.href(member.id) { .memberDeposits($0) }
        row = MemberRow(member, language: language, today: clockToday, mask: mask)
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
        let personal = showPersonalData
        self.documents = documents.map {
            Document(name: $0.name, kind: request.t("document_kind_\($0.kind.rawValue)"),
                     datedOn: CivilDate(iso: $0.datedOn).map { DateDisplay.short($0, language) } ?? $0.datedOn,
                     recordedBy: $0.recordedBy,
                     scanHref: $0.storedFile != nil && personal
                        ? SiteRoute.memberDocumentScan(member.id ?? UUID(), document: $0.id ?? UUID()).href : nil)
        }
        documentKinds = MemberDocument.Kind.allCases.map {
            SelectOption(value: $0.rawValue, label: request.t("document_kind_\($0.rawValue)"), selected: false)
        }
        today = clockToday.iso
        canEdit = request.can(.editMembers)
        self.deposits = deposits.map { DepositRow($0, language: language, today: clockToday, strings: request.application.strings) }
        canTakeDeposit = request.can(.handleDeposits)
        defaultDepositAmount = request.config.depositPolicy.depositAmount(for: draft.membershipType)?.formatted(.plain) ?? ""
        paymentMethods = SelectOption.paymentMethods(language, selected: nil)
        counterName = request.config.counterName
        idempotencyKey = UUID().uuidString
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
                                 channel: ContactChannel(rawValue: record.channel)?.name(language) ?? request.t("contact_all_channels"),
                                 via: record.via.name(language), recordedBy: record.recordedBy)
        }
        addressUndeliverableOn = member.addressUndeliverableOn.flatMap { CivilDate(iso: $0) }.map { DateDisplay.short($0, language) }
        let receipts = Dictionary(uniqueKeysWithValues: deposits.compactMap { d in d.id.map { ($0, d.receiptNumber) } })
        self.deadlineChanges = deadlineChanges.map { DeadlineChangeRow($0, receiptNumber: receipts[$0.$deposit.id] ?? "", language: language) }
    }
}
