import Foundation
import PropertyBased
import Testing
@testable import PatronCore

/// The lawful-basis rule (PDPA): service notices on contacts on file unless opted out; surveys and
/// announcements only with consent.
@Suite struct ContactRuleTests {
    /// An imported Koha member: address, e-mail, mobile on file, no consent flag at all.
    let imported = ContactsOnFile(email: "somchai@example.org", mobile: "0812345678", addressLine1: "99 ถนนห้วยแก้ว", postcode: "50200")

    @Test func everyServiceNoticeMayUseAContactOnFileWithoutConsent() {
        for purpose in MessagePurpose.allCases where purpose.isServiceNotice {
            #expect(ContactRule.verdict(purpose, on: .postcard, contacts: imported, preferences: ContactPreferences()) == .allowed(.serviceNotice))
            #expect(ContactRule.verdict(purpose, on: .email, contacts: imported, preferences: ContactPreferences()) == .allowed(.serviceNotice))
            #expect(ContactRule.verdict(purpose, on: .line, contacts: imported, preferences: ContactPreferences()) == .refused(.noContact))
        }
        #expect(MessagePurpose.allCases.filter(\.isServiceNotice) == [.renewal, .refund, .lastNotice, .campaignNotice, .refundRequestStatus,
                                                                      .complaintOutcome, .signInCode])
    }

    @Test func surveysAnnouncementsAndPromotionsNeedTheChannelsConsent() {
        for purpose in [MessagePurpose.survey, .announcement, .promotion] {
            #expect(purpose.lawfulBasis == .consent)
            #expect(ContactRule.verdict(purpose, on: .email, contacts: imported, preferences: ContactPreferences()) == .refused(.noConsent))
            let consented = ContactPreferences(consent: ChannelConsent(email: true))
            #expect(ContactRule.verdict(purpose, on: .email, contacts: imported, preferences: consented) == .allowed(.consent))
            #expect(ContactRule.verdict(purpose, on: .postcard, contacts: imported, preferences: consented) == .refused(.noConsent))
        }
    }

    @Test func anOptOutWinsOverEverything() {
        let consentedButOut = ContactPreferences(consent: ChannelConsent(postcard: true, email: true), optedOutChannels: ChannelSet(.postcard))
        #expect(ContactRule.verdict(.refund, on: .postcard, contacts: imported, preferences: consentedButOut) == .refused(.optedOutOfChannel))
        #expect(ContactRule.verdict(.refund, on: .email, contacts: imported, preferences: consentedButOut) == .allowed(.serviceNotice))
        let allOut = ContactPreferences(consent: ChannelConsent(email: true), optedOutOfAll: true)
        #expect(ContactRule.verdict(.signInCode, on: .email, contacts: imported, preferences: allOut) == .refused(.optedOutOfAll))
        #expect(ContactRule.allowedChannels(.refund, contacts: imported, preferences: allOut).isEmpty)
    }

    @Test func aReturnedPostcardMakesTheAddressUnusableAndSaysWhy() {
        var contacts = imported
        contacts.addressUndeliverable = true
        #expect(ContactRule.verdict(.campaignNotice, on: .postcard, contacts: contacts, preferences: ContactPreferences()) == .refused(.addressUndeliverable))
        #expect(!contacts.channels.contains(.postcard))
        #expect(contacts.channels.contains(.email))
    }

    @Test func aPostcardNeedsAFirstAddressLineAndAFiveDigitPostcode() {
        #expect(!ContactsOnFile(addressLine1: "99 ถนนห้วยแก้ว", postcode: "").channels.contains(.postcard))
        #expect(!ContactsOnFile(addressLine1: "", postcode: "50200").channels.contains(.postcard))
        #expect(ContactsOnFile(addressLine1: "99", postcode: "50200").channels.contains(.postcard))
    }

    @Test func theMemberPageExplainsEachVerdictInBothLanguages() {
        let verdicts: [ContactRule.Verdict] = [.allowed(.serviceNotice), .allowed(.consent), .refused(.optedOutOfAll), .refused(.optedOutOfChannel),
                                               .refused(.noContact), .refused(.addressUndeliverable), .refused(.noConsent)]
        for verdict in verdicts {
            #expect(!verdict.explanation(.th).isEmpty && !verdict.explanation(.en).isEmpty)
            #expect(verdict.explanation(.th) != verdict.explanation(.en))
        }
    }

    static let contactsGen = zip(Gen.bool, Gen.bool, Gen.bool, Gen.bool, Gen.bool, Gen.int(in: 0...15)).map { a, e, m, l, u, optOuts in
        (ContactsOnFile(email: e ? "a@example.org" : "", mobile: m ? "0812345678" : "", lineUserID: l ? "U1" : "",
                        addressLine1: a ? "1 ถนน" : "", postcode: a ? "10900" : "", addressUndeliverable: u),
         ChannelSet(rawValue: UInt8(optOuts)))
    }

    /// The planner's fast path (one bit set) answers exactly as the rule per channel does.
    @Test func theSetOfAllowedChannelsAgreesWithTheVerdictPerChannel() async {
        await propertyCheck(count: 400, input: Self.contactsGen, Gen.int(in: 0...15), Gen.bool, Gen.int(in: 0...9)) { pair, consentBits, allOut, purposeIndex in
            let (contacts, optOuts) = pair
            let consent = ChannelConsent(postcard: consentBits & 1 != 0, email: consentBits & 2 != 0, sms: consentBits & 4 != 0, line: consentBits & 8 != 0)
            let preferences = ContactPreferences(consent: consent, optedOutChannels: optOuts, optedOutOfAll: allOut)
            let purpose = MessagePurpose.allCases[purposeIndex]
            let set = ContactRule.allowedChannels(purpose, contacts: contacts, preferences: preferences)
            for channel in ContactChannel.allCases {
                #expect(set.contains(channel) == ContactRule.verdict(purpose, on: channel, contacts: contacts, preferences: preferences).isAllowed)
                if optOuts.contains(channel) || allOut { #expect(!set.contains(channel)) }
            }
        }
    }
}

