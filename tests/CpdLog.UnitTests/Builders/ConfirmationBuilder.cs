namespace CpdLog.UnitTests.Builders;

using CpdLog.Core.Records;

/// <summary>Defaults: a confirmation on 1 June 2026 by a line manager who is an NMC registrant.</summary>
public sealed class ConfirmationBuilder
{
    private readonly Confirmation _confirmation = new()
    {
        OwnerId = "user-1",
        Date = new DateOnly(2026, 6, 1),
        ConfirmerName = "Alex Manager",
        ConfirmerRole = "Ward manager",
        ConfirmerIsNmcRegistrant = true,
        ConfirmerProfessionalId = "98B7654C",
        ConfirmerEmail = "alex.manager@example.nhs.uk",
        ConfirmerAddress = "Anytown General",
        ConfirmerPostcode = "AN1 1AA",
        CreatedAt = A.Timestamp,
        UpdatedAt = A.Timestamp,
    };

    public ConfirmationBuilder On(DateOnly date)
    {
        _confirmation.Date = date;
        return this;
    }

    public ConfirmationBuilder On(int year, int month, int day) => On(new DateOnly(year, month, day));

    /// <summary>A confirmer regulated elsewhere (e.g. HCPC), so discussion order matters.</summary>
    public ConfirmationBuilder ByNonNmcRegistrant()
    {
        _confirmation.ConfirmerIsNmcRegistrant = false;
        _confirmation.ConfirmerRegulator = "HCPC";
        _confirmation.ConfirmerProfessionalId = "PA12345";
        return this;
    }

    public ConfirmationBuilder Deleted()
    {
        _confirmation.MoveToBin(A.Timestamp);
        return this;
    }

    public Confirmation Build() => _confirmation;

    public static implicit operator Confirmation(ConfirmationBuilder builder) => builder.Build();
}
