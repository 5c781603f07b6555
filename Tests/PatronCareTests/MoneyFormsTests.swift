import Fluent
import Foundation
import PatronCore
import SQLKit
import Testing
import VaporTesting
@testable import PatronCare

/// The money forms cannot be misused (issue 13): each refusal is made by the server — with a clear
/// message in the reader's language, nothing written — not only by hiding a button.
@Suite struct MoneyFormsTests {
    static func counts(_ app: Application) async throws -> (deposits: Int, entries: Int) {
        (try await Deposit.query(on: app.db).count(), try await DepositFixtures.ledgerCount(app))
    }

    // MARK: Taking a deposit

    /// A current type A member who holds a deposit (received in October, balance 1,000 baht).
    static func memberHoldingADeposit(_ app: Application) async throws -> Member {
        let member = try await MemberFixtures.store(MemberFixtures.draft("EXA-500", expires: CivilDate(year: 2027, month: 6, day: 30)!), on: app)
        let store = DepositStore(db: app.db, policy: app.config.depositPolicy, cipher: app.config.dataCipher)
        _ = try await store.receive(member: member, amount: Satang(100_000), paymentMethod: .cash, counter: "Counter 1", note: "",
                                    by: DepositFixtures.staff, role: .counter, at: pinnedNow.addingTimeInterval(-40 * 86_400),
                                    idempotencyKey: UUID().uuidString)
        return member
    }

