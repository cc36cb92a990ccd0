import LeadBenchData

/// An Account-Engagement-style (Pardot) score and grade (`kind: pardot`): activity points with the
/// platform's defaults, overridable per type; a grade from A+ to F that starts at D and moves by thirds
/// of a letter per matching profile criterion; qualification like "score ≥ 100 and grade ≥ B".
///
///     - name: pardot
///       kind: pardot
///       activities:                     # the platform's activity ← the log's activity type
///         form_submission: form_fill
///         page_view: page_view
///         custom_redirect_click: email_click
///         file_access: content_download
///       points: { page_view: 2 }        # overrides of the default points
///       grading:
///         - { attribute: Seniority, one_of: [VP, C-Level], adjust: +1, unmatched: -1/3 }
///         - { attribute: Department, equals: Marketing, adjust: +2/3 }
///       qualify: { score: 100, grade: B }
public struct PardotConfig: Sendable, Equatable, Codable {
    /// The platform's activity names and the log types that count as them.
    public var activities: [String: String]
    public var points: [String: Double]
    public var grading: [GradingCriterion]
    public var qualify: Qualification?

    /// The platform's default scoring points (Account Engagement, "Default Scoring System"). Email
    /// opens score only the first open, as for business units provisioned after April 2014.
    public static let defaultPoints: [String: Double] = [
        "custom_redirect_click": 3, "email_open": 0, "event_checked_in": 0, "event_registered": 0, "file_access": 3,
        "form_error": -5, "form_handler_error": -5, "form_handler_submission": 50, "form_submission": 50,
        "landing_page_error": -5, "landing_page_success": 50, "olark_chat": 10, "opportunity_created": 50,
        "opportunity_lost": -100, "opportunity_won": 0, "page_view": 1, "site_search_query": 3, "visitor_session": 3,
    ]

    /// The activities scored once, whatever their count.
    public static let scoredOnce: Set<String> = ["email_open"]

    /// A profile criterion: matching it moves the grade by `adjust` thirds of a letter; not matching it
    /// (with the field known) by `unmatched`; a missing field moves nothing.
    public struct GradingCriterion: Sendable, Equatable, Codable {
        public var attribute: String
        public var condition: RuleSpec.Condition
        /// Thirds of a letter.
        public var adjust: Int
        public var unmatched: Int?

        enum CodingKeys: String, CodingKey, CaseIterable { case attribute, adjust, unmatched }

        public init(attribute: String, condition: RuleSpec.Condition, adjust: Int, unmatched: Int? = nil) {
            self.attribute = attribute
            self.condition = condition
            self.adjust = adjust
            self.unmatched = unmatched
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.specContainer(keyedBy: CodingKeys.self, alsoAllowing: RuleSpec.conditionKeyNames)
            let sink = decoder.specIssues
            attribute = try c.required(.attribute, placeholder: "", hint: "the attribute the criterion reads", sink: sink)
            let adjustText: String = try c.required(.adjust, placeholder: "+1/3", hint: "thirds of a letter: +1/3, +2/3, +1, -1/3, -2/3 or -1", sink: sink)
            let unmatchedText: String? = try c.field(.unmatched, sink: sink)
            condition = try RuleSpec.condition(from: decoder) ?? .present
            adjust = try Self.thirds(adjustText, decoder: decoder, key: .adjust) ?? 1
            unmatched = try unmatchedText.flatMap { try Self.thirds($0, decoder: decoder, key: .unmatched) }
        }

        /// Reads `+1/3`, `+2/3`, `+1` (or `+3/3`) and their negatives as thirds of a letter.
        static func thirds(_ text: String, decoder: any Decoder, key: CodingKeys) throws -> Int? {
            let table = ["+1/3": 1, "+2/3": 2, "+1": 3, "+3/3": 3, "1/3": 1, "2/3": 2, "1": 3, "3/3": 3, "-1/3": -1, "-2/3": -2, "-1": -3, "-3/3": -3]
            if let value = table[text.filter { !$0.isWhitespace }] { return value }
            try decoder.reportInvalid("\"\(text)\" is not a grade step", hint: "a criterion moves the grade by thirds of a letter: +1/3, +2/3, +1, -1/3, -2/3 or -1", key: key)
            return nil
        }

