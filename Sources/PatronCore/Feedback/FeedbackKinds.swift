/// What a piece of feedback is (seed 003, 4.2: complaints, suggestions, comments and compliments).
/// Only complaints are triaged into the four tracks; the other three kinds are acknowledged,
/// acted on when useful, and counted in the monthly and quarterly reports.
public enum FeedbackKind: String, CaseIterable, Codable, Sendable {
    case complaint
    case suggestion
    case comment
    case compliment

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.complaint, .th): "ข้อร้องเรียน"
        case (.complaint, .en): "Complaint"
        case (.suggestion, .th): "ข้อเสนอแนะ"
        case (.suggestion, .en): "Suggestion"
        case (.comment, .th): "ข้อคิดเห็น"
        case (.comment, .en): "Comment"
        case (.compliment, .th): "คำชมเชย"
        case (.compliment, .en): "Compliment"
        }
    }

    /// Accepts the raw value or either language's name, in any letter case.
    public init?(code: some StringProtocol) {
        let wanted = String(code).feedbackTrimmed.lowercased()
        guard let match = FeedbackKind.allCases.first(where: {
            $0.rawValue == wanted || $0.name(.en).lowercased() == wanted || $0.name(.th) == wanted
        }) else { return nil }
        self = match
    }
}

/// How a piece of feedback reached the library.
public enum IntakeChannel: String, CaseIterable, Codable, Sendable {
    /// The public web form (anonymous allowed).
    case webForm = "web-form"
    /// Said in person at a service counter and typed in by staff.
    case counter
    case phone
    case letter
    case email = "e-mail"
    /// The JSON API (`/api/v1`), e.g. a kiosk or another system.
    case api

    /// Channels on which a member of staff types the feedback in for the person.
    public var isStaffEntry: Bool {
        switch self {
        case .counter, .phone, .letter, .email: true
        case .webForm, .api: false
        }
    }

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.webForm, .th): "แบบฟอร์มบนเว็บไซต์"
        case (.webForm, .en): "Web form"
        case (.counter, .th): "เคาน์เตอร์บริการ"
        case (.counter, .en): "Counter"
        case (.phone, .th): "โทรศัพท์"
        case (.phone, .en): "Phone"
        case (.letter, .th): "จดหมาย"
        case (.letter, .en): "Letter"
        case (.email, .th): "อีเมล"
        case (.email, .en): "E-mail"
        case (.api, .th): "ระบบ API"
        case (.api, .en): "API"
        }
    }
}

/// The service a piece of feedback concerns. A fixed list until the service catalogue (capability 5)
/// exists; then the catalogue's services replace it and these codes map onto catalogue entries.
/// `other` is always available so that nobody is turned away for lack of a category.
public enum ServiceArea: String, CaseIterable, Codable, Sendable {
    /// Loans and returns (circulation).
    case circulation
    /// Information and reference services (reference and research help, finding books, tracking items).
    case reference
    /// Learning-media services.
    case learningMedia = "learning-media"
    case interLibraryLoan = "inter-library-loan"
    /// Reading rooms, study spaces and facilities.
    case studySpaces = "study-spaces"
    /// E-resources and the website.
    case eResources = "e-resources"
    /// Membership and deposits.
    case membership
    case other

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.circulation, .th): "บริการยืม-คืน"
        case (.circulation, .en): "Loans and returns"
        case (.reference, .th): "บริการสารสนเทศและตอบคำถาม"
        case (.reference, .en): "Information and reference"
        case (.learningMedia, .th): "บริการสื่อการเรียนรู้"
        case (.learningMedia, .en): "Learning media"
        case (.interLibraryLoan, .th): "บริการยืมระหว่างห้องสมุด"
        case (.interLibraryLoan, .en): "Inter-library loan"
        case (.studySpaces, .th): "ห้องอ่านหนังสือและพื้นที่การเรียนรู้"
        case (.studySpaces, .en): "Study spaces"
        case (.eResources, .th): "ทรัพยากรอิเล็กทรอนิกส์และเว็บไซต์"
        case (.eResources, .en): "E-resources and website"
        case (.membership, .th): "สมาชิกและเงินประกัน"
        case (.membership, .en): "Membership and deposits"
        case (.other, .th): "อื่น ๆ"
        case (.other, .en): "Other"
        }
    }
}

