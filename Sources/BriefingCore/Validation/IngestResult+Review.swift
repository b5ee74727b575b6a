extension IngestResult {
    /// The same result with a review's findings added. A review rejects nothing, so the data and the
    /// accounting stay as ingest left them.
    public func adding(_ review: Review) -> IngestResult { adding(review.findings) }

    /// The same result with findings that reject nothing added (a review's, a config sender no team names).
    public func adding(_ more: [Finding]) -> IngestResult {
        IngestResult(data: data, findings: findings + more, accounts: accounts, missingInputs: missingInputs,
                     stages: stages)
    }
}
