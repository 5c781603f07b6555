/// What staff see of a queued message's text on the outbox pages: the survey link's token is a
/// one-time password for the person's answer, so it is cut from the link (`/feedback/survey/…`).
/// The message that is sent (and a printed postcard, which is the message) keeps it.
public enum MessageRedaction {
    static let surveyPath = "/feedback/survey/"

    public static func forStaff(_ body: String) -> String {
        guard body.contains(surveyPath) else { return body }
        var out = ""
        var rest = Substring(body)
        while let range = rest.range(of: surveyPath) {
            out += rest[..<range.upperBound]
            out += "…"
            rest = rest[range.upperBound...].drop { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
        }
        out += rest
        return out
    }
}
