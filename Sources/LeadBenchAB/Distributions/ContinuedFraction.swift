/// The value of the continued fraction `a₁/(b₁ + a₂/(b₂ + a₃/(b₃ + …)))` by the modified Lentz method,
/// stopping when a step changes the value by less than a relative 1e−16 (or after `maxTerms` terms).
///
/// `term(j)` gives `(aⱼ, bⱼ)` for `j = 1, 2, …`.
///
/// ## References
/// W. J. Lentz, "Generating Bessel functions in Mie scattering calculations using continued fractions",
/// Applied Optics 15(3), 668–671 (1976) — I. J. Thompson, A. R. Barnett, "Coulomb and Bessel functions
/// of complex arguments and order", Journal of Computational Physics 64(2), 490–509 (1986), §3 (the
/// modification for zero denominators).
func continuedFraction(maxTerms: Int = 100_000, _ term: (Int) -> (a: Double, b: Double)) -> Double {
    let tiny = 1e-300
    var value = tiny
    var c = value
    var d = 0.0
    for j in 1...maxTerms {
        let (a, b) = term(j)
        d = b + a * d
        if d == 0 { d = tiny }
        c = b + a / c
        if c == 0 { c = tiny }
        d = 1 / d
        let step = c * d
        value *= step
        if abs(step - 1) < 1e-16 { break }
    }
    return value
}
