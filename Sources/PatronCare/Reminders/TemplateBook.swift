import Fluent
import Foundation
import PatronCore

/// Every template in force: the administrator's versions over the built-in defaults. Loaded once
/// per run; stored templates were checked when saved, so they parse.
struct TemplateBook: Sendable {
    private let templates: [String: MessageTemplate]

    static func key(_ kind: ReminderKind, _ channel: ContactChannel, _ language: Language) -> String {
        "\(kind.rawValue)/\(channel.rawValue)/\(language.rawValue)"
    }

    static func load(on db: any Database) async throws -> TemplateBook {
        var templates: [String: MessageTemplate] = [:]
        for record in try await MessageTemplateRecord.query(on: db).all() {
            if let template = try? MessageTemplate(channel: record.channel, language: record.language,
                                                   subject: record.channel == .email ? record.subject : nil, body: record.body) {
                templates[key(record.kind, record.channel, record.language)] = template
            }
        }
        return TemplateBook(templates: templates)
    }

    func template(_ kind: ReminderKind, _ channel: ContactChannel, _ language: Language) -> MessageTemplate {
        templates[Self.key(kind, channel, language)] ?? DefaultTemplates.template(kind: kind, channel: channel, language: language)
    }

    func isCustomised(_ kind: ReminderKind, _ channel: ContactChannel, _ language: Language) -> Bool {
        templates[Self.key(kind, channel, language)] != nil
    }
}
