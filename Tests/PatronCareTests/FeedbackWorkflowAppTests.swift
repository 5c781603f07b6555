import Fluent
import Foundation
import PatronCore
import Testing
import Vapor
@testable import PatronCare

/// Staff handling through the pages: intake, steps by role, the outcome told directly or published,
/// sharing with staff, and the follow-up survey.
@Suite struct FeedbackWorkflowAppTests {
    static func id(_ item: FeedbackItem) throws -> String { try item.requireID().uuidString }

    @Test func counterStaffRecordAPhoneComplaintAndTakeItThroughTrackOne() async throws {
        try await withTestApp { app in
            let browser = try await TestStaff.browser(.counter, on: app)
            try await browser.get(SiteRoute.complaintNew.href + "?lang=en")
            let created = try await browser.post(SiteRoute.complaints().href, form: [
                ("channel", "phone"), ("kind", "complaint"), ("service", "circulation"), ("summary", "Self-check machine 2 is down"),
                ("contactName", "Somchai"), ("contactPhone", "0891234567"), ("consent", "on")])
            #expect(created.status == .seeOther)
            let item = try #require(try await FeedbackItem.query(on: app.db).first())
            #expect(item.channel == .phone)
            let page = "/complaints/\(try Self.id(item))"
            let shown = try await browser.get(page + "?lang=en")
            #expect(shown.body.string.contains("data-action=\"triage\""))
            #expect(!shown.body.string.contains("data-action=\"change-track\""), "changing the track is for heads")
            #expect(try await browser.post(page + "/steps", form: [("action", "triage"), ("track", "1"), ("revision", "0")]).status == .seeOther)
            #expect(try await browser.post(page + "/steps", form: [("action", "resolve"), ("text", "Restarted the machine"), ("actionText", "Restarted"), ("revision", "1")]).status == .seeOther)
            #expect(try await browser.post(page + "/steps", form: [("action", "close"), ("revision", "2")]).status == .seeOther)
            let stored = try await FeedbackFixtures.reload(item, app)
            #expect(stored.status == .closed)
            #expect(stored.outcome == "Restarted the machine")
            #expect(stored.action == "Restarted")
            #expect(try await FeedbackLogRecord.query(on: app.db).count() == 4)
            let outcome = try await FeedbackFixtures.outbox(app, purpose: "complaint-outcome")
            #expect(outcome.count == 1)
            #expect(outcome.first?.channel == .sms)
            #expect(outcome.first?.address == "0891234567")
        }
    }

    @Test func aStaleFormAndARoleWithoutTheRightChangeNothing() async throws {
        try await withTestApp { app in
            let item = try await FeedbackFixtures.complaint(app, track: .major, at: pinnedNow)
            let browser = try await TestStaff.browser(.counter, on: app)
            let page = "/complaints/\(try Self.id(item))"
            try await browser.get(page + "?lang=en")
            let resolve = try await browser.post(page + "/steps", form: [("action", "resolve"), ("text", "done"), ("revision", "2")])
            #expect(resolve.status == .unprocessableEntity)
            #expect(resolve.body.string.contains("may not"), "track 2 is resolved by a head: the refusal is shown")
            let stale = try await browser.post(page + "/steps", form: [("action", "add-internal-note"), ("text", "ลูกค้าโทรมาอีก <ครั้งที่ 2>"), ("revision", "0")])
            #expect(stale.status == .conflict)
            let shown = stale.body.string
            #expect(shown.contains("Someone changed this item meanwhile"))
            // What was typed is in the note's form again (escaped), with the item's current revision to send it with.
            let noteForm = try #require(shown.range(of: "data-action=\"add-internal-note\"").map { String(shown[$0.lowerBound...].prefix(1500)) })
            #expect(noteForm.contains("ลูกค้าโทรมาอีก &lt;ครั้งที่ 2&gt;</textarea>"))
            #expect(noteForm.contains("name=\"revision\" value=\"2\""))
            let stored = try await FeedbackFixtures.reload(item, app)
            #expect(stored.status == .inProgress)
            #expect(stored.revision == 2)
        }
    }

