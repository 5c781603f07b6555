import Foundation
import PatronCore
import Vapor

extension Request {
    /// The reader's words, for pages and messages.
    var words: Words { Words(strings: application.strings, language: language) }

    /// The frame of a page for this request. Takes the one-time notice (it shows once).
    func pageChrome(title: String, notice: String? = nil) -> PageChrome {
        let words = self.words
        let staff = auth.get(StaffUser.self)
        let other: Language = language == .th ? .en : .th
        var components = URLComponents(string: url.string) ?? URLComponents()
        var query = (components.queryItems ?? []).filter { $0.name != "lang" }
        query.append(URLQueryItem(name: "lang", value: other.rawValue))
        components.queryItems = query
        return PageChrome(
            title: title,
            words: words,
            signedIn: staff.map { PageChrome.SignedIn(name: $0.displayName, roleName: $0.role.name(language)) },
            nav: staff.map { PageChrome.navigation(for: $0.role, path: url.path, words: words) } ?? [],
            csrf: csrfToken,
            notice: notice ?? takeNotice(),
            demoMode: config.demoMode,
            switchLanguageHref: components.string ?? "?lang=\(other.rawValue)", libraryName: config.libraryName,
            logoHref: config.logo?.href)
    }

    /// Shows a message once on the next page (after a redirect); kept in the staff session.
    func setNotice(_ text: String) {
        guard let record = sessionState.record else { return }
        record.notice = text
        sessionState.noticeChanged = true
    }

    func takeNotice() -> String? {
        guard let record = sessionState.record, let text = record.notice else { return nil }
        record.notice = nil
        sessionState.noticeChanged = true
        return text
    }
}
