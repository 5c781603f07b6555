/// The templates PatronCare ships for every policy kind, channel and language (seed 000): each
/// links to the refund steps on the website; refund and last-notice messages give the claim deadline,
/// the counter hours (Mon–Fri 08:00–18:30, Sat 09:00–15:30 by default), the documents to bring and
/// the proxy option; the last notice says that unclaimed deposits go to the library's fund.
/// Administrators edit copies; these stay as the "reset to default".
public enum DefaultTemplates {
    public struct Source: Equatable, Sendable {
        public let subject: String?
        public let body: String
    }

    public static func template(kind: ReminderKind, channel: ContactChannel, language: Language) -> MessageTemplate {
        let s = source(kind: kind, channel: channel, language: language)
        do {
            return try MessageTemplate(channel: channel, language: language, subject: s.subject, body: s.body)
        } catch {
            preconditionFailure("default template \(kind.rawValue)/\(channel.rawValue)/\(language.rawValue): \(error.message(.en))")
        }
    }

    public static func source(kind: ReminderKind, channel: ContactChannel, language: Language) -> Source {
        switch (kind, language) {
        case (.renewal, .th): renewalTh(channel)
        case (.renewal, .en): renewalEn(channel)
        case (.refund, .th): refundTh(channel, last: false)
        case (.refund, .en): refundEn(channel, last: false)
        case (.lastNotice, .th): refundTh(channel, last: true)
        case (.lastNotice, .en): refundEn(channel, last: true)
        case (.campaign, .th): campaignTh(channel)
        case (.campaign, .en): campaignEn(channel)
        }
    }

    static let signatureTh = "ขอแสดงความนับถือ\nงานบริการยืม-คืน ห้องสมุด"
    static let signatureEn = "Kind regards,\nLoans and Returns, the Library"

    static func renewalTh(_ channel: ContactChannel) -> Source {
        switch channel {
        case .email:
            Source(subject: "สมาชิกภาพห้องสมุดของท่านจะหมดอายุในวันที่ {{expiry_date}}", body: """
            เรียน {{member_name}}

            บัตรสมาชิกห้องสมุดหมายเลข {{card_number}} ของท่านจะหมดอายุในวันที่ {{expiry_date}}
            หากต้องการใช้บริการต่อ กรุณาต่ออายุสมาชิกที่เคาน์เตอร์บริการยืม-คืน เวลาทำการ {{counter_hours}}

            หากท่านวางเงินประกันไว้และไม่ต่ออายุ ท่านขอรับเงินประกันคืนได้หลังวันหมดอายุ ดูขั้นตอนการขอรับเงินคืนได้ที่ {{refund_steps_url}}

            \(signatureTh)
            """)
        case .line, .postcard:
            Source(subject: nil, body: """
            เรียน {{member_name}}
            บัตรสมาชิกห้องสมุดหมายเลข {{card_number}} จะหมดอายุในวันที่ {{expiry_date}}
            ต่ออายุได้ที่เคาน์เตอร์บริการยืม-คืน เวลาทำการ {{counter_hours}}
            หากวางเงินประกันไว้และไม่ต่ออายุ ขอรับเงินคืนได้หลังวันหมดอายุ ขั้นตอนการขอรับเงินคืน: {{refund_steps_url}}
            """)
        case .sms:
            Source(subject: nil, body: "ห้องสมุด: บัตรสมาชิก {{card_number}} หมดอายุ {{expiry_date}} ต่ออายุที่เคาน์เตอร์ยืม-คืน ขั้นตอนรับเงินประกันคืน {{refund_steps_url}}")
        }
    }

