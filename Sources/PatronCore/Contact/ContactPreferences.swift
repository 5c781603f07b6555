import Foundation

/// The contacts a member has on file, as the lawful-basis rule needs them: whether each is there
/// and usable. Values are stored, already validated strings; empty means none.
public struct ContactsOnFile: Equatable, Sendable {
    public var email: String
    public var mobile: String
    public var lineUserID: String
    public var addressLine1: String
    public var postcode: String
    /// A postcard came back: the postal address is known not to reach the member (until it is changed).
    public var addressUndeliverable: Bool

    public init(email: String = "", mobile: String = "", lineUserID: String = "", addressLine1: String = "",
                postcode: String = "", addressUndeliverable: Bool = false) {
        self.email = email
        self.mobile = mobile
        self.lineUserID = lineUserID
        self.addressLine1 = addressLine1
        self.postcode = postcode
        self.addressUndeliverable = addressUndeliverable
    }

    /// The channels with a contact: an e-mail address, a mobile, a LINE user id, or a first
    /// address line with a 5-character postcode (and not marked undeliverable).
    @inlinable public var channels: ChannelSet {
        var raw: UInt8 = 0
        if !addressLine1.isEmpty && postcode.utf8.count == 5 && !addressUndeliverable { raw |= 1 }
        if !email.isEmpty { raw |= 2 }
        if !mobile.isEmpty { raw |= 4 }
        if !lineUserID.isEmpty { raw |= 8 }
        return ChannelSet(rawValue: raw)
    }

    /// Whether a postal address is there at all (undeliverable or not), for saying why a postcard cannot go.
    public var hasPostalAddress: Bool { !addressLine1.isEmpty && postcode.utf8.count == 5 }
}

/// What the member said about being contacted: consent per channel (for surveys and
/// announcements), channels they opted out of, and "no reminders at all".
public struct ContactPreferences: Equatable, Sendable {
    public var consent: ChannelConsent
    public var optedOutChannels: ChannelSet
    /// No reminders or notices on any channel. Wins over everything else.
    public var optedOutOfAll: Bool

    public init(consent: ChannelConsent = ChannelConsent(), optedOutChannels: ChannelSet = [], optedOutOfAll: Bool = false) {
        self.consent = consent
        self.optedOutChannels = optedOutChannels
        self.optedOutOfAll = optedOutOfAll
    }

    public var consentedChannels: ChannelSet { ChannelSet(ContactChannel.allCases.filter { consent.allows($0) }) }
}
