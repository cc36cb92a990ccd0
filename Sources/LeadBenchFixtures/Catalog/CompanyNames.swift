/// Made-up company names: a root, an industry word and a legal form, drawn independently, so names repeat
/// now and then as they do in a real CRM. A few carry a comma (`Acme Software, Inc.`) or quotes and an
/// ampersand (`Smith & "Sons" Logistics`), to exercise CSV quoting.
enum CompanyNames {
    static let roots = [
        "Acme", "Globex", "Initech", "Umbrella", "Northwind", "Contoso", "Fabrikam", "Vandelay", "Hooli",
        "Soylent", "Stark", "Wayne", "Tyrell", "Cyberdyne", "Wonka", "Gringotts", "Aperture", "Black Mesa",
        "Blue River", "Red Rock", "Silver Lake", "Granite", "Summit", "Pinnacle", "Horizon", "Meridian",
        "Evergreen", "Redwood", "Cedar", "Oakridge", "Harbor", "Lakeside", "Ironbridge", "Brightwave",
        "Clearpath", "Bluebird", "Nimbus", "Vertex", "Quantum", "Polaris", "Orion", "Atlas", "Zenith",
        "Keystone", "Beacon", "Cobalt", "Sapphire", "Falcon", "Kestrel", "Helix", "Lumen", "Nova", "Apex",
        "Müller", "Schmidt", "Dubois", "Kumar", "Tanaka", "Oliveira", "Van Dijk", "García", "O'Brien",
    ]

    /// Surnames for the occasional family firm, written `Smith & "Sons"`.
    static let families = ["Smith", "Johnson", "Becker", "Moreau", "Patel", "Silva", "Jansen", "Walker"]

    /// Words that name a company in each industry, indexed like ``AttributeCatalog/industry``.
    static let industryWords: [[String]] = [
        ["Software", "Systems", "Labs", "Cloud", "Technologies", "Digital"],
        ["Capital", "Financial", "Bank", "Insurance", "Payments"],
        ["Health", "Medical", "Care", "Pharma", "Clinics"],
        ["Manufacturing", "Industries", "Components", "Machining", "Plastics"],
        ["Retail", "Stores", "Outfitters", "Markets", "Brands"],
        ["University", "Academy", "Learning", "Schools", "College"],
        ["Telecom", "Networks", "Wireless", "Communications"],
        ["Media", "Studios", "Publishing", "Entertainment"],
        ["Logistics", "Freight", "Shipping", "Transport"],
        ["Energy", "Power", "Solar", "Utilities", "Oil & Gas"],
    ]

    /// Legal forms, most of them without a comma; `", Inc."` makes the name need quoting.
    static let legalForms = Categorical([
        .init("", 0.30), .init(" Inc.", 0.18), .init(", Inc.", 0.08), .init(" LLC", 0.12),
        .init(" Ltd", 0.10), .init(" GmbH", 0.07), .init(" S.A.", 0.05), .init(" Corp.", 0.06),
        .init(" Group", 0.04),
    ])

    /// The share of companies named as a family firm with quotes, `Smith & "Sons" …`.
    static let familyFirmRate = 0.01

    /// Draws a company name for an account in `industry`.
    static func draw(industry: Int, _ random: inout Sampler) -> String {
        let words = industryWords[industry]
        let word = words[random.index(below: words.count)]
        if random.bernoulli(familyFirmRate) {
            return "\(families[random.index(below: families.count)]) & \"Sons\" \(word)"
        }
        let root = roots[random.index(below: roots.count)]
        let form = legalForms.levels[legalForms.draw(&random)].label
        return "\(root) \(word)\(form)"
    }
}
