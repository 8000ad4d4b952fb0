import Foundation
import Testing

/// The relation page as a browser builds it: headless Chromium loads it from a live server
/// and the DOM it dumps holds the chart and the event list.
///
/// Needs `chromium` on the PATH (the test command in the README installs it). Without it the
/// test fails, unless DYAD_SKIP_BROWSER=1 is set.
@Suite struct BrowserTests {
    static func chromium() -> String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            for name in ["chromium", "chromium-browser"] {
                let path = "\(directory)/\(name)"
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        return nil
    }

    @Test func relationPageRendersInChromium() async throws {
        if ProcessInfo.processInfo.environment["DYAD_SKIP_BROWSER"] == "1" { return }
        guard let chromium = Self.chromium() else {
            Issue.record(
                "chromium is not installed: run the README's test command (scripts/test.sh), which installs it, or set DYAD_SKIP_BROWSER=1 to skip this test"
            )
            return
        }
        try await TestServer.with { client in
            let profile = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-chromium-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: profile) }
            let dom = try await Self.run(
                chromium,
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                    "--user-data-dir=\(profile.path)", "--virtual-time-budget=5000", "--dump-dom",
                    "http://127.0.0.1:\(client.port)/relation?a=USA&b=RUS",
                ])
            #expect(dom.contains("<svg"), "the chart is in the DOM")
            #expect(dom.contains("<polyline"), "the series is drawn")
            #expect(dom.contains("id=\"events\""), "the event list heading is in the DOM")
            #expect(dom.matches(of: /<tr id="e\d+">/).count == 24, "the event list is in the DOM")
        }
    }

    /// Runs `executable` on a thread of its own (at most two minutes) and returns its standard output.
    static func run(_ executable: String, _ arguments: [String]) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(
                    with: Result {
                        let process = Process()
                        process.executableURL = URL(fileURLWithPath: executable)
                        process.arguments = arguments
                        let output = Pipe()
                        process.standardOutput = output
                        process.standardError = FileHandle.nullDevice
                        try process.run()
                        // A browser that hangs is stopped, so the test fails rather than waits forever.
                        DispatchQueue.global().asyncAfter(deadline: .now() + 120) { if process.isRunning { process.terminate() } }
                        let data = output.fileHandleForReading.readDataToEndOfFile()
                        process.waitUntilExit()
                        return String(decoding: data, as: UTF8.self)
                    })
            }.start()
        }
    }
}
