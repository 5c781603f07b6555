import Foundation
import PatronCore
import Vapor

/// The complaints feature's settings: part of `AppConfig` (`config.complaints`), read once at start-up
/// from the same dictionary as the rest, so a test sets them as it sets any other setting.
struct ComplaintSettings: Sendable {
    /// Track targets in working days and escalation ladders (MT meeting days come from the database).
    var trackPolicy: TrackPolicy
    /// When the satisfaction survey goes out after closing (1…30 days, default 7).
    var followUp: FollowUpPolicy
    /// Public submissions per client address (web form and API).
    var rateLimit: RateLimitRule
    /// Where published outcomes are e-mailed (`PATRONCARE_ANNOUNCEMENTS_EMAIL`); nil: no e-mail.
    var announcementsEmail: String?
    /// The complaints desk: owner reminders when overdue, monthly report reminders.
    var complaintsEmail: String?
    /// Escalation recipients; each falls back to the complaints desk.
    var workGroupHeadEmail: String?
    var departmentHeadEmail: String?
    /// The site's public address, for links in messages (survey links).
    var publicURL: String
    /// Largest attachment on the public form.
    var maxAttachmentBytes: Int

    static let `default` = ComplaintSettings(
        trackPolicy: .default, followUp: .default, rateLimit: .default, announcementsEmail: nil, complaintsEmail: nil,
        workGroupHeadEmail: nil, departmentHeadEmail: nil, publicURL: "http://127.0.0.1:8080",
        maxAttachmentBytes: 5 * 1024 * 1024)

    /// `publicURL` is the app's one (`AppConfig`), read and checked there.
    static func load(values: ConfigurationValues, publicURL: String) throws -> ComplaintSettings {
        var settings = ComplaintSettings.default
        if let text = values.nonEmpty(.complaintTargets) {
            settings.trackPolicy = try parseTargets(text, base: settings.trackPolicy)
        }
        if let text = values.nonEmpty(.followUpDays) {
            guard let n = Int(text), FollowUpPolicy.allowedDays.contains(n) else {
                throw ConfigError("PATRONCARE_FOLLOWUP_DAYS must be 1–30 days after closing (got “\(text)”).")
            }
            settings.followUp = FollowUpPolicy(daysAfterClosing: n)
        }
        if let text = values.nonEmpty(.feedbackRateLimit) {
            let parts = text.split(separator: "/")
            guard parts.count == 2, let max = Int(parts[0]), let minutes = Int(parts[1]), max > 0, minutes > 0 else {
                throw ConfigError("PATRONCARE_FEEDBACK_RATE_LIMIT must be SUBMISSIONS/MINUTES, e.g. 5/10 (got “\(text)”).")
            }
            settings.rateLimit = RateLimitRule(maximum: max, window: TimeInterval(minutes * 60))
        }
        settings.announcementsEmail = try email(.announcementsEmail, values)
        settings.complaintsEmail = try email(.complaintsEmail, values)
        settings.workGroupHeadEmail = try email(.workGroupHeadEmail, values)
        settings.departmentHeadEmail = try email(.departmentHeadEmail, values)
        settings.publicURL = publicURL
        return settings
    }

    /// `1:0,2:3,3:10` (track: working days), optionally `other:10` for suggestions, comments, compliments.
    static func parseTargets(_ text: String, base: TrackPolicy) throws -> TrackPolicy {
        var policy = base
        for pair in text.split(separator: ",") {
            let kv = pair.split(separator: ":").map { $0.trimmingCharacters(in: .whitespaces) }
            guard kv.count == 2, let days = Int(kv[1]) else {
                throw ConfigError("PATRONCARE_COMPLAINT_TARGETS: “\(pair)” is not TRACK:DAYS (e.g. 1:0,2:3,3:10).")
            }
            if kv[0] == "other" {
                policy.otherKindsWorkingDays = days
            } else if kv[0] == "4" {
                policy.track4FallbackWorkingDays = days
            } else if let track = ComplaintTrack(code: kv[0]) {
                policy.targetWorkingDays[track] = days
            } else {
                throw ConfigError("PATRONCARE_COMPLAINT_TARGETS: “\(kv[0])” is not a track (1–4 or other).")
            }
        }
        if let problem = policy.problems().first { throw ConfigError("PATRONCARE_COMPLAINT_TARGETS: \(problem.message(.en))") }
        return policy
    }

    private static func email(_ variable: ConfigurationVariable, _ values: ConfigurationValues) throws -> String? {
        let name = variable.name
        guard let value = values.nonEmpty(variable) else { return nil }
        guard EmailAddress.isValid(value) else { throw ConfigError("\(name): “\(value)” is not an e-mail address.") }
        return value
    }
}
