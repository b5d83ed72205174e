import TriadCore

extension RecordPages where Record == Meeting {
    /// The meetings matching `filter`, as ``RecordReading/meetings(_:)`` lists them: oldest first.
    public init(meetings filter: MeetingFilter, in reader: any RecordReading, size: Int = defaultSize) throws {
        let ids = try reader.meetingIDs(filter)
        self.init(count: ids.count, size: size) { range in try reader.meetings(numbered: Array(ids[range])) }
    }
}
