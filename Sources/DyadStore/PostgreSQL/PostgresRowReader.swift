import PostgresNIO

/// Reads a row's cells by position, decoded to the type asked for, as GRDB's `row[i]`:
///
/// ```swift
/// let row = PostgresRowReader(postgresRow)
/// let id: Int64 = try row[0]
/// let date: String? = try row[1]
/// ```
struct PostgresRowReader {
    private let cells: PostgresRandomAccessRow

    init(_ row: PostgresRow) { cells = row.makeRandomAccess() }

    subscript<Value: PostgresDecodable>(_ index: Int) -> Value {
        get throws { try cells[index].decode(Value.self) }
    }
}
