/// Small dense-vector helpers for the logistic learner's optimisers.

/// max over i of |vᵢ| (0 for an empty vector).
func maxAbs(_ v: [Double]) -> Double {
    var largest = 0.0
    for x in v { largest = max(largest, abs(x)) }
    return largest
}

/// Σᵢ aᵢbᵢ.
func dot(_ a: [Double], _ b: [Double]) -> Double {
    precondition(a.count == b.count, "Vectors of different lengths.")
    var sum = 0.0
    for i in a.indices { sum += a[i] * b[i] }
    return sum
}

/// x + α·d.
func moved(_ x: [Double], by alpha: Double, along d: [Double]) -> [Double] {
    precondition(x.count == d.count, "Vectors of different lengths.")
    var result = x
    for i in result.indices { result[i] += alpha * d[i] }
    return result
}
