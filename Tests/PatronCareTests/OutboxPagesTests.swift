import Fluent
import Foundation
import PatronCore
import Testing
import VaporTesting
@testable import PatronCare

@Suite struct OutboxPagesTests {
    @Test func theOutboxListsMessagesWithCountsAndAFailedOneCanBeResent() async throws {
        try await withTestApp { app in
            try await ReminderFixtures.arrange(on: app)
            _ = try await ReminderRun(db: app.db, config: app.config).run(asOf: pinnedToday, dryRun: false, now: pinnedNow)
            let browser = try await TestStaff.browser(.counter, on: app)
            let page = try await browser.get(SiteRoute.outbox().href + "?lang=en")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Postcards waiting to print: 1"))
            #expect(page.body.string.contains("Gave up"))
            let dead = try #require(try await OutboxMessage.query(on: app.db).filter(\.$status == .dead).first())
            let show = try await browser.get(SiteRoute.outboxMessage(try dead.requireID()).href)
            #expect(show.body.string.contains("no usable channel"))
            let refused = try await browser.post(SiteRoute.outboxResend(try dead.requireID()).href, form: [])
            #expect(refused.status == .unprocessableEntity, "a message with no address cannot be resent")

            let email = try #require(try await OutboxMessage.query(on: app.db).filter(\.$address == "malee@example.org").first())
            email.status = .dead
            email.attempts = 6
            try await email.update(on: app.db)
            let resent = try await browser.post(SiteRoute.outboxResend(try email.requireID()).href, form: [])
            #expect(resent.status == .seeOther)
            let after = try #require(try await OutboxMessage.find(email.requireID(), on: app.db))
            #expect(after.status == .queued && after.attempts == 0)
            #expect(try await OutboxAttempt.query(on: app.db).filter(\.$result == "resend").count() == 1)
        }
    }

    @Test func staffNeverSeeTheSurveyTokenInAMessage() async throws {
        try await withTestApp { app in
            var generator = SystemRandomNumberGenerator()
            let token = FollowUpToken.generate(using: &generator)
            let body = "ขอบคุณที่แจ้งเรื่อง FB-2569-000001-3 กรุณาตอบแบบสำรวจ: \(app.config.complaints.publicURL)/feedback/survey/\(token.text)"
            _ = try await Outbox.enqueue(OutboxDraft(dedupeKey: "complaint-survey/FB-2569-000001-3", purpose: "complaint-survey", memberID: nil,
                                                     recipientName: "กมลา ทองดี", channel: .sms, address: "0861112222", language: .th,
                                                     subject: "", body: body, notBefore: pinnedNow), now: pinnedNow, on: app.db)
            let message = try #require(try await OutboxMessage.query(on: app.db).first())
            #expect(message.body.contains(token.text), "the message that is sent keeps its link")
            for role in [StaffRole.counter, .customerTeam, .head, .admin] {
                let browser = try await TestStaff.browser(role, on: app)
                let list = try await browser.get(SiteRoute.outbox().href).body.string
                let show = try await browser.get(SiteRoute.outboxMessage(try message.requireID()).href).body.string
                #expect(!list.contains(token.text) && !show.contains(token.text), "\(role) saw the survey token")
                #expect(show.contains("/feedback/survey/…"))
            }
        }
    }

    @Test func postcardsAreGatheredPrintedOnceAndNeverQueuedAgain() async throws {
        try await withTestApp { app in
            try await ReminderFixtures.arrange(on: app)
            _ = try await ReminderRun(db: app.db, config: app.config).run(asOf: pinnedToday, dryRun: false, now: pinnedNow)
            let browser = try await TestStaff.browser(.counter, on: app)
            try await browser.get(SiteRoute.outbox().href)
            let gathered = try await browser.post(SiteRoute.postcards.href, form: [])
            let sheetPath = try #require(gathered.headers.first(name: .location))
            #expect(sheetPath.hasPrefix("/outbox/postcards/"))
            let again = try await browser.post(SiteRoute.postcards.href, form: [])
            #expect(again.headers.first(name: .location) == "/outbox", "nothing left to gather")

            let sheet = try await browser.get(sheetPath + "?lang=th")
            #expect(sheet.body.string.contains("12 ถนนนิมมานเหมินท์"))
            #expect(sheet.body.string.contains("50200"))
            #expect(sheet.body.string.contains("เงินประกัน"))
            _ = try await browser.post(sheetPath + "/printed", form: [])
            let postcard = try #require(try await OutboxMessage.query(on: app.db).filter(\.$channel == .postcard).filter(\.$status != .dead).first())
            #expect(postcard.status == .printed)
            #expect(try await browser.get(sheetPath).status == .ok, "a batch can be printed again")
            _ = try await ReminderRun(db: app.db, config: app.config).run(asOf: pinnedToday, dryRun: false, now: pinnedNow)
            #expect(try await OutboxMessage.query(on: app.db).filter(\.$channel == .postcard).filter(\.$status == .queued).count() == 0)
        }
    }

