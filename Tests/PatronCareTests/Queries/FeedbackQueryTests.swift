import Fluent
import Foundation
import PatronCore
import Testing
import Vapor
@testable import PatronCare

/// The staff complaint list's reads, directly (SQLite, or PostgreSQL with DATABASE_URL).
@Suite struct FeedbackQueryTests {
    @Test func anEmptyListHasZeroCountsForEveryStatus() async throws {
        try await withTestApp { app in
            let due = try await FeedbackFixtures.store(app).dueDates()
            let page = try await FeedbackQuery.list(FeedbackFilter(), due: due, now: pinnedNow, on: app.db)
            #expect(page.items.isEmpty && page.overdueCount == 0)
            #expect(page.countsByStatus.count == FeedbackStatus.allCases.count && page.countsByStatus.values.allSatisfy { $0 == 0 })
        }
    }

    @Test func theOverdueCountUsesEachItemsTrackAndSkipsFinishedItems() async throws {
        try await withTestApp { app in
            // Track 1 (due the same working day) and track 3 (10 working days) received a week ago: only track 1 is late.
            let late = try await FeedbackFixtures.complaint(app, track: .urgent, at: pinnedNow.addingTimeInterval(-7 * 86_400))
            try await FeedbackFixtures.complaint(app, track: .notUrgent, at: pinnedNow.addingTimeInterval(-7 * 86_400))
            let finished = try await FeedbackFixtures.complaint(app, track: .urgent, at: pinnedNow.addingTimeInterval(-30 * 86_400))
            try await FeedbackItem.query(on: app.db).filter(\.$id == finished.requireID()).set(\.$status, to: .closed).update()
            let due = try await FeedbackFixtures.store(app).dueDates()

            let page = try await FeedbackQuery.list(FeedbackFilter(), due: due, now: pinnedNow, on: app.db)
            #expect(page.overdueCount == 1)
            #expect(page.items.filter(\.overdue).map(\.item.reference) == [late.reference])
        }
    }

    @Test func countsFiltersAndOverdueAgreeWithCountingEachStatus() async throws {
        try await withTestApp { app in
            // One received months ago (overdue), one received today (not yet due), one feedback of another kind.
            let old = try await FeedbackFixtures.receive(app, at: pinnedNow.addingTimeInterval(-120 * 86_400))
            try await FeedbackFixtures.receive(app, summary: "ที่จอดรถเต็ม", at: pinnedNow)
            try await FeedbackFixtures.receive(app, kind: .suggestion, summary: "อยากให้เปิดถึงสี่ทุ่ม", at: pinnedNow)
            let due = try await FeedbackFixtures.store(app).dueDates()

            let page = try await FeedbackQuery.list(FeedbackFilter(), due: due, now: pinnedNow, on: app.db)
            for status in FeedbackStatus.allCases {
                #expect(page.countsByStatus[status] == (try await FeedbackItem.query(on: app.db).filter(\.$status == status).count()), "\(status)")
            }
            #expect(page.items.count == 3)
            #expect(page.overdueCount == 1)
            #expect(page.items.filter(\.overdue).map(\.item.reference) == [old.reference])

            let overdueOnly = try await FeedbackQuery.list(FeedbackFilter(overdue: "1"), due: due, now: pinnedNow, on: app.db)
            #expect(overdueOnly.items.map(\.item.reference) == [old.reference])
            let suggestions = try await FeedbackQuery.list(FeedbackFilter(kind: FeedbackKind.suggestion.rawValue), due: due, now: pinnedNow, on: app.db)
            #expect(suggestions.items.map(\.item.summary) == ["อยากให้เปิดถึงสี่ทุ่ม"])
            let byReference = try await FeedbackQuery.list(FeedbackFilter(q: old.reference), due: due, now: pinnedNow, on: app.db)
            #expect(byReference.items.map(\.item.reference) == [old.reference])
            let byWords = try await FeedbackQuery.list(FeedbackFilter(q: "ที่จอดรถ"), due: due, now: pinnedNow, on: app.db)
            #expect(byWords.items.map(\.item.summary) == ["ที่จอดรถเต็ม"])
        }
    }
}
