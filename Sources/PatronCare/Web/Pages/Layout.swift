/// The frame of every staff and public page: head, top bar with navigation and language switch,
/// the one-time notice, the page's content, the footer.
enum Layout {
    static func document(_ chrome: PageChrome, content: HTML) -> HTML {
        let t = chrome.words
        return """
        <!doctype html>
        <html lang="\(chrome.language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(chrome.title) · \(chrome.libraryName)</title>
        <link rel="stylesheet" href="\(Asset.appCSS.href)">
        <script src="\(Asset.printJS.href)" defer></script>
        </head>
        <body>
        <header class="topbar">
          \(brand(chrome))
          \(navigation(chrome))
          <div class="session">
            <a class="lang" href="\(chrome.switchLanguageHref)" hreflang="\(otherLanguage(chrome).code)">\(otherLanguage(chrome).label)</a>
            \(signedIn(chrome, t))
          </div>
        </header>
        <main>
          \(chrome.notice.map { notice -> HTML in "<p class=\"notice\" role=\"status\">\(notice)</p>" })
          \(content)
        </main>
        <footer class="footer">\(t("footer"))</footer>
        </body>
        </html>

        """
    }

    /// The library's name: to the start page for staff; for the public, with the library's logo when one
    /// is configured, to the public pages (the refund steps, the feedback form, the status look-up) —
    /// never to the staff sign-in, which the public header does not link at all.
    private static func brand(_ chrome: PageChrome) -> HTML {
        guard chrome.signedIn == nil else { return "<a class=\"brand\" href=\"\(SiteRoute.home.href)\">\(chrome.libraryName)</a>" }
        let t = chrome.words
        return """
        <a class="brand" href="\(SiteRoute.refundSteps.href)">\(chrome.logoHref.map { href -> HTML in "<img class=\"logo\" src=\"\(href)\" alt=\"\">" })\(chrome.libraryName)</a>
          <nav class="mainnav public"><a href="\(SiteRoute.refundSteps.href)">\(t("public_nav_refund_steps"))</a><a href="\(SiteRoute.feedbackForm.href)">\(t("public_nav_feedback"))</a><a href="\(SiteRoute.feedbackStatus().href)">\(t("public_nav_status"))</a></nav>
        """
    }

    private static func otherLanguage(_ chrome: PageChrome) -> (code: String, label: String) {
        chrome.language == .th ? ("en", "English") : ("th", "ไทย")
    }

    private static func navigation(_ chrome: PageChrome) -> HTML? {
        guard chrome.signedIn != nil else { return nil }
        let items = chrome.nav.map { item -> HTML in
            "<a href=\"\(item.href)\"\(" aria-current=\"page\"", if: item.current)>\(item.label)</a>"
        }
        return "<nav class=\"mainnav\">\(items)</nav>"
    }

    private static func signedIn(_ chrome: PageChrome, _ t: Words) -> HTML? {
        guard let staff = chrome.signedIn else { return nil }
        return """
        <span class="who">\(staff.name) <small>\(staff.roleName)</small></span>
            <form method="post" action="\(SiteRoute.logout.href)" class="inline">
              <input type="hidden" name="_csrf" value="\(chrome.csrf)">
              <button type="submit" class="link">\(t("nav_logout"))</button>
            </form>
        """
    }
}
