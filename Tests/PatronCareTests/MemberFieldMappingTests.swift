import Fluent
import PatronCore
import Testing
import Vapor
@testable import PatronCare

/// The member's one field list (`MemberField`) against the three places that use it, and the
/// feedback form's shared fields posted and shown flat.
@Suite struct MemberFieldMappingTests {
    private func imported() -> MemberDraft {
        MemberDraft(cardNumber: "EXA-0042", firstNameTh: "มาลี", lastNameTh: "ศรีสุข", segment: .pa1, membershipType: .externalA,
                    enrolledOn: CivilDate(year: 2018, month: 6, day: 3)!, expiresOn: CivilDate(year: 2019, month: 6, day: 2)!,
                    status: .expired, mobile: "0812345678", addressLine1: "99/1 ถนนพหลโยธิน", addressLine3: "กรุงเทพฯ",
                    postcode: "10900", consent: ChannelConsent(postcard: false, email: false, sms: true, line: false))
    }

    @Test func everyFieldIsADataColumnOfTheMemberModel() {
        let columns = Set(Member().properties.compactMap { $0 as? any AnyDatabaseProperty }.flatMap(\.keys).map(\.description))
        for field in MemberField.allCases {
            #expect(columns.contains(field.column), "members has no column \(field.column)")
        }
        #expect(MemberColumns.names == MemberField.allCases.map(\.column) + ["search_text"])
    }

    @Test func theFormShowsADraftAndReadsTheSameDraftBack() {
        let draft = imported()
        let form = MemberForm(draft)
        #expect(form.segment == "Pa1" && form.enrolledOn == "2018-06-03" && form.consentSMS == "on" && form.consentEmail == nil)
        guard case .valid(let read) = form.draft() else {
            Issue.record("the form of a valid draft was refused")
            return
        }
        #expect(read == draft)
    }

    @Test func theModelAndTheBulkColumnsWriteTheSameValues() {
        let draft = imported()
        let binds = MemberColumns.binds(draft)
        #expect(binds.count == MemberColumns.names.count)
        #expect(Member(draft).draft == draft)
    }

    @Test func theFeedbackFormIsPostedAndShownFlat() throws {
        let posted = "kind=complaint&summary=%E0%B9%81%E0%B8%AD%E0%B8%A3%E0%B9%8C%E0%B9%84%E0%B8%A1%E0%B9%88%E0%B9%80%E0%B8%A2%E0%B9%87%E0%B8%99"
            + "&contactEmail=malee%40example.org&consent=on&channel=counter"
        let values = try URLEncodedFormDecoder().decode(FeedbackFormValues.self, from: posted)
        #expect(values.kind == "complaint" && values.summary == "แอร์ไม่เย็น" && values.contactEmail == "malee@example.org")
        #expect(values.channel == "counter" && values.submission.consent && !values.submission.anonymous)
        let shown = try JSONSerialization.jsonObject(with: JSONEncoder().encode(values)) as? [String: String]
        #expect(shown == ["kind": "complaint", "summary": "แอร์ไม่เย็น", "contactEmail": "malee@example.org", "consent": "on", "channel": "counter"])
    }
}
