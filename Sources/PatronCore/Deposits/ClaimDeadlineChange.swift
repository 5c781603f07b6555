extension ClaimDeadline {
    /// The new deadline when `proposed` is later than `current`, else nil: a deadline is only ever
    /// extended, never shortened (a member told "until 31 March" keeps that right).
    public static func extended(_ current: CivilDate, to proposed: CivilDate) -> CivilDate? {
        proposed > current ? proposed : nil
    }
}
