namespace CpdLog.IntegrationTests.Funding;

using CpdLog.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>The real app pointed at an in-test SMTP server, with the reminder timer off (tests run reminders explicitly).</summary>
public sealed class FundingAppFactory : CpdLogAppFactory
{
    public SmtpTestServer Smtp { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Email:Mode"] = "Smtp",
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:Security"] = "None",
        ["Funding:RemindersEnabled"] = "false",
        ["Funding:SecondApprovalThreshold"] = "1000",
    };

    public override async ValueTask DisposeAsync()
    {
        await Smtp.DisposeAsync();
        await base.DisposeAsync();
    }

    /// <summary>A budget holder holds a cost centre (what an Admin does on Admin/CostCentres).</summary>
    public Task HoldAsync(string email, string costCentre) => WithDbAsync(async db =>
    {
        var user = await db.Users.SingleAsync(u => u.Email == email);
        db.CostCentreHolders.Add(new CpdLog.Core.Funding.CostCentreHolder { UserId = user.Id, CostCentre = costCentre.ToUpperInvariant(), AssignedById = user.Id });
        return await db.SaveChangesAsync();
    });

    /// <summary>Sets a person's line manager, cost centre and FTE (what an Admin does).</summary>
    public Task SetPersonAsync(string email, string? lineManagerEmail, string? costCentre = "FIN-100", decimal fte = 1.0m) => WithDbAsync(async db =>
    {
        var user = await db.Users.SingleAsync(u => u.Email == email);
        user.LineManagerId = lineManagerEmail is null ? null : (await db.Users.SingleAsync(u => u.Email == lineManagerEmail)).Id;
        user.CostCentre = costCentre;
        user.Fte = fte;
        user.DisplayName = email.Split('@')[0];
        return await db.SaveChangesAsync();
    });
}
