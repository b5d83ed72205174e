/// The format of a meeting, from resolution 1353 (2001) annex II and later texts.
public enum MeetingKind: String, Slug {
    /// Private meeting of the Council with the T/PCCs of a mission, before a renewal.
    case tpccConsultation = "tpcc-consultation"
    /// Public or open Council meeting in which T/PCCs take part.
    case councilPublic = "council-public"
    /// Meeting of the Secretariat with T/PCCs.
    case secretariatBriefing = "secretariat-briefing"
    /// The Council's Working Group on Peacekeeping Operations.
    case wgpko
    /// The General Assembly's Special Committee on Peacekeeping Operations.
    case c34
    /// The Council's annual meeting with the heads of military components (Force Commanders).
    case forceCommanders = "force-commanders"
    /// The Council's annual briefing by the heads of police components, asked for by res. 2185 (2014).
    case policeCommanders = "police-commanders"
    /// The annual joint consultative meeting of the Council and the African Union Peace and Security Council.
    case scAUPSC = "sc-au-psc"
    /// An Arria-formula meeting, convened by a Council member, open to non-members and civil society.
    case arria
    /// An informal interactive dialogue of the Council with a party, a group of countries or an organization.
    case interactiveDialogue = "interactive-dialogue"
    /// Any other triangular or bilateral consultation.
    case informal

    public static let vocabularyName = "meeting kind"

    /// Whether the President of the Council chairs a meeting of this kind unless another chair is named: the
    /// private meetings with the contributors are chaired by the President (res. 1353 (2001), annex II, B).
    public var isChairedByCouncilPresident: Bool {
        self == .tpccConsultation
    }

    /// The classification a meeting of this kind has unless another is given: the private meetings with the
    /// contributors and the Secretariat's briefings are confidential, the rest unclassified (DOMAIN.md,
    /// "Classification").
    public var defaultClassification: Classification {
        self == .tpccConsultation || self == .secretariatBriefing ? .confidential : .unclassified
    }
}
