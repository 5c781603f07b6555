import PatronCore

/// One reminder template: the form (again with its problems after a refused save), the reset to the
/// default, a preview for a chosen member (or sample values) with the SMS length, and the placeholders.
struct TemplateEditPage: Page {
    struct PlaceholderRow {
        let token: String
        let explanation: String
    }

    let chrome: PageChrome
    let kindName: String
    let channelName: String
    let languageName: String
    let action: String
    let resetAction: String
    let hasSubject: Bool
    let subject: String
    let body: String
    let errors: [String]
    let placeholders: [PlaceholderRow]
    let previewCard: String
    let previewSubject: String?
    let previewBody: String
    let previewNote: String?
    let smsPreview: String?
    let customised: Bool
    /// The preview shows the text in the form (not saved yet), not the saved template.
    let previewOfTyped: Bool

    /// `subject`/`body`: the text in the form; `preview`: the template rendered for `previewCard`'s member
    /// (or sample values, `previewNote` saying which).
    init(chrome: PageChrome, kind: ReminderKind, channel: ContactChannel, language: Language, subject: String, body: String,
         errors: [String], customised: Bool, previewCard: String, preview: ReminderRenderer.Rendered, previewNote: String?,
         previewOfTyped: Bool = false) {
        let uiLanguage = chrome.language
        self.chrome = chrome
        kindName = kind.name(uiLanguage)
        channelName = channel.name(uiLanguage)
        languageName = language == .th ? "ไทย" : "English"
        action = SiteRoute.template(kind: kind.rawValue, channel: channel.rawValue, language: language.rawValue).href
        resetAction = SiteRoute.templateReset(kind: kind.rawValue, channel: channel.rawValue, language: language.rawValue).href
        hasSubject = channel == .email
        self.subject = subject
        self.body = body
        self.errors = errors
        placeholders = Placeholder.allCases.map { PlaceholderRow(token: $0.token, explanation: $0.explanation(uiLanguage)) }
        self.previewCard = previewCard
        previewSubject = preview.subject
        previewBody = preview.body
        self.previewNote = previewNote
        smsPreview = preview.smsSegments?.preview(uiLanguage)
        self.customised = customised
        self.previewOfTyped = previewOfTyped
    }

    var content: HTML {
        let t = chrome.words
        return """
        <h1>\(kindName) · \(channelName) · \(languageName)</h1>
        \(errors.isEmpty ? nil : "<div class=\"error\" role=\"alert\"><p>\(t("templates_not_saved"))</p><ul>\(errors.map { error -> HTML in "<li>\(error)</li>" })</ul></div>" as HTML)
        <form method="post" action="\(action)" class="card form-grid">
          <input type="hidden" name="_csrf" value="\(chrome.csrf)">
          \("<label class=\"full\">\(t("outbox_subject"))<input name=\"subject\" value=\"\(subject)\"></label>", if: hasSubject)
          <label class="full">\(t("templates_body"))<textarea name="body" rows="12">\(body)</textarea></label>
          <label>\(t("member_card"))<input name="card" value="\(previewCard)"></label>
          <div class="full actions"><button type="submit" name="intent" value="preview" id="template-preview">\(t("templates_preview_button"))</button> \
        <button type="submit" name="intent" value="save">\(t("form_save"))</button> <a href="\(SiteRoute.templates.href)">\(t("form_cancel"))</a></div>
        </form>
        \("<form method=\"post\" action=\"\(resetAction)\"><input type=\"hidden\" name=\"_csrf\" value=\"\(chrome.csrf)\"><button type=\"submit\" class=\"link\">\(t("templates_reset"))</button></form>", if: customised)
        <section class="card">
          <h2>\(t("templates_preview"))</h2>
          \("<p class=\"notice\" id=\"preview-unsaved\">\(t("templates_preview_unsaved"))</p>", if: previewOfTyped)
          \(previewNote.map { note -> HTML in "<p class=\"hint\">\(note)</p>" })
          \(previewSubject.map { subject -> HTML in "<p><strong>\(subject)</strong></p>" })
          <pre class="message">\(previewBody)</pre>
          \(smsPreview.map { preview -> HTML in "<p class=\"hint\">\(preview)</p>" })
        </section>
        <section class="card">
          <h2>\(t("templates_placeholders"))</h2>
          <dl class="facts">\(placeholders.map { placeholder -> HTML in "<dt><code>\(placeholder.token)</code></dt><dd>\(placeholder.explanation)</dd>" })</dl>
        </section>
        """
    }
}
