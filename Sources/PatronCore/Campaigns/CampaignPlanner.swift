import Foundation

/// A deposit as the campaign sees it.
public struct CampaignDeposit: Equatable, Sendable {
    public var id: UUID
    public var balance: Satang
    /// The current claim deadline (after any earlier extension).
    public var lastClaimDay: CivilDate

    public init(id: UUID, balance: Satang, lastClaimDay: CivilDate) {
        self.id = id
        self.balance = balance
        self.lastClaimDay = lastClaimDay
    }
}

/// A member with the deposits they still hold (balance > 0, never forfeited), whatever the age of
/// their claim deadline.
public struct CampaignMember: Equatable, Sendable {
    public var memberID: UUID
    public var cardNumber: String
    public var expiresOn: CivilDate
    public var contacts: ContactsOnFile
    public var preferences: ContactPreferences
    public var deposits: [CampaignDeposit]

    public init(memberID: UUID, cardNumber: String, expiresOn: CivilDate, contacts: ContactsOnFile,
                preferences: ContactPreferences, deposits: [CampaignDeposit]) {
        self.memberID = memberID
        self.cardNumber = cardNumber
        self.expiresOn = expiresOn
        self.contacts = contacts
        self.preferences = preferences
        self.deposits = deposits
    }

    public var balance: Satang { deposits.reduce(.zero) { $0 + $1.balance } }
}

/// What a campaign does, decided before anything is written: the dry run shows it, the run carries it out.
///
/// ## Rules
/// - Selected: every member whose membership expired before the run day (inside the order's expiry
///   range, if any) and who holds a positive balance on a deposit — including deposits whose claim
///   deadline passed long ago (forfeited deposits have no balance left, so they are never selected).
/// - A campaign notice is a service notice (`MessagePurpose.campaignNotice`): one per member and
///   ordered channel that `ContactRule` allows — a contact on file and no opt-out, consent not needed.
/// - A selected member no ordered channel can reach is listed as unreachable with the reason per channel.
/// - Every selected deposit whose deadline is before the claim-by date is extended to it; a later
///   deadline is kept (never shortened).
public struct CampaignPlan: Equatable, Sendable {
    public struct Notice: Equatable, Sendable {
        public let memberID: UUID
        public let channel: ContactChannel
        /// Channels to try if this one fails (a returned postcard): allowed ones not ordered, project order.
        public let fallbacks: [ContactChannel]
    }

    public struct Unreachable: Equatable, Sendable {
        public let memberID: UUID
        public let cardNumber: String
        public let balance: Satang
        public let reasons: [ContactChannel: ContactRule.Refusal]
    }

    public struct DeadlineExtension: Equatable, Sendable {
        public let depositID: UUID
        public let memberID: UUID
        public let from: CivilDate
        public let to: CivilDate
    }

    /// Members and baht per (Gregorian) expiry year.
    public struct YearRow: Equatable, Sendable {
        public let year: Int
        public var members: Int
        public var total: Satang
        public var notifiedMembers: Int
    }

    public struct ChannelRow: Equatable, Sendable {
        public let channel: ContactChannel
        public var notices: Int
        public var total: Satang
    }

    public let order: CampaignOrder
    public let selected: [CampaignMember]
    public let notices: [Notice]
    public let unreachable: [Unreachable]
    public let extensions: [DeadlineExtension]
    public let byYear: [YearRow]
    public let byChannel: [ChannelRow]

    public var selectedTotal: Satang { selected.reduce(.zero) { $0 + $1.balance } }
    public var notifiedMembers: Int { selected.count - unreachable.count }
    public var notifiedTotal: Satang { selectedTotal - unreachable.reduce(.zero) { $0 + $1.balance } }

    public init(order: CampaignOrder, members: [CampaignMember]) {
        self.order = order
        let purpose = MessagePurpose.campaignNotice
        var selected: [CampaignMember] = []
        var notices: [Notice] = []
        var unreachable: [Unreachable] = []
        var extensions: [DeadlineExtension] = []
        var years: [Int: YearRow] = [:]
        var channels = Dictionary(uniqueKeysWithValues: order.channels.map { ($0, ChannelRow(channel: $0, notices: 0, total: .zero)) })
        let projectOrder: [ContactChannel] = [.postcard, .email, .line, .sms]
        for member in members where order.covers(expiry: member.expiresOn) {
            let holding = member.deposits.filter(\.balance.isPositive)
            guard !holding.isEmpty else { continue }
            var kept = member
            kept.deposits = holding
            selected.append(kept)
            let balance = kept.balance
            let allowed = ContactRule.allowedChannels(purpose, contacts: member.contacts, preferences: member.preferences)
            let chosen = order.channels.filter(allowed.contains)
            var row = years[member.expiresOn.year] ?? YearRow(year: member.expiresOn.year, members: 0, total: .zero, notifiedMembers: 0)
            row.members += 1
            row.total += balance
            if chosen.isEmpty {
                var reasons: [ContactChannel: ContactRule.Refusal] = [:]
                for channel in order.channels {
                    if case .refused(let why) = ContactRule.verdict(purpose, on: channel, contacts: member.contacts, preferences: member.preferences) {
                        reasons[channel] = why
                    }
                }
                unreachable.append(Unreachable(memberID: member.memberID, cardNumber: member.cardNumber, balance: balance, reasons: reasons))
            } else {
                row.notifiedMembers += 1
                let fallbacks = projectOrder.filter { allowed.contains($0) && !order.channels.contains($0) }
                for channel in chosen {
                    notices.append(Notice(memberID: member.memberID, channel: channel, fallbacks: fallbacks))
                    channels[channel]?.notices += 1
                    channels[channel]?.total += balance
                }
            }
            years[member.expiresOn.year] = row
            for deposit in holding {
                if let to = ClaimDeadline.extended(deposit.lastClaimDay, to: order.claimBy) {
                    extensions.append(DeadlineExtension(depositID: deposit.id, memberID: member.memberID, from: deposit.lastClaimDay, to: to))
                }
            }
        }
        self.selected = selected
        self.notices = notices
        self.unreachable = unreachable
        self.extensions = extensions
        self.byYear = years.values.sorted { $0.year < $1.year }
        self.byChannel = order.channels.compactMap { channels[$0] }
    }

    /// `768 members, 919,000.00 baht notified (postcard 768, e-mail 614)` — the command's last line.
    public func summaryLine(_ language: Language) -> String {
        let perChannel = byChannel.map { "\($0.channel.shortName(language)) \(Self.grouped($0.notices))" }.joined(separator: ", ")
        switch language {
        case .th: return "แจ้งสมาชิก \(Self.grouped(notifiedMembers)) ราย เงินประกัน \(notifiedTotal.formatted(.plain)) บาท (\(perChannel))"
        case .en: return "\(Self.grouped(notifiedMembers)) members, \(notifiedTotal.formatted(.plain)) baht notified (\(perChannel))"
        }
    }

    static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, ch) in digits.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return String(out.reversed())
    }
}

extension ContactChannel {
    /// Lower-case names for summary lines: `postcard`, `e-mail`, `SMS`, `LINE`.
    public func shortName(_ language: Language) -> String {
        switch (self, language) {
        case (.postcard, .en): "postcard"
        case (.email, .en): "e-mail"
        case (.sms, _): "SMS"
        case (.line, _): "LINE"
        case (.postcard, .th): "ไปรษณียบัตร"
        case (.email, .th): "อีเมล"
        }
    }
}
