import Foundation
import Hummingbird

/// Responses: JSON for the API, HTML for the dashboard.
enum Reply {
    /// `value` as JSON (keys sorted, slashes unescaped).
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return json(data: try encoder.encode(value), status: status, headers: headers)
    }

    /// JSON already encoded.
    static func json(data: Data, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        json(buffer: ByteBuffer(bytes: data), status: status, headers: headers)
    }

    /// JSON already encoded, in a buffer (shared, not copied).
    static func json(buffer: ByteBuffer, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var headers = headers
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: buffer))
    }

    /// An HTML page.
    static func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: page)))
    }

    /// `{"error": message}` with the error's status and headers.
    static func json(_ error: ServerError) -> Response {
        (try? json(["error": error.message], status: error.status, headers: error.headers))
            ?? Response(status: error.status)
    }
}
