extension CouncilSeat {
    /// Whether this seat and `other` share at least one day.
    public func overlaps(_ other: CouncilSeat) -> Bool {
        let selfEnd = to ?? Day(ordinal: .max)
        let otherEnd = other.to ?? Day(ordinal: .max)
        return from <= otherEnd && other.from <= selfEnd
    }
}
