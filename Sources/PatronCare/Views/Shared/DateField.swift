import PatronCore

/// The one date input of the app: a text field that shows and takes `dd/mm/yyyy` in the reader's
/// calendar — Buddhist era in Thai (`23/11/2569`), Gregorian in English (`23/11/2026`); ISO
/// (`2026-11-23`) is taken in both — read on the server by `DateEntry.parse` (core). Never the
/// browser's own date input, whose calendar and order follow the browser's locale.
///
/// `Public/js/datepicker.js` adds a small calendar picker beside each field (Thai month names and
/// B.E. years in Thai); without script the field still works as typed text. A page with date fields
/// puts `DateField.assets(words)` once in its content (the snapshot helper checks that it does).
enum DateField {
    /// An `<input>` for a day. `value` is what the form holds — a stored or default day in any
    /// accepted spelling is shown in the reader's calendar; text that is not a day (what someone
    /// typed and must correct) is shown exactly as typed.
    static func input(_ name: String, value: String?, _ words: Words, required: Bool = false) -> HTML {
        let language = words.language
        return """
        <input type="text" name="\(name)" value="\(DateEntry.shown(value, language))" autocomplete="off" \
        placeholder="\(DateEntry.placeholder(language))" data-datefield="\(calendar(language))"\(" required", if: required)>
        """
    }

    /// An `<input>` for a day the page holds as a value (its own default, e.g. today).
    static func input(_ name: String, day: CivilDate?, _ words: Words, required: Bool = false) -> HTML {
        input(name, value: day?.iso, words, required: required)
    }

    /// The picker's script and its words (month and weekday names, button labels), once per page.
    static func assets(_ t: Words) -> HTML {
        let language = t.language
        return """
        <script src="\(Asset.datePickerJS.href)" defer></script>
        <span hidden id="datepicker-words" data-months="\(DateDisplay.monthNames(language).joined(separator: ","))" \
        data-weekdays="\(DateDisplay.weekdayAbbreviations(language).joined(separator: ","))" data-open="\(t("datepicker_open"))" \
        data-previous="\(t("datepicker_previous"))" data-next="\(t("datepicker_next"))" data-today="\(t("datepicker_today"))" \
        data-close="\(t("datepicker_close"))"></span>
        """
    }

    /// `be`: Buddhist-era years (Thai); `ce`: Gregorian (English). The script shows and writes years so.
    static func calendar(_ language: Language) -> String { language == .th ? "be" : "ce" }
}
