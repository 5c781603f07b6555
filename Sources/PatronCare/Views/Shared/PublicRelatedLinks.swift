/// The public pages link each other: the refund steps, the feedback form and the status look-up,
/// each page showing the other two (besides the public header's navigation).
enum PublicRelatedLinks {
    enum Page { case refundSteps, feedbackForm, feedbackStatus }

    static func html(except current: Page, _ t: Words) -> HTML {
        let links: [(Page, String, String)] = [
            (.refundSteps, SiteRoute.refundSteps.href, "public_related_refund_steps"),
            (.feedbackForm, SiteRoute.feedbackForm.href, "public_related_feedback"),
            (.feedbackStatus, SiteRoute.feedbackStatus().href, "public_related_status"),
        ]
        let items = links.filter { $0.0 != current }.map { _, href, key -> HTML in "<li><a href=\"\(href)\">\(t(key))</a></li>" }
        return """
        <section class="card related noprint">
          <h2>\(t("public_related_title"))</h2>
          <ul>\(items)</ul>
        </section>
        """
    }
}
