/// Up to four distinct channels in order of preference, packed into one integer so a planned
/// message carries its fallbacks without allocating an array (the planner makes one per member).
public struct ChannelList: Hashable, Sendable, Sequence, CustomStringConvertible {
    /// Four bits per slot, first channel in the lowest bits; 0 ends the list, 1…4 = channel index + 1.
    @usableFromInline var packed: UInt16

    public static let empty = ChannelList(packed: 0)

    @usableFromInline init(packed: UInt16) { self.packed = packed }

    /// Keeps the first occurrence of each channel, in order.
    public init(_ channels: some Sequence<ContactChannel>) {
        var list = ChannelList.empty
        for channel in channels where !list.contains(channel) { list.append(channel) }
        self = list
    }

    @inlinable public var isEmpty: Bool { packed == 0 }

    @inlinable public var count: Int { (16 - packed.leadingZeroBitCount + 3) / 4 }

    @inlinable public var first: ContactChannel? { packed == 0 ? nil : ContactChannel.fromIndex(Int(packed & 0xF) - 1) }

    /// The list without its first channel.
    @inlinable public var rest: ChannelList { ChannelList(packed: packed >> 4) }

    public func contains(_ channel: ContactChannel) -> Bool {
        var p = packed
        let wanted = UInt16(channel.index + 1)
        while p != 0 {
            if p & 0xF == wanted { return true }
            p >>= 4
        }
        return false
    }

    mutating func append(_ channel: ContactChannel) {
        precondition(count < 4, "a channel list holds at most four channels")
        packed |= UInt16(channel.index + 1) << (4 * count)
    }

    /// The channels of this list whose bit is set in `mask` (bit = `ContactChannel.index`), in order.
    @inlinable func filtered(mask: UInt8) -> ChannelList {
        var p = packed
        var out: UInt16 = 0
        var shift: UInt16 = 0
        while p != 0 {
            let slot = p & 0xF
            if mask & (UInt8(1) << UInt8(slot - 1)) != 0 {
                out |= slot << shift
                shift += 4
            }
            p >>= 4
        }
        return ChannelList(packed: out)
    }

    public var array: [ContactChannel] { Array(self) }

    public struct Iterator: IteratorProtocol {
        var packed: UInt16
        public mutating func next() -> ContactChannel? {
            guard packed != 0 else { return nil }
            defer { packed >>= 4 }
            return ContactChannel.fromIndex(Int(packed & 0xF) - 1)
        }
    }

    public func makeIterator() -> Iterator { Iterator(packed: packed) }

    public var description: String { "[" + map(\.rawValue).joined(separator: ", ") + "]" }
}

extension ChannelList: Codable {
    public init(from decoder: any Decoder) throws {
        self.init(try [ContactChannel](from: decoder))
    }

    public func encode(to encoder: any Encoder) throws { try array.encode(to: encoder) }
}

extension ContactChannel {
    /// A stable small index (postcard 0, e-mail 1, SMS 2, LINE 3) for bit masks.
    @inlinable var index: Int {
        switch self {
        case .postcard: 0
        case .email: 1
        case .sms: 2
        case .line: 3
        }
    }

    @inlinable static func fromIndex(_ i: Int) -> ContactChannel {
        switch i {
        case 0: .postcard
        case 1: .email
        case 2: .sms
        default: .line
        }
    }
}
