import PatronCore
import Vapor

/// The values of a feedback form, kept when it is shown again with its problems. The typed-in
/// fields are `FeedbackFields` (the same as the API's), reached as `values.kind`; the form adds
/// its two ticks and, for staff intake, the channel. Posted and encoded flat, all at one level.
@dynamicMemberLookup
struct FeedbackFormValues: Content {
    var fields: FeedbackFields
    var consent: String?
    var anonymous: String?
    /// Staff intake only.
    var channel: String?

    init(fields: FeedbackFields = FeedbackFields(), consent: String? = nil, anonymous: String? = nil, channel: String? = nil) {
        self.fields = fields
        self.consent = consent
        self.anonymous = anonymous
        self.channel = channel
    }

    subscript<Value>(dynamicMember path: WritableKeyPath<FeedbackFields, Value>) -> Value {
        get { fields[keyPath: path] }
        set { fields[keyPath: path] = newValue }
    }

    private enum CodingKeys: String, CodingKey { case consent, anonymous, channel }

    init(from decoder: any Decoder) throws {
        fields = try FeedbackFields(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        consent = try container.decodeIfPresent(String.self, forKey: .consent)
        anonymous = try container.decodeIfPresent(String.self, forKey: .anonymous)
        channel = try container.decodeIfPresent(String.self, forKey: .channel)
    }

    func encode(to encoder: any Encoder) throws {
        try fields.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(consent, forKey: .consent)
        try container.encodeIfPresent(anonymous, forKey: .anonymous)
        try container.encodeIfPresent(channel, forKey: .channel)
    }

    var submission: FeedbackSubmission {
        FeedbackSubmission(fields: fields, consent: consent == "on" || consent == "true", anonymous: anonymous == "on" || anonymous == "true")
    }
}