    @Test func anAnonymousOutcomeIsPublishedOnThePublicPagesAndMailedToTheAnnouncementsAddress() async throws {
        try await withTestApp { app in
            FeedbackFixtures.withAddresses(app)
            let item = try await FeedbackFixtures.complaint(app, track: .notUrgent, at: pinnedNow)
            let store = FeedbackFixtures.store(app)
            try await store.apply(.resolve(outcome: try FeedbackFixtures.text("ซ่อมเครื่องปรับอากาศชั้น 2 เรียบร้อยแล้ว")), to: item.requireID(),
                                  by: FeedbackFixtures.head, at: pinnedNow)
            try await store.apply(.addInternalNote(try FeedbackFixtures.text("ผู้รับเหมาเรียกเก็บ 4,500 บาท", .internalNote)), to: item.requireID(),
                                  by: FeedbackFixtures.head, at: pinnedNow)
            let browser = try await TestStaff.browser(.head, on: app)
            let page = "/complaints/\(try Self.id(item))"
            #expect(try await browser.get(page).body.string.contains("id=\"publish\""))
            #expect(try await browser.post(page + "/publish", form: []).status == .ok, "first the confirmation step")
            #expect(try await browser.post(page + "/publish", form: [("confirm", "yes")]).status == .seeOther)
            #expect(try await browser.post(page + "/publish", form: [("confirm", "yes")]).status == .seeOther, "publishing twice is harmless")
            let stored = try await FeedbackFixtures.reload(item, app)
            #expect(stored.outcomePublished)
            let visitor = TestBrowser(app)
            let announcements = try await visitor.get(SiteRoute.feedbackAnnouncements.href)
            #expect(announcements.body.string.contains("ซ่อมเครื่องปรับอากาศชั้น 2 เรียบร้อยแล้ว"))
            #expect(announcements.body.string.contains(item.reference))
            let status = try await visitor.get(SiteRoute.feedbackStatus().href + "?ref=\(item.reference)")
            #expect(status.body.string.contains("ซ่อมเครื่องปรับอากาศชั้น 2 เรียบร้อยแล้ว"))
            #expect(!status.body.string.contains("4,500"), "internal notes never reach the public page")
            let sheet = try await browser.get(SiteRoute.complaintsNoticeBoard.href)
            #expect(sheet.body.string.contains("ซ่อมเครื่องปรับอากาศชั้น 2 เรียบร้อยแล้ว"))
            #expect(sheet.body.string.contains("data-print"), "a print button (its script is /js/print.js, no inline handler)")
            let mail = try await FeedbackFixtures.outbox(app, purpose: "announcement")
            #expect(mail.count == 1)
            #expect(mail.first?.address == "announce@example.org")
            #expect(try await FeedbackFixtures.outbox(app, purpose: "complaint-outcome").isEmpty, "no one to tell directly")
        }
    }

