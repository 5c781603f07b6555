import Foundation

/// A deterministic pseudo-random generator (SplitMix64): the same seed gives the same numbers on
/// every platform and Swift version, which `SystemRandomNumberGenerator` does not.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// One synthetic member of `patroncare demo --scale`: the member and, for external type A, the
/// deposit history (received on enrolment, refunded after expiry for most former members).
public struct SyntheticMember: Equatable, Sendable {
    public struct DepositHistory: Equatable, Sendable {
        public let amount: Satang
        public let receivedOn: CivilDate
        /// Nil while the deposit is still held.
        public let refundedOn: CivilDate?
    }

    public let draft: MemberDraft
    public let deposit: DepositHistory?
}

/// The per-record rules of the synthetic consortium: member `index` of a run with `seed` is a pure
/// function of the two (and of `today`), so any record can be regenerated alone, a writer can
/// produce them in any order or in parallel, and two runs with the same seed write the same data.
public enum SyntheticConsortium {
    /// The card number of member `index`: unique within a run, in the style of the demo's cards.
    public static func cardNumber(index: Int) -> String {
        let digits = String(index + 1)
        return "SYN" + String(repeating: "0", count: max(0, 8 - digits.count)) + digits
    }

    /// Member `index` of the run with `seed`, as of `today`. Segments and types follow a university
    /// consortium's shape (mostly students, a fifth staff, the rest external and former members);
    /// membership began up to twelve years ago, expiry is spread from eight years ago to four years ahead.
    public static func member(index: Int, seed: UInt64, today: CivilDate, depositAmount: Satang) -> SyntheticMember {
        var random = SplitMix64(seed: seed &+ UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03)
        let segment = segment(roll: Int(random.next() % 100))
        let type: MembershipType = switch segment {
        case .u1, .u2: .student
        case .u3, .u4: .staff
        case .u5, .pa1, .pa2: random.next() % 2 == 0 ? .externalA : .externalB
        case .f1, .f2, .pa3: .externalB
        }
        let expires = today.adding(days: Int(random.next() % (12 * 365)) - 8 * 365)
        let termYears = type == .student ? 4 : 1 + Int(random.next() % 3)
        let enrolled = expires.adding(years: -termYears)
        let thai = random.next() % 5 != 0
        let firstIndex = Int(random.next() % UInt64(thaiFirstNames.count))
        let lastIndex = Int(random.next() % UInt64(thaiLastNames.count))
        let district = districts[Int(random.next() % UInt64(districts.count))]
        let hasEmail = random.next() % 10 < 8
        let hasMobile = random.next() % 10 < 7
        let hasLine = random.next() % 4 == 0
        let card = cardNumber(index: index)
        // Imported members carry addresses but rarely consent flags; those enrolled at the counter gave some.
        let consentRoll = random.next() % 4
        let consent = consentRoll == 0 ? ChannelConsent()
            : ChannelConsent(postcard: true, email: hasEmail, sms: hasMobile && consentRoll == 3, line: hasLine && consentRoll >= 2)
        let status: MemberStatus = random.next() % 40 == 0 ? .suspended : .active
        let draft = MemberDraft(
            cardNumber: card,
            firstNameTh: thai ? thaiFirstNames[firstIndex] : "", lastNameTh: thai ? thaiLastNames[lastIndex] : "",
            firstNameEn: englishFirstNames[firstIndex], lastNameEn: englishLastNames[lastIndex],
            segment: segment, membershipType: type, enrolledOn: enrolled, expiresOn: expires, status: status,
            email: hasEmail ? "\(card.lowercased())@example.org" : "",
            mobile: hasMobile ? "08" + String(String(10_000_000 + index % 90_000_000).suffix(8)) : "",
            lineUserID: hasLine ? "U\(String(random.next(), radix: 16))" : "",
            addressLine1: "\(1 + index % 999)/\(1 + Int(random.next() % 9)) ถนนห้วยแก้ว", addressLine2: "",
            addressLine3: district.0, postcode: district.1, preferredLanguage: thai ? .th : .en,
            consent: consent, notes: "")
        var deposit: SyntheticMember.DepositHistory?
        if type == .externalA {
            let refundDay = expires.adding(days: 1 + Int(random.next() % 400))
            let refunded = random.next() % 10 < 7 && refundDay <= today
            deposit = .init(amount: depositAmount, receivedOn: enrolled, refundedOn: refunded ? refundDay : nil)
        }
        return SyntheticMember(draft: draft, deposit: deposit)
    }

    /// A segment from a roll in 0..<100, weighted like a university's register.
    static func segment(roll: Int) -> Segment {
        switch roll {
        case ..<45: .u1
        case ..<57: .u2
        case ..<65: .u3
        case ..<72: .u4
        case ..<80: .u5
        case ..<84: .f1
        case ..<87: .f2
        case ..<92: .pa1
        case ..<95: .pa2
        default: .pa3
        }
    }

    static let thaiFirstNames = ["สมชาย", "สมหญิง", "วิชัย", "มาลี", "ประเสริฐ", "กนกพร", "ธนากร", "ศิริพร", "อนุชา", "พิมพ์ชนก",
                                 "ณัฐวุฒิ", "สุภาพร", "กิตติ", "จันทร์เพ็ญ", "วรวุฒิ", "ปิยะนุช"]
    static let thaiLastNames = ["ใจดี", "รักเรียน", "ศรีสุข", "บุญมา", "แก้วมณี", "ทองดี", "สายสุวรรณ", "พงษ์ไพบูลย์",
                                "วงศ์ใหญ่", "จันทร์แก้ว", "มีสุข", "เพชรรัตน์", "ชัยมงคล", "อินทร์แก้ว", "สุขสวัสดิ์", "ประเสริฐวงศ์"]
    static let englishFirstNames = ["Somchai", "Somying", "Wichai", "Malee", "Prasert", "Kanokporn", "Thanakorn", "Siriporn",
                                    "Anucha", "Pimchanok", "Nattawut", "Supaporn", "Kitti", "Janpen", "Worawut", "Piyanut"]
    static let englishLastNames = ["Jaidee", "Rakrian", "Srisuk", "Boonma", "Kaewmanee", "Thongdee", "Saisuwan", "Pongpaiboon",
                                   "Wongyai", "Jankaew", "Meesuk", "Petcharat", "Chaimongkol", "Inkaew", "Suksawat", "Prasertwong"]
    static let districts = [("ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่", "50200"), ("แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ", "10330"),
                            ("ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น", "40000"), ("ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา", "90110"),
                            ("ต.ช้างเผือก อ.เมืองเชียงใหม่ จ.เชียงใหม่", "50300"), ("ต.ในเมือง อ.เมืองนครราชสีมา จ.นครราชสีมา", "30000")]
}

extension SyntheticConsortium {
    /// A version-4-shaped UUID that is a pure function of the seed, the record's index and what the
    /// record is (`salt`), so ids are as reproducible as the data.
    public static func uuid(seed: UInt64, index: Int, salt: UInt64) -> UUID {
        var random = SplitMix64(seed: seed ^ (UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15) ^ (salt &* 0xC2B2_AE3D_27D4_EB4F))
        let high = random.next(), low = random.next()
        var bytes = (0..<8).map { UInt8(truncatingIfNeeded: high >> (8 * $0)) } + (0..<8).map { UInt8(truncatingIfNeeded: low >> (8 * $0)) }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}
