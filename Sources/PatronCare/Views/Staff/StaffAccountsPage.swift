import PatronCore

/// The administrator's staff accounts: one editable row per account, and the form to add one.
struct StaffAccountsPage: Page {
    struct Row {
        /// The id of the row's form (`staff-<uuid>`), which the row's inputs point at.
        let formID: String
        let action: String
        let username: String
        let displayName: String
        let roles: [SelectOption]
        let active: Bool
        let mustChangePassword: Bool
        /// When the sign-in lock-out locked it, shown for the admin; nil when not locked.
        let lockedSince: String?
    }

    let chrome: PageChrome
    let rows: [Row]
    let roles: [SelectOption]
    let errors: [String]
    /// What was typed into the add form, shown again with its errors (the password is never echoed).
    let form: StaffController.NewStaffForm

    init(chrome: PageChrome, users: [StaffUser], form: StaffController.NewStaffForm, errors: [String]) {
        let language = chrome.language
        func roles(_ selected: String?) -> [SelectOption] {
            StaffRole.allCases.map { SelectOption(value: $0.rawValue, label: $0.name(language), selected: $0.rawValue == selected) }
        }
        self.chrome = chrome
        rows = users.map {
            Row(formID: "staff-" + ($0.id?.uuidString ?? ""), action: SiteRoute.href($0.id) { .staffAccount($0) },
                username: $0.username, displayName: $0.displayName, roles: roles($0.role.rawValue), active: $0.active,
                mustChangePassword: $0.mustChangePassword,
                lockedSince: $0.lockedAt.map { let local = BangkokTime($0); return DateDisplay.short(local.day, language) + " " + local.clock })
        }
        self.roles = roles(form.role ?? StaffRole.counter.rawValue)
        self.errors = errors
        self.form = form
    }

    var content: HTML {
        let t = chrome.words
        return """
        <h1>\(t("staff_title"))</h1>
        <section class="card">
          <table class="list">
            <thead><tr><th>\(t("staff_username"))</th><th>\(t("staff_display_name"))</th><th>\(t("staff_role"))</th><th>\(t("staff_active"))</th><th>\(t("staff_new_password"))</th><th>\(t("staff_must_change_password"))</th><th>\(t("staff_lockout"))</th><th></th></tr></thead>
            <tbody>
            \(rows.map { row(for: $0, t) })
            </tbody>
          </table>
          \(rows.map { row -> HTML in
            "<form id=\"\(row.formID)\" method=\"post\" action=\"\(row.action)\"><input type=\"hidden\" name=\"_csrf\" value=\"\(chrome.csrf)\"></form>"
          })
        </section>
        <section class="card">
          <h2>\(t("staff_add"))</h2>
          \("<div class=\"error\" role=\"alert\"><ul>\(errors.map { error -> HTML in "<li>\(error)</li>" })</ul></div>", if: !errors.isEmpty)
          <form method="post" action="\(SiteRoute.staffAccounts.href)" class="form-grid">
            <input type="hidden" name="_csrf" value="\(chrome.csrf)">
            <label>\(t("staff_username"))<input name="username" value="\(form.username)" required></label>
            <label>\(t("staff_display_name"))<input name="displayName" value="\(form.displayName)" required></label>
            <label>\(t("staff_role"))<select name="role">\(roles.map(\.optionTag))</select></label>
            <label>\(t("staff_password"))<input type="password" name="password" autocomplete="new-password" required minlength="10"></label>
            <div class="full actions"><button type="submit">\(t("staff_add"))</button></div>
          </form>
        </section>
        """
    }

    private func row(for row: Row, _ t: Words) -> HTML {
        let lockout: HTML = row.lockedSince.map { since -> HTML in
            "<span class=\"error\">\(t("staff_locked_since")) \(since)</span> <label><input type=\"checkbox\" name=\"unlock\" form=\"\(row.formID)\"> \(t("staff_unlock"))</label>"
        } ?? "—"
        return """
          <tr>
            <td>\(row.username)</td>
            <td>\(row.displayName)</td>
            <td><select name="role" form="\(row.formID)">\(row.roles.map(\.optionTag))</select></td>
            <td><input type="checkbox" name="active" form="\(row.formID)"\(" checked", if: row.active) aria-label="\(t("staff_active"))"></td>
            <td><input type="password" name="password" form="\(row.formID)" autocomplete="new-password" aria-label="\(t("staff_new_password"))"></td>
            <td><input type="checkbox" name="mustChangePassword" form="\(row.formID)"\(" checked", if: row.mustChangePassword) aria-label="\(t("staff_must_change_password"))"></td>
            <td>\(lockout)</td>
            <td><button type="submit" form="\(row.formID)">\(t("form_save"))</button></td>
          </tr>
        """
    }
}
