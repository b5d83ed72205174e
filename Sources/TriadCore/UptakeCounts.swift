/// How many positions a mandate took up, partly, did not take up or found overtaken, and how many are still
/// pending (no uptake recorded against it).
public struct UptakeCounts: Hashable, Sendable, Encodable {
    /// Every position counted: `raised` in JSON.
    public var raised: Int { takenUp + partly + notTakenUp + overtaken + pending }

    public var takenUp = 0
    public var partly = 0
    public var notTakenUp = 0
    public var overtaken = 0
    public var pending = 0

    /// No positions.
    public init() {}

    /// Counts the positions' uptake in `mandate` (each pending when `mandate` is nil).
    public init(_ positions: some Sequence<Position>, in mandate: ResolutionReference?) {
        for position in positions { add(mandate.flatMap { position.uptake(in: $0) }?.status) }
    }

    /// Counts one position of uptake `status` (nil: pending).
    public mutating func add(_ status: UptakeStatus?) {
        switch status {
        case .takenUp: takenUp += 1
        case .partly: partly += 1
        case .notTakenUp: notTakenUp += 1
        case .overtaken: overtaken += 1
        case nil: pending += 1
        }
    }

    enum CodingKeys: String, CodingKey {
        case raised, takenUp, partly, notTakenUp, overtaken, pending
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(raised, forKey: .raised)
        try container.encode(takenUp, forKey: .takenUp)
        try container.encode(partly, forKey: .partly)
        try container.encode(notTakenUp, forKey: .notTakenUp)
        try container.encode(overtaken, forKey: .overtaken)
        try container.encode(pending, forKey: .pending)
    }
}
