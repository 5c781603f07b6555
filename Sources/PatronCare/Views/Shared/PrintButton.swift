/// The print button of a report page (`js/print.js` opens the browser's print dialog; the pages carry
/// no inline script). Printing hides the navigation, the filters, the forms and the buttons
/// (`@media print` in `app.css`), so the sheet is the report alone.
enum PrintButton {
    static func html(_ t: Words) -> HTML {
        "<button type=\"button\" class=\"noprint\" data-print id=\"print\">\(t("report_print"))</button>"
    }
}
