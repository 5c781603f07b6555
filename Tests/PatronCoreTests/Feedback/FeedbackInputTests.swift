import Foundation
import Testing
import PropertyBased
@testable import PatronCore

@Suite struct FeedbackTextTests {
    @Test func trimsStripsControlsAndKeepsHTMLAsTyped() throws {
        let text = try FeedbackText("  \u{202E}ห้องน้ำ\u{0007} <script>alert(1)</script> ชั้น 2\r\n ", field: .details)
        #expect(text.value == "ห้องน้ำ <script>alert(1)</script> ชั้น 2")
        let multi = try FeedbackText("บรรทัดแรก\r\nบรรทัดสอง\rสาม", field: .details)
        #expect(multi.value == "บรรทัดแรก\nบรรทัดสอง\nสาม")
        let summary = try FeedbackText("หัวเรื่อง\nต่อ\tท้าย", field: .summary)
        #expect(summary.value == "หัวเรื่อง ต่อ ท้าย")
    }

    @Test func emptyAndOversizedAreRefusedInBothLanguages() {
        #expect(throws: FeedbackTextProblem.empty(.summary)) { try FeedbackText(" \n\t\u{0000} ", field: .summary) }
        let long = String(repeating: "ก", count: 201)
        #expect(throws: FeedbackTextProblem.tooLong(.summary, maximum: 200, actual: 201)) { try FeedbackText(long, field: .summary) }
        // Thai with vowel and tone marks counts as people see it: "กี้" is one character.
        #expect((try? FeedbackText(String(repeating: "กี้", count: 200), field: .summary)) != nil)
        let p = FeedbackTextProblem.tooLong(.details, maximum: 4000, actual: 4100)
        #expect(p.message(.th).contains("4000") && p.message(.th).contains("รายละเอียด"))
        #expect(p.message(.en) == "Details is 4100 characters long; the limit is 4000. Please shorten it.")
        let blank = try? FeedbackText.optional("   ", field: .contactName)
        #expect(blank == .some(nil))
    }
}

@Suite struct ReferenceNumberTests {
    typealias F = FeedbackFixture

    @Test func formatsWithYearSequenceAndCheckDigit() {
        let n = F.ref(123)
        #expect(n.description.hasPrefix("FB-2569-000123-"))
        #expect(n.description.count == 16)
        #expect(ReferenceNumber.parse(n.description) == .success(n))
    }

    @Test func roundTripsForAnyNumber() async {
        await propertyCheck(count: 300, input: Gen.int(in: 2500...2700), Gen.int(in: 1...999_999)) { year, seq in
            let n = ReferenceNumber(buddhistYear: year, sequence: seq)!
            #expect(ReferenceNumber.parse(n.description) == .success(n))
            #expect(ReferenceNumber.parse(n.description.lowercased().replacingOccurrences(of: "-", with: " ")) == .success(n))
        }
    }

    @Test func everySingleDigitTypoAndNeighbourSwapIsCaught() {
        // Setup
        let n = F.ref(4071, year: 2569)
        let digits = Array(n.description.filter(\.isNumber))   // 11 digits with the check digit
        var caught = 0, tried = 0
        // Act: every substitution of one digit …
        for i in digits.indices {
            for d in "0123456789" where d != digits[i] {
                var typo = digits
                typo[i] = d
                tried += 1
                if case .failure(.checkDigitMismatch) = ReferenceNumber.parse("FB" + String(typo)) { caught += 1 }
            }
        }
        // … and every swap of two different neighbours.
        for i in 0..<(digits.count - 1) where digits[i] != digits[i + 1] {
            var typo = digits
            typo.swapAt(i, i + 1)
            tried += 1
            if case .failure(.checkDigitMismatch) = ReferenceNumber.parse("FB" + String(typo)) { caught += 1 }
        }
        // Check
        #expect(tried > 100)
        #expect(caught == tried)
    }

    @Test func lenientInputAndProblems() {
        let n = F.ref(123)
        let check = n.checkDigit
        #expect(ReferenceNumber.parse(" fb-2569-123-\(check) ") == .success(n))
        #expect(ReferenceNumber.parse("๒๕๖๙-๐๐๐๑๒๓-\(check)") == .success(n))
        #expect(ReferenceNumber.parse("FB-2569-000123") == .failure(.missingCheckDigit("FB-2569-000123")))
        #expect(ReferenceNumber.parse("FB-2569-000123", requireCheckDigit: false) == .success(n))
        #expect(ReferenceNumber.parse("FB-2569-000123-\((check + 1) % 10)") == .failure(.checkDigitMismatch("FB-2569-000123-\((check + 1) % 10)")))
        #expect(ReferenceNumber.parse("<script>") == .failure(.malformed("<script>")))
        #expect(ReferenceNumber.parse("FB-2569-0000000-1") == .failure(.malformed("FB-2569-0000000-1")))
        // Sequence 0 with a matching check digit is still not a number we ever give.
        let zero = ReferenceNumber.damm([2, 5, 6, 9, 0, 0, 0, 0, 0, 0])
        #expect(ReferenceNumber.parse("FB-2569-000000-\(zero)") == .failure(.malformed("FB-2569-000000-\(zero)")))
        for p in [ReferenceNumberProblem.malformed("x"), .missingCheckDigit("x"), .checkDigitMismatch("x"), .notFound("x")] {
            #expect(!p.message(.th).isEmpty && !p.message(.en).isEmpty)
        }
    }

