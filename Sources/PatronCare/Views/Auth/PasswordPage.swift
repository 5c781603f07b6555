/// Choosing a new password: required after an administrator asks for it, open to anyone signed in.
struct PasswordPage: Page {
    let chrome: PageChrome
    /// The account must choose a new password before anything else.
    let required: Bool
    let errors: [String]

    var content: HTML {
        let t = chrome.words
        return """
        <section class="card narrow">
          <h1>\(t("password_title"))</h1>
          \("<p class=\"notice\" role=\"status\">\(t("password_change_required"))</p>", if: required)
          \("<div class=\"error\" role=\"alert\"><ul>\(errors.map { error -> HTML in "<li>\(error)</li>" })</ul></div>", if: !errors.isEmpty)
          <form method="post" action="\(SiteRoute.accountPassword.href)">
            <input type="hidden" name="_csrf" value="\(chrome.csrf)">
            <label>\(t("password_new"))<input type="password" name="password" autocomplete="new-password" required minlength="10"></label>
            <label>\(t("password_confirm"))<input type="password" name="confirmation" autocomplete="new-password" required minlength="10"></label>
            <button type="submit">\(t("password_save"))</button>
          </form>
        </section>
        """
    }
}
