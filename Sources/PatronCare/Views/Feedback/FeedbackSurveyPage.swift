import PatronCore

/// The follow-up survey (token link, no sign-in): the score and a comment, or instead of the form
/// a message — answered, expired, not valid, or thanks.
struct FeedbackSurveyPage: Page {
    struct Score: Sendable {
        let value: Int
        let label: String
        let checked: Bool
    }

    let chrome: PageChrome
    let action: String
    let reference: String
    let message: String?
    let error: String?
    let scores: [Score]
    let comment: String

    init(chrome: PageChrome, token: String, reference: String = "", message: String? = nil, error: String? = nil,
         score: Int? = nil, comment: String = "") {
        let language = chrome.language
        self.chrome = chrome
        action = SiteRoute.feedbackSurvey(token: token).href
        self.reference = reference
        self.message = message
        self.error = error
        scores = FollowUpAnswer.scale.reversed().map { Score(value: $0, label: "\($0) — \(FollowUpAnswer.label($0, language))", checked: $0 == score) }
        self.comment = comment
    }

    var content: HTML {
        let t = chrome.words
        return """
        \(FeedbackStylesheet.link)
        <section class="card narrow">
          <h1>\(t("feedback_survey_title"))</h1>
          \(message.map { message -> HTML in "<p class=\"notice\" role=\"status\" id=\"survey-message\">\(message)</p>" } ?? form(t))
        </section>
        """
    }

    private func form(_ t: Words) -> HTML {
        let radios = scores.map { score -> HTML in
            "<label class=\"check\"><input type=\"radio\" name=\"score\" value=\"\(score.value)\"\(" checked", if: score.checked)> \(score.label)</label>"
        }
        return """
        \("<p>\(t("feedback_survey_intro")) \(reference)</p>", if: !reference.isEmpty)
          \(error.map { error -> HTML in "<p class=\"error\" role=\"alert\">\(error)</p>" })
          <form method="post" action="\(action)" class="form-grid">
            <input type="hidden" name="_csrf" value="\(chrome.csrf)">
            <fieldset class="full"><legend>\(t("feedback_survey_question"))</legend>
              \(radios)
            </fieldset>
            <label class="full">\(t("feedback_survey_comment"))<textarea name="comment" rows="4" maxlength="1000">\(comment)</textarea></label>
            <div class="full actions"><button type="submit">\(t("feedback_send"))</button></div>
          </form>
        """
    }
}
