import Fluent
import PatronCore
import Vapor

/// Demo staff (one per role, password `demo-password`) and members of every segment, loaded only
/// into an empty database. Deterministic, so screenshots and walkthroughs look the same each time.
enum DemoData {
    static let password = "demo-password"

    static let staff: [(username: String, name: String, role: StaffRole)] = [
        ("admin", "ผู้ดูแลระบบ (Admin)", .admin),
        ("counter", "สมหญิง ใจดี (Counter)", .counter),
        ("team", "ทีมลูกค้าสัมพันธ์ (Customer team)", .customerTeam),
        ("head", "หัวหน้างานบริการ (Head)", .head),
        // Forfeiture is proposed by one head and approved by another.
        ("head2", "หัวหน้างานคลัง (Head 2)", .head),
        ("committee", "กรรมการ MT (Committee)", .committee),
    ]

    static func loadIfEmpty(_ app: Application) async throws {
        let hasStaff = try await StaffUser.query(on: app.db).count() > 0
        let hasMembers = try await Member.query(on: app.db).count() > 0
        if !hasStaff {
            for account in staff {
                _ = try await StaffAccounts.create(username: account.username, displayName: account.name, role: account.role.rawValue,
                                                   password: password, environment: app.environment, on: app.db)
            }
        }
        if !hasMembers {
            let today = app.clock.today
            let members = self.members(today: today)
            try await app.db.transaction { db in
                for draft in members { try await Member(draft).create(on: db) }
            }
            // External type A members hold deposits, brought in the way a library brings its history.
            let file = try DepositHistoryFile(bytes: Array(depositHistory(members, today: today).utf8))
            _ = try await DepositHistoryImporter(db: app.db, policy: app.config.depositPolicy).run(file, options: .init(), at: app.clock.now())
            try await DemoBacklog.load(app)
            try await loadFeedback(app)
            // The outbox has today's reminders on first start, not only after the daily plan's hour.
            _ = try await ReminderRun(db: app.db, config: app.config).run(asOf: today, dryRun: false, now: app.clock.now())
        }
        let memberCount = try await Member.query(on: app.db).count()
        app.logger.notice("Demo data ready: \(memberCount) members. Sign in as admin, counter, team, head, head2 or committee with the password “\(password)”.")
    }

    /// Complaints, suggestions and compliments of the last six months on every track and in every
    /// state (the synthetic history of `demo --scale`, squeezed), so the lists, the monthly and
    /// quarterly reports and the announcements have content.
    static func loadFeedback(_ app: Application) async throws {
        let store = try await ComplaintCommandsSupport.store(app)
        let history = FeedbackHistoryWriter(db: app.db, now: app.clock.now(), seed: 7, dueDates: try await store.dueDates(),
                                            followUp: app.config.complaints.followUp, years: 0.5)
        _ = try await history.write(count: feedbackItems) { _ in }
        // Work that waits today, through the app's own intake and workflow: two complaints to
        // triage, a track-4 complaint for the MT meeting, and a track-2 one received two weeks ago
        // that the daily job escalates.
        let now = app.clock.now()
        let head = FeedbackActor.staff(StaffRef(id: "demo-head", name: "หัวหน้างานบริการ (Head)"), .head)
        func receive(_ summary: String, daysAgo: Double) async throws -> FeedbackItem {
            let fields = FeedbackFields(kind: FeedbackKind.complaint.rawValue, service: "study-spaces", segment: "U1", summary: summary,
                                        details: nil, contactName: nil, contactEmail: nil, contactPhone: nil, contactChannel: nil)
            guard case .success(let intake) = FeedbackIntake.validate(FeedbackSubmission(fields: fields, consent: false, anonymous: true),
                                                                       channel: .webForm, language: .th) else { throw DatabaseFailure("demo complaint refused") }
            return try await store.receive(intake, attachment: nil, uploadsDirectory: app.config.uploadsDirectory + "/feedback",
                                           by: .submitter, at: now.addingTimeInterval(-daysAgo * 86_400))
        }
        _ = try await receive("ไฟห้องอ่านหนังสือชั้น 3 กะพริบ", daysAgo: 0.1)
        _ = try await receive("Wi-Fi ชั้น 2 หลุดบ่อย", daysAgo: 0.2)
        let budget = try await receive("ขอเพิ่มเก้าอี้ในห้องค้นคว้ากลุ่ม", daysAgo: 3)
        _ = try await store.apply(.triage(.needsBudget), to: budget.requireID(), by: head, at: now.addingTimeInterval(-2 * 86_400))
        let major = try await receive("เครื่องถ่ายเอกสารชั้น 1 เสียทั้งสัปดาห์", daysAgo: 14)
        _ = try await store.apply(.triage(.major), to: major.requireID(), by: head, at: now.addingTimeInterval(-13 * 86_400))
        _ = try await ComplaintJobs.runDaily(app: app, asOf: now)
        // The announcements page has outcomes on it; the rest of the publishable ones wait in the
        // customer team's queue ("outcomes to publish").
        let finished = try await FeedbackItem.query(on: app.db).filter(\.$outcome != nil).sort(\.$receivedAt).all()
        let staff = StaffRef(id: "demo-head", name: "หัวหน้างานบริการ (Head)")
        for item in finished.filter({ FeedbackStore.publishRefusal($0) == nil }).prefix(3) {
            _ = try await store.publish(try item.requireID(), by: staff, role: .head, at: now)
        }
    }

