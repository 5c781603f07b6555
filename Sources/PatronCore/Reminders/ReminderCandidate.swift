import Foundation

/// What the planner needs to know about one member on the planning day: a snapshot the app reads
/// from the database (members joined with their deposit balance and stamped claim deadline).
///
/// Contacts are the stored, already validated values (`MemberDraft.validate()` ran when they were
/// saved); an empty string means "none". The planner only asks whether each one is there.
public struct ReminderCandidate: Sendable, Equatable {
    public var memberID: UUID
    public var cardNumber: String
    public var expiresOn: CivilDate
    /// The status stored on the member; the planner derives the effective one with the as-of day.
    public var status: MemberStatus
    public var membershipType: MembershipType
    public var segment: Segment
    /// What the member still holds on deposit (zero when none or all refunded / forfeited).
    public var depositBalance: Satang
    /// The claim deadline stamped on the receipt; nil when the member holds no deposit.
    public var lastClaimDay: CivilDate?
    public var email: String
    public var mobile: String
    public var lineUserID: String
    public var addressLine1: String
    public var postcode: String
    public var consent: ChannelConsent
    /// The member asked for no reminders at all. Wins over every consent flag.
    public var optedOut: Bool
    /// Channels the member asked not to be reminded on.
    public var optedOutChannels: ChannelSet
    /// A postcard came back: the postal address does not reach the member.
    public var addressUndeliverable: Bool
    public var preferredLanguage: Language

    public init(memberID: UUID, cardNumber: String, expiresOn: CivilDate, status: MemberStatus = .active,
                membershipType: MembershipType, segment: Segment, depositBalance: Satang = .zero,
                lastClaimDay: CivilDate? = nil, email: String = "", mobile: String = "", lineUserID: String = "",
                addressLine1: String = "", postcode: String = "", consent: ChannelConsent = ChannelConsent(),
                optedOut: Bool = false, optedOutChannels: ChannelSet = [], addressUndeliverable: Bool = false,
                preferredLanguage: Language = .th) {
        self.memberID = memberID
        self.cardNumber = cardNumber
        self.expiresOn = expiresOn
        self.status = status
        self.membershipType = membershipType
        self.segment = segment
        self.depositBalance = depositBalance
        self.lastClaimDay = lastClaimDay
        self.email = email
        self.mobile = mobile
        self.lineUserID = lineUserID
        self.addressLine1 = addressLine1
        self.postcode = postcode
        self.consent = consent
        self.optedOut = optedOut
        self.optedOutChannels = optedOutChannels
        self.addressUndeliverable = addressUndeliverable
        self.preferredLanguage = preferredLanguage
    }

    /// A candidate from a member record plus the deposit facts the member table does not hold.
    public init(memberID: UUID, draft: MemberDraft, depositBalance: Satang = .zero, lastClaimDay: CivilDate? = nil,
                optedOut: Bool = false, optedOutChannels: ChannelSet = [], addressUndeliverable: Bool = false) {
        self.init(memberID: memberID, cardNumber: draft.cardNumber, expiresOn: draft.expiresOn, status: draft.status,
                  membershipType: draft.membershipType, segment: draft.segment, depositBalance: depositBalance,
                  lastClaimDay: lastClaimDay, email: draft.email, mobile: draft.mobile, lineUserID: draft.lineUserID,
                  addressLine1: draft.addressLine1, postcode: draft.postcode, consent: draft.consent,
                  optedOut: optedOut, optedOutChannels: optedOutChannels, addressUndeliverable: addressUndeliverable,
                  preferredLanguage: draft.preferredLanguage)
    }

    public var contacts: ContactsOnFile {
        ContactsOnFile(email: email, mobile: mobile, lineUserID: lineUserID, addressLine1: addressLine1, postcode: postcode,
                       addressUndeliverable: addressUndeliverable)
    }

    public var preferences: ContactPreferences {
        ContactPreferences(consent: consent, optedOutChannels: optedOutChannels, optedOutOfAll: optedOut)
    }

    /// Whether a reminder (a service notice) can go out on `channel`: a usable contact on file and
    /// no opt-out (see `ContactRule`); consent is not needed for service notices.
    public func canReceive(_ channel: ContactChannel) -> Bool {
        usableChannelMask & (1 << UInt8(channel.index)) != 0
    }

    /// Whether a message of `purpose` may go out on `channel` (`ContactRule`).
    public func verdict(_ purpose: MessagePurpose, on channel: ContactChannel) -> ContactRule.Verdict {
        ContactRule.verdict(purpose, on: channel, contacts: contacts, preferences: preferences)
    }

    /// One bit per channel (`ContactChannel.index`) a reminder may use. Every reminder kind is a
    /// service notice, so one mask serves all policies.
    @inlinable var usableChannelMask: UInt8 {
        ContactRule.allowedChannels(.refund, contacts: contacts, preferences: preferences).rawValue
    }
}
