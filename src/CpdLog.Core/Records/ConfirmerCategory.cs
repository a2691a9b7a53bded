namespace CpdLog.Core.Records;

/// <summary>The confirmer categories on the NMC confirmation form.</summary>
public enum ConfirmerCategory
{
    NotStated = 0,
    NmcRegistrantLineManager = 1,
    NmcRegistrant = 2,
    RegulatedProfessionalLineManager = 3,
    OtherRegulatedProfessional = 4,
    Other = 5,
}
