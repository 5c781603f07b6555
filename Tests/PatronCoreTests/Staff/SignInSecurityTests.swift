import Foundation
import PropertyBased
import Testing
@testable import PatronCore

@Suite struct SessionLifetimeTests {
    let start = Date(timeIntervalSince1970: 1_795_395_600)

    @Test func idleAndAbsoluteExpiry() {
        let lifetime = SessionLifetime.default
        #expect(lifetime.state(createdAt: start, lastSeenAt: start, now: start.addingTimeInterval(29 * 60)) == .active)
        #expect(lifetime.state(createdAt: start, lastSeenAt: start, now: start.addingTimeInterval(30 * 60)) == .idleExpired)
        let busy = start.addingTimeInterval(12 * 3600 - 60)
        #expect(lifetime.state(createdAt: start, lastSeenAt: busy, now: busy.addingTimeInterval(30)) == .active)
        #expect(lifetime.state(createdAt: start, lastSeenAt: busy, now: start.addingTimeInterval(12 * 3600)) == .absoluteExpired)
    }

    @Test func noSessionOutlivesItsAbsoluteLimit() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...(48 * 60)), Gen.int(in: 0...(48 * 60))) { seen, later in
            let lifetime = SessionLifetime.default
            let lastSeen = start.addingTimeInterval(Double(seen) * 60)
            let now = lastSeen.addingTimeInterval(Double(later) * 60)
            let state = lifetime.state(createdAt: start, lastSeenAt: lastSeen, now: now)
            if state == .active {
                #expect(now.timeIntervalSince(start) < lifetime.absolute)
                #expect(now.timeIntervalSince(lastSeen) < lifetime.idle)
            }
        }
    }
}

@Suite struct SignInThrottlePolicyTests {
    let now = Date(timeIntervalSince1970: 1_795_395_600)

    @Test func delaysGrowAfterTheFreeFailures() {
        let policy = SignInThrottlePolicy.default
        #expect((0...3).map(policy.delay(afterFailures:)) == [0, 0, 0, 0])
        #expect((4...9).map(policy.delay(afterFailures:)) == [1, 2, 4, 8, 16, 32])
        #expect(policy.delay(afterFailures: 40) == 60, "capped")
    }

    @Test func gateWaitsThenOpensAndLocksAtTen() {
        let policy = SignInThrottlePolicy.default
        let four = (0..<4).map { now.addingTimeInterval(Double(-$0)) }
        #expect(policy.gate(failures: four, now: now) == .wait(seconds: 1))
        #expect(policy.gate(failures: four, now: now.addingTimeInterval(1)) == .open)
        let ten = (0..<10).map { now.addingTimeInterval(Double(-$0 * 60)) }
        #expect(policy.gate(failures: ten, now: now.addingTimeInterval(120)) == .lockOut)
        #expect(policy.gate(failures: ten, now: now.addingTimeInterval(16 * 60)) != .lockOut, "older failures leave the window")
        #expect(policy.gate(failures: [], now: now) == .open)
    }

    @Test func fewerThanTenFailuresInTheWindowNeverLock() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...9), Gen.int(in: 0...900)) { count, spread in
            let failures = (0..<count).map { now.addingTimeInterval(-Double($0 * spread) / 10) }
            #expect(SignInThrottlePolicy.default.gate(failures: failures, now: now) != .lockOut)
        }
    }
}

@Suite struct ClientAddressTests {
    let proxies = [IPNetwork("10.0.0.0/8")!, IPNetwork("127.0.0.1")!, IPNetwork("fd00::/8")!]

    @Test func networksParseAndMatch() {
        #expect(IPNetwork("10.0.0.0/8")!.contains("10.200.3.4"))
        #expect(!IPNetwork("10.0.0.0/8")!.contains("11.0.0.1"))
        #expect(IPNetwork("192.168.1.0/25")!.contains("192.168.1.127"))
        #expect(!IPNetwork("192.168.1.0/25")!.contains("192.168.1.128"))
        #expect(IPNetwork("fd00::/8")!.contains("fd12:3456::1"))
        #expect(IPNetwork("127.0.0.1")!.contains("::ffff:127.0.0.1"), "IPv4-mapped IPv6")
        #expect(IPNetwork("not-an-ip") == nil)
        #expect(IPNetwork("10.0.0.0/33") == nil)
        #expect(IPNetwork("300.1.1.1") == nil)
    }

    @Test func theRightMostUntrustedHopIsTheClient() {
        #expect(ClientAddress.resolve(peer: "10.0.0.5", forwardedFor: ["1.1.1.1, 203.0.113.7, 10.0.0.9"], trusted: proxies) == "203.0.113.7")
        #expect(ClientAddress.resolve(peer: "203.0.113.99", forwardedFor: ["1.1.1.1"], trusted: proxies) == "203.0.113.99",
                "a client talking to us directly cannot choose its address")
        #expect(ClientAddress.resolve(peer: "127.0.0.1", forwardedFor: [], trusted: proxies) == "127.0.0.1")
        #expect(ClientAddress.resolve(peer: "127.0.0.1", forwardedFor: ["10.1.1.1"], trusted: proxies) == "10.1.1.1", "all hops trusted: the left-most")
        #expect(ClientAddress.resolve(peer: "10.0.0.5", forwardedFor: ["2001:db8::1", "10.0.0.7"], trusted: proxies) == "2001:db8::1")
        #expect(ClientAddress.resolve(peer: nil, forwardedFor: ["1.1.1.1"], trusted: proxies) == nil)
    }

    @Test func whatAClientPrependsNeverChangesTheAnswer() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...255), Gen.int(in: 0...255)) { a, b in
            let spoofed = "\(a).\(b).1.1"
            let answer = ClientAddress.resolve(peer: "10.0.0.1", forwardedFor: ["\(spoofed), 198.51.100.4"], trusted: proxies)
            #expect(answer == "198.51.100.4")
        }
    }
}
