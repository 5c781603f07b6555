import PatronCore

/// The reminder templates: one row per policy kind, channel and language, marked when customised.
struct TemplatesIndexPage: Page {
    struct Row {
        let kind: String
        let channel: String
        let language: String
        let href: String
        let customised: Bool
    }

    let chrome: PageChrome
    let rows: [Row]

    /// `isCustomised`: whether the administrator replaced the built-in template (`TemplateBook.isCustomised`).
    init(chrome: PageChrome, isCustomised: (ReminderKind, ContactChannel, Language) -> Bool) {
        let language = chrome.language
        self.chrome = chrome
        rows = ReminderKind.allCases.flatMap { kind in
            ContactChannel.allCases.flatMap { channel in
                Language.allCases.map { templateLanguage in
                    Row(kind: kind.name(language), channel: channel.name(language), language: templateLanguage == .th ? "ไทย" : "English",
                        href: SiteRoute.template(kind: kind.rawValue, channel: channel.rawValue, language: templateLanguage.rawValue).href,
                        customised: isCustomised(kind, channel, templateLanguage))
                }
            }
        }
    }

    var content: HTML {
        let t = chrome.words
        let tag: HTML = "<span class=\"tag\">\(t("templates_customised"))</span>"
        return """
        <h1>\(t("templates_title"))</h1>
        <table class="list">
          <thead><tr><th>\(t("templates_kind"))</th><th>\(t("outbox_channel"))</th><th>\(t("member_language"))</th><th></th></tr></thead>
          <tbody>\(rows.map { row -> HTML in
            "<tr><td><a href=\"\(row.href)\">\(row.kind)</a></td><td>\(row.channel)</td><td>\(row.language)</td><td>\(tag, if: row.customised)</td></tr>"
          })</tbody>
        </table>
        """
    }
}
