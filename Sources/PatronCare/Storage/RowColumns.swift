import FluentSQLiteDriver
import Foundation
import SQLKit

/// One selected row's columns by name, for code that reads rows without models. SQLite's rows
/// are read as they come (`SQLiteRow`), other engines' through SQLKit's `SQLRow`: SQLKit decodes
/// every value through `Codable`, which was most of a campaign's dry run (30 columns × 100,000 rows),
/// and a Fluent model is a `Mirror` walk of every property per row (half of the member list's CPU).
protocol RowColumns {
    func text(_ column: String) throws -> String
    func flag(_ column: String) throws -> Bool
    func integer(_ column: String) throws -> Int64
    func uuid(_ column: String) throws -> UUID
    /// A Fluent `Date` column: a REAL of seconds since 1970 in SQLite, a timestamp elsewhere.
    func date(_ column: String) throws -> Date
    func isNull(_ column: String) throws -> Bool
}

extension RowColumns {
    func optionalText(_ column: String) throws -> String? { try isNull(column) ? nil : try text(column) }
    func optionalDate(_ column: String) throws -> Date? { try isNull(column) ? nil : try date(column) }
}

extension SQLSelectBuilder {
    /// Runs the select and returns its rows by column: on SQLite straight from the engine's values
    /// (no `Codable`), elsewhere through `SQLRow`. The way a page reads its rows without models.
    func rowColumns() async throws -> [any RowColumns] {
        if let sqlite = database as? any SQLiteDatabase {
            var serializer = SQLSerializer(database: database)
            query.serialize(to: &serializer)
            let binds = try serializer.binds.map { try SQLiteDataEncoder().encode($0) }
            return try await sqlite.query(serializer.sql, binds).map(SQLiteRowColumns.init)
        }
        return try await all().map(SQLRowColumns.init)
    }
}

struct SQLRowColumns: RowColumns {
    let row: any SQLRow

    func text(_ column: String) throws -> String { try row.decode(column: column, as: String.self) }
    func flag(_ column: String) throws -> Bool { try row.decode(column: column, as: Bool.self) }
    func integer(_ column: String) throws -> Int64 { try row.decode(column: column, as: Int64.self) }
    func uuid(_ column: String) throws -> UUID { try row.decode(column: column, as: UUID.self) }
    func date(_ column: String) throws -> Date { try row.decode(column: column, as: Date.self) }
    func isNull(_ column: String) throws -> Bool { try row.decodeNil(column: column) }
}

/// SQLite keeps UUIDs as their text and booleans as 0/1 integers (what SQLiteKit's encoder writes).
struct SQLiteRowColumns: RowColumns {
    let row: SQLiteRow

    private func value(_ column: String) throws -> SQLiteData {
        guard let value = row.column(column) else { throw DatabaseFailure("no column \(column) in the selected row") }
        return value
    }

    func text(_ column: String) throws -> String {
        guard let text = try value(column).string else { throw DatabaseFailure("column \(column) is not text") }
        return text
    }

    func flag(_ column: String) throws -> Bool {
        guard let flag = try value(column).bool else { throw DatabaseFailure("column \(column) is not a boolean") }
        return flag
    }

    func integer(_ column: String) throws -> Int64 {
        guard let number = try value(column).integer else { throw DatabaseFailure("column \(column) is not an integer") }
        return Int64(number)
    }

    func uuid(_ column: String) throws -> UUID {
        guard let id = try value(column).string.flatMap(UUID.init(uuidString:)) else { throw DatabaseFailure("column \(column) is not a UUID") }
        return id
    }

    func date(_ column: String) throws -> Date {
        guard let seconds = try value(column).double else { throw DatabaseFailure("column \(column) is not a time") }
        return Date(timeIntervalSince1970: seconds)
    }

    func isNull(_ column: String) throws -> Bool { try value(column).isNull }
}
