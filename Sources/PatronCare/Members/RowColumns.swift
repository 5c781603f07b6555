import FluentSQLiteDriver
import Foundation
import SQLKit

/// One selected row's columns by name, for code that reads many rows without models. SQLite's rows
/// are read as they come (`SQLiteRow`), other engines' through SQLKit's `SQLRow`: SQLKit decodes
/// every value through `Codable`, which was most of a campaign's dry run (30 columns × 100,000 rows).
protocol RowColumns {
    func text(_ column: String) throws -> String
    func flag(_ column: String) throws -> Bool
    func integer(_ column: String) throws -> Int64
    func uuid(_ column: String) throws -> UUID
    func isNull(_ column: String) throws -> Bool
}

struct SQLRowColumns: RowColumns {
    let row: any SQLRow

    func text(_ column: String) throws -> String { try row.decode(column: column, as: String.self) }
    func flag(_ column: String) throws -> Bool { try row.decode(column: column, as: Bool.self) }
    func integer(_ column: String) throws -> Int64 { try row.decode(column: column, as: Int64.self) }
    func uuid(_ column: String) throws -> UUID { try row.decode(column: column, as: UUID.self) }
    func isNull(_ column: String) throws -> Bool { try row.decodeNil(column: column) }
}

/// A Fluent query's row (`QueryBuilder.run`), read by column without building a model.
struct OutputColumns: RowColumns {
    let output: any DatabaseOutput

    func text(_ column: String) throws -> String { try output.decode(FieldKey(stringLiteral: column), as: String.self) }
    func flag(_ column: String) throws -> Bool { try output.decode(FieldKey(stringLiteral: column), as: Bool.self) }
    func integer(_ column: String) throws -> Int64 { try output.decode(FieldKey(stringLiteral: column), as: Int64.self) }
    func uuid(_ column: String) throws -> UUID { try output.decode(FieldKey(stringLiteral: column), as: UUID.self) }
    func isNull(_ column: String) throws -> Bool { try output.decodeNil(FieldKey(stringLiteral: column)) }
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

    func isNull(_ column: String) throws -> Bool { try value(column).isNull }
}