    @Test func sequenceRestartsEachBuddhistYearAndNeverGoesBack() {
        #expect(ReferenceNumber.next(after: nil, receivedOn: F.day("2026-03-01")) == F.ref(1, year: 2569))
        #expect(ReferenceNumber.next(after: F.ref(41), receivedOn: F.day("2026-12-31")) == F.ref(42))
        #expect(ReferenceNumber.next(after: F.ref(41), receivedOn: F.day("2027-01-01")) == F.ref(1, year: 2570))
        #expect(ReferenceNumber.next(after: F.ref(5, year: 2570), receivedOn: F.day("2026-12-31")) == nil)
        #expect(ReferenceNumber.next(after: F.ref(999_999), receivedOn: F.day("2026-06-01")) == nil)
    }
}

@Suite struct FollowUpSurveyTests {
    typealias F = FeedbackFixture

    @Test func sendDayDefaultsToSevenDaysAndIsClampedToOneThroughThirty() {
        let closed = F.bangkok("2026-04-10T23:30:00")
        #expect(FollowUpPolicy().sendDay(closedAt: closed) == F.day("2026-04-17"))
        #expect(FollowUpPolicy(daysAfterClosing: 0).daysAfterClosing == 1)
        #expect(FollowUpPolicy(daysAfterClosing: -5).sendDay(closedAt: closed) == F.day("2026-04-11"))
        #expect(FollowUpPolicy(daysAfterClosing: 45).daysAfterClosing == 30)
        #expect(FollowUpPolicy(daysAfterClosing: 45).sendDay(closedAt: closed) == F.day("2026-05-10"))
        #expect(FollowUpPolicy(daysAfterClosing: 14).sendDay(closedAt: closed) == F.day("2026-04-24"))
    }

    @Test func onlyClosedComplaintsWithConsentAreSurveyed() {
        #expect(FollowUpPolicy.shouldSend(kind: .complaint, status: .closed, contactKnown: true, consentToContact: true))
        #expect(!FollowUpPolicy.shouldSend(kind: .complaint, status: .closed, contactKnown: false, consentToContact: false))
        #expect(!FollowUpPolicy.shouldSend(kind: .complaint, status: .resolved, contactKnown: true, consentToContact: true))
        #expect(!FollowUpPolicy.shouldSend(kind: .compliment, status: .closed, contactKnown: true, consentToContact: true))
    }

    @Test func tokensAreRandom128BitBase64URLStoredHashed() {
        var rng = F.SeededGenerator(state: 42)
        let a = FollowUpToken.generate(using: &rng)
        let b = FollowUpToken.generate(using: &rng)
        #expect(a.text.count == 22 && a != b)
        #expect(a.text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        #expect(a.hashed.count == 64 && a.hashed != b.hashed)
        #expect(a.matches(hash: a.hashed) && !a.matches(hash: b.hashed))
        #expect(FollowUpToken(parsing: a.text + "=") == nil)
        #expect(FollowUpToken(parsing: String(a.text.dropLast()) + "+") == nil)
        #expect(!"\(a)".contains(a.text))
    }

    @Test func sha256MatchesKnownVectors() {
        #expect(Hashing.sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Hashing.sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Hashing.sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(Hashing.sha256Hex(String(repeating: "a", count: 1000)).hasPrefix("41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"))
    }

    @Test func aTokenIsAnsweredOnce() throws {
        // Setup
        var rng = F.SeededGenerator(state: 7)
        let token = FollowUpToken.generate(using: &rng)
        let state = FollowUpState(tokenHash: token.hashed, sendDay: F.day("2026-04-17"))
        let now = F.bangkok("2026-04-18T09:00:00")
        // Act
        let answered = try FollowUpSurvey.answer(token: token.text, score: 4, comment: "รวดเร็วดี", state: state, at: now).get()
        let again = FollowUpSurvey.answer(token: token.text, score: 5, comment: nil, state: answered, at: now.addingTimeInterval(60))
        // Check
        #expect(answered.isAnswered && answered.answer?.score == 4 && answered.answer?.comment?.value == "รวดเร็วดี")
        #expect(again == .failure(.alreadyAnswered))
        #expect(FollowUpProblem.alreadyAnswered.message(.th).contains("ได้รับคำตอบแล้ว"))
    }