    static func renewalEn(_ channel: ContactChannel) -> Source {
        switch channel {
        case .email:
            Source(subject: "Your library membership expires on {{expiry_date}}", body: """
            Dear {{member_name}},

            Your library membership (card {{card_number}}) expires on {{expiry_date}}.
            To keep using the library, please renew at the loans and returns counter, open {{counter_hours}}.

            If you paid a deposit and do not renew, you can claim it back after the expiry date. The refund steps are at {{refund_steps_url}}

            \(signatureEn)
            """)
        case .line, .postcard:
            Source(subject: nil, body: """
            Dear {{member_name}},
            your library card {{card_number}} expires on {{expiry_date}}.
            Renew at the loans and returns counter, open {{counter_hours}}.
            If you paid a deposit and do not renew, claim it back after expiry. Refund steps: {{refund_steps_url}}
            """)
        case .sms:
            Source(subject: nil, body: "Library: card {{card_number}} expires {{expiry_date}}. Renew at the loans counter. Deposit refund steps: {{refund_steps_url}}")
        }
    }

    static func refundTh(_ channel: ContactChannel, last: Bool) -> Source {
        let opening = last
            ? "นี่เป็นการแจ้งครั้งสุดท้าย ท่านยังไม่ได้ขอรับเงินประกัน {{deposit_amount}} ของบัตรสมาชิกหมายเลข {{card_number}} ซึ่งหมดอายุเมื่อวันที่ {{expiry_date}}"
            : "สมาชิกภาพห้องสมุด บัตรหมายเลข {{card_number}} ของท่านหมดอายุเมื่อวันที่ {{expiry_date}} ท่านยังมีเงินประกันรอรับคืน {{deposit_amount}}"
        let deadline = last
            ? "กรุณาขอรับเงินคืนภายในวันที่ {{claim_deadline}} หากพ้นกำหนด เงินประกันที่ไม่มีผู้มาขอรับจะนำเข้ากองทุนของห้องสมุด"
            : "กรุณาขอรับเงินคืนภายในวันที่ {{claim_deadline}}"
        switch channel {
        case .email:
            return Source(subject: last ? "แจ้งครั้งสุดท้าย: ขอรับเงินประกันคืนได้ถึงวันที่ {{claim_deadline}}"
                                        : "กรุณาขอรับเงินประกันคืน {{deposit_amount}} ภายในวันที่ {{claim_deadline}}", body: """
            เรียน {{member_name}}

            \(opening)
            \(deadline)

            ขั้นตอนการขอรับเงินคืน: {{refund_steps_url}}
            เวลาทำการเคาน์เตอร์: {{counter_hours}}
            เอกสารที่ต้องนำมา:
            {{documents}}

            {{proxy_rules}}

            \(signatureTh)
            """)
        case .line, .postcard:
            return Source(subject: nil, body: """
            เรียน {{member_name}}
            \(opening)
            \(deadline)
            ขั้นตอน: {{refund_steps_url}}
            เคาน์เตอร์เปิด {{counter_hours}}
            เอกสาร: {{documents}}
            {{proxy_rules}}
            """)
        case .sms:
            return Source(subject: nil, body: last
                ? "ห้องสมุด แจ้งครั้งสุดท้าย: เงินประกัน {{deposit_amount}} ต้องรับคืนภายใน {{claim_deadline}} มิฉะนั้นจะเข้ากองทุนห้องสมุด {{refund_steps_url}}"
                : "ห้องสมุด: ท่านมีเงินประกัน {{deposit_amount}} รอรับคืนภายใน {{claim_deadline}} ขั้นตอน {{refund_steps_url}}")
        }
    }

    static func refundEn(_ channel: ContactChannel, last: Bool) -> Source {
        let opening = last
            ? "This is our last notice: you have not yet claimed your deposit of {{deposit_amount}} for card {{card_number}}, which expired on {{expiry_date}}."
            : "Your library membership (card {{card_number}}) expired on {{expiry_date}}, and your deposit of {{deposit_amount}} is waiting for you."
        let deadline = last
            ? "Please claim it by {{claim_deadline}}. After that date, unclaimed deposits go to the library's fund."
            : "Please claim it by {{claim_deadline}}."
        switch channel {
        case .email:
            return Source(subject: last ? "Last notice: claim your deposit by {{claim_deadline}}"
                                        : "Please claim your deposit of {{deposit_amount}} by {{claim_deadline}}", body: """
            Dear {{member_name}},

            \(opening)
            \(deadline)

            Refund steps: {{refund_steps_url}}
            Counter hours: {{counter_hours}}
            Documents to bring:
            {{documents}}

            {{proxy_rules}}

            \(signatureEn)
            """)
        case .line, .postcard:
            return Source(subject: nil, body: """
            Dear {{member_name}},
            \(opening)
            \(deadline)
            Refund steps: {{refund_steps_url}}
            Counter hours: {{counter_hours}}
            Documents: {{documents}}
            {{proxy_rules}}
            """)
        case .sms:
            return Source(subject: nil, body: last
                ? "Library, last notice: claim your deposit of {{deposit_amount}} by {{claim_deadline}} or it goes to the library fund. {{refund_steps_url}}"
                : "Library: your deposit of {{deposit_amount}} can be claimed until {{claim_deadline}}. Steps: {{refund_steps_url}}")
        }
    }

