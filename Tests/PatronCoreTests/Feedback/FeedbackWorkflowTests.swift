import Foundation
import Testing
@testable import PatronCore

@Suite struct FeedbackWorkflowTests {
    typealias F = FeedbackFixture
    let t0 = F.bangkok("2026-04-09T10:00:00")

    func apply(_ item: FeedbackItemState, _ event: FeedbackEvent, by actor: FeedbackActor) -> Result<FeedbackWorkflow.Step, WorkflowProblem> {
        FeedbackWorkflow.transition(from: item, event: event, by: actor, at: t0)
    }

    func item(_ status: FeedbackStatus, track: ComplaintTrack?, kind: FeedbackKind = .complaint,
              outcome: String? = nil, decision: String? = nil) -> FeedbackItemState {
        FeedbackItemState(kind: kind, status: status, track: track, outcome: outcome.map { F.text($0) },
                          decision: decision.map { F.text($0, .decision) })
    }

    @Test func track1IsFixedOnTheSpotAndClosedWithLoggedSteps() throws {
        // Setup
        let start = FeedbackWorkflow.receive(kind: .complaint, channel: .counter, by: F.counterStaff, at: t0)
        // Act
        let triaged = try apply(start.item, .triage(.urgent), by: F.counterStaff).get()
        let resolved = try apply(triaged.item, .resolve(outcome: F.text("เปิดเครื่องปรับอากาศแล้ว")), by: F.counterStaff).get()
        let closed = try apply(resolved.item, .close(outcome: nil), by: F.counterStaff).get()
        // Check
        #expect(start.entry.from == nil && start.entry.to == .received && start.entry.actor == F.counterStaff)
        #expect(triaged.item.status == .triaged && triaged.item.track == .urgent)
        #expect(resolved.entry.from == .triaged && resolved.entry.to == .resolved && resolved.entry.at == t0)
        #expect(closed.item.status == .closed)
        #expect(closed.entry.note == "เปิดเครื่องปรับอากาศแล้ว" && closed.entry.isPublic)
    }

    @Test func triageNeedsATrackForComplaintsOnly() {
        let complaint = item(.received, track: nil)
        let suggestion = item(.received, track: nil, kind: .suggestion)
        #expect(throws: WorkflowProblem.trackRequired) { try apply(complaint, .triage(nil), by: F.counterStaff).get() }
        #expect(throws: WorkflowProblem.trackOnlyForComplaints) { try apply(suggestion, .triage(.major), by: F.counterStaff).get() }
        #expect((try? apply(suggestion, .triage(nil), by: F.counterStaff).get())?.item.status == .triaged)
    }

