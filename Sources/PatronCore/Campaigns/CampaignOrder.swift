import Foundation

/// What a head asks for when starting an unclaimed-deposit campaign (the seed's backlog mailing):
/// the day it runs, the new claim-by date stamped on every selected deposit, an optional range of
/// expiry dates, and the channels to use.
public struct CampaignOrder: Equatable, Sendable {
    public var asOf: CivilDate
    public var claimBy: CivilDate
    public var expiredFrom: CivilDate?
    public var expiredTo: CivilDate?
    /// In order; one notice per member and channel the member can receive.
    public var channels: [ContactChannel]

    /// Members need time to come in: the claim-by date is at least this many days after the run.
    public static let minimumNoticeDays = 30
    /// What the project did (seed 000): a postcard to everyone with an address, e-mail where on file.
    public static let defaultChannels: [ContactChannel] = [.postcard, .email]

    public init(asOf: CivilDate, claimBy: CivilDate, expiredFrom: CivilDate? = nil, expiredTo: CivilDate? = nil,
                channels: [ContactChannel] = CampaignOrder.defaultChannels) {
        self.asOf = asOf
        self.claimBy = claimBy
        self.expiredFrom = expiredFrom
        self.expiredTo = expiredTo
        self.channels = channels
    }

    /// Every problem with the order itself (the app adds who runs it, and whether anyone is selected).
    public func validate() -> [CampaignProblem] {
        var problems: [CampaignProblem] = []
        if claimBy < asOf {
            problems.append(.claimByBeforeAsOf(claimBy: claimBy, asOf: asOf))
        } else if asOf.days(until: claimBy) < Self.minimumNoticeDays {
            problems.append(.claimByTooSoon(claimBy: claimBy, asOf: asOf))
        }
        if let from = expiredFrom, let to = expiredTo, from > to { problems.append(.expiryRangeInverted(from: from, to: to)) }
        if let from = expiredFrom, from >= asOf { problems.append(.expiryRangeNotPast(from)) }
        if channels.isEmpty { problems.append(.noChannels) }
        return problems
    }

    /// The campaign's identity: the same order twice is the same campaign (its notices are queued once).
    public var key: String {
        "unclaimed/\(asOf.iso)/\(claimBy.iso)/\(expiredFrom?.iso ?? "-")/\(expiredTo?.iso ?? "-")"
    }

    /// Whether a member whose membership expired on `expiry` is in the order's range (and expired before the run).
    public func covers(expiry: CivilDate) -> Bool {
        expiry < asOf && (expiredFrom.map { expiry >= $0 } ?? true) && (expiredTo.map { expiry <= $0 } ?? true)
    }

    /// `postcard,email,sms,line` (also `e-mail`), in the order given; empty text is an empty list.
    public static func channels(from text: String) -> Result<[ContactChannel], CampaignProblem> {
        var result: [ContactChannel] = []
        for part in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !part.isEmpty {
            guard let channel = ContactChannel(rawValue: part == "e-mail" ? "email" : part) else { return .failure(.unknownChannel(part)) }
            if !result.contains(channel) { result.append(channel) }
        }
        return .success(result)
    }
}

/// Why a campaign cannot run, in the reader's language. Nothing is written when any is raised.
public enum CampaignProblem: Error, Equatable, Sendable {
    case claimByBeforeAsOf(claimBy: CivilDate, asOf: CivilDate)
    case claimByTooSoon(claimBy: CivilDate, asOf: CivilDate)
    case expiryRangeInverted(from: CivilDate, to: CivilDate)
    case expiryRangeNotPast(CivilDate)
    case noChannels
    case unknownChannel(String)
    case notADate(option: String, text: String)
    case missingOption(String)
    case unknownUser(String)
    case notAHead(String)
    case nobodySelected
    case alreadyQueued(on: CivilDate)

