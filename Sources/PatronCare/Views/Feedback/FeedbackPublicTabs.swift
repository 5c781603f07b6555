/// The tabs across the top of the public feedback pages: the form, the status look-up and the
/// announcements, the page shown marked current.
enum FeedbackPublicTab: Sendable {
    case form, status, announcements

    static func bar(current: FeedbackPublicTab, _ t: Words) -> HTML {
        func tab(_ tab: FeedbackPublicTab, _ href: String, _ key: String) -> HTML {
            "<a href=\"\(href)\"\(" aria-current=\"page\"", if: tab == current)>\(t(key))</a>"
        }
        return """
        <nav class="tabs">\(tab(.form, SiteRoute.feedbackForm.href, "feedback_form_title")) \
        \(tab(.status, SiteRoute.feedbackStatus().href, "feedback_status_title")) \
        \(tab(.announcements, SiteRoute.feedbackAnnouncements.href, "feedback_announcements_title"))</nav>
        """
    }
}

/// The stylesheet of the feedback pages, linked at the top of their content as the templates did.
enum FeedbackStylesheet {
    static let link: HTML = "<link rel=\"stylesheet\" href=\"\(Asset.feedbackCSS.href)\">"
}
