import Testing
@testable import PatronCore

private typealias R = ReminderFixture

@Suite struct MessageTemplateTests {
    static let url = "https://library.example.ac.th/refund"

    @Test func unknownAndUnclosedPlaceholdersAreReportedWithTheirPositions() {
        // Setup
        let body = "เรียน {{member_nmae}}\nบัตร {{card_number}\n}} {{ }} {{refund_steps_url}}"
        // Act
        var caught: TemplateError?
        do { _ = try MessageTemplate(channel: .line, language: .th, body: body) } catch { caught = error }
        // Check: columns count characters as a reader sees them: "เรียน " is 5 (รี is one), "บัตร " is 4 (บั is one).
        #expect(caught?.problems == [
            TemplateProblem(field: .body, line: 1, column: 6, kind: .unknownPlaceholder("member_nmae", suggestion: .memberName)),
            TemplateProblem(field: .body, line: 2, column: 5, kind: .unclosedPlaceholder),
            TemplateProblem(field: .body, line: 3, column: 1, kind: .strayClosingBraces),
            TemplateProblem(field: .body, line: 3, column: 4, kind: .emptyPlaceholder),
        ])
        #expect(caught?.problems[0].message(.en) == "Body, line 1, column 6: unknown placeholder {{member_nmae}}. Did you mean {{member_name}}? Known: {{member_name}} {{card_number}} {{expiry_date}} {{deposit_amount}} {{claim_deadline}} {{refund_steps_url}} {{counter_hours}} {{documents}} {{proxy_rules}}")
        #expect(caught?.problems[0].message(.th).hasPrefix("เนื้อความ บรรทัดที่ 1 ตำแหน่งที่ 6: ไม่รู้จักตัวแทนข้อความ {{member_nmae}} หมายถึง {{member_name}} หรือไม่") == true)
        #expect(caught?.problems[1].message(.en) == "Body, line 2, column 5: {{ is not closed by }} on the same line.")
    }

    @Test func aFarOffNameGetsNoSuggestion() {
        #expect(TemplateText.closest(to: "library_phone") == nil)
        #expect(TemplateText.closest(to: "Claim-Deadline") == .claimDeadline)
    }

    @Test func everyMessageMustLinkToTheRefundStepsAndOnlyEmailHasASubject() {
        // Act
        var email: TemplateError?, sms: TemplateError?
        do { _ = try MessageTemplate(channel: .email, language: .en, subject: " ", body: "Hello\n{{member_name}}") } catch { email = error }
        do { _ = try MessageTemplate(channel: .sms, language: .en, subject: "Hi", body: "{{refund_steps_url}}") } catch { sms = error }
        // Check
        #expect(email?.problems.map(\.kind) == [.subjectMissing, .refundStepsLinkMissing])
        #expect(email?.problems.last?.line == 2)
        #expect(sms?.problems.map(\.kind) == [.subjectNotUsed(.sms)])
    }

    @Test func rendersInThaiWithBuddhistEraDatesAndBaht() throws {
        // Setup
        let template = try MessageTemplate(channel: .email, language: .th, subject: "คืนเงินภายใน {{claim_deadline}}",
                                           body: "{{member_name}} {{card_number}} หมดอายุ {{expiry_date}} เงิน {{ deposit_amount }} {{refund_steps_url}}")
        let values = TemplateValues(memberNameTh: "สมใจ ใฝ่รู้", memberNameEn: "Somjai Fairu", cardNumber: "6400123",
                                    expiresOn: R.d("2027-01-31"), depositAmount: Satang(123_456), claimDeadline: R.d("2028-01-31"),
                                    refundStepsURL: Self.url)
        // Act
        let message = template.render(values)
        // Check
        #expect(message.subject == "คืนเงินภายใน 31 มกราคม พ.ศ. 2571")
        #expect(message.body == "สมใจ ใฝ่รู้ 6400123 หมดอายุ 31 มกราคม พ.ศ. 2570 เงิน 1,234.56 บาท \(Self.url)")
    }

    @Test func smsUsesShortDatesAndEnglishUsesGregorian() {
        // Setup
        let values = TemplateValues.sample(refundStepsURL: Self.url)
        // Act / Check
        #expect(values.text(.expiryDate, language: .th, channel: .sms) == "31 ม.ค. 2570")
        #expect(values.text(.expiryDate, language: .en, channel: .email) == "31 January 2027")
        #expect(values.text(.depositAmount, language: .en, channel: .email) == "1,000.00 baht")
        #expect(values.text(.memberName, language: .en, channel: .email) == "Somjai Fairu")
        #expect(values.text(.counterHours, language: .en, channel: .email) == "Mon–Fri 08:00–18:30, Sat 09:00–15:30")
        #expect(values.text(.documents, language: .en, channel: .sms)
            == "Original receipt or Lost-receipt form; Copy of the member's ID card; Copy of the bank book (for a bank transfer)")
        #expect(values.text(.proxyRules, language: .en, channel: .email)
            == "If you cannot come yourself, you may authorise someone to collect the refund for you; they bring: Signed authorisation letter, Copy of the proxy's ID card.")
        var noDeadline = values
        noDeadline.claimDeadline = nil
        #expect(noDeadline.text(.claimDeadline, language: .th, channel: .email) == "–")
    }

    @Test func everyDefaultTemplateParsesAndSaysWhatTheSeedSays() {
        let values = TemplateValues.sample(refundStepsURL: Self.url)
        for kind in ReminderKind.allCases {
            for channel in ContactChannel.allCases {
                for language in Language.allCases {
                    // Act
                    let message = DefaultTemplates.template(kind: kind, channel: channel, language: language).render(values)
                    let all = (message.subject ?? "") + "\n" + message.body
                    // Check
                    let label = "\(kind) \(channel) \(language)"
                    #expect(all.contains(Self.url), "\(label)")
                    #expect(!all.contains("{{") && !all.contains("}}"), "\(label)")
                    #expect((message.subject != nil) == (channel == .email), "\(label)")
                    if kind != .renewal {
                        #expect(all.contains(values.text(.claimDeadline, language: language, channel: channel)), "\(label)")
                        #expect(all.contains(values.text(.depositAmount, language: language, channel: channel)), "\(label)")
                        if channel != .sms {
                            #expect(all.contains(values.text(.counterHours, language: language, channel: channel)), "\(label)")
                            #expect(all.contains(values.text(.proxyRules, language: language, channel: channel)), "\(label)")
                            #expect(all.contains(values.text(.documents, language: language, channel: channel)), "\(label)")
                        }
                    }
                    if kind == .lastNotice {
                        #expect(all.contains(language == .th ? "กองทุน" : "fund"), "\(label)")
                    }
                    if channel == .sms {
                        let segments = message.smsSegments!
                        #expect(segments.parts <= (language == .th ? 3 : 1), "\(label): \(segments)")
                        #expect(segments.encoding == (language == .th ? .ucs2 : .gsm7), "\(label)")
                    }
                }
            }
        }
    }
}

@Suite struct SharedSettingsTemplateTests {
    /// Writing the settings-only placeholders in beforehand changes no rendered message, for every
    /// built-in template, kind, channel and language.
    @Test func aTemplateWithItsSharedPlaceholdersWrittenInRendersTheSame() {
        let settings = TemplateValues.sample(refundStepsURL: "https://library.example.org/refund-steps")
        var member = settings
        member.memberNameTh = "สมศักดิ์ ทองคำ"
        member.cardNumber = "DEMO-B01"
        member.depositAmount = Satang(150_000)
        member.claimDeadline = CivilDate(year: 2027, month: 3, day: 31)
        for kind in ReminderKind.allCases {
            for channel in ContactChannel.allCases {
                for language in Language.allCases {
                    let template = DefaultTemplates.template(kind: kind, channel: channel, language: language)
                    let fixed = template.sharingSettings(of: settings)
                    #expect(fixed.render(member) == template.render(member), "\(kind)/\(channel)/\(language)")
                    #expect(fixed.body.placeholders.isDisjoint(with: MessageTemplate.sharedPlaceholders))
                }
            }
        }
    }
}
