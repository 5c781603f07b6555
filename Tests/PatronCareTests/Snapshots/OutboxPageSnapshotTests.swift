import Foundation
import PatronCore
import Testing
@testable import PatronCare

/// The outbox pages and the postcard sheet in Thai and English from fixture models (no app, no database).
@Suite struct OutboxPageSnapshotTests {
    private static func id(_ n: Int) -> UUID { UUID(uuidString: "00000000-0000-4000-8000-0000000001\(String(format: "%02d", n))")! }

    private static func message(_ n: Int, channel: ContactChannel, status: OutboxMessage.Status, address: String, subject: String = "",
                                body: String, lastError: String = "", recipient: String = "มาลี รักเรียน") -> OutboxMessage {
        let message = OutboxMessage()
        message.id = id(n)
        message.createdAt = pinnedNow.addingTimeInterval(Double(-3600 * n))
        message.dedupeKey = "reminder/\(n)"
        message.purpose = "reminder"
        message.memberID = id(50 + n)
        message.recipientName = recipient
        message.channel = channel
        message.address = address
        message.fallbackChannels = ""
        message.language = .th
        message.subject = subject
        message.body = body
        message.htmlBody = ""
        message.status = status
        message.attempts = status == .queued ? 0 : 2
        message.nextAttemptAt = pinnedNow.addingTimeInterval(1800)
        message.lastError = lastError
        message.providerMessageID = status == .sent ? "prov-<42>" : ""
        return message
    }

    private static var messages: [OutboxMessage] {
        [message(1, channel: .sms, status: .failed, address: "0812345678",
                 body: "เงินประกันของท่าน 1,500 บาท & <i>ยังไม่ได้รับคืน</i>", lastError: "gateway said <503> & \"busy\"",
                 recipient: "สมชาย <b>ใจดี</b> & \"เพื่อน\""),
         message(2, channel: .email, status: .sent, address: "malee@example.org", subject: "แจ้งเตือน: บัตรสมาชิกใกล้หมดอายุ",
                 body: "เรียน คุณมาลี"),
         message(3, channel: .postcard, status: .queued, address: "12 ถนนนิมมานเหมินท์\nต.สุเทพ อ.เมือง จ.เชียงใหม่\n50200",
                 body: "เงินประกันของท่านรอรับคืนที่เคาน์เตอร์")]
    }

    private static func batch(printed: Bool) -> PostcardBatch {
        let batch = PostcardBatch()
        batch.id = id(90)
        batch.createdAt = pinnedNow
        batch.cardCount = 1
        batch.printedAt = printed ? pinnedNow.addingTimeInterval(600) : nil
        return batch
    }

    private static func attempt(_ message: OutboxMessage, result: String, detail: String, minutes: Int) -> OutboxAttempt {
        let attempt = OutboxAttempt(messageID: message.id!, at: pinnedNow.addingTimeInterval(Double(60 * minutes)), channel: message.channel,
                                    address: message.address, result: result, detail: detail)
        attempt.$message.value = message
        return attempt
    }

    @Test(arguments: Language.allCases)
    func outboxWithMessagesAndBatches(language: Language) {
        let overview = OutboxStats.Overview(countsByStatus: [.queued: 1, .sent: 1, .failed: 1], queuedPostcards: 1,
                                            messages: Self.messages, batches: [Self.batch(printed: true)])
        let page = OutboxIndexPage(chrome: PageFixtures.chrome(language, title: "outbox_title", role: .counter, path: "/outbox"),
                                   overview: overview, status: "failed", channel: "sms", unconfiguredChannels: [.sms, .line],
                                   mask: PersonalDataMask(role: .counter))
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func outboxEmpty(language: Language) {
        let overview = OutboxStats.Overview(countsByStatus: [:], queuedPostcards: 0, messages: [], batches: [])
        let page = OutboxIndexPage(chrome: PageFixtures.chrome(language, title: "outbox_title", path: "/outbox"),
                                   overview: overview, status: nil, channel: nil, unconfiguredChannels: [],
                                   mask: PersonalDataMask(role: .admin))
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func failedSMSWithItsAttempts(language: Language) {
        let message = Self.messages[0]
        let attempts = [Self.attempt(message, result: "retry", detail: "HTTP 503 <busy>", minutes: 1),
                        Self.attempt(message, result: "dead", detail: "gave up & stopped", minutes: 30)]
        let page = OutboxMessagePage(chrome: PageFixtures.chrome(language, title: "outbox_message_title", role: .counter, path: "/outbox"),
                                     message: message, attempts: attempts, mask: PersonalDataMask(role: .counter), showsPersonalData: true)
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func sentEmailWithoutPersonalDataOrAttempts(language: Language) {
        let page = OutboxMessagePage(chrome: PageFixtures.chrome(language, title: "outbox_message_title", role: .customerTeam, path: "/outbox"),
                                     message: Self.messages[1], attempts: [], mask: PersonalDataMask(role: .customerTeam),
                                     showsPersonalData: false)
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func returnedRecordedWithRecentReturns(language: Language) {
        let message = Self.messages[2]
        let page = ReturnedPostcardsPage(chrome: PageFixtures.chrome(language, title: "returned_title", role: .counter, path: "/outbox/returned"),
                                         result: .recorded(cardNumber: "B6400001", nextChannel: .email),
                                         recent: [Self.attempt(message, result: "returned", detail: "returned <moved> & gone", minutes: 5)],
                                         mask: PersonalDataMask(role: .counter))
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func returnedRefusedWithNoneYet(language: Language) {
        let page = ReturnedPostcardsPage(chrome: PageFixtures.chrome(language, title: "returned_title", role: .counter, path: "/outbox/returned"),
                                         result: .refused(.unknownCard("<B64>")), recent: [], mask: PersonalDataMask(role: .counter))
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func returnedRecordedWithNoOtherChannel(language: Language) {
        let page = ReturnedPostcardsPage(chrome: PageFixtures.chrome(language, title: "returned_title", role: .counter, path: "/outbox/returned"),
                                         result: .recorded(cardNumber: "B6400002", nextChannel: nil), recent: [],
                                         mask: PersonalDataMask(role: .counter))
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func postcardSheetToPrint(language: Language) {
        let cards = [PostcardSheetPage.Card(message: Self.messages[2], cardNumber: "B6400001"),
                     PostcardSheetPage.Card(message: Self.message(4, channel: .postcard, status: .sending,
                                                                  address: "99/1 ซอย <ก> & \"ข\"\nกรุงเทพฯ", body: "ข้อความ <b>ทดสอบ</b>"),
                                            cardNumber: "")]
        let page = PostcardSheetPage(words: PageFixtures.words(language), csrf: "csrf-fixture-token", batch: Self.batch(printed: false), cards: cards,
                                     publicAddress: PageFixtures.publicAddress)
        assertPageSnapshot(page, named: language.rawValue)
    }

    @Test(arguments: Language.allCases)
    func postcardSheetAlreadyPrinted(language: Language) {
        let page = PostcardSheetPage(words: PageFixtures.words(language), csrf: "csrf-fixture-token", batch: Self.batch(printed: true),
                                     cards: [PostcardSheetPage.Card(message: Self.messages[2], cardNumber: "B6400001")],
                                     publicAddress: PageFixtures.loopbackAddress)
        assertPageSnapshot(page, named: language.rawValue)
    }
}
