import Foundation
import PatronCore

/// The create and edit page: the values as typed, and the problems next to their fields.
struct MemberFormPage: Page {
    let chrome: PageChrome
    let action: String
    let form: MemberForm
    /// Every message of a field, joined, by field name.
    let errors: [String: String]
    let errorList: [String]
    let segments: [SelectOption]
    let types: [SelectOption]
    let statuses: [SelectOption]
    let languages: [SelectOption]

    /// `memberID` nil: a new member (the form posts to the list); otherwise the member being edited.
    init(chrome: PageChrome, form: MemberForm, memberID: UUID?, problems: [MemberProblem] = []) {
        let language = chrome.language
        self.chrome = chrome
        action = memberID.map { SiteRoute.member($0).href } ?? SiteRoute.members().href
        self.form = form
        var errors: [String: String] = [:]
        for problem in problems {
            errors[problem.field, default: ""] += (errors[problem.field] == nil ? "" : " ") + problem.message(language)
        }
        self.errors = errors
        errorList = problems.map { $0.message(language) }
        segments = SelectOption.segments(language, selected: form.segment)
        types = SelectOption.membershipTypes(language, selected: form.membershipType)
        statuses = SelectOption.statuses(language, selected: form.status)
        languages = SelectOption.languages(selected: form.preferredLanguage)
    }

    var content: HTML {
        let t = chrome.words
        return """
        <h1>\(chrome.title)</h1>
        \(errorSummary)
        \(DateField.assets(t))
        <form method="post" action="\(action)" class="card form-grid">
          <input type="hidden" name="_csrf" value="\(chrome.csrf)">
          <label>\(t("member_card")) *<input name="cardNumber" value="\(form.cardNumber)" required maxlength="32">\(error("cardNumber"))</label>
          <label>\(t("member_segment")) *<select name="segment" required><option value=""></option>\(segments.map(\.optionTag))</select>\(error("segment"))</label>
          <label>\(t("member_first_name_th"))<input name="firstNameTh" value="\(form.firstNameTh)" lang="th">\(error("firstNameTh"))</label>
          <label>\(t("member_last_name_th"))<input name="lastNameTh" value="\(form.lastNameTh)" lang="th"></label>
          <label>\(t("member_first_name_en"))<input name="firstNameEn" value="\(form.firstNameEn)" lang="en"></label>
          <label>\(t("member_last_name_en"))<input name="lastNameEn" value="\(form.lastNameEn)" lang="en"></label>
          <label>\(t("member_type")) *<select name="membershipType" required><option value=""></option>\(types.map(\.optionTag))</select>\(error("membershipType"))</label>
          <label>\(t("member_status"))<select name="status">\(statuses.map(\.optionTag))</select></label>
          <label>\(t("member_enrolled")) *\(DateField.input("enrolledOn", value: form.enrolledOn, t, required: true))\(error("enrolledOn"))</label>
          <label>\(t("member_expires")) *\(DateField.input("expiresOn", value: form.expiresOn, t, required: true))\(error("expiresOn"))</label>
          <label>\(t("member_email"))<input type="email" name="email" value="\(form.email)">\(error("email"))</label>
          <label>\(t("member_mobile"))<input type="tel" name="mobile" value="\(form.mobile)" placeholder="08xxxxxxxx">\(error("mobile"))</label>
          <label>\(t("member_line"))<input name="lineUserID" value="\(form.lineUserID)"></label>
          <label>\(t("member_language"))<select name="preferredLanguage">\(languages.map(\.optionTag))</select></label>
          <label class="full">\(t("member_address_line1"))<input name="addressLine1" value="\(form.addressLine1)"></label>
          <label class="full">\(t("member_address_line2"))<input name="addressLine2" value="\(form.addressLine2)"></label>
          <label class="full">\(t("member_address_line3"))<input name="addressLine3" value="\(form.addressLine3)"></label>
          <label>\(t("member_postcode"))<input name="postcode" value="\(form.postcode)" inputmode="numeric" maxlength="5">\(error("postcode"))</label>
          <fieldset class="full"><legend>\(t("member_consent"))</legend>
            <label class="check"><input type="checkbox" name="consentPostcard"\(" checked", if: form.consentPostcard != nil)> \(t("channel_postcard"))</label>
            <label class="check"><input type="checkbox" name="consentEmail"\(" checked", if: form.consentEmail != nil)> \(t("channel_email"))</label>
            <label class="check"><input type="checkbox" name="consentSMS"\(" checked", if: form.consentSMS != nil)> SMS</label>
            <label class="check"><input type="checkbox" name="consentLINE"\(" checked", if: form.consentLINE != nil)> LINE</label>
            \(error("consentPostcard"))
            \(error("consentEmail"))
            \(error("consentSMS"))
            \(error("consentLINE"))
          </fieldset>
          <label class="full">\(t("member_notes"))<textarea name="notes" rows="3">\(form.notes)</textarea></label>
          <div class="full actions"><button type="submit">\(t("form_save"))</button> <a href="\(SiteRoute.members().href)">\(t("form_cancel"))</a></div>
        </form>
        """
    }

    private var errorSummary: HTML? {
        guard !errorList.isEmpty else { return nil }
        let items = errorList.map { message -> HTML in "<li>\(message)</li>" }
        return "<div class=\"error\" role=\"alert\"><p>\(chrome.words("form_has_errors"))</p><ul>\(items)</ul></div>"
    }

    /// The problems of one field, next to it; nothing when it has none.
    private func error(_ field: String) -> HTML? {
        errors[field].map { message -> HTML in "<span class=\"field-error\">\(message)</span>" }
    }
}
