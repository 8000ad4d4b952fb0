import DyadAnalysis
import DyadStore
import Hummingbird
import Logging

/// Turns every error into a response the client can read: `{"error": "..."}` under `/api/`,
/// an error page elsewhere. Bad input is a 4xx with the reason; only a failure of the
/// server itself (the store, a bug) is a 500, logged with its details and shown without them.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The routes served, for 405 answers.
    let routes: RouteTable

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            var failure = Self.serverError(error, path: request.uri.path)
            let allowed = failure.status == .notFound ? routes.methods(at: request.uri.path) : []
            if !allowed.isEmpty, !allowed.contains(request.method.rawValue) {
                failure = ServerError(
                    .methodNotAllowed, "\(request.method) is not served at \(request.uri.path); use \(allowed.joined(separator: " or "))",
                    headers: [.allow: allowed.joined(separator: ", ")])
            }
            if failure.status.code >= 500 {
                context.logger.error("\(request.method) \(request.uri.path): \(error)")
            }
            return request.uri.path.hasPrefix("/api/") ? Reply.json(failure) : Reply.html(ErrorPage.render(failure), status: failure.status)
        }
    }

    /// The status and message for `error`.
    static func serverError(_ error: any Error, path: String) -> ServerError {
        switch error {
        case let error as ServerError:
            return error
        case let error as RelationError:
            return .badRequest(error.description)
        case let error as FilterError:
            return .badRequest(error.description)
        case let error as HTTPError:
            return ServerError(error.status, error.body ?? message(for: error.status, path: path), headers: error.headers)
        case let error as any HTTPResponseError:
            return ServerError(error.status, message(for: error.status, path: path))
        case is StoreError:
            return ServerError(.internalServerError, "the event store failed; see the server's log")
        default:
            return ServerError(.internalServerError, "internal error; see the server's log")
        }
    }

    private static func message(for status: HTTPResponse.Status, path: String) -> String {
        switch status {
        case .notFound: "nothing at \(path)"
        case .contentTooLarge: "the request body is too large"
        default: status.reasonPhrase
        }
    }
}
