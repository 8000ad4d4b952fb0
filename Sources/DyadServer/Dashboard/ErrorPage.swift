/// The page shown for a failed dashboard request: the status and the reason.
enum ErrorPage {
    static func render(_ error: ServerError) -> String {
        let title = "\(error.status.code) \(error.status.reasonPhrase)"
        return Layout.page(
            title: title, body: "<h1>\(e(title))</h1><p>\(e(error.message))</p><p><a href=\"/\">Back to the overview</a></p>")
    }
}
