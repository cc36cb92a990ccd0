#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One activity as the generator passes it on: a time offset, the lead, the type and the seconds on the
/// page (0 for none).
struct ActivityEvent: Equatable {
    let time: Int
    let lead: Int
    let type: ActivityType
    let seconds: Int
}

/// Draws one lead's activities: for each type *k* an inhomogeneous Poisson process with intensity
///
///     λ_k(t) = g · e^{γ_k·z} · ( A_k/τ_k · e^{−age/τ_k}  +  b_k )  +  [converts] · √g · R_k/ρ_k · e^{−(c−t)/ρ_k}
///
/// on the lead's active window `[created, c + s)` (`c` the conversion moment, `s` 1–5 days of after-sale
/// chatter; `[created, ∞)` for a lead that never converts), where *g* ~ Gamma(2, ½) is a per-lead frailty
/// (some people click everything), *z* the latent intent, *A_k* the expected burst size, *τ_k* its decay,
/// *b_k* a steady daily rate and *R_k*, *ρ_k* the size and rise time of the ramp towards a conversion
/// (strongest for demo_request, pricing_page and webinar). Each of the three terms is sampled exactly: a
/// Poisson count with the term's integral, then times from its normalised shape (a truncated exponential
/// by inversion, or a uniform). A lead may unsubscribe (probability `1/(1 + e^{3.4 + 0.8z})`, about 3%, at
/// creation + Exp(40 days)); from then on email_open and email_click are thinned to 5% of their intensity.
/// A form-based lead source also leaves one activity at the creation moment (a form_fill, the webinar
/// attended, the download that was syndicated). Events after the export's last second are dropped.
enum ActivityProcess {
    /// Seconds on page are lognormal with this shape, clamped to `1...maximumSeconds`.
    static let durationSigma = 0.9
    static let maximumSeconds = 1_800
    /// The share of email intensity left after an unsubscribe.
    static let emailAfterUnsubscribe = 0.05
    /// Unsubscribe probability: `1/(1 + exp(−(a + b·z)))`.
    static let unsubscribeIntercept = -3.4
    static let unsubscribeSlope = -0.8
    static let unsubscribeMeanDays = 40.0

    /// Appends the activities of one lead to `events` (unordered).
    ///
    /// - Parameters:
    ///   - lead: The lead's index (its Lead ID minus one).
    ///   - created: The creation offset in seconds.
    ///   - profile: The lead's attributes, intent and latent conversion.
    static func simulate(
        lead: Int, created: Int, profile: LeadProfile, into events: inout [ActivityEvent], _ random: inout Sampler
    ) {
        let day = 86_400.0
        let z = profile.intent
        let frailty = random.gamma(shape: 2, scale: 0.5)
        let conversion = profile.conversionDelay.map { created + $0 }
        let windowEnd: Double =
            conversion.map { Double($0) + day * (1 + 4 * random.unit()) } ?? .infinity
        // Active days, and the part of them inside the export.
        let activeDays = (windowEnd - Double(created)) / day
        let exportedEnd = min(windowEnd, Double(Timeline.seconds))

        // The origin activity: what created the lead.
        if let origin = originActivity[profile.source] {
            events.append(ActivityEvent(time: created, lead: lead, type: origin, seconds: 0))
        }

        var unsubscribedAt = Double.infinity
        let unsubscribeP = 1 / (1 + exp(-(unsubscribeIntercept + unsubscribeSlope * z)))
        if random.bernoulli(unsubscribeP) {
            let at = Double(created) + random.exponential(mean: unsubscribeMeanDays) * day
            if at < exportedEnd {
                unsubscribedAt = at
                events.append(ActivityEvent(time: Int(at), lead: lead, type: .unsubscribe, seconds: 0))
            }
        }

        for (k, rates) in ActivityRates.table.enumerated() {
            guard let type = ActivityType(rawValue: k) else { continue }
            let level = frailty * exp(rates.intentSlope * z)
            func emit(_ t: Double) {
                guard t < exportedEnd else { return }
                if type.isEmail && t >= unsubscribedAt && !random.bernoulli(emailAfterUnsubscribe) { return }
                var seconds = 0
                if type.hasDuration {
                    let drawn = random.logNormal(median: rates.medianSeconds, sigma: durationSigma)
                    seconds = min(max(Int(drawn.rounded()), 1), maximumSeconds)
                }
                events.append(ActivityEvent(time: Int(t), lead: lead, type: type, seconds: seconds))
            }

            // The burst after creation: A/τ · e^{−age/τ} on [0, activeDays).
            let burstMass = activeDays.isFinite ? -expm1(-activeDays / rates.burstDays) : 1
            let burst = random.poisson(mean: rates.burstCount * level * burstMass)
            for _ in 0..<burst {
                let age = -rates.burstDays * log1p(-random.unit() * burstMass)
                emit(Double(created) + age * day)
            }

            // The steady background, uniform over the exported part of the window.
            let steadyDays = (exportedEnd - Double(created)) / day
            if steadyDays > 0 {
                let steady = random.poisson(mean: rates.dailyRate * level * steadyDays)
                for _ in 0..<steady { emit(Double(created) + random.unit() * steadyDays * day) }
            }

            // The ramp towards a conversion: R/ρ · e^{−(c−t)/ρ} on [created, c).
            if let conversion, rates.rampCount > 0 {
                let leadDays = Double(conversion - created) / day
                let rampMass = -expm1(-leadDays / rates.rampDays)
                let ramp = random.poisson(mean: rates.rampCount * frailty.squareRoot() * rampMass)
                for _ in 0..<ramp {
                    let before = -rates.rampDays * log1p(-random.unit() * rampMass)
                    emit(Double(conversion) - before * day)
                }
            }
        }
    }

    /// The activity a lead source leaves at the creation moment, if any, indexed like
    /// ``AttributeCatalog/leadSource``: a form for web sources and referrals, the webinar attended, the
    /// content downloaded; a badge scanned at a trade show leaves none.
    static let originActivity: [ActivityType?] = AttributeCatalog.leadSource.levels.map { level in
        switch level.label {
        case "Webinar": .webinar
        case "Content Syndication": .contentDownload
        case "Trade Show": nil
        default: .formFill
        }
    }
}