    public func message(_ language: Language) -> String {
        let th = language == .th
        func day(_ d: CivilDate) -> String { DateDisplay.long(d, language) }
        switch self {
        case .claimByBeforeAsOf(let claimBy, let asOf):
            return th ? "วันที่ขอรับเงินคืนได้ถึง (\(day(claimBy))) อยู่ก่อนวันที่ส่งแคมเปญ (\(day(asOf))) — กรุณาเลือกวันหลังจากนั้นอย่างน้อย \(CampaignOrder.minimumNoticeDays) วัน"
                : "The claim-by date (\(day(claimBy))) is before the campaign day (\(day(asOf))); choose a date at least \(CampaignOrder.minimumNoticeDays) days after it."
        case .claimByTooSoon(let claimBy, let asOf):
            return th ? "วันที่ขอรับเงินคืนได้ถึง (\(day(claimBy))) ห่างจากวันที่ส่งแคมเปญเพียง \(asOf.days(until: claimBy)) วัน ต้องให้เวลาสมาชิกอย่างน้อย \(CampaignOrder.minimumNoticeDays) วัน"
                : "The claim-by date (\(day(claimBy))) is only \(asOf.days(until: claimBy)) days after the campaign day; give members at least \(CampaignOrder.minimumNoticeDays) days."
        case .expiryRangeInverted(let from, let to):
            return th ? "ช่วงวันหมดอายุไม่ถูกต้อง: วันเริ่ม (\(day(from))) อยู่หลังวันสิ้นสุด (\(day(to)))"
                : "The expiry range is back to front: it starts (\(day(from))) after it ends (\(day(to)))."
        case .expiryRangeNotPast(let from):
            return th ? "ช่วงวันหมดอายุเริ่ม \(day(from)) ซึ่งไม่ได้อยู่ก่อนวันที่ส่งแคมเปญ จึงไม่มีสมาชิกที่หมดอายุแล้วในช่วงนี้"
                : "The expiry range starts on \(day(from)), not before the campaign day, so nobody in it has expired."
        case .noChannels:
            return th ? "กรุณาเลือกช่องทางอย่างน้อยหนึ่งช่องทาง (postcard, email, sms, line)" : "Choose at least one channel (postcard, email, sms, line)."
        case .unknownChannel(let name):
            return th ? "ไม่รู้จักช่องทาง “\(name)” ใช้ได้: postcard, email, sms, line" : "Unknown channel “\(name)”; use postcard, email, sms or line."
        case .notADate(let option, let text):
            return th ? "--\(option): “\(text)” ไม่ใช่วันที่ (ใช้ YYYY-MM-DD หรือ DD/MM/YYYY)" : "--\(option): “\(text)” is not a date (use YYYY-MM-DD or DD/MM/YYYY)."
        case .missingOption(let option):
            return th ? "กรุณาระบุ --\(option)" : "Give --\(option)."
        case .unknownUser(let name):
            return th ? "ไม่พบบัญชีเจ้าหน้าที่ “\(name)” ที่ใช้งานอยู่ — ระบุด้วย --as USERNAME" : "No active staff account “\(name)”; name one with --as USERNAME."
        case .notAHead(let name):
            return th ? "\(name) ไม่ใช่หัวหน้างาน — เฉพาะหัวหน้างานหรือผู้ดูแลระบบจึงส่งแคมเปญได้" : "\(name) is not a head; only a head or an administrator runs a campaign."
        case .nobodySelected:
            return th ? "ไม่มีสมาชิกที่หมดอายุและยังมีเงินประกันค้างรับในช่วงที่เลือก — ไม่มีอะไรต้องส่ง"
                : "No expired member with an unclaimed deposit in that range: nothing to send."
        case .alreadyQueued(let on):
            return th ? "แคมเปญนี้ส่งเข้าคิวแล้วเมื่อ \(day(on)) — ไม่ส่งซ้ำ ดูรายงานแคมเปญได้ที่หน้าแคมเปญ"
                : "This campaign's notices were already queued on \(day(on)); nothing is sent twice. See its report on the campaigns page."
        }
    }
}
