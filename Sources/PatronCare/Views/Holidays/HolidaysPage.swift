import PatronCore

/// *Admin → Holidays*: one year's days off (built-in and kept), the coverage warning, the form to add
/// a day and the CSV import.
struct HolidaysPage: Page {
    struct Row: Equatable {
        let date: String
        let weekday: String
        let nameTh: String
        let nameEn: String
        let kind: String
        let source: String
        /// The remove button's action; nil for a built-in day.
        let removeAction: String?
    }

    struct YearLink: Equatable {
        let label: String
        let href: String
        let current: Bool
    }

    /// What was typed into the add form, shown again with its errors.
    struct Form: Equatable {
        var date = ""
        var nameTh = ""
        var nameEn = ""
        var kind = HolidayKind.publicHoliday.rawValue

        static let empty = Form()
    }

    let chrome: PageChrome
    let year: Int
    let yearLabel: String
    let years: [YearLink]
    let rows: [Row]
    let warnings: [String]
    let form: Form
    let kinds: [SelectOption]
    let addErrors: [String]
    let importErrors: [String]
    let importNotice: String?

    /// `builtIn`: the installation's days of `year`; `stored`: the kept rows of `year`; `years`: the
    /// years to link to; `warnings`: `HolidayCoverage`'s, already in the reader's language.
    init(chrome: PageChrome, year: Int, years: [Int], builtIn: [Holiday], stored: [StoredHoliday], warnings: [String],
         form: Form = .empty, addErrors: [String] = [], importErrors: [String] = [], importNotice: String? = nil) {
        let language = chrome.language
        let t = chrome.words
        self.chrome = chrome
        self.year = year
        yearLabel = DateDisplay.year(year, language)
        self.years = years.map {
            YearLink(label: DateDisplay.year($0, language), href: SiteRoute.holidays(.init(["year": String($0)])).href, current: $0 == year)
        }
        func row(_ holiday: Holiday, source: String, remove: String?) -> (CivilDate, String, Row) {
            (holiday.date, holiday.nameTh, Row(
                date: DateDisplay.short(holiday.date, language),
                weekday: DateDisplay.weekdayAbbreviations(language)[holiday.date.isoWeekday - 1],
                nameTh: holiday.nameTh, nameEn: holiday.nameEn, kind: holiday.kind.name(language), source: source, removeAction: remove))
        }
        var all: [(CivilDate, String, Row)] = []
        var kept = Set<String>()
        for record in stored {
            guard let holiday = record.holiday else { continue }
            kept.insert(holiday.identity)
            all.append(row(holiday, source: "\(t("holidays_source_kept_by")) \(record.recordedBy)",
                           remove: SiteRoute.href(record.id) { .holidayDelete($0) }))
        }
        for holiday in builtIn where !kept.contains(holiday.identity) {
            all.append(row(holiday, source: t("holidays_source_built_in"), remove: nil))
        }
        rows = all.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
        self.warnings = warnings
        self.form = form
        kinds = HolidayKind.allCases.map { SelectOption(value: $0.rawValue, label: $0.name(language), selected: $0.rawValue == form.kind) }
        self.addErrors = addErrors
        self.importErrors = importErrors
        self.importNotice = importNotice
    }

    var content: HTML {
        let t = chrome.words
        return """
        <h1>\(t("holidays_title")) \(yearLabel)</h1>
        \(warnings.map { warning -> HTML in "<p class=\"error\" role=\"alert\">\(warning)</p>" })
        <p class="hint">\(t("holidays_intro"))</p>
        <nav class="tabs" aria-label="\(t("holidays_year"))">\(years.map { link -> HTML in
            "<a href=\"\(link.href)\"\(" aria-current=\"page\"", if: link.current)>\(link.label)</a>"
        })</nav>
        <section class="card">
          \(rows.isEmpty ? "<p class=\"empty\">\(t("holidays_none"))</p>" : table(t))
        </section>
        <section class="card">
          <h2>\(t("holidays_add"))</h2>
          \(errorList(addErrors))
          \(DateField.assets(t))
          <form method="post" action="\(SiteRoute.holidays().href)" class="form-grid">
            <input type="hidden" name="_csrf" value="\(chrome.csrf)">
            <label>\(t("holidays_date"))\(DateField.input("date", value: form.date, t, required: true))</label>
            <label>\(t("holidays_name_th"))<input name="nameTh" value="\(form.nameTh)" required maxlength="200"></label>
            <label>\(t("holidays_name_en"))<input name="nameEn" value="\(form.nameEn)" required maxlength="200"></label>
            <label>\(t("holidays_kind"))<select name="kind">\(kinds.map(\.optionTag))</select></label>
            <div class="full actions"><button type="submit">\(t("holidays_add"))</button></div>
          </form>
        </section>
        <section class="card">
          <h2>\(t("holidays_import"))</h2>
          \(importNotice.map { notice -> HTML in "<p class=\"notice\" role=\"status\">\(notice)</p>" })
          \(errorList(importErrors))
          <p class="hint">\(t("holidays_import_format"))</p>
          <pre class="message">\(t("holidays_import_example"))</pre>
          <form method="post" action="\(SiteRoute.holidaysImport.href)" enctype="multipart/form-data" class="form-grid">
            <input type="hidden" name="_csrf" value="\(chrome.csrf)">
            <label>\(t("holidays_import_file"))<input type="file" name="file" accept=".csv,text/csv" required></label>
            <label class="check"><input type="checkbox" name="dryRun"> \(t("holidays_import_dry_run"))</label>
            <div class="full actions"><button type="submit">\(t("holidays_import_button"))</button></div>
          </form>
        </section>
        """
    }

    private func table(_ t: Words) -> HTML {
        """
        <table class="list">
          <thead><tr><th>\(t("holidays_date"))</th><th>\(t("holidays_weekday"))</th><th>\(t("holidays_name_th"))</th>\
        <th>\(t("holidays_name_en"))</th><th>\(t("holidays_kind"))</th><th>\(t("holidays_source"))</th><th></th></tr></thead>
          <tbody>
          \(rows.map { tableRow($0, t) })
          </tbody>
        </table>
        """
    }

    private func tableRow(_ row: Row, _ t: Words) -> HTML {
        let remove: HTML? = row.removeAction.map { action -> HTML in
            """
            <form method="post" action="\(action)" class="inline"><input type="hidden" name="_csrf" value="\(chrome.csrf)">\
            <button type="submit" class="link">\(t("holidays_remove"))</button></form>
            """
        }
        return """
        <tr><td>\(row.date)</td><td>\(row.weekday)</td><td>\(row.nameTh)</td><td>\(row.nameEn)</td><td>\(row.kind)</td>\
        <td>\(row.source)</td><td>\(remove)</td></tr>
        """
    }

    private func errorList(_ errors: [String]) -> HTML {
        "\("<div class=\"error\" role=\"alert\"><ul>\(errors.map { error -> HTML in "<li>\(error)</li>" })</ul></div>", if: !errors.isEmpty)"
    }
}
