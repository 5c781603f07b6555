import Fluent
import Foundation
import PatronCore
import Testing
import Vapor
import VaporTesting
@testable import PatronCare

/// The public side: the form (anonymous, contact, honeypot, rate limit, bad input), the status
/// page by reference number, and the JSON API.
@Suite struct FeedbackPublicTests {
    static func form(_ overrides: [String: String] = [:]) -> [(String, String)] {
        var fields = ["kind": "complaint", "service": "study-spaces", "summary": "แอร์ห้องอ่านหนังสือชั้น 2 ไม่เย็น",
                      "details": "ตั้งแต่วันจันทร์ อุณหภูมิสูงมาก", "website": ""]
        for (k, v) in overrides { fields[k] = v }
        return fields.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    @Test func aMemberOfThePublicFilesAnAnonymousComplaintAndFollowsItByReference() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            let page = try await browser.get(SiteRoute.feedbackForm.href + "?lang=th")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("name=\"website\""), "the honeypot field is on the form")
            let sent = try await browser.post(SiteRoute.feedbackForm.href, form: Self.form(["anonymous": "on", "contactEmail": "ignored@example.org"]))
            #expect(sent.status == .seeOther)
            let item = try #require(try await FeedbackItem.query(on: app.db).first())
            #expect(item.anonymous)
            #expect(item.contactEmail == "", "ticking anonymous drops any contact given")
            #expect(item.channel == .webForm)
            #expect(item.reference == "FB-2569-000001-\(ReferenceNumber(buddhistYear: 2569, sequence: 1)!.checkDigit)")
            let thanks = try await browser.get(try #require(sent.headers.first(name: .location)))
            #expect(thanks.body.string.contains(item.reference))
            let status = try await browser.get(SiteRoute.feedbackStatus().href + "?ref=\(item.reference)&lang=en")
            #expect(status.status == .ok)
            #expect(status.body.string.contains("Received"))
            #expect(status.body.string.contains("Study spaces"))
            #expect(!status.body.string.contains("อุณหภูมิสูงมาก"), "the details are not public")
            let log = try await FeedbackLogRecord.query(on: app.db).all()
            #expect(log.count == 1)
            #expect(log.first?.actorKind == "submitter")
        }
    }

    @Test func aPersonWhoGivesAContactAndConsentIsStoredAsKnown() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            try await browser.get(SiteRoute.feedbackForm.href)
            let sent = try await browser.post(SiteRoute.feedbackForm.href, form: Self.form([
                "contactName": "มาลี รักเรียน", "contactEmail": "malee@example.org", "contactPhone": "081-234-5678",
                "contactChannel": "sms", "consent": "on", "segment": "U5"]))
            #expect(sent.status == .seeOther)
            let item = try #require(try await FeedbackItem.query(on: app.db).first())
            #expect(!item.anonymous)
            #expect(item.contactPhone == "0812345678")
            #expect(item.contactChannel == "sms")
            #expect(item.consentToContact)
            #expect(item.segment == .u5)
        }
    }

    @Test func theHoneypotDropsTheSubmissionAndStoresNothing() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            try await browser.get(SiteRoute.feedbackForm.href + "?lang=en")
            let sent = try await browser.post(SiteRoute.feedbackForm.href, form: Self.form(["website": "http://spam.example"]))
            #expect(sent.status == .unprocessableEntity)
            #expect(sent.body.string.contains("could not be accepted"))
            #expect(try await FeedbackItem.query(on: app.db).count() == 0)
        }
    }

    @Test func aFloodFromOneAddressIsRefusedAfterTheLimit() async throws {
        try await withTestApp { app in
            app.config.complaints.rateLimit = RateLimitRule(maximum: 2, window: 600)
            let browser = TestBrowser(app)
            try await browser.get(SiteRoute.feedbackForm.href + "?lang=en")
            for n in 1...2 {
                #expect(try await browser.post(SiteRoute.feedbackForm.href, form: Self.form(["summary": "เรื่องที่ \(n)"])).status == .seeOther)
                try await browser.get(SiteRoute.feedbackForm.href)
            }
            let third = try await browser.post(SiteRoute.feedbackForm.href, form: Self.form(["summary": "เรื่องที่ 3"]))
            #expect(third.status == .tooManyRequests)
            #expect(third.body.string.contains("Too many submissions"))
            #expect(try await FeedbackItem.query(on: app.db).count() == 2)
            // Ten minutes later the window has passed.
            app.clock = .pinned(pinnedNow.addingTimeInterval(601))
            try await browser.get(SiteRoute.feedbackForm.href)
            #expect(try await browser.post(SiteRoute.feedbackForm.href, form: Self.form(["summary": "เรื่องที่ 4"])).status == .seeOther)
        }
    }

    @Test func htmlAndScriptAreShownEscapedOnEveryPage() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            try await browser.get(SiteRoute.feedbackForm.href)
            let script = "<script>alert('x')</script> & <b>bold</b>"
            try await browser.post(SiteRoute.feedbackForm.href, form: Self.form(["summary": script, "details": script]))
            let item = try #require(try await FeedbackItem.query(on: app.db).first())
            #expect(item.summary == script, "stored as typed")
            let staff = try await TestStaff.browser(.head, on: app)
            for path in ["/complaints", "/complaints/\(try item.requireID())"] {
                let body = try await staff.get(path).body.string
                #expect(body.contains("&lt;script&gt;"), "\(path) escapes the text")
                #expect(!body.contains("<script>alert"), "\(path) never outputs the script")
                #expect(!body.contains("<b>bold</b>"))
            }
        }
    }

    @Test(arguments: [("summary", 201), ("details", 4_001)])
    func oversizedTextIsRefusedWithNothingStored(field: String, length: Int) async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            try await browser.get(SiteRoute.feedbackForm.href + "?lang=en")
            let sent = try await browser.post(SiteRoute.feedbackForm.href, form: Self.form([field: String(repeating: "ก", count: length)]))
            #expect(sent.status == .unprocessableEntity)
            #expect(sent.body.string.contains("characters long; the limit is"))
            #expect(try await FeedbackItem.query(on: app.db).count() == 0)
        }
    }

    @Test func anEmptySummaryIsRefused() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            try await browser.get(SiteRoute.feedbackForm.href + "?lang=en")
            let sent = try await browser.post(SiteRoute.feedbackForm.href, form: Self.form(["summary": "   \n "]))
            #expect(sent.status == .unprocessableEntity)
            #expect(sent.body.string.contains("Summary is empty"))
            #expect(try await FeedbackItem.query(on: app.db).count() == 0)
        }
    }

    @Test func aNonImageAttachmentIsRefusedAndNoFileIsKept() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            try await browser.get(SiteRoute.feedbackForm.href + "?lang=en")
            let sent = try await browser.upload(SiteRoute.feedbackForm.href, fileField: "attachment", filename: "photo.jpg",
                                                data: Array("MZ this is a program, not a photo".utf8), form: Self.form())
            #expect(sent.status == .unprocessableEntity)
            #expect(sent.body.string.contains("must be a photo (JPEG, PNG) or a PDF"))
            #expect(try await FeedbackItem.query(on: app.db).count() == 0)
            #expect(try await FeedbackAttachment.query(on: app.db).count() == 0)
            let folder = app.config.uploadsDirectory + "/feedback"
            #expect(((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).isEmpty)
        }
    }

    @Test func anAttachmentOverTheLimitIsRefusedWithNothingStored() async throws {
        try await withTestApp { app in
            app.config.complaints.maxAttachmentBytes = 1024
            let browser = TestBrowser(app)
            try await browser.get(SiteRoute.feedbackForm.href + "?lang=en")
            let pdf = Array("%PDF-1.7\n".utf8) + Array(repeating: UInt8(0x20), count: 2048)
            let sent = try await browser.upload(SiteRoute.feedbackForm.href, fileField: "attachment", filename: "letter.pdf", data: pdf, form: Self.form())
            #expect(sent.status == .unprocessableEntity)
            #expect(sent.body.string.contains("larger than"))
            #expect(try await FeedbackItem.query(on: app.db).count() == 0)
            #expect(try await FeedbackAttachment.query(on: app.db).count() == 0)
        }
    }

    @Test func aPhotoIsKeptWithTheItemAndServedToStaff() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            try await browser.get(SiteRoute.feedbackForm.href)
            let png = try UploadFixtures.bytes("scan.png")
            let sent = try await browser.upload(SiteRoute.feedbackForm.href, fileField: "attachment", filename: "aircon.png", data: png, form: Self.form())
            #expect(sent.status == .seeOther)
            let file = try #require(try await FeedbackAttachment.query(on: app.db).first())
            #expect(file.fileKind == "png")
            #expect(file.byteCount == png.count)
            let item = try #require(try await FeedbackItem.query(on: app.db).first())
            let staff = try await TestStaff.browser(.counter, on: app)
            let served = try await staff.get(SiteRoute.complaintAttachment(try item.requireID(), attachment: try file.requireID()).href)
            #expect(served.status == .ok)
            #expect(Array(served.body.readableBytesView) == png)
            #expect(served.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(served.headers.first(name: .contentType) == "image/png")
        }
    }

    @Test func aJPEGHeaderFollowedByHTMLIsRefusedAndNothingIsStored() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            try await browser.get(SiteRoute.feedbackForm.href + "?lang=en")
            let polyglot = try UploadFixtures.bytes("polyglot-jpeg-html.jpg")
            let sent = try await browser.upload(SiteRoute.feedbackForm.href, fileField: "attachment", filename: "photo.jpg", data: polyglot, form: Self.form())
            #expect(sent.status == .unprocessableEntity)
            #expect(sent.body.string.contains("damaged or has other data after the image"))
            #expect(try await FeedbackItem.query(on: app.db).count() == 0)
            #expect(try await FeedbackAttachment.query(on: app.db).count() == 0)
        }
    }

    @Test func aPDFWithJavaScriptIsRefusedAndAPlainOneIsOnlyEverDownloaded() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            try await browser.get(SiteRoute.feedbackForm.href + "?lang=en")
            let scripted = try await browser.upload(SiteRoute.feedbackForm.href, fileField: "attachment", filename: "letter.pdf",
                                                    data: try UploadFixtures.bytes("letter-with-javascript.pdf"), form: Self.form())
            #expect(scripted.status == .unprocessableEntity)
            #expect(scripted.body.string.contains("contains JavaScript"))
            let plain = try UploadFixtures.bytes("letter.pdf")
            let sent = try await browser.upload(SiteRoute.feedbackForm.href, fileField: "attachment", filename: "letter.pdf", data: plain, form: Self.form())
            #expect(sent.status == .seeOther)
            let file = try #require(try await FeedbackAttachment.query(on: app.db).first())
            let item = try #require(try await FeedbackItem.query(on: app.db).first())
            let staff = try await TestStaff.browser(.counter, on: app)
            let served = try await staff.get(SiteRoute.complaintAttachment(try item.requireID(), attachment: try file.requireID()).href)
            #expect(served.status == .ok)
            #expect(served.headers.first(name: .contentDisposition)?.hasPrefix("attachment;") == true)
            #expect(served.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(served.headers.first(name: .contentType) == "application/pdf")
        }
    }

    @Test func anonymousVisitorsGetOneAnswerForAMistypedAndAnUnknownReference() async throws {
        try await withTestApp { app in
            let item = try await FeedbackFixtures.receive(app, at: pinnedNow)
            let browser = TestBrowser(app)
            let good = try await browser.get(SiteRoute.feedbackStatus().href + "?ref=\(item.reference.lowercased().replacingOccurrences(of: "-", with: " "))&lang=en")
            #expect(good.status == .ok, "typed in lower case with spaces")
            let number = item.referenceNumber
            let mistyped = "FB-\(number.buddhistYear)-000002-\(number.checkDigit)"
            let unknown = ReferenceNumber(buddhistYear: 2569, sequence: 99)!
            var answers: [String] = []
            for ref in [mistyped, unknown.description, "hello"] {
                let response = try await browser.get(SiteRoute.feedbackStatus().href + "?ref=\(ref)&lang=en")
                #expect(response.status == .notFound, "\(ref)")
                let html = response.body.string
                let message = try #require(html.range(of: "role=\"alert\">").map { String(html[$0.upperBound...].prefix(while: { $0 != "<" })) })
                answers.append(message)
            }
            #expect(Set(answers).count == 1, "the same words for every miss: \(answers)")
            #expect(answers[0].contains("No item was found with this reference number"))
            #expect(!answers[0].contains("digit"))
            // Staff signed in still learn which digit is wrong.
            let staff = try await TestStaff.browser(.counter, on: app)
            let wrong = try await staff.get(SiteRoute.feedbackStatus().href + "?ref=\(mistyped)&lang=en")
            #expect(wrong.status == .badRequest)
            #expect(wrong.body.string.contains("wrong or swapped digit"))
            let junk = try await staff.get(SiteRoute.feedbackStatus().href + "?ref=hello&lang=th")
            #expect(junk.body.string.contains("ไม่ใช่เลขที่อ้างอิงที่ถูกต้อง"))
        }
    }

    @Test func statusLookupsAreLimitedPerAddress() async throws {
        try await withTestApp { app in
            app.config.security.statusLookups = RateLimitRule(maximum: 3, window: 600)
            let browser = TestBrowser(app)
            for n in 1...3 {
                #expect(try await browser.get(SiteRoute.feedbackStatus().href + "?ref=FB-2569-00000\(n)-0&lang=en").status == .notFound)
            }
            let refused = try await browser.get(SiteRoute.feedbackStatus().href + "?ref=FB-2569-000004-0&lang=en")
            #expect(refused.status == .tooManyRequests)
            #expect(refused.body.string.contains("Too many look-ups"))
            let api = try await browser.get(SiteRoute.apiFeedbackStatus(reference: "FB-2569-000005-0").href, headers: ["Accept": "application/json"])
            #expect(api.status == .tooManyRequests, "the API shares the limit")
            app.clock = .pinned(pinnedNow.addingTimeInterval(601))
            #expect(try await browser.get(SiteRoute.feedbackStatus().href + "?ref=FB-2569-000006-0").status == .notFound)
        }
    }

    @Test func theAPITakesFeedbackWithTheFormTokenAndAnswersThePublicStatus() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            let token = try await browser.get(SiteRoute.apiFeedbackFormToken.href, headers: ["Accept": "application/json"])
            #expect(token.status == .ok)
            let csrf = try token.content.decode(FeedbackAPIController.FormToken.self).csrfToken
            var headers = HTTPHeaders()
            headers.cookie = browser.cookies
            headers.contentType = .json
            headers.replaceOrAdd(name: "X-CSRF-Token", value: csrf)
            let body = #"{"kind":"suggestion","service":"e-resources","summary":"Please add more e-books","contactEmail":"a@example.org","consentToContact":true,"language":"en"}"#
            let created = try await app.testing().sendRequest(.POST, "/api/v1/feedback", headers: headers, body: ByteBuffer(string: body))
            #expect(created.status == .created)
            let reference = try created.content.decode(FeedbackAPIController.Created.self).reference
            let item = try #require(try await FeedbackItem.query(on: app.db).first())
            #expect(item.channel == .api)
            #expect(item.reference == reference)
            let status = try await app.testing().sendRequest(.GET, "/api/v1/feedback/\(reference)", headers: ["Accept": "application/json"])
            #expect(status.status == .ok)
            #expect(status.body.string.contains("\"status\":\"received\""))
            #expect(!status.body.string.contains("a@example.org"), "no contact details in the public status")
            let bad = try await app.testing().sendRequest(.POST, "/api/v1/feedback", headers: headers, body: ByteBuffer(string: #"{"kind":"complaint","summary":""}"#))
            #expect(bad.status == .unprocessableEntity)
            #expect(try await FeedbackItem.query(on: app.db).count() == 1)
            let noToken = try await app.testing().sendRequest(.POST, "/api/v1/feedback", headers: ["Content-Type": "application/json"], body: ByteBuffer(string: body))
            #expect(noToken.status == .forbidden)
            let unknown = try await app.testing().sendRequest(.GET, "/api/v1/feedback/\(ReferenceNumber(buddhistYear: 2569, sequence: 7)!)", headers: ["Accept": "application/json"])
            #expect(unknown.status == .notFound)
        }
    }
}
