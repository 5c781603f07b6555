import PatronCore

/// "We aim to answer by …" on the public thank-you and status pages: the core's `ReplyExpectation`
/// as a date in the reader's calendar (Buddhist era in Thai), how it was reached, and, for an item
/// sent without contact details, where the answer will be (the published outcomes).
enum ReplyExpectationView {
    static func html(_ expected: ReplyExpectation?, anonymous: Bool, _ t: Words) -> HTML? {
        guard let expected else { return nil }
        let day = DateDisplay.long(expected.day, t.language)
        let sentence: String
        switch expected.basis {
        case .untriaged(let days):
            sentence = t("feedback_expect_reply_by").replacingOccurrences(of: "{date}", with: day) + " "
                + t("feedback_expect_reply_untriaged").replacingOccurrences(of: "{days}", with: String(days))
        case .workingDays(let days):
            sentence = t("feedback_expect_reply_by").replacingOccurrences(of: "{date}", with: day) + " "
                + t("feedback_expect_reply_working_days").replacingOccurrences(of: "{days}", with: String(days))
        case .mtMeeting:
            sentence = t("feedback_expect_reply_meeting").replacingOccurrences(of: "{date}", with: day)
        }
        return """
        <p class="expect-reply" id="expected-reply" data-day="\(expected.day.iso)">\(sentence)</p>
        \("<p class=\"hint\">\(t("feedback_expect_reply_anonymous")) <a href=\"\(SiteRoute.feedbackAnnouncements.href)\">\(t("feedback_announcements_title"))</a></p>", if: anonymous)
        """
    }
}
