/// A set of channels as four bits (`ContactChannel.index`): the channels a member opted out of,
/// the channels a message may use. Small and allocation-free for the planner's per-member loop.
public struct ChannelSet: OptionSet, Hashable, Sendable, Codable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) { self.rawValue = rawValue & 0xF }

    public init(_ channel: ContactChannel) { self.init(rawValue: 1 << UInt8(channel.index)) }

    public init(_ channels: some Sequence<ContactChannel>) {
        self.init(rawValue: channels.reduce(0) { $0 | (1 << UInt8($1.index)) })
    }

    public static let all = ChannelSet(rawValue: 0xF)

    public func contains(_ channel: ContactChannel) -> Bool { rawValue & (1 << UInt8(channel.index)) != 0 }

    /// The members in the order of `ContactChannel.allCases`.
    public var channels: [ContactChannel] { ContactChannel.allCases.filter(contains) }
}
