/// A problem in a lexicon file, with the place it was found.
public struct LexiconError: Error, CustomStringConvertible, Sendable {
    /// The file's path.
    public var file: String
    /// The 1-based line number, or 0 when the problem is the file as a whole.
    public var line: Int
    /// What is wrong.
    public var reason: String

    /// An error at `file`:`line`.
    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String { line > 0 ? "\(file):\(line): \(reason)" : "\(file): \(reason)" }
}
