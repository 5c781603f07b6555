import Fluent
import Foundation
import PatronCore
import SQLKit
import Testing
import VaporTesting
@testable import PatronCare

/// The flagship end to end: the seed's backlog imported without consent flags, reminders on the
/// contacts on file, the campaign's dry run and run, its deadlines, forfeiture, refunds and returned mail.
@Suite struct CampaignTests {
    static let asOf = CivilDate(year: 2011, month: 1, day: 15)!
    static let claimBy = CivilDate(year: 2011, month: 3, day: 31)!
    static var seedOrder: CampaignOrder {
        CampaignOrder(asOf: asOf, claimBy: claimBy, expiredFrom: BacklogFixtures.windowStart, expiredTo: BacklogFixtures.windowEnd)
    }

    @Test func importedMembersWithoutConsentGetServiceRemindersOnTheirContactsAndNoSurvey() async throws {
        try await withTestApp { app in
            // Koha rows: one due for renewal in 30 days with only an address, one expired yesterday with a
            // deposit and an address, one expired yesterday with an e-mail and no address.
            let in30 = pinnedToday.adding(days: 30), yesterday = pinnedToday.adding(days: -1)
            let members = """
                cardnumber,surname,firstname,categorycode,dateenrolled,dateexpiry,address,city,zipcode,email
                K-RENEW,ต่ออายุ,สมชาย,EXA,\(in30.adding(years: -1).iso),\(in30.iso),"5 ถนนห้วยแก้ว",เชียงใหม่,50200,
                K-POST,คืนเงิน,สมหญิง,EXA,\(yesterday.adding(years: -1).iso),\(yesterday.iso),"7 ถนนสุเทพ",เชียงใหม่,50200,
                K-MAIL,อีเมล,วิชัย,EXA,\(yesterday.adding(years: -1).iso),\(yesterday.iso),,,,wichai@example.org

                """
            _ = try await MemberImporter.run(try KohaPatronFile(text: members), options: .init(), at: pinnedNow, on: app.db)
            let deposits = "cardnumber,amount,received,receipt\nK-POST,1000,\(yesterday.adding(years: -1).iso),R-1\nK-MAIL,1000,\(yesterday.adding(years: -1).iso),R-2\n"
            _ = try await DepositHistoryImporter(db: app.db, policy: app.config.depositPolicy)
                .run(try DepositHistoryFile(bytes: Array(deposits.utf8)), options: .init(), at: pinnedNow)
            let stored = try await Member.query(on: app.db).all()
            #expect(stored.count == 3 && stored.allSatisfy { $0.draft.consent == ChannelConsent() }, "a Koha export carries no consent")

            let result = try await ReminderRun(db: app.db, config: app.config).run(asOf: pinnedToday, dryRun: false, now: pinnedNow)
            #expect(result.written == 3)
            let rows = try await OutboxMessage.query(on: app.db).all()
            let cards = Dictionary(uniqueKeysWithValues: stored.map { ($0.id!, $0.cardNumber) })
            let byCard = Dictionary(uniqueKeysWithValues: rows.map { (cards[$0.memberID!]!, $0) })
            #expect(byCard["K-RENEW"]?.channel == .postcard && byCard["K-RENEW"]?.status == .queued)
            #expect(byCard["K-RENEW"]?.dedupeKey.contains("renewal:") == true)
            #expect(byCard["K-POST"]?.channel == .postcard && byCard["K-POST"]?.address.contains("7 ถนนสุเทพ") == true)
            #expect(byCard["K-MAIL"]?.channel == .email && byCard["K-MAIL"]?.address == "wichai@example.org")
            #expect(rows.allSatisfy { $0.status == .queued })
            for member in stored {
                #expect(ContactRule.allowedChannels(.survey, contacts: member.contactsOnFile, preferences: member.contactPreferences).isEmpty,
                        "no survey or announcement without consent")
            }
        }
    }

    @Test func anOptedOutChannelIsNeverUsedAndTheChangeIsKeptAppendOnly() async throws {
        try await withTestApp { app in
            try await BacklogFixtures.importBacklog(app, count: 3, withEmail: 3)
            let member = try await BacklogFixtures.member("H0", on: app)
            let id = try member.requireID()
            let browser = try await TestStaff.browser(.counter, on: app)
            try await browser.get(SiteRoute.member(id).href)
            let stop = try await browser.post(SiteRoute.memberReminders(id).href, form: [("optOut", "true"), ("channel", "postcard"), ("via", "reply")])
            #expect(stop.status == .seeOther)
            let page = try await browser.get(SiteRoute.member(id).href + "?lang=en")
            #expect(page.body.string.contains("No — the member opted out of this channel."))
            #expect(page.body.string.contains("by reply"))
            #expect(page.body.string.contains("Yes — a service notice about the member"))
            #expect(page.body.string.contains("No — needs the member&#39;s consent"))

            let history = try await ContactPreferenceChangeRecord.query(on: app.db).all()
            #expect(history.count == 1 && history[0].kind == .optedOut && history[0].channel == "postcard" && history[0].via == .reply)
            let sql = app.db as! any SQLDatabase
            await #expect(throws: (any Error).self) { try await sql.raw("UPDATE contact_preference_changes SET via = 'counter'").run() }
            await #expect(throws: (any Error).self) { try await sql.raw("DELETE FROM contact_preference_changes").run() }

            let head = try await BacklogFixtures.head(app)
            let outcome = try await CampaignRun(db: app.db, config: app.config).run(Self.seedOrder, by: head, now: pinnedNow)
            let mine = try await OutboxMessage.query(on: app.db).filter(\.$memberID == id).all()
            #expect(mine.map(\.channel) == [.email], "the postcard was opted out; the e-mail on file carries the notice")
            #expect(outcome.queued == 3 * 2 - 1)
        }
    }

    @Test func theSeedsBacklogDryRunWritesNothingAndTheRunQueuesOneNoticePerMemberAndChannelOnce() async throws {
        try await withTestApp { app in
            try await BacklogFixtures.importBacklog(app)
            let head = try await BacklogFixtures.head(app)
            let run = CampaignRun(db: app.db, config: app.config)
            let outboxBefore = try await OutboxMessage.query(on: app.db).count()
            let preview = try await run.preview(Self.seedOrder)
            #expect(preview.plan.summaryLine(.en) == "768 members, 919,000.00 baht notified (postcard 768, e-mail 614)")
            #expect(preview.plan.byYear.first?.year == 2002 && preview.plan.byYear.last?.year == 2010)
            // Members who expired after 31 Mar 2010 still had a deadline after the claim-by date: kept, never shortened.
            let later = preview.plan.selected.flatMap(\.deposits).filter { $0.lastClaimDay >= Self.claimBy }
            #expect(preview.plan.extensions.count == 748 && later.count == 20)
            #expect(later.allSatisfy { $0.lastClaimDay > CivilDate(year: 2011, month: 3, day: 31)! })
            #expect(try await OutboxMessage.query(on: app.db).count() == outboxBefore)
            #expect(try await Campaign.query(on: app.db).count() == 0)
            #expect(try await ClaimDeadlineChangeRecord.query(on: app.db).count() == 0)

            let outcome = try await run.run(Self.seedOrder, by: head, now: pinnedNow)
            #expect(outcome.queued == 768 + 614)
            #expect(outcome.extended == 748)
            let notices = try await OutboxMessage.query(on: app.db).filter(\.$purpose == CampaignRun.purpose).all()
            #expect(notices.count == 1_382)
            #expect(Set(notices.map { "\($0.memberID!)/\($0.channel.rawValue)" }).count == 1_382, "one per member and channel")
            let sample = try #require(notices.first { $0.channel == .postcard && $0.language == .th })
            #expect(sample.body.contains("31 มีนาคม พ.ศ. 2554"), "the new claim-by date, Buddhist era")
            #expect(sample.body.contains("{{") == false)

            await #expect(throws: CampaignProblem.alreadyQueued(on: BangkokTime.day(of: pinnedNow))) {
                try await run.run(Self.seedOrder, by: head, now: pinnedNow.addingTimeInterval(60))
            }
            #expect(try await OutboxMessage.query(on: app.db).filter(\.$purpose == CampaignRun.purpose).count() == 1_382, "a second run adds nothing")
            #expect(try await ClaimDeadlineChangeRecord.query(on: app.db).count() == 748)
            let first = try await BacklogFixtures.member("H0", on: app)
            let deposit = try #require(try await Deposit.query(on: app.db).filter(\.$member.$id == first.requireID()).first())
            #expect(deposit.lastClaimDay == Self.claimBy.iso)
        }
    }

    @Test func badOrdersAreRefusedAndWriteNothing() async throws {
        try await withTestApp { app in
            try await BacklogFixtures.importBacklog(app, count: 5, withEmail: 0)
            let head = try await BacklogFixtures.head(app)
            let run = CampaignRun(db: app.db, config: app.config)
            await #expect(throws: CampaignProblem.claimByTooSoon(claimBy: Self.asOf.adding(days: 10), asOf: Self.asOf)) {
                try await run.run(CampaignOrder(asOf: Self.asOf, claimBy: Self.asOf.adding(days: 10)), by: head, now: pinnedNow)
            }
            await #expect(throws: CampaignProblem.nobodySelected) {
                try await run.run(CampaignOrder(asOf: Self.asOf, claimBy: Self.claimBy, expiredFrom: CivilDate(year: 1990, month: 1, day: 1),
                                                expiredTo: CivilDate(year: 1990, month: 12, day: 31)), by: head, now: pinnedNow)
            }
            await #expect(throws: CampaignProblem.noChannels) {
                try await run.run(CampaignOrder(asOf: Self.asOf, claimBy: Self.claimBy, channels: []), by: head, now: pinnedNow)
            }
            #expect(try await Campaign.query(on: app.db).count() == 0)
            #expect(try await OutboxMessage.query(on: app.db).count() == 0)
            #expect(try await ClaimDeadlineChangeRecord.query(on: app.db).count() == 0)
        }
    }

    @Test func aDeadlinePastIsNotForfeitedBeforeTheCampaignsDateAndIsAfterIt() async throws {
        try await withTestApp { app in
            try await BacklogFixtures.importBacklog(app, count: 2, withEmail: 0)
            let forfeitures = Forfeitures(db: app.db)
            #expect(try await forfeitures.plan(asOf: Self.asOf).lines.count == 2, "both deadlines had passed before the campaign")
            _ = try await CampaignRun(db: app.db, config: app.config).run(Self.seedOrder, by: try await BacklogFixtures.head(app), now: pinnedNow)
            #expect(try await forfeitures.plan(asOf: Self.asOf).lines.isEmpty)
            #expect(try await forfeitures.plan(asOf: Self.claimBy).lines.isEmpty, "the claim-by day itself is still inside the deadline")
            #expect(try await forfeitures.plan(asOf: Self.claimBy.adding(days: 1)).lines.count == 2)
            let sql = app.db as! any SQLDatabase
            await #expect(throws: (any Error).self) { try await sql.raw("UPDATE claim_deadline_changes SET to_day = '2030-01-01'").run() }
            // The member page and the receipt show the change.
            let member = try await BacklogFixtures.member("H0", on: app)
            let deposit = try #require(try await Deposit.query(on: app.db).filter(\.$member.$id == member.requireID()).first())
            let browser = try await TestStaff.browser(.counter, on: app)
            let page = try await browser.get(SiteRoute.member(try member.requireID()).href + "?lang=en")
            #expect(page.body.string.contains("Claim deadline changes"))
            #expect(page.body.string.contains("31 Mar 2011"))
            let receipt = try await browser.get(SiteRoute.depositReceipt(try deposit.requireID()).href + "?lang=th")
            #expect(receipt.body.string.contains("ขยายกำหนดวันขอรับเงินประกันคืน"))
            #expect(receipt.body.string.contains("31 มีนาคม พ.ศ. 2554"))
        }
    }

    @Test func aRefundPaidAfterANoticeShowsInTheCampaignReport() async throws {
        try await withTestApp { app in
            try await BacklogFixtures.importBacklog(app, count: 4, withEmail: 0)
            // Run on the pinned day, so the refund below falls inside the new claim deadline.
            let order = CampaignOrder(asOf: pinnedToday, claimBy: pinnedToday.adding(days: 90))
            let outcome = try await CampaignRun(db: app.db, config: app.config)
                .run(order, by: try await BacklogFixtures.head(app), now: pinnedNow)
            // Print the postcards through the outbox page, as the counter does.
            let browser = try await TestStaff.browser(.counter, on: app)
            try await browser.get(SiteRoute.outbox().href)
            let sheet = try #require(try await browser.post(SiteRoute.postcards.href, form: []).headers.first(name: .location))
            let page = try await browser.get(sheet)
            #expect(page.body.string.contains("<svg"), "each postcard carries its barcode")
            #expect(page.body.string.contains("aria-label=\"H0\""))
            _ = try await browser.post(sheet + "/printed", form: [])
            // Fifteen days later (Tuesday 8 Dec 2026, 11:00 in Bangkok) member H1 comes to the counter.
            let refundAt = pinnedNow.addingTimeInterval(15 * 86_400 + 3_600)
            let member = try await BacklogFixtures.member("H1", on: app)
            let deposit = try #require(try await Deposit.query(on: app.db).filter(\.$member.$id == member.requireID()).first())
            _ = try await DepositStore(db: app.db, policy: app.config.depositPolicy, cipher: app.config.dataCipher).refund(
                deposit, .init(amount: nil, paymentMethod: .cash, counter: "Counter 1", note: "", documentsTicked: ["original-receipt", "id-card-copy"],
                               collector: .member, deadlineOverride: nil),
                counterHours: app.config.counterHours, holidays: app.config.builtInHolidays, by: DepositFixtures.staff, at: refundAt,
                idempotencyKey: UUID().uuidString)
            let result = try await NoticeEffectQuery(db: app.db).load(.campaigns(try outcome.campaign.requireID()), grouping: .month, language: .en)
            let total = try #require(result.report.totals.first)
            #expect(total.members == 4 && total.cameBack == [1, 1, 1] && total.baht == Satang(100_000))
            let head = try await TestStaff.browser(.head, on: app)
            let report = try await head.get(SiteRoute.campaign(try outcome.campaign.requireID()).href + "?lang=en")
            #expect(report.status == .ok)
            #expect(report.body.string.contains("1,000.00"))
            #expect(!report.body.string.contains("สมาชิก1"), "the report shows counts, never names")
            let csv = try await head.get(SiteRoute.campaign(try outcome.campaign.requireID()).href + "?format=csv")
            #expect(csv.headers.contentType?.subType == "csv" && csv.body.string.contains("1 (25.0 %)"))
            #expect(try await TestStaff.browser(.committee, on: app).get(SiteRoute.campaigns.href).status == .forbidden)
        }
    }

    @Test func aReturnedPostcardMarksTheAddressAndMovesTheNoticeToTheNextChannel() async throws {
        try await withTestApp { app in
            try await BacklogFixtures.importBacklog(app, count: 2, withEmail: 2)
            let order = CampaignOrder(asOf: Self.asOf, claimBy: Self.claimBy, channels: [.postcard])
            _ = try await CampaignRun(db: app.db, config: app.config).run(order, by: try await BacklogFixtures.head(app), now: pinnedNow)
            let browser = try await TestStaff.browser(.counter, on: app)
            try await browser.get(SiteRoute.outbox().href)
            let sheet = try #require(try await browser.post(SiteRoute.postcards.href, form: []).headers.first(name: .location))
            _ = try await browser.post(sheet + "/printed", form: [])
            try await browser.get(SiteRoute.returnedPostcards.href)
            let unknown = try await browser.post(SiteRoute.returnedPostcards.href + "?lang=en", form: [("cardNumber", "NOBODY")])
            #expect(unknown.status == .unprocessableEntity && unknown.body.string.contains("No member has card number NOBODY"))
            let returned = try await browser.post(SiteRoute.returnedPostcards.href + "?lang=en", form: [("cardNumber", "H0")])
            #expect(returned.status == .ok)
            #expect(returned.body.string.contains("queued again by E-mail"))
            let member = try await BacklogFixtures.member("H0", on: app)
            #expect(member.addressUndeliverableOn == pinnedToday.iso)
            let messages = try await OutboxMessage.query(on: app.db).filter(\.$memberID == member.requireID()).sort(\.$createdAt).all()
            #expect(messages.map(\.channel) == [.postcard, .email])
            #expect(messages[0].status == .failed && messages[0].lastError.contains("returned"))
            #expect(messages[1].status == .queued && messages[1].address == "member0@example.org")
            #expect(messages[1].body.contains("31 มีนาคม พ.ศ. 2554"))
            // Scanning the same card again queues nothing more.
            _ = try await browser.post(SiteRoute.returnedPostcards.href, form: [("cardNumber", "H0")])
            #expect(try await OutboxMessage.query(on: app.db).filter(\.$memberID == member.requireID()).count() == 2)
            // The next reminder leaves the undeliverable address alone.
            #expect(!member.contactsOnFile.channels.contains(.postcard))
        }
    }
}
