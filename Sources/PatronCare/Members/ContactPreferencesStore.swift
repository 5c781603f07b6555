import Fluent
import Foundation
import PatronCore

/// Records a member's consent and opt-out changes: the member row holds the current state (what the
/// planner reads), and each change adds one append-only `contact_preference_changes` row — both in
/// one transaction, decided by the core (`ContactPreferenceChange.applied`).
enum ContactPreferencesStore {
    static func record(_ change: ContactPreferenceChange, for member: Member, by staff: String, at instant: Date,
                       note: String = "", on db: any Database) async throws {
        let next: ContactPreferences
        switch change.applied(to: member.contactPreferences) {
        case .failure(let problem): throw problem
        case .success(let preferences): next = preferences
        }
        let memberID = try member.requireID()
        try await db.transaction { db in
            member.remindersOptOut = next.optedOutOfAll
            member.optedOutChannels = next.optedOutChannels
            member.consentPostcard = next.consent.postcard
            member.consentEmail = next.consent.email
            member.consentSMS = next.consent.sms
            member.consentLINE = next.consent.line
            try await member.update(on: db)
            try await ContactPreferenceChangeRecord(memberID: memberID, change: change, by: staff, at: instant, note: note).create(on: db)
        }
    }

    /// The rows for consent the member form changed (counter staff ticking boxes), written with the save.
    static func recordConsentEdits(from old: ChannelConsent, to new: ChannelConsent, memberID: UUID, by staff: String, at instant: Date,
                                   on db: any Database) async throws {
        for change in ContactPreferenceChange.consentChanges(from: old, to: new, via: .counter) {
            try await ContactPreferenceChangeRecord(memberID: memberID, change: change, by: staff, at: instant, note: "member form")
                .create(on: db)
        }
    }

    static func history(of memberID: UUID, on db: any Database) async throws -> [ContactPreferenceChangeRecord] {
        try await ContactPreferenceChangeRecord.query(on: db).filter(\.$member.$id == memberID).sort(\.$recordedAt, .descending).all()
    }
}
