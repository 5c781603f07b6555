import Fluent
import Foundation
import PatronCore
import SQLKit

/// A postcard that came back undelivered, scanned at the counter by its barcode (the card number):
/// the member's postal address is marked undeliverable with the day, the postcard becomes `failed`
/// (with an attempt row saying why), and the same notice is queued on the member's next channel that
/// the lawful-basis rule allows — one transaction. Scanning the same card again changes nothing.
struct ReturnedPostcards {
    let db: any Database
    let config: AppConfig

    enum Result: Equatable {
        /// `nextChannel` nil: no other channel can reach the member (listed on the page).
        case recorded(cardNumber: String, nextChannel: ContactChannel?)
        case refused(ReturnProblem)
    }

    enum ReturnProblem: Equatable {
        case emptyCardNumber
        case unknownCard(String)
        case noPostcard(String)

        func message(_ language: Language) -> String {
            switch (self, language) {
            case (.emptyCardNumber, .th): return "กรุณาสแกนหรือพิมพ์หมายเลขบัตรสมาชิกจากไปรษณียบัตร"
            case (.emptyCardNumber, .en): return "Scan or type the card number printed on the postcard."
            case (.unknownCard(let card), .th): return "ไม่พบสมาชิกหมายเลขบัตร \(card)"
            case (.unknownCard(let card), .en): return "No member has card number \(card)."
            case (.noPostcard(let card), .th): return "สมาชิก \(card) ไม่มีไปรษณียบัตรที่พิมพ์ส่งแล้วรอการตีกลับ"
            case (.noPostcard(let card), .en): return "Member \(card) has no printed postcard that could have come back."
            }
        }
    }

    /// The project's order of channels after a postcard (seed 000).
    static let afterPostcard: [ContactChannel] = [.email, .line, .sms]

    func record(cardNumber: String, by staff: String, now: Date, today: CivilDate) async throws -> Result {
        guard !cardNumber.isEmpty else { return .refused(.emptyCardNumber) }
        guard let member = try await Member.query(on: db).filter(\.$cardNumber == cardNumber).first() else {
            return .refused(.unknownCard(cardNumber))
        }
        let memberID = try member.requireID()
        guard let postcard = try await OutboxMessage.query(on: db).filter(\.$memberID == memberID).filter(\.$channel == .postcard)
            .filter(\.$status ~~ [.printed, .sending, .sent]).sort(\.$createdAt, .descending).first() else {
            return .refused(.noPostcard(cardNumber))
        }
        let book = try await TemplateBook.load(on: db)
        return try await db.transaction { db in
            let postcardID = try postcard.requireID()
            member.addressUndeliverableOn = today.iso
            try await member.update(on: db)
            postcard.status = .failed
            postcard.lastError = "returned undelivered on \(today.iso): address undeliverable"
            // A failed postcard is never claimed by the sender: postcards are printed, not sent.
            try await postcard.update(on: db)
            try await OutboxAttempt(messageID: postcardID, at: now, channel: .postcard, address: postcard.address, result: "returned",
                                    detail: "returned postcard scanned by \(staff)").create(on: db)
            let next = try await queueNextChannel(after: postcard, member: member, book: book, now: now, on: db)
            return .recorded(cardNumber: cardNumber, nextChannel: next)
        }
    }

    /// Queues the notice again on the first allowed channel not already used for it; nil when none.
    private func queueNextChannel(after postcard: OutboxMessage, member: Member, book: TemplateBook, now: Date,
                                  on db: any Database) async throws -> ContactChannel? {
        guard let kind = postcard.reminderKind else { return nil }
        let listed = postcard.fallbackChannels.split(separator: ",").compactMap { ContactChannel(rawValue: String($0)) }
        var remaining = (listed + Self.afterPostcard).reduce(into: [ContactChannel]()) { if !$0.contains($1) && $1 != .postcard { $0.append($1) } }
        while let next = try await Deliverer.nextChannel(for: member, kind: kind, among: remaining, language: postcard.language,
                                                          config: config, book: book, on: db) {
            let draft = OutboxDraft(dedupeKey: Self.dedupeKey(after: postcard.dedupeKey, channel: next.channel), purpose: postcard.purpose,
                                    memberID: postcard.memberID, recipientName: postcard.recipientName, channel: next.channel,
                                    address: next.address, fallbackChannels: next.remaining, language: postcard.language,
                                    subject: next.rendered.subject ?? "", body: next.rendered.body, htmlBody: next.rendered.html,
                                    notBefore: now, reminderKind: kind)
            if try await Outbox.enqueue(draft, now: now, on: db) { return next.channel }
            // The member already has this notice on that channel (a campaign's e-mail): try the one after.
            remaining = next.remaining
        }
        return nil
    }

    /// A campaign notice's key names its channel (`…/postcard` → `…/email`), so the e-mail a campaign
    /// already queued is not queued twice; a reminder's key gets `/returned/<channel>` appended.
    static func dedupeKey(after postcardKey: String, channel: ContactChannel) -> String {
        if postcardKey.hasPrefix("campaign/"), postcardKey.hasSuffix("/postcard") {
            return String(postcardKey.dropLast("postcard".count)) + channel.rawValue
        }
        return postcardKey + "/returned/" + channel.rawValue
    }
}
