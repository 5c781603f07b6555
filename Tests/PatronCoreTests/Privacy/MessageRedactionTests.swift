import Testing
@testable import PatronCore

@Suite struct MessageRedactionTests {
    @Test func theSurveyTokenIsCutFromTheLinkStaffSee() {
        let body = "กรุณาตอบแบบสำรวจ http://127.0.0.1:8080/feedback/survey/Qx3-_9aZbc0123456789ab ภายใน 30 วัน\nอีกครั้ง: /feedback/survey/AAAABBBB."

        let shown = MessageRedaction.forStaff(body)

        #expect(shown == "กรุณาตอบแบบสำรวจ http://127.0.0.1:8080/feedback/survey/… ภายใน 30 วัน\nอีกครั้ง: /feedback/survey/….")
        #expect(!shown.contains("Qx3-_9aZbc0123456789ab"))
    }

    @Test func aMessageWithoutASurveyLinkIsUnchanged() {
        #expect(MessageRedaction.forStaff("ดูขั้นตอนที่ /refund-steps") == "ดูขั้นตอนที่ /refund-steps")
    }
}
