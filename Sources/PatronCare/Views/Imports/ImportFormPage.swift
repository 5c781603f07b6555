import Foundation
import PatronCore

/// The upload page, with the category mapping in force so staff know how codes will be read.
struct ImportFormPage: Page {
    struct MappingRow {
        let code: String
        let membershipType: String
        let segment: String
    }

    let chrome: PageChrome
    /// Why the last upload was refused; nil on the first showing.
    let error: String?
    let mapping: [MappingRow]

    init(chrome: PageChrome, mapping: KohaCategoryMapping, error: String?) {
        let language = chrome.language
        self.chrome = chrome
        self.error = error
        self.mapping = mapping.codes.compactMap { code in
            mapping.entry(for: code).map {
                MappingRow(code: code, membershipType: $0.membershipType.name(language),
                           segment: "\($0.segment.rawValue) — \($0.segment.name(language))")
            }
        }
    }

    var content: HTML {
        let t = chrome.words
        let rows = mapping.map { row -> HTML in "<tr><td>\(row.code)</td><td>\(row.membershipType)</td><td>\(row.segment)</td></tr>" }
        return """
        <h1>\(t("imports_title"))</h1>
        \(error.map { message -> HTML in "<p class=\"error\" role=\"alert\">\(message)</p>" })
        <section class="card">
          <p>\(t("imports_intro"))</p>
          <form method="post" action="\(SiteRoute.imports.href)" enctype="multipart/form-data" class="form-grid">
            <input type="hidden" name="_csrf" value="\(chrome.csrf)">
            <label class="full">\(t("imports_file"))<input type="file" name="file" accept=".csv,text/csv" required></label>
            <label class="check"><input type="checkbox" name="dryRun" checked> \(t("imports_dry_run"))</label>
            <label class="check"><input type="checkbox" name="skipInvalid"> \(t("imports_skip_invalid"))</label>
            <div class="full actions"><button type="submit">\(t("imports_submit"))</button></div>
          </form>
        </section>
        <section class="card">
          <h2>\(t("imports_mapping"))</h2>
          <table class="list">
            <thead><tr><th>\(t("imports_category"))</th><th>\(t("member_type"))</th><th>\(t("member_segment"))</th></tr></thead>
            <tbody>\(rows)</tbody>
          </table>
        </section>
        """
    }
}
