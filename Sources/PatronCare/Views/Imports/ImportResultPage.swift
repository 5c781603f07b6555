import Foundation
import PatronCore

/// What an upload did: counts, every invalid row with its line and reasons, and the rejected rows to download.
struct ImportResultPage: Page {
    struct Problem {
        let line: Int
        let messages: [String]
    }

    let chrome: PageChrome
    let filename: String
    let encoding: String
    let created: Int
    let updated: Int
    let unchanged: Int
    let invalid: Int
    let dryRun: Bool
    let refused: Bool
    let applied: Bool
    let problems: [Problem]
    /// The rejected rows as a `data:` link, so nothing about the upload has to be kept on the server.
    let rejectsHref: String?

    init(chrome: PageChrome, filename: String, file: KohaPatronFile, report: MemberImporter.Report) {
        let language = chrome.language
        self.chrome = chrome
        self.filename = filename
        encoding = report.encoding.name(language)
        created = report.created
        updated = report.updated
        unchanged = report.unchanged
        invalid = report.rejected.count
        dryRun = report.dryRun
        refused = report.refused
        applied = report.applied
        problems = report.rejected.map { Problem(line: $0.record.line, messages: $0.problems.messages(language)) }
        if report.rejected.isEmpty {
            rejectsHref = nil
        } else {
            let csv = file.rejectCSV(report.rejected.map(\.record))
            rejectsHref = "data:text/csv;charset=utf-8;base64," + Data(csv.utf8).base64EncodedString()
        }
    }

    var content: HTML {
        let t = chrome.words
        return """
        <h1>\(t("imports_result_title")): \(filename)</h1>
        \("<p class=\"error\" role=\"alert\">\(t("imports_refused"))</p>", if: refused)
        \("<p class=\"notice\">\(t("imports_dry_run_done"))</p>", if: dryRun)
        \("<p class=\"notice\">\(t("imports_done"))\(" \(t("imports_skipped_note"))", if: invalid > 0)</p>", if: applied)
        <section class="stats">
          <div class="stat"><span class="n">\(created)</span>\(t("imports_created"))</div>
          <div class="stat"><span class="n">\(updated)</span>\(t("imports_updated"))</div>
          <div class="stat"><span class="n">\(unchanged)</span>\(t("imports_unchanged"))</div>
          <div class="stat"><span class="n">\(invalid)</span>\(t("imports_invalid"))</div>
        </section>
        <p class="hint">\(t("imports_encoding")): \(encoding)</p>
        \(problems.isEmpty ? nil : problemsSection)
        <p><a href="\(SiteRoute.imports.href)">\(t("imports_again"))</a></p>
        """
    }

    private var problemsSection: HTML {
        let t = chrome.words
        let rows = problems.map { problem -> HTML in
            "<tr><td>\(problem.line)</td><td>\(problem.messages.map { message -> HTML in "\(message)<br>" })</td></tr>"
        }
        return """
        <section class="card">
          <table class="list">
            <thead><tr><th>\(t("imports_line"))</th><th>\(t("imports_problem"))</th></tr></thead>
            <tbody>\(rows)</tbody>
          </table>
          \(rejectsHref.map { href -> HTML in "<p><a href=\"\(href)\" download=\"rejects.csv\">\(t("imports_rejects_download"))</a></p>" })
        </section>
        """
    }
}
