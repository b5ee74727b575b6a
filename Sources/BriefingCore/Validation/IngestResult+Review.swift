extension IngestResult {
    /// The same result with a review's findings added. A review rejects nothing, so the data and the
    /// accounting stay as ingest left them.
    public func adding(_ review: Review) -> IngestResult {
        IngestResult(data: data, findings: findings + review.findings, accounts: accounts, missingInputs: missingInputs,
                     stages: stages)
    }
}
