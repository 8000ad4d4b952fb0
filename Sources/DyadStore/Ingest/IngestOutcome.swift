import DyadText

/// What became of one input document.
public enum IngestOutcome: Sendable {
    /// Stored, with the events and mentions it added.
    case stored(DocumentReference, sourcePath: String, newEvents: Int, mentions: Int)
    /// Skipped: its normalised text is stored already, as `existing`.
    case duplicate(name: String, sourcePath: String, existing: DocumentReference)
    /// Could not be read (file, line and reason).
    case failed(InputError)
}

/// Running totals of an ingest.
public struct IngestTotals: Sendable, Hashable {
    /// Documents stored.
    public var documents = 0
    /// Documents skipped because their text is stored already.
    public var duplicates = 0
    /// Inputs that could not be read.
    public var failed = 0
    /// Events created.
    public var events = 0
    /// Mentions added (one per event per sentence reporting it).
    public var mentions = 0
    /// Seconds since the ingest started.
    public var seconds = 0.0
    /// Seconds spent coding.
    public var codingSeconds = 0.0
    /// Seconds spent writing to the store (its own speed is `events / writingSeconds`).
    public var writingSeconds = 0.0

    /// No documents yet.
    public init() {}

    /// Documents stored per second.
    public var documentsPerSecond: Double { seconds > 0 ? Double(documents) / seconds : 0 }
    /// Events created per second.
    public var eventsPerSecond: Double { seconds > 0 ? Double(events) / seconds : 0 }

    /// Counts `outcome` in.
    public mutating func add(_ outcome: IngestOutcome) {
        switch outcome {
        case .stored(_, _, let newEvents, let added):
            documents += 1
            events += newEvents
            mentions += added
        case .duplicate: duplicates += 1
        case .failed: failed += 1
        }
    }
}
