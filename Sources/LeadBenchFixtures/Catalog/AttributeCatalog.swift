#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The attribute values a synthetic export draws from, with their frequencies and their effects on a
/// lead's profile fit *f* (see ``FixtureGenerator``).
///
/// The effects describe a B2B marketing/sales software vendor: senior buyers in sales and marketing at
/// mid-sized and large software and finance companies fit best; students, HR and education fit worst;
/// referrals and webinars are the best sources, syndicated content and social the weakest. Country has no
/// effect at all, so it is a pure noise attribute a good model should learn to ignore.
enum AttributeCatalog {
    /// Seniority, indexed like ``JobTitles/titles``.
    static let seniority = Categorical([
        .init("C-level", 0.05, effect: 0.6),
        .init("VP", 0.08, effect: 0.7),
        .init("Director", 0.15, effect: 0.5),
        .init("Manager", 0.27, effect: 0.2),
        .init("Individual Contributor", 0.38, effect: -0.2),
        .init("Student", 0.07, effect: -1.5),
    ])

    /// The index of `Student` in ``seniority``.
    static let studentSeniority = 5

    /// Department, indexed like ``JobTitles/titles``' inner arrays.
    static let department = Categorical([
        .init("Sales", 0.20, effect: 0.3),
        .init("Marketing", 0.24, effect: 0.4),
        .init("Operations", 0.12, effect: 0.1),
        .init("IT", 0.16, effect: 0.2),
        .init("Finance", 0.09, effect: 0.0),
        .init("HR", 0.07, effect: -0.3),
        .init("Engineering", 0.12, effect: -0.1),
    ])

    /// The form placeholder a CRM stores when nobody chose a department.
    static let departmentPlaceholder = "Select"
    /// The share of leads whose department reads ``departmentPlaceholder``.
    static let departmentPlaceholderRate = 0.05
    /// The share of leads whose department is blank.
    static let departmentBlankRate = 0.03

    static let industry = Categorical([
        .init("Software", 0.22, effect: 0.3),
        .init("Financial Services", 0.12, effect: 0.2),
        .init("Healthcare", 0.11, effect: 0.0),
        .init("Manufacturing", 0.12, effect: -0.1),
        .init("Retail", 0.09, effect: -0.1),
        .init("Education", 0.08, effect: -0.4),
        .init("Telecommunications", 0.06, effect: 0.1),
        .init("Media", 0.07, effect: 0.0),
        .init("Logistics", 0.07, effect: -0.1),
        .init("Energy", 0.06, effect: 0.0),
    ])

    /// Revenue per employee in USD by industry (medians of a lognormal), indexed like ``industry``.
    static let revenuePerEmployee: [Double] = [
        220_000, 350_000, 150_000, 190_000, 170_000, 90_000, 300_000, 200_000, 160_000, 420_000,
    ]

    static let leadSource = Categorical([
        .init("Organic Search", 0.24, effect: 0.1),
        .init("Paid Search", 0.16, effect: 0.0),
        .init("Webinar", 0.10, effect: 0.3),
        .init("Referral", 0.06, effect: 0.6),
        .init("Trade Show", 0.07, effect: 0.2),
        .init("Content Syndication", 0.15, effect: -0.4),
        .init("Direct", 0.12, effect: 0.2),
        .init("Social", 0.10, effect: -0.3),
    ])

    /// Countries (ISO 3166 short names); no effect on intent.
    static let country = Categorical([
        .init("United States", 0.38),
        .init("United Kingdom", 0.10),
        .init("Germany", 0.09),
        .init("India", 0.08),
        .init("France", 0.06),
        .init("Canada", 0.06),
        .init("Brazil", 0.05),
        .init("Australia", 0.05),
        .init("Netherlands", 0.04),
        .init("Spain", 0.03),
        .init("Japan", 0.03),
        .init("Singapore", 0.03),
    ])

    /// The share of leads whose country differs from their company's (remote staff, subsidiaries).
    static let leadCountryDiffersRate = 0.12
    /// The placeholder some forms store for an unanswered country.
    static let countryUnknown = "unknown"
    /// The share of leads whose country reads ``countryUnknown``.
    static let countryUnknownRate = 0.04
    /// The share of leads whose country is blank.
    static let countryBlankRate = 0.02

    /// The effect of company size on the profile fit: `0.2 · clamp(log₁₀(employees) − 2, −1.5, 2)`, so a
    /// company of 100 people is neutral, 10,000 adds 0.4 and a sole trader subtracts 0.3.
    static func sizeEffect(employees: Int) -> Double {
        let decades = log10(Double(max(employees, 1))) - 2
        return 0.2 * min(max(decades, -1.5), 2)
    }
}