    /// The seed's backlog mailing: the money is still there, and here is a new date to claim it by.
    static func campaignTh(_ channel: ContactChannel) -> Source {
        switch channel {
        case .email:
            Source(subject: "ท่านยังมีเงินประกัน {{deposit_amount}} รอรับคืน ขอรับได้ถึงวันที่ {{claim_deadline}}", body: """
            เรียน {{member_name}}

            ห้องสมุดขอแจ้งว่า ท่านยังมีเงินประกัน (ค่าประกันความเสียหาย) {{deposit_amount}} ของบัตรสมาชิกหมายเลข {{card_number}} ซึ่งหมดอายุเมื่อวันที่ {{expiry_date}} ยังไม่ได้ขอรับคืน
            ห้องสมุดขยายกำหนดวันขอรับเงินประกันคืนให้ถึงวันที่ {{claim_deadline}}

            ขั้นตอนการขอรับเงินคืน: {{refund_steps_url}}
            เวลาทำการเคาน์เตอร์: {{counter_hours}}
            เอกสารที่ต้องนำมา:
            {{documents}}

            {{proxy_rules}}

            \(signatureTh)
            """)
        case .line, .postcard:
            Source(subject: nil, body: """
            เรียน {{member_name}}
            ท่านยังมีเงินประกัน {{deposit_amount}} ของบัตรสมาชิก {{card_number}} (หมดอายุ {{expiry_date}}) รอรับคืน
            ขอรับคืนได้ถึงวันที่ {{claim_deadline}}
            ขั้นตอน: {{refund_steps_url}}
            เคาน์เตอร์เปิด {{counter_hours}}
            เอกสาร: {{documents}}
            {{proxy_rules}}
            """)
        case .sms:
            Source(subject: nil, body: "ห้องสมุด: ท่านมีเงินประกัน {{deposit_amount}} รอรับคืน ขอรับได้ถึง {{claim_deadline}} ขั้นตอน {{refund_steps_url}}")
        }
    }

    static func campaignEn(_ channel: ContactChannel) -> Source {
        switch channel {
        case .email:
            Source(subject: "Your deposit of {{deposit_amount}} is still waiting: claim it by {{claim_deadline}}", body: """
            Dear {{member_name}},

            Your deposit of {{deposit_amount}} for library card {{card_number}}, which expired on {{expiry_date}}, has not been claimed yet.
            The library has extended the claim deadline to {{claim_deadline}}.

            Refund steps: {{refund_steps_url}}
            Counter hours: {{counter_hours}}
            Documents to bring:
            {{documents}}

            {{proxy_rules}}

            \(signatureEn)
            """)
        case .line, .postcard:
            Source(subject: nil, body: """
            Dear {{member_name}},
            your deposit of {{deposit_amount}} for card {{card_number}} (expired {{expiry_date}}) is still waiting for you.
            Claim it by {{claim_deadline}}.
            Refund steps: {{refund_steps_url}}
            Counter hours: {{counter_hours}}
            Documents: {{documents}}
            {{proxy_rules}}
            """)
        case .sms:
            Source(subject: nil, body: "Library: your deposit of {{deposit_amount}} is waiting; claim it by {{claim_deadline}}. Steps: {{refund_steps_url}}")
        }
    }
}
