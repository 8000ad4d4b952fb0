import ArgumentParser

/// The `dyad` command.
@main
struct Dyad: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dyad",
        abstract: "Turn news about international relations into political event data, and measure relationships.",
        discussion: """
            Examples:
              dyad code Examples/tillerson-moscow.txt --format table
              dyad eval Corpus/dev
              dyad ingest Corpus/demo/us-russia && dyad relation USA RUS
            """,
        version: "0.1.0",
        subcommands: [
            DemoCommand.self, CodeCommand.self, EvalCommand.self, IngestCommand.self, EventsCommand.self, RecodeCommand.self,
            RelationCommand.self, ImportCommand.self, ServeCommand.self,
        ]
    )
}
