import Fluent
import PatronCore
import Vapor

/// *Admin → Holidays*: the year's days off, adding and removing a kept day, and the CSV import
/// (the same rules as `patroncare holidays import`). Writes go through `HolidayBook`.
struct HolidaysController: RouteCollection {
    /// A year of holidays is a few kilobytes; a megabyte leaves room for comments and long names.
    static let importMaxBytes = 1024 * 1024

    func boot(routes: any RoutesBuilder) throws {
        let admins = routes.grouped(RequirePermission(.manageHolidays))
        admins.get(.holidays, use: index)
        admins.post(.holidays, use: add)
        admins.upload(.holidaysImport, maxBytes: Self.importMaxBytes + UploadLimit.formOverhead, use: importFile)
        admins.post(.holidayDelete, use: remove)
    }

    struct YearQuery: Content {
        var year: String?
    }

    struct AddForm: Content {
        var date: String?
        var nameTh: String?
        var nameEn: String?
        var kind: String?
    }

    struct ImportForm: Content {
        var file: File?
        var dryRun: String?
    }

    @Sendable func index(req: Request) async throws -> HolidaysPage {
        let query = try req.query.decode(YearQuery.self)
        var year = req.clock.today.year
        if let text = nonEmpty(query.year) {
            guard let parsed = Int(text), (1900...2600).contains(parsed > 2400 ? parsed - CivilDate.buddhistEraOffset : parsed) else {
                throw Abort(.badRequest, reason: "\(req.t("holidays_year")) “\(text)”")
            }
            year = parsed > 2400 ? parsed - CivilDate.buddhistEraOffset : parsed
        }
        return try await page(req, year: year)
    }

    @Sendable func add(req: Request) async throws -> Response {
        let posted = try req.content.decode(AddForm.self)
        let form = HolidaysPage.Form(date: posted.date ?? "", nameTh: trimmed(posted.nameTh), nameEn: trimmed(posted.nameEn),
                                     kind: posted.kind ?? "")
        var errors: [String] = []
        var date: CivilDate?
        switch DateEntry.parse(form.date) {
        case .success(let day): date = day
        case .failure(let problem): errors.append(problem.message(req.language))
        }
        if form.nameTh.isEmpty { errors.append(req.t("holidays_error_name_th")) }
        if form.nameEn.isEmpty { errors.append(req.t("holidays_error_name_en")) }
        if form.nameTh.count > HolidayFile.maxNameLength || form.nameEn.count > HolidayFile.maxNameLength {
            errors.append(req.t("holidays_error_name_length"))
        }
        let kind = HolidayKind(rawValue: form.kind)
        if kind == nil { errors.append(req.t("holidays_error_kind")) }
        guard errors.isEmpty, let date, let kind else {
            let year = date?.year ?? req.clock.today.year
            return try await page(req, year: year, form: form, addErrors: errors).response(status: .unprocessableEntity)
        }
        let staff = try req.staff
        let outcome = try await HolidayBook.add(Holiday(date, th: form.nameTh, en: form.nameEn, kind: kind), by: staff.displayName, on: req.db)
        req.logger.notice("Holiday \(date.iso) \(form.nameTh) \(outcome) by \(staff.username)")
        let notice = switch outcome {
        case .added: req.t("holidays_added")
        case .updated: req.t("holidays_updated")
        case .unchanged: req.t("holidays_unchanged")
        }
        req.setNotice(notice)
        return req.redirect(to: .holidays(.init(["year": String(date.year)])))
    }

    @Sendable func importFile(req: Request) async throws -> Response {
        let upload = try req.content.decode(ImportForm.self)
        let today = req.clock.today
        guard let file = upload.file, file.data.readableBytes > 0 else {
            return try await page(req, year: today.year, importErrors: [req.t("holidays_import_no_file")]).response(status: .unprocessableEntity)
        }
        let holidays: HolidayFile
        do {
            holidays = try HolidayFile(bytes: Array(buffer: file.data))
        } catch {
            return try await page(req, year: today.year, importErrors: [error.message(req.language)]).response(status: .unprocessableEntity)
        }
        let staff = try req.staff
        let report = try await HolidayBook.importFile(holidays, dryRun: upload.dryRun != nil, by: staff.displayName, on: req.db)
        let year = report.years.first ?? today.year
        if report.refused {
            let lines = holidays.rejected.map { rejection in
                "\(req.t("holidays_line")) \(rejection.line): " + rejection.problems.map { $0.message(req.language) }.joined(separator: " ")
            }
            return try await page(req, year: year, importErrors: [req.t("holidays_import_refused")] + lines)
                .response(status: .unprocessableEntity)
        }
        if report.dryRun {
            return try await page(req, year: year, importNotice: "\(req.t("holidays_import_dry_run_done")) \(report.counts(req.language))").response()
        }
        req.logger.notice("Holidays imported by \(staff.username) from \(file.filename): \(report.counts(.en))")
        req.setNotice("\(req.t("holidays_import_done")) \(report.counts(req.language))")
        return req.redirect(to: .holidays(.init(["year": String(year)])))
    }

    @Sendable func remove(req: Request) async throws -> Response {
        guard let id = req.parameters.get("holidayID", as: UUID.self) else { throw Abort(.notFound) }
        guard let removed = try await HolidayBook.remove(id, on: req.db) else {
            req.setNotice(req.t("holidays_not_found"))
            return req.redirect(to: .holidays())
        }
        let username = try req.staff.username
        req.logger.notice("Holiday \(removed.date.iso) \(removed.nameTh) removed by \(username)")
        req.setNotice(req.t("holidays_removed"))
        return req.redirect(to: .holidays(.init(["year": String(removed.date.year)])))
    }

    private func page(_ req: Request, year: Int, form: HolidaysPage.Form = .empty, addErrors: [String] = [],
                      importErrors: [String] = [], importNotice: String? = nil) async throws -> HolidaysPage {
        let builtIn = req.config.builtInHolidays
        let today = req.clock.today
        async let stored = HolidayBook.stored(year: year, on: req.db)
        async let storedYears = HolidayBook.storedYears(on: req.db)
        let calendar = try await req.holidays()
        let years = builtIn.years.union(try await storedYears).union([today.year, today.year + 1, year]).sorted()
        let warnings = HolidayCoverage.missingYears(in: calendar, today: today).map { HolidayCoverage.warning(year: $0, req.language) }
        return HolidaysPage(chrome: req.pageChrome(title: req.t("holidays_title")), year: year, years: years,
                            builtIn: builtIn.holidays(inYear: year), stored: try await stored, warnings: warnings, form: form,
                            addErrors: addErrors, importErrors: importErrors, importNotice: importNotice)
    }

    private func trimmed(_ text: String?) -> String { (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
}
