/// Staff record feedback received at the counter, by phone or letter: the channel plus the shared fields.
struct FeedbackIntakePage: Page {
    let chrome: PageChrome
    let channels: [SelectOption]
    let fields: FeedbackFieldsView
    let errors: [String]

    init(chrome: PageChrome, form: FeedbackFormValues, errors: [String] = [], maxAttachmentBytes: Int) {
        self.chrome = chrome
        channels = FeedbackOptions.staffChannels(chrome.language, selected: form.channel)
        fields = FeedbackFieldsView(form: form, language: chrome.language, maxAttachmentBytes: maxAttachmentBytes)
        self.errors = errors
    }

    var content: HTML {
        let t = chrome.words
        return """
        \(FeedbackStylesheet.link)
        <h1>\(t("feedback_intake_title"))</h1>
        \(FeedbackFieldsView.errorBox(errors, t))
        <form method="post" action="\(SiteRoute.complaints().href)" class="card form-grid" enctype="multipart/form-data">
          <input type="hidden" name="_csrf" value="\(chrome.csrf)">
          <label>\(t("feedback_channel"))<select name="channel">\(channels.map(\.optionTag))</select></label>
        \(fields.html(t))
          <div class="full actions"><button type="submit">\(t("feedback_record"))</button> <a href="\(SiteRoute.complaints().href)">\(t("form_cancel"))</a></div>
        </form>
        """
    }
}
