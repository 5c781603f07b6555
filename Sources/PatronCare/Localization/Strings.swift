import Foundation
import PatronCore
import Vapor

/// The UI's words in Thai and English, loaded once from `Resources/Localization/{th,en}/*.json`
/// (one file per feature, merged; a key defined twice is a start-up error).
/// Pages look words up through `Words` (`t("members_title")`), one key at a time.
struct Strings: Sendable {
    private let tables: [Language: [String: String]]

    init(directory: String) throws {
        var tables: [Language: [String: String]] = [:]
        for language in Language.allCases {
            let folder = directory + language.rawValue + "/"
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder))?.filter { $0.hasSuffix(".json") }.sorted() ?? []
            guard !files.isEmpty else { throw ConfigError("No translation files in \(folder)") }
            var table: [String: String] = [:]
            for file in files {
                guard let data = FileManager.default.contents(atPath: folder + file) else { throw ConfigError("Cannot read \(folder + file)") }
                let entries = try JSONDecoder().decode([String: String].self, from: data)
                if let repeated = entries.keys.first(where: { table[$0] != nil }) {
                    throw ConfigError("Translation key \(repeated) is defined twice (\(folder + file))")
                }
                table.merge(entries) { first, _ in first }
            }
            tables[language] = table
        }
        self.tables = tables
    }

    /// The text for `key`; the key itself when missing, so a gap shows up on screen and in tests.
    func callAsFunction(_ key: String, _ language: Language) -> String {
        tables[language]?[key] ?? key
    }

    func keys(_ language: Language) -> Set<String> { Set((tables[language] ?? [:]).keys) }
}

extension Application {
    private struct StringsKey: StorageKey { typealias Value = Strings }

    var strings: Strings {
        get {
            guard let strings = storage[StringsKey.self] else { fatalError("configure(_:) loads the strings first") }
            return strings
        }
        set { storage[StringsKey.self] = newValue }
    }
}

extension Request {
    private struct LanguageKey: StorageKey { typealias Value = Language }

    /// The reader's language, chosen by `LanguageMiddleware`.
    var language: Language {
        get { storage[LanguageKey.self] ?? application.config.defaultLanguage }
        set { storage[LanguageKey.self] = newValue }
    }

    /// Shorthand for a UI text in the reader's language.
    func t(_ key: String) -> String { application.strings(key, language) }
}

/// Picks the language, the reader's choice first: `?lang=en` (the switch in every page's header)
/// switches and is remembered in a cookie for a year; otherwise the cookie; otherwise
/// `PATRONCARE_LANGUAGE` (default `th`). The browser's Accept-Language is never used: a staff
/// laptop set up in English must not turn a Thai library's pages — and their Buddhist-era dates —
/// into English for someone who never asked.
struct LanguageMiddleware: AsyncMiddleware {
    static let cookieName = "patroncare_lang"

    /// The language for a request: the switch, then the remembered choice, then the configured default.
    static func language(switchedTo query: String?, remembered cookie: String?, default configured: Language) -> Language {
        query.flatMap(Language.init(rawValue:)) ?? cookie.flatMap(Language.init(rawValue:)) ?? configured
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let chosen = request.query[String.self, at: "lang"].flatMap(Language.init(rawValue:))
        request.language = Self.language(switchedTo: chosen?.rawValue, remembered: request.cookies[Self.cookieName]?.string,
                                         default: request.application.config.defaultLanguage)
        let response = try await next.respond(to: request)
        if let chosen {
            response.cookies[Self.cookieName] = HTTPCookies.Value(
                string: chosen.rawValue, maxAge: 365 * 24 * 3600, path: "/", isHTTPOnly: true, sameSite: .lax)
        }
        return response
    }
}
