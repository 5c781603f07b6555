import PatronCore

/// What the printed sheets of the counter (the receipt, the refund slip) share: the receipt
/// stylesheet (A5, or 80 mm thermal paper as the body's class) and the print button's script.
enum PaperSheet {
    static func opening(title: String, language: Language, thermal: Bool) -> HTML {
        """
        <!doctype html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title)</title>
        <link rel="stylesheet" href="\(Asset.receiptCSS.href)">
        <script src="\(Asset.printJS.href)" defer></script>
        </head>
        <body class="\("thermal", if: thermal)">
        """
    }
}
