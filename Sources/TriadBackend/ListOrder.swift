/// The order of the lists a reading hands over a page at a time, one spelling in SQL for both backends, so
/// that a list read whole and one read by pages of its numbers (`RecordPages`) come out the same.
public enum ListOrder {
    /// Actions: by due date, undated last, then by number. Open actions come out overdue first in it, as the
    /// reports list them (``ActionItem/isOverdue`` is a due date before the day).
    public static let actions = "actionItem.dueOn IS NULL, actionItem.dueOn, actionItem.id"
    /// Meetings: by day, then time (a meeting without one first), then number.
    public static let meetings = "meeting.meetingDay, meeting.startsAt, meeting.id"
}
