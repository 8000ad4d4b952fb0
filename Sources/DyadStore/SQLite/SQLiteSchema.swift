import GRDB

/// The store's tables, as GRDB migrations. A PostgreSQL backend creates the same tables.
///
/// ```
/// meta       key PRIMARY KEY, value                -- schema_version, created_at
/// documents  id, content_hash UNIQUE, name, title, url, date, text, source_path, ingested_at
/// events     id, date, date_precision, source, target, code, root, quad_class, goldstein,
///            plover_type, plover_mode, factuality, source_level, target_level, contexts,
///            mention_count
///            UNIQUE (source, date, target, code, factuality)  -- the event's identity
/// mentions   id, event_id → events, document_id → documents, sentence_index, sentence,
///            start_offset, end_offset, source_text, target_text, source_level,
///            target_level, date_precision, contexts
///            UNIQUE (event_id, document_id, sentence_index)
/// ```
///
/// Dates are `YYYY-MM-DD` text (NULL when unknown), so they sort and compare as dates.
/// Contexts (issue tags) are joined by `;`. Ids are never reused (AUTOINCREMENT), so an
/// event id quoted in a report never comes to mean another event.
///
/// The identity index is ordered (source, date, target, code, factuality) since schema 2, so
/// that it also answers "actor A in a date range" and "dyad A-B in a date range" from the
/// index alone: queries name the stored codes of an actor prefix (`USA`, `USAGOV`, ...) and
/// read each one's date range; `events_target` (target, date) does the same for targets, and
/// `events_date` serves date ranges and, read in date order, root and QuadClass filters
/// (schema 3 dropped their own indexes, which cost a quarter of the ingest time). NULL dates are not distinct in a SQLite UNIQUE index; the writer
/// finds undated events with `date IS ?` inside its transaction, so they are not
/// duplicated either.
enum SQLiteSchema {
    /// The schema version this dyad writes and understands.
    static let version = 3

    /// The migrations, in order. A new version adds a migration that also sets
    /// `meta.schema_version`.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                    CREATE TABLE documents (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        content_hash TEXT NOT NULL UNIQUE,
                        name TEXT NOT NULL,
                        title TEXT NOT NULL,
                        url TEXT NOT NULL,
                        date TEXT,
                        text TEXT NOT NULL,
                        source_path TEXT NOT NULL,
                        ingested_at TEXT NOT NULL
                    );
                    CREATE TABLE events (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        date TEXT,
                        date_precision TEXT NOT NULL,
                        source TEXT NOT NULL,
                        target TEXT NOT NULL,
                        code TEXT NOT NULL,
                        root TEXT NOT NULL,
                        quad_class INTEGER NOT NULL,
                        goldstein REAL NOT NULL,
                        plover_type TEXT NOT NULL,
                        plover_mode TEXT NOT NULL,
                        factuality TEXT NOT NULL,
                        source_level TEXT,
                        target_level TEXT,
                        contexts TEXT NOT NULL,
                        mention_count INTEGER NOT NULL
                    );
                    CREATE UNIQUE INDEX events_identity ON events(source, target, date, code, factuality);
                    CREATE INDEX events_target ON events(target, date);
                    CREATE INDEX events_date ON events(date);
                    CREATE INDEX events_root ON events(root, date);
                    CREATE INDEX events_quad_class ON events(quad_class, date);
                    CREATE TABLE mentions (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        event_id INTEGER NOT NULL REFERENCES events(id),
                        document_id INTEGER NOT NULL REFERENCES documents(id),
                        sentence_index INTEGER NOT NULL,
                        sentence TEXT NOT NULL,
                        start_offset INTEGER NOT NULL,
                        end_offset INTEGER NOT NULL,
                        source_text TEXT NOT NULL,
                        target_text TEXT NOT NULL,
                        source_level TEXT,
                        target_level TEXT,
                        date_precision TEXT NOT NULL,
                        contexts TEXT NOT NULL
                    );
                    CREATE UNIQUE INDEX mentions_event ON mentions(event_id, document_id, sentence_index);
                    CREATE INDEX mentions_document ON mentions(document_id);
                    """)
            try db.execute(
                sql: "INSERT INTO meta (key, value) VALUES ('schema_version', ?), ('created_at', ?)",
                arguments: [String(version), SQLiteStore.timestamp()])
        }
        migrator.registerMigration("v2") { db in
            // Dates second: an actor's events in a date range are one range of the index
            // (a relation report over 10 million events read 1.4 million rows before).
            try db.execute(
                sql: """
                    DROP INDEX events_identity;
                    CREATE UNIQUE INDEX events_identity ON events(source, date, target, code, factuality);
                    UPDATE meta SET value = '2' WHERE key = 'schema_version';
                    """)
        }
        migrator.registerMigration("v3") { db in
            // Two indexes fewer to write (ingest 1.3 times faster): a root or QuadClass filter
            // reads the date index in order and tests the rows, which finds the first rows
            // at once, as every root is a sizeable share of events.
            try db.execute(
                sql: """
                    DROP INDEX events_root;
                    DROP INDEX events_quad_class;
                    UPDATE meta SET value = '3' WHERE key = 'schema_version';
                    """)
        }
        return migrator
    }

    /// Refuses databases this dyad must not touch: a store of a newer schema, or a database
    /// of some other program. A new, empty database passes.
    static func check(_ db: Database, location: String) throws {
        if try db.tableExists("meta") {
            let stored = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema_version'")
            guard let stored, let found = Int(stored) else {
                throw StoreError(.notAStore, location: location, reason: "is not a dyad store (its meta table has no schema_version)")
            }
            if found > version { throw StoreError.newerSchema(found, supported: version, location: location) }
            if try migrator.hasBeenSuperseded(db) {
                let known = Set(migrator.migrations)
                let unknown = try migrator.appliedIdentifiers(db).subtracting(known).sorted().joined(separator: ", ")
                throw StoreError(
                    .newerSchema, location: location, reason: "store has changes this dyad does not know (\(unknown)): upgrade dyad")
            }
            return
        }
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        guard tables.isEmpty else {
            throw StoreError(.notAStore, location: location, reason: "is a SQLite database but not a dyad store (it has no meta table)")
        }
    }
}
