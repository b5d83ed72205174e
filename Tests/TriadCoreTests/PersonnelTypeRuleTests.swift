import Testing
import TriadCore

@Suite("Rules of women, ceilings and parity targets")
struct PersonnelTypeRuleTests {
    @Test("no type may hold more women than personnel; every type is checked")
    func women() throws {
        let personnel = try Personnel(troops: 10, staffOfficers: 2, experts: 3, police: 4, formedPolice: 5)
        try personnel.check(women: personnel)
        for type in PersonnelType.allCases {
            var women = Personnel.none
            women[type] = personnel[type] + 1
            #expect(
                throws: DomainError.moreWomenThanPersonnel(
                    type: type.label, women: personnel[type] + 1, personnel: personnel[type])
            ) { try personnel.check(women: women) }
        }
    }

    @Test("each personnel type counts in one parity category; corrections in none")
    func categories() throws {
        let personnel = try Personnel(troops: 100, staffOfficers: 7, experts: 3, police: 20, formedPolice: 140)
        #expect(personnel.count(in: .militaryContingents) == 100)
        #expect(personnel.count(in: .observersAndStaff) == 10)
        #expect(personnel.count(in: .individualPolice) == 20)
        #expect(personnel.count(in: .formedPolice) == 140)
        #expect(personnel.count(in: .justiceAndCorrections) == 0)
    }

    @Test("a target is missed below its share, met at it; no personnel never misses")
    func targets() throws {
        let target = try ParityTarget(year: 2025, category: .militaryContingents, perMille: 120, source: "SIPRI")
        #expect(target.isMissed(women: 119, of: 1_000))
        #expect(!target.isMissed(women: 120, of: 1_000))
        #expect(!target.isMissed(women: 0, of: 0))
        #expect(try ParityTarget.perMille(parsing: "6.5") == 65)
        #expect(try ParityTarget.perMille(parsing: "15%") == 150)
        #expect(throws: DomainError.self) { try ParityTarget.perMille(parsing: "6.25") }
        #expect(throws: DomainError.self) { try ParityTarget.perMille(parsing: "101") }
        #expect(throws: DomainError.self) { try ParityTarget.perMille(parsing: "-1") }
        #expect(throws: DomainError.emptyText(field: "source of the target")) {
            try ParityTarget(year: 2025, category: .formedPolice, perMille: 150, source: " ")
        }
    }

    @Test("the troop ceiling holds all military personnel, or the contingents alone when observers have their own")
    func troopCeiling() throws {
        let deployed = try Personnel(troops: 11_000, staffOfficers: 400, experts: 200, police: 400, formedPolice: 1_300)
        let adopted = try Day(parsing: "2025-12-19")
        let whole = try Mandate(
            uuid: "a", mission: "MONUSCO", resolution: ResolutionReference(number: 2808, year: 2025), adopted: adopted,
            expires: nil, troopCeiling: 11_500)
        #expect(whole.deployed(against: .militaryContingents, of: deployed) == 11_600)
        var apart = whole
        apart.ceilings = try TypeCeilings(observersAndStaff: 600, formedPolice: 1_270)
        #expect(apart.deployed(against: .militaryContingents, of: deployed) == 11_000)
        #expect(apart.deployed(against: .observersAndStaff, of: deployed) == 600)
        #expect(apart.deployed(against: .justiceAndCorrections, of: deployed) == nil)
        #expect(apart.ceiling(of: .militaryContingents) == 11_500 && apart.ceiling(of: .formedPolice) == 1_270)
    }
}
