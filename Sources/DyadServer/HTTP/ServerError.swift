import Hummingbird

/// A request that cannot be answered, with the status and the message the client sees
/// (as `{"error": "..."}` from the API, as an error page from the dashboard).
struct ServerError: Error, Sendable, CustomStringConvertible {
    /// The HTTP status.
    var status: HTTPResponse.Status
    /// What went wrong, for the client.
    var message: String
    /// Extra response headers (`WWW-Authenticate`, `Allow`).
    var headers: HTTPFields

    /// An error answered with `status` and `message`.
    init(_ status: HTTPResponse.Status, _ message: String, headers: HTTPFields = [:]) {
        self.status = status
        self.message = message
        self.headers = headers
    }

    /// 400: the request's parameters or body are wrong.
    static func badRequest(_ message: String) -> ServerError { ServerError(.badRequest, message) }

    /// 404: nothing here.
    static func notFound(_ message: String) -> ServerError { ServerError(.notFound, message) }

    /// 413: the body is larger than `limit` bytes.
    static func tooLarge(_ limit: Int) -> ServerError {
        ServerError(.contentTooLarge, "the request body is larger than \(limit) bytes")
    }

    var description: String { "\(status.code) \(message)" }
}