    static let feedbackItems = 90

    private static let thaiFirstNames = ["สมชาย", "สมหญิง", "วิชัย", "มาลี", "ประเสริฐ", "กนกพร", "ธนากร", "ศิริพร", "อนุชา", "พิมพ์ชนก",
                                         "ณัฐวุฒิ", "สุภาพร", "กิตติ", "จันทร์เพ็ญ", "วรวุฒิ", "ปิยะนุช"]
    private static let thaiLastNames = ["ใจดี", "รักเรียน", "ศรีสุข", "บุญมา", "แก้วมณี", "ทองดี", "สายสุวรรณ", "พงษ์ไพบูลย์",
                                        "วงศ์ใหญ่", "จันทร์แก้ว", "มีสุข", "เพชรรัตน์"]
    private static let englishFirstNames = ["Somchai", "Somying", "Wichai", "Malee", "Prasert", "Kanokporn", "Thanakorn", "Siriporn",
                                            "Anucha", "Pimchanok", "Nattawut", "Supaporn", "Kitti", "Janpen", "Worawut", "Piyanut"]
    private static let englishLastNames = ["Jaidee", "Rakrian", "Srisuk", "Boonma", "Kaewmanee", "Thongdee", "Saisuwan", "Pongpaiboon",
                                           "Wongyai", "Jankaew", "Meesuk", "Petcharat"]
    private static let districts = [("ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่", "50200"), ("แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ", "10330"),
                                    ("ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น", "40000"), ("ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา", "90110")]

