import Foundation

/// One occurrence of a policy for one member: "the 30-days-before reminder of the term that
/// expires on 14 Feb 2027". Its key is the policy code and the day the occurrence fell due,
/// `renewal:2027-01-15`, which depends only on the policy and the member's dates — never on the
/// day the planner ran. Re-planning the same day, a later day inside the catch-up window, after a
/// crash or on a second app instance gives the same key, so the outbox's unique index on
/// (member, cycle key) turns every repeat into a no-op.
///
/// When a member's dates change (renewed, expiry corrected), the due days change and so do the
/// keys: the new term gets its own reminders. Two occurrences that fall on the same day (renewal
/// offsets 31 and 30 both clamped to one month before a 1 March expiry) share a key and are sent once.
public struct ReminderCycle: Hashable, Sendable, Codable, CustomStringConvertible {
    public let policyCode: String
    /// 1-based: renewal — position among the policy's offsets, earliest first; refund — the n-th
    /// reminder after expiry; last notice — always 1.
    public let occurrence: Int
    public let dueOn: CivilDate

    public init(policyCode: String, occurrence: Int, dueOn: CivilDate) {
        self.policyCode = policyCode
        self.occurrence = occurrence
        self.dueOn = dueOn
    }

    /// `<policy code>:<due day YYYY-MM-DD>`, e.g. `renewal:2027-01-15`. At most 51 characters.
    public var key: String { "\(policyCode):\(dueOn.iso)" }

    /// One string naming member and cycle, for stores that want a single unique column:
    /// `<member UUID, lower case>/<cycle key>`.
    public static func idempotencyKey(memberID: UUID, cycleKey: String) -> String {
        "\(memberID.uuidString.lowercased())/\(cycleKey)"
    }

    public var description: String { key }
}

/// How a planned message will travel.
public enum ReminderRoute: Hashable, Sendable {
    /// On `channel`; when that proves impossible for the member, on `fallbacks` in order.
    case deliver(ContactChannel, fallbacks: ChannelList)
    /// No channel of the policy has both consent and a contact. The outbox records it (status
    /// "no usable channel") so staff can see whom the library could not reach.
    case noUsableChannel

    public var channel: ContactChannel? {
        if case .deliver(let c, _) = self { c } else { nil }
    }

    public var fallbacks: ChannelList {
        if case .deliver(_, let f) = self { f } else { .empty }
    }
}

/// One message the planner decided on: one outbox row.
public struct PlannedMessage: Hashable, Sendable {
    public let memberID: UUID
    public let cardNumber: String
    public let kind: ReminderKind
    public let cycle: ReminderCycle
    public let route: ReminderRoute
    public let language: Language
    /// How many days after its due day the occurrence is sent (0 on time; > 0 when catching up).
    public let daysLate: Int

    public init(memberID: UUID, cardNumber: String, kind: ReminderKind, cycle: ReminderCycle,
                route: ReminderRoute, language: Language, daysLate: Int) {
        self.memberID = memberID
        self.cardNumber = cardNumber
        self.kind = kind
        self.cycle = cycle
        self.route = route
        self.language = language
        self.daysLate = daysLate
    }

    public var policyCode: String { cycle.policyCode }
    public var cycleKey: String { cycle.key }
    public var idempotencyKey: String { ReminderCycle.idempotencyKey(memberID: memberID, cycleKey: cycle.key) }
}

/// What one planning run decided.
public struct ReminderPlan: Sendable {
    public let asOf: CivilDate
    /// The active policies, in the order given.
    public let policyCodes: [String]
    /// The kind of each policy, same order.
    public let policyKinds: [ReminderKind]
    public internal(set) var messages: [PlannedMessage]
    /// Per policy (same order as `policyCodes`): members who were due but opted out of reminders.
    public internal(set) var optedOutCounts: [Int]
    /// How many candidates were looked at.
    public internal(set) var candidatesSeen: Int

    public init(asOf: CivilDate, policyCodes: [String], policyKinds: [ReminderKind]) {
        precondition(policyCodes.count == policyKinds.count)
        self.asOf = asOf
        self.policyCodes = policyCodes
        self.policyKinds = policyKinds
        self.messages = []
        self.optedOutCounts = Array(repeating: 0, count: policyCodes.count)
        self.candidatesSeen = 0
    }

    public func optedOut(policyCode: String) -> Int {
        policyCodes.firstIndex(of: policyCode).map { optedOutCounts[$0] } ?? 0
    }
}
