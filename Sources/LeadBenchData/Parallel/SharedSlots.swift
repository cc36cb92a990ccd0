import Dispatch

/// A buffer that several threads fill at once, each thread writing only its own slots, so no element
/// is touched by two threads: work cut into fixed parts then fills one array the same way on any
/// number of cores. `@unchecked Sendable` rests on that rule; the caller keeps the buffer alive while
/// the threads run, and reads it only after they have finished.
public struct SharedSlots<Element>: @unchecked Sendable {
    public let base: UnsafeMutableBufferPointer<Element>

    @inlinable
    public init(_ base: UnsafeMutableBufferPointer<Element>) {
        self.base = base
    }

    /// Slot `index`, read or written by the one thread that owns it.
    @inlinable
    public subscript(index: Int) -> Element {
        get { base[index] }
        nonmutating set { base[index] = newValue }
    }

    /// The slots `range` as a buffer of their own, for a part that writes a run.
    @inlinable
    public func slots(_ range: Range<Int>) -> UnsafeMutableBufferPointer<Element> {
        UnsafeMutableBufferPointer(rebasing: base[range])
    }
}

/// `0..<count` cut into `parts` contiguous ranges, the same on every machine: part `p` is
/// `p·count/parts ..< (p+1)·count/parts`.
public enum FixedParts {
    public static func range(_ part: Int, of parts: Int, count: Int) -> Range<Int> {
        (part * count / parts)..<((part + 1) * count / parts)
    }

    /// Calls `body` once per part, the parts side by side.
    public static func forEach(_ parts: Int, count: Int, _ body: @Sendable (Range<Int>) -> Void) {
        DispatchQueue.concurrentPerform(iterations: parts) { part in body(range(part, of: parts, count: count)) }
    }
}
