import PatronCore

/// The MT committee's meeting days, the form to add one and how many track-4 complaints wait for them.
struct FeedbackMeetingsPage: Page {
    struct Row {
        let deleteAction: String
        let day: String
        let past: Bool
        let note: String
    }

    let chrome: PageChrome
    let rows: [Row]
    let canEdit: Bool
    let openTrack4: Int

    init(chrome: PageChrome, days: [CommitteeMeetingDay], openTrack4: Int, today: CivilDate, canEdit: Bool) {
        let language = chrome.language
        self.chrome = chrome
        rows = days.compactMap { meeting in
            CivilDate(iso: meeting.day).map {
                Row(deleteAction: SiteRoute.href(meeting.id) { .complaintMeetingDelete($0) }, day: DateDisplay.long($0, language),
                    past: $0 < today, note: meeting.note)
            }
        }
        self.canEdit = canEdit
        self.openTrack4 = openTrack4
    }

    var content: HTML {
        let t = chrome.words
        return """
        <link rel="stylesheet" href="\(Asset.feedbackCSS.href)">
        <h1>\(t("complaints_meetings_title"))</h1>
        \(FeedbackStaffTabs.nav(t))
        <p>\(t("complaints_meetings_intro")) \(openTrack4)</p>
        \(canEdit ? addForm : nil)
        \(rows.isEmpty ? "<p class=\"empty\">\(t("complaints_meetings_none"))</p>" : table)
        """
    }

    private var addForm: HTML {
        let t = chrome.words
        return """
        \(DateField.assets(t))
        <form method="post" action="\(SiteRoute.complaintsMeetings.href)" class="filters">
          <input type="hidden" name="_csrf" value="\(chrome.csrf)">
          <label>\(t("complaints_meeting_day"))\(DateField.input("day", value: nil, t, required: true))</label>
          <label class="grow">\(t("feedback_note"))<input name="note" maxlength="200"></label>
          <button type="submit">\(t("complaints_meeting_add"))</button>
        </form>
        """
    }

    private var table: HTML {
        let t = chrome.words
        return """
        <table class="list"><thead><tr><th>\(t("complaints_meeting_day"))</th><th>\(t("feedback_note"))</th><th></th></tr></thead>
        <tbody>\(rows.map { row -> HTML in """
        <tr\(" class=\"past\"", if: row.past)><td>\(row.day)</td><td>\(row.note)</td><td>\(canEdit ? removeForm(row) : nil)</td></tr>
        """ })</tbody></table>
        """
    }

    private func removeForm(_ row: Row) -> HTML {
        """
        <form method="post" action="\(row.deleteAction)" class="inline"><input type="hidden" name="_csrf" value="\(chrome.csrf)">\
        <button type="submit" class="link">\(chrome.words("complaints_meeting_remove"))</button></form>
        """
    }
}
