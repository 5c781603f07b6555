/// The lawful-basis rule: may a message of this purpose go to this member on this channel?
///
/// - Opted out of everything, or of this channel: no, whatever the purpose.
/// - No usable contact on the channel (none on file, or the postal address came back): no.
/// - A service notice (`MessagePurpose.isServiceNotice`): yes, on any contact on file — consent
///   is not its basis (PDPA s.24(3)/(5)).
/// - Anything else (survey, announcement, promotion): only with the channel's consent (s.19).
public enum ContactRule {
    public enum Verdict: Equatable, Sendable {
        case allowed(Allowance)
        case refused(Refusal)

        public var isAllowed: Bool { if case .allowed = self { true } else { false } }
    }

    public enum Allowance: Equatable, Sendable {
        /// A service notice on a contact on file.
        case serviceNotice
        /// The member consented to this channel.
        case consent
    }

    public enum Refusal: Equatable, Sendable {
        case optedOutOfAll
        case optedOutOfChannel
        case noContact
        case addressUndeliverable
        case noConsent
    }

    public static func verdict(_ purpose: MessagePurpose, on channel: ContactChannel, contacts: ContactsOnFile,
                               preferences: ContactPreferences) -> Verdict {
        if preferences.optedOutOfAll { return .refused(.optedOutOfAll) }
        if preferences.optedOutChannels.contains(channel) { return .refused(.optedOutOfChannel) }
        if !contacts.channels.contains(channel) {
            return .refused(channel == .postcard && contacts.addressUndeliverable && contacts.hasPostalAddress ? .addressUndeliverable : .noContact)
        }
        if purpose.isServiceNotice { return .allowed(.serviceNotice) }
        return preferences.consent.allows(channel) ? .allowed(.consent) : .refused(.noConsent)
    }

    /// Every channel the purpose may use for this member, as one set (the planner's fast path;
    /// the same answer as `verdict` per channel — a property test checks that).
    @inlinable
    public static func allowedChannels(_ purpose: MessagePurpose, contacts: ContactsOnFile, preferences: ContactPreferences) -> ChannelSet {
        if preferences.optedOutOfAll { return [] }
        var allowed = contacts.channels.subtracting(preferences.optedOutChannels)
        if !purpose.isServiceNotice { allowed.formIntersection(preferences.consentedChannels) }
        return allowed
    }
}

extension ContactRule.Verdict {
    /// Why, in a sentence for the member page.
    public func explanation(_ language: Language) -> String {
        switch (self, language) {
        case (.allowed(.serviceNotice), .th): "ได้ — เป็นการแจ้งข้อมูลบริการเกี่ยวกับสมาชิกภาพและเงินของสมาชิกเอง (ฐานสัญญา/ประโยชน์โดยชอบด้วยกฎหมาย) ใช้ช่องทางที่มีในทะเบียนได้"
        case (.allowed(.serviceNotice), .en): "Yes — a service notice about the member's own membership or money (contract / legitimate interest) may use a contact on file."
        case (.allowed(.consent), .th): "ได้ — สมาชิกให้ความยินยอมสำหรับช่องทางนี้"
        case (.allowed(.consent), .en): "Yes — the member consented to this channel."
        case (.refused(.optedOutOfAll), .th): "ไม่ได้ — สมาชิกขอไม่รับการแจ้งเตือนทุกช่องทาง"
        case (.refused(.optedOutOfAll), .en): "No — the member asked to stop all reminders."
        case (.refused(.optedOutOfChannel), .th): "ไม่ได้ — สมาชิกขอไม่รับการแจ้งเตือนทางช่องทางนี้"
        case (.refused(.optedOutOfChannel), .en): "No — the member opted out of this channel."
        case (.refused(.noContact), .th): "ไม่ได้ — ไม่มีข้อมูลติดต่อสำหรับช่องทางนี้"
        case (.refused(.noContact), .en): "No — no contact on file for this channel."
        case (.refused(.addressUndeliverable), .th): "ไม่ได้ — ไปรษณียบัตรตีกลับ ที่อยู่ส่งไม่ถึง"
        case (.refused(.addressUndeliverable), .en): "No — a postcard came back; the address is undeliverable."
        case (.refused(.noConsent), .th): "ไม่ได้ — ต้องได้รับความยินยอมก่อน (แบบสำรวจ ข่าวประชาสัมพันธ์)"
        case (.refused(.noConsent), .en): "No — needs the member's consent (surveys, announcements)."
        }
    }
}

extension ContactRule.Refusal {
    /// Short form for lists of members who cannot be reached.
    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.optedOutOfAll, .th): "ขอไม่รับการแจ้งเตือนทุกช่องทาง"
        case (.optedOutOfAll, .en): "opted out of all reminders"
        case (.optedOutOfChannel, .th): "ขอไม่รับการแจ้งเตือนทางช่องทางนี้"
        case (.optedOutOfChannel, .en): "opted out of the channel"
        case (.noContact, .th): "ไม่มีข้อมูลติดต่อ"
        case (.noContact, .en): "no contact on file"
        case (.addressUndeliverable, .th): "ที่อยู่ส่งไม่ถึง (ไปรษณียบัตรตีกลับ)"
        case (.addressUndeliverable, .en): "address undeliverable (returned postcard)"
        case (.noConsent, .th): "ไม่ได้ให้ความยินยอม"
        case (.noConsent, .en): "no consent"
        }
    }
}
