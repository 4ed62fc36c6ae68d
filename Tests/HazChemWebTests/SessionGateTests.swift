import Foundation
import Testing

@testable import HazChemWeb

/// One session's burst waits in its own line; other sessions are not held up by it.
@Suite("Requests per session")
struct SessionGateTests {
    @Test func aSessionGetsItsPlacesThenWaitsThenIsRefusedWhileOthersPass() async {
        let gate = SessionGate(running: 2, queued: 1)
        #expect(await gate.enter("a"))
        #expect(await gate.enter("a"))
        let waiter = Task { await gate.enter("a") }
        while await gate.load("a").waiting == 0 { await Task.yield() }
        #expect(await gate.enter("a") == false)  // the line is full
        #expect(await gate.enter("b"))  // another session is not held up
        await gate.leave("a")  // hands the place to the waiter
        #expect(await waiter.value)
        #expect(await gate.load("a").running == 2)
        #expect(await gate.load("a").waiting == 0)
        await gate.leave("a")
        await gate.leave("a")
        await gate.leave("b")
        #expect(await gate.load("a").running == 0)
        #expect(await gate.load("b").running == 0)
    }
}
