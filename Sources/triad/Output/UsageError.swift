/// A command given with arguments that cannot work together (exit 64).
struct UsageError: Error {
    /// One sentence that says what to give instead.
    let message: String
}
