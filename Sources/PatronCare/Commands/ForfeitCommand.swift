import Fluent
import Foundation
import PatronCore
import Vapor

/// `patroncare forfeit --as-of DATE [--dry-run] --as USERNAME` proposes a batch of the deposits past
/// their claim deadline; `patroncare forfeit --approve BATCH --as USERNAME` is a second head's approval.
/// Nothing is forfeited without that approval.
struct ForfeitCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "as-of", help: "Deposits whose claim deadline passed before this day (default: today)")
        var asOf: String?

        @Flag(name: "dry-run", help: "List what would be proposed; write nothing")
        var dryRun: Bool

        @Option(name: "as", help: "The staff username proposing or approving")
        var username: String?

        @Option(name: "approve", help: "The id of a proposed batch to approve")
        var approve: String?
    }

    var help: String { "Lists, proposes or approves the forfeiture of deposits past their claim deadline." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let console = context.console
        let forfeitures = Forfeitures(db: app.db)
        if let batchText = signature.approve {
            guard let id = UUID(uuidString: batchText), let batch = try await ForfeitureBatch.find(id, on: app.db) else {
                throw CommandFailure.usage("No forfeiture batch \(batchText).")
            }
            let staff = try await self.staff(signature, app: app, console: console)
            do {
                let approval = try await forfeitures.approve(batch, by: StaffRef(id: staff.username, name: staff.displayName),
                                                             role: staff.role, at: app.clock.now())
                console.success(approval.alreadyApproved ? "Already decided; nothing forfeited."
                                : "Forfeited \(approval.forfeited) deposit(s), \(approval.total.formatted(.plain)) baht; skipped \(approval.skipped).")
            } catch let refusal as DepositRefusal {
                throw CommandFailure.refused(refusal.messages(.en).joined(separator: " "))
            }
            return
        }
        guard let asOf = signature.asOf.map({ CivilDate(lenient: $0) }) ?? app.clock.today else {
            throw CommandFailure.usage("--as-of: not a date (use YYYY-MM-DD or DD/MM/YYYY).")
        }
        let planned = try await forfeitures.plan(asOf: asOf)
        for line in planned.lines {
            console.print("\(line.deposit.receiptNumber)  \(line.member?.cardNumber ?? "")  claim by \(line.deposit.lastClaimDay)  \(line.candidate.balance.formatted(.plain))")
        }
        let skippedForRequests = planned.plan.skipped.filter { $0.reason == .openRefundRequest }.count
        console.print("\(planned.lines.count) deposit(s) past their claim deadline on \(asOf.iso): \(planned.plan.total.formatted(.plain)) baht"
                      + (skippedForRequests > 0 ? " (\(skippedForRequests) left out: open refund request)" : ""))
        guard !signature.dryRun else {
            console.print("Dry run — nothing written.")
            return
        }
        let staff = try await self.staff(signature, app: app, console: console)
        do {
            let batch = try await forfeitures.propose(asOf: asOf, by: StaffRef(id: staff.username, name: staff.displayName))
            console.success("Proposed batch \(try batch.requireID()). Another head approves it on /forfeitures or with --approve.")
        } catch let refusal as DepositRefusal {
            throw CommandFailure.refused(refusal.messages(.en).joined(separator: " "))
        }
    }

    private func staff(_ signature: Signature, app: Application, console: any Console) async throws -> StaffUser {
        guard let username = signature.username,
              let staff = try await StaffUser.query(on: app.db).filter(\.$username == username.lowercased()).first(), staff.active else {
            throw CommandFailure.usage("Name an active staff account with --as USERNAME.")
        }
        guard staff.role.can(.forfeitDeposits) else {
            throw CommandFailure.refused("\(staff.username) is not a head or admin.")
        }
        return staff
    }
}
