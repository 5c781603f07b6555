/// Any error as a page: the status, a message meant for people, and the request id to quote.
/// Plain data, so it renders whatever failed (no database, no template, no session needed).
struct ErrorPage: Page {
    let chrome: PageChrome
    let status: Int
    let message: String
    let requestID: String

    var content: HTML {
        let t = chrome.words
        return """
        <section class="card narrow">
          <h1>\(t("error_title")) (\(status))</h1>
          <p class="error" role="alert">\(message)</p>
          <p class="hint">\(t("error_request_id")): <code>\(requestID)</code></p>
          <p><a href="\(SiteRoute.home.href)">\(t("error_back_home"))</a></p>
        </section>
        """
    }
}
