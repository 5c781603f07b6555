import Fluent
import PatronCore
import Testing
import Vapor
@testable import PatronCare

/// The start page's figures, read directly (SQLite, or PostgreSQL with DATABASE_URL).
@Suite struct HomeStatsTests {
    @Test func anEmptyRegistryHasZeroEverywhere() async throws {
        try await withTestApp { app in
            let stats = try await HomeStats.read(today: pinnedToday, on: app.db)
            #expect(stats == HomeStats(total: 0, expired: 0, expiringSoon: 0, bySegment: Dictionary(uniqueKeysWithValues: Segment.allCases.map { ($0, 0) })))
        }
    }

    @Test func countsExpiredExpiringAndEverySegment() async throws {
        try await withTestApp { app in
            // Imported-looking history: one member long expired, one expiring today, one at the window's edge, one beyond it.
            try await MemberFixtures.store(MemberFixtures.draft("EXA-1", segment: .pa1, expires: pinnedToday.adding(years: -6)), on: app)
            try await MemberFixtures.store(MemberFixtures.draft("EXA-2", segment: .pa1, expires: pinnedToday.adding(days: -1)), on: app)
            try await MemberFixtures.store(MemberFixtures.draft("EXA-3", segment: .u5, expires: pinnedToday), on: app)
            try await MemberFixtures.store(MemberFixtures.draft("EXA-4", segment: .u5, expires: pinnedToday.adding(days: HomeStats.expiringWindowDays)), on: app)
            try await MemberFixtures.store(MemberFixtures.draft("EXA-5", segment: .u5, expires: pinnedToday.adding(days: HomeStats.expiringWindowDays + 1)), on: app)
            let stats = try await HomeStats.read(today: pinnedToday, on: app.db)
            #expect(stats.total == 5)
            #expect(stats.expired == 2)
            #expect(stats.active == 3)
            #expect(stats.expiringSoon == 2)
            #expect(stats.bySegment[.pa1] == 2)
            #expect(stats.bySegment[.u5] == 3)
            #expect(stats.bySegment.count == Segment.allCases.count)
            #expect(stats.bySegment.values.reduce(0, +) == stats.total)
        }
    }
}