@Suite struct ContactPreferenceChangeTests {
    @Test func changesApplyToThePreferencesAndRefuseNoOps() throws {
        let start = ContactPreferences()
        let out = try ContactPreferenceChange(kind: .optedOut, channel: .sms, via: .reply).applied(to: start).get()
        #expect(out.optedOutChannels == ChannelSet(.sms))
        #expect(ContactPreferenceChange(kind: .optedOut, channel: .sms, via: .counter).applied(to: out) == .failure(.noChange))
        let back = try ContactPreferenceChange(kind: .optedIn, channel: .sms, via: .portal).applied(to: out).get()
        #expect(back == start)
        let consent = try ContactPreferenceChange(kind: .consentGiven, channel: .line, via: .counter).applied(to: start).get()
        #expect(consent.consent.line && !consent.consent.email)
        #expect(ContactPreferenceChange(kind: .consentGiven, channel: nil, via: .counter).applied(to: start) == .failure(.consentNeedsChannel))
        let all = try ContactPreferenceChange(kind: .optedOut, channel: nil, via: .counter).applied(to: start).get()
        #expect(all.optedOutOfAll)
    }

    @Test func theMemberFormsConsentBoxesBecomeOneChangePerChannel() {
        let changes = ContactPreferenceChange.consentChanges(from: ChannelConsent(postcard: true, email: true),
                                                             to: ChannelConsent(email: true, sms: true), via: .counter)
        #expect(changes == [ContactPreferenceChange(kind: .consentWithdrawn, channel: .postcard, via: .counter),
                            ContactPreferenceChange(kind: .consentGiven, channel: .sms, via: .counter)])
        #expect(ContactPreferenceChange.consentChanges(from: ChannelConsent(), to: ChannelConsent(), via: .counter).isEmpty)
    }
}
