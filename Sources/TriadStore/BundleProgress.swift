/// How far an import of a bundle has gone: records applied of the bundle's records.
public struct BundleProgress: Equatable, Sendable {
    public let done: Int
    public let total: Int

    /// Creates the figure.
    public init(done: Int, total: Int) {
        self.done = done
        self.total = total
    }
}
