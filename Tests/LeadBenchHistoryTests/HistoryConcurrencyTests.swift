import Dispatch
import Foundation
import GRDB
import LeadBenchHistory
import LeadBenchTestSupport
import Testing

/// Writers at the same time: each waits for the other and every record lands; a writer kept waiting
/// past its timeout fails cleanly.
@Suite struct HistoryConcurrencyTests {
    @Test func concurrentWritersOnANewFileAllLand() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.file("history.sqlite")
        let writers = 4
        let runsEach = 15
        let failures = Failures()
        // Each writer opens its own connection, as a separate process would, and all start on a file
        // that does not exist yet: they race to create and migrate it.
        DispatchQueue.concurrentPerform(iterations: writers) { writer in
            do {
                let store = try HistoryStore(path: path)
                for n in 0..<runsEach { try store.record(sampleRun(writer * 100 + n)) }
            } catch {
                failures.add("\(error)")
            }
        }
        #expect(failures.all == [])
        let store = try HistoryStore(path: path)
        #expect(try store.runs().count == writers * runsEach)
        #expect(try store.trend(metric: "auc").count == writers * runsEach * 2)
        #expect(try Set(store.runs().map(\.id)).count == writers * runsEach)
    }

    @Test func aBusyDatabaseMakesAWriterWait() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.file("history.sqlite")
        let store = try HistoryStore(path: path, busyTimeout: 20)
        let holder = try DatabaseQueue(path: path)
        let released = DispatchSemaphore(value: 0)
        let locked = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? holder.writeWithoutTransaction { db in
                try db.execute(sql: "BEGIN EXCLUSIVE")
                locked.signal()
                Thread.sleep(forTimeInterval: 0.5)
                try db.execute(sql: "COMMIT")
            }
            released.signal()
        }
        locked.wait()
        let start = Date()
        try store.record(sampleRun(1))
        #expect(Date().timeIntervalSince(start) > 0.3)
        released.wait()
        #expect(try store.runs().count == 1)
    }

    @Test func aWriterKeptWaitingPastItsTimeoutFailsCleanly() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.file("history.sqlite")
        let store = try HistoryStore(path: path, busyTimeout: 0.2)
        let holder = try DatabaseQueue(path: path)
        try holder.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN EXCLUSIVE")
            let error = #expect(throws: HistoryError.self) { try store.record(sampleRun(1)) }
            #expect(error?.kind == .busy)
            #expect(error?.hint?.contains("--no-history") == true)
            try db.execute(sql: "COMMIT")
        }
        #expect(try store.runs().isEmpty)
        try store.record(sampleRun(2))
        #expect(try store.runs().count == 1)
    }
}

/// Errors gathered from concurrent writers.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []

    func add(_ item: String) { lock.withLock { items.append(item) } }

    var all: [String] { lock.withLock { items } }
}
