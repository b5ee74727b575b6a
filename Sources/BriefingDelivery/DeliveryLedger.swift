import Foundation
import GRDB

/// What makes a delivery the same delivery: the window reported on, the recipient, and the exact bytes
/// of the attachment. A workbook rewritten with other figures has another hash and is sent again.
public struct DeliveryKey: Hashable, Sendable {
    /// The window folder's name, `2021-04_2021-10`.
    public let window: String
    public let recipient: String
    public let attachmentSHA256: String

    public init(window: String, recipient: String, attachmentSHA256: String) {
        self.window = window
        self.recipient = recipient
        self.attachmentSHA256 = attachmentSHA256
    }
}

/// One row of the ledger: the last word on one delivery.
public struct DeliveryEntry: Codable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "delivery"

    public enum Status: String, Codable, Sendable {
        case delivered
        case failed
    }

    public let window: String
    public let recipient: String
    public let attachmentSHA256: String
    public let unit: String
    public let attachmentName: String
    public var status: Status
    /// Attempts over every run, the successful one included.
    public var attempts: Int
    public var lastError: String?
    public var lastAttemptAt: Date
    public var deliveredAt: Date?
    public let messageID: String

    enum CodingKeys: String, CodingKey {
        case window, recipient, unit, status, attempts
        case attachmentSHA256 = "attachment_sha256", attachmentName = "attachment_name", lastError = "last_error"
        case lastAttemptAt = "last_attempt_at", deliveredAt = "delivered_at", messageID = "message_id"
    }
}

/// The record of what was mailed to whom, in the run history's SQLite file, so that every recipient gets
/// each workbook once: a message is sent only when its key has no `delivered` row.
///
/// The row is written right after the server accepts the message. A crash between the two sends that
/// message again on the next run; it then carries the same Message-ID, which lets mail clients fold it.
public struct DeliveryLedger: Sendable {
    private let database: any DatabaseWriter

    /// Creates or upgrades the ledger's table in `database`; other tables in the file are left alone.
    public init(database: any DatabaseWriter) throws(LedgerError) {
        self.database = database
        var migrator = DatabaseMigrator()
        migrator.registerMigration("delivery-ledger-1") { db in
            try db.create(table: DeliveryEntry.databaseTableName) { table in
                table.column("window", .text).notNull()
                table.column("recipient", .text).notNull()
                table.column("attachment_sha256", .text).notNull()
                table.column("unit", .text).notNull()
                table.column("attachment_name", .text).notNull()
                table.column("status", .text).notNull()
                table.column("attempts", .integer).notNull()
                table.column("last_error", .text)
                table.column("last_attempt_at", .datetime).notNull()
                table.column("delivered_at", .datetime)
                table.column("message_id", .text).notNull()
                table.primaryKey(["window", "recipient", "attachment_sha256"])
            }
        }
        try Self.attempt { try migrator.migrate(database) }
    }

    public func entry(for key: DeliveryKey) throws(LedgerError) -> DeliveryEntry? {
        try Self.attempt {
            try database.read { db in
                try DeliveryEntry.fetchOne(db, key: ["window": key.window, "recipient": key.recipient,
                                                     "attachment_sha256": key.attachmentSHA256])
            }
        }
    }

    /// The messages of `plan` not yet delivered, in plan order.
    public func pending(in plan: MailPlan) throws(LedgerError) -> [Envelope] {
        var pending: [Envelope] = []
        for envelope in plan.envelopes {
            if try entry(for: envelope.key)?.status != .delivered { pending.append(envelope) }
        }
        return pending
    }

    /// Every row of a window, in recipient order.
    public func entries(window: String) throws(LedgerError) -> [DeliveryEntry] {
        try Self.attempt {
            try database.read { db in
                try DeliveryEntry.filter(Column("window") == window).order(Column("recipient")).fetchAll(db)
            }
        }
    }

    public func recordDelivered(_ envelope: Envelope, attempts: Int, at date: Date) throws(LedgerError) {
        try record(envelope, at: date, attempts: attempts) { entry in
            entry.status = .delivered
            entry.lastError = nil
            entry.deliveredAt = date
        }
    }

    public func recordFailure(_ envelope: Envelope, _ failure: MailFailure, attempts: Int, at date: Date) throws(LedgerError) {
        try record(envelope, at: date, attempts: attempts) { entry in
            entry.status = .failed
            entry.lastError = failure.description
        }
    }

    private func record(_ envelope: Envelope, at date: Date, attempts: Int,
                        change: @Sendable @escaping (inout DeliveryEntry) -> Void) throws(LedgerError) {
        let key = envelope.key
        try Self.attempt {
            try database.write { db in
                var entry = try DeliveryEntry.fetchOne(db, key: ["window": key.window, "recipient": key.recipient,
                                                                 "attachment_sha256": key.attachmentSHA256])
                    ?? DeliveryEntry(window: key.window, recipient: key.recipient, attachmentSHA256: key.attachmentSHA256,
                                     unit: envelope.unit.name, attachmentName: envelope.attachmentName, status: .failed,
                                     attempts: 0, lastError: nil, lastAttemptAt: date, deliveredAt: nil,
                                     messageID: envelope.messageID)
                entry.attempts += attempts
                entry.lastAttemptAt = date
                change(&entry)
                try entry.save(db)
            }
        }
    }

    private static func attempt<T>(_ body: () throws -> T) throws(LedgerError) -> T {
        do {
            return try body()
        } catch {
            throw LedgerError(reason: "\(error)")
        }
    }
}

/// The ledger's SQLite file could not be read or written.
public struct LedgerError: Error, Sendable, CustomStringConvertible {
    public let reason: String
    public var description: String { "发送记录无法读写：\(reason)" }
}
