#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One lead's attributes, latent intent and (latent) outcome.
struct LeadProfile {
    /// Indexes into ``AttributeCatalog``.
    let seniority: Int
    let department: Int
    let source: Int
    let title: String
    /// The department as exported: a name, `Select` or blank.
    let departmentText: String
    /// The country as exported: a name, `unknown` or blank.
    let countryText: String
    /// The profile fit *f*.
    let fit: Double
    /// The latent intent *z = f + u_a + ε*.
    let intent: Double
    /// Seconds after creation at which the lead converts, when it does (possibly after the export ends).
    let conversionDelay: Int?
    /// The deal value in cents, for a converting lead.
    let dealCents: Int?

    /// The intercept α of the conversion model, tuned so that about 5% of exported leads show a
    /// conversion inside the span (about 6% convert eventually; the rest convert after the export ends).
    static let conversionIntercept = -3.9
    /// The slope β of the conversion model on the latent intent.
    static let conversionSlope = 1.3
    /// The standard deviation of the lead-level noise ε.
    static let noiseDeviation = 0.7
    /// The median conversion delay in days, for a lead of the typical converter's intent
    /// ``delayReferenceIntent``.
    static let medianDelayDays = 35.0
    /// The intent at which the median delay is ``medianDelayDays``; each unit of intent above it shortens
    /// the delay by about 14% (a factor e^{−0.15}).
    static let delayReferenceIntent = 1.5
    /// The lognormal shape of the conversion delay.
    static let delaySigma = 0.6
    /// The longest conversion delay in days (longer draws are redrawn).
    static let maximumDelayDays = 150.0

    /// Draws a lead of `account`: attributes, profile fit, intent, whether and when it converts, and the
    /// deal value.
    static func draw(account: Account, _ random: inout Sampler) -> LeadProfile {
        let seniority = AttributeCatalog.seniority.draw(&random)
        let department = AttributeCatalog.department.draw(&random)
        let source = AttributeCatalog.leadSource.draw(&random)
        let titles = JobTitles.titles[seniority][department]
        let title = titles[random.index(below: titles.count)]

        let shownDepartment = random.unit()
        let departmentText =
            shownDepartment < AttributeCatalog.departmentPlaceholderRate
            ? AttributeCatalog.departmentPlaceholder
            : shownDepartment < AttributeCatalog.departmentPlaceholderRate + AttributeCatalog.departmentBlankRate
                ? "" : AttributeCatalog.department.levels[department].label

        let country =
            random.bernoulli(AttributeCatalog.leadCountryDiffersRate)
            ? AttributeCatalog.country.draw(&random) : account.country
        let shownCountry = random.unit()
        let countryText =
            shownCountry < AttributeCatalog.countryUnknownRate
            ? AttributeCatalog.countryUnknown
            : shownCountry < AttributeCatalog.countryUnknownRate + AttributeCatalog.countryBlankRate
                ? "" : AttributeCatalog.country.levels[country].label

        let fit =
            AttributeCatalog.seniority.levels[seniority].effect
            + AttributeCatalog.department.levels[department].effect
            + AttributeCatalog.industry.levels[account.industry].effect
            + AttributeCatalog.sizeEffect(employees: account.employees)
            + AttributeCatalog.leadSource.levels[source].effect
        let intent = fit + account.intent + random.normal(mean: 0, standardDeviation: noiseDeviation)

        let p = 1 / (1 + exp(-(conversionIntercept + conversionSlope * intent)))
        var conversionDelay: Int?
        var dealCents: Int?
        if random.bernoulli(p) {
            // Keener leads close a little faster.
            let median = medianDelayDays * exp(-0.15 * (intent - delayReferenceIntent))
            var days: Double
            repeat {
                days = random.logNormal(median: median, sigma: delaySigma)
            } while days > maximumDelayDays
            conversionDelay = max(Int(days * 86_400), 3_600)
            // Deal size grows with company size: median $6,000 at 50 employees, × (employees/50)^0.3.
            let medianDeal = 6_000 * pow(Double(account.employees) / 50, 0.3)
            dealCents = max(Int((random.logNormal(median: medianDeal, sigma: 0.6) * 100).rounded()), 100)
        }
        return LeadProfile(
            seniority: seniority, department: department, source: source, title: title,
            departmentText: departmentText, countryText: countryText, fit: fit, intent: intent,
            conversionDelay: conversionDelay, dealCents: dealCents)
    }
}