        static func text(_ thirds: Int) -> String {
            (thirds < 0 ? "-" : "+") + (abs(thirds) == 3 ? "1" : "\(abs(thirds))/3")
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(attribute, forKey: .attribute)
            try RuleSpec.encode(condition, to: encoder)
            try c.encode(Self.text(adjust), forKey: .adjust)
            try c.encodeIfPresent(unmatched.map(Self.text), forKey: .unmatched)
        }
    }

    /// A lead qualifies when its score reaches `score` and its grade reaches `grade`.
    public struct Qualification: Sendable, Equatable, Codable {
        public var score: Double
        public var grade: PardotGrade?

        enum CodingKeys: String, CodingKey, CaseIterable { case score, grade }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.specContainer(keyedBy: CodingKeys.self)
            let sink = decoder.specIssues
            score = try c.required(.score, placeholder: 0, hint: "the lowest qualifying score, e.g. score: 100", sink: sink)
            let text: String? = try c.field(.grade, sink: sink)
            if let text {
                grade = PardotGrade(text)
                if grade == nil {
                    try decoder.reportInvalid("\"\(text)\" is not a grade", hint: "grades run A+, A, A-, B+, … D-, F", key: CodingKeys.grade)
                }
            } else {
                grade = nil
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(score, forKey: .score)
            try c.encodeIfPresent(grade?.name, forKey: .grade)
        }
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case activities, points, grading, qualify }

    public init(from decoder: any Decoder) throws { try self.init(from: decoder, sharedKeys: []) }

    init(from decoder: any Decoder, sharedKeys: [String]) throws {
        let c = try decoder.specContainer(keyedBy: CodingKeys.self, alsoAllowing: sharedKeys)
        let sink = decoder.specIssues
        activities = try c.required(.activities, placeholder: [:], hint: "map the platform's activities to the log's types, e.g. { form_submission: form_fill }", sink: sink)
        points = try c.field(.points, default: [:], sink: sink)
        grading = try c.field(.grading, default: [], sink: sink)
        qualify = try c.field(.qualify, sink: sink)
        let known = Self.defaultPoints.keys.sorted()
        for (key, names) in [(CodingKeys.activities, activities.keys.sorted()), (.points, points.keys.sorted())] {
            for name in names where Self.defaultPoints[name] == nil {
                try decoder.reportInvalid("\"\(name)\" is not one of the platform's scored activities", hint: NearestMatch.hint(for: name, among: known, noun: "activity"), key: key)
            }
        }
        let types = activities.sorted { $0.key < $1.key }
        for (i, (name, type)) in types.enumerated() {
            if let other = types[..<i].first(where: { $0.value == type }) {
                try decoder.reportInvalid("the log type \"\(type)\" is mapped to both \(other.key) and \(name)", hint: "each log type counts as one activity", key: CodingKeys.activities)
            }
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(activities, forKey: .activities)
        if !points.isEmpty { try c.encode(points, forKey: .points) }
        if !grading.isEmpty { try c.encode(grading, forKey: .grading) }
        try c.encodeIfPresent(qualify, forKey: .qualify)
    }

    /// The points of an activity: the override, else the default.
    public func points(of activity: String) -> Double { points[activity] ?? Self.defaultPoints[activity] ?? 0 }
}

/// A grade on the platform's scale, in thirds of a letter: F = 0, D- = 1, D = 2, D+ = 3, C- = 4, …,
/// A = 11, A+ = 12. Every prospect starts at D.
public struct PardotGrade: Sendable, Equatable, Comparable, Codable {
    public let thirds: Int

    public static let names = ["F", "D-", "D", "D+", "C-", "C", "C+", "B-", "B", "B+", "A-", "A", "A+"]
    public static let start = PardotGrade(thirds: 2)

    public init(thirds: Int) { self.thirds = min(max(thirds, 0), Self.names.count - 1) }

    public init?(_ name: String) {
        guard let index = Self.names.firstIndex(of: name) else { return nil }
        thirds = index
    }

    public var name: String { Self.names[thirds] }

    public static func < (a: PardotGrade, b: PardotGrade) -> Bool { a.thirds < b.thirds }
}
