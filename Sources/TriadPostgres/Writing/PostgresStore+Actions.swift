import TriadBackend
import TriadCore
import TriadStore

extension PostgresStore {
    public func addAction(_ draft: ActionDraft) throws -> ActionID {
        try write(summary: { "added action \($0)" }) { session in
            let owner = try session.partyRecord(draft.owner)
            let meeting = try draft.meeting.map { try session.meetingRecord($0) }
            let mission = try draft.mission.map { try session.missionRecord($0) }
            let id = try session.insertAction(
                ActionRow(
                    id: 0, uuid: PostgresStore.newUUID(), title: draft.title, details: draft.details,
                    ownerPartyId: owner.id, assignee: draft.assignee, meetingId: meeting?.id, missionId: mission?.id,
                    dueOn: draft.due, priority: draft.priority, status: .open, createdAt: context.now,
                    updatedAt: context.now, closedAt: nil,
                    classification: RecordClassification.of(own: draft.classification, parent: meeting?.classification)
                        .level,
                    ownClassification: draft.classification != nil))
            try session.replaceAreas(of: .action, id, with: draft.a4p)
            return ActionID(rawValue: id)
        }
    }

    public func updateAction(_ id: ActionID, _ update: ActionUpdate, asOf day: Day) throws -> ActionItem {
        try write(summary: { "updated action \($0.id)" }) { session in
            var record = try session.actionRecord(id)
            try record.apply(update, owner: try update.owner.map { try session.partyRecord($0).id }, action: id)
            if let a4p = update.a4p { try session.replaceAreas(of: .action, record.id, with: a4p) }
            if let classification = update.classification {
                (record.classification, record.ownClassification) = (classification, true)
            }
            if let note = update.note { try addNote(note, to: record, in: session) }
            try save(&record, in: session)
            try session.followClassification(ofAction: record.id)
            return try session.action(id, asOf: day)
        }
    }

    public func changeActionStatus(_ id: ActionID, to status: ActionStatus, note: String?, asOf day: Day) throws
        -> ActionItem
    {
        try write(summary: { "marked action \($0.id) \(status.rawValue)" }) { session in
            var record = try session.actionRecord(id)
            try record.change(to: status, at: context.now, action: id)
            if let note = try Text.optional(note, field: "note") { try addNote(note, to: record, in: session) }
            try save(&record, in: session)
            return try session.action(id, asOf: day)
        }
    }

    public func addNote(_ text: String, to id: ActionID, classification: Classification?, asOf day: Day) throws
        -> ActionItem
    {
        try write(summary: { "added a note to action \($0.id)" }) { session in
            var record = try session.actionRecord(id)
            try addNote(try Text.required(text, field: "note"), to: record, classification: classification, in: session)
            try save(&record, in: session)
            return try session.action(id, asOf: day)
        }
    }

    /// A note written now by this command's actor, at its own level or its action's.
    private func addNote(
        _ text: String, to action: ActionRow, classification: Classification? = nil, in session: PostgresSession
    ) throws {
        try session.insertNote(
            ActionNote(
                uuid: PostgresStore.newUUID(), at: context.now, actor: context.actor, text: text,
                classification: .of(own: classification, parent: action.classification)),
            to: action.id)
    }

    private func save(_ record: inout ActionRow, in session: PostgresSession) throws {
        record.updatedAt = context.now
        try session.updateAction(record)
    }
}
