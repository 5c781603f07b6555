import PatronCore
import Testing
@testable import PatronCare

/// The reminder template pages in Thai and English from fixture models (no app, no database).
@Suite struct TemplatePageSnapshotTests {
    @Test(arguments: Language.allCases)
    func templateListWithOneCustomised(language: Language) {
        let page = TemplatesIndexPage(chrome: PageFixtures.chrome(language, title: "templates_title", path: "/admin/templates")) { kind, channel, templateLanguage in
            kind == ReminderKind.allCases[0] && channel == .sms && templateLanguage == .th
        }
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func customisedSMSTemplatePreviewedForAMember(language: Language) {
        let body = "เรียน {{member_name}} เงินประกัน {{deposit_amount}} <ติดต่อ> & \"เคาน์เตอร์\""
        let preview = ReminderRenderer.Rendered(subject: nil, body: "เรียน สมชาย <b>ใจดี</b> เงินประกัน 1,500.00 บาท", html: "",
                                                smsSegments: SMSSegments("เรียน สมชาย ใจดี เงินประกัน 1,500.00 บาท"))
        let page = TemplateEditPage(chrome: PageFixtures.chrome(language, title: "templates_title", path: "/admin/templates/refund/sms/th"),
                                    kind: ReminderKind.allCases[0], channel: .sms, language: .th, subject: "", body: body, errors: [],
                                    customised: true, previewCard: "B6400002", preview: preview, previewNote: nil)
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func emailTemplateRefusedWithSampleValues(language: Language) {
        let preview = ReminderRenderer.Rendered(subject: "Your deposit & \"card\"", body: "Dear Somjai Fairu", html: "<p>Dear</p>", smsSegments: nil)
        let page = TemplateEditPage(chrome: PageFixtures.chrome(language, title: "templates_title", path: "/admin/templates/renewal/email/en"),
                                    kind: ReminderKind.allCases[0], channel: .email, language: .en, subject: "Your <deposit>",
                                    body: "Dear {{nobody}}", errors: ["line 1, column 6: unknown placeholder {{nobody}} <here>"],
                                    customised: false, previewCard: "", preview: preview,
                                    previewNote: PageFixtures.words(language)("templates_preview_sample"))
        assertPageSnapshot(page, named: language.rawValue)
    }

    /// A preview of text typed but not saved: the form keeps it, the preview renders it, the note says so.
    @Test(arguments: Language.allCases)
    func typedTextPreviewedBeforeSaving(language: Language) {
        let preview = ReminderRenderer.Rendered(subject: "เงินประกัน B6400002", body: "เรียน สมชาย ใจดี <ข้อความใหม่>", html: "", smsSegments: nil)
        let page = TemplateEditPage(chrome: PageFixtures.chrome(language, title: "templates_title", path: "/admin/templates/refund/email/th"),
                                    kind: .refund, channel: .email, language: .th, subject: "เงินประกัน {{card_number}}",
                                    body: "เรียน {{member_name}} <ข้อความใหม่>", errors: [], customised: false, previewCard: "B6400002",
                                    preview: preview, previewNote: nil, previewOfTyped: true)
        assertPageSnapshot(page, named: language.rawValue)
    }
}
