namespace CpdLog.UnitTests.Builders;

using CpdLog.Core.Records;

/// <summary>Defaults: a reflective discussion on 1 June 2026 with a partner who has an NMC Pin.</summary>
public sealed class DiscussionBuilder
{
    private readonly ReflectiveDiscussion _discussion = new()
    {
        OwnerId = "user-1",
        Date = new DateOnly(2026, 6, 1),
        PartnerName = "Sam Partner",
        PartnerNmcPin = "12A3456E",
        PartnerEmail = "sam.partner@example.nhs.uk",
        PartnerAddress = "Ward 7, Anytown General",
        PartnerPostcode = "AN1 1AA",
        CreatedAt = A.Timestamp,
        UpdatedAt = A.Timestamp,
    };

    public DiscussionBuilder On(DateOnly date)
    {
        _discussion.Date = date;
        return this;
    }

    public DiscussionBuilder On(int year, int month, int day) => On(new DateOnly(year, month, day));

    public DiscussionBuilder WithoutPin()
    {
        _discussion.PartnerNmcPin = "";
        return this;
    }

    public DiscussionBuilder Deleted()
    {
        _discussion.MoveToBin(A.Timestamp);
        return this;
    }

    public ReflectiveDiscussion Build() => _discussion;

    public static implicit operator ReflectiveDiscussion(DiscussionBuilder builder) => builder.Build();
}
