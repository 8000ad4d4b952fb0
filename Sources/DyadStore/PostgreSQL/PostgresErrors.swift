import Foundation
import PostgresNIO

/// Turns PostgresNIO's errors into ``StoreError``s that say what went wrong.
///
/// `PSQLError`'s own description hides everything ("Generic description to prevent accidental
/// leakage of sensitive data"): the server's message, the SQLSTATE and the socket error are
/// read from its fields instead. Passwords never appear: the server does not repeat them
/// and locations are shown redacted.
enum PostgresErrors {
    /// SQLSTATE `3D000`: the database named in the URL does not exist.
    static let invalidCatalogName = "3D000"

    /// An error from connecting to `url`: "cannot connect to PostgreSQL at HOST:PORT: reason",
    /// or kind `missing` when the server says the database does not exist.
    static func connecting(_ error: any Error, url: PostgresURL, location: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if let psql = error as? PSQLError, psql.code == .server, psql.serverInfo?[.sqlState] == invalidCatalogName {
            return StoreError(
                .missing, location: location,
                reason: "PostgreSQL at \(url.server) has no database '\(url.database)' (create it: createdb '\(url.database)')")
        }
        return StoreError(.database, location: location, reason: "cannot connect to PostgreSQL at \(url.server): \(reason(error))")
    }

    /// An error from a statement or a lost connection.
    static func querying(_ error: any Error, location: String) -> StoreError {
        if let error = error as? StoreError { return error }
        return StoreError(.database, location: location, reason: "PostgreSQL: \(reason(error))")
    }

    /// What went wrong, in words.
    static func reason(_ error: any Error) -> String {
        guard let psql = error as? PSQLError else { return describe(error) }
        if let info = psql.serverInfo {
            var text = info[.message] ?? "the server reported an error"
            if let detail = info[.detail], !detail.isEmpty { text += " (\(detail))" }
            if let state = info[.sqlState] { text += " [SQLSTATE \(state)]" }
            return text
        }
        switch psql.code {
        case .connectionError: return psql.underlying.map(describe) ?? "the connection failed"
        case .serverClosedConnection: return "the server closed the connection"
        case .clientClosedConnection: return "the connection was closed"
        case .uncleanShutdown: return "the connection ended uncleanly"
        case .sslUnsupported: return "the server does not support TLS (use sslmode=prefer or sslmode=disable)"
        case .authMechanismRequiresPassword: return "the server asks for a password and the URL gives none"
        case .unsupportedAuthMechanism: return "the server asks for an authentication method PostgresNIO does not support"
        case .queryCancelled: return "the query was cancelled"
        default:
            return psql.underlying.map { "\(psql.code): \(describe($0))" } ?? "\(psql.code)"
        }
    }

    /// Socket and DNS errors without NIO's type names.
    static func describe(_ error: any Error) -> String {
        if let psql = error as? PSQLError { return reason(psql) }
        if let connection = error as? NIOConnectionError {
            if let dns = connection.dnsAError ?? connection.dnsAAAAError {
                return "cannot resolve host '\(connection.host)' (\(describe(dns)))"
            }
            if let first = connection.connectionErrors.first { return describe(first.error) }
            return "no address to connect to for '\(connection.host)'"
        }
        if let io = error as? IOError {
            let message = String(cString: strerror(io.errnoCode)).lowercased()
            return io.errnoCode == ECONNREFUSED ? "\(message) (is the server running and listening there?)" : message
        }
        if let channel = error as? ChannelError {
            if case .connectTimeout(let timeout) = channel { return "no answer within \(timeout.nanoseconds / 1_000_000_000) s" }
            return "\(channel)"
        }
        return "\(error)"
    }
}
