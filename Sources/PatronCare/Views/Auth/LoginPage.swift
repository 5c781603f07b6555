/// The staff sign-in form, shown again with the reason when a sign-in fails or is paused.
struct LoginPage: Page {
    let chrome: PageChrome
    /// What was typed, echoed back (never the password).
    let username: String
    let error: String?

    init(chrome: PageChrome, username: String = "", error: String? = nil) {
        self.chrome = chrome
        self.username = username
        self.error = error
    }

    var content: HTML {
        let t = chrome.words
        return """
        <section class="card narrow">
          <h1>\(t("login_title"))</h1>
          \(error.map { error -> HTML in "<p class=\"error\" role=\"alert\">\(error)</p>" })
          <form method="post" action="\(SiteRoute.login.href)">
            <input type="hidden" name="_csrf" value="\(chrome.csrf)">
            <label>\(t("login_username"))<input name="username" value="\(username)" autocomplete="username" required autofocus></label>
            <label>\(t("login_password"))<input type="password" name="password" autocomplete="current-password" required></label>
            <button type="submit">\(t("login_submit"))</button>
          </form>
          \("<p class=\"hint\">\(t("login_demo_hint"))</p>", if: chrome.demoMode)
        </section>
        """
    }
}
