import Hummingbird

/// A request that cannot be answered, with the status and the message the client sees
/// (as `{"error": "..."}` from the API, as an error page from the dashboard).
public struct ServerError: Error, Sendable, CustomStringConvertible {
    /// The HTTP status.
    public var status: HTTPResponse.Status
    /// What went wrong, for the client.
    public var message: String
    /// Extra response headers (`WWW-Authenticate`, `Allow`).
    public var headers: HTTPFields

    /// An error answered with `status` and `message`.
    public init(_ status: HTTPResponse.Status, _ message: String, headers: HTTPFields = [:]) {
        self.status = status
        self.message = message
        self.headers = headers
    }

    /// 400: the request's parameters or body are wrong.
    public static func badRequest(_ message: String) -> ServerError { ServerError(.badRequest, message) }

    /// 404: nothing here.
    public static func notFound(_ message: String) -> ServerError { ServerError(.notFound, message) }

    public var description: String { "\(status.code) \(message)" }
}