    @Test func theOutcomeGoesOnceToAKnownComplainantAndIsNotPublished() async throws {
        try await withTestApp { app in
            let item = try await FeedbackFixtures.complaint(app, track: .notUrgent, email: "malee@example.org", consent: true, at: pinnedNow)
            let store = FeedbackFixtures.store(app)
            try await store.apply(.resolve(outcome: try FeedbackFixtures.text("เพิ่มปลั๊กไฟที่โต๊ะอ่านแล้ว")), to: item.requireID(), by: FeedbackFixtures.head, at: pinnedNow)
            try await store.apply(.close(outcome: nil), to: item.requireID(), by: FeedbackFixtures.head, at: pinnedNow)
            await #expect(throws: FeedbackRefusal.self) {
                try await store.apply(.close(outcome: nil), to: item.requireID(), by: FeedbackFixtures.head, at: pinnedNow)
            }
            let messages = try await FeedbackFixtures.outbox(app, purpose: "complaint-outcome")
            #expect(messages.count == 1)
            #expect(messages.first?.address == "malee@example.org")
            #expect(messages.first?.language == .th)
            #expect(messages.first?.body.contains("เพิ่มปลั๊กไฟที่โต๊ะอ่านแล้ว") == true)
            let survey = try await FeedbackFixtures.outbox(app, purpose: "complaint-survey")
            #expect(survey.count == 1)
            #expect(survey.first.map { BangkokTime.day(of: $0.nextAttemptAt) } == pinnedToday.adding(days: 7), "sent 7 days after closing")
            await #expect(throws: FeedbackRefusal.self) {
                try await store.publish(item.requireID(), by: StaffRef(id: "head", name: "Head"), role: .head, at: pinnedNow)
            }
            #expect(try await FeedbackFixtures.reload(item, app).outcomePublished == false)
        }
    }

    @Test func theFollowUpSurveyIsAnsweredOnceThroughItsTokenLink() async throws {
        try await withTestApp { app in
            let item = try await FeedbackFixtures.complaint(app, track: .urgent, email: "malee@example.org", consent: true, at: pinnedNow)
            let store = FeedbackFixtures.store(app)
            try await store.apply(.resolve(outcome: try FeedbackFixtures.text("แก้ไขแล้ว")), to: item.requireID(), by: FeedbackFixtures.counter, at: pinnedNow)
            try await store.apply(.close(outcome: nil), to: item.requireID(), by: FeedbackFixtures.counter, at: pinnedNow)
            let message = try #require(try await FeedbackFixtures.outbox(app, purpose: "complaint-survey").first)
            let match = try #require(message.body.firstMatch(of: /\/feedback\/survey\/([A-Za-z0-9_-]{22})/))
            let link = "/feedback/survey/\(match.1)"
            let stored = try #require(try await FollowUpSurveyRecord.query(on: app.db).first())
            #expect(stored.tokenHash != String(match.1), "only the hash is kept")
            let visitor = TestBrowser(app)
            #expect(try await visitor.get(link + "?lang=en").body.string.contains("not open yet"))
            app.clock = .pinned(pinnedNow.addingTimeInterval(8 * 86_400))
            let form = try await visitor.get(link + "?lang=en")
            #expect(form.body.string.contains("name=\"score\""))
            let missing = try await visitor.post(link, form: [("comment", "ok")])
            #expect(missing.status == .unprocessableEntity)
            let first = try await visitor.post(link, form: [("score", "4"), ("comment", "รวดเร็วดี")])
            #expect(first.status == .ok)
            let second = try await visitor.post(link, form: [("score", "1")])
            #expect(second.status == .conflict)
            #expect(second.body.string.contains("already been answered"))
            let answered = try #require(try await FollowUpSurveyRecord.query(on: app.db).first())
            #expect(answered.score == 4)
            #expect(answered.comment == "รวดเร็วดี")
            #expect(try await visitor.get(link + "?lang=en").body.string.contains("already been answered"))
            let bogus = try await visitor.get(SiteRoute.feedbackSurvey(token: "AAAAAAAAAAAAAAAAAAAAAA").href + "?lang=en")
            #expect(bogus.status == .notFound)
        }
    }

    @Test func aClosedItemSharedWithStaffAppearsOnTheKnowledgePage() async throws {
        try await withTestApp { app in
            let item = try await FeedbackFixtures.complaint(app, track: .urgent, at: pinnedNow)
            let store = FeedbackFixtures.store(app)
            try await store.apply(.resolve(outcome: try FeedbackFixtures.text("เปลี่ยนหลอดไฟแล้ว")), to: item.requireID(), by: FeedbackFixtures.head, at: pinnedNow)
            let browser = try await TestStaff.browser(.customerTeam, on: app)
            let page = "/complaints/\(try Self.id(item))"
            try await browser.get(page)
            try await browser.post(page + "/share", form: [("lesson", "ตรวจหลอดไฟทุกเช้า")])
            let refused = try await FeedbackFixtures.reload(item, app)
            #expect(refused.shareWithStaff == false, "only a closed item is shared")
            #expect(refused.lesson == nil, "and the refused share wrote no lesson")
            try await store.apply(.close(outcome: nil), to: item.requireID(), by: FeedbackFixtures.head, at: pinnedNow)
            try await browser.get(page)
            try await browser.post(page + "/share", form: [("lesson", "ตรวจหลอดไฟทุกเช้า")])
            let stored = try await FeedbackFixtures.reload(item, app)
            #expect(stored.shareWithStaff)
            #expect(stored.lesson == "ตรวจหลอดไฟทุกเช้า")
            #expect(try await browser.get(SiteRoute.complaintsKnowledge.href).body.string.contains("ตรวจหลอดไฟทุกเช้า"))
        }
    }

    @Test func theCommitteeSeesNoContactsAndRecordsTheTrackFourDecision() async throws {
        try await withTestApp { app in
            let item = try await FeedbackFixtures.complaint(app, track: .needsBudget, email: "malee@example.org", consent: true, at: pinnedNow)
            let browser = try await TestStaff.browser(.committee, on: app)
            let page = "/complaints/\(try Self.id(item))"
            let shown = try await browser.get(page + "?lang=en")
            #expect(!shown.body.string.contains("malee@example.org"))
            #expect(shown.body.string.contains("data-action=\"record-decision\""))
            #expect(!shown.body.string.contains("data-action=\"resolve\""))
            try await browser.post(page + "/steps", form: [("action", "record-decision"), ("text", "อนุมัติงบซื้อเครื่องปรับอากาศ ปีงบ 2570"), ("revision", "2")])
            let stored = try await FeedbackFixtures.reload(item, app)
            #expect(stored.decision == "อนุมัติงบซื้อเครื่องปรับอากาศ ปีงบ 2570")
            #expect(stored.decisionAt == pinnedNow)
            #expect(try await browser.get(SiteRoute.complaintNew.href).status == .forbidden, "the committee does not take intake")
        }
    }
}
