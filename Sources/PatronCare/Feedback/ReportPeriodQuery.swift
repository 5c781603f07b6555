import PatronCore

/// The report period a query names: the pickers' pair (`year=2026&month=4`; `year=2026&q=3`,
/// `year=FY2570&q=3`) or the one-parameter form links and the command line use (`month=2026-04`,
/// `quarter=FY2570-Q1`; B.E. years accepted). Nil: not given; `.failure`: given but not a period.
enum ReportPeriodQuery {
    static func month(year: String?, month: String?) -> Result<ReportMonth, String>? {
        let year = nonEmpty(year), month = nonEmpty(month)
        if let year {
            let text = "\(year)-\(month ?? "")"
            guard let y = Int(year), let m = month.flatMap(Int.init), let parsed = ReportMonth(year: y > 2400 ? y - CivilDate.buddhistEraOffset : y, month: m)
            else { return .failure(text) }
            return .success(parsed)
        }
        guard let month else { return nil }
        return ReportMonth(parsing: month).map { .success($0) } ?? .failure(month)
    }

    static func quarter(year: String?, quarter q: String?, combined: String?) -> Result<ReportQuarter, String>? {
        if let year = nonEmpty(year) {
            let text = "\(year)-Q\(nonEmpty(q) ?? "")"
            return ReportQuarter(parsing: text).map { .success($0) } ?? .failure(text)
        }
        guard let combined = nonEmpty(combined) else { return nil }
        return ReportQuarter(parsing: combined).map { .success($0) } ?? .failure(combined)
    }
}
