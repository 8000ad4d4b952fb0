/// A document that could not be read, with the place and the reason.
public struct InputError: Error, CustomStringConvertible, Sendable {
    /// The file ("-" for standard input).
    public var file: String
    /// The 1-based line, or 0 for the file as a whole.
    public var line: Int
    /// What is wrong.
    public var reason: String

    /// An error at `file`:`line`.
    public init(file: String, line: Int = 0, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String { line > 0 ? "\(file):\(line): \(reason)" : "\(file): \(reason)" }
}
