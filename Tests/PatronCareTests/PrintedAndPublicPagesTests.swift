import Fluent
import Foundation
import PatronCore
import Testing
import Vapor
import VaporTesting
@testable import PatronCare

/// Issue 13's printed things and public pages: absolute addresses and QR codes on the printed sheets,
/// the loopback warning on screen only, the library's logo, a public header without the staff
/// sign-in, the public pages linking each other, and the day to expect an answer.
@Suite struct PrintedAndPublicPagesTests {
    static let publicURL = "https://library.example.ac.th"

    /// The QR code of `url` exactly as the core draws it, and the address as text.
    static func expectPrinted(_ url: String, in html: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let symbol = try QRCode(url)
        #expect(html.contains(symbol.svg(label: url)), "no QR code of \(url)", sourceLocation: sourceLocation)
        #expect(html.contains("<span class=\"url\">\(url)</span>"), "no printed address \(url)", sourceLocation: sourceLocation)
    }

    static let warning = "print-warning noprint"

    // MARK: Printed sheets

    @Test func thePostcardSheetPrintsTheRefundStepsAddressAndWarnsOnlyOnLoopback() async throws {
        for configured in [true, false] {
            try await withTestApp { app in
                if configured { app.config.channels.publicBaseURL = Self.publicURL }
                try await ReminderFixtures.arrange(on: app)
                _ = try await ReminderRun(db: app.db, config: app.config).run(asOf: pinnedToday, dryRun: false, now: pinnedNow)
                let browser = try await TestStaff.browser(.counter, on: app)
                try await browser.get(SiteRoute.outbox().href)
                let gathered = try await browser.post(SiteRoute.postcards.href, form: [])
                let sheet = try await browser.get(try #require(gathered.headers.first(name: .location)) + "?lang=en").body.string
                let base = configured ? Self.publicURL : "http://127.0.0.1:8080"
                try Self.expectPrinted(base + "/refund-steps", in: sheet)
                #expect(sheet.contains(Self.warning) == !configured)
                if !configured {
                    #expect(sheet.contains("PATRONCARE_PUBLIC_URL"), "the warning names the variable")
                    #expect(sheet.contains("will point at this machine only"))
                }
            }
        }
    }

    @Test func theNoticeBoardPrintsTheStatusAndFormAddressesNotBarePaths() async throws {
        try await withTestApp { app in
            app.config.channels.publicBaseURL = Self.publicURL
            let browser = try await TestStaff.browser(.customerTeam, on: app)
            let sheet = try await browser.get(SiteRoute.complaintsNoticeBoard.href + "?lang=th").body.string
            try Self.expectPrinted(Self.publicURL + "/feedback/status", in: sheet)
            try Self.expectPrinted(Self.publicURL + "/feedback", in: sheet)
            #expect(!sheet.contains(Self.warning))
            #expect(!sheet.contains("ที่ /feedback"), "no bare path in the footnote")
        }
        try await withTestApp { app in
            let browser = try await TestStaff.browser(.customerTeam, on: app)
            let sheet = try await browser.get(SiteRoute.complaintsNoticeBoard.href + "?lang=th").body.string
            #expect(sheet.contains(Self.warning) && sheet.contains("PATRONCARE_PUBLIC_URL"))
            try Self.expectPrinted("http://127.0.0.1:8080/feedback/status", in: sheet)
        }
    }

    @Test func theRefundSlipPrintsTheRefundStepsAddress() async throws {
        for configured in [true, false] {
            try await withTestApp { app in
                if configured { app.config.channels.publicBaseURL = Self.publicURL }
                let (_, deposit) = try await DepositFixtures.expiredMemberWithDeposit(on: app)
                let browser = try await TestStaff.browser(.counter, on: app)
                try await browser.get(SiteRoute.depositRefund(try deposit.requireID()).href)
                let paid = try await browser.post(SiteRoute.depositRefund(try deposit.requireID()).href, form: DepositFixtures.refundForm())
                let slip = try await browser.get(try #require(paid.headers.first(name: .location))).body.string
                try Self.expectPrinted((configured ? Self.publicURL : "http://127.0.0.1:8080") + "/refund-steps", in: slip)
                #expect(slip.contains(Self.warning) == !configured)
            }
        }
    }

    // MARK: The logo

    static func logoValues(_ path: String) -> [String: String] { ["PATRONCARE_LOGO_FILE": path] }

    @Test func theLogoIsServedWithItsTypeAndCachingAndShownInThePublicHeader() async throws {
        try await withTestApp { app in
            let png = try UploadFixtures.bytes("scan.png")
            app.config.logo = try LibraryLogo(bytes: png)
            let browser = TestBrowser(app)
            let served = try await browser.get(SiteRoute.libraryLogo.href)
            #expect(served.status == .ok)
            #expect(served.headers.contentType?.description == "image/png")
            #expect(served.headers.first(name: .cacheControl) == "public, max-age=86400", "cacheable, not no-store")
            let etag = try #require(served.headers.first(name: .eTag))
            #expect(Array(served.body.readableBytesView) == png)
            let again = try await browser.get(SiteRoute.libraryLogo.href, headers: ["If-None-Match": etag])
            #expect(again.status == .notModified)
            #expect(again.body.readableBytes == 0)

            let page = try await browser.get(SiteRoute.refundSteps.href).body.string
            #expect(page.contains("<img class=\"logo\" src=\"/library-logo?v=\(Hashing.sha256Hex(bytes: png).prefix(12))\" alt=\"\">"))
            let staff = try await TestStaff.browser(.counter, on: app)
            #expect(!(try await staff.get(SiteRoute.home.href).body.string.contains("class=\"logo\"")), "the public header only")

            app.config.logo = try LibraryLogo(bytes: Array("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>".utf8))
            #expect(try await browser.get(SiteRoute.libraryLogo.href).headers.contentType?.description == "image/svg+xml")
        }
        try await withTestApp { app in
            let browser = TestBrowser(app)
            let missing = try await browser.get(SiteRoute.libraryLogo.href)
            #expect(missing.status == .notFound)
            let page = try await browser.get(SiteRoute.refundSteps.href).body.string
            #expect(!page.contains("class=\"logo\""))
        }
    }

    @Test func aLogoThatCannotBeUsedStopsTheStartWithAMessage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("logo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func refusal(_ name: String, _ bytes: [UInt8]?) -> String {
            let path = folder.appendingPathComponent(name).path
            if let bytes { FileManager.default.createFile(atPath: path, contents: Data(bytes)) }
            do {
                _ = try AppConfig.load(from: .testing, values: Self.logoValues(path))
                return "accepted"
            } catch {
                return String(describing: error)
            }
        }
        #expect(refusal("missing.png", nil).hasPrefix("PATRONCARE_LOGO_FILE: cannot read"))
        #expect(refusal("letter.pdf", try UploadFixtures.bytes("letter.pdf")).hasSuffix("The logo must be a PNG, JPEG or SVG image."))
        #expect(refusal("named.png", Array("GIF89a".utf8)).contains("The logo must be a PNG, JPEG or SVG image."), "judged by content, not by name")
        #expect(refusal("broken.png", try UploadFixtures.bytes("png-then-html.png")).contains("is damaged"))
        #expect(refusal("script.svg", Array("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".utf8)).contains("event handler"))
        #expect(refusal("huge.png", [UInt8](repeating: 0, count: LogoContent.maxBytes + 1)).contains("too large"))
        #expect(refusal("scan.png", try UploadFixtures.bytes("scan.png")) == "accepted")
    }

    // MARK: Public pages

    @Test func thePublicHeaderHasNoSignInLinkAndThePublicPagesLinkEachOther() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            let pages = [SiteRoute.refundSteps, .feedbackForm, .feedbackStatus()]
            for route in pages {
                for language in ["th", "en"] {
                    let html = try await browser.get(route.href + "?lang=\(language)").body.string
                    let header = String(html[html.range(of: "<header")!.lowerBound..<html.range(of: "</header>")!.upperBound])
                    #expect(!header.contains("href=\"\(SiteRoute.login.href)\""), "\(route.href): the public header links the staff sign-in")
                    for other in pages where other != route {
                        #expect(header.contains("href=\"\(other.href)\""), "\(route.href) header lacks \(other.href)")
                        let main = String(html[html.range(of: "<main>")!.lowerBound...])
                        #expect(main.contains("<section class=\"card related noprint\">") && main.contains("href=\"\(other.href)\""),
                                "\(route.href) does not link \(other.href) in the page")
                    }
                }
            }
        }
    }

    @Test func theThankYouAndStatusPagesSayWhenToExpectAnAnswer() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            try await browser.get(SiteRoute.feedbackForm.href)
            let sent = try await browser.post(SiteRoute.feedbackForm.href, form: FeedbackPublicTests.form([
                "contactName": "มาลี รักเรียน", "contactEmail": "malee@example.org", "contactChannel": "email", "consent": "on"]))
            let thanksPath = try #require(sent.headers.first(name: .location))
            // Received Monday 23 November 2026 at 10:00, not triaged: track 3's 10 working days at the
            // latest — 24 Nov … 4 Dec, then Saturday 5 December (Father's Day), its substitution Monday 7: Tuesday 8 December.
            let thanks = try await browser.get(thanksPath + "?lang=th").body.string
            #expect(thanks.contains("data-day=\"2026-12-08\""))
            #expect(thanks.contains("เราจะตอบกลับภายในวันที่ 8 ธันวาคม พ.ศ. 2569"), "in the Buddhist era for a Thai reader")
            #expect(thanks.contains("10 วันทำการ"))
            let english = try await browser.get(thanksPath + "?lang=en").body.string
            #expect(english.contains("We aim to answer by 8 December 2026."))

            // Triaged to track 2 (3 working days): Thursday 26 November.
            let item = try #require(try await FeedbackItem.query(on: app.db).first())
            item.track = ComplaintTrack.major.rawValue
            item.status = .triaged
            try await item.save(on: app.db)
            let status = try await browser.get(SiteRoute.feedbackStatus(ref: item.reference).href + "&lang=en").body.string
            #expect(status.contains("We aim to answer by 26 November 2026. That is 3 working days from receipt"))
            #expect(!status.contains("will be published on"), "only an item sent without contact details is answered by publishing")

            // Resolved: nothing more is promised.
            item.status = .resolved
            item.resolvedAt = pinnedNow
            try await item.save(on: app.db)
            let resolved = try await browser.get(SiteRoute.feedbackStatus(ref: item.reference).href + "&lang=en").body.string
            #expect(!resolved.contains("expected-reply"))
        }
    }

    @Test func anAnonymousPersonIsToldTheAnswerWillBePublished() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            try await browser.get(SiteRoute.feedbackForm.href)
            let sent = try await browser.post(SiteRoute.feedbackForm.href, form: FeedbackPublicTests.form(["anonymous": "on", "kind": "suggestion"]))
            let thanks = try await browser.get(try #require(sent.headers.first(name: .location)) + "?lang=en").body.string
            #expect(thanks.contains("We aim to answer by 8 December 2026. That is 10 working days from receipt"))
            #expect(thanks.contains("the outcome will be published on <a href=\"\(SiteRoute.feedbackAnnouncements.href)\">"))
        }
    }
}
