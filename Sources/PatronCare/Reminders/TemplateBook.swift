import Fluent
import Foundation
import PatronCore

/// Every template in force: the administrator's versions over the built-in defaults. Loaded once
/// per run; stored templates were checked when saved, so they parse.
struct TemplateBook: Sendable {
    private let templates: [String: MessageTemplate]
    private let customised: Set<String>

    static func key(_ kind: ReminderKind, _ channel: ContactChannel, _ language: Language) -> String {
        "\(kind.rawValue)/\(channel.rawValue)/\(language.rawValue)"
    }

    /// The built-in templates are parsed here once, not once per message (a campaign renders 100,000s).
    static func load(on db: any Database) async throws -> TemplateBook {
        var templates: [String: MessageTemplate] = [:]
        for kind in ReminderKind.allCases {
            for channel in ContactChannel.allCases {
                for language in Language.allCases {
                    templates[key(kind, channel, language)] = DefaultTemplates.template(kind: kind, channel: channel, language: language)
                }
            }
        }
        var customised: Set<String> = []
        for record in try await MessageTemplateRecord.query(on: db).all() {
            if let template = try? MessageTemplate(channel: record.channel, language: record.language,
                                                   subject: record.channel == .email ? record.subject : nil, body: record.body) {
                templates[key(record.kind, record.channel, record.language)] = template
                customised.insert(key(record.kind, record.channel, record.language))
            }
        }
        return TemplateBook(templates: templates, customised: customised)
    }

    func template(_ kind: ReminderKind, _ channel: ContactChannel, _ language: Language) -> MessageTemplate {
        templates[Self.key(kind, channel, language)] ?? DefaultTemplates.template(kind: kind, channel: channel, language: language)
    }

    func isCustomised(_ kind: ReminderKind, _ channel: ContactChannel, _ language: Language) -> Bool {
        customised.contains(Self.key(kind, channel, language))
    }
}
