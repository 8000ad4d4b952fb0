import DyadCoder
import DyadLexicon
import DyadOntology
import DyadStore
import DyadText

/// Running totals of an import.
public struct ImportTotals: Sendable, Hashable {
    /// Files read (whole or in part).
    public var files = 0
    /// Data rows read (headers and blank lines not counted).
    public var rows = 0
    /// Rows stored now.
    public var imported = 0
    /// Rows whose id was stored already (an earlier import of the same file).
    public var duplicates = 0
    /// Rows skipped because of an error, plus files that could not be read at all.
    public var failed = 0
    /// Rows imported with a warning.
    public var warnings = 0
    /// Events created (the same event in two rows is one event with two mentions).
    public var events = 0
    /// Mentions added: one per imported event per row.
    public var mentions = 0
    /// Lines that were not UTF-8 and were read as Latin-1.
    public var latin1Lines = 0
    /// Seconds since the import started.
    public var seconds = 0.0

    /// No rows yet.
    public init() {}

    /// Rows read per second.
    public var rowsPerSecond: Double { seconds > 0 ? Double(rows) / seconds : 0 }
}

/// Imports event files of other datasets (GDELT, ICEWS, Phoenix, POLECAT) into a store, so
/// that `dyad events` and `dyad relation` work on them.
///
/// Each row becomes one document keyed by the format and the row's own id (`gdelt:410479387`),
/// with the row's URL and a one-line summary as its text, holding the row's event(s) with
/// one mention each. Importing a file again stores nothing new: every row is a duplicate of
/// its earlier document. The same event (date, actors, code) in several rows is one event
/// with several mentions, as for coded articles.
///
/// Files are read line by line and written in batches of ``batchSize`` rows, one transaction
/// each, so memory stays flat whatever the file size. Bad rows are reported through
/// ``onProblem`` (`FILE:LINE: reason`) and skipped; the rest of the file is imported.
///
/// ```swift
/// let importer = EventImporter(store: store, format: .gdelt, lexicon: lexicon)
/// importer.onProblem = { print($0) }
/// try importer.importFiles(["20150512.export.CSV.gz"])
/// print(importer.totals.imported)
/// ```
public final class EventImporter {
    /// The store written to.
    public let store: any Store
    /// The format of the files.
    public let format: ImportFormat
    /// How fields are separated.
    public var delimiter: Delimiter = .auto
    /// Rows per transaction.
    public let batchSize: Int
    /// Called with each skipped row (`error`) and each new kind of warning in a file.
    public var onProblem: (ImportProblem) -> Void = { _ in }
    /// Called after each batch is written, with the running totals.
    public var onProgress: (ImportTotals) -> Void = { _ in }
    /// The totals so far.
    public private(set) var totals = ImportTotals()

    let context: MappingContext
    private var pending: [NewDocument] = []
    private let started = ContinuousClock.now

    /// An importer of `format` files into `store`. The lexicon resolves country and
    /// organisation names (ICEWS, POLECAT) and tells which country codes are known; the
    /// convention gives QuadClass and Goldstein where a format has none.
    public init(
        store: any Store, format: ImportFormat, lexicon: Lexicon?, convention: QuadClassConvention = .gdelt, batchSize: Int = 10_000
    ) {
        self.store = store
        self.format = format
        self.batchSize = max(1, batchSize)
        context = MappingContext(lexicon: lexicon, convention: convention)
        pending.reserveCapacity(self.batchSize)
    }

    /// Imports every file, then writes what is pending. Throws only when the store fails;
    /// the batches written before stay written.
    public func importFiles(_ paths: [String]) throws {
        for path in paths { try importFile(path) }
        try finish()
    }

