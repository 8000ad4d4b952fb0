import Hummingbird

/// The check that guards writing endpoints: `Authorization: Bearer TOKEN` must carry the
/// token the server was started with.
///
/// - No token configured: the server is read-only, 403.
/// - No or malformed `Authorization` header: 401 with `WWW-Authenticate: Bearer`.
/// - Another token: 403.
struct BearerAuthorization: Sendable {
    /// The token expected; nil for a read-only server.
    var token: String?

    /// Throws a ``ServerError`` unless `request` carries the token.
    func check(_ request: Request) throws {
        guard let token, !token.isEmpty else {
            throw ServerError(.forbidden, "this server is read-only: start it with --token to accept documents")
        }
        let challenge: HTTPFields = [.wwwAuthenticate: "Bearer realm=\"dyad\""]
        guard let header = request.headers[.authorization] else {
            throw ServerError(.unauthorized, "authorization required: send the header 'Authorization: Bearer TOKEN'", headers: challenge)
        }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else {
            throw ServerError(.unauthorized, "use the header 'Authorization: Bearer TOKEN'", headers: challenge)
        }
        guard Self.equal(Array(parts[1].utf8), Array(token.utf8)) else {
            throw ServerError(.forbidden, "the token is not valid")
        }
    }

    /// Compares without stopping at the first difference, so timing does not reveal the token.
    static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(truncatingIfNeeded: a.count ^ b.count)
        for i in 0..<max(a.count, b.count) {
            difference |= (i < a.count ? a[i] : 0) ^ (i < b.count ? b[i] : 0)
        }
        return difference == 0
    }
}
