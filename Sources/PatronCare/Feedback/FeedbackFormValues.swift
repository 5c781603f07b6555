import PatronCore
import Vapor

/// The values of a feedback form, kept when it is shown again with its problems.
struct FeedbackFormValues: Content {
    var kind: String?
    var service: String?
    var segment: String?
    var summary: String?
    var details: String?
    var contactName: String?
    var contactEmail: String?
    var contactPhone: String?
    var contactChannel: String?
    var consent: String?
    var anonymous: String?
    /// Staff intake only.
    var channel: String?

    var submission: FeedbackSubmission {
        FeedbackSubmission(kind: kind, service: service, segment: segment, summary: summary, details: details, contactName: contactName,
                           contactEmail: contactEmail, contactPhone: contactPhone, contactChannel: contactChannel,
                           consent: consent == "on" || consent == "true", anonymous: anonymous == "on" || anonymous == "true")
    }
}
