/// How long something took, for the progress lines of commands and runs. Monotonic, and apart from
/// `AppClock` on purpose: durations are real time even where a test pins "now".
struct Stopwatch {
    private let started = ContinuousClock.now

    /// Seconds since the stopwatch was started.
    var seconds: Double {
        let elapsed = started.duration(to: .now).components
        return Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
    }
}
