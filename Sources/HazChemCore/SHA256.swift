import Foundation

/// SHA-256 (FIPS 180-4) in plain Swift: table snapshot hashes, form checksums and session token hashes.
///
/// Feed bytes with `update(_:)` any number of times, then read `finalize()` once. Not meant for large files
/// or for secrets; it exists so the package needs no crypto dependency on Linux.
package struct SHA256: Sendable {
    /// The eight working hash words.
    private var state: [UInt32] = [
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
    ]
    /// Bytes waiting for a full 64-byte block.
    private var pending: [UInt8] = []
    /// Bytes hashed so far.
    private var length: UInt64 = 0

    /// A fresh hash.
    package init() { pending.reserveCapacity(64) }

    /// The hex digest of a string's UTF-8 bytes.
    package static func hex(_ text: String) -> String {
        var hash = SHA256()
        hash.update(Array(text.utf8))
        return hash.finalize().map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }

    /// Adds bytes to the message. (The block function is optimised even in debug builds: signing seals hash
    /// every signed assessment.)
    package mutating func update(_ bytes: [UInt8]) {
        length &+= UInt64(bytes.count)
        var index = 0
        if !pending.isEmpty {
            let take = min(64 - pending.count, bytes.count)
            pending += bytes[0..<take]
            index = take
            if pending.count == 64 {
                compress(pending, from: 0, through: 64)
                pending.removeAll(keepingCapacity: true)
            }
        }
        let whole = index + (bytes.count - index) / 64 * 64
        if whole > index { compress(bytes, from: index, through: whole) }
        pending += bytes[whole...]
    }

    /// The 32-byte digest; the hash must not be updated afterwards.
    package mutating func finalize() -> [UInt8] {
        let bits = length &* 8
        var tail = pending + [0x80]
        while tail.count % 64 != 56 { tail.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bits >> shift)) }
        compress(tail, from: 0, through: tail.count)
        pending.removeAll()
        return state.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> (24 - 8 * $0)) } }
    }

    /// Processes the 64-byte blocks of `bytes[start..<end]`.
    private mutating func compress(_ bytes: [UInt8], from start: Int, through end: Int) {
        let schedule = UnsafeMutablePointer<UInt32>.allocate(capacity: 64)
        defer { schedule.deallocate() }
        bytes.withUnsafeBufferPointer { input in
            state.withUnsafeMutableBufferPointer { words in
                Self.k.withUnsafeBufferPointer { k in
                    Self.compress(
                        input.baseAddress! + start, blocks: (end - start) / 64, state: words.baseAddress!,
                        schedule: schedule, k: k.baseAddress!)
                }
            }
        }
    }

    /// The block function over `blocks` consecutive 64-byte blocks.
    @_optimize(speed)
    private static func compress(
        _ block: UnsafePointer<UInt8>, blocks: Int, state: UnsafeMutablePointer<UInt32>,
        schedule w: UnsafeMutablePointer<UInt32>, k: UnsafePointer<UInt32>
    ) {
        for offset in stride(from: 0, to: blocks * 64, by: 64) {
            let p = block + offset
            for i in 0..<16 {
                w[i] =
                    UInt32(p[4 * i]) << 24 | UInt32(p[4 * i + 1]) << 16 | UInt32(p[4 * i + 2]) << 8
                    | UInt32(p[4 * i + 3])
            }
            for i in 16..<64 {
                let s0 = (w[i - 15] >> 7 | w[i - 15] << 25) ^ (w[i - 15] >> 18 | w[i - 15] << 14) ^ (w[i - 15] >> 3)
                let s1 = (w[i - 2] >> 17 | w[i - 2] << 15) ^ (w[i - 2] >> 19 | w[i - 2] << 13) ^ (w[i - 2] >> 10)
                w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
            }
            var (a, b, c, d, e, f, g, h) = (
                state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7]
            )
            for i in 0..<64 {
                let s1 = (e >> 6 | e << 26) ^ (e >> 11 | e << 21) ^ (e >> 25 | e << 7)
                let choice = (e & f) ^ (~e & g)
                let t1 = h &+ s1 &+ choice &+ k[i] &+ w[i]
                let s0 = (a >> 2 | a << 30) ^ (a >> 13 | a << 19) ^ (a >> 22 | a << 10)
                let majority = (a & b) ^ (a & c) ^ (b & c)
                let t2 = s0 &+ majority
                (h, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
            }
            state[0] &+= a
            state[1] &+= b
            state[2] &+= c
            state[3] &+= d
            state[4] &+= e
            state[5] &+= f
            state[6] &+= g
            state[7] &+= h
        }
    }

    /// The round constants.
    private static let k: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]
}
