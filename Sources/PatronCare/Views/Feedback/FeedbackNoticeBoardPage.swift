import PatronCore

/// The printable notice-board sheet of published outcomes, for staff to pin up, with the absolute
/// addresses (`PATRONCARE_PUBLIC_URL`) of the complaint status page and the feedback form as QR codes
/// and text; while the address is the loopback default the screen (not the paper) says so.
struct FeedbackNoticeBoardPage: Page {
    struct Row {
        let reference: String
        let kind: String
        let service: String
        let received: String
        let summary: String
        let outcome: String
    }

    let chrome: PageChrome
    let rows: [Row]
    let printedOn: String
    let publicAddress: PublicAddress
    let status: PrintedAddress
    let form: PrintedAddress

    init(chrome: PageChrome, items: [FeedbackItem], today: CivilDate, publicAddress: PublicAddress) {
        let language = chrome.language
        self.chrome = chrome
        rows = items.map {
            Row(reference: $0.reference, kind: $0.kind.name(language), service: $0.service.name(language),
                received: DateDisplay.short(BangkokTime.day(of: $0.receivedAt), language), summary: $0.summary, outcome: $0.outcome ?? "")
        }
        printedOn = DateDisplay.long(today, language)
        self.publicAddress = publicAddress
        status = PrintedAddress(url: publicAddress.absolute(.feedbackStatus()), caption: chrome.words("print_scan_status"))
        form = PrintedAddress(url: publicAddress.absolute(.feedbackForm), caption: chrome.words("print_scan_feedback_form"))
    }

    var content: HTML {
        let t = chrome.words
        return """
        <link rel="stylesheet" href="\(Asset.feedbackCSS.href)">
        <nav class="noprint"><a href="\(SiteRoute.complaints().href)">← \(t("complaints_title"))</a> · <button type="button" data-print>\(t("feedback_print"))</button></nav>
        \(publicAddress.warning(t))
        <section class="sheet">
          <h1>\(t("complaints_notice_board_heading"))</h1>
          <p>\(t("complaints_notice_board_intro")) \(printedOn)</p>
          \("<p class=\"empty\">\(t("feedback_announcements_none"))</p>", if: rows.isEmpty)
          \(rows.map { row -> HTML in """
          <div class="notice-item">
              <h2>\(row.reference) · \(row.kind) · \(row.service)</h2>
              <p><strong>\(row.summary)</strong> (\(t("feedback_received")) \(row.received))</p>
              <p class="outcome">\(t("feedback_outcome")): \(row.outcome)</p>
            </div>
          """ })
          <p class="footnote">\(t("complaints_notice_board_footer"))</p>
          <div class="printed-addresses">\(status.html)\(form.html)</div>
        </section>
        """
    }
}
