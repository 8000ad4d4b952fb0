import Foundation
import PostgresNIO

/// A `postgres://` (or `postgresql://`) URL taken apart, as libpq reads it:
///
/// ```
/// postgres://USER:PASSWORD@HOST:PORT/DATABASE?sslmode=disable
/// postgres://analyst@127.0.0.1:5433/dyad
/// postgres:///dyad?host=/var/run/postgresql            -- a Unix socket directory
/// ```
///
/// Missing parts default as with `psql`: the port to 5432, the user to `PGUSER` or the login
/// name, the password to `PGPASSWORD`, the database to the user's name. User, password and
/// database are percent-decoded. Query parameters: `sslmode` (`disable`, `allow`, `prefer`,
/// the default, `require`, `verify-ca`, `verify-full`), `host`, `port`, `user`, `password`,
/// `dbname`, `connect_timeout` (seconds) and `application_name`; any other is refused, so
/// that a setting is never silently ignored.
struct PostgresURL: Sendable, Equatable {
    /// How to reach the server.
    enum Endpoint: Sendable, Equatable {
        case tcp(host: String, port: Int)
        /// A Unix domain socket, the full path of the socket file.
        case socket(path: String)
    }

    /// libpq's `sslmode`, reduced to what PostgresNIO can do.
    enum TLSMode: String, Sendable, Equatable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    var endpoint: Endpoint
    var user: String
    var password: String?
    var database: String
    var tls: TLSMode = .prefer
    var connectTimeout: TimeAmount = .seconds(10)
    var applicationName = "dyad"

    /// `HOST:PORT` (or the socket's path), for messages.
    var server: String {
        switch endpoint {
        case .tcp(let host, let port): host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
        case .socket(let path): path
        }
    }

    /// Parses `text`; `environment` supplies `PGUSER`, `PGPASSWORD` and the login name.
    /// Throws a ``StoreError`` of kind `unsupported` saying what is wrong (never showing the
    /// password).
    init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let shown = StoreLocation.redactingPassword(text)
        func refuse(_ why: String) -> StoreError {
            StoreError(.unsupported, location: shown, reason: "is not a usable PostgreSQL URL: \(why)")
        }
        let lowered = text.lowercased()
        guard lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://") else {
            throw refuse("it must start with postgres:// or postgresql://")
        }
        guard let components = URLComponents(string: text) else {
            throw refuse("it does not parse as a URL (percent-encode special characters in the user and password)")
        }
        var host = components.host.flatMap { $0.isEmpty ? nil : $0 }
        if let bracketed = host, bracketed.hasPrefix("["), bracketed.hasSuffix("]") { host = String(bracketed.dropFirst().dropLast()) }
        var port = components.port ?? 5432
        var user = components.user.flatMap { $0.isEmpty ? nil : $0 }
        var password = components.password
        var database = String(components.percentEncodedPath.drop { $0 == "/" }).removingPercentEncoding.flatMap { $0.isEmpty ? nil : $0 }
        var tls = TLSMode.prefer
        var timeout = TimeAmount.seconds(10)
        var application = "dyad"

        for item in components.queryItems ?? [] {
            let value = item.value ?? ""
            switch item.name {
            case "sslmode":
                guard let mode = TLSMode(rawValue: value) else {
                    throw refuse("sslmode '\(value)' is not one of disable, allow, prefer, require, verify-ca, verify-full")
                }
                tls = mode
            case "host": host = value
            case "port":
                guard let number = Int(value), (1...65535).contains(number) else { throw refuse("port '\(value)' is not a port number") }
                port = number
            case "user": user = value
            case "password": password = value
            case "dbname": database = value
            case "connect_timeout":
                guard let seconds = Int(value), seconds > 0 else { throw refuse("connect_timeout '\(value)' is not a number of seconds") }
                timeout = .seconds(Int64(seconds))
            case "application_name": application = value
            default:
                throw refuse(
                    "parameter '\(item.name)' is not supported (sslmode, host, port, user, password, dbname, connect_timeout, application_name)"
                )
            }
        }
        if let host, host.contains(",") { throw refuse("several hosts are not supported") }

        self.user = user ?? environment["PGUSER"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["USER"] ?? NSUserName()
        self.password = password ?? environment["PGPASSWORD"]
        self.database = database ?? self.user
        self.tls = tls
        self.connectTimeout = timeout
        self.applicationName = application
        switch host {
        case let directory? where directory.hasPrefix("/"):
            endpoint = .socket(path: "\(directory)/.s.PGSQL.\(port)")
        case let name?:
            endpoint = .tcp(host: name, port: port)
        case nil:
            endpoint = .tcp(host: "localhost", port: port)
        }
    }

    /// The PostgresNIO configuration for one connection.
    func configuration() throws -> PostgresConnection.Configuration {
        var configuration: PostgresConnection.Configuration
        switch endpoint {
        case .tcp(let host, let port):
            configuration = PostgresConnection.Configuration(
                host: host, port: port, username: user, password: password, database: database, tls: try tlsSetting())
        case .socket(let path):
            configuration = PostgresConnection.Configuration(unixSocketPath: path, username: user, password: password, database: database)
        }
        configuration.options.connectTimeout = connectTimeout
        // No JIT: dyad's queries are short, and compiling them took longer than running
        // them (0.3 s of 1.3 s for a text search over 100,000 events).
        configuration.options.additionalStartupParameters = [("application_name", applicationName), ("jit", "off")]
        return configuration
    }

    /// The TLS setting for `tls`. As with libpq, `prefer` and `require` encrypt without
    /// checking the certificate; `verify-ca` checks it, `verify-full` the host name too.
    private func tlsSetting() throws -> PostgresConnection.Configuration.TLS {
        var settings = TLSConfiguration.makeClientConfiguration()
        switch tls {
        case .disable: return .disable
        case .allow, .prefer, .require: settings.certificateVerification = .none
        case .verifyCA: settings.certificateVerification = .noHostnameVerification
        case .verifyFull: settings.certificateVerification = .fullVerification
        }
        let context = try NIOSSLContext(configuration: settings)
        return tls == .allow || tls == .prefer ? .prefer(context) : .require(context)
    }
}
