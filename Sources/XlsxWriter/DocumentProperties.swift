import Foundation

/// The properties Excel shows under File › Info.
public struct DocumentProperties: Hashable, Sendable {
    public var title: String?
    public var subject: String?
    public var author: String?
    public var company: String?
    /// The creation time stored in the file, to the second. With `nil` libxlsxwriter stores the
    /// time of `close()`, so two runs never give the same bytes; fix it to make identical input
    /// give a byte-identical file. It must be after 1970-01-01T00:00:00Z, because libxlsxwriter
    /// reads the epoch itself as "now".
    public var created: Date?

    public init(
        title: String? = nil,
        subject: String? = nil,
        author: String? = nil,
        company: String? = nil,
        created: Date? = nil
    ) {
        self.title = title
        self.subject = subject
        self.author = author
        self.company = company
        self.created = created
    }

    /// `created` given as seconds since 1970-01-01T00:00:00Z.
    public init(
        title: String? = nil,
        subject: String? = nil,
        author: String? = nil,
        company: String? = nil,
        createdEpochSeconds: Int
    ) {
        self.init(
            title: title, subject: subject, author: author, company: company,
            created: Date(timeIntervalSince1970: TimeInterval(createdEpochSeconds)))
    }
}
