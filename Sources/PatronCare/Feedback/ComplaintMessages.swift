import Foundation
import PatronCore

/// The rendered text of every message the complaints feature puts in the outbox, in the
/// recipient's language: the person's for outcomes and surveys, the configured one for staff.
enum ComplaintMessages {
    struct Text {
        let subject: String
        let body: String
    }

    struct Route {
        let channel: ContactChannel
        let address: String
        let fallbacks: [ContactChannel]
    }

    /// The person's chosen channel (e-mail or SMS), the other as a fallback. Nil when anonymous.
    static func route(_ item: FeedbackItem) -> Route? {
        let email = item.contactEmail, phone = item.contactPhone
        switch (item.contactChannel, email.isEmpty, phone.isEmpty) {
        case ("sms", _, false): return Route(channel: .sms, address: phone, fallbacks: email.isEmpty ? [] : [.email])
        case (_, false, _): return Route(channel: .email, address: email, fallbacks: phone.isEmpty ? [] : [.sms])
        case (_, true, false): return Route(channel: .sms, address: phone, fallbacks: [])
        default: return nil
        }
    }

    static func outcome(_ item: FeedbackItem, outcome: String) -> Text {
        let greeting = item.contactName.isEmpty ? "" : item.contactName
        switch item.language {
        case .th:
            return Text(subject: "ผลการดำเนินการเรื่อง \(item.reference)",
                        body: """
                        เรียน \(greeting.isEmpty ? "ผู้ใช้บริการ" : "คุณ\(greeting)")

                        ห้องสมุดได้ดำเนินการเรื่อง\(item.kind.name(.th)) “\(item.summary)” (เลขที่อ้างอิง \(item.reference)) แล้ว
                        ผลการดำเนินการ: \(outcome)

                        ขอบคุณที่แจ้งให้เราทราบ
                        """)
        case .en:
            return Text(subject: "Outcome of your feedback \(item.reference)",
                        body: """
                        Dear \(greeting.isEmpty ? "library user" : greeting),

                        The library has handled your \(item.kind.name(.en).lowercased()) “\(item.summary)” (reference \(item.reference)).
                        Outcome: \(outcome)

                        Thank you for telling us.
                        """)
        }
    }

    static func survey(_ item: FeedbackItem, link: String, lastDay: CivilDate) -> Text {
        switch item.language {
        case .th:
            return Text(subject: "แบบสอบถามความพึงพอใจต่อการจัดการเรื่อง \(item.reference)",
                        body: """
                        ห้องสมุดขอความกรุณาประเมินความพึงพอใจต่อการจัดการเรื่อง \(item.reference) (1 คำถาม ใช้เวลาไม่ถึง 1 นาที)
                        \(link)
                        ลิงก์นี้ใช้ได้ครั้งเดียว ถึงวันที่ \(DateDisplay.long(lastDay, .th))
                        """)
        case .en:
            return Text(subject: "How did we handle \(item.reference)?",
                        body: """
                        Please tell us how satisfied you are with the way the library handled \(item.reference) (one question, under a minute):
                        \(link)
                        The link works once, until \(DateDisplay.long(lastDay, .en)).
                        """)
        }
    }

    static func announcement(_ item: FeedbackItem, outcome: String, language: Language) -> Text {
        switch language {
        case .th:
            return Text(subject: "ประกาศผลการดำเนินการ \(item.reference)",
                        body: """
                        \(item.kind.name(.th)) เรื่อง “\(item.summary)” (\(item.service.name(.th))) รับเมื่อ \(DateDisplay.long(BangkokTime.day(of: item.receivedAt), .th))
                        ผลการดำเนินการ: \(outcome)
                        """)
        case .en:
            return Text(subject: "Outcome published: \(item.reference)",
                        body: """
                        \(item.kind.name(.en)) “\(item.summary)” (\(item.service.name(.en))), received \(DateDisplay.long(BangkokTime.day(of: item.receivedAt), .en)).
                        Outcome: \(outcome)
                        """)
        }
    }

    static func overdue(_ item: FeedbackItem, dueDay: CivilDate, level: EscalationLevel, link: String, language: Language) -> Text {
        let track = item.complaintTrack
        switch language {
        case .th:
            let who = level == .none ? "ผู้รับผิดชอบ" : level.name(.th)
            return Text(subject: "เรื่องเกินกำหนด \(item.reference)\(level == .none ? "" : " — ส่งต่อถึง\(who)")",
                        body: """
                        เรียน \(who)

                        \(item.kind.name(.th))\(track.map { " \($0.name(.th))" } ?? "") เลขที่ \(item.reference) “\(item.summary)”
                        ครบกำหนดเมื่อ \(DateDisplay.long(dueDay, .th)) สถานะปัจจุบัน: \(item.status.name(.th))\(item.assigneeName.isEmpty ? "" : " ผู้รับผิดชอบ: \(item.assigneeName)")
                        \(link)
                        """)
        case .en:
            let who = level == .none ? "owner" : level.name(.en).lowercased()
            return Text(subject: "Overdue: \(item.reference)\(level == .none ? "" : " — escalated to the \(who)")",
                        body: """
                        To the \(who),

                        \(item.kind.name(.en))\(track.map { ", \($0.name(.en))" } ?? "") \(item.reference) “\(item.summary)”
                        was due on \(DateDisplay.long(dueDay, .en)). Status: \(item.status.name(.en))\(item.assigneeName.isEmpty ? "" : "; assigned to \(item.assigneeName)").
                        \(link)
                        """)
        }
    }

    static func reportDue(_ month: ReportMonth, link: String, language: Language) -> Text {
        switch language {
        case .th:
            return Text(subject: "รายงานข้อร้องเรียนประจำเดือน\(month.name(.th)) ยังไม่ได้ส่ง",
                        body: """
                        แบบ Complaint_01 และ Complaint_02 ประจำเดือน\(month.name(.th)) ต้องส่งภายในวันที่ \(DateDisplay.long(month.dueDay, .th)) และยังไม่ได้บันทึกว่าส่งแล้ว
                        \(link)
                        """)
        case .en:
            return Text(subject: "Complaint report for \(month.name(.en)) not yet sent",
                        body: """
                        Forms Complaint_01 and Complaint_02 for \(month.name(.en)) are due by \(DateDisplay.long(month.dueDay, .en)) and are not marked sent yet.
                        \(link)
                        """)
        }
    }
}
