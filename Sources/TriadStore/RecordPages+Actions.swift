import TriadCore

extension RecordPages where Record == ActionItem {
    /// The actions matching `filter` on `day`, as ``RecordReading/actions(_:asOf:)`` lists them. The filter's
    /// owner group is applied as each page is read (a group is worked out for each action on the day).
    public init(actions filter: ActionFilter, asOf day: Day, in reader: any RecordReading, size: Int = defaultSize)
        throws
    {
        let ids = try reader.actionIDs(filter, asOf: day)
        self.init(count: ids.count, size: size) { range in
            let page = try reader.actions(numbered: Array(ids[range]), asOf: day)
            return filter.group == nil ? page : page.filter(filter.admitsOwner(of:))
        }
    }
}
