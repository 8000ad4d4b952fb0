import Foundation

extension RelationReport {
    /// The report as pretty-printed JSON with sorted keys. The report holds no NaN or
    /// infinity (empty periods are 0 and flagged), so encoding does not fail on numbers.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
