import Fluent
import PatronCore
import Vapor

/// A library member. Days are stored as `YYYY-MM-DD` text, which sorts and compares the same on
/// SQLite and PostgreSQL and never shifts with a time zone.
final class Member: Model, @unchecked Sendable {
    static let schema = "members"

    // MARK: Managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    // MARK: Data fields
    @Field(key: "card_number") var cardNumber: String
    @Field(key: "first_name_th") var firstNameTh: String
    @Field(key: "last_name_th") var lastNameTh: String
    @Field(key: "first_name_en") var firstNameEn: String
    @Field(key: "last_name_en") var lastNameEn: String
    @Field(key: "segment") var segment: Segment
    @Field(key: "membership_type") var membershipType: MembershipType
    @Field(key: "enrolled_on") var enrolledOn: String
    @Field(key: "expires_on") var expiresOn: String
    @Field(key: "status") var status: MemberStatus
    @Field(key: "email") var email: String
    @Field(key: "mobile") var mobile: String
    @Field(key: "line_user_id") var lineUserID: String
    @Field(key: "address_line1") var addressLine1: String
    @Field(key: "address_line2") var addressLine2: String
    @Field(key: "address_line3") var addressLine3: String
    @Field(key: "postcode") var postcode: String
    @Field(key: "preferred_language") var preferredLanguage: Language
    @Field(key: "consent_postcard") var consentPostcard: Bool
    @Field(key: "consent_email") var consentEmail: Bool
    @Field(key: "consent_sms") var consentSMS: Bool
    @Field(key: "consent_line") var consentLINE: Bool
    @Field(key: "notes") var notes: String
    /// Lower-cased card number, names, e-mail and mobile: one portable LIKE serves the search box.
    @Field(key: "search_text") var searchText: String
    /// The member asked not to be reminded on any channel (kept apart from per-channel consent).
    @Field(key: "reminders_opt_out") var remindersOptOut: Bool
    /// Channels the member asked not to be reminded on (changes are kept in `contact_preference_changes`).
    @Field(key: "opt_out_postcard") var optOutPostcard: Bool
    @Field(key: "opt_out_email") var optOutEmail: Bool
    @Field(key: "opt_out_sms") var optOutSMS: Bool
    @Field(key: "opt_out_line") var optOutLINE: Bool
    /// The day a postcard came back: the postal address does not reach the member until it is changed.
    @OptionalField(key: "address_undeliverable_on") var addressUndeliverableOn: String?

    // MARK: Relationships
    @Children(for: \.$member) var documents: [MemberDocument]

    init() {}

    init(_ draft: MemberDraft) {
        remindersOptOut = false
        optOutPostcard = false
        optOutEmail = false
        optOutSMS = false
        optOutLINE = false
        apply(draft)
    }

    func apply(_ draft: MemberDraft) {
        cardNumber = draft.cardNumber
        firstNameTh = draft.firstNameTh
        lastNameTh = draft.lastNameTh
        firstNameEn = draft.firstNameEn
        lastNameEn = draft.lastNameEn
        segment = draft.segment
        membershipType = draft.membershipType
        enrolledOn = draft.enrolledOn.iso
        expiresOn = draft.expiresOn.iso
        status = draft.status
        email = draft.email
        mobile = draft.mobile
        lineUserID = draft.lineUserID
        addressLine1 = draft.addressLine1
        addressLine2 = draft.addressLine2
        addressLine3 = draft.addressLine3
        postcode = draft.postcode
        preferredLanguage = draft.preferredLanguage
        consentPostcard = draft.consent.postcard
        consentEmail = draft.consent.email
        consentSMS = draft.consent.sms
        consentLINE = draft.consent.line
        notes = draft.notes
        searchText = Member.searchText(for: draft)
    }

    var draft: MemberDraft {
        MemberDraft(
            cardNumber: cardNumber, firstNameTh: firstNameTh, lastNameTh: lastNameTh,
            firstNameEn: firstNameEn, lastNameEn: lastNameEn, segment: segment,
            membershipType: membershipType,
            enrolledOn: CivilDate(iso: enrolledOn) ?? CivilDate(year: 1970, month: 1, day: 1)!,
            expiresOn: CivilDate(iso: expiresOn) ?? CivilDate(year: 1970, month: 1, day: 1)!,
            status: status, email: email, mobile: mobile, lineUserID: lineUserID,
            addressLine1: addressLine1, addressLine2: addressLine2, addressLine3: addressLine3,
            postcode: postcode, preferredLanguage: preferredLanguage,
            consent: ChannelConsent(postcard: consentPostcard, email: consentEmail, sms: consentSMS, line: consentLINE),
            notes: notes
        )
    }

    static func searchText(for draft: MemberDraft) -> String {
        [draft.cardNumber, draft.firstNameTh, draft.lastNameTh, draft.firstNameEn, draft.lastNameEn,
         draft.email, draft.mobile].joined(separator: " ").lowercased()
    }

    var optedOutChannels: ChannelSet {
        get {
            ChannelSet(ContactChannel.allCases.filter { channel in
                switch channel {
                case .postcard: optOutPostcard
                case .email: optOutEmail
                case .sms: optOutSMS
                case .line: optOutLINE
                }
            })
        }
        set {
            optOutPostcard = newValue.contains(.postcard)
            optOutEmail = newValue.contains(.email)
            optOutSMS = newValue.contains(.sms)
            optOutLINE = newValue.contains(.line)
        }
    }

    var contactPreferences: ContactPreferences {
        ContactPreferences(consent: draft.consent, optedOutChannels: optedOutChannels, optedOutOfAll: remindersOptOut)
    }

    var contactsOnFile: ContactsOnFile {
        ContactsOnFile(email: email, mobile: mobile, lineUserID: lineUserID, addressLine1: addressLine1, postcode: postcode,
                       addressUndeliverable: addressUndeliverableOn != nil)
    }
}
