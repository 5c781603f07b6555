import Fluent
import PatronCore
import Vapor

/// Deposit reports (page and CSV), the project's indicators 5.1 and 5.2, and their JSON API.
struct ReportsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let reports = routes.grouped(RequirePermission(.viewReports))
        reports.get(.reports) { req in req.redirect(to: .unclaimedReport()) }
        reports.get(.unclaimedReport, use: unclaimed)
        reports.get(.depositsReport, use: totals)
        reports.get(.indicators, use: indicators)
    }

    struct UnclaimedQuery: Content {
        var asOf: String?
        var expiredFrom: String?
        var expiredTo: String?
        var format: String?
    }

    @Sendable func unclaimed(req: Request) async throws -> Response {
        let query = try req.query.decode(UnclaimedQuery.self)
        let asOf = try req.queryDay(query.asOf) ?? req.clock.today
        let from = try req.queryDay(query.expiredFrom)
        let to = try req.queryDay(query.expiredTo)
        let listing = try await UnclaimedListing.read(asOf: asOf, expiredFrom: from, expiredTo: to, mask: req.personalDataMask, on: req.db)
        if query.format == "csv" {
            return try await req.auditedCSV(listing.csv(req.language), filename: "unclaimed-deposits-\(asOf.iso).csv", report: "unclaimed-deposits",
                                            filters: ["asOf": asOf.iso, "expiredFrom": from?.iso, "expiredTo": to?.iso])
        }
        return UnclaimedReportPage(chrome: req.pageChrome(title: req.t("report_unclaimed_title")), listing: listing, asOf: asOf,
                                   expiredFrom: from, expiredTo: to).response()
    }

    struct PeriodQuery: Content {
        var from: String?
        var to: String?
        var format: String?
    }

    @Sendable func totals(req: Request) async throws -> Response {
        let query = try req.query.decode(PeriodQuery.self)
        let fiscalYear = FiscalYear(containing: req.clock.today)
        let from = try req.queryDay(query.from) ?? fiscalYear.firstDay
        let to = try req.queryDay(query.to) ?? fiscalYear.lastDay
        guard from <= to else { throw Abort(.badRequest, reason: req.t("error_period_reversed")) }
        let histories = try await DepositHistories.load(on: req.db)
        let totals = Ledger.totals(of: histories.entries, days: from...to)
        let held = histories.histories.reduce(Satang.zero) { $0 + $1.balance(asOf: to) }
        let months = RefundsPerMonth.of(histories.histories, from: from, through: to)
        if query.format == "csv" {
            var rows: [[String]] = [[req.t("report_period"), CSVValue.day(from), CSVValue.day(to)],
                                    [req.t("report_received"), totals.received.formatted(.plain)],
                                    [req.t("report_refunded"), totals.correctedRefunded.formatted(.plain)],
                                    [req.t("report_forfeited"), totals.correctedForfeited.formatted(.plain)],
                                    [req.t("report_held_at_end"), held.formatted(.plain)], []]
            rows.append([req.t("report_month"), req.t("report_refund_count"), req.t("report_refunded")])
            rows += months.map { [CSVValue.month(year: $0.year, month: $0.month), String($0.count), $0.total.formatted(.plain)] }
            return try await req.auditedCSV(CSVWriter.document(rows, byteOrderMark: true), filename: "deposits-\(from.iso)-\(to.iso).csv",
                                            report: "deposit-totals", filters: ["from": from.iso, "to": to.iso])
        }
        return DepositTotalsPage(chrome: req.pageChrome(title: req.t("report_deposits_title")), from: from, to: to, totals: totals,
                                 heldAtEnd: held, months: months).response()
    }

    @Sendable func indicators(req: Request) async throws -> IndicatorsPage {
        let indicators = try await UnclaimedIndicatorsResponse.compute(req)
        return IndicatorsPage(chrome: req.pageChrome(title: req.t("indicators_title")), indicators: indicators)
    }
}
