import Fluent
import PatronCore
import Vapor

/// The staff upload page for Koha patron files: same rules as `patroncare import koha-patrons`.
struct MemberImportController: RouteCollection {
    /// The largest import file (`PATRONCARE_MAX_UPLOAD_MB`); only this route takes such a body.
    var maxUploadBytes: Int

    func boot(routes: any RoutesBuilder) throws {
        let imports = routes.grouped(RequirePermission(.importMembers))
        imports.get(.imports, use: form)
        imports.upload(.imports, maxBytes: maxUploadBytes + UploadLimit.formOverhead, use: upload)
    }

    struct UploadForm: Content {
        var file: File?
        var dryRun: String?
        var skipInvalid: String?
        var encoding: String?
    }

    @Sendable func form(req: Request) async throws -> ImportFormPage {
        ImportFormPage(chrome: req.pageChrome(title: req.t("imports_title")), mapping: try mapping(req), error: nil)
    }

    @Sendable func upload(req: Request) async throws -> Response {
        let upload = try req.content.decode(UploadForm.self)
        let mapping = try mapping(req)
        guard let file = upload.file, file.data.readableBytes > 0 else {
            return try await refuse(req, mapping: mapping, message: req.t("imports_no_file"))
        }
        let patrons: KohaPatronFile
        do {
            patrons = try KohaPatronFile(bytes: Array(buffer: file.data), encodingLabel: upload.encoding)
        } catch {
            return try await refuse(req, mapping: mapping, message: error.message(req.language))
        }
        let options = MemberImporter.Options(dryRun: upload.dryRun != nil, skipInvalid: upload.skipInvalid != nil, mapping: mapping)
        let report = try await MemberImporter.run(patrons, options: options, at: req.clock.now(), on: req.db)
        let staff = try req.staff
        req.logger.notice("Koha import by \(staff.username): \(file.filename), rows \(report.rows), new \(report.created), updated \(report.updated), invalid \(report.rejected.count), applied \(report.applied)")
        if report.applied {
            try await req.audit(.memberImport, subject: file.filename,
                                details: "rows=\(report.rows) new=\(report.created) updated=\(report.updated) invalid=\(report.rejected.count)")
        }
        let page = ImportResultPage(chrome: req.pageChrome(title: req.t("imports_result_title")), filename: file.filename,
                                    file: patrons, report: report)
        return page.response(status: report.refused ? .unprocessableEntity : .ok)
    }

    private func mapping(_ req: Request) throws -> KohaCategoryMapping {
        try KohaMappingLoader.load(path: req.config.kohaCategoryMappingPath, language: req.language)
    }

    private func refuse(_ req: Request, mapping: KohaCategoryMapping, message: String) async throws -> Response {
        ImportFormPage(chrome: req.pageChrome(title: req.t("imports_title")), mapping: mapping, error: message)
            .response(status: .unprocessableEntity)
    }
}