    @Test func aTemplateWithAnUnknownPlaceholderIsRefusedWhenSaved() async throws {
        try await withTestApp { app in
            let browser = try await TestStaff.browser(.head, on: app)
            try await browser.get(SiteRoute.template(kind: "renewal", channel: "sms", language: "th").href + "?lang=en")
            let bad = try await browser.post(SiteRoute.template(kind: "renewal", channel: "sms", language: "th").href, form: [
                ("body", "เรียน {{member_name}}\nบัตร {{card_numbr}} หมดอายุ {{expiry_date}} {{refund_steps_url}}")])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("card_numbr"))
            #expect(bad.body.string.contains("line 2"))
            #expect(try await MessageTemplateRecord.query(on: app.db).count() == 0)

            let good = try await browser.post(SiteRoute.template(kind: "renewal", channel: "sms", language: "th").href, form: [
                ("body", "เรียน {{member_name}} บัตร {{card_number}} หมดอายุ {{expiry_date}} ดู {{refund_steps_url}}")])
            #expect(good.status == .seeOther)
            try await MemberFixtures.store(MemberFixtures.draft("PREVIEW-1", firstNameTh: "ทดลอง"), on: app)
            let preview = try await browser.get(SiteRoute.template(kind: "renewal", channel: "sms", language: "th").href + "?card=PREVIEW-1&lang=en")
            #expect(preview.body.string.contains("เรียน ทดลอง ใจดี บัตร PREVIEW-1"))
            #expect(preview.body.string.contains("UCS-2") || preview.body.string.contains("part"))
            let book = try await TemplateBook.load(on: app.db)
            #expect(book.isCustomised(.renewal, .sms, .th))
        }
    }

    @Test func aCounterCannotEditTemplates() async throws {
        try await withTestApp { app in
            let browser = try await TestStaff.browser(.counter, on: app)
            #expect(try await browser.get(SiteRoute.templates.href).status == .forbidden)
        }
    }

    @Test func theRefundStepsPageIsPublicInBothLanguages() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            let thai = try await browser.get(SiteRoute.refundSteps.href + "?lang=th")
            #expect(thai.status == .ok)
            #expect(thai.body.string.contains("ขั้นตอนการขอรับเงินประกันคืน"))
            #expect(thai.body.string.contains("08:00"))
            #expect(thai.body.string.contains("หนังสือมอบอำนาจ"))
            let english = try await browser.get(SiteRoute.refundSteps.href + "?lang=en")
            #expect(english.body.string.contains("Copy of the member&#39;s ID card"), "escaped, as all output")
        }
    }

    @Test func aMemberWhoOptsOutIsNotReminded() async throws {
        try await withTestApp { app in
            let members = try await ReminderFixtures.arrange(on: app)
            let browser = try await TestStaff.browser(.counter, on: app)
            let id = try members.renewalByEmail.requireID()
            try await browser.get(SiteRoute.member(id).href)
            _ = try await browser.post(SiteRoute.memberReminders(id).href, form: [("optOut", "true")])
            _ = try await ReminderRun(db: app.db, config: app.config).run(asOf: pinnedToday, dryRun: false, now: pinnedNow)
            #expect(try await OutboxMessage.query(on: app.db).filter(\.$memberID == id).count() == 0)
        }
    }
}
