import Fluent
import Foundation
import PatronCore

/// Saves members, turning a taken card number — found first, or refused by the unique index when
/// two desks race — into the same clear `MemberProblem`.
enum MemberStore {
    /// `recordedBy`/`at`: who saves and when, for the consent history (consent ticked on the form).
    static func create(_ draft: MemberDraft, recordedBy staff: String, at instant: Date,
                       on db: any Database) async throws -> Member {
        if try await Member.query(on: db).filter(\.$cardNumber == draft.cardNumber).first() != nil {
            throw MemberProblem.cardNumberTaken(draft.cardNumber)
        }
        let member = Member(draft)
        do {
            try await db.transaction { db in
                try await member.create(on: db)
                try await ContactPreferencesStore.recordConsentEdits(from: ChannelConsent(), to: draft.consent, memberID: try member.requireID(),
                                                                     by: staff, at: instant, on: db)
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw MemberProblem.cardNumberTaken(draft.cardNumber)
        }
        return member
    }

    /// A changed postal address clears the returned-mail mark; changed consent boxes add history rows.
    static func update(_ member: Member, to draft: MemberDraft, recordedBy staff: String, at instant: Date,
                       on db: any Database) async throws {
        if draft.cardNumber != member.cardNumber,
           try await Member.query(on: db).filter(\.$cardNumber == draft.cardNumber).first() != nil {
            throw MemberProblem.cardNumberTaken(draft.cardNumber)
        }
        let old = member.draft
        if old.addressLine1 != draft.addressLine1 || old.addressLine2 != draft.addressLine2 || old.addressLine3 != draft.addressLine3
            || old.postcode != draft.postcode {
            member.addressUndeliverableOn = nil
        }
        member.apply(draft)
        do {
            try await db.transaction { db in
                try await member.update(on: db)
                try await ContactPreferencesStore.recordConsentEdits(from: old.consent, to: draft.consent, memberID: try member.requireID(),
                                                                     by: staff, at: instant, on: db)
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw MemberProblem.cardNumberTaken(draft.cardNumber)
        }
    }
}
