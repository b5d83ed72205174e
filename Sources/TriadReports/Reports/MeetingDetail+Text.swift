import TriadCore

extension MeetingDetail {
    /// The groups present, in triangle order, and whether the meeting was triangular:
    /// "council, contributors, secretariat (triangular)".
    public var groupsPresentText: String {
        let groups = groupsPresent.map(\.rawValue).joined(separator: ", ")
        return (groups.isEmpty ? "none recorded" : groups) + (isTriangular ? " (triangular)" : "")
    }
}
