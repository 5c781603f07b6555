import Foundation

/// Koha patron category (`categorycode`) → PatronCare membership type and segment.
///
/// Codes are matched ignoring letter case and surrounding spaces. The default mapping:
///
/// | Koha categorycode                 | membership type | segment |
/// | --------------------------------- | --------------- | ------- |
/// | `UG`, `ST`, `STUDENT`             | student         | U1      |
/// | `PG`, `GRAD`                      | student         | U2      |
/// | `FA`, `FACULTY`, `T`, `TEACHER`   | staff           | U3      |
/// | `S`, `STAFF`                      | staff           | U4      |
/// | `EXA`, `EXT-A`, `EXTA`            | external-a      | U5      |
/// | `EXB`, `EXT-B`, `EXTB`, `PT`      | external-b      | U5      |
/// | `SCH`, `SCHOOL`                   | external-b      | F1      |
/// | `EDU`                             | external-b      | F2      |
/// | `ALUM`, `ALUMNI`                  | external-b      | Pa3     |
///
/// (`PT` is Koha's sample "Patron" category: an ordinary external member without a deposit.
/// Pa1 and Pa2 are never a Koha category of their own; they come from `sort1`.)
///
/// When a row's `sort1` holds a segment code (`U1`…`Pa3`, any letter case) that segment
/// replaces the mapped one; the membership type still comes from the category. Libraries that
/// keep other things in `sort1` (faculty codes) are unaffected: anything else is ignored.
///
/// A library with other codes loads its own mapping from JSON:
/// `{"UG": {"type": "student", "segment": "U1"}, "VIP": {"type": "external-a", "segment": "U5"}}`.
public struct KohaCategoryMapping: Equatable, Sendable {
    public struct Entry: Equatable, Hashable, Sendable {
        public var membershipType: MembershipType
        public var segment: Segment

        public init(_ membershipType: MembershipType, _ segment: Segment) {
            self.membershipType = membershipType
            self.segment = segment
        }
    }

    /// Entries keyed by upper-cased category code.
    public private(set) var entries: [String: Entry]

    /// Keys are matched ignoring case and surrounding spaces; when two keys differ only in case,
    /// the later one in `entries` order wins — use `init(json:)` to have that refused.
    public init(_ entries: [String: Entry]) {
        var normalized: [String: Entry] = [:]
        for (code, entry) in entries { normalized[KohaCategoryMapping.key(code)] = entry }
        self.entries = normalized
    }

    public static let `default` = KohaCategoryMapping([
        "UG": Entry(.student, .u1), "ST": Entry(.student, .u1), "STUDENT": Entry(.student, .u1),
        "PG": Entry(.student, .u2), "GRAD": Entry(.student, .u2),
        "FA": Entry(.staff, .u3), "FACULTY": Entry(.staff, .u3), "T": Entry(.staff, .u3), "TEACHER": Entry(.staff, .u3),
        "S": Entry(.staff, .u4), "STAFF": Entry(.staff, .u4),
        "EXA": Entry(.externalA, .u5), "EXT-A": Entry(.externalA, .u5), "EXTA": Entry(.externalA, .u5),
        "EXB": Entry(.externalB, .u5), "EXT-B": Entry(.externalB, .u5), "EXTB": Entry(.externalB, .u5),
        "PT": Entry(.externalB, .u5),
        "SCH": Entry(.externalB, .f1), "SCHOOL": Entry(.externalB, .f1),
        "EDU": Entry(.externalB, .f2),
        "ALUM": Entry(.externalB, .pa3), "ALUMNI": Entry(.externalB, .pa3),
    ])

    /// The entry for a Koha category code, or nil when it is not mapped.
    public func entry(for code: some StringProtocol) -> Entry? { entries[KohaCategoryMapping.key(code)] }

    /// The codes, sorted, for showing the mapping to staff.
    public var codes: [String] { entries.keys.sorted() }

    static func key(_ code: some StringProtocol) -> String {
        String(code.trimmingCharacters(in: " \t")).uppercased()
    }