    @Test func aSecondDepositIsNotOfferedToTheCounterAndItsPostIsRefused() async throws {
        try await withTestApp { app in
            let member = try await Self.memberHoldingADeposit(app)
            let browser = try await TestStaff.browser(.counter, on: app)
            let page = try await browser.get(SiteRoute.member(try member.requireID()).href + "?lang=en")
            #expect(!page.body.string.contains("id=\"take-deposit\""), "no pre-filled form: one click would take 1,000 baht again")
            #expect(!page.body.string.contains("id=\"take-second-deposit\""))
            #expect(page.body.string.contains("A second deposit needs a head and a reason."))
            #expect(page.body.string.contains("2570/000001"), "the deposit held is named")

            let refused = try await browser.post(SiteRoute.memberDeposits(try member.requireID()).href, form: [
                ("amount", "1,000"), ("paymentMethod", "cash"), ("idempotencyKey", UUID().uuidString), ("reason", "ขอวางเพิ่ม")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("No deposit was taken; nothing was recorded:"))
            #expect(refused.body.string.contains("a second deposit needs a head, with a reason."))
            #expect(try await Self.counts(app) == (1, 1), "nothing written")

            let thai = try await browser.post(SiteRoute.memberDeposits(try member.requireID()).href + "?lang=th", form: [
                ("amount", "1,000"), ("paymentMethod", "cash"), ("idempotencyKey", UUID().uuidString)])
            #expect(thai.status == .unprocessableEntity)
            #expect(thai.body.string.contains("การรับเงินประกันครั้งที่สองต้องทำโดยหัวหน้างานพร้อมระบุเหตุผล"))
            #expect(try await Self.counts(app) == (1, 1))
        }
    }

    @Test func aHeadsSecondDepositNeedsAReasonWhichTheLedgerKeeps() async throws {
        try await withTestApp { app in
            let member = try await Self.memberHoldingADeposit(app)
            let head = try await TestStaff.browser(.head, on: app)
            let page = try await head.get(SiteRoute.member(try member.requireID()).href + "?lang=en")
            #expect(page.body.string.contains("id=\"take-second-deposit\""))
            #expect(page.body.string.contains("Reason for a second deposit (required)"))

            let key = UUID().uuidString
            let noReason = try await head.post(SiteRoute.memberDeposits(try member.requireID()).href, form: [
                ("amount", "500"), ("paymentMethod", "promptpay"), ("counter", "Counter 2"),
                ("reason", "   "), ("idempotencyKey", key)])
            #expect(noReason.status == .unprocessableEntity)
            let body = noReason.body.string
            #expect(body.contains("No deposit was taken; nothing was recorded:"))
            #expect(body.contains("Give the reason for taking a second deposit."))
            #expect(body.contains("value=\"500\""), "the form keeps what was typed")
            #expect(body.contains("value=\"Counter 2\""))
            #expect(body.contains("<option value=\"promptpay\" selected>"))
            #expect(body.contains("value=\"\(key)\""), "and its key, so the corrected form is still one operation")
            #expect(try await Self.counts(app) == (1, 1))

            let taken = try await head.post(SiteRoute.memberDeposits(try member.requireID()).href, form: [
                ("amount", "500"), ("paymentMethod", "promptpay"), ("counter", "Counter 2"),
                ("reason", "ยืมชุดหนังสือหายากเพิ่ม"), ("idempotencyKey", key)])
            #expect(taken.status == .seeOther)
            #expect(try await Self.counts(app) == (2, 2))
            let second = try #require(try await LedgerEntryRecord.query(on: app.db).filter(\.$amountSatang == 50_000).first())
            #expect(second.reason == "ยืมชุดหนังสือหายากเพิ่ม", "the why of the movement")
            #expect(second.recordedByID == "head")
        }
    }

    /// Eight first-deposit forms for one member sent at once (other tabs, other counters): the member's
    /// row lock makes the check and the write one step, so exactly one deposit is taken.
    @Test func simultaneousFirstDepositsTakeOne() async throws {
        try await withTestApp(databasePoolSize: 8) { app in // on PostgreSQL: eight connections, truly at once
            let member = try await MemberFixtures.store(MemberFixtures.draft("EXA-510"), on: app)
            let store = DepositStore(db: app.db, policy: app.config.depositPolicy, cipher: app.config.dataCipher)
            let outcomes = await withTaskGroup(of: String.self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        do {
                            _ = try await store.receive(member: member, amount: Satang(100_000), paymentMethod: .cash, counter: "Counter 1",
                                                        note: "", by: DepositFixtures.staff, role: .counter, at: pinnedNow,
                                                        idempotencyKey: UUID().uuidString)
                            return "taken"
                        } catch let refusal as DepositRefusal {
                            return refusal.messages(.en).joined()
                        } catch {
                            return "failed: \(error)"
                        }
                    }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 == "taken" }.count == 1, "\(outcomes)")
            #expect(outcomes.filter { $0.contains("already holds a deposit") }.count == 7, "\(outcomes)")
            #expect(try await Self.counts(app) == (1, 1))
        }
    }

    @Test func anExpiredMemberIsOfferedNoDepositAndItsPostIsRefused() async throws {
        try await withTestApp { app in
            let member = try await MemberFixtures.store(MemberFixtures.draft("EXA-501", expires: CivilDate(year: 2026, month: 6, day: 30)!), on: app)
            let browser = try await TestStaff.browser(.admin, on: app)
            let page = try await browser.get(SiteRoute.member(try member.requireID()).href + "?lang=en")
            #expect(!page.body.string.contains("action=\"\(SiteRoute.memberDeposits(try member.requireID()).href)\""))
            #expect(page.body.string.contains("The membership expired on 30 Jun 2026, so no deposit is taken"))
            let refused = try await browser.post(SiteRoute.memberDeposits(try member.requireID()).href, form: [
                ("amount", "1,000"), ("paymentMethod", "cash"), ("idempotencyKey", UUID().uuidString), ("reason", "x")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("The membership expired on 30 Jun 2026"))
            #expect(try await Self.counts(app) == (0, 0))
            #expect(try await (app.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM receipt_sequences").first()?
                .decode(column: "n", as: Int.self) == 0, "no receipt number was used up")
        }
    }

    @Test func aTypeThatPaysNoDepositIsOfferedNone() async throws {
        try await withTestApp { app in
            let member = try await MemberFixtures.store(MemberFixtures.draft("STU-001", segment: .u1, type: .student), on: app)
            let browser = try await TestStaff.browser(.counter, on: app)
            let page = try await browser.get(SiteRoute.member(try member.requireID()).href + "?lang=en")
            #expect(!page.body.string.contains("id=\"take-deposit\""))
            let refused = try await browser.post(SiteRoute.memberDeposits(try member.requireID()).href, form: [
                ("amount", "1,000"), ("paymentMethod", "cash"), ("idempotencyKey", UUID().uuidString)])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("This membership type pays no deposit"))
            #expect(try await Self.counts(app) == (0, 0))
        }
    }

    // MARK: Paying a refund

    @Test func noRefundIsOfferedForACurrentMemberAndThePostIsRefused() async throws {
        try await withTestApp { app in
            let member = try await Self.memberHoldingADeposit(app)
            let deposit = try #require(try await Deposit.query(on: app.db).first())
            let browser = try await TestStaff.browser(.counter, on: app)
            let page = try await browser.get(SiteRoute.deposit(try deposit.requireID()).href + "?lang=en")
            #expect(!page.body.string.contains("href=\"\(SiteRoute.depositRefund(try deposit.requireID()).href)\""))
            #expect(page.body.string.contains("id=\"refund-unavailable\""))
            #expect(page.body.string.contains("after the membership expires on 30 Jun 2027, that is from 1 Jul 2027"))
            #expect(!page.body.string.contains("ends the membership"), "no advice the UI cannot follow")

            let form = try await browser.get(SiteRoute.depositRefund(try deposit.requireID()).href + "?lang=th")
            #expect(!form.body.string.contains("name=\"paymentMethod\""), "no form that would be refused")
            #expect(form.body.string.contains("คืนเงินประกันได้หลังสมาชิกภาพหมดอายุในวันที่ 30 มิ.ย. 2570"))

            let refused = try await browser.post(SiteRoute.depositRefund(try deposit.requireID()).href + "?lang=en",
                                                 form: DepositFixtures.refundForm(extra: [("note", "มารับเอง <วันนี้>")]))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("The membership is still current"))
            #expect(refused.body.string.contains("value=\"มารับเอง &lt;วันนี้&gt;\""), "the refused form keeps what was typed")
            #expect(try await Self.counts(app) == (1, 1))
            #expect(try await MemberDocument.query(on: app.db).filter(\.$member.$id == member.requireID()).count() == 0)
        }
    }

    @Test func outsideCounterHoursThePagesSayWhenItOpensAndThePostIsRefused() async throws {
        let saturdayEvening = Date(timeIntervalSince1970: 1_795_266_000) // Saturday 21 Nov 2026, 22:00 Bangkok
        try await withTestApp(now: saturdayEvening) { app in
            let (_, deposit) = try await DepositFixtures.expiredMemberWithDeposit(on: app)
            let browser = try await TestStaff.browser(.counter, on: app)
            let page = try await browser.get(SiteRoute.deposit(try deposit.requireID()).href + "?lang=en")
            #expect(!page.body.string.contains("href=\"\(SiteRoute.depositRefund(try deposit.requireID()).href)\""))
            #expect(page.body.string.contains("It opens again on Monday 23 Nov 2026 at 08:00."))
            let thai = try await browser.get(SiteRoute.depositRefund(try deposit.requireID()).href + "?lang=th")
            #expect(thai.body.string.contains("เคาน์เตอร์จะเปิดอีกครั้งวันจันทร์ที่ 23 พ.ย. 2569 เวลา 08:00 น."))
            let refused = try await browser.post(SiteRoute.depositRefund(try deposit.requireID()).href + "?lang=en", form: DepositFixtures.refundForm(
                extra: [("collector", "proxy"), ("proxyName", "วิภา ญาติดี"), ("proxyIDNumber", "1-1017-00230-70-8")]))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("The counter is closed now"))
            #expect(refused.body.string.contains("value=\"วิภา ญาติดี\""), "the proxy as typed")
            #expect(refused.body.string.contains("value=\"1-1017-00230-70-8\""))
            #expect(try await Self.counts(app) == (1, 1))
        }
    }

    @Test func pastTheDeadlineTheCounterIsToldAHeadMustOverride() async throws {
        try await withTestApp { app in
            let (_, deposit) = try await DepositFixtures.expiredMemberWithDeposit(expires: CivilDate(year: 2025, month: 6, day: 30)!, on: app)
            let counter = try await TestStaff.browser(.counter, on: app)
            let page = try await counter.get(SiteRoute.deposit(try deposit.requireID()).href + "?lang=en")
            #expect(page.body.string.contains("a refund now needs a head&#39;s approval with a reason"))
            #expect(!page.body.string.contains("href=\"\(SiteRoute.depositRefund(try deposit.requireID()).href)\""))
            let head = try await TestStaff.browser(.head, on: app)
            let headPage = try await head.get(SiteRoute.deposit(try deposit.requireID()).href + "?lang=en")
            #expect(headPage.body.string.contains("href=\"\(SiteRoute.depositRefund(try deposit.requireID()).href)\""), "a head may override")
            let form = try await head.get(SiteRoute.depositRefund(try deposit.requireID()).href + "?lang=en")
            #expect(form.body.string.contains("name=\"overrideReason\""))
        }
    }

    @Test func proxyDetailsWithTheMemberCollectingAreQueriedNotDropped() async throws {
        try await withTestApp { app in
            let (_, deposit) = try await DepositFixtures.expiredMemberWithDeposit(on: app)
            let browser = try await TestStaff.browser(.counter, on: app)
            let form = try await browser.get(SiteRoute.depositRefund(try deposit.requireID()).href + "?lang=en")
            #expect(form.body.string.contains("data-proxy-fields"), "the script shows the proxy's fields only when a proxy collects")
            #expect(form.body.string.contains(Asset.refundJS.href))
            let refused = try await browser.post(SiteRoute.depositRefund(try deposit.requireID()).href + "?lang=en",
                                                 form: DepositFixtures.refundForm(extra: [("proxyName", "วิภา ญาติดี")]))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("details were filled in, but “The member in person” is chosen"))
            #expect(refused.body.string.contains("value=\"วิภา ญาติดี\""))
            #expect(try await Self.counts(app) == (1, 1))
        }
    }

    // MARK: The refund slip

    @Test func afterARefundByProxyTheSlipIsShownWithWordsSignaturesAndTheMaskedNumber() async throws {
        try await withTestApp { app in
            let (_, deposit) = try await DepositFixtures.expiredMemberWithDeposit(on: app)
            let browser = try await TestStaff.browser(.counter, on: app)
            try await browser.get(SiteRoute.depositRefund(try deposit.requireID()).href + "?lang=th")
            let paid = try await browser.post(SiteRoute.depositRefund(try deposit.requireID()).href,
                                              form: DepositFixtures.refundForm() + ProxyRefundTests.proxyFields)
            #expect(paid.status == .seeOther)
            let refund = try #require(try await LedgerEntryRecord.query(on: app.db).filter(\.$kind == .refunded).first())
            let slipPath = SiteRoute.refundSlip(try deposit.requireID(), entry: try refund.requireID()).href
            #expect(paid.headers.first(name: .location) == slipPath, "shown right after the refund")
            let slip = try await browser.get(slipPath).body.string
            #expect(slip.contains("ใบสำคัญรับเงิน"))
            #expect(slip.contains("หนึ่งพันบาทถ้วน"))
            #expect(slip.contains("1,000.00"))
            #expect(slip.contains("\(deposit.receiptNumber)-R1"))
            #expect(slip.contains("23 พฤศจิกายน พ.ศ. 2569"), "dated in the Buddhist era")
            #expect(slip.contains("จ่ายคืนเงินประกันแล้ว"), "the one-time notice, on screen only")
            #expect(slip.contains("สมศรี ใจดี"))
            #expect(slip.contains("•••••••••0708"))
            #expect(!slip.contains("1-1017-00230-70-8") && !slip.contains("1101700230708"))
            #expect(slip.contains("หนังสือมอบฉันทะลงวันที่ 20 พฤศจิกายน พ.ศ. 2569"))
            #expect(slip.contains("ลงชื่อ") && slip.contains("เจ้าหน้าที่ผู้จ่ายเงิน"))
            #expect(slip.contains("(Test counter)"), "the clerk's name, not the username")
            #expect(slip.contains("ปิดใบเสร็จรับเงินนี้แล้ว"))

            // A head reads the whole number on the deposit page, never on paper.
            let head = try await TestStaff.browser(.head, on: app)
            let headSlip = try await head.get(slipPath + "?lang=en").body.string
            #expect(headSlip.contains("•••••••••0708") && !headSlip.contains("1-1017-00230-70-8"))
            #expect(headSlip.contains("Refund slip") && headSlip.contains("Clerk who paid"))
            let headPage = try await head.get(SiteRoute.deposit(try deposit.requireID()).href + "?lang=en").body.string
            #expect(headPage.contains("1-1017-00230-70-8"))
            #expect(headPage.contains("href=\"\(slipPath)\""), "the deposit page links every refund's slip")
            let counterPage = try await browser.get(SiteRoute.deposit(try deposit.requireID()).href).body.string
            #expect(counterPage.contains("•••••••••0708") && !counterPage.contains("1-1017-00230-70-8"))
            let committee = try await TestStaff.browser(.committee, on: app)
            let masked = try await committee.get(slipPath).body.string
            #expect(!masked.contains("สมศรี") && !masked.contains("0708"), "the committee sees initials and no number")
            let thermal = try await browser.get(SiteRoute.refundSlip(try deposit.requireID(), entry: try refund.requireID(), paper: "thermal").href)
            #expect(thermal.body.string.contains("<body class=\"thermal\">"))
        }
    }

    @Test func aSlipIsOnlyForARefundOfThatDeposit() async throws {
        try await withTestApp { app in
            let (_, deposit) = try await DepositFixtures.expiredMemberWithDeposit(on: app)
            let received = try #require(try await LedgerEntryRecord.query(on: app.db).first())
            let browser = try await TestStaff.browser(.counter, on: app)
            #expect(try await browser.get(SiteRoute.refundSlip(try deposit.requireID(), entry: try received.requireID()).href).status == .notFound)
            #expect(try await browser.get(SiteRoute.refundSlip(try deposit.requireID(), entry: UUID()).href).status == .notFound)
        }
    }

    // MARK: Confirmations

    @Test func approvingAForfeitureWithoutConfirmingShowsWhatWillHappenAndChangesNothing() async throws {
        try await withTestApp { app in
            _ = try await ForfeitureTests.setUp(app)
            let batch = try await Forfeitures(db: app.db).propose(asOf: pinnedToday, by: StaffRef(id: "head-a", name: "Head A"))
            let approver = try await TestStaff.browser(.head, on: app)
            let batchPath = SiteRoute.forfeiture(try batch.requireID()).href
            try await approver.get(batchPath)
            let asked = try await approver.post(SiteRoute.forfeitureApprove(try batch.requireID()).href + "?lang=en", form: [])
            #expect(asked.status == .ok)
            #expect(asked.body.string.contains("Approving moves 2 deposits of 2 members, 2,000.00 baht, to the library fund."))
            #expect(asked.body.string.contains("name=\"confirm\" value=\"yes\""))
            #expect(try await ForfeitureBatch.find(batch.requireID(), on: app.db)?.status == .proposed)
            #expect(try await LedgerEntryRecord.query(on: app.db).filter(\.$kind == .forfeited).count() == 0, "nothing changed")
            let notYes = try await approver.post(SiteRoute.forfeitureApprove(try batch.requireID()).href, form: [("confirm", "no")])
            #expect(notYes.status == .ok)
            #expect(try await LedgerEntryRecord.query(on: app.db).filter(\.$kind == .forfeited).count() == 0)

            let done = try await approver.post(SiteRoute.forfeitureApprove(try batch.requireID()).href, form: [("confirm", "yes")])
            #expect(done.status == .seeOther)
            #expect(try await LedgerEntryRecord.query(on: app.db).filter(\.$kind == .forfeited).count() == 2)
        }
    }

    @Test func publishingAnOutcomeWithoutConfirmingShowsTheTextAndPublishesNothing() async throws {
        try await withTestApp { app in
            FeedbackFixtures.withAddresses(app)
            let item = try await FeedbackFixtures.complaint(app, track: .notUrgent, at: pinnedNow)
            try await FeedbackFixtures.store(app).apply(.resolve(outcome: try FeedbackFixtures.text("เปลี่ยนหลอดไฟชั้น 2 แล้ว")),
                                                        to: item.requireID(), by: FeedbackFixtures.head, at: pinnedNow)
            let browser = try await TestStaff.browser(.customerTeam, on: app)
            let page = SiteRoute.complaint(try item.requireID()).href
            try await browser.get(page)
            let asked = try await browser.post(SiteRoute.complaintPublish(try item.requireID()).href + "?lang=en", form: [])
            #expect(asked.status == .ok)
            #expect(asked.body.string.contains("The text below will appear on the public announcements page exactly as shown"))
            #expect(asked.body.string.contains("เปลี่ยนหลอดไฟชั้น 2 แล้ว"))
            #expect(asked.body.string.contains(item.reference))
            #expect(try await FeedbackFixtures.reload(item, app).outcomePublished == false)
            #expect(try await FeedbackFixtures.outbox(app, purpose: "announcement").isEmpty, "nothing sent")
            #expect(!(try await TestBrowser(app).get(SiteRoute.feedbackAnnouncements.href).body.string.contains("เปลี่ยนหลอดไฟชั้น 2 แล้ว")))

            let done = try await browser.post(SiteRoute.complaintPublish(try item.requireID()).href, form: [("confirm", "yes")])
            #expect(done.status == .seeOther)
            #expect(try await FeedbackFixtures.reload(item, app).outcomePublished)
        }
    }

    // MARK: The monthly report

    @Test(arguments: ["2026-11", "2026-12"])
    func theMonthlyReportCannotBeMarkedSentBeforeTheMonthHasEnded(month: String) async throws {
        try await withTestApp { app in // Monday 23 November 2026
            let browser = try await TestStaff.browser(.customerTeam, on: app)
            let page = try await browser.get(SiteRoute.complaintsMonthly(.init(["month": "2026-11", "lang": "en"])).href)
            #expect(page.body.string.contains("report can be marked sent from 1 December 2026"))
            #expect(!page.body.string.contains("action=\"\(SiteRoute.complaintsMonthlySent.href)\""))
            let refused = try await browser.post(SiteRoute.complaintsMonthlySent.href + "?lang=en", form: [("month", month)])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("can be marked sent from"))
            #expect(refused.body.string.contains("once the month has ended. Nothing was recorded."))
            let thai = try await browser.post(SiteRoute.complaintsMonthlySent.href + "?lang=th", form: [("month", month)])
            #expect(thai.body.string.contains("เมื่อสิ้นเดือนแล้ว ไม่ได้บันทึกรายการใด"))
            #expect(try await ComplaintReportSubmission.query(on: app.db).count() == 0)

            let october = try await browser.post(SiteRoute.complaintsMonthlySent.href, form: [("month", "2026-10")])
            #expect(october.status == .seeOther, "a month that has ended may be marked sent")
            #expect(try await ComplaintReportSubmission.query(on: app.db).count() == 1)
        }
    }
}
