/// Why a member record cannot be stored, said in the language of whoever reads it.
public enum MemberProblem: Equatable, Sendable, Error {
    case cardNumberMissing
    case cardNumberInvalid(String)
    case cardNumberTaken(String)
    case nameMissing
    case unknownSegment(String)
    case unknownMembershipType(String)
    case unknownStatus(String)
    case dateInvalid(field: DateField, text: String)
    case expiryBeforeEnrolment(enrolled: CivilDate, expires: CivilDate)
    case emailInvalid(String)
    case mobileInvalid(String)
    case postcodeInvalid(String)
    case consentWithoutContact(ContactChannel)
    case tooLong(MemberTextField)

    public enum DateField: String, Sendable {
        case enrolled, expires
    }

    /// The form field the problem belongs to, so a page can show it next to the input.
    public var field: String {
        switch self {
        case .cardNumberMissing, .cardNumberInvalid, .cardNumberTaken: "cardNumber"
        case .nameMissing: "firstNameTh"
        case .unknownSegment: "segment"
        case .unknownMembershipType: "membershipType"
        case .unknownStatus: "status"
        case .dateInvalid(let field, _): field == .enrolled ? "enrolledOn" : "expiresOn"
        case .expiryBeforeEnrolment: "expiresOn"
        case .emailInvalid: "email"
        case .mobileInvalid: "mobile"
        case .postcodeInvalid: "postcode"
        case .consentWithoutContact(.postcard): "consentPostcard"
        case .consentWithoutContact(.email): "consentEmail"
        case .consentWithoutContact(.sms): "consentSMS"
        case .consentWithoutContact(.line): "consentLINE"
        case .tooLong(let field): field.rawValue
        }
    }

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.cardNumberMissing, .th): return "กรุณากรอกเลขบัตรสมาชิก"
        case (.cardNumberMissing, .en): return "The card number is required."
        case (.cardNumberInvalid(let s), .th): return "เลขบัตร “\(s)” ใช้ได้เฉพาะตัวอักษร ตัวเลข และ - ไม่เกิน 32 ตัว"
        case (.cardNumberInvalid(let s), .en): return "Card number “\(s)” may hold only letters, digits and -, at most 32."
        case (.cardNumberTaken(let s), .th): return "เลขบัตร \(s) มีสมาชิกใช้อยู่แล้ว"
        case (.cardNumberTaken(let s), .en): return "Card number \(s) already belongs to another member."
        case (.nameMissing, .th): return "กรุณากรอกชื่อ (ภาษาไทยหรือภาษาอังกฤษ)"
        case (.nameMissing, .en): return "A name (Thai or English) is required."
        case (.unknownSegment(let s), .th):
            return "ไม่รู้จักกลุ่มผู้ใช้ “\(s)” (ใช้ได้: \(Segment.allCases.map(\.rawValue).joined(separator: " ")))"
        case (.unknownSegment(let s), .en):
            return "Unknown segment “\(s)” (one of: \(Segment.allCases.map(\.rawValue).joined(separator: " ")))."
        case (.unknownMembershipType(let s), .th):
            return "ไม่รู้จักประเภทสมาชิก “\(s)” (ใช้ได้: \(MembershipType.allCases.map(\.rawValue).joined(separator: ", ")))"
        case (.unknownMembershipType(let s), .en):
            return "Unknown membership type “\(s)” (one of: \(MembershipType.allCases.map(\.rawValue).joined(separator: ", ")))."
        case (.unknownStatus(let s), .th): return "ไม่รู้จักสถานะ “\(s)” (ใช้ได้: active, expired, suspended)"
        case (.unknownStatus(let s), .en): return "Unknown status “\(s)” (one of: active, expired, suspended)."
        case (.dateInvalid(let f, let s), .th):
            return "\(f == .enrolled ? "วันที่สมัคร" : "วันหมดอายุ") “\(s)” ไม่ใช่วันที่ที่ถูกต้อง (ใช้ YYYY-MM-DD หรือ วว/ดด/ปปปป)"
        case (.dateInvalid(let f, let s), .en):
            return "\(f == .enrolled ? "Enrolment date" : "Expiry date") “\(s)” is not a valid date (use YYYY-MM-DD or DD/MM/YYYY)."
        case (.expiryBeforeEnrolment(let a, let b), .th):
            return "วันหมดอายุ (\(DateDisplay.short(b, .th))) อยู่ก่อนวันที่สมัคร (\(DateDisplay.short(a, .th)))"
        case (.expiryBeforeEnrolment(let a, let b), .en):
            return "The expiry date (\(DateDisplay.short(b, .en))) is before the enrolment date (\(DateDisplay.short(a, .en)))."
        case (.emailInvalid(let s), .th): return "อีเมล “\(s)” ไม่ถูกต้อง"
        case (.emailInvalid(let s), .en): return "E-mail address “\(s)” is not valid."
        case (.mobileInvalid(let s), .th): return "เบอร์โทรศัพท์มือถือ “\(s)” ไม่ถูกต้อง (10 หลัก ขึ้นต้นด้วย 06 08 หรือ 09)"
        case (.mobileInvalid(let s), .en): return "Mobile number “\(s)” is not valid (10 digits starting 06, 08 or 09)."
        case (.postcodeInvalid(let s), .th): return "รหัสไปรษณีย์ “\(s)” ต้องเป็นตัวเลข 5 หลัก"
        case (.postcodeInvalid(let s), .en): return "Postcode “\(s)” must be 5 digits."
        case (.consentWithoutContact(let c), .th): return "ยินยอมรับ\(c.name(.th))แล้ว แต่ยังไม่มีข้อมูลติดต่อสำหรับช่องทางนี้"
        case (.consentWithoutContact(let c), .en): return "Consent to \(c.name(.en)) is ticked but there is no \(c.name(.en)) contact to use."
        case (.tooLong(let f), .th): return "\(f.name(.th))ยาวเกิน \(f.maximumLength) ตัวอักษร กรุณาย่อให้สั้นลง"
        case (.tooLong(let f), .en): return "\(f.name(.en)) is longer than \(f.maximumLength) characters. Please shorten it."
        }
    }
}
