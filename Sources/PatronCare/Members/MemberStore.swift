import Fluent
import PatronCore

/// Saves members, turning a taken card number — found first, or refused by the unique index when
/// two desks race — into the same clear `MemberProblem`.
enum MemberStore {
    static func create(_ draft: MemberDraft, on db: any Database) async throws -> Member {
        if try await Member.query(on: db).filter(\.$cardNumber == draft.cardNumber).first() != nil {
            throw MemberProblem.cardNumberTaken(draft.cardNumber)
        }
        let member = Member(draft)
        do {
            try await member.create(on: db)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw MemberProblem.cardNumberTaken(draft.cardNumber)
        }
        return member
    }

    static func update(_ member: Member, to draft: MemberDraft, on db: any Database) async throws {
        if draft.cardNumber != member.cardNumber,
           try await Member.query(on: db).filter(\.$cardNumber == draft.cardNumber).first() != nil {
            throw MemberProblem.cardNumberTaken(draft.cardNumber)
        }
        member.apply(draft)
        do {
            try await member.update(on: db)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw MemberProblem.cardNumberTaken(draft.cardNumber)
        }
    }
}
