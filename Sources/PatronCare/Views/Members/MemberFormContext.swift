import PatronCore
import Vapor

/// The create and edit page: the values as typed, and the problems next to their fields.
struct MemberFormContext: Encodable {
    let layout: LayoutContext
    let action: String
    let isNew: Bool
    let form: MemberForm
    let errors: [String: String]
    let errorList: [String]
    let segments: [SelectOption]
    let types: [SelectOption]
    let statuses: [SelectOption]
    let languages: [SelectOption]

    init(_ request: Request, form: MemberForm, memberID: UUID?, problems: [MemberProblem] = []) {
        let language = request.language
        isNew = memberID == nil
        layout = LayoutContext(request, title: request.t(isNew ? "member_new_title" : "member_edit_title"))
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
}
