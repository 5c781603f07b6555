import PatronCore

/// The public feedback form (no sign-in): the fields, a honeypot field robots fill in, and the
/// problems of the last try when it is shown again.
struct FeedbackFormPage: Page {
    let chrome: PageChrome
    let fields: FeedbackFieldsView
    let errors: [String]

    init(chrome: PageChrome, form: FeedbackFormValues, errors: [String] = [], maxAttachmentBytes: Int) {
        self.chrome = chrome
        fields = FeedbackFieldsView(form: form, language: chrome.language, maxAttachmentBytes: maxAttachmentBytes)
        self.errors = errors
    }

    var content: HTML {
        let t = chrome.words
        return """
        \(FeedbackStylesheet.link)
        <h1>\(t("feedback_form_title"))</h1>
        <p>\(t("feedback_form_intro"))</p>
        \(FeedbackPublicTab.bar(current: .form, t))
        \(FeedbackFieldsView.errorBox(errors, t))
        <form method="post" action="\(SiteRoute.feedbackForm.href)" class="card form-grid" enctype="multipart/form-data" id="feedback-form">
          <input type="hidden" name="_csrf" value="\(chrome.csrf)">
          <div class="hp" aria-hidden="true"><label>Website<input name="\(Honeypot.fieldName)" value="" tabindex="-1" autocomplete="off"></label></div>
        \(fields.html(t))
          <div class="full actions"><button type="submit">\(t("feedback_send"))</button></div>
        </form>
        \(PublicRelatedLinks.html(except: .feedbackForm, t))
        """
    }
}
