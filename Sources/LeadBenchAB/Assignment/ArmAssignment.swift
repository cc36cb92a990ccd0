/// Deterministic, stable assignment of units (leads, or accounts so that colleagues share an arm) to
/// the arms of an experiment, from a portable hash of the experiment's salt and the unit's id.
///
///     let experiment = try ArmAssignment(salt: "spring-2025", arms: [
///         Arm(name: "control", weight: 0.2), Arm(name: "treatment", weight: 0.8)])
///     experiment.arm(for: "lead-000042")   // always the same arm for this salt and id
///
/// **The rule.** `d = MD5(UTF-8 bytes of salt + ":" + unitID)`; the first 8 bytes of `d` read as a
/// big-endian unsigned 64-bit integer `v`; the position `u = v / 2⁶⁴`, rounded to the nearest double
/// (so `u` is in `[0, 1]`, and 1 only for the last 2¹⁰ values of `v`); the unit goes to the first arm
/// whose running weight sum exceeds `u` (``ArmAllocation/arm(at:)``), the last arm otherwise. A unit's
/// arm depends only on the salt, its id and the weights: adding units never moves existing ones, and a
/// new salt gives an independent split. MD5 is chosen for portability, not security (see `MD5`).
///
/// **Python** (`hashlib`, `itertools`; the same doubles, so the same arm for every unit):
///
///     u = int.from_bytes(hashlib.md5(f"{salt}:{unit_id}".encode("utf-8")).digest()[:8], "big") / 2**64
///     arm = next((name for name, c in zip(names, itertools.accumulate(weights)) if u < c), names[-1])
///
/// **SQL** (PostgreSQL; the two 32-bit halves are read separately because `bit(64)::bigint` is signed,
/// and the exact sum is rounded once to `float8`, as Python does):
///
///     SELECT unit_id,
///            ((('x' || substr(md5('spring-2025' || ':' || unit_id), 1, 8))::bit(32)::bigint::numeric
///              * 4294967296
///              + ('x' || substr(md5('spring-2025' || ':' || unit_id), 9, 8))::bit(32)::bigint
///             )::float8 / 18446744073709551616) AS u
///     FROM leads;
///     -- then, for weights 0.2 / 0.8:  CASE WHEN u < 0.2 THEN 'control' ELSE 'treatment' END
///
/// With more arms, compare with the running sums as doubles (`0.1 + 0.2` is 0.30000000000000004), and
/// make sure the database encodes text as UTF-8 (`md5()` hashes the text's bytes in the database encoding).
public struct ArmAssignment: Sendable, Equatable {
    /// The experiment's salt: a new salt reshuffles every unit.
    public let salt: String
    /// The arms and their weights.
    public let allocation: ArmAllocation

    public init(salt: String, allocation: ArmAllocation) {
        self.salt = salt
        self.allocation = allocation
    }

    /// - Throws: ``ABError`` when the arms do not form a valid ``ArmAllocation``.
    public init(salt: String, arms: [Arm]) throws(ABError) {
        self.init(salt: salt, allocation: try ArmAllocation(arms))
    }

    /// The unit's position `u = v / 2⁶⁴` (see the rule above).
    public func position(of unitID: String) -> Double {
        Self.position(salt: salt, unitID: unitID)
    }

    /// The index in ``allocation`` of the unit's arm.
    public func armIndex(for unitID: String) -> Int {
        allocation.arm(at: position(of: unitID))
    }

    /// The name of the unit's arm.
    public func arm(for unitID: String) -> String {
        allocation.arms[armIndex(for: unitID)].name
    }

    /// `u = v / 2⁶⁴` for `v` the first 8 bytes, big-endian, of `MD5(salt + ":" + unitID)`.
    public static func position(salt: String, unitID: String) -> Double {
        let digest = MD5.digest(Array("\(salt):\(unitID)".utf8))
        var value: UInt64 = 0
        for byte in digest.prefix(8) { value = value << 8 | UInt64(byte) }
        // Double(value) rounds to nearest, as Python's int / int does; the scaling by 2⁻⁶⁴ is exact.
        return Double(value) * 0x1p-64
    }
}
