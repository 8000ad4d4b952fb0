import GRDB
import GRDBSQLite

/// Runs a prepared insert statement with values bound straight through the SQLite C API.
///
/// The writer's hot path inserts two rows per event; building GRDB `StatementArguments` for
/// each (an array of boxed values, copied again when bound) cost as much as SQLite's own
/// work. The statement stays GRDB's (prepared, cached and finalized by it); only binding and
/// stepping happen here. Errors are GRDB `DatabaseError`s, as elsewhere in the store.
struct SQLiteRowWriter {
    /// Values for one row, bound to the statement's parameters in order.
    struct Values {
        fileprivate let handle: OpaquePointer
        fileprivate let texts: TextBuffer
        fileprivate var position: Int32 = 0

        /// Binds text, or NULL.
        mutating func text(_ value: String?) {
            position += 1
            guard let value else {
                sqlite3_bind_null(handle, position)
                return
            }
            texts.add(value, at: position)
        }

        /// Binds an integer.
        mutating func integer(_ value: Int64) {
            position += 1
            sqlite3_bind_int64(handle, position, value)
        }

        /// Binds a real number.
        mutating func real(_ value: Double) {
            position += 1
            sqlite3_bind_double(handle, position, value)
        }
    }

    /// The text values of one row, copied end to end into one buffer that lives as long as
    /// the writer, and bound once the row is complete (the buffer no longer moves) without
    /// SQLite copying them again (`SQLITE_STATIC`): no allocation per value.
    fileprivate final class TextBuffer {
        // Only the writer's thread touches them, one row at a time.
        @exclusivity(unchecked) var bytes: [UInt8] = []
        @exclusivity(unchecked) var spans: [(position: Int32, start: Int, count: Int)] = []

        init() {
            bytes.reserveCapacity(1024)
            spans.reserveCapacity(16)
        }

        func add(_ value: String, at position: Int32) {
            spans.append((position, bytes.count, value.utf8.count))
            bytes.append(contentsOf: value.utf8)
        }

        /// Binds the texts to `handle`, runs `body` while they stay valid, then forgets them.
        func bound<T>(to handle: OpaquePointer, _ body: () throws -> T) rethrows -> T {
            defer {
                bytes.removeAll(keepingCapacity: true)
                spans.removeAll(keepingCapacity: true)
            }
            return try bytes.withUnsafeBufferPointer { buffer in
                let base = UnsafeRawPointer(buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!).assumingMemoryBound(to: CChar.self)
                for span in spans {
                    sqlite3_bind_text(handle, span.position, base + span.start, Int32(span.count), SQLiteRowWriter.static)
                }
                return try body()
            }
        }
    }

    /// SQLite's `SQLITE_STATIC`: the bytes stay valid until the statement is reset.
    fileprivate static let `static` = unsafeBitCast(0, to: sqlite3_destructor_type.self)

    let statement: Statement
    private let texts = TextBuffer()

    /// The statement of `sql` in `db`, prepared once per connection.
    init(_ db: Database, sql: String) throws {
        statement = try db.cachedStatement(sql: sql)
    }

    /// Binds the values `bind` gives and runs the insert once: the new row's id, or nil when
    /// the statement inserted nothing (`ON CONFLICT DO NOTHING`).
    func insert(in db: Database, _ bind: (inout Values) -> Void) throws -> Int64? {
        let handle = statement.sqliteStatement
        let connection = db.sqliteConnection
        var values = Values(handle: handle, texts: texts)
        bind(&values)
        let (code, message) = texts.bound(to: handle) {
            let code = sqlite3_step(handle)
            let failed = code != SQLITE_DONE && code != SQLITE_ROW
            let message = failed ? String(cString: sqlite3_errmsg(connection)) : nil
            sqlite3_reset(handle)
            // No binding may outlive the buffer's contents.
            sqlite3_clear_bindings(handle)
            return (code, message)
        }
        if let message {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
        return sqlite3_changes(connection) > 0 ? sqlite3_last_insert_rowid(connection) : nil
    }
}
