import PatronCore

/// A public page's address as a printed sheet carries it: the absolute address
/// (`PATRONCARE_PUBLIC_URL` + the page's path) as a QR code (the core's `QRCode`) and as text under it,
/// for a reader without a phone. The SVG's markup is exactly `QRCode.svg(label:)` (the tests compare).
struct PrintedAddress: Sendable {
    let url: String
    let caption: String
    /// nil only when the address is too long for a version-10 symbol (213 bytes): the text still prints.
    let symbol: QRCode?

    init(url: String, caption: String) {
        self.url = url
        self.caption = caption
        symbol = try? QRCode(url)
    }

    var html: HTML {
        """
        <figure class="printed-address">\(symbol.map(Self.svg))<figcaption>\(caption)<br><span class="url">\(url)</span></figcaption></figure>
        """
    }

    static func svg(_ symbol: QRCode) -> HTML {
        let width = symbol.totalModules
        return """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(width) \(width)" shape-rendering="crispEdges" role="img" aria-label="\(symbol.text)" class="qr"><rect width="\(width)" height="\(width)" fill="#fff"/><path fill="#000" d="\(symbol.pathData)"/></svg>
        """
    }
}

/// The on-screen warning (never printed: `noprint`) on every printed sheet while
/// `PATRONCARE_PUBLIC_URL` is the loopback default: the addresses and QR codes would open this machine only.
enum PublicAddressWarning {
    static func html(baseURL: String, words t: Words) -> HTML {
        let text = t("print_public_address_loopback")
            .replacingOccurrences(of: "{variable}", with: ConfigurationVariable.publicURL.rawValue)
            .replacingOccurrences(of: "{address}", with: baseURL)
        return "<p class=\"print-warning noprint\" role=\"alert\">\(text)</p>"
    }
}

/// What a printed sheet needs of the public address: the base (`PATRONCARE_PUBLIC_URL`, no trailing
/// slash) and whether it is still the loopback default.
struct PublicAddress: Sendable, Equatable {
    let baseURL: String
    let isLoopback: Bool

    func absolute(_ route: SiteRoute) -> String { baseURL + route.href }

    /// The warning while the address is loopback; nothing otherwise.
    func warning(_ words: Words) -> HTML? {
        isLoopback ? PublicAddressWarning.html(baseURL: baseURL, words: words) : nil
    }
}
