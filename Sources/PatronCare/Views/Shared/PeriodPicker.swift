import PatronCore

/// Month and quarter choosers for the complaint reports: selects, never free text like `2026-Q3`.
/// Years are shown in the reader's calendar (`2569` in Thai) and sent as the query's ISO-style values
/// (`year=2026&month=4`; `year=2026&q=3` or `year=FY2570&q=3`), which `ReportPeriodQuery` reads back;
/// links keep the one-parameter forms (`month=2026-04`, `quarter=FY2570-Q1`).
enum PeriodPicker {
    /// The years to offer: five back from today's, through today's (and the selected one wherever it is).
    static func years(today: CivilDate, selected: Int, back: Int = 5, ahead: Int = 0) -> [Int] {
        Array(min(today.year - back, selected)...max(today.year + ahead, selected))
    }

    /// `<label>ปี <select name="year">…</select></label><label>เดือน <select name="month">…</select></label>`.
    static func month(selected: ReportMonth, today: CivilDate, _ t: Words) -> HTML {
        let language = t.language
        let years = years(today: today, selected: selected.year).reversed().map { year -> HTML in
            "<option value=\"\(year)\"\(" selected", if: year == selected.year)>\(DateDisplay.year(year, language))</option>"
        }
        let months = DateDisplay.monthNames(language).enumerated().map { index, name -> HTML in
            "<option value=\"\(index + 1)\"\(" selected", if: index + 1 == selected.month)>\(name)</option>"
        }
        return """
        <label>\(t("period_month"))<select name="month">\(months)</select></label>
        <label>\(t("period_year"))<select name="year">\(years)</select></label>
        """
    }

    /// A year select with calendar years and fiscal years (two groups) and a quarter select.
    static func quarter(selected: ReportQuarter, today: CivilDate, _ t: Words) -> HTML {
        let language = t.language
        let selectedCalendarYear: Int?
        let selectedFiscalYear: Int?
        let selectedQuarter: Int
        switch selected {
        case .calendar(let year, let quarter): (selectedCalendarYear, selectedFiscalYear, selectedQuarter) = (year, nil, quarter)
        case .fiscal(let fq): (selectedCalendarYear, selectedFiscalYear, selectedQuarter) = (nil, fq.fiscalYear.buddhistYear, fq.quarter)
        }
        let calendarYears = years(today: today, selected: selectedCalendarYear ?? today.year).reversed().map { year -> HTML in
            "<option value=\"\(year)\"\(" selected", if: year == selectedCalendarYear)>\(DateDisplay.year(year, language))</option>"
        }
        let currentFiscal = FiscalYear(containing: today).buddhistYear
        let fiscalYears = Array(min(currentFiscal - 5, selectedFiscalYear ?? currentFiscal)...max(currentFiscal, selectedFiscalYear ?? currentFiscal))
            .reversed().map { year -> HTML in
                "<option value=\"FY\(year)\"\(" selected", if: year == selectedFiscalYear)>\(t("period_fiscal_year")) \(year)</option>"
            }
        let quarters = (1...4).map { q -> HTML in
            "<option value=\"\(q)\"\(" selected", if: q == selectedQuarter)>\(t("period_quarter")) \(q)</option>"
        }
        return """
        <label>\(t("period_quarter"))<select name="q">\(quarters)</select></label>
        <label>\(t("period_year"))<select name="year">\
        <optgroup label="\(t("period_calendar_years"))">\(calendarYears)</optgroup>\
        <optgroup label="\(t("period_fiscal_years"))">\(fiscalYears)</optgroup></select></label>
        """
    }
}