/// The four complaint tracks by severity (seed 001).
public enum ComplaintTrack: Int, CaseIterable, Codable, Sendable, Comparable {
    /// Urgent and affecting users now: the front line fixes it on the spot.
    case urgent = 1
    /// Major impact that front-line staff cannot fix: forwarded to the work-group head and the department head.
    case major = 2
    /// Not urgent, but a need that affects satisfaction.
    case notUrgent = 3
    /// Needs budget: goes on the management-team (MT) committee meeting agenda, tracked to a decision.
    case needsBudget = 4

    public static func < (lhs: ComplaintTrack, rhs: ComplaintTrack) -> Bool { lhs.rawValue < rhs.rawValue }

    /// `1`…`4`, also `track 2`, `T2`.
    public init?(code: some StringProtocol) {
        let digits = String(code).filter(\.isFeedbackDigit)
        guard digits.count == 1, let n = Int(digits), let track = ComplaintTrack(rawValue: n) else { return nil }
        self = track
    }

    /// `ลำดับที่ 1 เร่งด่วน` / `Track 1 – urgent`.
    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.urgent, .th): "ระดับ 1 เร่งด่วน"
        case (.urgent, .en): "Track 1 – urgent"
        case (.major, .th): "ระดับ 2 ผลกระทบสูง"
        case (.major, .en): "Track 2 – major"
        case (.notUrgent, .th): "ระดับ 3 ไม่เร่งด่วน"
        case (.notUrgent, .en): "Track 3 – not urgent"
        case (.needsBudget, .th): "ระดับ 4 ต้องใช้งบประมาณ"
        case (.needsBudget, .en): "Track 4 – needs budget"
        }
    }

    /// The one-line description from seed 001, shown to staff when they triage.
    public func description(_ language: Language) -> String {
        switch (self, language) {
        case (.urgent, .th):
            "เร่งด่วนและมีผลกระทบต่อผู้ใช้บริการ ผู้ปฏิบัติงานด่านหน้าแก้ไขทันทีเพื่อลดความไม่พึงพอใจ ณ จุดบริการ"
        case (.urgent, .en):
            "Urgent and affecting users now: front-line staff fix it immediately to reduce dissatisfaction on the spot."
        case (.major, .th):
            "มีผลกระทบสูงและเจ้าหน้าที่ไม่สามารถแก้ไขได้เอง ส่งต่อ/ปรึกษาหัวหน้างานและหัวหน้าฝ่าย"
        case (.major, .en):
            "Major impact that staff cannot fix themselves: forwarded to and discussed with the work-group head and the department head."
        case (.notUrgent, .th):
            "ไม่เร่งด่วน แต่เป็นความต้องการที่มีผลต่อความพึงพอใจ"
        case (.notUrgent, .en):
            "Not urgent, but a need that affects satisfaction."
        case (.needsBudget, .th):
            "ต้องใช้งบประมาณในการแก้ไข นำเข้าที่ประชุมคณะกรรมการบริหาร (MT) เพื่อหาสาเหตุ แนวทางแก้ไขและป้องกัน"
        case (.needsBudget, .en):
            "Needs budget to fix: placed on the management-team (MT) committee meeting agenda to find causes, fixes and prevention."
        }
    }
}

/// Where a piece of feedback stands (the workflow's states, in order).
public enum FeedbackStatus: String, CaseIterable, Codable, Sendable {
    case received
    case triaged
    case inProgress = "in-progress"
    case escalated
    case resolved
    case closed

    /// Resolved or closed: the handling is over and no target can be missed any more.
    public var isFinished: Bool { self == .resolved || self == .closed }

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.received, .th): "รับเรื่องแล้ว"
        case (.received, .en): "Received"
        case (.triaged, .th): "คัดแยกระดับแล้ว"
        case (.triaged, .en): "Triaged"
        case (.inProgress, .th): "กำลังดำเนินการ"
        case (.inProgress, .en): "In progress"
        case (.escalated, .th): "ส่งต่อผู้บังคับบัญชา"
        case (.escalated, .en): "Escalated"
        case (.resolved, .th): "แก้ไขแล้ว"
        case (.resolved, .en): "Resolved"
        case (.closed, .th): "ปิดเรื่องแล้ว"
        case (.closed, .en): "Closed"
        }
    }
}

// MARK: small text helpers (feedback-prefixed so they never clash with other parts of the core)

extension Character {
    var isFeedbackDigit: Bool { asciiValue.map { $0 >= 48 && $0 <= 57 } ?? false }
}

extension String {
    /// Trimmed of Unicode white space and new lines at both ends.
    var feedbackTrimmed: String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
