import Testing
@testable import PatronCore

@Suite struct SMSSegmentsTests {
    func thai(_ n: Int) -> String { String(repeating: "ก", count: n) }
    func latin(_ n: Int) -> String { String(repeating: "a", count: n) }

    @Test func thaiIsUCS2With70ThenParts67() {
        #expect(SMSSegments(thai(70)) == SMSSegments(encoding: .ucs2, characters: 70, parts: 1, perPart: 70, remainingInLastPart: 0))
        #expect(SMSSegments(thai(71)).parts == 2)
        #expect(SMSSegments(thai(134)).parts == 2)
        #expect(SMSSegments(thai(134)).remainingInLastPart == 0)
        #expect(SMSSegments(thai(135)).parts == 3)
        // Thai vowel and tone marks count: น้ำ is 3 characters; one Thai letter turns Latin text into UCS-2.
        #expect(SMSSegments("น้ำ").characters == 3)
        #expect(SMSSegments(latin(69) + "ก") == SMSSegments(encoding: .ucs2, characters: 70, parts: 1, perPart: 70, remainingInLastPart: 0))
    }

    @Test func gsmIs160ThenParts153() {
        #expect(SMSSegments(latin(160)) == SMSSegments(encoding: .gsm7, characters: 160, parts: 1, perPart: 160, remainingInLastPart: 0))
        #expect(SMSSegments(latin(161)) == SMSSegments(encoding: .gsm7, characters: 161, parts: 2, perPart: 153, remainingInLastPart: 145))
        #expect(SMSSegments(latin(306)).parts == 2)
        #expect(SMSSegments(latin(307)).parts == 3)
        #expect(SMSSegments("").parts == 1)
    }

    @Test func extensionCharactersCountTwiceAndAreNotSplit() {
        #expect(SMSSegments(String(repeating: "€", count: 80)).characters == 160)
        #expect(SMSSegments(String(repeating: "€", count: 80)).parts == 1)
        #expect(SMSSegments(String(repeating: "€", count: 81)).parts == 2)
        #expect(SMSSegments("{[]}").encoding == .gsm7 && SMSSegments("{[]}").characters == 8)
        // 306 septets would fit 2 parts, but the € cannot straddle the first boundary.
        #expect(SMSSegments(latin(152) + "€" + latin(152)).parts == 3)
    }

    @Test func emojiCountTwoUnitsAndForceUCS2() {
        #expect(SMSSegments("😀").encoding == .ucs2 && SMSSegments("😀").characters == 2)
        #expect(SMSSegments(String(repeating: "😀", count: 35)).parts == 1)
        #expect(SMSSegments(thai(69) + "😀").parts == 2)
        #expect(SMSSegments(thai(70)).preview(.en) == "SMS (UCS-2): 70 characters, 1 part (at most 70 per part)")
    }
}

