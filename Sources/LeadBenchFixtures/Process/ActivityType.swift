/// The activity types of the export, in the order that breaks ties between a lead's simultaneous
/// activities.
enum ActivityType: Int, CaseIterable, Sendable {
    case pageView, pricingPage, emailOpen, emailClick, contentDownload, webinar, demoRequest, formFill, unsubscribe

    /// The type as the export spells it.
    var name: String {
        switch self {
        case .pageView: "page_view"
        case .pricingPage: "pricing_page"
        case .emailOpen: "email_open"
        case .emailClick: "email_click"
        case .contentDownload: "content_download"
        case .webinar: "webinar"
        case .demoRequest: "demo_request"
        case .formFill: "form_fill"
        case .unsubscribe: "unsubscribe"
        }
    }

    /// Whether the activity is an email interaction, which an unsubscribe all but stops.
    var isEmail: Bool { self == .emailOpen || self == .emailClick }

    /// Whether the activity carries a value: seconds on the page.
    var hasDuration: Bool { self == .pageView || self == .pricingPage }
}

/// The intensity parameters of one activity type (see ``ActivityProcess``).
struct ActivityRates: Sendable {
    /// Expected events in the burst after creation, for a lead of intent 0 and frailty 1.
    let burstCount: Double
    /// The burst's decay time τ in days.
    let burstDays: Double
    /// Expected events per day of the steady background (nurture mail, return visits).
    let dailyRate: Double
    /// The intent slope γ: intensity × exp(γ·z).
    let intentSlope: Double
    /// Expected events in the ramp before a conversion (converting leads only).
    let rampCount: Double
    /// The ramp's rise time ρ in days: events come ever more often as the conversion nears.
    let rampDays: Double
    /// The median seconds on page, for types that carry a duration.
    let medianSeconds: Double

    /// The rates of every type, indexed by ``ActivityType/rawValue`` (`unsubscribe` is drawn separately).
    static let table: [ActivityRates] = [
        // page_view
        .init(burstCount: 4.0, burstDays: 7, dailyRate: 0.022, intentSlope: 0.3, rampCount: 3.0, rampDays: 14, medianSeconds: 40),
        // pricing_page
        .init(burstCount: 0.5, burstDays: 10, dailyRate: 0.002, intentSlope: 0.7, rampCount: 2.0, rampDays: 14, medianSeconds: 75),
        // email_open
        .init(burstCount: 2.5, burstDays: 30, dailyRate: 0.018, intentSlope: 0.2, rampCount: 0.5, rampDays: 21, medianSeconds: 0),
        // email_click
        .init(burstCount: 0.7, burstDays: 30, dailyRate: 0.004, intentSlope: 0.4, rampCount: 0.8, rampDays: 21, medianSeconds: 0),
        // content_download
        .init(burstCount: 0.5, burstDays: 20, dailyRate: 0.0015, intentSlope: 0.3, rampCount: 0.3, rampDays: 28, medianSeconds: 0),
        // webinar
        .init(burstCount: 0.15, burstDays: 30, dailyRate: 0.0006, intentSlope: 0.5, rampCount: 0.5, rampDays: 21, medianSeconds: 0),
        // demo_request
        .init(burstCount: 0.04, burstDays: 10, dailyRate: 0.0001, intentSlope: 0.9, rampCount: 1.0, rampDays: 7, medianSeconds: 0),
        // form_fill
        .init(burstCount: 0.25, burstDays: 10, dailyRate: 0.0008, intentSlope: 0.4, rampCount: 0.3, rampDays: 14, medianSeconds: 0),
    ]
}
