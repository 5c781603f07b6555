import Foundation
import PatronCore
import Vapor

/// The upload page, with the category mapping in force so staff know how codes will be read.
struct ImportFormContext: Encodable {
    struct MappingRow: Encodable {
        let code: String
        let membershipType: String
        let segment: String
    }

    let layout: LayoutContext
    let error: String?
    let mapping: [MappingRow]

    init(_ request: Request, mapping: KohaCategoryMapping, error: String?) {
        let language = request.language
        layout = LayoutContext(request, title: request.t("imports_title"))
        self.error = error
        self.mapping = mapping.codes.compactMap { code in
            mapping.entry(for: code).map {
                MappingRow(code: code, membershipType: $0.membershipType.name(language),
                           segment: "\($0.segment.rawValue) — \($0.segment.name(language))")
            }
        }
    }
}

/// What an upload did: counts, every invalid row with its line and reasons, and the rejected rows to download.
struct ImportResultContext: Encodable {
    struct Problem: Encodable {
        let line: Int
        let messages: [String]
    }

    let layout: LayoutContext
    let filename: String
    let encoding: String
    let rows: Int
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

    init(_ request: Request, filename: String, file: KohaPatronFile, report: MemberImporter.Report) {
        let language = request.language
        layout = LayoutContext(request, title: request.t("imports_result_title"))
        self.filename = filename
        encoding = report.encoding.name(language)
        rows = report.rows
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
}
