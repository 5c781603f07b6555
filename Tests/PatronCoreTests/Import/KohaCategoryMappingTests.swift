import Testing
import PatronCore

@Suite struct KohaCategoryMappingTests {
    @Test(arguments: [
        ("UG", MembershipType.student, Segment.u1), ("ST", .student, .u1), ("STUDENT", .student, .u1),
        ("PG", .student, .u2), ("GRAD", .student, .u2),
        ("FA", .staff, .u3), ("FACULTY", .staff, .u3), ("T", .staff, .u3), ("TEACHER", .staff, .u3),
        ("S", .staff, .u4), ("STAFF", .staff, .u4),
        ("EXA", .externalA, .u5), ("EXT-A", .externalA, .u5), ("EXTA", .externalA, .u5),
        ("EXB", .externalB, .u5), ("EXT-B", .externalB, .u5), ("EXTB", .externalB, .u5), ("PT", .externalB, .u5),
        ("SCH", .externalB, .f1), ("SCHOOL", .externalB, .f1), ("EDU", .externalB, .f2),
        ("ALUM", .externalB, .pa3), ("ALUMNI", .externalB, .pa3),
    ])
    func defaultMapping(code: String, type: MembershipType, segment: Segment) {
        #expect(KohaCategoryMapping.default.entry(for: code) == .init(type, segment))
    }

    @Test func defaultMappingHasNoOtherCodes() {
        #expect(KohaCategoryMapping.default.codes.count == 23)
    }

    @Test func codesMatchIgnoringCaseAndSpaces() {
        #expect(KohaCategoryMapping.default.entry(for: " ug ") == .init(.student, .u1))
        #expect(KohaCategoryMapping.default.entry(for: "ext-b") == .init(.externalB, .u5))
        #expect(KohaCategoryMapping.default.entry(for: "VIP") == nil)
    }

    @Test func loadsFromJSON() throws {
        let json = #"{"ug": {"type": "student", "segment": "u1"}, "VIP": {"type": "external_a", "segment": "PA2"}}"#

        let mapping = try KohaCategoryMapping(json: json)

        #expect(mapping.codes == ["UG", "VIP"])
        #expect(mapping.entry(for: "Ug") == .init(.student, .u1))
        #expect(mapping.entry(for: "vip") == .init(.externalA, .pa2))
        #expect(mapping.entry(for: "PG") == nil) // a file replaces the default
    }

    @Test func refusesAnUnknownMembershipType() {
        #expect(throws: KohaCategoryMappingProblem.unknownMembershipType(code: "VIP", type: "gold")) {
            try KohaCategoryMapping(json: #"{"VIP": {"type": "gold", "segment": "U5"}}"#)
        }
    }

    @Test func refusesAnUnknownSegment() {
        #expect(throws: KohaCategoryMappingProblem.unknownSegment(code: "UG", segment: "U9")) {
            try KohaCategoryMapping(json: #"{"UG": {"type": "student", "segment": "U9"}}"#)
        }
    }

    @Test func refusesAMissingField() {
        #expect(throws: KohaCategoryMappingProblem.missingField(code: "UG", field: "segment")) {
            try KohaCategoryMapping(json: #"{"UG": {"type": "student"}}"#)
        }
    }

    @Test func refusesCodesThatDifferOnlyInCase() {
        #expect(throws: KohaCategoryMappingProblem.duplicateCode("UG", "ug")) {
            try KohaCategoryMapping(json: #"{"ug": {"type": "student", "segment": "U1"}, "UG": {"type": "staff", "segment": "U4"}}"#)
        }
    }

    @Test func refusesWhatIsNotAMappingObject() {
        for text in ["", "[1, 2]", #"{"UG": "student"}"#, "{}"] {
            #expect(throws: KohaCategoryMappingProblem.self, "\(text)") { try KohaCategoryMapping(json: text) }
        }
        #expect(throws: KohaCategoryMappingProblem.noEntries) { try KohaCategoryMapping(json: "{}") }
    }

    @Test func mappingMessagesNameTheCodeAndTheAllowedValues() {
        let problem = KohaCategoryMappingProblem.unknownSegment(code: "UG", segment: "U9")

        #expect(problem.message(.en) == "Category “UG”: unknown segment “U9” (one of: U1 U2 U3 U4 U5 F1 F2 Pa1 Pa2 Pa3).")
        #expect(problem.message(.th).contains("“U9”"))
        #expect(problem.message(.th).contains("Pa3"))
    }
}