    @Test func onlyHeadsAndAdminsResolveTrack2() {
        let escalated = item(.escalated, track: .major)
        let outcome = FeedbackEvent.resolve(outcome: F.text("ซ่อมระบบยืมคืนอัตโนมัติแล้ว"))
        #expect(throws: WorkflowProblem.roleNotAllowed(.resolve, F.counterStaff, .major)) {
            try apply(escalated, outcome, by: F.counterStaff).get()
        }
        #expect(throws: WorkflowProblem.roleNotAllowed(.resolve, F.customerTeam, .major)) {
            try apply(escalated, outcome, by: F.customerTeam).get()
        }
        #expect((try? apply(escalated, outcome, by: F.head).get())?.item.status == .resolved)
        #expect((try? apply(escalated, outcome, by: F.admin).get())?.item.status == .resolved)
        // Track 2 cannot skip "in progress": resolving straight from triaged is for track 1.
        #expect(throws: WorkflowProblem.notAllowedInStatus(.resolve, .triaged)) {
            try apply(item(.triaged, track: .major), outcome, by: F.head).get()
        }
    }

    @Test func committeeRecordsTrack4DecisionsAndNothingElse() throws {
        // Setup
        let open = item(.inProgress, track: .needsBudget)
        let decision = FeedbackEvent.recordDecision(F.text("อนุมัติงบซื้อเก้าอี้ 40 ตัว ปีงบประมาณ 2570", .decision))
        // Check: without a decision the head cannot resolve; counter cannot record one.
        #expect(throws: WorkflowProblem.decisionRequired) { try apply(open, .resolve(outcome: nil), by: F.head).get() }
        #expect(throws: WorkflowProblem.roleNotAllowed(.recordDecision, F.counterStaff, .needsBudget)) {
            try apply(open, decision, by: F.counterStaff).get()
        }
        #expect(throws: WorkflowProblem.decisionOnlyForTrack4) {
            try apply(item(.inProgress, track: .notUrgent), decision, by: F.committee).get()
        }
        // Act
        let decided = try apply(open, decision, by: F.committee).get()
        // Check
        #expect(decided.item.status == .inProgress && decided.item.decision != nil && !decided.entry.isPublic)
        #expect(throws: WorkflowProblem.roleNotAllowed(.resolve, F.committee, .needsBudget)) {
            try apply(decided.item, .resolve(outcome: nil), by: F.committee).get()
        }
        #expect((try? apply(decided.item, .resolve(outcome: nil), by: F.head).get())?.item.status == .resolved)
        #expect(FeedbackWorkflow.availableActions(for: open, by: F.committee) == [.recordDecision, .addInternalNote])
    }

    @Test func closingRequiresTheOutcomeText() {
        let resolvedWithout = item(.resolved, track: .notUrgent)
        #expect(throws: WorkflowProblem.outcomeRequired) { try apply(resolvedWithout, .close(outcome: nil), by: F.counterStaff).get() }
        let closed = try? apply(resolvedWithout, .close(outcome: F.text("ขยายเวลาเปิดห้องอ่านแล้ว")), by: F.counterStaff).get()
        #expect(closed?.item.outcome?.value == "ขยายเวลาเปิดห้องอ่านแล้ว")
        #expect(throws: WorkflowProblem.notAllowedInStatus(.close, .inProgress)) {
            try apply(item(.inProgress, track: .notUrgent, outcome: "x"), .close(outcome: nil), by: F.head).get()
        }
    }

    @Test func escalationGoesUpOnlyAndTheSystemMayDoIt() throws {
        let working = item(.inProgress, track: .major)
        let first = try apply(working, .escalate(.workGroupHead), by: .system).get()
        #expect(first.item.status == .escalated && first.item.escalation == .workGroupHead && first.entry.actor == .system)
        #expect(throws: WorkflowProblem.escalationNotHigher(current: .workGroupHead, requested: .workGroupHead)) {
            try apply(first.item, .escalate(.workGroupHead), by: .system).get()
        }
        #expect((try? apply(first.item, .escalate(.departmentHead), by: .system).get())?.item.escalation == .departmentHead)
        #expect(throws: WorkflowProblem.roleNotAllowed(.escalate, F.committee, .major)) {
            try apply(working, .escalate(.workGroupHead), by: F.committee).get()
        }
        #expect(throws: WorkflowProblem.roleNotAllowed(.start, .system, .major)) {
            try apply(item(.triaged, track: .major), .start, by: .system).get()
        }
    }

    @Test func closedItemsTakeInternalNotesOnly() throws {
        let closed = item(.closed, track: .urgent, outcome: "แก้ไขแล้ว")
        #expect(throws: WorkflowProblem.notAllowedInStatus(.reopen, .closed)) {
            try apply(closed, .reopen(reason: F.text("ผู้ร้องแจ้งว่ายังไม่หาย", .internalNote)), by: F.head).get()
        }
        let note = try apply(closed, .addInternalNote(F.text("โทรยืนยันกับผู้ร้องแล้ว", .internalNote)), by: F.counterStaff).get()
        #expect(note.item == closed && !note.entry.isPublic && note.entry.from == .closed && note.entry.to == .closed)
        #expect(FeedbackWorkflow.availableActions(for: closed, by: F.admin) == [.addInternalNote, .recordLesson])
    }

    @Test func reopenAndChangeTrackAreForHeads() {
        let resolved = item(.resolved, track: .notUrgent, outcome: "x")
        let reason = FeedbackEvent.reopen(reason: F.text("ยังพบปัญหาเดิม", .internalNote))
        #expect(throws: WorkflowProblem.roleNotAllowed(.reopen, F.counterStaff, .notUrgent)) { try apply(resolved, reason, by: F.counterStaff).get() }
        #expect((try? apply(resolved, reason, by: F.head).get())?.item.status == .inProgress)
        #expect(throws: WorkflowProblem.roleNotAllowed(.changeTrack, F.counterStaff, .urgent)) {
            try apply(item(.triaged, track: .urgent), .changeTrack(.major), by: F.counterStaff).get()
        }
        #expect((try? apply(item(.triaged, track: .urgent), .changeTrack(.major), by: F.head).get())?.item.track == .major)
    }

    @Test func outcomeGoesDirectlyOnlyWithContactAndConsent() {
        #expect(OutcomeDelivery.decide(contactKnown: true, consentToContact: true) == .notifyDirectly)
        #expect(OutcomeDelivery.decide(contactKnown: true, consentToContact: false) == .publish)
        #expect(OutcomeDelivery.decide(contactKnown: false, consentToContact: true) == .publish)
        #expect(OutcomeDelivery.decide(contactKnown: false, consentToContact: false) == .publish)
    }

    @Test func everyProblemHasBothLanguages() {
        let problems: [WorkflowProblem] = [
            .notAllowedInStatus(.close, .received), .roleNotAllowed(.resolve, F.counterStaff, .major), .trackRequired,
            .trackOnlyForComplaints, .decisionOnlyForTrack4, .decisionRequired, .outcomeRequired,
            .escalationNotHigher(current: .departmentHead, requested: .workGroupHead), .sameTrack(.urgent),
        ]
        for p in problems {
            #expect(!p.message(.th).isEmpty && !p.message(.en).isEmpty && p.message(.th) != p.message(.en))
        }
        #expect(WorkflowProblem.roleNotAllowed(.resolve, F.counterStaff, .major).message(.th).contains("เจ้าหน้าที่เคาน์เตอร์"))
    }
}
