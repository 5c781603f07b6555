/// A validated piece of free text on a feedback item: what the person wrote, what staff noted,
/// what the library tells them back.
///
/// Cleaning, and nothing more:
/// * white space and new lines at both ends are trimmed; `\r\n` and lone `\r` become `\n`;
/// * control characters (C0 and C1, DEL, and the bidirectional overrides/isolates U+202A–U+202E,
///   U+2066–U+2069 that can make text display reversed) are removed; tabs become spaces;
///   one-line fields (`summary`, `contactName`) also turn new lines into spaces;
/// * the length is counted in characters as a person sees them (grapheme clusters, so a Thai
///   consonant with its vowel and tone marks counts once).
///
/// HTML and script are **stored as typed** (`<script>` stays `<script>`): the text is data, and
/// the templates (Leaf `#()` escapes) and the CSV/plain-text renderers escape or quote it on output.
/// Mangling it here would corrupt legitimate text ("a < b", "R&D") and give false comfort.
public struct FeedbackText: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The fields that hold free text, each with its maximum length in characters.
    public enum Field: String, CaseIterable, Codable, Sendable {
        /// A one-line summary: the Complaint_01 listing column. 200 characters.
        case summary
        /// The full account as the person wrote it. 4,000 characters (about two pages of Thai).
        case details
        /// The public outcome / action taken, told to the person or published. 2,000 characters.
        case outcome
        /// An internal staff note, never shown to the public. 2,000 characters.
        case internalNote = "internal-note"
        /// A track-4 committee decision. 2,000 characters.
        case decision
        /// A lesson learned to share with staff. 2,000 characters.
        case lesson
        /// The comment on a follow-up survey answer. 1,000 characters.
        case surveyComment = "survey-comment"
        /// The name a person gives on the form (optional). 200 characters.
        case contactName = "contact-name"

        public var maximumLength: Int {
            switch self {
            case .summary, .contactName: 200
            case .details: 4_000
            case .outcome, .internalNote, .decision, .lesson: 2_000
            case .surveyComment: 1_000
            }
        }

        /// Fields that hold one line: new lines become spaces.
        public var isSingleLine: Bool { self == .summary || self == .contactName }

        public func name(_ language: Language) -> String {
            switch (self, language) {
            case (.summary, .th): "หัวเรื่อง"
            case (.summary, .en): "Summary"
            case (.details, .th): "รายละเอียด"
            case (.details, .en): "Details"
            case (.outcome, .th): "ผลการดำเนินการ"
            case (.outcome, .en): "Outcome"
            case (.internalNote, .th): "บันทึกภายใน"
            case (.internalNote, .en): "Internal note"
            case (.decision, .th): "มติที่ประชุม"
            case (.decision, .en): "Committee decision"
            case (.lesson, .th): "บทเรียนที่ได้รับ"
            case (.lesson, .en): "Lesson learned"
            case (.surveyComment, .th): "ความคิดเห็นเพิ่มเติม"
            case (.surveyComment, .en): "Comment"
            case (.contactName, .th): "ชื่อผู้ติดต่อ"
            case (.contactName, .en): "Name"
            }
        }
    }

    public let field: Field
    /// The cleaned text: never empty, never longer than `field.maximumLength`.
    public let value: String

    public var description: String { value }

    /// Cleans and checks `raw` for `field`.
    public init(_ raw: String, field: Field) throws(FeedbackTextProblem) {
        let cleaned = FeedbackText.clean(raw, singleLine: field.isSingleLine)
        guard !cleaned.isEmpty else { throw .empty(field) }
        let length = cleaned.count
        guard length <= field.maximumLength else {
            throw .tooLong(field, maximum: field.maximumLength, actual: length)
        }
        self.field = field
        self.value = cleaned
    }

    /// The same as `init`, as a `Result`, for collecting every problem of a form at once.
    public static func validate(_ raw: String, field: Field) -> Result<FeedbackText, FeedbackTextProblem> {
        do { return .success(try FeedbackText(raw, field: field)) } catch { return .failure(error) }
    }

    /// For optional fields: nil when the text is empty after cleaning, else validated.
    public static func optional(_ raw: String?, field: Field) throws(FeedbackTextProblem) -> FeedbackText? {
        guard let raw, !clean(raw, singleLine: field.isSingleLine).isEmpty else { return nil }
        return try FeedbackText(raw, field: field)
    }

    /// The cleaning rules above, without the length and emptiness checks.
    public static func clean(_ raw: String, singleLine: Bool) -> String {
        var out = String.UnicodeScalarView()
        var pendingCR = false
        for scalar in raw.unicodeScalars {
            let v = scalar.value
            if pendingCR {
                pendingCR = false
                if v == 0x0A { continue } // \r\n already written as \n
            }
            switch v {
            case 0x0D:
                out.append(singleLine ? " " : "\n")
                pendingCR = true
            case 0x0A:
                out.append(singleLine ? " " : "\n")
            case 0x09:
                out.append(" ")
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
                continue
            default:
                out.append(scalar)
            }
        }
        return String(out).feedbackTrimmed
    }
}

/// Why a piece of feedback text was refused.
public enum FeedbackTextProblem: Error, Equatable, Sendable {
    case empty(FeedbackText.Field)
    case tooLong(FeedbackText.Field, maximum: Int, actual: Int)

    public var field: FeedbackText.Field {
        switch self {
        case .empty(let f), .tooLong(let f, _, _): f
        }
    }

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.empty(let f), .th):
            "กรุณากรอก\(f.name(.th))"
        case (.empty(let f), .en):
            "\(f.name(.en)) is empty; please write it."
        case (.tooLong(let f, let max, let actual), .th):
            "\(f.name(.th))ยาว \(actual) ตัวอักษร เกินกำหนด \(max) ตัวอักษร กรุณาย่อให้สั้นลง"
        case (.tooLong(let f, let max, let actual), .en):
            "\(f.name(.en)) is \(actual) characters long; the limit is \(max). Please shorten it."
        }
    }
}
