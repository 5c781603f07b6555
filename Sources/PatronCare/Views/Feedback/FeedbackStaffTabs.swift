/// The tabs across the top of every staff complaint page (was `feedback/_tabs.leaf`).
enum FeedbackStaffTabs {
    static func nav(_ t: Words) -> HTML {
        """
        <nav class="tabs"><a href="\(SiteRoute.complaints().href)">\(t("complaints_title"))</a> \
        <a href="\(SiteRoute.complaintsKnowledge.href)">\(t("complaints_knowledge_title"))</a> \
        <a href="\(SiteRoute.complaintsMonthly().href)">\(t("complaints_monthly_title"))</a> \
        <a href="\(SiteRoute.complaintsQuarterly().href)">\(t("complaints_quarterly_title"))</a> \
        <a href="\(SiteRoute.complaintsNoticeBoard.href)">\(t("complaints_notice_board_title"))</a> \
        <a href="\(SiteRoute.complaintsMeetings.href)">\(t("complaints_meetings_title"))</a> \
        <a href="\(SiteRoute.feedbackForm.href)">\(t("feedback_form_title"))</a></nav>
        """
    }
}