    /// Reads a mapping file: a JSON object from category code to `{"type": …, "segment": …}`,
    /// `type` one of student, staff, external-a, external-b; `segment` one of U1 … Pa3.
    /// The file replaces the default mapping entirely.
    public init(json: Data) throws(KohaCategoryMappingProblem) {
        struct RawEntry: Decodable {
            var type: String?
            var segment: String?
        }
        let raw: [String: RawEntry]
        do {
            raw = try JSONDecoder().decode([String: RawEntry].self, from: json)
        } catch {
            throw .notJSON(detail: String(describing: error))
        }
        guard !raw.isEmpty else { throw .noEntries }
        var entries: [String: Entry] = [:]
        var spelled: [String: String] = [:]
        for code in raw.keys.sorted() {
            let value = raw[code]!
            let key = KohaCategoryMapping.key(code)
            guard !key.isEmpty else { throw .emptyCode }
            if let other = spelled[key] { throw .duplicateCode(other, code) }
            spelled[key] = code
            guard let typeText = value.type, !typeText.trimmingCharacters(in: " ").isEmpty else {
                throw .missingField(code: code, field: "type")
            }
            guard let segmentText = value.segment, !segmentText.trimmingCharacters(in: " ").isEmpty else {
                throw .missingField(code: code, field: "segment")
            }
            guard let type = MembershipType(code: typeText) else { throw .unknownMembershipType(code: code, type: typeText) }
            guard let segment = Segment(code: segmentText) else { throw .unknownSegment(code: code, segment: segmentText) }
            entries[key] = Entry(type, segment)
        }
        self.entries = entries
    }

    public init(json: String) throws(KohaCategoryMappingProblem) {
        try self.init(json: Data(json.utf8))
    }
}

/// Why a category mapping file cannot be used.
public enum KohaCategoryMappingProblem: Error, Equatable, Sendable {
    /// Not a JSON object of objects; `detail` is the decoder's technical description, for logs.
    case notJSON(detail: String)
    case noEntries
    case emptyCode
    /// Two codes that differ only in letter case.
    case duplicateCode(String, String)
    case missingField(code: String, field: String)
    case unknownMembershipType(code: String, type: String)
    case unknownSegment(code: String, segment: String)

    public func message(_ language: Language) -> String {
        let types = MembershipType.allCases.map(\.rawValue).joined(separator: ", ")
        let segments = Segment.allCases.map(\.rawValue).joined(separator: " ")
        switch (self, language) {
        case (.notJSON, .th):
            return "ไฟล์จับคู่ประเภทสมาชิกไม่ใช่ JSON ในรูปแบบที่ต้องการ — ใช้รูปแบบ {\"UG\": {\"type\": \"student\", \"segment\": \"U1\"}, …}"
        case (.notJSON, .en):
            return "The category mapping is not JSON of the expected form. Use {\"UG\": {\"type\": \"student\", \"segment\": \"U1\"}, …}."
        case (.noEntries, .th):
            return "ไฟล์จับคู่ประเภทสมาชิกไม่มีรหัสประเภทใดเลย — เพิ่มอย่างน้อยหนึ่งรหัส"
        case (.noEntries, .en):
            return "The category mapping has no category codes. Add at least one."
        case (.emptyCode, .th):
            return "ไฟล์จับคู่ประเภทสมาชิกมีรหัสประเภทที่ว่างเปล่า — ใส่รหัส categorycode ของ Koha"
        case (.emptyCode, .en):
            return "The category mapping has an empty category code. Use Koha's categorycode."
        case (.duplicateCode(let a, let b), .th):
            return "รหัสประเภท “\(a)” และ “\(b)” ซ้ำกัน (ไม่แยกตัวพิมพ์เล็ก-ใหญ่) — เก็บไว้เพียงรหัสเดียว"
        case (.duplicateCode(let a, let b), .en):
            return "Category codes “\(a)” and “\(b)” are the same code (letter case is ignored). Keep only one."
        case (.missingField(let code, let field), .th):
            return "รหัสประเภท “\(code)” ไม่มีค่า \"\(field)\" — ระบุทั้ง \"type\" (\(types)) และ \"segment\" (\(segments))"
        case (.missingField(let code, let field), .en):
            return "Category “\(code)” has no \"\(field)\". Give both \"type\" (\(types)) and \"segment\" (\(segments))."
        case (.unknownMembershipType(let code, let type), .th):
            return "รหัสประเภท “\(code)”: ไม่รู้จักประเภทสมาชิก “\(type)” (ใช้ได้: \(types))"
        case (.unknownMembershipType(let code, let type), .en):
            return "Category “\(code)”: unknown membership type “\(type)” (one of: \(types))."
        case (.unknownSegment(let code, let segment), .th):
            return "รหัสประเภท “\(code)”: ไม่รู้จักกลุ่มผู้ใช้ “\(segment)” (ใช้ได้: \(segments))"
        case (.unknownSegment(let code, let segment), .en):
            return "Category “\(code)”: unknown segment “\(segment)” (one of: \(segments))."
        }
    }
}
