/// A long list read a page at a time, in list order: the numbers of every record first (eight bytes each),
/// then the records themselves a page after another, so that a report of sixty thousand open actions or a
/// calendar of a hundred thousand meetings never holds more than a page of them. Read in one reading of the
/// store (one snapshot), the pages hold what the whole list would.
public struct RecordPages<Record> {
    /// The records a page holds at most.
    public static var defaultSize: Int { 1000 }

    private let count: Int
    private let read: (Range<Int>) throws -> [Record]
    private let size: Int
    private var start = 0

    /// The pages of `count` records, `read` giving those at positions in a range, `size` at a time.
    init(count: Int, size: Int, read: @escaping (Range<Int>) throws -> [Record]) {
        precondition(size > 0, "a page holds at least one record")
        self.count = count
        self.size = size
        self.read = read
    }

    /// The next page, or nil after the last. A page may hold fewer than `size` records, and none, when some
    /// are passed over as they are read (an owner group).
    public mutating func next() throws -> [Record]? {
        guard start < count else { return nil }
        let end = min(count, start + size)
        defer { start = end }
        return try read(start..<end)
    }

    /// Hands every page left to `body`, in order.
    public mutating func forEach(_ body: ([Record]) throws -> Void) throws {
        while let page = try next() { try body(page) }
    }
}
