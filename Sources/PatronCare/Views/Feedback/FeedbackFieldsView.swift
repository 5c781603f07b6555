import PatronCore

/// The fields the public feedback form and the staff intake form share (kind, service, segment,
/// summary, details, attachment, contact and consent), filled with the values sent last time.
struct FeedbackFieldsView: Sendable {
    let form: FeedbackFormValues
    let kinds: [SelectOption]
    let services: [SelectOption]
    let segments: [SelectOption]
    let maxAttachmentMB: Int

    init(form: FeedbackFormValues, language: Language, maxAttachmentBytes: Int) {
        self.form = form
        kinds = FeedbackOptions.kinds(language, selected: form.kind ?? "complaint")
        services = FeedbackOptions.services(language, selected: form.service)
        segments = SelectOption.segments(language, selected: form.segment)
        maxAttachmentMB = maxAttachmentBytes / 1024 / 1024
    }

    func html(_ t: Words) -> HTML {
        """
          <label>\(t("feedback_kind"))<select name="kind" required>\(kinds.map(\.optionTag))</select></label>
          <label>\(t("feedback_service"))<select name="service">\(services.map(\.optionTag))</select></label>
          <label>\(t("feedback_segment"))<select name="segment"><option value="">\(t("feedback_segment_unknown"))</option>\(segments.map(\.optionTag))</select></label>
          <label class="full">\(t("feedback_summary"))<input name="summary" value="\(form.summary)" maxlength="200" required></label>
          <label class="full">\(t("feedback_details"))<textarea name="details" rows="6" maxlength="4000">\(form.details)</textarea></label>
          <label class="full">\(t("feedback_attachment")) <small>\(t("feedback_attachment_hint")) \(maxAttachmentMB) MB</small><input type="file" name="attachment" accept="image/jpeg,image/png,application/pdf"></label>
          <fieldset class="full"><legend>\(t("feedback_contact"))</legend>
            <p class="hint">\(t("feedback_contact_hint"))</p>
            <label class="check"><input type="checkbox" name="anonymous" value="on"\(" checked", if: form.anonymous == "on")> \(t("feedback_anonymous"))</label>
            <label>\(t("feedback_contact_name"))<input name="contactName" value="\(form.contactName)" maxlength="200" autocomplete="name"></label>
            <label>\(t("feedback_contact_email"))<input type="email" name="contactEmail" value="\(form.contactEmail)" autocomplete="email"></label>
            <label>\(t("feedback_contact_phone"))<input type="tel" name="contactPhone" value="\(form.contactPhone)" autocomplete="tel"></label>
            <label>\(t("feedback_contact_channel"))<select name="contactChannel"><option value="email">\(t("feedback_by_email"))</option><option value="sms"\(" selected", if: form.contactChannel == "sms")>\(t("feedback_by_sms"))</option></select></label>
            <label class="check"><input type="checkbox" name="consent" value="on"\(" checked", if: form.consent == "on")> \(t("feedback_consent_text"))</label>
          </fieldset>
        """
    }

    /// The refusal box above a form shown again: the heading and each problem.
    static func errorBox(_ errors: [String], _ t: Words) -> HTML? {
        guard !errors.isEmpty else { return nil }
        return "<div class=\"error\" role=\"alert\"><p>\(t("feedback_refused"))</p><ul>\(errors.map { error -> HTML in "<li>\(error)</li>" })</ul></div>"
    }
}
