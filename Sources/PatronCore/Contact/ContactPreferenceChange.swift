import Foundation

/// One change a member made to how they may be contacted, as recorded (append-only) by the app:
/// consent given or withdrawn for a channel, a channel (or everything) opted out of or back in.
public struct ContactPreferenceChange: Equatable, Sendable {
    public enum Kind: String, CaseIterable, Codable, Sendable {
        case consentGiven = "consent-given"
        case consentWithdrawn = "consent-withdrawn"
        case optedOut = "opted-out"
        case optedIn = "opted-in"

        public func name(_ language: Language) -> String {
            switch (self, language) {
            case (.consentGiven, .th): "ให้ความยินยอม"
            case (.consentGiven, .en): "consent given"
            case (.consentWithdrawn, .th): "ถอนความยินยอม"
            case (.consentWithdrawn, .en): "consent withdrawn"
            case (.optedOut, .th): "ขอไม่รับการแจ้งเตือน"
            case (.optedOut, .en): "stopped reminders"
            case (.optedIn, .th): "กลับมารับการแจ้งเตือน"
            case (.optedIn, .en): "resumed reminders"
            }
        }
    }

    /// How the member told the library.
    public enum Via: String, CaseIterable, Codable, Sendable {
        case counter
        case portal
        /// A reply to a message (a returned slip, an e-mail or LINE answer, a phone call back).
        case reply

        public func name(_ language: Language) -> String {
            switch (self, language) {
            case (.counter, .th): "ที่เคาน์เตอร์"
            case (.counter, .en): "at the counter"
            case (.portal, .th): "ผ่านเว็บไซต์สมาชิก"
            case (.portal, .en): "on the member portal"
            case (.reply, .th): "ตอบกลับข้อความ"
            case (.reply, .en): "by reply"
            }
        }
    }

    public var kind: Kind
    /// The channel, or nil for "all reminders" (opt-out / opt-in only).
    public var channel: ContactChannel?
    public var via: Via

    public init(kind: Kind, channel: ContactChannel?, via: Via) {
        self.kind = kind
        self.channel = channel
        self.via = via
    }

    public enum Problem: Error, Equatable, Sendable {
        /// Consent is given per channel, never for "everything" at once.
        case consentNeedsChannel
        /// The change would not change anything (consent already given, already opted out …).
        case noChange

        public func message(_ language: Language) -> String {
            switch (self, language) {
            case (.consentNeedsChannel, .th): "ความยินยอมต้องระบุช่องทาง"
            case (.consentNeedsChannel, .en): "Consent is given for one channel at a time; choose the channel."
            case (.noChange, .th): "ไม่มีการเปลี่ยนแปลง ข้อมูลนี้บันทึกไว้แล้ว"
            case (.noChange, .en): "Nothing changes: this is already what is on file."
            }
        }
    }

    /// The preferences after this change, or why it cannot be recorded.
    public func applied(to preferences: ContactPreferences) -> Result<ContactPreferences, Problem> {
        var next = preferences
        switch (kind, channel) {
        case (.consentGiven, nil), (.consentWithdrawn, nil):
            return .failure(.consentNeedsChannel)
        case (.consentGiven, let c?):
            next.consent.set(c, true)
        case (.consentWithdrawn, let c?):
            next.consent.set(c, false)
        case (.optedOut, nil):
            next.optedOutOfAll = true
        case (.optedIn, nil):
            next.optedOutOfAll = false
        case (.optedOut, let c?):
            next.optedOutChannels.insert(ChannelSet(c))
        case (.optedIn, let c?):
            next.optedOutChannels.remove(ChannelSet(c))
        }
        return next == preferences ? .failure(.noChange) : .success(next)
    }

    /// The changes that turn `old` consent into `new` (the member form's checkboxes), in channel order.
    public static func consentChanges(from old: ChannelConsent, to new: ChannelConsent, via: Via) -> [ContactPreferenceChange] {
        ContactChannel.allCases.compactMap { c in
            old.allows(c) == new.allows(c) ? nil
                : ContactPreferenceChange(kind: new.allows(c) ? .consentGiven : .consentWithdrawn, channel: c, via: via)
        }
    }
}

extension ChannelConsent {
    public mutating func set(_ channel: ContactChannel, _ value: Bool) {
        switch channel {
        case .postcard: postcard = value
        case .email: email = value
        case .sms: sms = value
        case .line: line = value
        }
    }
}
