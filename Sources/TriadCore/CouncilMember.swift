/// A member of the Council on a day, as `council list` shows it: its seat, and whether it presides that month.
public struct CouncilMember: Hashable, Sendable {
    /// The seat held that day.
    public var seat: CouncilSeat
    /// Whether the member holds the presidency that month.
    public var president: Bool

    /// Creates a member.
    public init(seat: CouncilSeat, president: Bool) {
        self.seat = seat
        self.president = president
    }

    /// The members `seats` on a day, the one of `presidency` marked as presiding.
    public static func members(_ seats: [CouncilSeat], presidency: CouncilPresidency?) -> [CouncilMember] {
        seats.map { CouncilMember(seat: $0, president: $0.party == presidency?.party) }
    }
}

/// A member is encoded as its seat with `president`.
extension CouncilMember: Encodable {
    enum CodingKeys: String, CodingKey {
        case president
    }

    public func encode(to encoder: any Encoder) throws {
        try seat.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(president, forKey: .president)
    }
}