    @Test func wrongTokenExpiredAndBadScoresAreRefused() {
        var rng = F.SeededGenerator(state: 9)
        let token = FollowUpToken.generate(using: &rng)
        let other = FollowUpToken.generate(using: &rng)
        let state = FollowUpState(tokenHash: token.hashed, sendDay: F.day("2026-04-17"))
        let now = F.bangkok("2026-04-18T09:00:00")
        #expect(FollowUpSurvey.answer(token: other.text, score: 4, comment: nil, state: state, at: now) == .failure(.invalidToken))
        #expect(FollowUpSurvey.answer(token: "not-a-token", score: 4, comment: nil, state: state, at: now) == .failure(.invalidToken))
        #expect(FollowUpSurvey.answer(token: token.text, score: 6, comment: nil, state: state, at: now) == .failure(.scoreOutOfRange(6)))
        #expect(FollowUpSurvey.answer(token: token.text, score: 0, comment: nil, state: state, at: now) == .failure(.scoreOutOfRange(0)))
        #expect(FollowUpSurvey.answer(token: token.text, score: nil, comment: nil, state: state, at: now) == .failure(.scoreMissing))
        #expect(FollowUpSurvey.answer(token: token.text, score: 3, comment: String(repeating: "ข", count: 1001), state: state, at: now)
                == .failure(.comment(.tooLong(.surveyComment, maximum: 1000, actual: 1001))))
        #expect(FollowUpSurvey.answer(token: token.text, score: 3, comment: nil, state: state, at: F.bangkok("2026-05-18T09:00:00"))
                == .failure(.expired(lastDay: F.day("2026-05-17"))))
        #expect(FollowUpSurvey.answer(token: token.text, score: 3, comment: nil, state: state, at: F.bangkok("2026-04-16T09:00:00"))
                == .failure(.notYetOpen))
    }

    @Test func satisfactionPerTrackAndPerMonth() {
        let responses = [
            FollowUpResponse(reference: F.ref(1), track: .urgent, score: 5, answeredAt: F.bangkok("2026-04-20T10:00:00")),
            FollowUpResponse(reference: F.ref(2), track: .urgent, score: 4, answeredAt: F.bangkok("2026-04-30T23:30:00")),
            FollowUpResponse(reference: F.ref(3), track: .major, score: 2, answeredAt: F.bangkok("2026-05-01T00:10:00")),
        ]
        let byTrack = SatisfactionSummary.byTrack(responses)
        #expect(byTrack[.urgent]?.mean == 4.5 && byTrack[.urgent]?.count == 2)
        #expect(byTrack[.needsBudget]?.mean == nil)
        let byMonth = SatisfactionSummary.byMonth(responses)
        #expect(byMonth[ReportMonth(year: 2026, month: 4)!]?.count == 2)
        #expect(byMonth[ReportMonth(year: 2026, month: 5)!]?.mean == 2)
        #expect(SatisfactionSummary(scores: [5, 4]).text(.en) == "4.50 of 5 (2 responses)")
    }
}

@Suite struct SubmissionGuardTests {
    typealias F = FeedbackFixture

    @Test func fivePerTenMinutesPerAddressInASlidingWindow() {
        // Setup
        var limiter = RateLimiter()
        let t = F.bangkok("2026-04-09T10:00:00")
        // Act: five submissions a minute apart, then a sixth.
        let firstFive = (0..<5).map { limiter.attempt(key: "203.0.113.7", at: t.addingTimeInterval(Double($0) * 60)) }
        let sixth = limiter.attempt(key: "203.0.113.7", at: t.addingTimeInterval(300))
        let otherAddress = limiter.attempt(key: "203.0.113.8", at: t.addingTimeInterval(300))
        // Check: refused until the first leaves the window at 10:10.
        #expect(firstFive.allSatisfy { $0.isAllowed })
        #expect(sixth == .refused(retryAfter: 300))
        #expect(otherAddress == .allowed)
        #expect(limiter.attempt(key: "203.0.113.7", at: t.addingTimeInterval(599)) == .refused(retryAfter: 1))
        #expect(limiter.attempt(key: "203.0.113.7", at: t.addingTimeInterval(600)) == .allowed)
        #expect(limiter.attempt(key: "203.0.113.7", at: t.addingTimeInterval(601)) == .refused(retryAfter: 59))
        limiter.prune(at: t.addingTimeInterval(3600))
        #expect(limiter.accepted.isEmpty)
    }

    @Test func ipv6IsLimitedPerSlash64() {
        #expect(RateLimiter.key(forAddress: "2001:DB8:0:1::5") == "2001:db8:0:1::/64")
        #expect(RateLimiter.key(forAddress: "2001:db8::1:2:3:4") == "2001:db8:0:0::/64")
        var limiter = RateLimiter(rule: RateLimitRule(maximum: 1, window: 60))
        let t = F.bangkok("2026-04-09T10:00:00")
        #expect(limiter.attempt(key: "2001:db8:0:1::5", at: t) == .allowed)
        #expect(!limiter.attempt(key: "2001:db8:0:1::ffff", at: t).isAllowed)
    }

    @Test func honeypotAndMessages() {
        #expect(!Honeypot.isTripped(nil))
        #expect(!Honeypot.isTripped("  "))
        #expect(Honeypot.isTripped("http://spam.example"))
        let problem = SubmissionProblem.from(.refused(retryAfter: 61))
        #expect(problem == .tooManySubmissions(retryAfterMinutes: 2))
        #expect(problem?.message(.th).contains("2 นาที") == true)
        #expect(SubmissionProblem.from(.allowed) == nil)
        #expect(!SubmissionProblem.rejected.message(.en).lowercased().contains("honeypot"))
    }
}
