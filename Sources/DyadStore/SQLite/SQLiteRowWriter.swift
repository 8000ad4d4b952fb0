import GRDB
import GRDBSQLite

/// Runs a prepared write statement with values bound straight through the SQLite C API.
///
/// The writer's hot path inserts two rows per event; building GRDB `StatementArguments` for
/// each (an array of boxed values, copied again when bound) cost as much as SQLite's own
/// work. The statement stays GRDB's (prepared, cached and finalized by it); only binding and
/// stepping happen here. Errors are GRDB `DatabaseError`s, as elsewhere in the store.
struct SQLiteRowWriter {
    /// Values for one row, bound to the statement's parameters in order.
    struct Values {
        fileprivate let handle: OpaquePointer
        fileprivate var position: Int32 = 0

        /// Binds text, or NULL.
        mutating func text(_ value: String?) {
            position += 1
            guard var value else {
                sqlite3_bind_null(handle, position)
                return
            }
            value.withUTF8 { bytes in
                guard let base = bytes.baseAddress, !bytes.isEmpty else {
                    sqlite3_bind_text(handle, position, "", 0, nil)
                    return
                }
                _ = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    sqlite3_bind_text(handle, position, $0, Int32(bytes.count), SQLiteRowWriter.transient)
                }
            }
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

    /// SQLite's `SQLITE_TRANSIENT`: SQLite copies the bound bytes before the call returns.
    fileprivate static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    let statement: Statement

    /// The statement of `sql` in `db`, prepared once per connection.
    init(_ db: Database, sql: String) throws {
        statement = try db.cachedStatement(sql: sql)
    }

    /// Binds the values `bind` gives and runs the statement once; `db.changesCount` and
    /// `db.lastInsertedRowID` then tell what it did.
    func run(in db: Database, _ bind: (inout Values) -> Void) throws {
        let handle = statement.sqliteStatement
        var values = Values(handle: handle)
        bind(&values)
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE || code == SQLITE_ROW else {
            let message = String(cString: sqlite3_errmsg(db.sqliteConnection))
            sqlite3_reset(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
        sqlite3_reset(handle)
    }
}
