import ArgumentParser
import DyadAnalysis
import DyadCoder
import DyadServer
import DyadStore
import DyadText
import Foundation

/// `dyad relation`: measure the relationship between two actors.
struct RelationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relation",
        abstract: "Measure the relationship between two actors: phases, stability, reciprocity, channels, agenda.",
        discussion: """
            A and B are actor code prefixes: USA matches USA, USAGOV and USAMIL. Events come from the \
            event store (--store, as written by `dyad ingest`), or from a JSON Lines file written by \
            `dyad code` with --events (an optional "mentions" field per line is used with --count \
            mentions). Only asserted events count unless --all-factualities is given. Event ids in \
            the report are store ids: `dyad events --id ID` shows an event with its sentences.

            Phases are changepoints in the net-cooperation series (PELT, penalty 3σ²·ln n times \
            --penalty), labelled escalation, confrontation, cold peace, thaw, rapprochement or \
            cooperation. Tit-for-tat pairs are moves of one kind (diplomatic downgrade, expulsion, sanction, \
            detention, seizure, threat, force, concession) answered in kind by the other side within \
            --window days.

            Examples:
              dyad ingest Corpus/demo/us-russia && dyad relation USA RUS --period quarter
              dyad code Corpus/demo/us-russia > us-russia.jsonl
              dyad relation USA RUS --events us-russia.jsonl
              dyad relation USA RUS --events us-russia.jsonl --period quarter --from 2014-01-01
              dyad relation USA RUS --events us-russia.jsonl --format html --output us-russia.html
            """
    )

    @Argument(help: "Actor A (code prefix, e.g. USA).")
    var a: String

    @Argument(help: "Actor B (code prefix, e.g. RUS).")
    var b: String

    @Option(help: "Read events from this JSON Lines file of `dyad code` ('-' for standard input) instead of the store.")
    var events: String?

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "First day (YYYY-MM-DD).")
    var from: Day?

    @Option(help: "Last day (YYYY-MM-DD).")
    var to: Day?

    @Option(help: "Period: day, week, month or quarter.")
    var period: PeriodUnit = .month

    @Option(help: "Count events or mentions.")
    var count: CountMode = .events

    @Flag(help: "Use events of every factuality, not only asserted ones.")
    var allFactualities = false

    @Option(help: "Days within which a move must be answered to count as tit-for-tat.")
    var window: Int = 30

    @Option(help: "Shortest phase, in periods.")
    var minPhase: Int = 3

    @Option(help: "Changepoint penalty multiplier: above 1 gives fewer phases.")
    var penalty: Double = 1

    @Option(help: "How many third parties to show.")
    var thirdParties: Int = 5

    @Option(help: "Most event ids kept per figure in JSON (default: all).")
    var evidenceLimit: Int?

    @Option(help: "Output format: text, json or html.")
    var format: RelationFormat = .text

    @Option(help: "Write the report to this file instead of standard output.")
    var output: String?

    func validate() throws {
        guard window >= 0 else { throw ValidationError("--window must be 0 or more") }
        guard minPhase >= 1 else { throw ValidationError("--min-phase must be at least 1") }
        guard penalty >= 0 else { throw ValidationError("--penalty must be 0 or more") }
        guard thirdParties >= 0 else { throw ValidationError("--third-parties must be 0 or more") }
        if let evidenceLimit, evidenceLimit < 0 { throw ValidationError("--evidence-limit must be 0 or more") }
    }

    func run() throws {
        if let events {
            try report(try EventFile.read(events)).write(format: format, to: output)
            return
        }
        let store = try storeOptions.open(creating: false)
        let input = try StoredEvents.load(from: store, actors: [a, b], from: from, to: to, allFactualities: allFactualities)
        var report = try report(input)
        try StoredEvents.fillCitations(&report, from: store)
        try report.write(format: format, to: output)
    }

    /// The options the flags give.
    var options: RelationOptions {
        var options = RelationOptions()
        options.from = from
        options.to = to
        options.period = period
        options.count = count
        options.allFactualities = allFactualities
        options.titForTatWindow = window
        options.minimumPhaseLength = minPhase
        options.penaltyScale = penalty
        options.thirdPartyCount = thirdParties
        options.evidenceLimit = evidenceLimit
        return options
    }

    /// The report over `input`, with hints when an actor is missing.
    func report(_ input: [WeightedEvent]) throws -> RelationReport {
        var report: RelationReport
        do {
            report = try RelationAnalyzer(weightedEvents: input, a: a, b: b, options: options).report()
        } catch let error as RelationError {
            throw CLIError(error.description)
        }
        for actor in [report.actorA, report.actorB] where !input.isEmpty {
            if let hint = EventFile.suggestion(for: actor, in: input) { report.messages.append(hint) }
        }
        if count == .mentions, !input.contains(where: { $0.mentions > 1 }) {
            report.messages.append("The events carry no mention counts, so --count mentions counts each event once.")
        }
        return report
    }
}

extension RelationReport {
    /// Writes the report in `format` to the file `output`, or to standard output.
    func write(format: RelationFormat, to output: String?) throws {
        let text: String =
            switch format {
            case .text: TerminalRenderer().render(self)
            case .json: String(decoding: try jsonData(), as: UTF8.self)
            case .html: HTMLRenderer().render(self)
            }
        if let output {
            do {
                try Data((text + "\n").utf8).write(to: URL(fileURLWithPath: output))
            } catch {
                throw CLIError("\(output): cannot write (\(error.localizedDescription))")
            }
        } else {
            var out = Output()
            out.line(text)
            out.flush()
        }
    }
}

/// The report formats of `dyad relation`.
enum RelationFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, html
}

extension PeriodUnit: ExpressibleByArgument {}
extension CountMode: ExpressibleByArgument {}

/// Reads events from JSON Lines files.
enum EventFile {
    private struct Mentions: Decodable { var mentions: Int? }

    /// The events of `path` ('-' for standard input), with their mention counts; fails with
    /// the file, line and reason of the first bad line.
    static func read(_ path: String) throws -> [WeightedEvent] {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw CLIError("\(path): cannot read the file")
            }
            data = contents
        }
        let decoder = JSONDecoder()
        var result: [WeightedEvent] = []
        for (number, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            do {
                let event = try decoder.decode(CodedEvent.self, from: line)
                let mentions = (try? decoder.decode(Mentions.self, from: line))?.mentions ?? 1
                result.append(WeightedEvent(event, mentions: mentions))
            } catch {
                throw CLIError("\(path):\(number + 1): not a coded event (\(describe(error)))")
            }
        }
        return result
    }

    /// When no event names `actor`, the codes that do start like it, or the most frequent ones.
    static func suggestion(for actor: String, in events: [WeightedEvent]) -> String? {
        var counts: [String: Int] = [:]
        for item in events {
            for code in [item.event.source, item.event.target] where !code.isEmpty {
                if code.hasPrefix(actor) { return nil }
                counts[ActorCode.principal(code), default: 0] += 1
            }
        }
        let close = counts.keys.filter { $0.hasPrefix(actor.prefix(2)) }
        let pool = close.isEmpty ? Array(counts.keys) : close
        let top = pool.sorted { (counts[$0]!, $1) > (counts[$1]!, $0) }.prefix(8)
        guard !top.isEmpty else { return nil }
        return "Actors in the input\(close.isEmpty ? "" : " like \(actor)"): \(top.joined(separator: ", "))."
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "missing field \(key.stringValue)"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "bad field \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        case DecodingError.dataCorrupted(let context): context.debugDescription
        default: "\(error)"
        }
    }
}