    /// One deposit of 1,000 baht per external type A member, received on enrolment; every third
    /// expired one already refunded a month after expiry, except the two former members kept for the
    /// forfeiture page.
    static func depositHistory(_ members: [MemberDraft], today: CivilDate) -> String {
        var lines = ["cardnumber,amount,received,receipt,refunded"]
        for (index, member) in members.enumerated() where member.membershipType == .externalA {
            let refundDay = member.expiresOn.adding(months: 1)
            let keptForForfeiture = member.cardNumber.hasPrefix("DEMO-OLD")
            let refunded = index % 3 == 0 && refundDay < today && !keptForForfeiture ? refundDay.iso : ""
            lines.append("\(member.cardNumber),1000,\(member.enrolledOn.iso),H-\(member.cardNumber),\(refunded)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Eight members per segment, with expiry dates spread from two years ago to next year, so lists,
    /// filters and the "expiring soon" count all have something to show; and three whose reminders
    /// fall due today (renewal in 30 and in 7 days, a refund the day after expiry), and two former
    /// members whose deposits are past the claim deadline, for the forfeiture page.
    static func members(today: CivilDate) -> [MemberDraft] {
        var drafts: [MemberDraft] = [
            MemberDraft(cardNumber: "DEMO-RENEW30", firstNameTh: "อรุณี", lastNameTh: "ต่ออายุ", firstNameEn: "Arunee", lastNameEn: "Renew",
                        segment: .u5, membershipType: .externalB, enrolledOn: today.adding(days: 30).adding(years: -1),
                        expiresOn: today.adding(days: 30), email: "arunee@example.org", addressLine1: "5 ถนนห้วยแก้ว",
                        addressLine3: "ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่", postcode: "50200", consent: ChannelConsent(postcard: true, email: true)),
            MemberDraft(cardNumber: "DEMO-RENEW7", firstNameTh: "ชาตรี", lastNameTh: "ใกล้หมด", firstNameEn: "Chatree", lastNameEn: "Soon",
                        segment: .u5, membershipType: .externalA, enrolledOn: today.adding(days: 7).adding(years: -1),
                        expiresOn: today.adding(days: 7), mobile: "0812345670", consent: ChannelConsent(sms: true)),
            MemberDraft(cardNumber: "DEMO-REFUND", firstNameTh: "สุดา", lastNameTh: "ขอคืน", firstNameEn: "Suda", lastNameEn: "Refund",
                        segment: .pa1, membershipType: .externalA, enrolledOn: today.adding(days: -1).adding(years: -1),
                        expiresOn: today.adding(days: -1), addressLine1: "88/8 ถนนห้วยแก้ว", addressLine3: "ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่",
                        postcode: "50200", consent: ChannelConsent(postcard: true)),
        ] + (1...2).map { n in
            MemberDraft(cardNumber: "DEMO-OLD\(n)", firstNameTh: "ประยุทธ", lastNameTh: "ลืมคืน\(n)", firstNameEn: "Prayut", lastNameEn: "Forgot",
                        segment: .pa1, membershipType: .externalA, enrolledOn: today.adding(days: -500 - n * 40).adding(years: -1),
                        expiresOn: today.adding(days: -500 - n * 40), addressLine1: "\(n) ถนนสุเทพ",
                        addressLine3: "ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่", postcode: "50200", consent: ChannelConsent(postcard: true))
        }
        for (segmentIndex, segment) in Segment.allCases.enumerated() {
            for index in 0..<8 {
                let n = segmentIndex * 8 + index
                let type: MembershipType = switch segment {
                case .u1, .u2: .student
                case .u3, .u4: .staff
                case .u5, .pa1, .pa2: n % 2 == 0 ? .externalA : .externalB
                case .f1, .f2, .pa3: .externalB
                }
                let expires = today.adding(days: -730 + n * 13)
                let enrolled = expires.adding(years: -1)
                let district = districts[n % districts.count]
                let email = "member\(n + 1)@example.org"
                let mobile = "08\(String(10_000_000 + n * 7_919).suffix(8))"
                let thaiName = n % 5 != 4
                drafts.append(MemberDraft(
                    cardNumber: "\(segment.rawValue.uppercased())\(String(format: "%05d", 1 + n))",
                    firstNameTh: thaiName ? thaiFirstNames[n % thaiFirstNames.count] : "",
                    lastNameTh: thaiName ? thaiLastNames[n % thaiLastNames.count] : "",
                    firstNameEn: englishFirstNames[n % englishFirstNames.count],
                    lastNameEn: englishLastNames[(n + 3) % englishLastNames.count],
                    segment: segment, membershipType: type, enrolledOn: enrolled, expiresOn: expires,
                    status: n % 23 == 0 ? .suspended : .active,
                    email: email, mobile: mobile, lineUserID: n % 3 == 0 ? "U\(String(repeating: "a", count: 8))\(n)" : "",
                    addressLine1: "\(10 + n)/\(n % 9 + 1) ถนนห้วยแก้ว", addressLine2: "", addressLine3: district.0,
                    postcode: district.1, preferredLanguage: thaiName ? .th : .en,
                    consent: ChannelConsent(postcard: true, email: true, sms: n % 2 == 0, line: n % 3 == 0),
                    notes: ""))
            }
        }
        return drafts
    }
}
