import Testing
@testable import PatronCore

private typealias R = ReminderFixture

@Suite struct ReminderPolicyTests {
    @Test func theDefaultPoliciesAreValid() {
        #expect(ReminderPolicy.validate(ReminderPolicy.defaults) == [])
    }

    @Test func aRenewalOffsetBeyondOneMonthIsRefusedWithAReason() {
        // Setup
        let policy = R.renewal([45, 30, 7, -1, 7])
        // Act
        let problems = policy.validate()
        // Check
        #expect(problems == [.renewalOffsetTooEarly(45), .renewalOffsetNegative(-1), .renewalOffsetRepeated(7)])
        #expect(problems[0].message(.en).contains("never sent earlier than one month before expiry"))
        #expect(problems[0].message(.th).contains("ไม่เร็วกว่า 1 เดือนก่อนวันหมดอายุ"))
        #expect(R.renewal([31]).validate() == [])
    }

    @Test func otherProblemsAreFound() {
        // Setup
        let policies = [
            ReminderPolicy(code: "Refund 1", schedule: .refund(firstAfterExpiryDays: 0, everyMonths: 0, maxReminders: 0),
                           channels: [], catchUpDays: 40),
            ReminderPolicy(code: "x", schedule: .lastNotice(daysBeforeDeadline: 0), channels: [.sms, .sms]),
            ReminderPolicy(code: "x", schedule: .renewal(daysBeforeExpiry: []), channels: [.email]),
        ]
        // Act
        let problems = ReminderPolicy.validate(policies)
        // Check
        #expect(problems == [.codeInvalid("Refund 1"), .noChannels, .catchUpInvalid(40), .refundFirstDelayInvalid(0),
                             .refundIntervalInvalid(0), .refundCountInvalid(0), .channelRepeated(.sms),
                             .lastNoticeDaysInvalid(0), .renewalOffsetsMissing, .codeRepeated("x")])
        for p in problems {
            #expect(!p.message(.th).isEmpty && !p.message(.en).isEmpty && p.message(.th) != p.message(.en))
        }
    }

    @Test func channelListsKeepOrderAndDropRepeats() {
        // Setup / Act
        let list = ChannelList([.sms, .email, .sms, .line])
        // Check
        #expect(list.array == [.sms, .email, .line])
        #expect(list.count == 3 && list.first == .sms && list.rest.array == [.email, .line])
        #expect(ChannelList.empty.isEmpty && ChannelList.empty.first == nil)
        #expect(list.filtered(mask: 0b1010).array == [.email, .line])
    }
}
