/// Something in an input file that stops it from being imported, with where it stands.
public struct ImportProblem: Hashable, Sendable {
    /// What is wrong, in a few words ("unknown party", "negative number").
    public var kind: String
    /// The offending value ("RWD", "troops -5").
    public var detail: String
    /// The line of the file.
    public var line: Int

    /// Creates a problem.
    public init(kind: String, detail: String, line: Int) {
        self.kind = kind
        self.detail = detail
        self.line = line
    }
}
