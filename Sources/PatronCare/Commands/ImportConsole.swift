import Foundation
import PatronCore
import Vapor

/// What every import command does around its importer: read the file, then list the bad rows by
/// line, and finish as a dry run, a refusal (exit 1, nothing written), or an import whose skipped
/// rows go to a reject file.
struct ImportConsole {
    let console: any Console
    let language: Language

    func read(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure.environment(language == .th ? "ไม่พบหรืออ่านไฟล์ \(path) ไม่ได้" : "Cannot read \(path).")
        }
        return Array(data)
    }

    /// Says why the whole file was refused, then exits 1.
    func refuseFile(_ message: String) throws -> Never {
        throw CommandFailure.refused(message)
    }

    func finish(dryRun: Bool, refused: Bool, rejected: [(line: Int, messages: [String])], counts: String,
                rejectFile: String, rejectCSV: () -> String) throws {
        for rejection in rejected {
            for message in rejection.messages { console.warning("line \(rejection.line): \(message)") }
        }
        if dryRun {
            console.print("Dry run — nothing written. Would import: \(counts).")
        } else if refused {
            throw CommandFailure.refused("Nothing imported: \(rejected.count) invalid row(s) listed above. Correct them, or use --skip-invalid.")
        } else {
            if !rejected.isEmpty {
                try rejectCSV().write(toFile: rejectFile, atomically: true, encoding: .utf8)
                console.warning("\(rejected.count) invalid row(s) skipped and written to \(rejectFile).")
            }
            console.success("Imported: \(counts).")
        }
    }
}
