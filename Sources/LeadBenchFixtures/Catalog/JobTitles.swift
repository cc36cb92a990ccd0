/// Realistic job titles by seniority and department, as people type them into forms: some with a comma
/// (`VP, Sales`), which the CSV must quote, and several spellings of the same role.
enum JobTitles {
    /// `titles[seniority][department]`, indexed like ``AttributeCatalog/seniority`` and
    /// ``AttributeCatalog/department``. Departments are Sales, Marketing, Operations, IT, Finance, HR,
    /// Engineering.
    static let titles: [[[String]]] = [
        // C-level
        [
            ["Chief Revenue Officer", "CEO", "Chief Sales Officer"],
            ["CMO", "Chief Marketing Officer", "Chief Growth Officer"],
            ["COO", "Chief Operating Officer"],
            ["CIO", "CTO, IT"],
            ["CFO", "Chief Financial Officer"],
            ["Chief People Officer", "CHRO"],
            ["CTO", "Chief Technology Officer", "Co-Founder & CTO"],
        ],
        // VP
        [
            ["VP, Sales", "VP of Sales", "Vice President, Sales"],
            ["VP Marketing", "VP, Marketing", "VP of Demand Generation"],
            ["VP, Operations", "VP Revenue Operations"],
            ["VP of IT", "VP, Information Technology"],
            ["VP Finance", "VP, Finance & Accounting"],
            ["VP, People", "VP Human Resources"],
            ["VP Engineering", "VP, Engineering"],
        ],
        // Director
        [
            ["Sales Director", "Director, Sales", "Director of Sales Development"],
            ["Director, Marketing Operations", "Marketing Director", "Director of Demand Gen"],
            ["Director of Operations", "Director, Sales Operations"],
            ["IT Director", "Director, IT Infrastructure"],
            ["Finance Director", "Director, FP&A"],
            ["HR Director", "Director, Talent Acquisition"],
            ["Director of Engineering", "Engineering Director"],
        ],
        // Manager
        [
            ["Sales Manager", "Regional Sales Manager", "Inside Sales Manager"],
            ["Marketing Manager", "Marketing Operations Manager", "Manager, Digital Marketing"],
            ["Operations Manager", "Sales Operations Manager"],
            ["IT Manager", "Manager, IT Systems"],
            ["Finance Manager", "Controller"],
            ["HR Manager", "Recruiting Manager"],
            ["Engineering Manager", "Manager, Software Engineering"],
        ],
        // Individual Contributor
        [
            ["Account Executive", "Sales Development Representative", "BDR"],
            ["Marketing Specialist", "Content Marketer", "Marketing Coordinator", "Analyst, Marketing"],
            ["Operations Analyst", "Sales Ops Analyst"],
            ["Systems Administrator", "IT Specialist", "Help Desk Technician"],
            ["Accountant", "Financial Analyst"],
            ["Recruiter", "HR Generalist"],
            ["Software Engineer", "Data Engineer", "Developer"],
        ],
        // Student
        [
            ["Student", "MBA Candidate"],
            ["Marketing Student", "Intern, Marketing"],
            ["Student", "Operations Intern"],
            ["IT Student", "Student"],
            ["Finance Student", "Intern, Finance"],
            ["Student"],
            ["Computer Science Student", "Engineering Intern"],
        ],
    ]
}
