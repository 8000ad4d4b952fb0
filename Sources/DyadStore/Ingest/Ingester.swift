import Dispatch
import DyadCoder
import DyadText
import Foundation

/// Codes documents and stores them with their events, in batches.
///
/// Documents are gathered into batches (``batchSize`` documents or 16 MB of text). For each
/// batch the ingester asks the store which texts it holds already (those are skipped without
/// being coded, so re-running an interrupted ingest is quick), codes the others on ``jobs``
/// threads and writes them in one transaction: an interrupted ingest leaves whole documents
/// only, and running it again stores the rest without duplicates. A batch is written on a
/// background thread while the next one is coded; at most one write is in flight.
///
/// ```swift
/// let ingester = Ingester(store: store, coder: coder, jobs: 4)
/// ingester.onOutcome = { print($0) }
/// try ingester.ingest(paths: ["Corpus/demo"], reader: DocumentReader())
/// print(ingester.totals.documents)
/// ```
///
/// An ingester is used from one thread, which also receives its callbacks.
public final class Ingester {
    /// The store written to.
    public let store: any Store
    /// The coder.
    public let coder: EventCoder
    /// Threads to code with.
    public let jobs: Int
    /// Documents per batch (and per write transaction).
    public let batchSize: Int
    /// Called with each document's outcome, in input order.
    public var onOutcome: (IngestOutcome) -> Void = { _ in }
    /// Called after each batch is written, with the running totals.
    public var onBatch: (IngestTotals) -> Void = { _ in }
    /// The totals so far.
    public private(set) var totals = IngestTotals()

    private var pending: [NewDocument] = []
    private var pendingBytes = 0
    private let maximumBatchBytes = 16 << 20
    private let started = ContinuousClock.now
    private var writing: BatchWrite?

    /// An ingester writing to `store`.
    public init(store: any Store, coder: EventCoder, jobs: Int = 1, batchSize: Int = 2048) {
        self.store = store
        self.coder = coder
        self.jobs = max(1, jobs)
        self.batchSize = max(1, batchSize)
    }

    /// Reads every path (files, directories recursively, JSON Lines, "-" for standard input)
    /// and ingests its documents; inputs that cannot be read are reported as
    /// ``IngestOutcome/failed(_:)`` and skipped. Ends with ``finish()``.
    ///
    /// Throws only when the store fails; what was written before stays written.
    public func ingest(paths: [String], reader: DocumentReader) throws {
        for path in paths {
            var isDirectory: ObjCBool = false
            let isTree = path != "-" && FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
            for file in isTree ? reader.files(under: path) : [path] {
                var storeError: (any Error)?
                reader.read([file]) { item in
                    guard storeError == nil else { return }
                    switch item {
                    case .success(let document):
                        do { try add(document, sourcePath: file) } catch { storeError = error }
                    case .failure(let error):
                        report(.failed(error))
                    }
                }
                if let storeError { throw storeError }
            }
        }
        try finish()
    }

    /// Adds one document read from `sourcePath`; it is stored when its batch is full or at
    /// ``finish()``.
    public func add(_ document: Document, sourcePath: String) throws {
        pending.append(NewDocument(document: document, sourcePath: sourcePath, events: []))
        pendingBytes += document.text.utf8.count
        if pending.count >= batchSize || pendingBytes >= maximumBatchBytes { try flush() }
    }

    /// Stores the documents still waiting and waits for the last write.
    public func finish() throws {
        try flush()
        try collect()
        totals.seconds = Ingester.seconds(ContinuousClock.now - started)
    }

    /// Reports an outcome (an input that could not be read, for one).
    public func report(_ outcome: IngestOutcome) {
        totals.add(outcome)
        onOutcome(outcome)
    }

    /// Codes the pending documents and starts writing them, once the previous write is done.
    private func flush() throws {
        guard !pending.isEmpty else { return }
        var batch = pending
        pending = []
        pendingBytes = 0
        let stored = try store.documents(withHashes: batch.map(\.contentHash))
        let fresh = batch.indices.filter { stored[batch[$0].contentHash] == nil }
        let coding = ContinuousClock.now
        for (i, result) in zip(fresh, coder.code(fresh.map { batch[$0].document }, jobs: jobs)) {
            batch[i].events = result.events
        }
        totals.codingSeconds += Ingester.seconds(ContinuousClock.now - coding)
        try collect()
        writing = BatchWrite(batch: batch, fresh: fresh, stored: stored, store: store)
    }

    /// Waits for the write in flight and reports its documents.
    private func collect() throws {
        guard let write = writing else { return }
        writing = nil
        let written = try write.wait()
        var outcomes: [AddOutcome?] = write.batch.map { write.stored[$0.contentHash].map(AddOutcome.duplicate(of:)) }
        for (i, outcome) in zip(write.fresh, written) { outcomes[i] = outcome }
        for (new, outcome) in zip(write.batch, outcomes) {
            let name = new.document.id
            switch outcome {
            case .stored(let id, let newEvents, let mentions)?:
                report(.stored(DocumentReference(id: id, name: name), sourcePath: new.sourcePath, newEvents: newEvents, mentions: mentions))
            case .duplicate(let existing)?:
                report(.duplicate(name: name, sourcePath: new.sourcePath, existing: existing))
            case nil:
                break
            }
        }
        totals.writingSeconds += write.seconds
        totals.seconds = Ingester.seconds(ContinuousClock.now - started)
        onBatch(totals)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// One batch being written on a background thread.
private final class BatchWrite: @unchecked Sendable {
    let batch: [NewDocument]
    /// Indices of the documents to write (the others are stored already).
    let fresh: [Int]
    /// The stored documents among the batch's hashes, found before coding.
    let stored: [String: DocumentReference]
    private let done = DispatchSemaphore(value: 0)
    // Written by the background thread before `done` is signalled, read after `wait()`.
    private var result: Result<[AddOutcome], any Error> = .success([])
    private(set) var seconds = 0.0

    init(batch: [NewDocument], fresh: [Int], stored: [String: DocumentReference], store: any Store) {
        self.batch = batch
        self.fresh = fresh
        self.stored = stored
        let documents = fresh.map { batch[$0] }
        DispatchQueue.global().async { [self] in
            let start = ContinuousClock.now
            result = Result { try store.add(documents) }
            seconds = Ingester.seconds(ContinuousClock.now - start)
            done.signal()
        }
    }

    /// The outcomes of the written documents, once written.
    func wait() throws -> [AddOutcome] {
        done.wait()
        return try result.get()
    }
}
