import Foundation
import PatronCore

/// The text of a feedback submission, named as the web form and the JSON API both post it: the one
/// list of the fields a person fills in.
struct FeedbackFields: Codable, Sendable, Equatable {
    var kind: String?
    var service: String?
    var segment: String?
    var summary: String?
    var details: String?
    var contactName: String?
    var contactEmail: String?
    var contactPhone: String?
    /// `email` or `sms`.
    var contactChannel: String?
}

/// What a person (or staff for them) sends in, as raw text from a form or the API (`submission.kind`
/// reads the field).
@dynamicMemberLookup
struct FeedbackSubmission: Sendable {
    var fields: FeedbackFields
    var consent: Bool
    /// Ticked "stay anonymous": any contact given is dropped.
    var anonymous: Bool

    subscript<Value>(dynamicMember path: KeyPath<FeedbackFields, Value>) -> Value { fields[keyPath: path] }
}

/// A checked submission, ready to store. Every problem of a form is collected at once.
struct FeedbackIntake: Sendable {
    var kind: FeedbackKind
    var channel: IntakeChannel
    var service: ServiceArea
    var segment: Segment?
    var language: Language
    var summary: FeedbackText
    var details: FeedbackText
    var contactName: String
    var contactEmail: String
    var contactPhone: String
    var contactChannel: String
    var consent: Bool

    var anonymous: Bool { contactEmail.isEmpty && contactPhone.isEmpty }

    /// Validates; the messages are in `language`. Details may be left empty on the form: the summary is then used.
    static func validate(_ s: FeedbackSubmission, channel: IntakeChannel, language: Language) -> Result<FeedbackIntake, FeedbackIntakeProblems> {
        let th = language == .th
        var problems: [String] = []
        let kind = FeedbackKind(code: s.kind ?? "")
        if kind == nil { problems.append(th ? "กรุณาเลือกประเภท (ข้อร้องเรียน ข้อเสนอแนะ ข้อคิดเห็น หรือคำชมเชย)" : "Choose what this is: a complaint, suggestion, comment or compliment.") }
        var service: ServiceArea? = .other
        if let code = nonEmpty(s.service) {
            service = ServiceArea(rawValue: code)
            if service == nil { problems.append(th ? "บริการ “\(code)” ไม่มีในรายการ กรุณาเลือกจากรายการ" : "“\(code)” is not one of the services; choose one from the list.") }
        }
        var segment: Segment?
        if let code = nonEmpty(s.segment) {
            segment = Segment(code: code)
            if segment == nil { problems.append(th ? "กลุ่มผู้ใช้บริการ “\(code)” ไม่ถูกต้อง" : "“\(code)” is not a user group.") }
        }
        var summary: FeedbackText?
        switch FeedbackText.validate(s.summary ?? "", field: .summary) {
        case .success(let t): summary = t
        case .failure(let p): problems.append(p.message(language))
        }
        var details: FeedbackText?
        if nonEmpty(s.details) == nil, let summary {
            details = try? FeedbackText(summary.value, field: .details)
        } else {
            switch FeedbackText.validate(s.details ?? "", field: .details) {
            case .success(let t): details = t
            case .failure(let p): problems.append(p.message(language))
            }
        }
        var name = "", email = "", phone = "", contactChannel = ""
        if !s.anonymous {
            do { name = try FeedbackText.optional(s.contactName, field: .contactName)?.value ?? "" } catch { problems.append(error.message(language)) }
            if let e = nonEmpty(s.contactEmail) {
                if EmailAddress.isValid(e) { email = e } else {
                    problems.append(th ? "อีเมล “\(e)” ไม่ถูกต้อง กรุณาตรวจสอบ หรือเว้นว่างไว้" : "“\(e)” is not an e-mail address; correct it or leave it empty.")
                }
            }
            if let p = nonEmpty(s.contactPhone) {
                let digits = PhoneNumber.normalize(p)
                if digits.count >= 9 && digits.count <= 10 && digits.allSatisfy({ $0.isASCII && $0.isNumber }) && digits.hasPrefix("0") { phone = digits } else {
                    problems.append(th ? "หมายเลขโทรศัพท์ “\(p)” ไม่ถูกต้อง ใช้รูปแบบ 081-234-5678 หรือเว้นว่างไว้" : "“\(p)” is not a Thai phone number (e.g. 081-234-5678); correct it or leave it empty.")
                }
            }
            contactChannel = s.contactChannel == "sms" && !phone.isEmpty ? "sms" : (!email.isEmpty ? "email" : (!phone.isEmpty ? "sms" : ""))
            if contactChannel == "sms" && !PhoneNumber.isValidThaiMobile(phone) && !email.isEmpty { contactChannel = "email" }
        }
        guard problems.isEmpty, let kind, let service, let summary, let details else { return .failure(FeedbackIntakeProblems(messages: problems)) }
        return .success(FeedbackIntake(kind: kind, channel: channel, service: service, segment: segment, language: language,
                                       summary: summary, details: details, contactName: name, contactEmail: email,
                                       contactPhone: phone, contactChannel: contactChannel,
                                       consent: (email.isEmpty && phone.isEmpty) ? false : s.consent))
    }
}

struct FeedbackIntakeProblems: Error {
    let messages: [String]
}
