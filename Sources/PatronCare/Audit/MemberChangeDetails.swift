import PatronCore

/// What the access log says about a change to a member: the names of the fields that changed
/// (never their values — the log must not become a second copy of the personal data) and the
/// consent flags before and after.
enum MemberChangeDetails {
    static func fields(from before: MemberDraft, to after: MemberDraft) -> String {
        let checks: [(String, (MemberDraft) -> String)] = [
            ("cardNumber", \.cardNumber), ("firstNameTh", \.firstNameTh), ("lastNameTh", \.lastNameTh),
            ("firstNameEn", \.firstNameEn), ("lastNameEn", \.lastNameEn), ("segment", { $0.segment.rawValue }),
            ("membershipType", { $0.membershipType.rawValue }), ("enrolledOn", { $0.enrolledOn.iso }),
            ("expiresOn", { $0.expiresOn.iso }), ("status", { $0.status.rawValue }), ("email", \.email), ("mobile", \.mobile),
            ("lineUserID", \.lineUserID), ("addressLine1", \.addressLine1), ("addressLine2", \.addressLine2),
            ("addressLine3", \.addressLine3), ("postcode", \.postcode), ("preferredLanguage", { $0.preferredLanguage.rawValue }),
            ("notes", \.notes),
        ]
        let changed = checks.filter { $0.1(before) != $0.1(after) }.map(\.0)
        return changed.isEmpty ? "no field changed" : "changed=" + changed.joined(separator: ",")
    }

    static func consent(from before: ChannelConsent, to after: ChannelConsent) -> String {
        func flags(_ consent: ChannelConsent) -> String {
            let on = ContactChannel.allCases.filter(consent.allows).map(\.rawValue)
            return on.isEmpty ? "none" : on.joined(separator: ",")
        }
        return "consent=\(flags(before))→\(flags(after))"
    }
}
