import Fluent
import NIOConcurrencyHelpers
import PatronCore
import Vapor

/// The member list's filters, as they arrive in the query string and as they are put back in links.
struct MemberFilter: Content, Equatable {
    var q: String?
    var segment: String?
    var type: String?
    var status: String?
    /// Expiry window: `expiresFrom`/`expiresTo` days (ISO or dd/mm/B.E.), or `expiringWithin` days from today.
    var expiresFrom: String?
    var expiresTo: String?
    /// Text, because an empty box arrives as `expiringWithin=`; see `expiringWithinDays`.
    var expiringWithin: String?
    var page: Int?

    static let pageSize = 50

    var expiringWithinDays: Int? { expiringWithin.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } }

    /// Query-string pairs for links that keep the filters (page excluded).
    var queryItems: [URLQueryItem] {
        [("q", q), ("segment", segment), ("type", type), ("status", status),
         ("expiresFrom", expiresFrom), ("expiresTo", expiresTo),
         ("expiringWithin", expiringWithin)]
            .compactMap { name, value in
                guard let value, !value.isEmpty else { return nil }
                return URLQueryItem(name: name, value: value)
            }
    }
}

/// Runs the member list's search on either database.
enum MemberQuery {
    /// A member as the list shows it, read from the row as it comes: decoding 50 Fluent `Member`
    /// models (a `Mirror` walk of every property, per row) was half of the list page's CPU.
    struct Listed: Sendable {
        let id: UUID
        let draft: MemberDraft
    }

    struct Page {
        let members: [Listed]
        let total: Int
        let page: Int
        let pageCount: Int
    }

    /// The search box matches names, e-mail and mobile only for readers who may see them
    /// (`PersonalDataMask.searchesContactsAndNames`); for the others it matches the card number,
    /// so a masked result never confirms whose phone number or name was typed.
    static func search(_ filter: MemberFilter, today: CivilDate, mask: PersonalDataMask, on db: any Database) async throws -> Page {
        let query = Member.query(on: db)
        if let typed = filter.q?.trimmingCharacters(in: .whitespaces), !typed.isEmpty {
            if mask.searchesContactsAndNames {
                query.filter(\.$searchText ~~ typed.lowercased())
            } else {
                query.group(.or) { either in
                    for spelling in Set([typed, typed.uppercased(), typed.lowercased()]) { either.filter(\.$cardNumber ~~ spelling) }
                }
            }
        }
        if let segment = filter.segment.flatMap({ Segment(code: $0) }) {
            query.filter(\.$segment == segment)
        }
        if let type = filter.type.flatMap({ MembershipType(code: $0) }) {
            query.filter(\.$membershipType == type)
        }
        switch filter.status.flatMap({ MemberStatus(code: $0) }) {
        case .suspended?:
            query.filter(\.$status == .suspended)
        case .expired?:
            query.filter(\.$status != .suspended).group(.or) {
                $0.filter(\.$expiresOn < today.iso).filter(\.$status == .expired)
            }
        case .active?:
            query.filter(\.$status == .active).filter(\.$expiresOn >= today.iso)
        case nil:
            break
        }
        if let from = filter.expiresFrom.flatMap({ CivilDate(lenient: $0) }) {
            query.filter(\.$expiresOn >= from.iso)
        }
        if let to = filter.expiresTo.flatMap({ CivilDate(lenient: $0) }) {
            query.filter(\.$expiresOn <= to.iso)
        }
        if let days = filter.expiringWithinDays, days > 0 {
            query.filter(\.$expiresOn >= today.iso).filter(\.$expiresOn <= today.adding(days: days).iso)
        }
        let total = try await query.count()
        let pageCount = max(1, (total + MemberFilter.pageSize - 1) / MemberFilter.pageSize)
        let page = min(max(filter.page ?? 1, 1), pageCount)
        let rows = NIOLockedValueBox<[Result<Listed, any Error>]>([])
        try await query.copy()
            .sort(\.$expiresOn).sort(\.$cardNumber)
            .range(((page - 1) * MemberFilter.pageSize)..<(page * MemberFilter.pageSize))
            .run { output in
                let columns = OutputColumns(output: output.schema(Member.schema))
                let row = Result { Listed(id: try columns.uuid("id"), draft: try MemberColumns.draft(from: columns)) }
                rows.withLockedValue { $0.append(row) }
            }.get()
        return Page(members: try rows.withLockedValue { try $0.map { try $0.get() } }, total: total, page: page, pageCount: pageCount)
    }
}