    /// Imports one file (call ``finish()`` after the last).
    public func importFile(_ path: String) throws {
        totals.files += 1
        var mapper = EventImporter.mapper(format)
        var fields = Fields()
        var delimiter = self.delimiter
        var started = false
        var warningCounts: [String: Int] = [:]
        var readable = true
        do {
            totals.latin1Lines += try InputFile.forEachLine(path) { line, number in
                if line.isEmpty { return }
                if delimiter == .auto { delimiter = line.contains(0x09) ? .tab : .comma }
                fields.split(line, delimiter: delimiter)
                if !started {
                    started = true
                    if mapper.needsHeader {
                        do { try mapper.readHeader(fields) } catch let error as RowError {
                            throw InputError(file: path, line: number, reason: error.reason)
                        }
                        return
                    }
                    if mapper.isHeader(fields) { return }
                }
                totals.rows += 1
                if fields.count > mapper.fieldCount { fields.trimTrailingEmpty(to: mapper.fieldCount) }
                do {
                    let record = try mapper.map(fields, context)
                    if !context.warnings.isEmpty {
                        totals.warnings += 1
                        for warning in context.warnings {
                            warningCounts[warning, default: 0] += 1
                            if warningCounts[warning] == 1 {
                                onProblem(ImportProblem(severity: .warning, file: path, line: number, reason: warning))
                            }
                        }
                        context.warnings.removeAll()
                    }
                    pending.append(EventImporter.document(record, path: path))
                    // A store error ends the import (thrown through the reader unchanged).
                    if pending.count >= batchSize { try flush() }
                } catch let error as RowError {
                    context.warnings.removeAll()
                    totals.failed += 1
                    onProblem(ImportProblem(severity: .error, file: path, line: number, reason: error.reason))
                }
            }
        } catch let error as InputError {
            readable = started
            totals.failed += 1
            onProblem(ImportProblem(severity: .error, file: error.file, line: error.line, reason: error.reason))
        }
        if !started, readable {
            onProblem(ImportProblem(severity: .warning, file: path, line: 0, reason: "no rows"))
        }
        for (warning, count) in warningCounts.sorted(by: { $0.key < $1.key }) where count > 1 {
            onProblem(ImportProblem(severity: .warning, file: path, line: 0, reason: "\(warning) (\(count) rows in all)"))
        }
    }

    /// Writes the rows still pending.
    public func finish() throws {
        try flush()
        totals.seconds = secondsSinceStart
    }

    private var secondsSinceStart: Double {
        let d = ContinuousClock.now - started
        return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    private func flush() throws {
        guard !pending.isEmpty else { return }
        defer { pending.removeAll(keepingCapacity: true) }
        for outcome in try store.add(pending) {
            switch outcome {
            case .stored(_, let newEvents, let mentions):
                totals.imported += 1
                totals.events += newEvents
                totals.mentions += mentions
            case .duplicate:
                totals.duplicates += 1
            }
        }
        totals.seconds = secondsSinceStart
        onProgress(totals)
    }

    static func mapper(_ format: ImportFormat) -> any RowMapper {
        switch format {
        case .gdelt: GDELTMapper()
        case .icews: ICEWSMapper()
        case .phoenix: PhoenixMapper()
        case .polecat: POLECATMapper()
        }
    }

    /// The document a row becomes: named and keyed by the row's key, its summary as text.
    static func document(_ record: ImportedRecord, path: String) -> NewDocument {
        let document = Document(id: record.key, title: record.title, url: record.url, date: record.date, text: record.summary)
        let offsets = [0, record.summary.utf8.count]
        let events = record.events.map { e in
            CodedEvent(
                id: record.key, doc: record.key, sentence: record.summary, sentenceIndex: 0, offsets: offsets, date: record.date,
                datePrecision: "day", docDate: record.date, source: e.source, target: e.target, sourceText: e.sourceText,
                targetText: e.targetText, sourceLevel: nil, targetLevel: nil, code: e.code, root: String(e.code.prefix(2)),
                quadClass: e.quadClass, goldstein: e.goldstein, ploverType: e.ploverType, ploverMode: e.ploverMode,
                factuality: .asserted, contexts: e.contexts)
        }
        return NewDocument(document: document, sourcePath: path, events: events, contentHash: record.key)
    }
}
