import ArgumentParser
import DyadServer
import DyadStore
import Foundation

/// `dyad serve`: the JSON API and the web dashboard over a store.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the event store: a JSON API under /api/v1 and a web dashboard.",
        discussion: """
            The dashboard (/) shows the most active dyads, relation reports with their phases, \
            channels, agenda and tit-for-tat pairs, documents with their coded sentences, actors \
            and a search over sentences; every figure links to its events and every event to its \
            document. It needs no network: no scripts, fonts or styles are fetched. The API is \
            described at /api/v1/openapi.json.

            The server listens on 127.0.0.1 (this machine only) unless --host says otherwise. It \
            is read-only unless started with a token (--token or $DYAD_SERVE_TOKEN): then \
            POST /api/v1/documents with 'Authorization: Bearer TOKEN' codes and stores a \
            document. Request bodies are limited to 1 MB.

            Examples:
              dyad serve --store dyad.sqlite        # then browse http://127.0.0.1:8080/
              curl 'http://127.0.0.1:8080/api/v1/events?dyad=USA,RUS&from=2014-01-01&limit=10'
              curl 'http://127.0.0.1:8080/api/v1/relation?a=USA&b=RUS&period=quarter'
              DYAD_SERVE_TOKEN=s3cret-token dyad serve --port 9000
              curl -H 'Authorization: Bearer s3cret-token' -d '{"date":"2017-04-12","text":"Tillerson met Lavrov in Moscow."}' \\
                http://127.0.0.1:9000/api/v1/documents
            """
    )

    /// The environment variable that gives the token when --token does not.
    static let tokenVariable = "DYAD_SERVE_TOKEN"

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "The address to listen on (0.0.0.0 for every interface).")
    var host: String = "127.0.0.1"

    @Option(help: "The port to listen on (0 for any free port).")
    var port: Int = 8080

    @Option(
        help:
            "Accept POST /api/v1/documents with 'Authorization: Bearer TOKEN' (or set $DYAD_SERVE_TOKEN); without it the server is read-only."
    )
    var token: String?

    @Option(help: "Seconds a relation report, the dyad list and the statistics are reused.")
    var cacheSeconds: Double = 60

    @OptionGroup var lexicon: LexiconOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
        guard cacheSeconds >= 0, cacheSeconds.isFinite else { throw ValidationError("--cache-seconds must be 0 or more") }
        if let token, token.count < 8 { throw ValidationError("--token must have at least 8 characters") }
    }

    func run() async throws {
        let coder = try lexicon.makeCoder()
        var configuration = ServerConfiguration()
        configuration.host = host
        configuration.port = port
        configuration.cacheSeconds = cacheSeconds
        configuration.token = token ?? ProcessInfo.processInfo.environment[Self.tokenVariable].flatMap { $0.isEmpty ? nil : $0 }
        // A server that accepts documents may start on an empty store; a read-only one may not.
        let store = try storeOptions.open(creating: configuration.token != nil)
        if !["127.0.0.1", "localhost", "::1"].contains(host) {
            Console.error(
                "listening on \(host): other machines can reach this server; it speaks plain HTTP, so a token travels unencrypted")
        }
        let mode = configuration.token == nil ? "read-only" : "accepting documents with the token"
        do {
            try await WebServer(store: store, coder: coder, configuration: configuration).run { port in
                Console.error(
                    "serving \(store.location) on http://\(host.contains(":") ? "[\(host)]" : host):\(port)/ (\(mode)); Ctrl-C stops")
            }
        } catch {
            throw CLIError("cannot serve on \(host):\(port): \(error)")
        }
    }
}
