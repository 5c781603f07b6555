/// A listed member's card number as a link to the member's page (plain text when the row has no
/// member page); a listed complaint's reference number likewise. Every report that lists members or
/// complaints draws them through these, so a row can always be acted on.
enum MemberLink {
    static func html(href: String, cardNumber: String) -> HTML {
        href.isEmpty ? "\(cardNumber)" : "<a href=\"\(href)\">\(cardNumber)</a>"
    }
}

enum ComplaintLink {
    static func html(href: String?, reference: String) -> HTML {
        guard let href, !href.isEmpty else { return "\(reference)" }
        return "<a href=\"\(href)\">\(reference)</a>"
    }
}
