import Dispatch
import DyadText

extension EventCoder {
    /// Codes `documents` on `jobs` threads; results keep the documents' order.
    public func code(_ documents: [Document], jobs: Int) -> [CodingResult] {
        guard jobs > 1, documents.count > 1 else { return documents.map { code($0) } }
        let results = ResultSlots(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: jobs) { worker in
            var i = worker
            while i < documents.count {
                results.set(i, code(documents[i]))
                i += jobs
            }
        }
        return results.values()
    }
}

/// Slots written by concurrent workers, each slot by exactly one worker. The slots live in
/// memory of their own, so that no worker touches an array another one is writing.
private final class ResultSlots: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<CodingResult?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func set(_ i: Int, _ value: CodingResult) { slots[i] = value }

    func values() -> [CodingResult] { slots.map { $0! } }
}
