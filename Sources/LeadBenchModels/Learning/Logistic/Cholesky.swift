/// The Cholesky factorisation A = L·Lᵀ of a symmetric positive-definite matrix, and solves A·x = b with it.
///
/// Used for the Newton step of the logistic learner: the (d+1)×(d+1) Hessian is at most a few hundred
/// wide, so a dense O(n³/3) factorisation per iteration is cheap next to the O(rows·d²) pass that forms it.
struct Cholesky: Sendable {
    /// Row-major n×n; the lower triangle holds L.
    private var factor: [Double]
    let size: Int

    /// A pivot smaller than this fraction of its diagonal entry counts as a failure: the matrix is
    /// singular or too close to it for the solve to be trusted.
    static let relativePivotFloor = 1e-12

    /// Factors `matrix` + `ridge`·I (row-major `size`×`size`; only its lower triangle is read), or returns
    /// `nil` when that is not numerically positive definite.
    init?(_ matrix: [Double], size: Int, ridge: Double = 0) {
        precondition(matrix.count == size * size, "The matrix must be \(size)×\(size).")
        var l = matrix
        for j in 0..<size {
            let diagonal = matrix[j * size + j] + ridge
            var pivot = diagonal
            for k in 0..<j { pivot -= l[j * size + k] * l[j * size + k] }
            guard pivot.isFinite, pivot > 0, pivot > Self.relativePivotFloor * diagonal else { return nil }
            let root = pivot.squareRoot()
            l[j * size + j] = root
            for i in (j + 1)..<max(j + 1, size) {
                var sum = matrix[i * size + j]
                for k in 0..<j { sum -= l[i * size + k] * l[j * size + k] }
                l[i * size + j] = sum / root
            }
        }
        factor = l
        self.size = size
    }

    /// x with A·x = b: forward substitution with L, then back substitution with Lᵀ.
    func solve(_ b: [Double]) -> [Double] {
        precondition(b.count == size, "The right-hand side must have \(size) entries.")
        var y = b
        for i in 0..<size {
            var sum = y[i]
            for k in 0..<i { sum -= factor[i * size + k] * y[k] }
            y[i] = sum / factor[i * size + i]
        }
        for i in stride(from: size - 1, through: 0, by: -1) {
            var sum = y[i]
            for k in (i + 1)..<max(i + 1, size) { sum -= factor[k * size + i] * y[k] }
            y[i] = sum / factor[i * size + i]
        }
        return y
    }

    /// Solves A·x = b for a symmetric positive semi-definite A, robust to scale and singularity.
    ///
    /// A is first equilibrated, Â = D·A·D with D = diag(1/√Aⱼⱼ) (1 where Aⱼⱼ ≤ 0), so that columns of very
    /// different scales (a feature in dollars beside one in [0, 1]) factor alike. If Â is not numerically
    /// positive definite (collinear or constant features with λ = 0), the smallest ridge μ = 10⁻¹⁰, 10⁻⁹,
    /// … ≤ 1 for which Â + μI factors is added; x = D·(Â + μI)⁻¹·D·b is then still a descent direction.
    /// Returns `nil` only when no such ridge helps.
    static func solveRegularised(_ matrix: [Double], size: Int, rhs: [Double]) -> [Double]? {
        let scale = (0..<size).map { j in
            let diagonal = matrix[j * size + j]
            return diagonal > 0 && diagonal.isFinite ? 1 / diagonal.squareRoot() : 1
        }
        var scaled = matrix
        for i in 0..<size {
            for j in 0..<size { scaled[i * size + j] *= scale[i] * scale[j] }
        }
        let scaledRHS = (0..<size).map { rhs[$0] * scale[$0] }
        var ridge = 0.0
        while ridge <= 1 {
            if let factor = Cholesky(scaled, size: size, ridge: ridge) {
                let y = factor.solve(scaledRHS)
                return (0..<size).map { y[$0] * scale[$0] }
            }
            ridge = ridge == 0 ? 1e-10 : ridge * 10
        }
        return nil
    }
}
